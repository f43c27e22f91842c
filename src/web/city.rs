//! The city's pages: its applications, the form section by section, documents, checking
//! the answers, submission to the National Commission, withdrawal.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, Datelike, Utc};
use serde::Deserialize;
use sqlx::PgConnection;

use super::account::unprocessable;
use super::country_options::CountryOptions;
use super::forms::FormErrors;
use super::session::{CsrfForm, Ctx, Visitor};
use super::upload::{FormData, UploadedFile};
use super::views::{
    AnswerGroup, MailLogRow, TimelineRow, answer_groups, mail_log, timeline_rows, when,
};
use super::{AppState, Layout, render};
use crate::db;
use crate::db::applications::Application;
use crate::db::documents::{DocumentInfo, DocumentKind};
use crate::db::users::User;
use crate::domain::access::{Area, may_view};
use crate::domain::call::current_call;
use crate::domain::form::{self, Answers, Kind, MAX_SUPPORTING_DOCUMENTS, Progress, Section};
use crate::domain::stage::decide;
use crate::domain::{Action, Call, Deadlines, Role, Stage};
use crate::error::Error;
use crate::mail::messages;

// ---------- loading, with access checks ----------

/// The signed-in city user's own application, or 404 (SPEC §1: someone else's application
/// is not found, not forbidden).
async fn own_application(
    conn: &mut PgConnection,
    user: &User,
    id: i64,
    lock: bool,
) -> Result<Application, Error> {
    let app = db::applications::load(conn, id, lock).await?;
    app.filter(|a| a.owner_id == user.id).ok_or(Error::NotFound)
}

/// Whether the city may submit now, and if not, why, in words.
fn submission_refusal(app: &Application, now: DateTime<Utc>, d: &Deadlines) -> Option<String> {
    decide(app.stage, Action::Submit, Role::Applicant, now, d)
        .err()
        .map(|r| r.to_string())
}

// ---------- the list and a new application ----------

#[derive(Template)]
#[template(path = "city/list.html")]
struct ListPage {
    layout: Layout,
    applications: Vec<ListRow>,
    call_title: Option<String>,
    city_deadline: Option<String>,
    may_start: bool,
    closed_message: Option<String>,
}

struct ListRow {
    id: i64,
    city: String,
    country: String,
    call: String,
    stage: &'static str,
    updated: String,
}

