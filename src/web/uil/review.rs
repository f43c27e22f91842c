//! What reached UIL: the list with its filters and counts, one application with its
//! review, assessments and UIL's decision.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Datelike;
use sqlx::PgConnection;

use super::FilterQuery;
use crate::db;
use crate::db::applications::Application;
use crate::db::assessments::{Assessment, CRITERIA};
use crate::db::documents::{DocumentInfo, DocumentKind};
use crate::db::listing::Listing;
use crate::db::users::User;
use crate::domain::access::{Area, may_view};
use crate::domain::stage::decide;
use crate::domain::{Action, Call, REGIONS, Role, Stage};
use crate::error::Error;
use crate::mail::messages::{self, CityEvent};
use crate::web::country_options::CountryOptions;
use crate::web::forms::FormErrors;
use crate::web::session::Ctx;
use crate::web::upload::FormData;
use crate::web::views::{
    AnswerGroup, Day, MailLogRow, OneDecimal, TimelineRow, answer_groups, mail_log, timeline_rows,
    when,
};
use crate::web::{AppState, Layout, render};

const PAGE_SIZE: u32 = 50;

/// The stages an application can have once it reached UIL.
const UIL_STAGES: [Stage; 5] = [
    Stage::Forwarded,
    Stage::UnderReview,
    Stage::Accepted,
    Stage::NotAccepted,
    Stage::Withdrawn,
];

/// A row of the list; its country's name and region are borrowed from the kept Member States.
struct ListRow<'a> {
    id: i64,
    city: &'a str,
    country: &'a str,
    region: &'a str,
    stage: &'static str,
    reached: Option<Day>,
    assessments: i64,
    average: Option<OneDecimal>,
}

/// One bar of the chart, laid out in SVG units.
struct Bar {
    label: String,
    count: i64,
    y: i64,
    width: i64,
}

const CHART_BAR_SPACE: i64 = 28;

fn bars(counts: &[(String, i64)]) -> Vec<Bar> {
    let max = counts.iter().map(|c| c.1).max().unwrap_or(1).max(1);
    counts
        .iter()
        .enumerate()
        .map(|(i, (label, count))| Bar {
            label: label.clone(),
            count: *count,
            y: i as i64 * CHART_BAR_SPACE,
            width: (count * 300 / max).max(2),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "uil/dashboard.html")]
struct DashboardPage<'a> {
    layout: Layout,
    is_admin: bool,
    q: FilterQuery,
    calls: Vec<(i64, String)>,
    regions: &'static [&'static str],
    countries: Arc<CountryOptions>,
    stages: Vec<(&'static str, &'static str)>,
    rows: Vec<ListRow<'a>>,
    total: i64,
    page: i64,
    pages: i64,
    query: String,
    region_counts: &'a [(String, i64)],
    stage_counts: Vec<(&'static str, i64)>,
    bars: Vec<Bar>,
    chart_height: i64,
    failed_mail: i64,
}

pub async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<FilterQuery>,
) -> Result<Html<String>, Error> {
    let user = ctx.entering(Area::Uil)?;
    let states = state.member_states().await?;
    let countries = state.country_options().await?;
    let calls = state.recent_calls().await?;
    let failed_mail = state.failed_mail().await?;
    let filter = q.filter();
    // Past the last page the list is empty; the bound keeps the offset a small number.
    let page = q.page.unwrap_or(1).clamp(1, 1_000_000);
    let listing = state
        .uil_lists
        .get_or_read((filter.clone(), page as u32), || async {
            let mut conn = state.db.acquire().await?;
            let offset = (page - 1) as u32 * PAGE_SIZE;
            Listing::read(&mut conn, &filter, PAGE_SIZE, offset).await
        })
        .await?;
    let counts = &listing.counts;
    let total = counts.total();
    let bars = bars(&counts.regions);
    render(&DashboardPage {
        layout: ctx.layout(),
        is_admin: user.role == Role::UilAdmin,
        // The newest call first.
        calls: calls
            .iter()
            .rev()
            .map(|c| (c.id, c.title.clone()))
            .collect(),
        regions: &REGIONS,
        countries,
        stages: UIL_STAGES.iter().map(|s| (s.as_str(), s.label())).collect(),
        rows: listing
            .rows
            .iter()
            .map(|r| {
                let state = states.by_code(&r.country);
                ListRow {
                    id: r.id,
                    city: &r.city_name,
                    country: state.map_or("", |s| s.name.as_str()),
                    region: state.map_or("", |s| s.region.as_str()),
                    stage: r.stage.label(),
                    reached: r.forwarded_at.map(Day),
                    assessments: r.assessments,
                    average: r.average.map(OneDecimal),
                }
            })
            .collect(),
        total,
        page,
        pages: (total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE),
        query: q.query(),
        chart_height: bars.len() as i64 * CHART_BAR_SPACE,
        bars,
        region_counts: &counts.regions,
        stage_counts: counts.stages.iter().map(|(s, n)| (s.label(), *n)).collect(),
        failed_mail,
        q,
    })
}

