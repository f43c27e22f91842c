//! `/uil/export.csv`: the filtered applications, one row each, the columns named as the
//! form's fields (SPEC §4). UTF-8 with a byte-order mark so that spreadsheets read accents
//! and non-Latin names correctly; quoting by RFC 4180 (the csv crate).
//!
//! The values stay as stored (codes, ISO dates), for scripts; beside the stage's code,
//! `stage_name` says it in the language of the person exporting, without the marks that
//! isolate placeables on pages.

use std::io::Write;

use axum::extract::State;
use axum::response::Response;
use futures_util::StreamExt;

use super::FilterQuery;
use crate::app::Visit;
use crate::app::uil as usecase;
use crate::db::listing::Filter;
use crate::domain::access::Area;
use crate::domain::document::DocumentKind;
use crate::domain::form::all_fields;
use crate::i18n::Tr;
use crate::web::error::Error;
use crate::web::extract::Query;
use crate::web::session::Ctx;
use crate::web::streamed::{self, Sender, Written, send};
use crate::web::{AppState, words};

/// A spreadsheet runs a cell that starts with one of these as a formula: such text gets a
/// leading apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection).
pub(super) fn spreadsheet_safe(value: String) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value
    }
}

/// How many rows are written between two looks at what waits to be sent.
const ROWS_PER_CHUNK: usize = 200;

pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<FilterQuery>,
) -> Result<Response, Error> {
    let (filter, _, issues) = q.parse();
    if !issues.is_empty() {
        return Err(Error::BadRequest);
    }
    // Refused now, while the answer can still be a page; the rows come as they are read.
    let visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    let tr = ctx.tr(visit.user.as_ref()).for_text();
    Ok(streamed::response(
        "text/csv; charset=utf-8",
        "gnlc-applications.csv",
        move |out| write_csv(visit, filter, tr, out),
    ))
}

/// Writes the CSV of what `filter` keeps into `out`, a few hundred rows at a time.
async fn write_csv(mut visit: Visit, filter: Filter, tr: Tr, out: Sender) -> Result<(), Error> {
    let write_err = |e: csv::Error| Error::Internal(format!("CSV export: {e}"));
    let io_err = |e: std::io::Error| Error::Internal(format!("CSV export: {e}"));
    let written = Written::default();
    let mut sink = written.clone();
    sink.write_all("\u{feff}".as_bytes()).map_err(io_err)?;
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(sink);
    let stamp = |t: Option<chrono::DateTime<chrono::Utc>>| {
        t.map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default()
    };
    let mut header: Vec<&str> = vec![
        "id",
        "stage",
        "stage_name",
        "submitted_at",
        "forwarded_at",
        "decided_at",
    ];
    header.extend(all_fields().map(|f| f.name));
    // SPEC §4 names the form's files among its columns: whether the pledge is there, and
    // how many supporting documents.
    header.extend([
        DocumentKind::Pledge.field(),
        DocumentKind::Supporting.field(),
    ]);
    header.extend([
        "officer_name",
        "officer_title",
        "endorsement_note",
        "average_score",
    ]);
    csv.write_record(&header).map_err(write_err)?;
    let rows = usecase::export(&mut visit, &filter).map_err(|e| Error::Internal(e.to_string()))?;
    futures_util::pin_mut!(rows);
    let mut since_sent = 0;
    while let Some(app) = rows.next().await {
        let app = app.map_err(|e| Error::Internal(e.to_string()))?;
        let mut record = vec![
            app.id.to_string(),
            app.stage.as_str().to_owned(),
            words::stage(tr, app.stage),
            stamp(app.submitted_at),
            stamp(app.forwarded_at),
            stamp(app.decided_at),
        ];
        record.extend(all_fields().map(|f| app.answers.raw(f.name)));
        record.extend([
            if app.uploads.pledge { "yes" } else { "" }.to_owned(),
            app.uploads.supporting.to_string(),
        ]);
        record.extend([
            app.officer_name.unwrap_or_default(),
            app.officer_title.unwrap_or_default(),
            app.endorsement_note.unwrap_or_default(),
            app.review_mean
                .map(|a| format!("{a:.2}"))
                .unwrap_or_default(),
        ]);
        csv.write_record(record.into_iter().map(spreadsheet_safe))
            .map_err(write_err)?;
        since_sent += 1;
        if since_sent == ROWS_PER_CHUNK {
            since_sent = 0;
            csv.flush().map_err(io_err)?;
            send(&out, &written).await?;
        }
    }
    csv.flush().map_err(io_err)?;
    send(&out, &written).await
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn text_a_spreadsheet_would_run_is_kept_as_text() {
        assert_eq!(
            spreadsheet_safe("=HYPERLINK(\"x\")".into()),
            "'=HYPERLINK(\"x\")"
        );
        assert_eq!(
            spreadsheet_safe("+351 21 322 7000".into()),
            "'+351 21 322 7000"
        );
        assert_eq!(spreadsheet_safe("Lisboa".into()), "Lisboa");
    }
}
