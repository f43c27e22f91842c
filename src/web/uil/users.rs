//! `/uil/users`: staff accounts, and inviting National Commission and UIL staff.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::app::uil::users::{self as usecase, InvitationTyped};
use crate::app::{Issues, Rejected, Visit};
use crate::web::country_options::CountryOptions;
use crate::web::error::Error;
use crate::web::extract::Query;
use crate::web::forms::FormErrors;
use crate::web::session::{CsrfForm, Ctx};
use crate::web::{AppState, Layout, render, unprocessable, words};

#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    country: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct UsersQuery {
    #[serde(default)]
    invited: Option<String>,
}

struct StaffRow {
    name: String,
    email: String,
    role: &'static str,
    country: String,
    invited: bool,
}

#[derive(Template)]
#[template(path = "uil/users.html")]
struct UsersPage {
    layout: Layout,
    staff: Vec<StaffRow>,
    countries: Arc<CountryOptions>,
    form: InviteForm,
    errors: FormErrors,
    invited: Option<String>,
}

async fn users_view(
    state: &AppState,
    ctx: &Ctx,
    visit: &mut Visit,
    form: InviteForm,
    issues: &Issues,
    invited: Option<String>,
) -> Result<Html<String>, Error> {
    let staff = usecase::staff(visit).await.map_err(|e| ctx.fail(e))?;
    render(&UsersPage {
        layout: ctx.layout(visit),
        staff: staff
            .into_iter()
            .map(|s| StaffRow {
                name: s.name,
                email: s.email,
                role: words::role(s.role),
                country: s.country_name.unwrap_or_default(),
                invited: s.invited,
            })
            .collect(),
        countries: state.country_options().await?,
        form,
        errors: issues.into(),
        invited,
    })
}

pub async fn users_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<UsersQuery>,
) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    users_view(
        &state,
        &ctx,
        &mut visit,
        InviteForm::default(),
        &Issues::default(),
        q.invited,
    )
    .await
}

/// Invites a National Commission or UIL staff member.
pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, Error> {
    let typed = InvitationTyped {
        name: form.name.clone(),
        email: form.email.clone(),
        role: form.role.clone(),
        country: form.country.clone(),
    };
    let mut visit = ctx.visit(&state).await?;
    let result = match typed.parse() {
        Ok(invitation) => {
            usecase::invite(state.app(), &mut visit, invitation, &ctx.client_ip).await
        }
        Err(issues) => Err(Rejected::Invalid(issues)),
    };
    match result {
        Ok(email) => {
            let query = serde_urlencoded::to_string([("invited", email)]).unwrap_or_default();
            Ok(Redirect::to(&format!("/uil/users?{query}")).into_response())
        }
        Err(Rejected::Invalid(issues)) => Ok(unprocessable(
            users_view(&state, &ctx, &mut visit, form, &issues, None).await?,
        )),
        Err(Rejected::Failed(e)) => Err(ctx.fail(e)),
    }
}