// ---------- one application ----------

/// An application that reached UIL, for a UIL user who may see it; otherwise 404.
async fn uil_application(
    conn: &mut PgConnection,
    user: &User,
    id: i64,
    lock: bool,
) -> Result<Application, Error> {
    let app = db::applications::load(conn, id, lock).await?;
    app.filter(|a| visible_at_uil(user, a))
        .ok_or(Error::NotFound)
}

fn visible_at_uil(user: &User, app: &Application) -> bool {
    app.forwarded_at.is_some() && may_view(&user.viewer(), &app.visibility())
}

/// Everything the page of one application shows that is the same for every UIL user: read
/// in one place, so that it can be kept (`Shared::uil_applications`).
pub(crate) struct ApplicationRecord {
    app: Application,
    call: Call,
    documents: Vec<DocumentInfo>,
    timeline: Vec<TimelineRow>,
    assessments: Vec<Assessment>,
    mails: Vec<MailLogRow>,
}

impl ApplicationRecord {
    /// `calls` are the kept calls (`Shared::recent_calls`): the call's deadlines only
    /// decide which buttons show; each action checks them again.
    async fn read(
        conn: &mut PgConnection,
        calls: &[Call],
        id: i64,
    ) -> Result<Option<ApplicationRecord>, Error> {
        // Only what reached UIL: nothing of a draft is read or kept here.
        let Some(app) = db::applications::find(conn, id)
            .await?
            .filter(|a| a.forwarded_at.is_some())
        else {
            return Ok(None);
        };
        let call = match calls.iter().find(|c| c.id == app.call_id) {
            Some(call) => call.clone(),
            // A call made in the last second by another server.
            None => db::calls::find(conn, app.call_id).await?,
        };
        Ok(Some(ApplicationRecord {
            documents: db::documents::list(conn, app.id).await?,
            timeline: timeline_rows(db::applications::timeline(conn, app.id).await?),
            assessments: db::assessments::for_application(conn, app.id).await?,
            mails: mail_log(db::outbox::for_application(conn, app.id).await?),
            call,
            app,
        }))
    }
}

struct AssessmentView {
    reviewer: String,
    scores: [i16; 5],
    average: String,
    comment: String,
    when: String,
}

impl From<&Assessment> for AssessmentView {
    fn from(a: &Assessment) -> Self {
        AssessmentView {
            reviewer: a.reviewer_name.clone(),
            scores: a.scores,
            average: OneDecimal(a.average()).to_string(),
            comment: a.comment.clone(),
            when: when(a.created_at),
        }
    }
}

#[derive(Template)]
#[template(path = "uil/application.html")]
struct ApplicationPage<'a> {
    layout: Layout,
    id: i64,
    city: String,
    country: String,
    stage: &'static str,
    reached: String,
    officer_name: String,
    officer_title: String,
    endorsement_note: String,
    endorsement_pdf: Option<&'a DocumentInfo>,
    decision_message: Option<String>,
    groups: Vec<AnswerGroup>,
    documents: &'a [DocumentInfo],
    timeline: &'a [TimelineRow],
    mails: &'a [MailLogRow],
    criteria: Vec<&'static str>,
    may_start_review: bool,
    may_assess: bool,
    may_decide: bool,
    is_admin: bool,
    own: Option<AssessmentView>,
    /// Others' assessments: shown once this reviewer has written theirs (always to admins).
    others: Vec<AssessmentView>,
    hidden_until_own: bool,
    averages: Vec<String>,
    overall: String,
    errors: FormErrors,
    /// The assessment form: (field name, criterion, value as typed or saved).
    score_fields: Vec<(&'static str, &'static str, String)>,
    form_comment: String,
    form_decision: String,
    form_message: String,
    refusal: Option<String>,
}

#[derive(Default)]
struct Outcome {
    errors: FormErrors,
    scores: [String; 5],
    comment: String,
    decision: String,
    message: String,
    refusal: Option<String>,
}

