//! The National Commission's pages: its Member State's submitted applications, endorsing at
//! most `endorsement_quota` of them, declining, returning, and submitting to UIL.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use sqlx::PgConnection;

use super::forms::FormErrors;
use super::session::{Ctx, Visitor};
use super::upload::FormData;
use super::views::{
    AnswerGroup, MailLogRow, TimelineRow, answer_groups, mail_log, timeline_rows, when,
};
use super::{AppState, Layout, render};
use crate::db;
use crate::db::applications::{Application, CountryRow};
use crate::db::documents::{DocumentInfo, DocumentKind};
use crate::db::users::User;
use crate::domain::access::{Area, may_view};
use crate::domain::call::current_call;
use crate::domain::stage::{Refusal, check_quota, decide};
use crate::domain::{Action, Call, Deadlines, Role, Stage};
use crate::error::Error;
use crate::mail::messages::{self, CityEvent, Lang};

fn country_of(user: &User) -> Result<&str, Error> {
    user.country
        .as_deref()
        .ok_or_else(|| Error::Internal(format!("natcom account {} without a country", user.id)))
}

/// One of the National Commission's own applications, or 404.
async fn own_country_application(
    conn: &mut PgConnection,
    user: &User,
    id: i64,
    lock: bool,
) -> Result<Application, Error> {
    let app = db::applications::load(conn, id, lock).await?;
    app.filter(|a| may_view(&user.viewer(), &a.visibility()))
        .ok_or(Error::NotFound)
}

/// "12 days left", "last day", or "closed".
fn time_left(deadline: &crate::domain::ZonedDay, now: DateTime<Utc>) -> String {
    if deadline.is_still_open_at(now) {
        super::public::days(deadline.days_left(now))
    } else {
        "closed".into()
    }
}

// ---------- the dashboard ----------

#[derive(Debug, Default, Deserialize)]
pub struct DashboardQuery {
    /// How many applications were just submitted to UIL.
    #[serde(default)]
    sent: Option<usize>,
    /// Endorsed applications held back for want of a signed endorsement, by id.
    #[serde(default)]
    held: Option<String>,
}

struct Row {
    id: i64,
    city: String,
    stage: &'static str,
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
    sent: Option<usize>,
    held: Vec<String>,
}

/// A Member State's applications in a call, with its deadlines there: what the National
/// Commission's dashboard shows, kept for a second (`Shared::country_lists`).
pub(crate) struct CountryApplications {
    deadlines: Deadlines,
    apps: Vec<CountryRow>,
}

impl CountryApplications {
    async fn read(
        conn: &mut PgConnection,
        call: &Call,
        country: &str,
    ) -> Result<CountryApplications, Error> {
        Ok(CountryApplications {
            deadlines: db::applications::country_deadlines(conn, call, country).await?,
            apps: db::applications::for_country(conn, call.id, country).await?,
        })
    }
}

pub async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<DashboardQuery>,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::NationalCommission)?;
    let country = country_of(user)?;
    // Acting on an application reads its call again.
    let states = state.member_states().await?;
    let calls = state.recent_calls().await?;
    let Some(call) = current_call(&calls, ctx.now) else {
        return Ok(super::account::MessagePage {
            layout: ctx.layout(),
            title: "No call for applications at the moment",
            paragraphs: vec!["When UIL opens the next call, its applications appear here.".into()],
            link: None,
        }
        .render()
        .map(Html)?
        .into_response());
    };
    let country_name = states
        .by_code(country)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let kept = state
        .country_lists
        .get_or_read((call.id, country.to_owned()), || async {
            let mut conn = state.db.acquire().await?;
            CountryApplications::read(&mut conn, call, country).await
        })
        .await?;
    let CountryApplications { deadlines, apps } = &*kept;
    // Only submission takes an application out of draft, so these rows are all that can
    // use an endorsement; endorsing counts them again in its transaction.
    let used = apps
        .iter()
        .filter(|a| a.stage.counts_toward_quota())
        .count() as i64;
    let held_ids: Vec<i64> = q
        .held
        .unwrap_or_default()
        .split(',')
        .filter_map(|id| id.parse().ok())
        .collect();
    let page = DashboardPage {
        layout: ctx.layout(),
        country_name,
        call_title: call.title.clone(),
        deadline: deadlines.natcom.deadline_label(),
        extended: deadlines.natcom.date != call.natcom_deadline,
        left: time_left(&deadlines.natcom, ctx.now),
        open: deadlines.natcom.is_still_open_at(ctx.now),
        used,
        quota: call.endorsement_quota,
        to_decide: apps.iter().filter(|a| a.stage == Stage::Submitted).count(),
        ready: endorsed(apps, true),
        unsigned: endorsed(apps, false),
        held: apps
            .iter()
            .filter(|a| held_ids.contains(&a.id))
            .map(|a| a.city_name.clone())
            .collect(),
        sent: q.sent,
        rows: apps
            .iter()
            .map(|a| Row {
                id: a.id,
                city: a.city_name.clone(),
                stage: a.stage.label(),
                submitted: a.submitted_at.map(when).unwrap_or_default(),
                signed: a.has_signed_endorsement,
                needs_decision: a.stage == Stage::Submitted,
                endorsed: a.stage == Stage::Endorsed,
            })
            .collect(),
    };
    Ok(render(&page)?.into_response())
}

