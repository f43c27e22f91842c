//! `/uil/calls`: the calls, and the form to create or change one, so the next call needs
//! no code.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::NaiveDate;

use crate::db;
use crate::db::calls::CallInput;
use crate::domain::DeadlineZone;
use crate::domain::access::Area;
use crate::domain::call::current_call;
use crate::error::Error;
use crate::web::account::unprocessable;
use crate::web::forms::FormErrors;
use crate::web::session::Ctx;
use crate::web::upload::FormData;
use crate::web::{AppState, Layout, render};

struct CallRow {
    id: i64,
    title: String,
    opens: String,
    city_deadline: String,
    natcom_deadline: String,
    quota: i32,
    current: bool,
}

#[derive(Template)]
#[template(path = "uil/calls.html")]
struct CallsPage {
    layout: Layout,
    calls: Vec<CallRow>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    ctx.entering(Area::UilAdmin)?;
    let calls = db::calls::all(&state.db).await?;
    let current = current_call(&calls, ctx.now).map(|c| c.id);
    render(&CallsPage {
        layout: ctx.layout(),
        calls: calls
            .iter()
            .rev()
            .map(|c| {
                let d = c.deadlines();
                CallRow {
                    id: c.id,
                    title: c.title.clone(),
                    opens: d.opens.opening_label(),
                    city_deadline: d.city.deadline_label(),
                    natcom_deadline: d.natcom.deadline_label(),
                    quota: c.endorsement_quota,
                    current: Some(c.id) == current,
                }
            })
            .collect(),
    })
}

/// The call form's fields as typed.
#[derive(Debug, Default)]
struct CallForm {
    title: String,
    body: String,
    opens_on: String,
    city_deadline: String,
    natcom_deadline: String,
    endorsement_quota: String,
    deadline_zone: String,
}

impl CallForm {
    fn from_input(input: &FormData) -> Self {
        CallForm {
            title: input.text("title").trim().to_owned(),
            body: input.text("body").replace("\r\n", "\n"),
            opens_on: input.text("opens_on").trim().to_owned(),
            city_deadline: input.text("city_deadline").trim().to_owned(),
            natcom_deadline: input.text("natcom_deadline").trim().to_owned(),
            endorsement_quota: input.text("endorsement_quota").trim().to_owned(),
            deadline_zone: input.text("deadline_zone").trim().to_owned(),
        }
    }

    fn parse(&self) -> Result<CallInput, FormErrors> {
        let mut errors = FormErrors::default();
        if self.title.is_empty() || self.title.chars().count() > 300 {
            errors.add("title", "Enter a title of at most 300 characters");
        }
        if self.body.chars().count() > 100_000 {
            errors.add("body", "The call text must be 100,000 characters or fewer");
        }
        let date = |errors: &mut FormErrors, field: &'static str, raw: &str| {
            match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.add(field, "Enter a date like 2025-05-31");
                    None
                }
            }
        };
        let opens = date(&mut errors, "opens_on", &self.opens_on);
        let city = date(&mut errors, "city_deadline", &self.city_deadline);
        let natcom = date(&mut errors, "natcom_deadline", &self.natcom_deadline);
        if let (Some(o), Some(c)) = (opens, city)
            && c < o
        {
            errors.add(
                "city_deadline",
                "The city deadline must be on or after the opening day",
            );
        }
        if let (Some(c), Some(n)) = (city, natcom)
            && n < c
        {
            errors.add(
                "natcom_deadline",
                "The National Commission deadline must be on or after the city deadline",
            );
        }
        let quota = match self.endorsement_quota.parse::<i32>() {
            Ok(q) if (1..=100).contains(&q) => Some(q),
            _ => {
                errors.add(
                    "endorsement_quota",
                    "Enter a number of endorsements from 1 to 100",
                );
                None
            }
        };
        let zone = if self.deadline_zone.is_empty() {
            Ok(DeadlineZone::AnywhereOnEarth)
        } else {
            self.deadline_zone.parse()
        };
        let zone = match zone {
            Ok(z) => Some(z),
            Err(e) => {
                errors.add("deadline_zone", e.to_string());
                None
            }
        };
        match (opens, city, natcom, quota, zone) {
            (
                Some(opens_on),
                Some(city_deadline),
                Some(natcom_deadline),
                Some(endorsement_quota),
                Some(zone),
            ) if errors.is_empty() => Ok(CallInput {
                title: self.title.clone(),
                body: self.body.clone(),
                opens_on,
                city_deadline,
                natcom_deadline,
                endorsement_quota,
                zone,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Template)]
#[template(path = "uil/call_form.html")]
struct CallFormPage {
    layout: Layout,
    action: String,
    heading: &'static str,
    form: CallForm,
    errors: FormErrors,
}

pub async fn new_page(ctx: Ctx) -> Result<Html<String>, Error> {
    ctx.entering(Area::UilAdmin)?;
    render(&CallFormPage {
        layout: ctx.layout(),
        action: "/uil/calls/new".into(),
        heading: "Create a call",
        form: CallForm {
            endorsement_quota: "3".into(),
            deadline_zone: "AoE".into(),
            ..CallForm::default()
        },
        errors: FormErrors::default(),
    })
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    input: FormData,
) -> Result<Response, Error> {
    ctx.entering(Area::UilAdmin)?;
    let form = CallForm::from_input(&input);
    let page = |form, errors| CallFormPage {
        layout: ctx.layout(),
        action: "/uil/calls/new".into(),
        heading: "Create a call",
        form,
        errors,
    };
    let call = match form.parse() {
        Ok(call) => call,
        Err(errors) => return Ok(unprocessable(render(&page(form, errors))?)),
    };
    let mut conn = state.db.acquire().await?;
    match db::calls::create(&mut conn, &call).await? {
        Some(_) => Ok(Redirect::to("/uil/calls").into_response()),
        None => {
            let mut errors = FormErrors::default();
            errors.add("title", "Another call already has this title");
            Ok(unprocessable(render(&page(form, errors))?))
        }
    }
}

pub async fn edit_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    ctx.entering(Area::UilAdmin)?;
    let calls = db::calls::all(&state.db).await?;
    let call = calls.iter().find(|c| c.id == id).ok_or(Error::NotFound)?;
    let (body, _) = db::calls::text(&state.db, id).await?;
    render(&CallFormPage {
        layout: ctx.layout(),
        action: format!("/uil/calls/{id}"),
        heading: "Change the call",
        form: CallForm {
            title: call.title.clone(),
            body,
            opens_on: call.opens_on.to_string(),
            city_deadline: call.city_deadline.to_string(),
            natcom_deadline: call.natcom_deadline.to_string(),
            endorsement_quota: call.endorsement_quota.to_string(),
            deadline_zone: call.zone.to_string(),
        },
        errors: FormErrors::default(),
    })
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    ctx.entering(Area::UilAdmin)?;
    let form = CallForm::from_input(&input);
    let page = |form, errors| CallFormPage {
        layout: ctx.layout(),
        action: format!("/uil/calls/{id}"),
        heading: "Change the call",
        form,
        errors,
    };
    let call = match form.parse() {
        Ok(call) => call,
        Err(errors) => return Ok(unprocessable(render(&page(form, errors))?)),
    };
    let mut conn = state.db.acquire().await?;
    db::calls::find(&mut conn, id)
        .await
        .map_err(|_| Error::NotFound)?;
    if db::calls::update(&mut conn, id, &call).await? {
        Ok(Redirect::to("/uil/calls").into_response())
    } else {
        let mut errors = FormErrors::default();
        errors.add("title", "Another call already has this title");
        Ok(unprocessable(render(&page(form, errors))?))
    }
}
