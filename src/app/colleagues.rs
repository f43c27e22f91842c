//! Colleagues on one application: its owner invites people by email, each accepts with
//! the account of the address the invitation went to, every member edits and submits, and
//! the owner can remove a colleague (who loses access at the next request).

use sqlx::Connection;

use super::{App, Error, Issue, Issues, Rejected, Visit, entering};
use crate::db;
use crate::db::colleagues::{Invitation, Member, OpenInvitation};
use crate::domain::access::{Area, manages_colleagues, works_on};
use crate::domain::account::EmailAddress;
use crate::domain::event::EventKind;
use crate::mail::messages;

/// Who works on an application, and who was invited.
pub struct Team {
    pub application_id: i64,
    pub city_name: String,
    pub members: Vec<Member>,
    pub invitations: Vec<OpenInvitation>,
    /// Whether the person asking is the owner, who invites and removes.
    pub manages: bool,
}

pub async fn team(visit: &mut Visit, id: i64) -> Result<Team, Error> {
    let user = entering(&visit.user, Area::City)?;
    let app = db::applications::find(&mut visit.conn, id)
        .await?
        .filter(|a| works_on(user.id, &a.visibility()))
        .ok_or(Error::NotFound)?;
    Ok(Team {
        application_id: app.id,
        city_name: app.answers.city_name().to_owned(),
        members: db::colleagues::members(&mut *visit.conn, id).await?,
        invitations: db::colleagues::open_invitations(&mut *visit.conn, id, visit.now).await?,
        manages: manages_colleagues(user.id, &app.visibility()),
    })
}

/// Mails an invitation to work on the application to `email`; the owner alone invites.
/// Returns the address.
pub async fn invite(
    app: &App,
    visit: &mut Visit,
    id: i64,
    email: &str,
    client_ip: &str,
) -> Result<String, Rejected> {
    let user = entering(&visit.user, Area::City)?.clone();
    let mut issues = Issues::default();
    let Some(email) = issues.check("email", EmailAddress::parse(email)) else {
        return Err(Rejected::Invalid(issues));
    };
    let mut tx = visit.conn.begin().await?;
    let application = managed(&mut tx, user.id, id).await?;
    let members = db::colleagues::members(&mut *tx, id).await?;
    if members
        .iter()
        .any(|m| m.email.eq_ignore_ascii_case(email.as_str()))
    {
        issues.add("email", Issue::AlreadyColleague);
        return Err(Rejected::Invalid(issues));
    }
    let send = super::accounts::mail_allowed(
        &mut tx,
        "colleague_invitation",
        email.as_str(),
        client_ip,
        visit.now,
    )
    .await?;
    let token = db::colleagues::invite(&mut tx, id, email.as_str(), user.id, visit.now).await?;
    if send {
        let link = app.mailer.link(&format!("/team-invitation/{token}"));
        let mail = messages::colleague_invitation(
            email.as_str(),
            &user.name,
            application.answers.city_name(),
            &link,
            application.answers.language(),
        )?;
        app.mailer.queue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    Ok(email.as_str().to_owned())
}

/// The application `user_id` manages the colleagues of, locked: `NotFound` when they do
/// not work on it, `Forbidden` when they are a colleague, not its owner.
async fn managed(
    tx: &mut sqlx::PgConnection,
    user_id: i64,
    id: i64,
) -> Result<db::applications::Application, Error> {
    let application = db::applications::find_for_update(tx, id)
        .await?
        .filter(|a| works_on(user_id, &a.visibility()))
        .ok_or(Error::NotFound)?;
    if manages_colleagues(user_id, &application.visibility()) {
        Ok(application)
    } else {
        Err(Error::Forbidden)
    }
}

/// What the page of a mailed invitation offers the person who opened it.
pub enum Opened {
    /// Sign in (or register) with the invited address first.
    SignIn { invitation: Invitation },
    /// Signed in with another address (or not as a city).
    OtherAccount {
        invitation: Invitation,
        signed_in_as: String,
    },
    /// Signed in with the invited address: a button joins.
    Ready { invitation: Invitation },
}

/// The invitation a link names, as the person who opened it may use it; `NotFound` when
/// the link no longer works.
pub async fn opened(visit: &mut Visit, token: &str) -> Result<Opened, Error> {
    let invitation = live(visit, token).await?;
    Ok(match visit.user.as_ref() {
        None => Opened::SignIn { invitation },
        Some(user) if may_accept(user, &invitation) => Opened::Ready { invitation },
        Some(user) => Opened::OtherAccount {
            signed_in_as: user.email.clone(),
            invitation,
        },
    })
}

async fn live(visit: &mut Visit, token: &str) -> Result<Invitation, Error> {
    if !crate::security::is_token(token) {
        return Err(Error::NotFound);
    }
    db::colleagues::invitation(&mut *visit.conn, token, visit.now)
        .await?
        .ok_or(Error::NotFound)
}

/// The invitation went to this person's address, and they sign in as a city.
fn may_accept(user: &db::users::User, invitation: &Invitation) -> bool {
    crate::domain::access::may_join(user.role, &user.email, &invitation.email)
}

/// Joins the application the invitation is for. The mail reached the address, so it
/// counts as confirmed. Returns the application's id.
pub async fn accept(visit: &mut Visit, token: &str) -> Result<i64, Error> {
    let user = entering(&visit.user, Area::City)?.clone();
    let invitation = live(visit, token).await?;
    if !may_accept(&user, &invitation) {
        return Err(Error::Forbidden);
    }
    let mut tx = visit.conn.begin().await?;
    let id = db::colleagues::accept(&mut tx, token, user.id, visit.now)
        .await?
        .ok_or(Error::NotFound)?;
    db::users::mark_verified(&mut tx, user.id, visit.now).await?;
    let joined = EventKind::ColleagueJoined {
        colleague: user.id,
        name: user.name.clone(),
    };
    db::applications::add_event(&mut tx, id, Some(user.id), &joined, None, visit.now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Removes a colleague from the application; the owner alone may. Their access ends with
/// the transaction.
pub async fn remove(visit: &mut Visit, id: i64, colleague: i64) -> Result<(), Error> {
    let user = entering(&visit.user, Area::City)?.clone();
    let mut tx = visit.conn.begin().await?;
    managed(&mut tx, user.id, id).await?;
    let name = db::users::by_id(&mut *tx, colleague)
        .await?
        .map(|u| u.name)
        .ok_or(Error::NotFound)?;
    if !db::colleagues::remove(&mut tx, id, colleague).await? {
        return Err(Error::NotFound);
    }
    let removed = EventKind::ColleagueRemoved { colleague, name };
    db::applications::add_event(&mut tx, id, Some(user.id), &removed, None, visit.now).await?;
    tx.commit().await?;
    Ok(())
}