/// The cities endorsed and not yet sent to UIL, with (`signed`) or without their signed
/// endorsement.
fn endorsed(apps: &[CountryRow], signed: bool) -> Vec<String> {
    apps.iter()
        .filter(|a| a.stage == Stage::Endorsed && a.has_signed_endorsement == signed)
        .map(|a| a.city_name.clone())
        .collect()
}

// ---------- one application ----------

#[derive(Debug, Default, Clone)]
struct EndorseForm {
    officer_name: String,
    officer_title: String,
    note: String,
}

#[derive(Template)]
#[template(path = "natcom/application.html")]
struct ApplicationPage {
    layout: Layout,
    id: i64,
    city: String,
    country: String,
    stage: &'static str,
    submitted: String,
    groups: Vec<AnswerGroup>,
    documents: Vec<DocumentInfo>,
    timeline: Vec<TimelineRow>,
    mails: Vec<MailLogRow>,
    errors: FormErrors,
    /// Why the last action was refused.
    refusal: Option<String>,
    endorse: EndorseForm,
    reason: String,
    message: String,
    /// For each action: None when allowed, or why not.
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

fn allowed(
    app: &Application,
    action: Action,
    now: DateTime<Utc>,
    d: &Deadlines,
) -> Result<(), String> {
    decide(app.stage, action, Role::Natcom, now, d)
        .map(|_| ())
        .map_err(|r| r.to_string())
}

/// What a refused or mistaken action sends back to the page.
#[derive(Default)]
struct Outcome {
    errors: FormErrors,
    refusal: Option<String>,
    endorse: EndorseForm,
    reason: String,
    message: String,
}

async fn application_page(
    conn: &mut PgConnection,
    ctx: &Ctx,
    app: &Application,
    outcome: Outcome,
) -> Result<Html<String>, Error> {
    let (call, deadlines) = db::applications::call_and_deadlines(conn, app).await?;
    let documents = db::documents::list(conn, app.id).await?;
    let timeline = timeline_rows(db::applications::timeline(conn, app.id).await?);
    let used = db::applications::endorsements_used(conn, call.id, &app.answers.country).await?;
    let now = ctx.now;
    let endorse = if outcome.endorse.officer_name.is_empty() && outcome.errors.is_empty() {
        EndorseForm {
            officer_name: app.officer_name.clone().unwrap_or_default(),
            officer_title: app.officer_title.clone().unwrap_or_default(),
            note: app.endorsement_note.clone().unwrap_or_default(),
        }
    } else {
        outcome.endorse
    };
    let may_endorse = match app.stage {
        // An endorsed application's details and signed PDF may be completed until it is sent.
        Stage::Endorsed if deadlines.natcom.is_still_open_at(now) => Ok(()),
        Stage::Endorsed => Err(Refusal::NatcomDeadlinePassed {
            closed: deadlines.natcom,
        }
        .to_string()),
        _ => allowed(app, Action::Endorse, now, &deadlines)
            .and_then(|()| check_quota(used, call.endorsement_quota).map_err(|r| r.to_string())),
    };
    render(&ApplicationPage {
        layout: ctx.layout(),
        id: app.id,
        city: app.answers.city_name.clone(),
        country: app.country_name.clone(),
        stage: app.stage.label(),
        submitted: app.submitted_at.map(when).unwrap_or_default(),
        groups: answer_groups(&app.answers, &app.country_name),
        signed: documents
            .iter()
            .any(|d| d.kind == DocumentKind::Endorsement),
        documents,
        timeline,
        mails: mail_log(db::outbox::for_application(conn, app.id).await?),
        errors: outcome.errors,
        refusal: outcome.refusal,
        endorse,
        reason: outcome.reason,
        message: outcome.message,
        may_endorse,
        may_decline: allowed(app, Action::Decline, now, &deadlines),
        may_return: allowed(app, Action::Return, now, &deadlines),
        may_take_back: allowed(app, Action::TakeBack, now, &deadlines),
        is_endorsed: app.stage == Stage::Endorsed,
        in_its_hands: matches!(
            app.stage,
            Stage::Submitted | Stage::Endorsed | Stage::Declined
        ),
        used,
        quota: call.endorsement_quota,
        deadline: deadlines.natcom.deadline_label(),
    })
}

pub async fn show(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    let (mut conn, ctx) = visitor.connect(&state.db).await?;
    let user = ctx.entering(Area::NationalCommission)?;
    let app = own_country_application(&mut conn, user, id, false).await?;
    application_page(&mut conn, &ctx, &app, Outcome::default()).await
}

/// Shows the page again with what went wrong. It takes the abandoned transaction, to end it
/// before reading with another connection: a handler must never hold two connections, or
/// a burst of refusals could exhaust the pool.
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
    let mut conn = state.db.acquire().await?;
    let app = own_country_application(&mut conn, user, id, false).await?;
    let page = application_page(&mut conn, ctx, &app, outcome).await?;
    Ok((status, page).into_response())
}

