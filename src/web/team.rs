//! The people who work on an application (`/applications/{id}/team`) and the page of a
//! mailed invitation to join them (`/team-invitation/{token}`).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::account::Empty;
use super::error::Error;
use super::extract::{Path, Query};
use super::forms::FormErrors;
use super::session::{CsrfForm, Ctx};
use super::{AppState, Layout, render, unprocessable};
use crate::app::colleagues::{self as usecase, Opened};
use crate::app::{self, Issues, Rejected};
use crate::db::colleagues::{INVITATION_LIFETIME, Member};

#[derive(Debug, Default, Deserialize)]
pub struct TeamQuery {
    #[serde(default)]
    invited: Option<String>,
    #[serde(default)]
    removed: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
}

struct InvitationRow {
    email: String,
    until: String,
}

#[derive(Template)]
#[template(path = "city/team.html")]
struct TeamPage {
    layout: Layout,
    id: i64,
    city: String,
    members: Vec<Member>,
    invitations: Vec<InvitationRow>,
    manages: bool,
    email: String,
    errors: FormErrors,
    invited: Option<String>,
    invitation_days: i64,
    removed: bool,
}

async fn team_view(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    email: String,
    issues: &Issues,
    q: TeamQuery,
) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(state).await?;
    let team = usecase::team(&mut visit, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    render(&TeamPage {
        id: team.application_id,
        city: team.city_name,
        members: team.members,
        invitations: team
            .invitations
            .into_iter()
            .map(|i| InvitationRow {
                email: i.email,
                until: tr.utc(i.expires_at),
            })
            .collect(),
        manages: team.manages,
        email,
        errors: FormErrors::from_issues(tr, issues),
        invited: q.invited,
        invitation_days: INVITATION_LIFETIME.num_days(),
        removed: q.removed.is_some(),
        layout,
    })
}

pub async fn team(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(q): Query<TeamQuery>,
) -> Result<Html<String>, Error> {
    team_view(&state, &ctx, id, String::new(), &Issues::default(), q).await
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let invited = usecase::invite(state.app(), &mut visit, id, &form.email, &ctx.client_ip).await;
    drop(visit);
    match invited {
        Ok(email) => {
            let query = serde_urlencoded::to_string([("invited", email)]).unwrap_or_default();
            Ok(Redirect::to(&format!("/applications/{id}/team?{query}")).into_response())
        }
        Err(Rejected::Invalid(issues)) => Ok(unprocessable(
            team_view(&state, &ctx, id, form.email, &issues, TeamQuery::default()).await?,
        )),
        Err(Rejected::Failed(e)) => Err(ctx.fail(e)),
    }
}

pub async fn remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, colleague)): Path<(i64, i64)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    usecase::remove(&mut visit, id, colleague)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(Redirect::to(&format!("/applications/{id}/team?removed=1")).into_response())
}

enum InvitationState {
    SignIn,
    OtherAccount(String),
    Ready,
}

#[derive(Template)]
#[template(path = "city/team_invitation.html")]
struct InvitationPage {
    layout: Layout,
    token: String,
    email: String,
    inviter: String,
    city: String,
    state: InvitationState,
    here_encoded: String,
}

async fn expired(ctx: &Ctx) -> Result<Response, Error> {
    let layout = ctx.layout_of(None);
    let tr = layout.tr;
    let page = super::account::MessagePage {
        layout,
        title: tr.t("account-link-expired-title"),
        paragraphs: vec![tr.t("city-team-invitation-expired")],
        link: None,
    };
    Ok((StatusCode::NOT_FOUND, render(&page)?).into_response())
}

pub async fn invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let opened = match usecase::opened(&mut visit, &token).await {
        Ok(opened) => opened,
        Err(app::Error::NotFound) => return expired(&ctx).await,
        Err(e) => return Err(ctx.fail(e)),
    };
    let layout = ctx.form_layout(visit.user.as_ref());
    let (invitation, state) = match opened {
        Opened::SignIn { invitation } => (invitation, InvitationState::SignIn),
        Opened::OtherAccount {
            invitation,
            signed_in_as,
        } => (invitation, InvitationState::OtherAccount(signed_in_as)),
        Opened::Ready { invitation } => (invitation, InvitationState::Ready),
    };
    Ok(render(&InvitationPage {
        here_encoded: url::form_urlencoded::byte_serialize(ctx.path.as_bytes()).collect(),
        layout,
        token,
        email: invitation.email,
        inviter: invitation.inviter,
        city: invitation.city_name,
        state,
    })?
    .into_response())
}

pub async fn accept(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    match usecase::accept(&mut visit, &token).await {
        Ok(id) => Ok(Redirect::to(&format!("/applications/{id}")).into_response()),
        Err(app::Error::NotFound) => expired(&ctx).await,
        Err(e) => Err(ctx.fail(e)),
    }
}
