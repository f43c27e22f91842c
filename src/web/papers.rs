//! The signature pack: the mayor's pledge and the National Commission's Part 2, written
//! by the server as PDF to print, sign and scan, each with the application's reference
//! and the digest of what it states; and what the pages show of them.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::error::Error;
use super::extract::Path;
use super::session::Ctx;
use super::{AppState, words};
use crate::app::{city, natcom};
use crate::db::applications::Application;
use crate::domain::signature::Statement;
use crate::i18n::Tr;
use crate::pdf::{self, Block};

/// The reference a paper carries: the call and the application.
fn reference(app: &Application) -> String {
    format!("GNLC-{}-{:06}", app.call_id, app.id)
}

/// The words of the papers: the city's language of communication, English or French.
fn paper_words(app: &Application) -> Tr {
    Tr::plain(crate::mail::city_locale(app.answers.language()))
}

fn footer(tr: Tr, app: &Application, statement: &Statement) -> Vec<String> {
    vec![
        tr.t1("pdf-reference", "reference", reference(app)),
        tr.t1("pdf-digest", "digest", statement.digest()),
        tr.t("pdf-digest-hint"),
    ]
}

fn pdf_answer(bytes: Vec<u8>, name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The mayor's pledge, pre-filled (`GET /applications/{id}/pledge.pdf`): for whoever may
/// see the application.
pub async fn pledge(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let app = city::viewable(&mut visit, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let (bytes, name) = pledge_pdf(&app)?;
    Ok(pdf_answer(bytes, &name))
}

/// The pre-filled pledge of an application, and its file name.
pub(crate) fn pledge_pdf(app: &Application) -> Result<(Vec<u8>, String), Error> {
    let tr = paper_words(app);
    let a = &app.answers;
    let statement = app.pledge_now();
    let blocks = [
        Block::Title(tr.t1("pdf-pledge-title", "city", a.city_name())),
        Block::Field(tr.t("field-city_name"), a.city_name().to_owned()),
        Block::Field(tr.t("field-country"), tr.country(a.country())),
        Block::Field(
            tr.t("field-mayor_name"),
            a.text("mayor_name").unwrap_or_default().to_owned(),
        ),
        Block::Field(
            tr.t("field-mayor_title"),
            a.text("mayor_title").unwrap_or_default().to_owned(),
        ),
        Block::Gap,
        Block::Text(tr.t("field-commitment")),
        Block::Text(tr.t("pdf-pledge-sign")),
        Block::Blank(tr.t("pdf-date")),
        Block::Blank(tr.t("pdf-signature-mayor")),
        Block::Blank(tr.t("pdf-stamp")),
    ];
    let bytes = pdf::one_page(&blocks, &footer(tr, app, &statement))
        .map_err(|e| Error::Internal(e.to_string()))?;
    Ok((bytes, format!("pledge-{}.pdf", reference(app))))
}

/// Part 2, pre-filled with the city and the officer (`GET /natcom/applications/{id}/part2.pdf`):
/// the National Commission's paper.
pub async fn part2(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let app = natcom::part2_paper(&mut visit, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let (bytes, name) = part2_pdf(&app)?;
    Ok(pdf_answer(bytes, &name))
}

/// The pre-filled Part 2 of an application, and its file name.
pub(crate) fn part2_pdf(app: &Application) -> Result<(Vec<u8>, String), Error> {
    let tr = paper_words(app);
    let a = &app.answers;
    let statement = app.part2_now();
    let blocks = [
        Block::Title(tr.t1("pdf-part2-title", "country", tr.country(a.country()))),
        Block::Field(tr.t("field-city_name"), a.city_name().to_owned()),
        Block::Field(
            tr.t("natcom-officer-name"),
            app.officer_name.clone().unwrap_or_default(),
        ),
        Block::Field(
            tr.t("natcom-officer-title"),
            app.officer_title.clone().unwrap_or_default(),
        ),
        Block::Gap,
        Block::Text(tr.t1("pdf-part2-text", "city", a.city_name())),
        Block::Blank(tr.t("pdf-date")),
        Block::Blank(tr.t("pdf-signature-officer")),
        Block::Blank(tr.t("pdf-stamp")),
    ];
    let bytes = pdf::one_page(&blocks, &footer(tr, app, &statement))
        .map_err(|e| Error::Internal(e.to_string()))?;
    Ok((bytes, format!("part2-{}.pdf", reference(app))))
}

/// What an application's page shows of its papers: the digests of what they state now,
/// and whether a signed scan on file no longer binds, and why.
pub struct Papers {
    pub pledge_digest: String,
    pub pledge_outdated: Option<String>,
    pub part2_digest: String,
    pub part2_outdated: Option<String>,
}

pub fn papers(tr: Tr, app: &Application) -> Papers {
    let said = |changed: Vec<&'static str>, key: &str| {
        (!changed.is_empty()).then(|| tr.t1(key, "fields", words::field_labels(tr, &changed)))
    };
    Papers {
        pledge_digest: app.pledge_now().digest(),
        pledge_outdated: said(app.pledge_changed(), "papers-pledge-outdated"),
        part2_digest: app.part2_now().digest(),
        part2_outdated: said(app.part2_changed(), "papers-part2-outdated"),
    }
}
