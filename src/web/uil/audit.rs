//! `/uil/audit`: every event of every application, newest first, filterable.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use chrono::NaiveDate;
use serde::Deserialize;

use crate::app::uil as usecase;
use crate::db::audit::Filter;
use crate::domain::event::EventKind;
use crate::web::error::Error;
use crate::web::session::Ctx;
use crate::web::views::{what_happened, when};
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
    page: Option<i64>,
}

struct Row {
    application_id: i64,
    city: String,
    actor: String,
    change: String,
    note: String,
    at: String,
}

#[derive(Template)]
#[template(path = "uil/audit.html")]
struct AuditPage {
    layout: Layout,
    q: AuditQuery,
    rows: Vec<Row>,
    total: i64,
    page: i64,
    pages: i64,
    query: String,
}

pub async fn audit(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> Result<Html<String>, Error> {
    let date = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
    let filter = Filter {
        // An unreadable number matches no application rather than all of them.
        application: (!q.application.trim().is_empty()).then(|| {
            q.application
                .trim()
                .trim_start_matches('#')
                .parse()
                .unwrap_or(-1)
        }),
        actor: (!q.actor.trim().is_empty()).then(|| q.actor.trim().to_owned()),
        from: date(&q.from),
        to: date(&q.to),
    };
    let page = q.page.unwrap_or(1).max(1);
    let mut visit = ctx.visit(&state).await?;
    let (rows, total) = usecase::audit(&mut visit, &filter, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        .await
        .map_err(|e| ctx.fail(e))?;
    let query = serde_urlencoded::to_string([
        ("application", &q.application),
        ("actor", &q.actor),
        ("from", &q.from),
        ("to", &q.to),
    ])
    .unwrap_or_default();
    render(&AuditPage {
        layout: ctx.layout(&visit),
        rows: rows
            .into_iter()
            .map(|r| Row {
                application_id: r.application_id,
                city: r.city,
                actor: r.actor.unwrap_or_else(|| "GNLC Call".into()),
                change: match &r.kind {
                    EventKind::Created => "created (Draft)".to_owned(),
                    EventKind::Transition { from, to } => {
                        format!("{} → {}", words::stage(*from), words::stage(*to))
                    }
                    other => what_happened(other, r.zone),
                },
                note: r.note.unwrap_or_default(),
                at: when(r.at),
            })
            .collect(),
        total,
        page,
        pages: (total + PAGE_SIZE - 1) / PAGE_SIZE,
        query,
        q,
    })
}