pub async fn list(State(state): State<AppState>, visitor: Visitor) -> Result<Html<String>, Error> {
    let (mut conn, ctx) = visitor.connect(&state.db).await?;
    let user = ctx.entering(Area::City)?;
    let apps = db::applications::list_for_owner(&mut conn, user.id).await?;
    let calls = db::calls::all(&mut *conn).await?;
    let call = current_call(&calls, ctx.now);
    let closed_message = call
        .filter(|c| !c.deadlines().city.is_still_open_at(ctx.now))
        .map(|c| {
            format!(
                "The call closed for cities on {}.",
                c.deadlines().city.deadline_label()
            )
        });
    render(&ListPage {
        layout: ctx.layout(),
        applications: apps
            .into_iter()
            .map(|a| ListRow {
                id: a.id,
                city: a.city_name,
                country: a.country_name,
                call: a.call_title,
                stage: a.stage.label(),
                updated: when(a.updated_at),
            })
            .collect(),
        call_title: call.map(|c| c.title.clone()),
        city_deadline: call.map(|c| c.deadlines().city.deadline_label()),
        may_start: call.is_some() && closed_message.is_none(),
        closed_message,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct NewForm {
    #[serde(default)]
    city_name: String,
    #[serde(default)]
    country: String,
}

#[derive(Template)]
#[template(path = "city/new.html")]
struct NewPage {
    layout: Layout,
    form: NewForm,
    countries: Arc<CountryOptions>,
    errors: FormErrors,
    call_title: String,
}

/// The call new applications belong to, if cities may still apply to it.
fn open_call(calls: &[Call], now: DateTime<Utc>) -> Result<&Call, String> {
    match current_call(calls, now) {
        None => Err("There is no call for applications at the moment.".into()),
        Some(c) if !c.deadlines().city.is_still_open_at(now) => Err(format!(
            "The call closed for cities on {}.",
            c.deadlines().city.deadline_label()
        )),
        Some(c) => Ok(c),
    }
}

pub async fn new_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Error> {
    ctx.entering(Area::City)?;
    let calls = db::calls::all(&state.db).await?;
    let call = match open_call(&calls, ctx.now) {
        Ok(c) => c,
        Err(_) => return Ok(Redirect::to("/applications").into_response()),
    };
    Ok(render(&NewPage {
        layout: ctx.layout(),
        form: NewForm::default(),
        countries: state.country_options().await?,
        errors: FormErrors::default(),
        call_title: call.title.clone(),
    })?
    .into_response())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<NewForm>,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::City)?;
    let calls = db::calls::all(&state.db).await?;
    let call = match open_call(&calls, ctx.now) {
        Ok(c) => c.clone(),
        Err(_) => return Ok(Redirect::to("/applications").into_response()),
    };
    let states = state.member_states().await?;
    let mut errors = FormErrors::default();
    let city = form::parse(
        form::field_named("city_name").expect("a field"),
        &form.city_name,
        0,
    );
    let city = match city {
        Ok(Some(form::Value::Text(c))) => Some(c),
        Ok(_) => {
            errors.add("city_name", "Enter the name of the city");
            None
        }
        Err(m) => {
            errors.add("city_name", m);
            None
        }
    };
    let country = states.by_code(&form.country).map(|s| s.iso2.clone());
    if country.is_none() {
        errors.add("country", "Choose the country of the city");
    }
    let mut created = None;
    if let (Some(city), Some(country)) = (&city, &country) {
        let mut tx = state.db.begin().await?;
        created =
            db::applications::create(&mut tx, call.id, user.id, city, country, ctx.now).await?;
        tx.commit().await?;
        if created.is_none() {
            errors.add(
                "city_name",
                format!(
                    "{city} already has an application in this call. Ask the colleague who started it to share the work, or contact UIL."
                ),
            );
        }
    }
    match created {
        Some(id) => Ok(Redirect::to(&format!("/applications/{id}/edit")).into_response()),
        None => Ok(unprocessable(render(&NewPage {
            layout: ctx.layout(),
            form,
            countries: state.country_options().await?,
            errors,
            call_title: call.title,
        })?)),
    }
}

// ---------- the task list ----------

#[derive(Template)]
#[template(path = "city/task_list.html")]
struct TaskListPage {
    layout: Layout,
    id: i64,
    city: String,
    tasks: Vec<Task>,
    completed: usize,
    required: usize,
    refusal: Option<String>,
    city_deadline: String,
    verified: bool,
}

struct Task {
    slug: &'static str,
    title: &'static str,
    progress: Progress,
}

impl Task {
    /// The status tag's style.
    fn tag(&self) -> &'static str {
        match self.progress {
            Progress::NotStarted => "tag-not-started",
            Progress::InProgress => "tag-in-progress",
            Progress::Completed => "tag-completed",
            Progress::Optional => "tag-optional",
        }
    }
}

pub async fn task_list(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<i64>,
) -> Result<Response, Error> {
    let (mut conn, ctx) = visitor.connect(&state.db).await?;
    let user = ctx.entering(Area::City)?;
    let app = own_application(&mut conn, user, id, false).await?;
    if app.stage != Stage::Draft {
        return Ok(Redirect::to(&format!("/applications/{id}")).into_response());
    }
    let (_, deadlines) = db::applications::call_and_deadlines(&mut conn, &app).await?;
    let uploads = app.uploads;
    let tasks: Vec<Task> = Section::ALL
        .into_iter()
        .map(|s| Task {
            slug: s.slug(),
            title: s.title(),
            progress: form::progress(s, &app.answers, uploads),
        })
        .collect();
    let required: Vec<&Task> = tasks
        .iter()
        .filter(|t| Section::from_slug(t.slug).is_some_and(|s| !s.is_optional()))
        .collect();
    Ok(render(&TaskListPage {
        layout: ctx.layout(),
        id,
        city: app.answers.city_name.clone(),
        completed: required
            .iter()
            .filter(|t| t.progress == Progress::Completed)
            .count(),
        required: required.len(),
        refusal: submission_refusal(&app, ctx.now, &deadlines),
        city_deadline: deadlines.city.deadline_label(),
        verified: user.email_verified,
        tasks,
    })?
    .into_response())
}

// ---------- one section of the form ----------

struct QuestionView {
    legend: &'static str,
    hint: &'static str,
    fields: Vec<FieldView>,
}

struct FieldView {
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    /// How the template draws it: line, lines, words, select, radios, checkbox.
    widget: &'static str,
    input_type: &'static str,
    input_mode: &'static str,
    width: &'static str,
    autocomplete: &'static str,
    value: String,
    error: Option<String>,
    options: Vec<(String, String)>,
    words: usize,
}

fn widget(kind: Kind) -> (&'static str, &'static str, &'static str, &'static str) {
    // (widget, input type, inputmode, width class)
    match kind {
        Kind::Line(max) if max <= 50 => ("line", "text", "text", "width-10"),
        Kind::Line(_) => ("line", "text", "text", "width-full"),
        Kind::Lines(_) => ("lines", "text", "text", ""),
        Kind::Words => ("words", "text", "text", ""),
        Kind::Email => ("line", "email", "email", "width-full"),
        Kind::Phone => ("line", "tel", "tel", "width-20"),
        Kind::Url => ("line", "url", "url", "width-full"),
        Kind::Language | Kind::Priority => ("radios", "", "", ""),
        Kind::Country => ("select", "", "", ""),
        Kind::Population => ("line", "text", "numeric", "width-10"),
        Kind::AreaKm2 | Kind::Usd | Kind::SchoolingYears => ("line", "text", "decimal", "width-10"),
        Kind::Year(_) => ("line", "text", "numeric", "width-4"),
        Kind::Checkbox => ("checkbox", "", "", ""),
    }
}

fn options(kind: Kind, states: &[db::member_states::MemberState]) -> Vec<(String, String)> {
    match kind {
        Kind::Country => states
            .iter()
            .map(|s| (s.iso2.clone(), s.name.clone()))
            .collect(),
        Kind::Language => vec![
            ("en".into(), "English".into()),
            ("fr".into(), "French".into()),
        ],
        Kind::Priority => (1..=5)
            .map(|p| {
                let label = match p {
                    1 => "1 (least important)".to_owned(),
                    5 => "5 (most important)".to_owned(),
                    _ => p.to_string(),
                };
                (p.to_string(), label)
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[derive(Template)]
#[template(path = "city/section.html")]
struct SectionPage {
    layout: Layout,
    id: i64,
    city: String,
    section_slug: &'static str,
    title: &'static str,
    intro: &'static str,
    questions: Vec<QuestionView>,
    errors: FormErrors,
    /// The commitment and documents sections send files.
    multipart: bool,
    pledge: Option<DocumentInfo>,
    supporting: Vec<DocumentInfo>,
    max_supporting: usize,
    is_last: bool,
}

#[allow(clippy::too_many_arguments)]
async fn section_page(
    conn: &mut PgConnection,
    ctx: &Ctx,
    app: &Application,
    section: Section,
    typed: Option<&FormData>,
    errors: FormErrors,
    docs: Vec<DocumentInfo>,
) -> Result<Html<String>, Error> {
    let states = if section == Section::City {
        db::member_states::all(&mut *conn).await?
    } else {
        Vec::new()
    };
    let questions = section
        .questions()
        .iter()
        .map(|q| QuestionView {
            legend: q.legend,
            hint: q.hint,
            fields: q
                .fields
                .iter()
                .map(|f| {
                    let (widget, input_type, input_mode, width) = widget(f.kind);
                    let value = match typed {
                        Some(input) => input.text(f.name).to_owned(),
                        None => app.answers.raw(f.name),
                    };
                    FieldView {
                        name: f.name,
                        label: f.label,
                        hint: f.hint,
                        widget,
                        input_type,
                        input_mode,
                        width,
                        autocomplete: f.autocomplete,
                        words: form::word_count(&value),
                        error: errors.get(f.name).map(str::to_owned),
                        options: options(f.kind, &states),
                        value,
                    }
                })
                .collect(),
        })
        .collect();
    render(&SectionPage {
        layout: ctx.layout(),
        id: app.id,
        city: app.answers.city_name.clone(),
        section_slug: section.slug(),
        title: section.title(),
        intro: section.intro(),
        questions,
        errors,
        multipart: matches!(section, Section::Commitment | Section::Documents),
        pledge: docs
            .iter()
            .find(|d| d.kind == DocumentKind::Pledge)
            .cloned(),
        supporting: docs
            .into_iter()
            .filter(|d| d.kind == DocumentKind::Supporting)
            .collect(),
        max_supporting: MAX_SUPPORTING_DOCUMENTS,
        is_last: section.next().is_none(),
    })
}

fn section_of(slug: &str) -> Result<Section, Error> {
    Section::from_slug(slug).ok_or(Error::NotFound)
}

pub async fn edit_section(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((id, slug)): Path<(i64, String)>,
) -> Result<Response, Error> {
    let (mut conn, ctx) = visitor.connect(&state.db).await?;
    let user = ctx.entering(Area::City)?;
    let section = section_of(&slug)?;
    let app = own_application(&mut conn, user, id, false).await?;
    if app.stage != Stage::Draft {
        return Ok(Redirect::to(&format!("/applications/{id}")).into_response());
    }
    let docs = db::documents::list(&mut conn, id).await?;
    Ok(section_page(
        &mut conn,
        &ctx,
        &app,
        section,
        None,
        FormErrors::default(),
        docs,
    )
    .await?
    .into_response())
}

/// Checks an uploaded file: a PDF by its content, at most 10 MB.
fn check_pdf(file: &UploadedFile) -> Result<(), &'static str> {
    if file.too_large {
        Err("The selected file must be 10 MB or smaller")
    } else if !file.is_pdf() {
        Err("The selected file must be a PDF")
    } else {
        Ok(())
    }
}

/// Saves one section: every valid answer is stored, in one transaction, even when another
/// answer of the section has a mistake; the page then comes back with the mistakes marked
/// and everything as it was typed.
pub async fn save_section(
    State(state): State<AppState>,
    visitor: Visitor,
    Path((id, slug)): Path<(i64, String)>,
    input: FormData,
) -> Result<Response, Error> {
    let mut tx = state.db.begin().await?;
    let ctx = visitor.on(&mut *tx).await?;
    let user = ctx.entering(Area::City)?;
    let section = section_of(&slug)?;
    let app = own_application(&mut tx, user, id, true).await?;
    if app.stage != Stage::Draft {
        return read_only(&ctx, &app);
    }
    let mut errors = FormErrors::default();
    let mut answers: Answers = app.answers.clone();
    let this_year = ctx.now.year();
    for f in section.fields() {
        match form::parse(f, input.text(f.name), this_year) {
            Ok(value) => answers.set(f.name, value),
            Err(message) => errors.add(f.name, message),
        }
    }
    if section == Section::City {
        if input.text("city_name").trim().is_empty() {
            errors.add("city_name", "Enter the name of the city");
        }
        if db::member_states::name_of(&mut *tx, &answers.country)
            .await?
            .is_none()
        {
            errors.add("country", "Choose the country of the city");
            answers.country = app.answers.country.clone();
        }
        if (answers.city_name != app.answers.city_name || answers.country != app.answers.country)
            && db::applications::city_taken(&mut tx, id, &answers.city_name, &answers.country)
                .await?
        {
            errors.add(
                "city_name",
                "This city already has an application in this call",
            );
            answers.city_name = app.answers.city_name.clone();
            answers.country = app.answers.country.clone();
        }
    }
    let mut docs = db::documents::list(&mut tx, id).await?;
    store_files(&mut tx, &app, user, &input, &mut docs, &mut errors, ctx.now).await?;
    db::applications::save_answers(&mut tx, id, &answers, ctx.now).await?;
    tx.commit().await?;

    if !errors.is_empty() {
        let app = Application { answers, ..app };
        let mut conn = state.db.acquire().await?;
        return Ok(unprocessable(
            section_page(&mut conn, &ctx, &app, section, Some(&input), errors, docs).await?,
        ));
    }
    let to = match (input.text("then"), section.next()) {
        ("later", _) => format!("/applications/{id}/edit"),
        (_, Some(next)) => format!("/applications/{id}/edit/{}", next.slug()),
        (_, None) => format!("/applications/{id}/check"),
    };
    Ok(Redirect::to(&to).into_response())
}

/// Stores the PDFs of a commitment or documents form, noting the refused ones.
async fn store_files(
    conn: &mut PgConnection,
    app: &Application,
    user: &User,
    input: &FormData,
    docs: &mut Vec<DocumentInfo>,
    errors: &mut FormErrors,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    for file in &input.files {
        let (kind, field) = match file.field.as_str() {
            "pledge_pdf" => (DocumentKind::Pledge, "pledge_pdf"),
            "supporting_pdf" => (DocumentKind::Supporting, "supporting_pdf"),
            _ => continue,
        };
        if let Err(message) = check_pdf(file) {
            errors.add(field, format!("{}: {message}", file.clean_filename()));
            continue;
        }
        let supporting = docs
            .iter()
            .filter(|d| d.kind == DocumentKind::Supporting)
            .count();
        if kind == DocumentKind::Supporting && supporting >= MAX_SUPPORTING_DOCUMENTS {
            errors.add(
                field,
                format!(
                    "{}: an application has at most {MAX_SUPPORTING_DOCUMENTS} supporting documents. Remove one first.",
                    file.clean_filename()
                ),
            );
            continue;
        }
        db::documents::store(
            conn,
            app.id,
            kind,
            &file.clean_filename(),
            &file.content,
            user.id,
            now,
        )
        .await?;
        *docs = db::documents::list(conn, app.id).await?;
    }
    Ok(())
}

fn read_only(ctx: &Ctx, app: &Application) -> Result<Response, Error> {
    let page = super::account::MessagePage {
        layout: ctx.layout(),
        title: "This application can no longer be changed",
        paragraphs: vec![format!(
            "It is {}. A city can change its application only while it is a draft: before it is submitted, or after the National Commission returns it.",
            app.stage.label().to_lowercase()
        )],
        link: None,
    };
    Ok((StatusCode::CONFLICT, render(&page)?).into_response())
}

// ---------- documents ----------

/// `POST /applications/{id}/documents`: adds PDFs (`pledge_pdf`, `supporting_pdf`) to a draft.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::City)?;
    let mut tx = state.db.begin().await?;
    let app = own_application(&mut tx, user, id, true).await?;
    if app.stage != Stage::Draft {
        return read_only(&ctx, &app);
    }
    let mut docs = db::documents::list(&mut tx, id).await?;
    let mut errors = FormErrors::default();
    if input.files.is_empty() {
        errors.add("supporting_pdf", "Choose a PDF file to upload");
    }
    store_files(&mut tx, &app, user, &input, &mut docs, &mut errors, ctx.now).await?;
    tx.commit().await?;
    if errors.is_empty() {
        return Ok(Redirect::to(&format!("/applications/{id}/edit/documents")).into_response());
    }
    let mut conn = state.db.acquire().await?;
    Ok(unprocessable(
        section_page(
            &mut conn,
            &ctx,
            &app,
            Section::Documents,
            None,
            errors,
            docs,
        )
        .await?,
    ))
}

pub async fn remove_document(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, document_id)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<super::account::Empty>,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::City)?;
    let mut tx = state.db.begin().await?;
    let app = own_application(&mut tx, user, id, true).await?;
    if app.stage != Stage::Draft {
        return read_only(&ctx, &app);
    }
    if !db::documents::delete(&mut tx, id, document_id, DocumentKind::Supporting).await? {
        return Err(Error::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/applications/{id}/edit/documents")).into_response())
}

/// An application's document, for whoever may see the application (404 for anyone else).
pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, document_id)): Path<(i64, i64)>,
) -> Result<Response, Error> {
    let mut conn = state.db.acquire().await?;
    viewable(&mut conn, &ctx, id).await?;
    let (filename, content) = db::documents::content(&mut conn, id, document_id)
        .await?
        .ok_or(Error::NotFound)?;
    let ascii: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/pdf"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
        ],
        content,
    )
        .into_response())
}

