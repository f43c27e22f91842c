//! Accounts: register, confirm the address, sign in and out, reset a password, accept an
//! invitation. Answers never reveal whether an address has an account.

use chrono::{DateTime, Utc};
use sqlx::Connection;

use super::{App, Error, Issue, Issues, Rejected, Visit};
use crate::db;
use crate::db::tokens::Purpose;
use crate::db::users::User;
use crate::domain::Role;
use crate::domain::account::{EmailAddress, NewPassword, PersonName};
use crate::domain::limits::{
    MAIL_WINDOW, MailAllowance, SIGN_IN_WINDOW, mail_allowance, sign_in_wait,
};
use crate::domain::two_factor::{self, Code, CodeProblem};
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

/// What a right password opens: a session, or, for an account with a second factor on a
/// browser it does not remember, a session that waits for the code. Either way the token
/// is the session cookie's.
pub enum SignedIn {
    Open { user: User, token: String },
    CodeNeeded { token: String },
}

/// A sign-in with the password. The old session, if any, ends: a new session id at every
/// sign-in. `device` is the cookie of a browser remembered for its second factor.
pub async fn sign_in(
    app: &App,
    email: &str,
    password: &str,
    client_ip: &str,
    old_session: Option<&str>,
    device: Option<&str>,
    now: DateTime<Utc>,
) -> Result<SignedIn, Rejected> {
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
    if let Some(wait) = must_wait(&mut tx, &counted, client_ip, now).await? {
        return Err(refuse(wait));
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
    let user = account.user;
    let remembered = match device.filter(|d| crate::security::is_token(d)) {
        Some(device) if user.two_factor => {
            db::two_factor::is_remembered(&app.db, user.id, device, now).await?
        }
        _ => false,
    };
    if user.two_factor && !remembered {
        let token = db::sessions::create_awaiting_code(&app.db, user.id, now).await?;
        return Ok(SignedIn::CodeNeeded { token });
    }
    let token = db::sessions::create(&app.db, user.id, now).await?;
    Ok(SignedIn::Open { user, token })
}

/// A code that opened a session: its user, the new session's token, and, if the person
/// asked, the token of the cookie that remembers their browser.
pub struct CodeAccepted {
    pub user: User,
    pub token: String,
    pub device: Option<String>,
}

/// Whether the person waiting at `session` for a code may wait no more. `SignInRequired`
/// when the session is not one that waits (it expired, or it was never one).
pub async fn awaiting_code(
    app: &App,
    session: Option<&str>,
    now: DateTime<Utc>,
) -> Result<User, Error> {
    let Some(session) = session else {
        return Err(Error::SignInRequired);
    };
    db::sessions::awaiting_code(&app.db, session, now)
        .await?
        .ok_or(Error::SignInRequired)
}

/// Checks the code typed after the password: from the authenticator app, against the real
/// time (never the application clock of `GNLC_NOW`: apps know only the real time), or one
/// of the recovery codes, once. Wrong codes count against the account like wrong
/// passwords. A right code ends the waiting session and opens a new one.
pub async fn confirm_code(
    app: &App,
    session: Option<&str>,
    typed: &str,
    remember: bool,
    client_ip: &str,
    now: DateTime<Utc>,
) -> Result<CodeAccepted, Rejected> {
    let user = awaiting_code(app, session, now).await?;
    let mut tx = app.db.begin().await?;
    let step = check_code(&mut tx, &user, typed, client_ip, now).await;
    let step = match step {
        Ok(step) => step,
        Err(Rejected::Invalid(issues)) => {
            // The failure stays counted.
            tx.commit().await?;
            return Err(Rejected::Invalid(issues));
        }
        Err(e) => return Err(e),
    };
    if let Some(step) = step {
        db::two_factor::use_step(&mut tx, user.id, step).await?;
    }
    if let Some(session) = session {
        db::sessions::delete(&mut *tx, session).await?;
    }
    let token = db::sessions::create(&mut *tx, user.id, now).await?;
    let device = if remember {
        let device = crate::security::new_token();
        db::two_factor::remember_device(&mut tx, user.id, &device, now).await?;
        Some(device)
    } else {
        None
    };
    tx.commit().await?;
    Ok(CodeAccepted {
        user,
        token,
        device,
    })
}

/// The field of the code, and its issue.
fn code_issue(issue: Issue) -> Rejected {
    let mut issues = Issues::default();
    issues.add("code", issue);
    Rejected::Invalid(issues)
}

/// The issue of a try that must wait until `until`, if that is still to come.
fn wait_issue(until: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Option<Issue> {
    until
        .filter(|until| *until > now)
        .map(|until| Issue::TooManyAttempts {
            until,
            minutes: (until - now).num_minutes() + 1,
        })
}

/// Whether a try of `counted` from `client_ip` must wait, after too many that failed in
/// the window (`limits::sign_in_wait`): the issue that says until when. Passwords and codes
/// are counted alike wherever they are typed: signing in, enrolling a second factor,
/// deleting an account.
pub(crate) async fn must_wait(
    conn: &mut sqlx::PgConnection,
    counted: &str,
    client_ip: &str,
    now: DateTime<Utc>,
) -> Result<Option<Issue>, Error> {
    let (pair, client) =
        db::login_attempts::failures(&mut *conn, counted, client_ip, now - SIGN_IN_WINDOW).await?;
    Ok(wait_issue(sign_in_wait(pair, client), now))
}

/// Checks a typed code for `user`'s enrolled second factor, in `tx`, counting the attempt:
/// the step of an app's code (a recovery code has none, and is used up here).
async fn check_code(
    tx: &mut sqlx::PgConnection,
    user: &User,
    typed: &str,
    client_ip: &str,
    now: DateTime<Utc>,
) -> Result<Option<i64>, Rejected> {
    let counted = format!("code {}", user.id);
    db::requests::take_turns(tx, &format!("sign-in {counted}")).await?;
    let account =
        db::login_attempts::account_failures(&mut *tx, &counted, now - SIGN_IN_WINDOW).await?;
    let (_, client) =
        db::login_attempts::failures(&mut *tx, &counted, client_ip, now - SIGN_IN_WINDOW).await?;
    if let Some(wait) = wait_issue(sign_in_wait(account, client), now) {
        return Err(code_issue(wait));
    }
    let enrolled = db::two_factor::enrolled_for_update(tx, user.id)
        .await?
        .ok_or(Error::SignInRequired)?;
    let checked = match two_factor::read_code(typed) {
        Some(Code::Totp(code)) => {
            let secret = two_factor::secret_bytes(&enrolled.secret)
                .ok_or_else(|| Error::Internal("a stored second factor is not base32".into()))?;
            two_factor::matching_step(&secret, &code, real_unix_time(), enrolled.last_step)
                .map(Some)
                .map_err(Issue::Code)
        }
        Some(Code::Recovery(code)) => {
            if db::two_factor::use_recovery_code(tx, user.id, &code, now).await? {
                Ok(None)
            } else {
                Err(Issue::Code(CodeProblem::Wrong))
            }
        }
        None => Err(Issue::Code(CodeProblem::Wrong)),
    };
    db::login_attempts::record(tx, &counted, client_ip, checked.is_ok(), now).await?;
    checked.map_err(code_issue)
}

/// Seconds since 1970 by the real clock, which authenticator apps share.
fn real_unix_time() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// What the page of a second factor shows: the secret to add to an app while enrolling,
/// or, once enrolled, how many recovery codes are left.
pub enum SecondFactor {
    Enrolling {
        /// The secret as base32 text, and the `otpauth://` address of its QR code.
        secret: String,
        uri: String,
    },
    Enrolled {
        recovery_codes_left: i64,
    },
}

/// The name authenticator apps show beside the account.
const ISSUER: &str = "GNLC Call";

/// The signed-in person's second factor, starting an enrolment if they have none (the
/// same secret until they finish).
pub async fn second_factor(visit: &mut Visit) -> Result<SecondFactor, Error> {
    let user = visit.signed_in_enrolling()?.clone();
    if user.two_factor {
        let left = db::two_factor::recovery_codes_left(&mut *visit.conn, user.id).await?;
        return Ok(SecondFactor::Enrolled {
            recovery_codes_left: left,
        });
    }
    let fresh = two_factor::secret_text(&crate::security::new_secret()[..20]);
    let secret = db::two_factor::pending_secret(&mut visit.conn, user.id, &fresh).await?;
    Ok(SecondFactor::Enrolling {
        uri: two_factor::provisioning_uri(ISSUER, &user.email, &secret),
        secret,
    })
}

/// Finishes an enrolment with the first code of the app: the secret becomes the
/// account's. Returns the recovery codes, shown once (only their hashes are kept).
pub async fn enrol(
    visit: &mut Visit,
    typed: &str,
    client_ip: &str,
) -> Result<Vec<String>, Rejected> {
    let user = visit.signed_in_enrolling()?.clone();
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    let counted = format!("code {}", user.id);
    if let Some(wait) = must_wait(&mut tx, &counted, client_ip, now).await? {
        return Err(code_issue(wait));
    }
    let Some(secret) = db::two_factor::pending_for_update(&mut tx, user.id).await? else {
        // Enrolled meanwhile (in another tab), or never shown a secret.
        return Err(Error::NotFound.into());
    };
    let bytes = two_factor::secret_bytes(&secret)
        .ok_or_else(|| Error::Internal("a pending second factor is not base32".into()))?;
    let step = match two_factor::read_code(typed) {
        Some(Code::Totp(code)) => two_factor::matching_step(&bytes, &code, real_unix_time(), None),
        _ => Err(CodeProblem::Wrong),
    };
    db::login_attempts::record(&mut tx, &counted, client_ip, step.is_ok(), now).await?;
    let step = match step {
        Ok(step) => step,
        Err(problem) => {
            tx.commit().await?;
            return Err(code_issue(Issue::Code(problem)));
        }
    };
    let codes: Vec<String> = (0..two_factor::RECOVERY_CODES)
        .map(|_| {
            let bytes = crate::security::new_secret();
            let mut random = [0u8; two_factor::RECOVERY_CODE_CHARS];
            random.copy_from_slice(&bytes[..two_factor::RECOVERY_CODE_CHARS]);
            two_factor::recovery_code_from(&random)
        })
        .collect();
    db::two_factor::enrol(&mut tx, user.id, &secret, step, &codes, now).await?;
    tx.commit().await?;
    Ok(codes)
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
    // Someone who must still enrol a second factor may choose the language they read it in.
    let user = visit.signed_in_enrolling()?.id;
    if locale.is_offered() {
        db::users::set_locale(&mut *visit.conn, user, locale.code()).await?;
    }
    Ok(())
}
