//! `/uil/extensions`: a later deadline for one application (city stage) or one Member
//! State (National Commission stage), with a reason, recorded (SPEC §2).

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::{country_choices, country_named};
use crate::app::uil::extensions::{self as usecase, ExtensionTyped};
use crate::app::{Issues, Rejected, Visit};
use crate::db::extensions::Extended;
use crate::web::error::Error;
use crate::web::forms::FormErrors;
use crate::web::session::Ctx;
use crate::web::upload::FormData;
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
    /// (ISO code, name), in the reader's alphabetical order.
    countries: Vec<(String, String)>,
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
    let tr = ctx.tr(visit.user.as_ref());
    let states = state.app().member_states().await?;
    // The database names a Member State in English: the reader reads it in their language.
    let country = |name: &str| {
        country_named(&states, name).map_or_else(|| name.to_owned(), |code| tr.country(code))
    };
    render(&ExtensionsPage {
        layout: ctx.layout(visit),
        rows: rows
            .into_iter()
            .map(|e| Row {
                what: match e.what {
                    Extended::Application {
                        id,
                        place: Some((city, country_name)),
                    } => tr.t3(
                        "uil-extensions-of-application",
                        "id",
                        id.to_string(),
                        "city",
                        city,
                        "country",
                        country(&country_name),
                    ),
                    Extended::Application { id, place: None } => {
                        tr.t1("uil-extensions-of-draft", "id", id.to_string())
                    }
                    Extended::MemberState { country_name } => tr.t1(
                        "uil-extensions-of-natcom",
                        "country",
                        country(&country_name),
                    ),
                },
                call: e.call_title,
                until: tr.date(e.new_deadline),
                reason: e.reason,
                by: e.granted_by,
                at: tr.utc(e.created_at),
            })
            .collect(),
        countries: country_choices(tr, &states),
        form,
        errors: FormErrors::from_issues(tr, issues),
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
