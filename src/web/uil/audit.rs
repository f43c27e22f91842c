//! `/uil/audit`: every event of every application, newest first, filterable.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::Deserialize;

use super::page_number;
use crate::app::uil as usecase;
use crate::app::{Issue, Issues};
use crate::db::audit::Filter;
use crate::domain::event::EventKind;
use crate::domain::form::{self, Problem};
use crate::web::error::Error;
use crate::web::extract::Query;
use crate::web::forms::FormErrors;
use crate::web::session::Ctx;
use crate::web::views::what_happened;
use crate::web::{AppState, Layout, render, words};

const PAGE_SIZE: i64 = 100;

#[derive(Debug, Default, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    application: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    page: String,
}

struct Row {
    /// The application's number, as an identifier (never grouped like a figure).
    application_id: String,
    city: String,
    actor: String,
    change: String,
    note: String,
    at: String,
}

/// Something done with personal data: counts and reasons, never the data.
struct PrivacyRow {
    /// The account it concerns, by number (an erased one has no name left).
    account: String,
    actor: String,
    change: String,
    reason: String,
    at: String,
}

/// A change to an account (its second factor set up or reset).
struct AccountRow {
    account: String,
    actor: String,
    change: String,
    at: String,
}

#[derive(Template)]
#[template(path = "uil/audit.html")]
struct AuditPage {
    layout: Layout,
    q: AuditQuery,
    rows: Vec<Row>,
    accounts: Vec<AccountRow>,
    privacy: Vec<PrivacyRow>,
    total: i64,
    page: i64,
    pages: i64,
    query: String,
    errors: FormErrors,
}

pub async fn audit(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> Result<Response, Error> {
    let mut issues = Issues::default();
    let mut date = |field: &'static str, s: &str| match s.trim() {
        "" => None,
        s => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().or_else(|| {
            issues.add(field, Issue::NotADate);
            None
        }),
    };
    let from = date("from", &q.from);
    let to = date("to", &q.to);
    let application = match q.application.trim().trim_start_matches('#') {
        "" => None,
        n => n.parse::<i64>().ok().or_else(|| {
            issues.add("application", Issue::Form(Problem::NotAWholeNumber));
            None
        }),
    };
    let actor = issues
        .check("actor", form::plain_text(&q.actor, 254, false))
        .filter(|a| !a.is_empty());
    let filter = Filter {
        application,
        actor,
        from,
        to,
    };
    let page = page_number(&q.page, &mut issues);
    let mut visit = ctx.visit(&state).await?;
    let tr = ctx.tr(visit.user.as_ref());
    let usecase::Audit {
        events: rows,
        total,
        accounts,
        privacy,
    } = usecase::audit(&mut visit, &filter, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        .await
        .map_err(|e| ctx.fail(e))?;
    let query = serde_urlencoded::to_string([
        ("application", &q.application),
        ("actor", &q.actor),
        ("from", &q.from),
        ("to", &q.to),
    ])
    .unwrap_or_default();
    let status = if issues.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page_html = render(&AuditPage {
        layout: ctx.layout(&visit),
        rows: rows
            .into_iter()
            .map(|r| Row {
                application_id: r.application_id.to_string(),
                city: r.city,
                actor: r.actor.unwrap_or_else(|| tr.t("site-short-name")),
                change: match &r.kind {
                    EventKind::Created => tr.t1(
                        "uil-audit-created",
                        "stage",
                        words::stage(tr, crate::domain::Stage::Draft),
                    ),
                    EventKind::Transition { from, to } => tr.t2(
                        "uil-audit-transition",
                        "from",
                        words::stage(tr, *from),
                        "to",
                        words::stage(tr, *to),
                    ),
                    other => what_happened(tr, other, r.zone),
                },
                note: r.note.unwrap_or_default(),
                at: tr.utc(r.at),
            })
            .collect(),
        accounts: accounts
            .into_iter()
            .map(|e| AccountRow {
                account: e.account,
                actor: e.actor.unwrap_or_else(|| tr.t("uil-audit-command-line")),
                change: tr.t(if e.reset {
                    "uil-audit-two-factor-reset"
                } else {
                    "uil-audit-two-factor-enrolled"
                }),
                at: tr.utc(e.at),
            })
            .collect(),
        privacy: privacy.iter().map(|e| privacy_row(tr, e)).collect(),
        total,
        page,
        pages: (total + PAGE_SIZE - 1) / PAGE_SIZE,
        query,
        errors: FormErrors::from_issues(tr, &issues),
        q,
    })?;
    Ok((status, page_html).into_response())
}

fn privacy_row(tr: crate::i18n::Tr, e: &crate::db::privacy::Logged) -> PrivacyRow {
    use crate::db::privacy::PrivacyKind;
    let count = |name: &str| {
        e.counts
            .as_ref()
            .and_then(|c| c.get(name))
            .and_then(serde_json::Value::as_i64)
            .unwrap_or_default()
    };
    let change = match e.kind {
        PrivacyKind::DataDownloaded => tr.t("privacy-audit-downloaded"),
        PrivacyKind::AccountErased => tr.t2(
            "privacy-audit-erased",
            "applications",
            count("applications"),
            "documents",
            count("documents"),
        ),
        PrivacyKind::Retention => tr.t2(
            "privacy-audit-retention",
            "applications",
            count("applications"),
            "documents",
            count("documents"),
        ),
    };
    PrivacyRow {
        account: e
            .account
            .map(|id| tr.t1("privacy-audit-account", "id", id.to_string()))
            .unwrap_or_default(),
        actor: match (&e.actor, e.kind) {
            (Some(name), _) => crate::web::views::person_name(tr, name),
            (None, PrivacyKind::Retention) => tr.t("privacy-audit-retention-job"),
            (None, _) => tr.t("privacy-audit-self"),
        },
        change,
        reason: e.reason.clone().unwrap_or_default(),
        at: tr.utc(e.at),
    }
}
