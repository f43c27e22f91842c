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
use crate::web::error::Error;
use crate::web::extract::Query;
use crate::web::forms::FormErrors;
use crate::web::session::Ctx;
use crate::web::upload::FormData;
use crate::web::{AppState, Layout, render, unprocessable};

#[derive(Debug, Default, Deserialize)]
pub struct MembersQuery {
    #[serde(default)]
    done: Option<String>,
}

#[derive(Template)]
#[template(path = "uil/members.html")]
struct MembersPage {
    layout: Layout,
    errors: FormErrors,
    done: Option<String>,
    /// The preview, when a file was read.
    preview: Option<Preview>,
}

struct Preview {
    mode: &'static str,
    csv_text: String,
    add: Vec<MemberRow>,
    update: Vec<MemberRow>,
    remove: Vec<MemberRow>,
    unchanged: usize,
    bad: Vec<BadLine>,
}

pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<MembersQuery>,
) -> Result<Html<String>, Error> {
    let visit = ctx.visit(&state).await?;
    visit.entering(Area::UilAdmin).map_err(|e| ctx.fail(e))?;
    render(&MembersPage {
        layout: ctx.layout(&visit),
        errors: FormErrors::default(),
        done: q.done,
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
    let text = match input.files.iter_mut().find(|f| f.field == "members_csv") {
        Some(file) if file.too_large => Err("The file must be 10 MB or smaller"),
        Some(file) => {
            let content =
                file.content.read().await.map_err(|e| {
                    Error::Internal(format!("reading an uploaded CSV of members: {e}"))
                })?;
            String::from_utf8(content).map_err(|_| "The file must be a CSV file in UTF-8")
        }
        None if !pasted.is_empty() => Ok(pasted),
        None => Err("Choose a CSV file of members"),
    };
    let mut visit = ctx.visit(&state).await?;
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
        Err(message) => {
            visit.entering(Area::UilAdmin).map_err(|e| ctx.fail(e))?;
            return refused(&visit, message.to_owned());
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
                "{} added, {} updated, {} removed, {} unchanged",
                plan.add.len(),
                plan.update.len(),
                plan.remove.len(),
                plan.unchanged
            );
            let query = serde_urlencoded::to_string([("done", done)]).unwrap_or_default();
            return Ok(Redirect::to(&format!("/uil/members?{query}")).into_response());
        }
        Err(Err(Unreadable(message))) => return refused(&visit, message),
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
        add: plan.add,
        update: plan.update.into_iter().map(|(_, r)| r).collect(),
        remove: plan.remove.into_iter().map(|(_, r)| r).collect(),
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
