//! Personal data (issue [7/8]): the privacy notice (`/privacy`), an accepted city's public
//! profile (`/members/{id}`), the download of one's data (`/account/data`), the erasure of
//! one's account (`/account/delete`) or of anyone's on request (`/uil/erasure`), and the
//! withdrawal of a city's consent to publish.

use std::io::Write;

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use zip::write::SimpleFileOptions;

use super::account::{Empty, MessagePage};
use super::error::Error;
use super::extract::Path;
use super::forms::FormErrors;
use super::session::{CsrfForm, Ctx, cookie_names, set_cookie};
use super::{AppState, Layout, render, unprocessable};
use crate::app::privacy as usecase;
use crate::app::{Issues, Rejected};
use crate::i18n::Tr;

// ---------- the notice ----------

#[derive(Template)]
#[template(path = "public/privacy.html")]
struct NoticePage {
    layout: Layout,
    /// Whom to write to: the UIL team's address (`MAIL_REPLY_TO`), where set.
    contact: Option<String>,
}

pub async fn notice(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    render(&NoticePage {
        layout: super::public::layout(&state, &ctx).await?,
        contact: state.app().config.mail_reply_to.clone(),
    })
}

// ---------- the public profile ----------

#[derive(Template)]
#[template(path = "public/profile.html")]
struct ProfilePage {
    layout: Layout,
    city: String,
    country: String,
    region: String,
    joined_year: Option<i16>,
    /// The language the city wrote its texts in (`en` or `fr`).
    text_lang: &'static str,
    website: Option<String>,
    /// (label, value) of each figure it gave.
    figures: Vec<(String, String)>,
    motivation: String,
    implementation: String,
}

pub async fn profile(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    let profile = usecase::profile(state.app(), id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let layout = super::public::layout(&state, &ctx).await?;
    let tr = layout.tr;
    let a = &profile.answers;
    let figure = |value: &str, year: &str, key: &str| {
        let shown = a
            .integer(value)
            .map(|n| tr.number(n))
            .or_else(|| a.decimal(value).map(|x| tr.decimal(x, 2)));
        shown.map(|v| {
            let text = match a.integer(year) {
                Some(y) => tr.t2(
                    "privacy-profile-figure-year",
                    "value",
                    v,
                    "year",
                    y.to_string(),
                ),
                None => v,
            };
            (tr.t(key), text)
        })
    };
    let figures = [
        figure("population", "population_year", "field-population"),
        figure("area_km2", "area_year", "field-area_km2"),
    ]
    .into_iter()
    .flatten()
    .collect();
    render(&ProfilePage {
        city: profile.city.clone(),
        country: tr.country(&profile.country),
        region: super::words::region(tr, &profile.region),
        joined_year: profile.joined_year,
        text_lang: a.language().code(),
        website: a
            .text("website")
            .filter(|w| w.starts_with("https://") || w.starts_with("http://"))
            .map(str::to_owned),
        figures,
        motivation: a.text("motivation").unwrap_or_default().to_owned(),
        implementation: a.text("implementation").unwrap_or_default().to_owned(),
        layout,
    })
}

// ---------- access: one's data as a ZIP ----------

#[derive(Template)]
#[template(path = "account/data.html")]
struct DataPage {
    layout: Layout,
}

pub async fn data_page(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    let visit = ctx.visit(&state).await?;
    visit.signed_in().map_err(|e| ctx.fail(e))?;
    render(&DataPage {
        layout: ctx.layout(&visit),
    })
}

/// The ZIP of one's data: `data.json` and the documents. Asked by POST, as it is recorded.
pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let export = usecase::export(&mut visit).await.map_err(|e| ctx.fail(e))?;
    drop(visit);
    let stamp = export.at.format("%Y%m%dT%H%M%SZ").to_string();
    let bytes = tokio::task::spawn_blocking(move || zip_of(&export))
        .await
        .map_err(|e| Error::Internal(format!("export: {e}")))?
        .map_err(|e| Error::Internal(format!("export: {e}")))?;
    Ok(super::attachment(
        "application/zip",
        &format!("gnlc-my-data-{stamp}.zip"),
        bytes,
    ))
}