fn back_to(id: i64) -> Response {
    Redirect::to(&format!("/natcom/applications/{id}")).into_response()
}

/// Tells the city, in its language, how its application moved.
pub(crate) async fn tell_city(
    state: &AppState,
    conn: &mut PgConnection,
    app: &Application,
    event: CityEvent<'_>,
) -> Result<(), Error> {
    let link = state.mailer.link(&format!("/applications/{}", app.id));
    let lang = Lang::of(app.answers.language.as_deref());
    for to in db::applications::city_addresses(conn, app).await? {
        let mail = messages::to_city(
            &to,
            app.id,
            &app.answers.city_name,
            &app.country_name,
            &event,
            lang,
            &link,
        )?;
        state.mailer.queue(conn, &mail).await?;
    }
    Ok(())
}

/// Checks and stores a signed endorsement, if one was sent.
async fn store_signed_endorsement(
    conn: &mut PgConnection,
    app: &Application,
    user: &User,
    input: &FormData,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    if let Some(file) = input.files.iter().find(|f| f.field == "signed_endorsement") {
        db::documents::store(
            conn,
            app.id,
            DocumentKind::Endorsement,
            &file.clean_filename(),
            &file.content,
            user.id,
            now,
        )
        .await?;
        db::applications::add_event(
            conn,
            app.id,
            Some(user.id),
            Some(app.stage),
            app.stage,
            Some("Signed endorsement uploaded"),
            now,
        )
        .await?;
    }
    Ok(())
}

