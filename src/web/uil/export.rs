//! `/uil/export.csv`: the filtered applications, one row each, the columns named as the
//! form's fields (SPEC §4). UTF-8 with a byte-order mark so that spreadsheets read accents
//! and non-Latin names correctly; quoting by RFC 4180 (the csv crate).
//!
//! The values stay as stored (codes, ISO dates), for scripts; beside the stage's code,
//! `stage_name` says it in the language of the person exporting, without the marks that
//! isolate placeables on pages.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::FilterQuery;
use crate::app::uil as usecase;
use crate::domain::document::DocumentKind;
use crate::domain::form::all_fields;
use crate::web::error::Error;
use crate::web::extract::Query;
use crate::web::session::Ctx;
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

pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<FilterQuery>,
) -> Result<Response, Error> {
    let (filter, _, issues) = q.parse();
    if !issues.is_empty() {
        return Err(Error::BadRequest);
    }
    let mut visit = ctx.visit(&state).await?;
    let tr = ctx.tr(visit.user.as_ref()).for_text();
    let rows = usecase::export(&mut visit, &filter)
        .await
        .map_err(|e| ctx.fail(e))?;
    drop(visit);
    let stamp = |t: Option<chrono::DateTime<chrono::Utc>>| {
        t.map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default()
    };

    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{feff}".as_bytes()));
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
    let write_err = |e: csv::Error| Error::Internal(format!("CSV export: {e}"));
    out.write_record(&header).map_err(write_err)?;
    for app in rows {
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
        let mean_score = app.review_mean;
        record.extend([
            app.officer_name.unwrap_or_default(),
            app.officer_title.unwrap_or_default(),
            app.endorsement_note.unwrap_or_default(),
            mean_score.map(|a| format!("{a:.2}")).unwrap_or_default(),
        ]);
        out.write_record(record.into_iter().map(spreadsheet_safe))
            .map_err(write_err)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| Error::Internal(format!("CSV export: {e}")))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"gnlc-applications.csv\""),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
        ],
        body,
    )
        .into_response())
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
