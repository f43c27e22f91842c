//! Accounts: register, confirm the address, sign in and out, reset a password, accept an
//! invitation. Answers never reveal whether an address has an account.

use chrono::{DateTime, Utc};

use super::{App, Error, Issue, Issues, Rejected, Visit};
use crate::db;
use crate::db::tokens::Purpose;
use crate::db::users::User;
use crate::domain::Role;
use crate::domain::account::{EmailAddress, NewPassword, PersonName};
use crate::domain::limits::{
    MAIL_WINDOW, MailAllowance, SIGN_IN_WINDOW, mail_allowance, sign_in_wait,
};
use crate::mail::messages;
use crate::security::{hash_password, verify_password};

/// Whether a form that sends mail may send it now, to `recipient`, asked from
/// `client_ip`: `false` when the recipient had enough (the person asking is answered as if
/// it were sent, so that the answer says nothing of accounts), `TooManyRequests` when the
/// client asked too often. The request is written down in the transaction of the mail.
pub(crate) async fn mail_allowed(
    conn: &mut sqlx::PgConnection,
    kind: &str,
    recipient: &str,
    client_ip: &str,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    let recipient = recipient.to_lowercase();
    db::requests::take_turns(conn, &format!("mail to {recipient}")).await?;
    let (sent, asked, first) =
        db::requests::recent(conn, &recipient, client_ip, now - MAIL_WINDOW).await?;
    let allowance = mail_allowance(sent, asked, first);
    if let MailAllowance::TooMany { until } = allowance {
        return Err(Error::TooManyRequests {
            seconds: (until - now).num_seconds().max(1),
        });
    }
    let send = allowance == MailAllowance::Send;
    db::requests::record(conn, kind, &recipient, client_ip, send, now).await?;
    Ok(send)
}

/// A registration, read.
pub struct Registration {
    name: PersonName,
    email: EmailAddress,
    password: NewPassword,
}

impl Registration {
    pub fn parse(name: &str, email: &str, password: &str) -> Result<Self, Issues> {
        let mut issues = Issues::default();
        let name = issues.check("name", PersonName::parse(name));
        let email = issues.check("email", EmailAddress::parse(email));
        let password = issues.check(
            "password",
            NewPassword::parse(password, Some(email_of(&email))),
        );
        match (name, email, password) {
            (Some(name), Some(email), Some(password)) => Ok(Registration {
                name,
                email,
                password,
            }),
            _ => Err(issues),
        }
    }
}

fn email_of(email: &Option<EmailAddress>) -> &str {
    email.as_ref().map_or("", EmailAddress::as_str)
}