/// The application if the signed-in person may see it; otherwise 404.
pub async fn viewable(conn: &mut PgConnection, ctx: &Ctx, id: i64) -> Result<Application, Error> {
    let user = ctx.signed_in()?;
    let app = db::applications::find(conn, id).await?;
    app.filter(|a| may_view(&user.viewer(), &a.visibility()))
        .ok_or(Error::NotFound)
}

// ---------- check your answers, submit ----------

#[derive(Template)]
#[template(path = "city/check.html")]
struct CheckPage {
    layout: Layout,
    id: i64,
    city: String,
    country: String,
    groups: Vec<AnswerGroup>,
    documents: Vec<DocumentInfo>,
    errors: FormErrors,
    /// Section of each missing field, for the summary's links.
    missing_links: Vec<(String, String)>,
    refusal: Option<String>,
    verified: bool,
    natcom_deadline: String,
}

async fn check_page(
    conn: &mut PgConnection,
    ctx: &Ctx,
    app: &Application,
    refusal: Option<String>,
) -> Result<(Html<String>, bool), Error> {
    let docs = db::documents::list(conn, app.id).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(conn, app).await?;
    let missing = form::missing(&app.answers, app.uploads);
    let mut errors = FormErrors::default();
    let mut missing_links = Vec::new();
    for (field, message) in &missing {
        errors.add(field, *message);
        let section = Section::ALL
            .into_iter()
            .find(|s| s.fields().any(|f| f.name == *field))
            .unwrap_or(Section::Commitment);
        missing_links.push((
            format!("/applications/{}/edit/{}#{field}", app.id, section.slug()),
            (*message).to_owned(),
        ));
    }
    let verified = ctx.user.as_ref().is_some_and(|u| u.email_verified);
    let refusal = refusal.or_else(|| submission_refusal(app, ctx.now, &deadlines));
    let page = CheckPage {
        layout: ctx.layout(),
        id: app.id,
        city: app.answers.city_name.clone(),
        country: app.country_name.clone(),
        groups: answer_groups(&app.answers, &app.country_name),
        documents: docs,
        errors,
        missing_links,
        refusal,
        verified,
        natcom_deadline: deadlines.natcom.deadline_label(),
    };
    Ok((render(&page)?, missing.is_empty()))
}