/// Endorse a submitted application, or complete an endorsed one's details and signed PDF.
pub async fn endorse(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::NationalCommission)?;
    let form = EndorseForm {
        officer_name: input.text("officer_name").trim().to_owned(),
        officer_title: input.text("officer_title").trim().to_owned(),
        note: input.text("note").trim().to_owned(),
    };
    let mut errors = FormErrors::default();
    if form.officer_name.is_empty() {
        errors.add(
            "officer_name",
            "Enter the name of the officer who signs the endorsement",
        );
    } else if form.officer_name.chars().count() > 200 {
        errors.add("officer_name", "The name must be 200 characters or fewer");
    }
    if form.officer_title.is_empty() {
        errors.add(
            "officer_title",
            "Enter the title of the officer who signs the endorsement",
        );
    } else if form.officer_title.chars().count() > 300 {
        errors.add("officer_title", "The title must be 300 characters or fewer");
    }
    if form.note.chars().count() > 5000 {
        errors.add("note", "The note must be 5,000 characters or fewer");
    }
    if let Some(file) = input.files.iter().find(|f| f.field == "signed_endorsement") {
        if file.too_large {
            errors.add(
                "signed_endorsement",
                format!(
                    "{}: The selected file must be 10 MB or smaller",
                    file.clean_filename()
                ),
            );
        } else if !file.is_pdf() {
            errors.add(
                "signed_endorsement",
                format!("{}: The selected file must be a PDF", file.clean_filename()),
            );
        }
    }
    if !errors.is_empty() {
        let outcome = Outcome {
            errors,
            endorse: form,
            ..Outcome::default()
        };
        return refused(
            (),
            &state,
            &ctx,
            id,
            StatusCode::UNPROCESSABLE_ENTITY,
            outcome,
        )
        .await;
    }

    let mut tx = state.db.begin().await?;
    let app = own_country_application(&mut tx, user, id, true).await?;
    let (call, deadlines) = db::applications::call_and_deadlines(&mut tx, &app).await?;
    let refusal = |r: Refusal| Outcome {
        refusal: Some(r.to_string()),
        endorse: form.clone(),
        ..Outcome::default()
    };
    let newly_endorsed = match app.stage {
        Stage::Endorsed if deadlines.natcom.is_still_open_at(ctx.now) => false,
        Stage::Endorsed => {
            let r = Refusal::NatcomDeadlinePassed {
                closed: deadlines.natcom,
            };
            return refused(tx, &state, &ctx, id, StatusCode::CONFLICT, refusal(r)).await;
        }
        _ => {
            let to = match decide(
                app.stage,
                Action::Endorse,
                Role::Natcom,
                ctx.now,
                &deadlines,
            ) {
                Ok(to) => to,
                Err(r) => {
                    return refused(tx, &state, &ctx, id, StatusCode::CONFLICT, refusal(r)).await;
                }
            };
            let used =
                db::applications::endorsements_used(&mut tx, call.id, &app.answers.country).await?;
            if let Err(r) = check_quota(used, call.endorsement_quota) {
                return refused(tx, &state, &ctx, id, StatusCode::CONFLICT, refusal(r)).await;
            }
            let note = (!form.note.is_empty()).then_some(form.note.as_str());
            match db::applications::move_to(
                &mut tx,
                &app,
                Action::Endorse,
                to,
                user.id,
                note,
                ctx.now,
            )
            .await
            {
                // Another endorsement of the same Member State won the race for the last place.
                Err(e) if e.violates("endorsement_quota") => {
                    let r = Refusal::QuotaReached {
                        quota: call.endorsement_quota,
                    };
                    return refused(tx, &state, &ctx, id, StatusCode::CONFLICT, refusal(r)).await;
                }
                other => other?,
            }
            true
        }
    };
    let note = (!form.note.is_empty()).then_some(form.note.as_str());
    db::applications::set_endorsement(
        &mut tx,
        id,
        &form.officer_name,
        &form.officer_title,
        note,
        ctx.now,
    )
    .await?;
    store_signed_endorsement(&mut tx, &app, user, &input, ctx.now).await?;
    if newly_endorsed {
        let event = CityEvent::Endorsed {
            note,
            natcom_deadline: &deadlines.natcom,
        };
        tell_city(&state, &mut tx, &app, event).await?;
    }
    tx.commit().await?;
    Ok(back_to(id))
}

/// Decline (with a reason for the city) or return to the city (with a message): both a
/// transition with a required text that the city reads.
async fn with_text(
    state: AppState,
    ctx: Ctx,
    id: i64,
    input: FormData,
    action: Action,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::NationalCommission)?;
    let (field, missing) = match action {
        Action::Decline => (
            "reason",
            "Enter the reason for declining: the city reads it",
        ),
        _ => (
            "message",
            "Enter a message saying what the city should change",
        ),
    };
    let text = input.text(field).trim().to_owned();
    let outcome = |errors: FormErrors, refusal: Option<String>| Outcome {
        errors,
        refusal,
        reason: if action == Action::Decline {
            text.clone()
        } else {
            String::new()
        },
        message: if action == Action::Return {
            text.clone()
        } else {
            String::new()
        },
        ..Outcome::default()
    };
    let mut errors = FormErrors::default();
    if text.is_empty() {
        errors.add(field, missing);
    } else if text.chars().count() > 5000 {
        errors.add(field, "5,000 characters or fewer, please");
    }
    if !errors.is_empty() {
        return refused(
            (),
            &state,
            &ctx,
            id,
            StatusCode::UNPROCESSABLE_ENTITY,
            outcome(errors, None),
        )
        .await;
    }
    let mut tx = state.db.begin().await?;
    let app = own_country_application(&mut tx, user, id, true).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(&mut tx, &app).await?;
    let to = match decide(app.stage, action, Role::Natcom, ctx.now, &deadlines) {
        Ok(to) => to,
        Err(r) => {
            let outcome = outcome(FormErrors::default(), Some(r.to_string()));
            return refused(tx, &state, &ctx, id, StatusCode::CONFLICT, outcome).await;
        }
    };
    db::applications::move_to(&mut tx, &app, action, to, user.id, Some(&text), ctx.now).await?;
    let event = match action {
        Action::Decline => CityEvent::Declined { reason: &text },
        _ => CityEvent::Returned {
            message: &text,
            city_deadline: &deadlines.city,
        },
    };
    tell_city(&state, &mut tx, &app, event).await?;
    tx.commit().await?;
    Ok(match action {
        Action::Return => Redirect::to("/natcom").into_response(),
        _ => back_to(id),
    })
}