/// Registers a city account and mails the link that confirms its address; an address that
/// has an account is told so by mail, and the answer is the same. Returns the address.
pub async fn register(
    app: &App,
    registration: Registration,
    locale: crate::i18n::Locale,
    client_ip: &str,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    let Registration {
        name,
        email,
        password,
    } = registration;
    let hash = hash_password(password.into_inner()).await?;
    let mut tx = app.db.begin().await?;
    let send = mail_allowed(&mut tx, "register", email.as_str(), client_ip, now).await?;
    let created = db::users::create(
        &mut tx,
        db::users::NewUser {
            email: email.as_str(),
            name: name.as_str(),
            role: Role::Applicant,
            country: None,
            password_hash: Some(&hash),
            verified_at: None,
            now,
        },
    )
    .await?;
    let mail = match created {
        Some(user_id) => {
            // The account keeps the language it was made in: its mail is written in it.
            if locale.is_offered() {
                db::users::set_locale(&mut *tx, user_id, locale.code()).await?;
            }
            let token = db::tokens::issue(&mut tx, user_id, Purpose::VerifyEmail, now).await?;
            let link = app.mailer.link(&format!("/verify-email/{token}"));
            messages::verify_email(email.as_str(), name.as_str(), &link, locale)?
        }
        // The address has an account: tell its owner, and answer exactly as for a new one.
        None => messages::account_exists(
            email.as_str(),
            &app.mailer.link("/login"),
            &app.mailer.link("/password-reset"),
            locale,
        )?,
    };
    if send {
        app.mailer.queue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    Ok(email.as_str().to_owned())
}

/// A sign-in: the account's user and the new session's token for the cookie. The old
/// session, if any, ends: a new session id at every sign-in.
pub async fn sign_in(
    app: &App,
    email: &str,
    password: &str,
    client_ip: &str,
    old_session: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(User, String), Rejected> {
    let refuse = |issue: Issue| {
        let mut issues = Issues::default();
        issues.add("email", issue);
        Rejected::Invalid(issues)
    };
    if email.trim().is_empty() || password.is_empty() {
        return Err(refuse(Issue::Form(crate::domain::form::Problem::Missing)));
    }
    // An address that cannot be one, or a password longer than any can be, matches no
    // account; the attempt still counts against the client address. (The address column
    // is bounded: what cannot be an address is counted under a mark of its own.)
    let address = EmailAddress::parse(email)
        .ok()
        .filter(|_| password.chars().count() <= 200);
    let counted = address
        .as_ref()
        .map_or_else(|| "-".to_owned(), EmailAddress::normalized);
    // Attempts at one account from one address take turns: each is counted before the
    // next is looked at.
    let mut tx = app.db.begin().await?;
    db::requests::take_turns(&mut tx, &format!("sign-in {counted} {client_ip}")).await?;
    let (pair, client) =
        db::login_attempts::failures(&mut *tx, &counted, client_ip, now - SIGN_IN_WINDOW).await?;
    if let Some(until) = sign_in_wait(pair, client).filter(|until| *until > now) {
        let minutes = (until - now).num_minutes() + 1;
        return Err(refuse(Issue::TooManyAttempts { until, minutes }));
    }
    let account = match &address {
        Some(address) => db::users::by_email(&mut *tx, &address.normalized()).await?,
        None => None,
    };
    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let matches = address.is_some() && verify_password(password.to_owned(), stored).await?;
    db::login_attempts::record(&mut tx, &counted, client_ip, matches, now).await?;
    tx.commit().await?;
    let Some(account) = account.filter(|_| matches) else {
        return Err(refuse(Issue::WrongCredentials));
    };
    if let Some(old) = old_session {
        db::sessions::delete(&app.db, old).await?;
    }
    let token = db::sessions::create(&app.db, account.user.id, now).await?;
    Ok((account.user, token))
}

pub async fn sign_out(app: &App, session: Option<&str>) -> Result<(), Error> {
    if let Some(token) = session {
        db::sessions::delete(&app.db, token).await?;
    }
    Ok(())
}

/// Mails a new link to confirm the signed-in person's address, unless it is confirmed.
pub async fn resend_verification(
    app: &App,
    user: &User,
    client_ip: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    if user.email_verified {
        return Ok(());
    }
    let mut tx = app.db.begin().await?;
    if mail_allowed(&mut tx, "verify_again", &user.email, client_ip, now).await? {
        let token = db::tokens::issue(&mut tx, user.id, Purpose::VerifyEmail, now).await?;
        let link = app.mailer.link(&format!("/verify-email/{token}"));
        let mail = messages::verify_email(
            &user.email,
            &user.name,
            &link,
            crate::mail::account_locale(user.locale.as_deref()),
        )?;
        app.mailer.queue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Whether a mailed link still works (without using it up).
pub async fn link_works(
    app: &App,
    token: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    Ok(crate::security::is_token(token)
        && db::tokens::peek(&app.db, token, purpose, now)
            .await?
            .is_some())
}

/// Confirms the address a link was mailed to; `NotFound` when the link no longer works.
pub async fn confirm_email(app: &App, token: &str, now: DateTime<Utc>) -> Result<(), Error> {
    let mut tx = app.db.begin().await?;
    let user_id = db::tokens::consume(&mut tx, token, Purpose::VerifyEmail, now)
        .await?
        .ok_or(Error::NotFound)?;
    db::users::mark_verified(&mut tx, user_id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Mails a link to choose a new password, if the address has an account; the answer is
/// the same either way. Returns the address as read.
pub async fn request_reset(
    app: &App,
    email: EmailAddress,
    client_ip: &str,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    let mut tx = app.db.begin().await?;
    // Counted whether or not the address has an account, so that the limit says nothing.
    let send = mail_allowed(&mut tx, "password_reset", email.as_str(), client_ip, now).await?;
    let account = db::users::by_email(&mut *tx, email.as_str()).await?;
    if let Some(account) = account.filter(|_| send) {
        let user = &account.user;
        let token = db::tokens::issue(&mut tx, user.id, Purpose::ResetPassword, now).await?;
        let link = app.mailer.link(&format!("/password-reset/{token}"));
        let mail = messages::password_reset(
            &user.email,
            &user.name,
            &link,
            crate::mail::account_locale(user.locale.as_deref()),
        )?;
        app.mailer.queue(&mut tx, &mail).await?;
    }
    tx.commit().await?;
    Ok(email.as_str().to_owned())
}

/// Sets the password a link's account chose: the link is used up, and with it every other
/// link to set the account's password; the address counts as confirmed (the mail reached
/// it); every session of the account ends but `current`, the session of the person who
/// set it, if it is theirs. Returns whether `current` goes on. `NotFound` when the link
/// no longer works.
pub async fn set_password(
    app: &App,
    token: &str,
    purpose: Purpose,
    password: &str,
    current: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool, Rejected> {
    let user_id = db::tokens::peek(&app.db, token, purpose, now)
        .await?
        .ok_or(Error::NotFound)?;
    let user = db::users::by_id(&app.db, user_id)
        .await?
        .ok_or(Error::NotFound)?;
    let mut issues = Issues::default();
    let Some(password) = issues.check("password", NewPassword::parse(password, Some(&user.email)))
    else {
        return Err(Rejected::Invalid(issues));
    };
    let hash = hash_password(password.into_inner()).await?;
    let mut tx = app.db.begin().await?;
    // Used up inside the transaction: of two clicks at once, one wins.
    db::tokens::consume(&mut tx, token, purpose, now)
        .await?
        .ok_or(Error::NotFound)?;
    db::tokens::void_password_links(&mut tx, user_id, now).await?;
    db::users::set_password(&mut tx, user_id, &hash).await?;
    db::users::mark_verified(&mut tx, user_id, now).await?;
    let kept = match current {
        Some(session) => db::sessions::user(&mut *tx, session, now)
            .await?
            .is_some_and(|u| u.id == user_id)
            .then_some(session),
        None => None,
    };
    db::sessions::delete_all_for(&mut tx, user_id, kept).await?;
    tx.commit().await?;
    Ok(kept.is_some())
}

/// Remembers on the account of the person signed in the language they chose (the
/// pseudo-language of the tests stays in the cookie only).
pub async fn choose_language(visit: &mut Visit, locale: crate::i18n::Locale) -> Result<(), Error> {
    let user = visit.signed_in()?.id;
    if locale.is_offered() {
        db::users::set_locale(&mut *visit.conn, user, locale.code()).await?;
    }
    Ok(())
}
