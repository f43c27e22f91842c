//! The city's pages: its applications, the form section by section, documents, checking
//! the answers, submission to the National Commission, withdrawal.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Datelike;
use serde::Deserialize;

use super::account::{Empty, MessagePage};
use super::country_options::CountryOptions;
use super::error::Error;
use super::extract::Path;
use super::forms::FormErrors;
use super::session::{CsrfForm, Ctx};
use super::upload::FormData;
use super::views::{
    AnswerGroup, DocumentRow, MailLogRow, TimelineRow, answer_groups, document_rows, form_value,
    mail_log, timeline_rows,
};
use super::{AppState, Layout, render, unprocessable, words};
use crate::app::city::{self as usecase, Draft, NewApplication, Saved, Started};
use crate::app::{self, Issues, Rejected};
use crate::db::documents::DocumentKind;
use crate::domain::Refusal;
use crate::domain::Stage;
use crate::domain::document::MAX_SUPPORTING_DOCUMENTS;
use crate::domain::form::{self, Kind, Progress, Section, SectionInput};
use crate::i18n::{Locale, Tr, parse_decimal, sorted_by_name};

fn to_application(id: i64) -> Response {
    Redirect::to(&format!("/applications/{id}")).into_response()
}

/// A stage inside a sentence: "It is now { $stage }." (in lower case where the language
/// writes it so).
fn stage_in_sentence(tr: Tr, stage: Stage) -> String {
    tr.t(&format!("stage-{}.in-sentence", stage.as_str()))
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
    /// Whether any earlier application may be the start of a new one.
    has_start_again: bool,
    closed_message: Option<String>,
}