pub async fn check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::City)?;
    let mut conn = state.db.acquire().await?;
    let app = own_application(&mut conn, user, id, false).await?;
    if app.stage != Stage::Draft {
        return Ok(Redirect::to(&format!("/applications/{id}")).into_response());
    }
    Ok(check_page(&mut conn, &ctx, &app, None)
        .await?
        .0
        .into_response())
}

/// Submission to the National Commission: decided inside the transaction that moves the
/// application, with the receipt and the notice to the National Commission queued in it.
pub async fn submit(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<super::account::Empty>,
) -> Result<Response, Error> {
    // The session is looked up in the transaction: a pooled connection of its own would
    // cost two round trips more (sqlx pings it on its way back to the pool).
    let mut tx = state.db.begin().await?;
    let ctx = visitor.on(&mut *tx).await?;
    let user = ctx.entering(Area::City)?;
    let app = own_application(&mut tx, user, id, true).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(&mut tx, &app).await?;
    let refusal = match decide(app.stage, Action::Submit, Role::Applicant, ctx.now, &deadlines) {
        Err(refusal) => Some(refusal.to_string()),
        Ok(_) if !form::missing(&app.answers, app.uploads).is_empty() => None,
        Ok(_) if !user.email_verified => Some(
            "Confirm your email address before you submit: open the link we sent you, or ask for a new one on your account page."
                .into(),
        ),
        Ok(to) => {
            db::applications::move_to(&mut tx, &app, Action::Submit, to, user.id, None, ctx.now).await?;
            // The owner submits: their address is known without asking the database.
            let city = db::applications::city_addresses_with(&app, user.email.clone());
            queue_submission_mail(&state, &mut tx, &app, city, &deadlines).await?;
            tx.commit().await?;
            return Ok(Redirect::to(&format!("/applications/{id}/submitted")).into_response());
        }
    };
    let (page, _) = check_page(&mut tx, &ctx, &app, refusal).await?;
    Ok(unprocessable(page))
}

