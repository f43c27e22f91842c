//! `/uil/users`: staff accounts, and inviting National Commission and UIL staff.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{country_choices, country_named};
use crate::app::uil::users::{self as usecase, InvitationTyped};
use crate::app::{Issues, Rejected, Visit};
use crate::web::error::Error;
use crate::web::extract::{Path, Query};
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
    /// The name of the person whose second factor was just reset.
    #[serde(default)]
    reset: Option<String>,
}

struct StaffRow {
    id: i64,
    name: String,
    email: String,
    role: String,
    country: String,
    invited: bool,
    two_factor: bool,
}

#[derive(Template)]
#[template(path = "uil/users.html")]
struct UsersPage {
    layout: Layout,
    staff: Vec<StaffRow>,
    /// (ISO code, name), in the reader's alphabetical order.
    countries: Vec<(String, String)>,
    form: InviteForm,
    errors: FormErrors,
    invited: Option<String>,
    reset: Option<String>,
}

async fn users_view(
    state: &AppState,
    ctx: &Ctx,
    visit: &mut Visit,
    form: InviteForm,
    issues: &Issues,
    invited: Option<String>,
    reset: Option<String>,
) -> Result<Html<String>, Error> {
    let staff = usecase::staff(visit).await.map_err(|e| ctx.fail(e))?;
    let tr = ctx.tr(visit.user.as_ref());
    let states = state.app().member_states().await?;
    render(&UsersPage {
        layout: ctx.layout(visit),
        staff: staff
            .into_iter()
            .map(|s| StaffRow {
                id: s.id,
                name: s.name,
                email: s.email,
                role: words::role(tr, s.role),
                // The database names the Member State in English.
                country: s
                    .country_name
                    .map(|name| country_named(&states, &name).map_or(name, |c| tr.country(c)))
                    .unwrap_or_default(),
                invited: s.invited,
                two_factor: s.two_factor,
            })
            .collect(),
        countries: country_choices(tr, &states),
        form,
        errors: FormErrors::from_issues(tr, issues),
        invited,
        reset,
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
        q.reset,
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
            users_view(&state, &ctx, &mut visit, form, &issues, None, None).await?,
        )),
        Err(Rejected::Failed(e)) => Err(ctx.fail(e)),
    }
}

/// Takes away a staff member's second factor (`POST /uil/users/{id}/reset-two-factor`).
pub async fn reset_two_factor(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<crate::web::account::Empty>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let name = usecase::reset_two_factor(&mut visit, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let query = serde_urlencoded::to_string([("reset", name)]).unwrap_or_default();
    Ok(Redirect::to(&format!("/uil/users?{query}")).into_response())
}
