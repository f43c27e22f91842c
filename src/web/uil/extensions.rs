//! `/uil/extensions`: a later deadline for one application (city stage) or one Member
//! State (National Commission stage), with a reason, recorded (SPEC §2).

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};

use crate::app::uil::extensions::{self as usecase, ExtensionTyped};
use crate::app::{Issues, Rejected, Visit};
use crate::db::extensions::Extended;
use crate::web::country_options::CountryOptions;
use crate::web::error::Error;
use crate::web::forms::FormErrors;
use crate::web::session::Ctx;
use crate::web::upload::FormData;
use crate::web::views::when;
use crate::web::{AppState, Layout, render, unprocessable};

struct Row {
    what: String,
    call: String,
    until: String,
    reason: String,
    by: String,
    at: String,
}

#[derive(Template)]
#[template(path = "uil/extensions.html")]
struct ExtensionsPage {
    layout: Layout,
    rows: Vec<Row>,
    countries: Arc<CountryOptions>,
    form: ExtensionTyped,
    errors: FormErrors,
}

async fn page(
    state: &AppState,
    ctx: &Ctx,
    visit: &mut Visit,
    form: ExtensionTyped,
    issues: &Issues,
) -> Result<Html<String>, Error> {
    let rows = usecase::all(visit).await.map_err(|e| ctx.fail(e))?;
    render(&ExtensionsPage {
        layout: ctx.layout(visit),
        rows: rows
            .into_iter()
            .map(|e| Row {
                what: match e.what {
                    Extended::Application {
                        id,
                        place: Some((city, country_name)),
                    } => format!("City deadline of application {id}: {city}, {country_name}"),
                    Extended::Application { id, place: None } => {
                        format!("City deadline of application {id} (not submitted yet)")
                    }
                    Extended::MemberState { country_name } => {
                        format!("National Commission of {country_name}")
                    }
                },
                call: e.call_title,
                until: e.new_deadline.format("%-d %B %Y").to_string(),
                reason: e.reason,
                by: e.granted_by,
                at: when(e.created_at),
            })
            .collect(),
        countries: state.country_options().await?,
        form,
        errors: issues.into(),
    })
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    let form = ExtensionTyped {
        kind: "application".into(),
        ..ExtensionTyped::default()
    };
    page(&state, &ctx, &mut visit, form, &Issues::default()).await
}

pub async fn grant(
    State(state): State<AppState>,
    ctx: Ctx,
    input: FormData,
) -> Result<Response, Error> {
    let form = ExtensionTyped {
        kind: input.text("kind").to_owned(),
        application: input.text("application").to_owned(),
        country: input.text("country").to_owned(),
        new_deadline: input.text("new_deadline").to_owned(),
        reason: input.text("reason").to_owned(),
    };
    let mut visit = ctx.visit(&state).await?;
    let result = match form.parse() {
        Ok(extension) => usecase::grant(&mut visit, extension).await,
        Err(issues) => Err(Rejected::Invalid(issues)),
    };
    match result {
        Ok(()) => Ok(Redirect::to("/uil/extensions").into_response()),
        Err(Rejected::Invalid(issues)) => Ok(unprocessable(
            page(&state, &ctx, &mut visit, form, &issues).await?,
        )),
        Err(Rejected::Failed(e)) => Err(ctx.fail(e)),
    }
}
