//! UIL pages.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::db;
use crate::db::tokens::Purpose;
use crate::domain::Role;
use crate::domain::access::Area;
use crate::domain::account::{EmailAddress, PersonName};
use crate::error::Error;
use crate::mail::messages;
use crate::web::account::{role_label, unprocessable};
use crate::web::country_options::CountryOptions;
use crate::web::forms::FormErrors;
use crate::web::session::{CsrfForm, Ctx};
use crate::web::{AppState, Layout, render};

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

/// The roles a UIL coordinator can invite people to.
const STAFF_ROLES: [Role; 3] = [Role::Natcom, Role::UilReviewer, Role::UilAdmin];

async fn users_view(
    state: &AppState,
    ctx: &Ctx,
    form: InviteForm,
    errors: FormErrors,
    invited: Option<String>,
) -> Result<Html<String>, Error> {
    let countries = state.country_options().await?;
    let staff = db::users::staff(&state.db).await?;
    render(&UsersPage {
        layout: ctx.layout(),
        staff: staff
            .into_iter()
            .map(|s| StaffRow {
                name: s.name,
                email: s.email,
                role: role_label(s.role),
                country: s.country_name.unwrap_or_default(),
                invited: s.invited,
            })
            .collect(),
        countries,
        form,
        errors,
        invited,
    })
}

pub async fn users_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<UsersQuery>,
) -> Result<Html<String>, Error> {
    ctx.entering(Area::UilAdmin)?;
    users_view(
        &state,
        &ctx,
        InviteForm::default(),
        FormErrors::default(),
        q.invited,
    )
    .await
}

/// Invites a National Commission or UIL staff member: the account exists at once, without
/// a password, and the mailed link lets its owner choose one.
pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, Error> {
    ctx.entering(Area::UilAdmin)?;
    let mut errors = FormErrors::default();
    let name = errors.check("name", PersonName::parse(&form.name));
    let email = errors.check("email", EmailAddress::parse(&form.email));
    let role = form
        .role
        .parse::<Role>()
        .ok()
        .filter(|r| STAFF_ROLES.contains(r));
    if role.is_none() {
        errors.add("role", "Choose what the person will do");
    }
    let country = match role {
        Some(Role::Natcom) if form.country.is_empty() => {
            errors.add(
                "country",
                "Choose the Member State of the National Commission",
            );
            None
        }
        Some(Role::Natcom) => match db::member_states::name_of(&state.db, &form.country).await? {
            Some(name) => Some((form.country.clone(), name)),
            None => {
                errors.add("country", "Choose a Member State from the list");
                None
            }
        },
        _ => None,
    };
    let (Some(name), Some(email), Some(role)) = (name, email, role) else {
        return Ok(unprocessable(
            users_view(&state, &ctx, form, errors, None).await?,
        ));
    };
    if role == Role::Natcom && country.is_none() {
        return Ok(unprocessable(
            users_view(&state, &ctx, form, errors, None).await?,
        ));
    }
    let mut tx = state.db.begin().await?;
    let created = db::users::create(
        &mut tx,
        db::users::NewUser {
            email: email.as_str(),
            name: name.as_str(),
            role,
            country: country.as_ref().map(|(iso2, _)| iso2.as_str()),
            password_hash: None,
            verified_at: None,
            now: ctx.now,
        },
    )
    .await?;
    let Some(user_id) = created else {
        // End the transaction before the page reads with another connection.
        drop(tx);
        errors.add("email", "An account already uses this email address");
        return Ok(unprocessable(
            users_view(&state, &ctx, form, errors, None).await?,
        ));
    };
    let token = db::tokens::issue(&mut tx, user_id, Purpose::Invitation, ctx.now).await?;
    let link = state.mailer.link(&format!("/invitation/{token}"));
    let role_text = match &country {
        Some((_, country_name)) => format!("National Commission of {country_name}"),
        None => role_label(role).to_owned(),
    };
    let mail = messages::invitation(email.as_str(), name.as_str(), &role_text, &link)?;
    state.mailer.queue(&mut tx, &mail).await?;
    tx.commit().await?;
    let query = serde_urlencoded::to_string([("invited", email.as_str())]).unwrap_or_default();
    Ok(Redirect::to(&format!("/uil/users?{query}")).into_response())
}