async fn queue_submission_mail(
    state: &AppState,
    conn: &mut PgConnection,
    app: &Application,
    city: Vec<String>,
    deadlines: &Deadlines,
) -> Result<(), Error> {
    let a = &app.answers;
    let mut mails = Vec::new();
    let link = state.mailer.link(&format!("/applications/{}", app.id));
    for to in city {
        let mail = messages::submission_receipt(
            &to,
            app.id,
            &a.city_name,
            &app.country_name,
            &deadlines.natcom,
            messages::Lang::of(a.language.as_deref()),
            &link,
        )?;
        mails.push(mail);
    }
    let natcom_link = state
        .mailer
        .link(&format!("/natcom/applications/{}", app.id));
    let natcoms = db::applications::natcom_addresses(conn, &a.country).await?;
    if natcoms.is_empty() {
        tracing::warn!(application = app.id, country = %a.country, "no National Commission account to notify");
    }
    for to in natcoms {
        mails.push(messages::natcom_new_application(
            &to,
            app.id,
            &a.city_name,
            &app.country_name,
            &deadlines.natcom.deadline_label(),
            &natcom_link,
        )?);
    }
    state.mailer.queue_all(conn, &mails).await
}

#[derive(Template)]
#[template(path = "city/submitted.html")]
struct SubmittedPage {
    layout: Layout,
    id: i64,
    city: String,
    country: String,
    submitted: String,
    receipt_to: String,
    natcom_deadline: String,
}

