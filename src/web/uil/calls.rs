//! `/uil/calls`: the calls, and the form to create or change one, so the next call needs
//! no code.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};

use crate::app::uil::calls::{self as usecase, CallTyped, TranslationTyped};
use crate::app::{Issues, Rejected};
use crate::domain::call::current_call;
use crate::web::error::Error;
use crate::web::extract::Path;
use crate::web::forms::FormErrors;
use crate::web::session::Ctx;
use crate::web::upload::FormData;
use crate::web::{AppState, Layout, render, unprocessable};

struct CallRow {
    id: i64,
    title: String,
    opens: String,
    city_deadline: String,
    natcom_deadline: String,
    quota: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "uil/calls.html")]
struct CallsPage {
    layout: Layout,
    calls: Vec<CallRow>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    let calls = usecase::all(&mut visit).await.map_err(|e| ctx.fail(e))?;
    let current = current_call(&calls, ctx.now).map(|c| c.id);
    let tr = ctx.tr(visit.user.as_ref());
    render(&CallsPage {
        layout: ctx.layout(&visit),
        calls: calls
            .iter()
            .map(|c| {
                let d = c.deadlines();
                CallRow {
                    id: c.id,
                    title: c.title.clone(),
                    opens: tr.opening(&d.opens),
                    city_deadline: tr.deadline(&d.city),
                    natcom_deadline: tr.deadline(&d.natcom),
                    quota: tr.number(i64::from(c.endorsement_quota)),
                    current: Some(c.id) == current,
                }
            })
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "uil/call_form.html")]
struct CallFormPage {
    layout: Layout,
    action: String,
    /// The key of the page's heading.
    heading: &'static str,
    form: CallTyped,
    errors: FormErrors,
}

fn typed(input: &FormData) -> CallTyped {
    CallTyped {
        title: input.text("title").to_owned(),
        body: input.text("body").to_owned(),
        opens_on: input.text("opens_on").to_owned(),
        city_deadline: input.text("city_deadline").to_owned(),
        natcom_deadline: input.text("natcom_deadline").to_owned(),
        endorsement_quota: input.text("endorsement_quota").to_owned(),
        deadline_zone: input.text("deadline_zone").to_owned(),
        retention_months: input.text("retention_months").to_owned(),
        translations: TranslationTyped::blank_all()
            .into_iter()
            .map(|blank| {
                let (title, body) = usecase::translation_fields(blank.locale);
                TranslationTyped {
                    title: input.text(title).to_owned(),
                    body: input.text(body).to_owned(),
                    ..blank
                }
            })
            .collect(),
    }
}

fn form_page(
    layout: Layout,
    id: Option<i64>,
    form: CallTyped,
    issues: &Issues,
) -> Result<Html<String>, Error> {
    render(&CallFormPage {
        errors: FormErrors::from_issues(layout.tr, issues),
        layout,
        action: match id {
            Some(id) => format!("/uil/calls/{id}"),
            None => "/uil/calls/new".into(),
        },
        heading: if id.is_some() {
            "uil-call-edit-heading"
        } else {
            "uil-call-new-heading"
        },
        form,
    })
}

pub async fn new_page(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    // Only coordinators see the form.
    usecase::all(&mut visit).await.map_err(|e| ctx.fail(e))?;
    form_page(
        ctx.layout(&visit),
        None,
        CallTyped::blank(),
        &Issues::default(),
    )
}

pub async fn edit_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    let form = usecase::to_change(&mut visit, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    form_page(ctx.layout(&visit), Some(id), form, &Issues::default())
}

async fn save(
    state: AppState,
    ctx: Ctx,
    id: Option<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let form = typed(&input);
    let mut visit = ctx.visit(&state).await?;
    let result = match form.parse() {
        Ok(call) => usecase::save(state.app(), &mut visit, id, call).await,
        Err(issues) => Err(Rejected::Invalid(issues)),
    };
    match result {
        Ok(()) => Ok(Redirect::to("/uil/calls").into_response()),
        Err(Rejected::Invalid(issues)) => {
            // Only coordinators get their form back.
            usecase::all(&mut visit).await.map_err(|e| ctx.fail(e))?;
            Ok(unprocessable(form_page(
                ctx.layout(&visit),
                id,
                form,
                &issues,
            )?))
        }
        Err(Rejected::Failed(e)) => Err(ctx.fail(e)),
    }
}

pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    input: FormData,
) -> Result<Response, Error> {
    save(state, ctx, None, input).await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    save(state, ctx, Some(id), input).await
}
