//! The National Commission's pages: its Member State's submitted applications, endorsing at
//! most `endorsement_quota` of them, declining, returning, and submitting to UIL.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::account::MessagePage;
use super::error::Error;
use super::extract::{Path, Query};
use super::forms::FormErrors;
use super::session::Ctx;
use super::upload::FormData;
use super::views::{
    AnswerGroup, DocumentRow, MailLogRow, TimelineRow, answer_groups, document_rows, mail_log,
    timeline_rows,
};
use super::{AppState, Layout, render, words};
use crate::app::natcom::{self as usecase, Part2Input, Part2Typed};
use crate::app::{self, Issues, Visit};
use crate::db::documents::DocumentKind;
use crate::domain::Refusal;
use crate::domain::application::time_left;
use crate::i18n::Tr;

/// Names in a sentence, as the language lists them: "Lyon, Lille and Nancy".
fn listed(tr: Tr, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!(
            "{}{}{last}",
            first.join(&tr.t("natcom-list-separator")),
            tr.t("natcom-list-last")
        ),
    }
}

// ---------- the dashboard ----------

#[derive(Debug, Default, Deserialize)]
pub struct DashboardQuery {
    /// Cities just submitted to UIL, and those held back for want of Part 2.
    #[serde(default)]
    sent: Option<String>,
    #[serde(default)]
    held: Option<String>,
}

struct Row {
    id: i64,
    city: String,
    stage: String,
    submitted: String,
    signed: bool,
    needs_decision: bool,
    endorsed: bool,
}

#[derive(Template)]
#[template(path = "natcom/dashboard.html")]
struct DashboardPage {
    layout: Layout,
    country_name: String,
    call_title: String,
    deadline: String,
    extended: bool,
    left: String,
    open: bool,
    used: i64,
    quota: i32,
    rows: Vec<Row>,
    to_decide: usize,
    ready: Vec<String>,
    unsigned: Vec<String>,
    sent: Option<Vec<String>>,
    held: Vec<String>,
    /// `ready`, `unsigned` and `sent` as the language lists names.
    ready_list: String,
    unsigned_list: String,
    sent_list: String,
}

/// A list of city names as a query value, and back.
fn cities_query(cities: &[String]) -> String {
    cities.join("\n")
}

fn cities_of(query: &str) -> Vec<String> {
    query
        .split('\n')
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect()
}

pub async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<DashboardQuery>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let tr = ctx.tr(visit.user.as_ref());
    let Some(home) = usecase::home(state.app(), &mut visit)
        .await
        .map_err(|e| ctx.fail(e))?
    else {
        return Ok(render(&MessagePage {
            layout: ctx.layout(&visit),
            title: tr.t("natcom-no-call-title"),
            paragraphs: vec![tr.t("natcom-no-call-text")],
            link: None,
        })?
        .into_response());
    };
    let ready = home.endorsed(true);
    let unsigned = home.endorsed(false);
    let sent = q.sent.as_deref().map(cities_of);
    let page = DashboardPage {
        layout: ctx.layout(&visit),
        country_name: tr.country(&home.country),
        call_title: home.call.title_in(tr.code()).to_owned(),
        deadline: tr.deadline(&home.deadlines.natcom),
        extended: home.extended(),
        left: words::time_left(tr, time_left(&home.deadlines.natcom, ctx.now)),
        open: home.may_submit(ctx.now).is_ok(),
        used: home.endorsements_used(),
        quota: home.call.endorsement_quota,
        to_decide: home.to_decide(),
        ready_list: listed(tr, &ready),
        unsigned_list: listed(tr, &unsigned),
        sent_list: sent.as_deref().map(|s| listed(tr, s)).unwrap_or_default(),
        ready,
        unsigned,
        sent,
        held: q.held.as_deref().map(cities_of).unwrap_or_default(),
        rows: home
            .applications
            .iter()
            .map(|a| Row {
                id: a.id,
                city: a.city_name.clone(),
                stage: words::stage(tr, a.stage),
                submitted: a.submitted_at.map(|t| tr.utc(t)).unwrap_or_default(),
                signed: a.has_signed_endorsement,
                needs_decision: a.stage.awaits_natcom_decision(),
                endorsed: a.stage.awaits_forwarding(),
            })
            .collect(),
    };
    Ok(render(&page)?.into_response())
}

// ---------- one application ----------

#[derive(Template)]
#[template(path = "natcom/application.html")]
struct ApplicationPage {
    layout: Layout,
    id: i64,
    /// What looks unusual in it, as flags.
    flags: Vec<String>,
    papers: super::papers::Papers,
    city: String,
    country: String,
    stage: String,
    /// The stage inside a sentence ("It is …").
    stage_in_sentence: String,
    submitted: String,
    groups: Vec<AnswerGroup>,
    documents: Vec<DocumentRow>,
    timeline: Vec<TimelineRow>,
    mails: Vec<MailLogRow>,
    errors: FormErrors,
    /// Why the last action was refused.
    refusal: Option<String>,
    endorse: Part2Typed,
    reason: String,
    message: String,
    /// For each action: allowed, or why not.
    may_endorse: Result<(), String>,
    may_decline: Result<(), String>,
    may_return: Result<(), String>,
    may_take_back: Result<(), String>,
    is_endorsed: bool,
    /// Still the National Commission's to decide on (submitted, endorsed or declined).
    in_its_hands: bool,
    signed: bool,
    used: i64,
    quota: i32,
    deadline: String,
}

