//! `/uil/outbox`: every mail, its state and its last error, with a way to send one again.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::page_number;
use crate::app::Issues;
use crate::app::uil as usecase;
use crate::db::outbox::Filter;
use crate::domain::form;
use crate::i18n::Tr;
use crate::web::error::Error;
use crate::web::extract::{Path, Query};
use crate::web::forms::FormErrors;
use crate::web::session::{CsrfForm, Ctx};
use crate::web::views::mail_state;
use crate::web::{AppState, Layout, render};

const PAGE_SIZE: i64 = 100;

#[derive(Debug, Default, Deserialize)]
pub struct OutboxQuery {
    #[serde(default)]
    state: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    page: String,
    /// The id of a mail just queued again.
    #[serde(default)]
    resent: Option<i64>,
}

struct Row {
    id: i64,
    created: String,
    to: String,
    subject: String,
    kind: String,
    state: String,
    failed: bool,
    attempts: String,
    last_error: String,
    application_id: Option<i64>,
}

#[derive(Template)]
#[template(path = "uil/outbox.html")]
struct OutboxPage {
    layout: Layout,
    q: OutboxQuery,
    /// (state, in words)
    states: Vec<(&'static str, String)>,
    /// (kind, in words)
    kinds: Vec<(String, String)>,
    rows: Vec<Row>,
    total: i64,
    page: i64,
    pages: i64,
    query: String,
    errors: FormErrors,
}

/// What a kind of mail is, in words; the kind itself for one the catalogue does not name.
fn kind_words(tr: Tr, kind: &str) -> String {
    let key = format!("uil-mail-kind-{kind}");
    if tr.has(&key) {
        tr.t(&key)
    } else {
        kind.to_owned()
    }
}

pub async fn outbox(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<OutboxQuery>,
) -> Result<Response, Error> {
    let mut issues = Issues::default();
    let mut text = |field: &'static str, raw: &str, max: usize| {
        issues
            .check(field, form::plain_text(raw, max, false))
            .filter(|t| !t.is_empty())
    };
    let filter = Filter {
        state: text("state", &q.state, 20),
        kind: text("kind", &q.kind, 50),
        text: text("text", &q.text, 254),
    };
    let page = page_number(&q.page, &mut issues);
    let mut visit = ctx.visit(&state).await?;
    let tr = ctx.tr(visit.user.as_ref());
    let (rows, total, kinds) =
        usecase::outbox(&mut visit, &filter, PAGE_SIZE, (page - 1) * PAGE_SIZE)
            .await
            .map_err(|e| ctx.fail(e))?;
    let query =
        serde_urlencoded::to_string([("state", &q.state), ("kind", &q.kind), ("text", &q.text)])
            .unwrap_or_default();
    let status = if issues.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let html = render(&OutboxPage {
        layout: ctx.layout(&visit),
        states: ["queued", "sending", "sent", "failed"]
            .into_iter()
            .map(|s| (s, mail_state(tr, s)))
            .collect(),
        kinds: kinds
            .into_iter()
            .map(|k| {
                let words = kind_words(tr, &k);
                (k, words)
            })
            .collect(),
        rows: rows
            .into_iter()
            .map(|m| Row {
                id: m.id,
                created: tr.utc(m.created_at),
                to: m.recipient,
                subject: m.subject,
                kind: kind_words(tr, &m.kind),
                failed: m.state == "failed",
                state: mail_state(tr, &m.state),
                attempts: tr.number(i64::from(m.attempts)),
                last_error: m.last_error.unwrap_or_default(),
                application_id: m.application_id,
            })
            .collect(),
        total,
        page,
        pages: (total + PAGE_SIZE - 1) / PAGE_SIZE,
        query,
        q,
        errors: FormErrors::from_issues(tr, &issues),
    })?;
    Ok((status, html).into_response())
}

/// Queues a copy of a mail; the worker sends it like any other.
pub async fn resend(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<crate::web::account::Empty>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let copy = usecase::resend(&mut visit, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(Redirect::to(&format!("/uil/outbox?resent={copy}")).into_response())
}