struct ListRow {
    /// Whether a new application may start from this one.
    start_again: bool,
    id: i64,
    city: String,
    country: String,
    call: String,
    stage: String,
    updated: String,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    let home = usecase::home(&mut visit).await.map_err(|e| ctx.fail(e))?;
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    let states = state.app().member_states().await?;
    // The list names the Member State as the database does (in English): its code gives
    // its name in the reader's language.
    let country = |english: String| match states.iter().find(|s| s.name == english) {
        Some(s) => tr.country(&s.iso2),
        None => english,
    };
    render(&ListPage {
        applications: home
            .applications
            .into_iter()
            .map(|a| ListRow {
                start_again: home.start_again_from.contains(&a.id),
                id: a.id,
                city: a.city_name,
                country: country(a.country_name),
                call: a.call_title,
                stage: words::stage(tr, a.stage),
                updated: tr.utc(a.updated_at),
            })
            .collect(),
        call_title: home.call.as_ref().map(|c| c.title_in(tr.code()).to_owned()),
        city_deadline: home.call.as_ref().map(|c| tr.deadline(&c.deadlines().city)),
        may_start: home.may_start.is_ok(),
        has_start_again: !home.start_again_from.is_empty(),
        closed_message: match home.may_start {
            Err(r @ Refusal::CityDeadlinePassed { .. }) => Some(words::refusal(tr, &r)),
            _ => None,
        },
        layout,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct NewForm {
    #[serde(default)]
    city_name: String,
    #[serde(default)]
    country: String,
    /// Set by the button that starts anyway a city that is a member already.
    #[serde(default)]
    even_if_member: Option<String>,
}

#[derive(Template)]
#[template(path = "city/new.html")]
struct NewPage {
    layout: Layout,
    form: NewForm,
    countries: Arc<CountryOptions>,
    errors: FormErrors,
    call_title: String,
    /// The city is a member already: said before it starts, with a button to go on.
    already_member: Option<String>,
}

pub async fn new_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let call = match usecase::call_to_start_in(&mut visit).await {
        Ok(call) => call,
        Err(app::Error::Refused(_)) => return Ok(Redirect::to("/applications").into_response()),
        Err(e) => return Err(ctx.fail(e)),
    };
    let layout = ctx.layout(&visit);
    Ok(render(&NewPage {
        form: NewForm::default(),
        countries: state.country_options(layout.tr).await?,
        errors: FormErrors::default(),
        call_title: call.title_in(layout.code()).to_owned(),
        already_member: None,
        layout,
    })?
    .into_response())
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<NewForm>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let new = NewApplication::parse(
        &form.city_name,
        &form.country,
        form.even_if_member.is_some(),
    );
    match usecase::start(&mut visit, new).await {
        Ok(Started::Draft(id)) => {
            Ok(Redirect::to(&format!("/applications/{id}/edit")).into_response())
        }
        Ok(Started::AlreadyMember { since }) => {
            let call = usecase::call_to_start_in(&mut visit)
                .await
                .map_err(|e| ctx.fail(e))?;
            let layout = ctx.layout(&visit);
            let tr = layout.tr;
            let city = form.city_name.trim().to_owned();
            Ok(render(&NewPage {
                form,
                countries: state.country_options(tr).await?,
                errors: FormErrors::default(),
                call_title: call.title_in(layout.code()).to_owned(),
                already_member: Some(words::flag(
                    tr,
                    &crate::domain::plausibility::Flag::AlreadyMember { since },
                    &city,
                )),
                layout,
            })?
            .into_response())
        }
        Err(Rejected::Failed(app::Error::Refused(_))) => {
            Ok(Redirect::to("/applications").into_response())
        }
        Err(Rejected::Failed(e)) => Err(ctx.fail(e)),
        Err(Rejected::Invalid(issues)) => {
            let call = usecase::call_to_start_in(&mut visit)
                .await
                .map_err(|e| ctx.fail(e))?;
            let layout = ctx.layout(&visit);
            Ok(unprocessable(render(&NewPage {
                form,
                countries: state.country_options(layout.tr).await?,
                errors: FormErrors::from_issues(layout.tr, &issues),
                call_title: call.title_in(layout.code()).to_owned(),
                already_member: None,
                layout,
            })?))
        }
    }
}

/// Starts a new application from an earlier one (`POST /applications/{id}/start-again`).
pub async fn start_again(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<super::account::Empty>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    match usecase::start_again(&mut visit, id).await {
        Ok(new) => Ok(Redirect::to(&format!("/applications/{new}/edit")).into_response()),
        Err(e) => Err(ctx.fail(e)),
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
    /// Why submission is closed for good, said at the top.
    closed: Option<String>,
    city_deadline: String,
    verified: bool,
}

struct Task {
    slug: &'static str,
    title: String,
    progress: Progress,
    /// The status, in words.
    label: String,
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

/// A draft's page, or the application's page when it is no longer a draft.
fn or_application<T>(
    ctx: &Ctx,
    id: i64,
    found: Result<T, app::Error>,
) -> Result<Result<T, Response>, Error> {
    match found {
        Ok(t) => Ok(Ok(t)),
        Err(app::Error::Refused(Refusal::NotEditable { .. })) => Ok(Err(to_application(id))),
        Err(e) => Err(ctx.fail(e)),
    }
}

pub async fn task_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let draft = match or_application(&ctx, id, usecase::draft(&mut visit, id).await)? {
        Ok(draft) => draft,
        Err(redirect) => return Ok(redirect),
    };
    let app = &draft.app;
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    let tasks: Vec<Task> = Section::ALL
        .into_iter()
        .map(|s| {
            let progress = form::progress(s, &app.answers, app.uploads);
            Task {
                slug: s.slug(),
                title: tr.t(&s.title_key()),
                progress,
                label: words::progress(tr, progress),
            }
        })
        .collect();
    let required: Vec<&Task> = tasks
        .iter()
        .filter(|t| Section::from_slug(t.slug).is_some_and(|s| !s.is_optional()))
        .collect();
    Ok(render(&TaskListPage {
        layout,
        id,
        city: app.answers.city_name().to_owned(),
        completed: required
            .iter()
            .filter(|t| t.progress == Progress::Completed)
            .count(),
        required: required.len(),
        closed: draft.closed.as_ref().map(|r| words::refusal(tr, r)),
        city_deadline: tr.deadline(&draft.deadlines.city),
        verified: draft.email_confirmed,
        tasks,
    })?
    .into_response())
}

// ---------- one section of the form ----------

struct QuestionView {
    /// The legend of a fieldset of several fields; empty for a single field.
    legend: String,
    hint: String,
    fields: Vec<FieldView>,
}

struct FieldView {
    name: &'static str,
    label: String,
    /// Empty when the field has none.
    hint: String,
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

/// The choices of a field, as (value, words): Member States by their United Nations
/// names in the reader's alphabetical order; the languages of communication (English or
/// French, as the official form offers) named in the reader's language.
fn options(
    tr: Tr,
    kind: Kind,
    states: &[crate::db::member_states::MemberState],
) -> Vec<(String, String)> {
    match kind {
        Kind::Country => sorted_by_name(tr, states.iter().map(|s| s.iso2.as_str()))
            .into_iter()
            .map(|(code, name)| (code.to_owned(), name))
            .collect(),
        Kind::Language => form::Language::ALL
            .iter()
            .map(|l| {
                let code = l.code();
                (code.to_owned(), tr.t(&format!("choice-language-{code}")))
            })
            .collect(),
        Kind::Priority => (1..=5i64)
            .map(|p| {
                let label = match p {
                    1 => tr.t1("choice-priority-1", "rating", p),
                    5 => tr.t1("choice-priority-5", "rating", p),
                    _ => tr.number(p),
                };
                (p.to_string(), label)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A message of the catalogue, or "" when it has none (an optional hint).
fn optional(tr: Tr, key: &str) -> String {
    if tr.has(key) {
        tr.t(key)
    } else {
        String::new()
    }
}

/// What was typed in field `name`, a figure read as the page's language writes it
/// ("522 250", "522.250", "891,8"), so that the domain reads it in one form.
fn typed_in(locale: Locale, input: &FormData, name: &str) -> String {
    let raw = input.text(name);
    let figure = matches!(
        form::field_named(name).map(|f| f.kind),
        Some(Kind::Population | Kind::AreaKm2 | Kind::Usd | Kind::SchoolingYears | Kind::Year(_))
    );
    match figure.then(|| parse_decimal(raw, locale)).flatten() {
        Some(read) => read,
        // Not a number: the domain says what is wrong with it as typed.
        None => raw.to_owned(),
    }
}

#[derive(Template)]
#[template(path = "city/section.html")]
struct SectionPage {
    layout: Layout,
    id: i64,
    city: String,
    section_slug: &'static str,
    title: String,
    /// Empty when the section has none.
    intro: String,
    questions: Vec<QuestionView>,
    errors: FormErrors,
    /// The commitment and documents sections send files.
    multipart: bool,
    pledge: Option<DocumentRow>,
    supporting: Vec<DocumentRow>,
    max_supporting: usize,
    is_last: bool,
}

/// A section of a draft, with what was typed (`typed`) when it is shown again.
async fn section_page(
    state: &AppState,
    layout: Layout,
    draft: &Draft,
    section: Section,
    typed: Option<&FormData>,
    errors: FormErrors,
) -> Result<Html<String>, Error> {
    let states = if section == Section::City {
        Some(state.app().member_states().await?)
    } else {
        None
    };
    let states: &[crate::db::member_states::MemberState] = states.as_deref().map_or(&[], |s| s);
    let app = &draft.app;
    let tr = layout.tr;
    let questions = section
        .questions()
        .iter()
        .map(|q| QuestionView {
            legend: if q.is_group() {
                tr.t(&q.legend_key())
            } else {
                String::new()
            },
            hint: if q.is_group() {
                optional(tr, &q.hint_key())
            } else {
                String::new()
            },
            fields: q
                .fields
                .iter()
                .map(|f| {
                    let (widget, input_type, input_mode, width) = widget(f.kind);
                    let value = match typed {
                        Some(input) => input.text(f.name).to_owned(),
                        None => form_value(tr, &app.answers, f.name),
                    };
                    FieldView {
                        name: f.name,
                        label: tr.t(&f.label_key()),
                        hint: optional(tr, &f.hint_key()),
                        widget,
                        input_type,
                        input_mode,
                        width,
                        autocomplete: f.autocomplete,
                        words: form::word_count(&value),
                        error: errors.get(f.name).map(str::to_owned),
                        options: options(tr, f.kind, states),
                        value,
                    }
                })
                .collect(),
        })
        .collect();
    let documents = document_rows(tr, &draft.documents);
    let (pledge, supporting): (Vec<_>, Vec<_>) = draft
        .documents
        .iter()
        .zip(documents)
        .filter(|(d, _)| d.kind.is_the_citys())
        .partition(|(d, _)| d.kind == DocumentKind::Pledge);
    render(&SectionPage {
        layout,
        id: app.id,
        city: app.answers.city_name().to_owned(),
        section_slug: section.slug(),
        title: tr.t(&section.title_key()),
        intro: optional(tr, &section.intro_key()),
        questions,
        errors,
        multipart: matches!(section, Section::Commitment | Section::Documents),
        pledge: pledge.into_iter().map(|(_, r)| r).next(),
        supporting: supporting.into_iter().map(|(_, r)| r).collect(),
        max_supporting: MAX_SUPPORTING_DOCUMENTS,
        is_last: section.next().is_none(),
    })
}

fn section_of(slug: &str) -> Result<Section, Error> {
    Section::from_slug(slug).ok_or(Error::NotFound)
}

pub async fn edit_section(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, slug)): Path<(i64, String)>,
) -> Result<Response, Error> {
    let section = section_of(&slug)?;
    let mut visit = ctx.visit(&state).await?;
    let draft = match or_application(&ctx, id, usecase::draft(&mut visit, id).await)? {
        Ok(draft) => draft,
        Err(redirect) => return Ok(redirect),
    };
    let layout = ctx.layout(&visit);
    drop(visit);
    Ok(
        section_page(&state, layout, &draft, section, None, FormErrors::default())
            .await?
            .into_response(),
    )
}

/// A page saying the application can no longer be changed, and why.
fn read_only(layout: Layout, refusal: &Refusal) -> Result<Response, Error> {
    let tr = layout.tr;
    let page = MessagePage {
        title: tr.t("city-read-only-title"),
        paragraphs: vec![words::refusal(tr, refusal)],
        link: None,
        layout,
    };
    Ok((StatusCode::CONFLICT, render(&page)?).into_response())
}

/// Saves one section: every valid answer is stored, even when another answer of the
/// section has a mistake; the page then comes back with the mistakes marked and
/// everything as it was typed.
pub async fn save_section(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, slug)): Path<(i64, String)>,
    mut input: FormData,
) -> Result<Response, Error> {
    let section = section_of(&slug)?;
    let mut visit = ctx.visit(&state).await?;
    if let Some(issues) = cut_off(&input) {
        return too_large(&state, &ctx, &mut visit, id, section, &input, issues).await;
    }
    let locale = ctx.tr(visit.user.as_ref()).locale;
    let parsed = SectionInput::parse(
        section,
        |name| typed_in(locale, &input, name),
        ctx.now.year(),
    );
    let files = input.take_documents();
    let saved = match usecase::save_section(state.app(), &mut visit, id, parsed, files).await {
        Ok(saved) => saved,
        Err(app::Error::Refused(r @ Refusal::NotEditable { .. })) => {
            return read_only(ctx.layout(&visit), &r);
        }
        Err(e) => return Err(ctx.fail(e)),
    };
    if let Saved::Mistakes { draft, issues } = saved {
        let layout = ctx.layout(&visit);
        drop(visit);
        let errors = FormErrors::from_issues(layout.tr, &issues);
        let page = section_page(&state, layout, &draft, section, Some(&input), errors).await?;
        return Ok(unprocessable(page));
    }
    let to = match (input.text("then"), section.next()) {
        ("later", _) => format!("/applications/{id}/edit"),
        (_, Some(next)) => format!("/applications/{id}/edit/{}", next.slug()),
        (_, None) => format!("/applications/{id}/check"),
    };
    Ok(Redirect::to(&to).into_response())
}

/// The problem of a form cut off at the limit, for the field of the file being read.
fn cut_off(input: &FormData) -> Option<Issues> {
    let (field, filename) = input.cut_off_file()?;
    let field = DocumentKind::ALL
        .into_iter()
        .find(|k| k.field() == field)
        .map_or("supporting_pdf", DocumentKind::field);
    let mut issues = Issues::default();
    issues.add(
        field,
        app::Issue::FormTooLarge {
            filename: crate::domain::document::clean_filename(filename),
        },
    );
    Some(issues)
}

/// A section shown again after a form over the limit: nothing of it was saved, what
/// could be read is shown as typed, and the file that was too large is named (413).
#[allow(clippy::too_many_arguments)]
async fn too_large(
    state: &AppState,
    ctx: &Ctx,
    visit: &mut app::Visit,
    id: i64,
    section: Section,
    input: &FormData,
    issues: Issues,
) -> Result<Response, Error> {
    let draft = match or_application(ctx, id, usecase::draft(visit, id).await)? {
        Ok(draft) => draft,
        Err(redirect) => return Ok(redirect),
    };
    let layout = ctx.layout(visit);
    let errors = FormErrors::from_issues(layout.tr, &issues);
    let page = section_page(state, layout, &draft, section, Some(input), errors).await?;
    Ok((StatusCode::PAYLOAD_TOO_LARGE, page).into_response())
}

// ---------- documents ----------

/// `POST /applications/{id}/documents`: adds PDFs (`pledge_pdf`, `supporting_pdf`) to a draft.
pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    mut input: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    if let Some(issues) = cut_off(&input) {
        return too_large(
            &state,
            &ctx,
            &mut visit,
            id,
            Section::Documents,
            &input,
            issues,
        )
        .await;
    }
    let files = input.take_documents();
    let saved = match usecase::upload(state.app(), &mut visit, id, files).await {
        Ok(saved) => saved,
        Err(app::Error::Refused(r @ Refusal::NotEditable { .. })) => {
            return read_only(ctx.layout(&visit), &r);
        }
        Err(e) => return Err(ctx.fail(e)),
    };
    let Saved::Mistakes { draft, issues } = saved else {
        return Ok(Redirect::to(&format!("/applications/{id}/edit/documents")).into_response());
    };
    let layout = ctx.layout(&visit);
    drop(visit);
    let errors = FormErrors::from_issues(layout.tr, &issues);
    let page = section_page(&state, layout, &draft, Section::Documents, None, errors).await?;
    Ok(unprocessable(page))
}

pub async fn remove_document(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, document_id)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    match usecase::remove_document(&mut visit, id, document_id).await {
        Ok(()) => Ok(Redirect::to(&format!("/applications/{id}/edit/documents")).into_response()),
        Err(app::Error::Refused(r @ Refusal::NotEditable { .. })) => {
            read_only(ctx.layout(&visit), &r)
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

/// An application's document, for whoever may see the application (404 for anyone else).
pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, document_id)): Path<(i64, i64)>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let (filename, content) = usecase::document(&mut visit, id, document_id)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(pdf_attachment(&filename, content))
}

/// A stored PDF, downloaded under its file name.
pub(crate) fn pdf_attachment(filename: &str, content: Vec<u8>) -> Response {
    super::attachment("application/pdf", filename, content)
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
    documents: Vec<DocumentRow>,
    errors: FormErrors,
    /// Each missing answer's link and message, for the summary.
    missing_links: Vec<(String, String)>,
    /// Why it cannot be submitted now, beyond missing answers.
    refusal: Option<String>,
    /// Why submission is closed for good, said at the top.
    closed: Option<String>,
    verified: bool,
    natcom_deadline: String,
    /// What looks unusual: warnings, which stop nothing.
    warnings: Vec<String>,
    papers: super::papers::Papers,
    /// Whether the city consents to the publication of its profile once accepted.
    consent: bool,
}

fn check_page(
    layout: Layout,
    (draft, flags): &(Draft, Vec<crate::domain::plausibility::Flag>),
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Html<String>, Error> {
    let app = &draft.app;
    let tr = layout.tr;
    let warnings = words::flags(tr, flags, app.answers.city_name());
    let mut issues = Issues::default();
    let mut missing_links = Vec::new();
    for lacking in draft.lacking() {
        let field = lacking.field_name();
        issues.add(field, app::Issue::Form(form::Problem::Missing));
        let message = match lacking {
            // Every field that can be needed has a message of its own.
            form::Lacking::Answer(f) => tr.t(&f.missing_key()),
            form::Lacking::Pledge => tr.t("city-missing-pledge"),
        };
        missing_links.push((
            format!(
                "/applications/{}/edit/{}#{field}",
                app.id,
                lacking.section().slug()
            ),
            message,
        ));
    }
    let refusal = match draft.submission(now) {
        // Missing answers are listed; a deadline passed is said at the top.
        Err(Refusal::Incomplete { .. } | Refusal::CityDeadlinePassed { .. }) | Ok(()) => None,
        Err(r) => Some(words::refusal(tr, &r)),
    };
    render(&CheckPage {
        id: app.id,
        consent: app.answers.publish_consent(),
        city: app.answers.city_name().to_owned(),
        country: tr.country(app.answers.country()),
        groups: answer_groups(tr, &app.answers),
        documents: document_rows(tr, &draft.documents),
        errors: FormErrors::from_issues(tr, &issues),
        missing_links,
        refusal,
        closed: draft.closed.as_ref().map(|r| words::refusal(tr, r)),
        verified: draft.email_confirmed,
        natcom_deadline: tr.deadline(&draft.deadlines.natcom),
        warnings,
        papers: super::papers::papers(tr, app),
        layout,
    })
}

pub async fn check(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let draft = match or_application(&ctx, id, usecase::check(&mut visit, id).await)? {
        Ok(draft) => draft,
        Err(redirect) => return Ok(redirect),
    };
    Ok(check_page(ctx.layout(&visit), &draft, ctx.now)?.into_response())
}

/// Submission to the National Commission; a refusal shows the check page again with why.
/// The submission form: the consent to publish, asked again beside the button. A form
/// without the question (`consent_asked`) leaves the answer of the commitment section.
#[derive(Debug, Default, Deserialize)]
pub struct SubmitForm {
    #[serde(default)]
    publish_consent: Option<String>,
    #[serde(default)]
    consent_asked: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<SubmitForm>,
) -> Result<Response, Error> {
    let consent = match (
        form.publish_consent.as_deref(),
        form.consent_asked.is_some(),
    ) {
        (Some("yes"), _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let mut visit = ctx.visit(&state).await?;
    match usecase::submit(state.app(), &mut visit, id, consent).await {
        Ok(()) => Ok(Redirect::to(&format!("/applications/{id}/submitted")).into_response()),
        Err(app::Error::Refused(_)) => {
            let draft = match or_application(&ctx, id, usecase::check(&mut visit, id).await)? {
                Ok(draft) => draft,
                Err(redirect) => return Ok(redirect),
            };
            Ok(unprocessable(check_page(
                ctx.layout(&visit),
                &draft,
                ctx.now,
            )?))
        }
        Err(e) => Err(ctx.fail(e)),
    }
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
    let mut visit = ctx.visit(&state).await?;
    let done = match usecase::submitted(&mut visit, id).await {
        Ok(done) => done,
        Err(app::Error::Refused(_)) => return Ok(to_application(id)),
        Err(e) => return Err(ctx.fail(e)),
    };
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    Ok(render(&SubmittedPage {
        id,
        city: done.app.answers.city_name().to_owned(),
        country: tr.country(done.app.answers.country()),
        submitted: tr.utc(done.submitted_at),
        receipt_to: done
            .app
            .answers
            .contact_email()
            .unwrap_or_default()
            .to_owned(),
        natcom_deadline: tr.deadline(&done.natcom_deadline),
        layout,
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
    stage: String,
    is_draft: bool,
    may_withdraw: bool,
    /// Whether the city consents to the publication of its profile once accepted.
    consent: bool,
    groups: Vec<AnswerGroup>,
    documents: Vec<DocumentRow>,
    timeline: Vec<TimelineRow>,
    mails: Vec<MailLogRow>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    let r = usecase::record(&mut visit, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    render(&ApplicationPage {
        id,
        city: r.app.answers.city_name().to_owned(),
        country: tr.country(r.app.answers.country()),
        stage: words::stage(tr, r.app.stage),
        is_draft: r.app.stage.is_editable(),
        may_withdraw: r.may_withdraw,
        consent: r.app.answers.publish_consent(),
        groups: answer_groups(tr, &r.app.answers),
        documents: document_rows(tr, &r.documents),
        timeline: timeline_rows(tr, &r.timeline),
        mails: mail_log(tr, &r.mails),
        layout,
    })
}

#[derive(Template)]
#[template(path = "city/print.html")]
struct PrintPage {
    layout: Layout,
    city: String,
    country: String,
    stage: String,
    call_title: String,
    groups: Vec<AnswerGroup>,
    documents: Vec<DocumentRow>,
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
    let mut visit = ctx.visit(&state).await?;
    let p = usecase::printable(&mut visit, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    render(&PrintPage {
        city: p.app.answers.city_name().to_owned(),
        country: tr.country(p.app.answers.country()),
        stage: words::stage(tr, p.app.stage),
        call_title: p.call.title_in(tr.code()).to_owned(),
        groups: answer_groups(tr, &p.app.answers),
        documents: document_rows(tr, &p.documents),
        officer_name: p.app.officer_name,
        officer_title: p.app.officer_title,
        endorsement_note: p.app.endorsement_note,
        printed: tr.utc(ctx.now),
        layout,
    })
}

#[derive(Template)]
#[template(path = "city/withdraw.html")]
struct WithdrawPage {
    layout: Layout,
    id: i64,
    city: String,
    /// The stage inside a sentence.
    stage: String,
}

pub async fn withdraw_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let app = match usecase::to_withdraw(&mut visit, id).await {
        Ok(app) => app,
        Err(app::Error::Refused(_)) => return Ok(to_application(id)),
        Err(e) => return Err(ctx.fail(e)),
    };
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    Ok(render(&WithdrawPage {
        id,
        city: app.answers.city_name().to_owned(),
        stage: stage_in_sentence(tr, app.stage),
        layout,
    })?
    .into_response())
}

pub async fn withdraw(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    match usecase::withdraw(&mut visit, id).await {
        Ok(()) => Ok(to_application(id)),
        Err(app::Error::Refused(refusal)) => {
            let layout = ctx.layout(&visit);
            let tr = layout.tr;
            let page = MessagePage {
                title: tr.t("city-cannot-withdraw-title"),
                paragraphs: vec![words::refusal(tr, &refusal)],
                link: None,
                layout,
            };
            Ok((StatusCode::CONFLICT, render(&page)?).into_response())
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_the_form_is_in_every_catalogue() {
        let english = Tr::new(Locale::En);
        for locale in Locale::TRANSLATED {
            let tr = Tr::new(locale);
            for s in Section::ALL {
                assert!(tr.has(&s.title_key()), "{} in {locale:?}", s.title_key());
                assert_eq!(tr.has(&s.intro_key()), english.has(&s.intro_key()));
                for q in s.questions().iter().filter(|q| q.is_group()) {
                    assert!(tr.has(&q.legend_key()), "{} in {locale:?}", q.legend_key());
                    assert_eq!(tr.has(&q.hint_key()), english.has(&q.hint_key()));
                }
            }
            for f in form::all_fields() {
                assert!(tr.has(&f.label_key()), "{} in {locale:?}", f.label_key());
                assert_eq!(tr.has(&f.hint_key()), english.has(&f.hint_key()));
                assert_eq!(
                    tr.has(&f.missing_key()),
                    f.has_missing,
                    "{} in {locale:?}",
                    f.missing_key()
                );
            }
        }
    }

    #[test]
    fn figures_are_read_as_the_language_of_the_page_writes_them() {
        let typed = |locale, name: &str, raw: &str| {
            let input = FormData {
                fields: [(name.to_owned(), raw.to_owned())].into(),
                ..FormData::default()
            };
            typed_in(locale, &input, name)
        };
        assert_eq!(typed(Locale::Fr, "population", "522 250"), "522250");
        assert_eq!(typed(Locale::Fr, "population", "522\u{a0}250"), "522250");
        assert_eq!(typed(Locale::Fr, "population", "522\u{202f}250"), "522250");
        assert_eq!(typed(Locale::Es, "population", "522.250"), "522250");
        assert_eq!(typed(Locale::En, "population", "522,250"), "522250");
        assert_eq!(typed(Locale::Fr, "area_km2", "891,8"), "891.8");
        assert_eq!(typed(Locale::Ru, "schooling_women_years", "11,5"), "11.5");
        assert_eq!(typed(Locale::En, "gdp_city_usd", "45,000.50"), "45000.50");
        assert_eq!(typed(Locale::Ar, "population_year", "٢٠٢١"), "2021");
        // What is not a number is left for the domain to say so; text is never touched.
        assert_eq!(typed(Locale::En, "population", "many"), "many");
        assert_eq!(
            typed(Locale::Es, "mayor_title", "Alcalde 1.000"),
            "Alcalde 1.000"
        );
    }

    #[test]
    fn the_form_shows_figures_again_as_the_language_writes_them() {
        let answers = form::tests::complete_answers();
        let fr = Tr::new(Locale::Fr);
        let population = form_value(fr, &answers, "population");
        assert_eq!(population.replace('\u{202f}', " "), "545 796");
        assert_eq!(form_value(fr, &answers, "area_km2"), "100,05");
        assert_eq!(
            form_value(Tr::new(Locale::Es), &answers, "population"),
            "545.796"
        );
        assert_eq!(
            form_value(Tr::new(Locale::En), &answers, "population"),
            "545,796"
        );
        assert_eq!(form_value(fr, &answers, "population_year"), "2021");
        // And what is shown reads back as it was.
        let input = FormData {
            fields: [("area_km2".to_owned(), form_value(fr, &answers, "area_km2"))].into(),
            ..FormData::default()
        };
        assert_eq!(typed_in(Locale::Fr, &input, "area_km2"), "100.05");
    }
}