pub async fn decline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    with_text(state, ctx, id, input, Action::Decline).await
}

pub async fn return_to_city(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    with_text(state, ctx, id, input, Action::Return).await
}

/// Takes back an endorsement or a decline: the application is submitted again, undecided,
/// and an endorsement's place is free.
pub async fn take_back(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::NationalCommission)?;
    let _ = input;
    let mut tx = state.db.begin().await?;
    let app = own_country_application(&mut tx, user, id, true).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(&mut tx, &app).await?;
    let to = match decide(
        app.stage,
        Action::TakeBack,
        Role::Natcom,
        ctx.now,
        &deadlines,
    ) {
        Ok(to) => to,
        Err(r) => {
            let outcome = Outcome {
                refusal: Some(r.to_string()),
                ..Outcome::default()
            };
            return refused(tx, &state, &ctx, id, StatusCode::CONFLICT, outcome).await;
        }
    };
    db::applications::move_to(&mut tx, &app, Action::TakeBack, to, user.id, None, ctx.now).await?;
    let event = CityEvent::Reopened {
        natcom_deadline: &deadlines.natcom,
    };
    tell_city(&state, &mut tx, &app, event).await?;
    tx.commit().await?;
    Ok(back_to(id))
}

// ---------- submission to UIL ----------

/// Submits every endorsed application of the Member State that has its signed
/// endorsement, in one transaction; those without one stay, and the page names them.
pub async fn submit_to_uil(
    State(state): State<AppState>,
    ctx: Ctx,
    input: FormData,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::NationalCommission)?;
    let _ = input;
    let country = country_of(user)?.to_owned();
    let calls = db::calls::all(&state.db).await?;
    let call: Call = current_call(&calls, ctx.now)
        .cloned()
        .ok_or(Error::NotFound)?;
    let mut tx = state.db.begin().await?;
    let deadlines = db::applications::country_deadlines(&mut tx, &call, &country).await?;
    if !deadlines.natcom.is_still_open_at(ctx.now) {
        drop(tx);
        let refusal = Refusal::NatcomDeadlinePassed {
            closed: deadlines.natcom,
        };
        let page = super::account::MessagePage {
            layout: ctx.layout(),
            title: "Nothing was submitted to UIL",
            paragraphs: vec![refusal.to_string()],
            link: Some(("/natcom", "Back to your applications")),
        };
        return Ok((StatusCode::CONFLICT, render(&page)?).into_response());
    }
    let endorsed = db::applications::lock_endorsed(&mut tx, call.id, &country).await?;
    let mut sent = Vec::new();
    let mut held = Vec::new();
    for id in endorsed {
        let app = db::applications::find(&mut tx, id)
            .await?
            .ok_or(Error::NotFound)?;
        let docs = db::documents::list(&mut tx, id).await?;
        if !docs.iter().any(|d| d.kind == DocumentKind::Endorsement) || app.officer_name.is_none() {
            held.push(id);
            continue;
        }
        let to = match decide(
            app.stage,
            Action::Forward,
            Role::Natcom,
            ctx.now,
            &deadlines,
        ) {
            Ok(to) => to,
            Err(r) => {
                drop(tx);
                let page = super::account::MessagePage {
                    layout: ctx.layout(),
                    title: "Nothing was submitted to UIL",
                    paragraphs: vec![r.to_string()],
                    link: Some(("/natcom", "Back to your applications")),
                };
                return Ok((StatusCode::CONFLICT, render(&page)?).into_response());
            }
        };
        db::applications::move_to(&mut tx, &app, Action::Forward, to, user.id, None, ctx.now)
            .await?;
        tell_city(&state, &mut tx, &app, CityEvent::Forwarded).await?;
        sent.push(app);
    }
    if !sent.is_empty() {
        let cities: Vec<String> = sent.iter().map(|a| a.answers.city_name.clone()).collect();
        let link = state.mailer.link("/uil");
        for to in db::applications::addresses_of_role(&mut tx, Role::UilAdmin).await? {
            let mail = messages::uil_submissions(&to, &sent[0].country_name, &cities, &link)?;
            state.mailer.queue(&mut tx, &mail).await?;
        }
    }
    tx.commit().await?;
    let held = held
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    Ok(Redirect::to(&format!("/natcom?sent={}&held={held}", sent.len())).into_response())
}