/// What a refused or mistaken action sends back to the page: what was typed, what was
/// wrong with it, and why the action was refused.
#[derive(Default)]
struct Outcome {
    issues: Issues,
    refusal: Option<Refusal>,
    endorse: Option<Part2Typed>,
    reason: String,
    message: String,
}

fn said(tr: Tr, r: Result<(), Refusal>) -> Result<(), String> {
    r.map_err(|r| words::refusal(tr, &r))
}

/// The page of one application, as it is now, with `outcome`.
async fn application_page(
    ctx: &Ctx,
    visit: &mut Visit,
    id: i64,
    outcome: Outcome,
) -> Result<Html<String>, Error> {
    let r = usecase::record(visit, id).await.map_err(|e| ctx.fail(e))?;
    let tr = ctx.tr(visit.user.as_ref());
    let app = &r.app;
    let endorse = outcome.endorse.unwrap_or_else(|| Part2Typed {
        officer_name: app.officer_name.clone().unwrap_or_default(),
        officer_title: app.officer_title.clone().unwrap_or_default(),
        note: app.endorsement_note.clone().unwrap_or_default(),
    });
    render(&ApplicationPage {
        layout: ctx.layout(visit),
        id: app.id,
        flags: words::flags(tr, &r.flags, app.answers.city_name()),
        papers: super::papers::papers(tr, app),
        city: app.answers.city_name().to_owned(),
        country: tr.country(app.answers.country()),
        stage: words::stage(tr, app.stage),
        stage_in_sentence: tr.t(&format!("stage-{}.in-sentence", app.stage.as_str())),
        submitted: app.submitted_at.map(|t| tr.utc(t)).unwrap_or_default(),
        groups: answer_groups(tr, &app.answers),
        signed: r
            .documents
            .iter()
            .any(|d| d.kind == DocumentKind::Endorsement),
        documents: document_rows(tr, &r.documents),
        timeline: timeline_rows(tr, &r.timeline),
        mails: mail_log(tr, &r.mails),
        errors: FormErrors::from_issues(tr, &outcome.issues),
        refusal: outcome.refusal.as_ref().map(|r| words::refusal(tr, r)),
        endorse,
        reason: outcome.reason,
        message: outcome.message,
        may_endorse: said(tr, r.may_endorse.map(|_| ())),
        may_decline: said(tr, r.may_decline),
        may_return: said(tr, r.may_return),
        may_take_back: said(tr, r.may_take_back),
        is_endorsed: app.stage.awaits_forwarding(),
        in_its_hands: app.stage.is_with_natcom(),
        used: r.used,
        quota: r.call.endorsement_quota,
        deadline: tr.deadline(&r.deadlines.natcom),
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    application_page(&ctx, &mut visit, id, Outcome::default()).await
}

fn back_to(id: i64) -> Response {
    Redirect::to(&format!("/natcom/applications/{id}")).into_response()
}

/// The answer to an action on one application: back to its page when done; the page
/// again, with what went wrong, when not.
async fn answered(
    ctx: &Ctx,
    visit: &mut Visit,
    id: i64,
    done: Result<(), app::Error>,
    outcome: impl FnOnce(Option<Refusal>) -> Outcome,
) -> Result<Response, Error> {
    match done {
        Ok(()) => Ok(back_to(id)),
        Err(app::Error::Refused(r)) => {
            let page = application_page(ctx, visit, id, outcome(Some(r))).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

async fn invalid(
    ctx: &Ctx,
    visit: &mut Visit,
    id: i64,
    outcome: Outcome,
) -> Result<Response, Error> {
    let page = application_page(ctx, visit, id, outcome).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

/// Endorse a submitted application, or complete an endorsed one's Part 2 and signed PDF.
pub async fn endorse(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    part2_form(&state, &ctx, id, input, true).await
}

/// Saves Part 2 without deciding (`POST /natcom/applications/{id}/part2`).
pub async fn save_part2(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    part2_form(&state, &ctx, id, input, false).await
}

/// The Part 2 form, sent to endorse (`endorse`) or only to save it.
async fn part2_form(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    mut input: FormData,
    endorse: bool,
) -> Result<Response, Error> {
    let typed = Part2Typed {
        officer_name: input.text("officer_name").to_owned(),
        officer_title: input.text("officer_title").to_owned(),
        note: input.text("note").to_owned(),
    };
    let mut visit = ctx.visit(state).await?;
    if let Some((_, filename)) = input.cut_off_file() {
        let mut issues = Issues::default();
        issues.add(
            "signed_endorsement",
            app::Issue::FormTooLarge {
                filename: crate::domain::document::clean_filename(filename),
            },
        );
        let outcome = Outcome {
            issues,
            endorse: Some(typed),
            ..Outcome::default()
        };
        let page = application_page(ctx, &mut visit, id, outcome).await?;
        return Ok((StatusCode::PAYLOAD_TOO_LARGE, page).into_response());
    }
    let signed = input
        .take_documents()
        .into_iter()
        .find(|file| file.kind == DocumentKind::Endorsement);
    let part2 = match Part2Input::parse(&typed, signed) {
        Ok(part2) => part2,
        Err(issues) => {
            let outcome = Outcome {
                issues,
                endorse: Some(typed),
                ..Outcome::default()
            };
            return invalid(ctx, &mut visit, id, outcome).await;
        }
    };
    let done = if endorse {
        usecase::endorse(state.app(), &mut visit, id, part2).await
    } else {
        usecase::save_part2(state.app(), &mut visit, id, part2).await
    };
    match done {
        Err(app::Rejected::Invalid(issues)) => {
            let outcome = Outcome {
                issues,
                endorse: Some(typed),
                ..Outcome::default()
            };
            invalid(ctx, &mut visit, id, outcome).await
        }
        Err(app::Rejected::Failed(e)) => {
            answered(ctx, &mut visit, id, Err(e), |refusal| Outcome {
                refusal,
                endorse: Some(typed),
                ..Outcome::default()
            })
            .await
        }
        Ok(()) => Ok(back_to(id)),
    }
}

pub async fn decline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let typed = input.text("reason").to_owned();
    let mut visit = ctx.visit(&state).await?;
    let reason = match usecase::text_for_city("reason", &typed) {
        Ok(reason) => reason,
        Err(issues) => {
            let outcome = Outcome {
                issues,
                reason: typed,
                ..Outcome::default()
            };
            return invalid(&ctx, &mut visit, id, outcome).await;
        }
    };
    let done = usecase::decline(state.app(), &mut visit, id, reason).await;
    answered(&ctx, &mut visit, id, done, |refusal| Outcome {
        refusal,
        reason: typed,
        ..Outcome::default()
    })
    .await
}

#[derive(Template)]
#[template(path = "natcom/returned.html")]
struct ReturnedPage {
    layout: Layout,
    city: String,
    mailed_to: Vec<String>,
    /// `mailed_to` as the language lists names.
    mailed_to_list: String,
}

/// Return to the city, with a message; the answer confirms which city and where its mail
/// went.
pub async fn return_to_city(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let typed = input.text("message").to_owned();
    let mut visit = ctx.visit(&state).await?;
    let message = match usecase::text_for_city("message", &typed) {
        Ok(message) => message,
        Err(issues) => {
            let outcome = Outcome {
                issues,
                message: typed,
                ..Outcome::default()
            };
            return invalid(&ctx, &mut visit, id, outcome).await;
        }
    };
    match usecase::return_to_city(state.app(), &mut visit, id, message).await {
        Ok(returned) => Ok(render(&ReturnedPage {
            mailed_to_list: listed(ctx.tr(visit.user.as_ref()), &returned.mailed_to),
            layout: ctx.layout(&visit),
            city: returned.city,
            mailed_to: returned.mailed_to,
        })?
        .into_response()),
        Err(e) => {
            answered(&ctx, &mut visit, id, Err(e), |refusal| Outcome {
                refusal,
                message: typed,
                ..Outcome::default()
            })
            .await
        }
    }
}

/// Takes back an endorsement or a decline.
pub async fn take_back(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    _input: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let done = usecase::take_back(state.app(), &mut visit, id).await;
    answered(&ctx, &mut visit, id, done, |refusal| Outcome {
        refusal,
        ..Outcome::default()
    })
    .await
}

// ---------- submission to UIL ----------

/// Submits every endorsed application whose Part 2 is complete; the dashboard then names
/// those sent and those held back.
pub async fn submit_to_uil(
    State(state): State<AppState>,
    ctx: Ctx,
    _input: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    match usecase::submit_to_uil(state.app(), &mut visit).await {
        Ok(result) => {
            let query = serde_urlencoded::to_string([
                ("sent", cities_query(&result.sent)),
                ("held", cities_query(&result.held)),
            ])
            .unwrap_or_default();
            Ok(Redirect::to(&format!("/natcom?{query}")).into_response())
        }
        Err(app::Error::Refused(refusal)) => {
            let tr = ctx.tr(visit.user.as_ref());
            let page = MessagePage {
                layout: ctx.layout(&visit),
                title: tr.t("natcom-nothing-submitted-title"),
                paragraphs: vec![words::refusal(tr, &refusal)],
                link: Some(("/natcom", tr.t("natcom-back-to-applications"))),
            };
            Ok((StatusCode::CONFLICT, render(&page)?).into_response())
        }
        Err(e) => Err(ctx.fail(e)),
    }
}
