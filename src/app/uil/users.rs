//! Staff accounts: a UIL coordinator invites National Commission and UIL staff. The
//! account exists at once, without a password; the mailed link lets its owner choose one.

use sqlx::Connection;

use super::super::{App, Error, Issue, Issues, Rejected, Visit, entering};
use crate::db;
use crate::db::tokens::Purpose;
use crate::db::users::StaffMember;
use crate::domain::Role;
use crate::domain::access::Area;
use crate::domain::account::{EmailAddress, PersonName};
use crate::domain::form::Iso2;
use crate::domain::two_factor;
use crate::mail::messages;

/// The roles a UIL coordinator can invite people to.
pub const STAFF_ROLES: [Role; 4] = [Role::Natcom, Role::UilReviewer, Role::UilAdmin, Role::Jury];

/// An invitation, as typed.
#[derive(Debug, Default, Clone)]
pub struct InvitationTyped {
    pub name: String,
    pub email: String,
    pub role: String,
    pub country: String,
}

pub struct Invitation {
    name: PersonName,
    email: EmailAddress,
    role: Role,
    country: Option<Iso2>,
}

impl InvitationTyped {
    pub fn parse(&self) -> Result<Invitation, Issues> {
        let mut issues = Issues::default();
        let name = issues.check("name", PersonName::parse(&self.name));
        let email = issues.check("email", EmailAddress::parse(&self.email));
        let role = self
            .role
            .parse::<Role>()
            .ok()
            .filter(|r| STAFF_ROLES.contains(r));
        if role.is_none() {
            issues.add("role", Issue::Form(crate::domain::form::Problem::Missing));
        }
        let country = match role {
            Some(r) if r.has_country() && self.country.trim().is_empty() => {
                issues.add("country", Issue::ChooseMemberState);
                None
            }
            Some(r) if r.has_country() => {
                let country = Iso2::parse(&self.country);
                if country.is_err() {
                    issues.add("country", Issue::NotAMemberState);
                }
                country.ok()
            }
            _ => None,
        };
        match (name, email, role) {
            (Some(name), Some(email), Some(role)) if issues.is_empty() => Ok(Invitation {
                name,
                email,
                role,
                country,
            }),
            _ => Err(issues),
        }
    }
}

pub async fn staff(visit: &mut Visit) -> Result<Vec<StaffMember>, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    Ok(db::users::staff(&mut *visit.conn).await?)
}

/// Invites a staff member; returns the address the invitation went to.
pub async fn invite(
    app: &App,
    visit: &mut Visit,
    invitation: Invitation,
    client_ip: &str,
) -> Result<String, Rejected> {
    entering(&visit.user, Area::UilAdmin)?;
    let fail = |field: &'static str, issue: Issue| {
        let mut issues = Issues::default();
        issues.add(field, issue);
        Rejected::Invalid(issues)
    };
    if let Some(country) = &invitation.country {
        db::member_states::name_of(&mut *visit.conn, country.as_str())
            .await?
            .ok_or_else(|| fail("country", Issue::NotAMemberState))?;
    }
    let mut tx = visit.conn.begin().await?;
    let send = super::super::accounts::mail_allowed(
        &mut tx,
        "invitation",
        invitation.email.as_str(),
        client_ip,
        visit.now,
    )
    .await?;
    let created = db::users::create(
        &mut tx,
        db::users::NewUser {
            email: invitation.email.as_str(),
            name: invitation.name.as_str(),
            role: invitation.role,
            country: invitation.country.as_ref().map(Iso2::as_str),
            password_hash: None,
            verified_at: None,
            now: visit.now,
        },
    )
    .await?;
    let user_id = created.ok_or_else(|| fail("email", Issue::Taken))?;
    let token = db::tokens::issue(&mut tx, user_id, Purpose::Invitation, visit.now).await?;
    let link = app.mailer.link(&format!("/invitation/{token}"));
    let mail = messages::invitation(
        invitation.email.as_str(),
        invitation.name.as_str(),
        invitation.role,
        invitation.country.as_ref().map(Iso2::as_str),
        &link,
        // A new account: its owner has not chosen a language yet.
        crate::i18n::Locale::En,
    )?;
    if send {
        app.mailer.queue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    Ok(invitation.email.as_str().to_owned())
}

/// Takes a staff member's second factor away, when they lost their phone and their
/// recovery codes: their sessions end, and they set up a new one at their next sign-in.
/// Recorded in the audit log. Returns the person's name. `NotFound` for an account that
/// is not another staff member's.
pub async fn reset_two_factor(visit: &mut Visit, account_id: i64) -> Result<String, Error> {
    let admin = entering(&visit.user, Area::UilAdmin)?.id;
    let mut tx = visit.conn.begin().await?;
    let target = db::users::by_id(&mut *tx, account_id)
        .await?
        .filter(|t| t.two_factor && two_factor::may_reset(admin, t.id, t.role))
        .ok_or(Error::NotFound)?;
    db::two_factor::reset(&mut tx, target.id, Some(admin), visit.now).await?;
    tx.commit().await?;
    Ok(target.name)
}