/// The page of one application, as `user` sees it.
fn application_page(
    ctx: &Ctx,
    user: &User,
    record: &ApplicationRecord,
    outcome: Outcome,
) -> Result<Html<String>, Error> {
    let ApplicationRecord {
        app,
        call,
        documents,
        timeline,
        assessments,
        mails,
    } = record;
    let is_admin = user.role == Role::UilAdmin;
    let own = assessments.iter().find(|a| a.reviewer_id == user.id);
    let sees_all = is_admin || own.is_some();
    let others: Vec<AssessmentView> = if sees_all {
        assessments
            .iter()
            .filter(|a| a.reviewer_id != user.id)
            .map(AssessmentView::from)
            .collect()
    } else {
        Vec::new()
    };
    let mean = |values: Vec<f64>| {
        if values.is_empty() {
            String::new()
        } else {
            OneDecimal(values.iter().sum::<f64>() / values.len() as f64).to_string()
        }
    };
    let averages = if sees_all {
        (0..5)
            .map(|i| mean(assessments.iter().map(|a| f64::from(a.scores[i])).collect()))
            .collect()
    } else {
        Vec::new()
    };
    let d = call.deadlines();
    let now = ctx.now;
    let own_view = own.map(AssessmentView::from);
    let form_scores = if outcome.errors.is_empty() {
        own.map(|a| a.scores.map(|s| s.to_string()))
            .unwrap_or_default()
    } else {
        outcome.scores
    };
    render(&ApplicationPage {
        layout: ctx.layout(),
        id: app.id,
        city: app.answers.city_name.clone(),
        country: app.country_name.clone(),
        stage: app.stage.label(),
        reached: app.forwarded_at.map(when).unwrap_or_default(),
        officer_name: app.officer_name.clone().unwrap_or_default(),
        officer_title: app.officer_title.clone().unwrap_or_default(),
        endorsement_note: app.endorsement_note.clone().unwrap_or_default(),
        endorsement_pdf: documents
            .iter()
            .find(|d| d.kind == DocumentKind::Endorsement),
        decision_message: app.decision_message.clone(),
        groups: answer_groups(&app.answers, &app.country_name),
        documents,
        timeline,
        mails,
        criteria: CRITERIA.iter().map(|c| c.1).collect(),
        may_start_review: decide(app.stage, Action::StartReview, user.role, now, &d).is_ok(),
        may_assess: app.stage == Stage::UnderReview,
        may_decide: decide(app.stage, Action::Accept, user.role, now, &d).is_ok(),
        is_admin,
        hidden_until_own: !sees_all && !assessments.is_empty(),
        overall: if sees_all {
            mean(assessments.iter().map(Assessment::average).collect())
        } else {
            String::new()
        },
        own: own_view,
        others,
        averages,
        errors: outcome.errors,
        score_fields: CRITERIA
            .iter()
            .zip(form_scores)
            .map(|((name, label), value)| (*name, *label, value))
            .collect(),
        form_comment: if outcome.comment.is_empty() {
            own.map(|a| a.comment.clone()).unwrap_or_default()
        } else {
            outcome.comment
        },
        form_decision: outcome.decision,
        form_message: outcome.message,
        refusal: outcome.refusal,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    let user = ctx.entering(Area::Uil)?;
    let calls = state.recent_calls().await?;
    let record = state
        .uil_applications
        .get_or_read(id, || async {
            let mut conn = state.db.acquire().await?;
            ApplicationRecord::read(&mut conn, &calls, id).await
        })
        .await?;
    let record = Option::as_ref(&record)
        .filter(|r| visible_at_uil(user, &r.app))
        .ok_or(Error::NotFound)?;
    application_page(&ctx, user, record, Outcome::default())
}

/// Shows the application again with what went wrong, the abandoned transaction ended
/// first, as it is now in the database.
async fn refused<T>(
    tx: T,
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    status: StatusCode,
    outcome: Outcome,
) -> Result<Response, Error> {
    drop(tx);
    let user = ctx.signed_in()?;
    let calls = state.recent_calls().await?;
    let mut conn = state.db.acquire().await?;
    let record = ApplicationRecord::read(&mut conn, &calls, id)
        .await?
        .filter(|r| visible_at_uil(user, &r.app))
        .ok_or(Error::NotFound)?;
    drop(conn);
    Ok((status, application_page(ctx, user, &record, outcome)?).into_response())
}

fn back_to(id: i64) -> Response {
    Redirect::to(&format!("/uil/applications/{id}")).into_response()
}

pub async fn start_review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    _form: FormData,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::Uil)?;
    let mut tx = state.db.begin().await?;
    let app = uil_application(&mut tx, user, id, true).await?;
    let call = db::calls::find(&mut tx, app.call_id).await?;
    match decide(
        app.stage,
        Action::StartReview,
        user.role,
        ctx.now,
        &call.deadlines(),
    ) {
        Ok(to) => {
            db::applications::move_to(
                &mut tx,
                &app,
                Action::StartReview,
                to,
                user.id,
                None,
                ctx.now,
            )
            .await?;
            tx.commit().await?;
            Ok(back_to(id))
        }
        Err(r) => {
            refused(
                tx,
                &state,
                &ctx,
                id,
                StatusCode::CONFLICT,
                Outcome {
                    refusal: Some(r.to_string()),
                    ..Outcome::default()
                },
            )
            .await
        }
    }
}

