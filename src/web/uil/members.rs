//! `/uil/members`: import the official member list from a CSV, to add to the directory or
//! to replace it, after a preview of what will change.

use std::collections::HashSet;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Datelike;
use serde::Deserialize;

use crate::db;
use crate::domain::access::Area;
use crate::domain::directory::{self, BadLine, MemberRow, Mode, Plan};
use crate::error::Error;
use crate::web::account::unprocessable;
use crate::web::forms::FormErrors;
use crate::web::session::Ctx;
use crate::web::upload::FormData;
use crate::web::{AppState, Layout, render};

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

pub async fn page(ctx: Ctx, Query(q): Query<MembersQuery>) -> Result<Html<String>, Error> {
    ctx.entering(Area::UilAdmin)?;
    render(&MembersPage {
        layout: ctx.layout(),
        errors: FormErrors::default(),
        done: q.done,
        preview: None,
    })
}

/// Reads the file and plans the change against the directory as it is.
async fn read_and_plan(
    conn: &mut sqlx::PgConnection,
    text: &str,
    mode: Mode,
    this_year: i32,
) -> Result<Result<(Plan, Vec<BadLine>), String>, Error> {
    let states: HashSet<String> = db::member_states::all(&mut *conn)
        .await?
        .into_iter()
        .map(|s| s.iso2)
        .collect();
    let (rows, bad) = match directory::parse_csv(text, &states, this_year) {
        Ok(parsed) => parsed,
        Err(message) => return Ok(Err(message)),
    };
    let current = db::members::all_rows(conn).await?;
    Ok(Ok((directory::plan(&current, &rows, mode), bad)))
}

/// `POST /uil/members`: `step=preview` with a file, or `step=apply` with the previewed text.
pub async fn import(
    State(state): State<AppState>,
    ctx: Ctx,
    input: FormData,
) -> Result<Response, Error> {
    ctx.entering(Area::UilAdmin)?;
    let mode = if input.text("mode") == "replace" {
        Mode::Replace
    } else {
        Mode::Add
    };
    let text = match input.files.iter().find(|f| f.field == "members_csv") {
        Some(file) if file.too_large => Err("The file must be 10 MB or smaller"),
        Some(file) => String::from_utf8(file.content.clone())
            .map_err(|_| "The file must be a CSV file in UTF-8"),
        None if !input.text("csv_text").is_empty() => Ok(input.text("csv_text").to_owned()),
        None => Err("Choose a CSV file of members"),
    };
    let mut errors = FormErrors::default();
    let text = match text {
        Ok(t) => t,
        Err(message) => {
            errors.add("members_csv", message);
            return Ok(unprocessable(render(&MembersPage {
                layout: ctx.layout(),
                errors,
                done: None,
                preview: None,
            })?));
        }
    };
    let mut tx = state.db.begin().await?;
    let (plan, bad) = match read_and_plan(&mut tx, &text, mode, ctx.now.year()).await? {
        Ok(planned) => planned,
        Err(message) => {
            drop(tx);
            errors.add("members_csv", message);
            return Ok(unprocessable(render(&MembersPage {
                layout: ctx.layout(),
                errors,
                done: None,
                preview: None,
            })?));
        }
    };
    if input.text("step") == "apply" && bad.is_empty() {
        db::members::apply(&mut tx, &plan, "Imported by UIL").await?;
        tx.commit().await?;
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
    drop(tx);
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
        bad,
    };
    Ok(render(&MembersPage {
        layout: ctx.layout(),
        errors,
        done: None,
        preview: Some(preview),
    })?
    .into_response())
}