pub async fn submitted(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::City)?;
    let mut conn = state.db.acquire().await?;
    let app = own_application(&mut conn, user, id, false).await?;
    let Some(submitted_at) = app.submitted_at.filter(|_| app.stage == Stage::Submitted) else {
        return Ok(Redirect::to(&format!("/applications/{id}")).into_response());
    };
    let (_, deadlines) = db::applications::call_and_deadlines(&mut conn, &app).await?;
    Ok(render(&SubmittedPage {
        layout: ctx.layout(),
        id,
        city: app.answers.city_name.clone(),
        country: app.country_name.clone(),
        submitted: when(submitted_at),
        receipt_to: app.answers.contact_email.clone().unwrap_or_default(),
        natcom_deadline: deadlines.natcom.deadline_label(),
    })?
    .into_response())
}

// ---------- the application page, printing, withdrawal ----------

#[derive(Template)]
#[template(path = "city/application.html")]
struct ApplicationPage {
    layout: Layout,
    id: i64,
    city: String,
    country: String,
    stage: &'static str,
    is_draft: bool,
    may_withdraw: bool,
    groups: Vec<AnswerGroup>,
    documents: Vec<DocumentInfo>,
    timeline: Vec<TimelineRow>,
    mails: Vec<MailLogRow>,
}