pub async fn assess(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::Uil)?;
    let mut errors = FormErrors::default();
    let typed: [String; 5] = CRITERIA.map(|(name, _)| input.text(name).trim().to_owned());
    let mut scores = [0i16; 5];
    for (i, (name, label)) in CRITERIA.iter().enumerate() {
        match typed[i].parse::<i16>() {
            Ok(s) if (1..=5).contains(&s) => scores[i] = s,
            _ => errors.add(name, format!("Give a score from 1 to 5 for: {label}")),
        }
    }
    let comment = input.text("comment").trim().to_owned();
    if comment.chars().count() > 5000 {
        errors.add("comment", "The comment must be 5,000 characters or fewer");
    }
    if !errors.is_empty() {
        return refused(
            (),
            &state,
            &ctx,
            id,
            StatusCode::UNPROCESSABLE_ENTITY,
            Outcome {
                errors,
                scores: typed,
                comment,
                ..Outcome::default()
            },
        )
        .await;
    }
    let mut tx = state.db.begin().await?;
    let app = uil_application(&mut tx, user, id, true).await?;
    if app.stage != Stage::UnderReview {
        let why = if app.stage == Stage::Forwarded {
            "Start the review before assessing the application.".to_owned()
        } else {
            format!(
                "The application is {}: assessments are closed.",
                app.stage.label().to_lowercase()
            )
        };
        return refused(
            tx,
            &state,
            &ctx,
            id,
            StatusCode::CONFLICT,
            Outcome {
                refusal: Some(why),
                scores: typed,
                comment,
                ..Outcome::default()
            },
        )
        .await;
    }
    db::assessments::save(&mut tx, id, user.id, scores, &comment, ctx.now).await?;
    tx.commit().await?;
    Ok(back_to(id))
}

/// UIL's decision: accepted (the city joins the member directory with the year) or not
/// accepted, with a message; the city and its National Commission are told.
pub async fn decide_application(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::UilAdmin)?;
    let decision = input.text("decision").to_owned();
    let message = input.text("message").trim().to_owned();
    let mut errors = FormErrors::default();
    let action = match decision.as_str() {
        "accepted" => Some(Action::Accept),
        "not_accepted" => Some(Action::NotAccept),
        _ => {
            errors.add("decision", "Choose whether the city is accepted");
            None
        }
    };
    if message.is_empty() {
        errors.add("message", "Enter a message for the city");
    } else if message.chars().count() > 5000 {
        errors.add("message", "The message must be 5,000 characters or fewer");
    }
    let outcome = |errors: FormErrors, refusal: Option<String>| Outcome {
        errors,
        refusal,
        decision: decision.clone(),
        message: message.clone(),
        ..Outcome::default()
    };
    let Some(action) = action.filter(|_| errors.is_empty()) else {
        return refused(
            (),
            &state,
            &ctx,
            id,
            StatusCode::UNPROCESSABLE_ENTITY,
            outcome(errors, None),
        )
        .await;
    };
    let mut tx = state.db.begin().await?;
    let app = uil_application(&mut tx, user, id, true).await?;
    let call = db::calls::find(&mut tx, app.call_id).await?;
    let to = match decide(app.stage, action, user.role, ctx.now, &call.deadlines()) {
        Ok(to) => to,
        Err(r) => {
            return refused(
                tx,
                &state,
                &ctx,
                id,
                StatusCode::CONFLICT,
                outcome(FormErrors::default(), Some(r.to_string())),
            )
            .await;
        }
    };
    db::applications::move_to(&mut tx, &app, action, to, user.id, Some(&message), ctx.now).await?;
    let accepted = action == Action::Accept;
    if accepted {
        let year = i16::try_from(ctx.now.year()).unwrap_or(i16::MAX);
        db::members::add_accepted(
            &mut tx,
            &app.answers.city_name,
            &app.answers.country,
            year,
            id,
        )
        .await?;
    }
    let event = if accepted {
        CityEvent::Accepted { message: &message }
    } else {
        CityEvent::NotAccepted { message: &message }
    };
    crate::web::natcom::tell_city(&state, &mut tx, &app, event).await?;
    let natcom_link = state.mailer.link(&format!("/natcom/applications/{id}"));
    for to in db::applications::natcom_addresses(&mut tx, &app.answers.country).await? {
        let mail = messages::uil_decision_to_natcom(
            &to,
            id,
            &app.answers.city_name,
            accepted,
            &message,
            &natcom_link,
        )?;
        state.mailer.queue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    Ok(back_to(id))
}
