//! The member directory import: UIL uploads the official member list as CSV, to add to
//! the directory or to replace it, after a preview of what will change.

use std::collections::HashSet;

use chrono::Datelike;
use sqlx::{Connection, PgConnection};

use super::super::{App, Error, Visit, entering};
use crate::db;
use crate::domain::access::Area;
use crate::domain::directory::{self, BadLine, Mode, Plan};

/// What an import would do, read against the directory as it is.
pub struct Preview {
    pub plan: Plan,
    pub bad: Vec<BadLine>,
}

/// Why a file could not be read at all.
pub struct Unreadable(pub crate::domain::directory::ListProblem);

async fn plan(
    conn: &mut PgConnection,
    text: &str,
    mode: Mode,
    this_year: i32,
) -> Result<Result<Preview, Unreadable>, Error> {
    let states: HashSet<String> = db::member_states::all(&mut *conn)
        .await?
        .into_iter()
        .map(|s| s.iso2)
        .collect();
    let (rows, bad) = match directory::parse_csv(text, &states, this_year) {
        Ok(parsed) => parsed,
        Err(problem) => return Ok(Err(Unreadable(problem))),
    };
    let current = db::members::all_rows(conn).await?;
    Ok(Ok(Preview {
        plan: directory::plan(&current, &rows, mode),
        bad,
    }))
}

/// What importing `text` would change.
pub async fn preview(
    visit: &mut Visit,
    text: &str,
    mode: Mode,
) -> Result<Result<Preview, Unreadable>, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    plan(&mut visit.conn, text, mode, visit.now.year()).await
}

/// Imports `text` if every line of it could be read; otherwise returns the preview.
pub async fn import(
    app: &App,
    visit: &mut Visit,
    text: &str,
    mode: Mode,
) -> Result<Result<Plan, Result<Preview, Unreadable>>, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    let this_year = visit.now.year();
    let mut tx = visit.conn.begin().await?;
    let preview = match plan(&mut tx, text, mode, this_year).await? {
        Ok(preview) if preview.bad.is_empty() => preview,
        other => return Ok(Err(other)),
    };
    db::members::apply(&mut tx, &preview.plan, "Imported by UIL").await?;
    tx.commit().await?;
    app.site.refresh(&app.db).await?;
    Ok(Ok(preview.plan))
}