pub async fn show(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    let (mut conn, ctx) = visitor.connect(&state.db).await?;
    let user = ctx.entering(Area::City)?;
    let app = own_application(&mut conn, user, id, false).await?;
    let documents = db::documents::list(&mut conn, id).await?;
    let events = db::applications::timeline(&mut conn, id).await?;
    let call = db::calls::find(&mut conn, app.call_id).await?;
    render(&ApplicationPage {
        layout: ctx.layout(),
        id,
        city: app.answers.city_name.clone(),
        country: app.country_name.clone(),
        stage: app.stage.label(),
        is_draft: app.stage == Stage::Draft,
        may_withdraw: decide(
            app.stage,
            Action::Withdraw,
            Role::Applicant,
            ctx.now,
            &call.deadlines(),
        )
        .is_ok(),
        groups: answer_groups(&app.answers, &app.country_name),
        documents,
        timeline: timeline_rows(events),
        mails: mail_log(db::outbox::for_application(&mut conn, id).await?),
    })
}

#[derive(Template)]
#[template(path = "city/print.html")]
struct PrintPage {
    layout: Layout,
    city: String,
    country: String,
    stage: &'static str,
    call_title: String,
    groups: Vec<AnswerGroup>,
    documents: Vec<DocumentInfo>,
    officer_name: Option<String>,
    officer_title: Option<String>,
    endorsement_note: Option<String>,
    printed: String,
}

