//! `/uil/members`: import the official member list from a CSV, to add to the directory or
//! to replace it, after a preview of what will change.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::app::Visit;
use crate::app::uil::members::{self as usecase, Unreadable};
use crate::domain::access::Area;
use crate::domain::directory::{BadLine, MemberRow, Mode};
use crate::i18n::{Arg, Tr};
use crate::web::error::Error;
use crate::web::extract::Query;
use crate::web::forms::FormErrors;
use crate::web::session::Ctx;
use crate::web::upload::FormData;
use crate::web::{AppState, Layout, render, unprocessable, words};

#[derive(Debug, Default, Deserialize)]
pub struct MembersQuery {
    /// What an import did: "added,updated,removed,unchanged", four counts.
    #[serde(default)]
    done: Option<String>,
}

#[derive(Template)]
#[template(path = "uil/members.html")]
struct MembersPage {
    layout: Layout,
    errors: FormErrors,
    /// What the last import did, in words.
    done: Option<String>,
    /// The preview, when a file was read.
    preview: Option<Preview>,
}

struct Preview {
    mode: &'static str,
    csv_text: String,
    add: Vec<Listed>,
    update: Vec<Listed>,
    remove: Vec<Listed>,
    unchanged: usize,
    bad: Vec<BadLine>,
}

/// A member of the file as the preview lists it.
impl MembersPage {
    /// Why a line of the file was left out, in the page's words.
    fn line_problem(&self, bad: &BadLine) -> String {
        words::member_line(self.layout.tr, &bad.problem)
    }
}

struct Listed {
    line: String,
}

/// "Swakopmund (Namibia), 2022"; `joined` for a member whose year changes.
fn listed(tr: Tr, row: &MemberRow, joined: bool) -> Listed {
    let country = tr.country(&row.country);
    let line = match (row.year, joined) {
        (Some(year), true) => tr.t3(
            "uil-members-row-joined",
            "city",
            &row.city,
            "country",
            country,
            "year",
            year.to_string(),
        ),
        (Some(year), false) => tr.t3(
            "uil-members-row-year",
            "city",
            &row.city,
            "country",
            country,
            "year",
            year.to_string(),
        ),
        (None, _) => tr.t2("uil-members-row", "city", &row.city, "country", country),
    };
    Listed { line }
}

/// The words of `done=added,updated,removed,unchanged`; nothing if it is not four counts.
fn done_words(tr: Tr, done: &str) -> Option<String> {
    let counts: Vec<i64> = done
        .split(',')
        .map(|n| n.trim().parse::<i64>().ok().filter(|n| *n >= 0))
        .collect::<Option<_>>()?;
    match counts[..] {
        [added, updated, removed, unchanged] => Some(tr.args(
            "uil-members-done",
            &[
                ("added", Arg::Number(added)),
                ("updated", Arg::Number(updated)),
                ("removed", Arg::Number(removed)),
                ("unchanged", Arg::Number(unchanged)),
            ],
        )),
        _ => None,
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<MembersQuery>,
) -> Result<Html<String>, Error> {
    let visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    let tr = ctx.tr(visit.user.as_ref());
    render(&MembersPage {
        layout: ctx.layout(&visit),
        errors: FormErrors::default(),
        done: q.done.as_deref().and_then(|d| done_words(tr, d)),
        preview: None,
    })
}

/// `POST /uil/members`: `step=preview` with a file, or `step=apply` with the previewed text.
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    mut input: FormData,
) -> Result<Response, Error> {
    let mode = if input.text("mode") == "replace" {
        Mode::Replace
    } else {
        Mode::Add
    };
    let pasted = input.text("csv_text").to_owned();
    // The key of what is wrong with the file, if anything.
    let text = match input.files.iter_mut().find(|f| f.field == "members_csv") {
        Some(file) if file.too_large => Err("uil-members-file-too-large"),
        Some(file) => {
            let content =
                file.content.read().await.map_err(|e| {
                    Error::Internal(format!("reading an uploaded CSV of members: {e}"))
                })?;
            String::from_utf8(content).map_err(|_| "uil-members-file-not-utf8")
        }
        None if !pasted.is_empty() => Ok(pasted),
        None => Err("uil-members-file-missing"),
    };
    let mut visit = ctx.visit(&state).await?;
    let tr = ctx.tr(visit.user.as_ref());
    let refused = |visit: &Visit, message: String| -> Result<Response, Error> {
        let mut errors = FormErrors::default();
        errors.add("members_csv", message);
        Ok(unprocessable(render(&MembersPage {
            layout: ctx.layout(visit),
            errors,
            done: None,
            preview: None,
        })?))
    };
    let text = match text {
        Ok(t) => t,
        Err(key) => {
            visit.entering(Area::UilAdmin).map_err(|e| ctx.fail(e))?;
            return refused(&visit, tr.t(key));
        }
    };
    let planned = if input.text("step") == "apply" {
        usecase::import(state.app(), &mut visit, &text, mode)
            .await
            .map_err(|e| ctx.fail(e))?
    } else {
        Err(usecase::preview(&mut visit, &text, mode)
            .await
            .map_err(|e| ctx.fail(e))?)
    };
    let preview = match planned {
        Ok(plan) => {
            let done = format!(
                "{},{},{},{}",
                plan.add.len(),
                plan.update.len(),
                plan.remove.len(),
                plan.unchanged
            );
            let query = serde_urlencoded::to_string([("done", done)]).unwrap_or_default();
            return Ok(Redirect::to(&format!("/uil/members?{query}")).into_response());
        }
        Err(Err(Unreadable(problem))) => {
            return refused(&visit, words::member_list(tr, problem));
        }
        Err(Ok(preview)) => preview,
    };
    let plan = preview.plan;
    let preview = Preview {
        mode: if mode == Mode::Replace {
            "replace"
        } else {
            "add"
        },
        csv_text: text,
        add: plan.add.iter().map(|r| listed(tr, r, false)).collect(),
        update: plan
            .update
            .iter()
            .map(|(_, r)| listed(tr, r, true))
            .collect(),
        remove: plan
            .remove
            .iter()
            .map(|(_, r)| listed(tr, r, false))
            .collect(),
        unchanged: plan.unchanged,
        bad: preview.bad,
    };
    Ok(render(&MembersPage {
        layout: ctx.layout(&visit),
        errors: FormErrors::default(),
        done: None,
        preview: Some(preview),
    })?
    .into_response())
}
