//! `/uil/extensions`: a later deadline for one application (city stage) or one Member
//! State (National Commission stage), with a reason, recorded (SPEC §2).

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::NaiveDate;

use crate::db;
use crate::db::extensions::Target;
use crate::domain::access::Area;
use crate::domain::call::current_call;
use crate::domain::{Stage, ZonedDay};
use crate::error::Error;
use crate::web::account::unprocessable;
use crate::web::country_options::CountryOptions;
use crate::web::forms::FormErrors;
use crate::web::session::Ctx;
use crate::web::upload::FormData;
use crate::web::views::when;
use crate::web::{AppState, Layout, render};

struct Row {
    what: String,
    call: String,
    until: String,
    reason: String,
    by: String,
    at: String,
}

#[derive(Debug, Default)]
struct ExtensionForm {
    kind: String,
    application: String,
    country: String,
    new_deadline: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "uil/extensions.html")]
struct ExtensionsPage {
    layout: Layout,
    rows: Vec<Row>,
    countries: Arc<CountryOptions>,
    form: ExtensionForm,
    errors: FormErrors,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    form: ExtensionForm,
    errors: FormErrors,
) -> Result<Html<String>, Error> {
    let countries = state.country_options().await?;
    let rows = db::extensions::all(&mut *state.db.acquire().await?).await?;
    render(&ExtensionsPage {
        layout: ctx.layout(),
        rows: rows
            .into_iter()
            .map(|e| Row {
                what: e.what,
                call: e.call_title,
                until: e.new_deadline.format("%-d %B %Y").to_string(),
                reason: e.reason,
                by: e.granted_by,
                at: when(e.created_at),
            })
            .collect(),
        countries,
        form,
        errors,
    })
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    ctx.entering(Area::UilAdmin)?;
    page(
        &state,
        &ctx,
        ExtensionForm {
            kind: "application".into(),
            ..ExtensionForm::default()
        },
        FormErrors::default(),
    )
    .await
}

pub async fn grant(
    State(state): State<AppState>,
    ctx: Ctx,
    input: FormData,
) -> Result<Response, Error> {
    let user = ctx.entering(Area::UilAdmin)?;
    let form = ExtensionForm {
        kind: input.text("kind").to_owned(),
        application: input.text("application").trim().to_owned(),
        country: input.text("country").trim().to_ascii_uppercase(),
        new_deadline: input.text("new_deadline").trim().to_owned(),
        reason: input.text("reason").trim().to_owned(),
    };
    let mut errors = FormErrors::default();
    let date = NaiveDate::parse_from_str(&form.new_deadline, "%Y-%m-%d").ok();
    if date.is_none() {
        errors.add(
            "new_deadline",
            "Enter the new deadline as a date like 2023-06-07",
        );
    }
    if form.reason.is_empty() || form.reason.chars().count() > 2000 {
        errors.add(
            "reason",
            "Enter the reason for the extension, at most 2,000 characters",
        );
    }
    let mut tx = state.db.begin().await?;
    // What is extended, in which call, and its deadline now.
    let target = match form.kind.as_str() {
        "application" => match form.application.trim_start_matches('#').parse::<i64>() {
            Ok(id) => match db::applications::find_for_update(&mut tx, id).await? {
                Some(app) if matches!(app.stage, Stage::Draft) => {
                    let (call, d) = db::applications::call_and_deadlines(&mut tx, &app).await?;
                    Some((Target::Application(id), call, d.city, Some(app)))
                }
                Some(app) => {
                    errors.add(
                        "application",
                        format!(
                            "Application {id} is {}: only a draft waits for the city deadline",
                            app.stage.label().to_lowercase()
                        ),
                    );
                    None
                }
                None => {
                    errors.add("application", format!("There is no application {id}"));
                    None
                }
            },
            Err(_) => {
                errors.add("application", "Enter the number of the application");
                None
            }
        },
        "country" => match db::member_states::name_of(&mut *tx, &form.country).await? {
            Some(_) => {
                let calls = db::calls::all(&mut *tx).await?;
                match current_call(&calls, ctx.now).cloned() {
                    Some(call) => {
                        let d = db::applications::country_deadlines(&mut tx, &call, &form.country)
                            .await?;
                        Some((Target::MemberState(&form.country), call, d.natcom, None))
                    }
                    None => {
                        errors.add("country", "There is no call to extend");
                        None
                    }
                }
            }
            None => {
                errors.add("country", "Choose a Member State");
                None
            }
        },
        _ => {
            errors.add("kind", "Choose what to extend");
            None
        }
    };
    let (Some((target, call, current, app)), Some(date)) = (target, date) else {
        drop(tx);
        return Ok(unprocessable(page(&state, &ctx, form, errors).await?));
    };
    if date <= current.date {
        drop(tx);
        errors.add(
            "new_deadline",
            format!(
                "The new deadline must be after the present one, {}",
                current.date_label()
            ),
        );
        return Ok(unprocessable(page(&state, &ctx, form, errors).await?));
    }
    let new_day = ZonedDay::new(date, call.zone);
    let note = format!(
        "Deadline extended to {}: {}",
        new_day.deadline_label(),
        form.reason
    );
    // Recorded on the applications it concerns, where their timelines show it.
    let concerned: Vec<(i64, Stage)> = match (&target, app) {
        (Target::Application(_), Some(app)) => vec![(app.id, app.stage)],
        _ => db::applications::for_country(&mut tx, call.id, &form.country)
            .await?
            .into_iter()
            .filter(|a| {
                matches!(
                    a.stage,
                    Stage::Submitted | Stage::Endorsed | Stage::Declined
                )
            })
            .map(|a| (a.id, a.stage))
            .collect(),
    };
    db::extensions::grant(
        &mut tx,
        call.id,
        target,
        date,
        &form.reason,
        user.id,
        ctx.now,
    )
    .await?;
    for (id, stage) in concerned {
        db::applications::add_event(
            &mut tx,
            id,
            Some(user.id),
            Some(stage),
            stage,
            Some(&note),
            ctx.now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Redirect::to("/uil/extensions").into_response())
}