/// The whole application on paper, with Part 2 for the National Commission's signature.
pub async fn print(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    let mut conn = state.db.acquire().await?;
    let app = viewable(&mut conn, &ctx, id).await?;
    let call = db::calls::find(&mut conn, app.call_id).await?;
    let documents = db::documents::list(&mut conn, id).await?;
    render(&PrintPage {
        layout: ctx.layout(),
        city: app.answers.city_name.clone(),
        country: app.country_name.clone(),
        stage: app.stage.label(),
        call_title: call.title,
        groups: answer_groups(&app.answers, &app.country_name),
        documents,
        officer_name: app.officer_name,
        officer_title: app.officer_title,
        endorsement_note: app.endorsement_note,
        printed: when(ctx.now),
    })
}

#[derive(Template)]
#[template(path = "city/withdraw.html")]
struct WithdrawPage {
    layout: Layout,
    id: i64,
    city: String,
    stage: &'static str,
}

pub async fn withdraw_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::City)?;
    let mut conn = state.db.acquire().await?;
    let app = own_application(&mut conn, user, id, false).await?;
    let call = db::calls::find(&mut conn, app.call_id).await?;
    if decide(
        app.stage,
        Action::Withdraw,
        Role::Applicant,
        ctx.now,
        &call.deadlines(),
    )
    .is_err()
    {
        return Ok(Redirect::to(&format!("/applications/{id}")).into_response());
    }
    Ok(render(&WithdrawPage {
        layout: ctx.layout(),
        id,
        city: app.answers.city_name.clone(),
        stage: app.stage.label(),
    })?
    .into_response())
}

pub async fn withdraw(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<super::account::Empty>,
) -> Result<Response, Error> {
    // The session is looked up in the transaction: a pooled connection of its own would
    // cost two round trips more (sqlx pings it on its way back to the pool).
    let mut tx = state.db.begin().await?;
    let ctx = visitor.on(&mut *tx).await?;
    let user = ctx.entering(Area::City)?;
    let app = own_application(&mut tx, user, id, true).await?;
    let call = db::calls::find(&mut tx, app.call_id).await?;
    match decide(
        app.stage,
        Action::Withdraw,
        Role::Applicant,
        ctx.now,
        &call.deadlines(),
    ) {
        Ok(to) => {
            db::applications::move_to(&mut tx, &app, Action::Withdraw, to, user.id, None, ctx.now)
                .await?;
            tx.commit().await?;
            Ok(Redirect::to(&format!("/applications/{id}")).into_response())
        }
        Err(refusal) => {
            let page = super::account::MessagePage {
                layout: ctx.layout(),
                title: "This application cannot be withdrawn",
                paragraphs: vec![refusal.to_string()],
                link: None,
            };
            Ok((StatusCode::CONFLICT, render(&page)?).into_response())
        }
    }
}