fn zip_of(export: &usecase::Export) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = SimpleFileOptions::default();
    zip.start_file("data.json", deflated)?;
    zip.write_all(&export.json)?;
    // PDFs are compressed already.
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in &export.documents {
        zip.start_file(name.as_str(), stored)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

// ---------- erasure of one's own account ----------

#[derive(Debug, Default, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    password: String,
}

#[derive(Template)]
#[template(path = "account/delete.html")]
struct DeletePage {
    layout: Layout,
    errors: FormErrors,
}

pub async fn delete_page(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    let visit = ctx.visit(&state).await?;
    let user = visit.signed_in().map_err(|e| ctx.fail(e))?;
    render(&DeletePage {
        layout: ctx.form_layout(Some(user)),
        errors: FormErrors::default(),
    })
}

pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    match usecase::erase_own_account(&mut visit, &form.password, &ctx.client_ip).await {
        Ok(_) => {
            let tr = ctx.tr(None);
            let names = cookie_names(state.secure_cookies());
            let page = render(&MessagePage {
                layout: ctx.layout_of(None),
                title: tr.t("privacy-deleted-title"),
                paragraphs: vec![tr.t("privacy-deleted-text")],
                link: Some(("/", tr.t("privacy-deleted-link"))),
            })?;
            Ok((
                [(
                    header::SET_COOKIE,
                    set_cookie(names.session, "", state.secure_cookies(), Some(0)),
                )],
                page,
            )
                .into_response())
        }
        Err(Rejected::Invalid(issues)) => {
            let user = visit.user.as_ref();
            let tr = ctx.tr(user);
            Ok(unprocessable(render(&DeletePage {
                layout: ctx.form_layout(user),
                errors: FormErrors::from_issues(tr, &issues),
            })?))
        }
        Err(Rejected::Failed(e)) => Err(ctx.fail(e)),
    }
}

// ---------- erasure on request, by UIL ----------

#[derive(Debug, Default, Deserialize)]
pub struct ErasureForm {
    #[serde(default)]
    erase_email: String,
    #[serde(default)]
    reason: String,
}

#[derive(Template)]
#[template(path = "uil/erasure.html")]
struct ErasurePage {
    layout: Layout,
    form: ErasureForm,
    errors: FormErrors,
    /// What the erasure just done took, in words.
    done: Option<String>,
}

pub async fn erasure_page(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    let visit = ctx
        .visit_in(&state, crate::domain::access::Area::UilAdmin)
        .await?;
    render(&ErasurePage {
        layout: ctx.layout(&visit),
        form: ErasureForm::default(),
        errors: FormErrors::default(),
        done: None,
    })
}

pub async fn erase_on_request(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<ErasureForm>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let result = usecase::erase_on_request(&mut visit, &form.erase_email, &form.reason).await;
    let tr = ctx.tr(visit.user.as_ref());
    let (form, issues, done) = match result {
        Ok(erasure) => (
            ErasureForm::default(),
            Issues::default(),
            Some(erased_words(tr, &erasure)),
        ),
        Err(Rejected::Invalid(issues)) => (form, issues, None),
        Err(Rejected::Failed(e)) => return Err(ctx.fail(e)),
    };
    let failed = !issues.is_empty();
    let page = render(&ErasurePage {
        layout: ctx.layout(&visit),
        form,
        errors: FormErrors::from_issues(tr, &issues),
        done,
    })?;
    Ok(if failed {
        unprocessable(page)
    } else {
        page.into_response()
    })
}

fn erased_words(tr: Tr, erasure: &usecase::Erasure) -> String {
    tr.t2(
        "privacy-erasure-done",
        "applications",
        erasure.applications.applications,
        "documents",
        erasure.applications.documents,
    )
}

// ---------- consent ----------

/// The city takes back its consent to publish (`POST /applications/{id}/consent/withdraw`).
pub async fn withdraw_consent_of_city(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    usecase::withdraw_consent_of_city(&mut visit, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(Redirect::to(&format!("/applications/{id}")).into_response())
}

/// UIL takes a city's consent back on its request (`POST /uil/applications/{id}/consent/withdraw`).
pub async fn withdraw_consent_for_city(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    usecase::withdraw_consent_for_city(&mut visit, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(Redirect::to(&format!("/uil/applications/{id}")).into_response())
}
