//! Accounts: register, confirm the address, sign in and out, reset a password, accept an
//! invitation. Answers never reveal whether an address has an account.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::forms::FormErrors;
use super::session::{CsrfForm, Ctx, SESSION_COOKIE, home_for, safe_next, set_cookie};
use super::{AppState, Layout, render};
use crate::db;
use crate::db::tokens::Purpose;
use crate::domain::Role;
use crate::domain::account::{EmailAddress, NewPassword, PersonName};
use crate::error::Error;
use crate::mail::messages;
use crate::security::{hash_password, is_token, verify_password};

// ---------- registration ----------

#[derive(Debug, Default, Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

#[derive(Template)]
#[template(path = "account/register.html")]
struct RegisterPage {
    layout: Layout,
    form: RegisterForm,
    errors: FormErrors,
}

pub async fn register_page(ctx: Ctx) -> Result<Html<String>, Error> {
    render(&RegisterPage {
        layout: ctx.layout(),
        form: RegisterForm::default(),
        errors: FormErrors::default(),
    })
}

pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> Result<Response, Error> {
    let mut errors = FormErrors::default();
    let name = errors.check("name", PersonName::parse(&form.name));
    let email = errors.check("email", EmailAddress::parse(&form.email));
    let password = errors.check(
        "password",
        NewPassword::parse(&form.password, Some(form.email.trim())),
    );
    let (Some(name), Some(email), Some(password)) = (name, email, password) else {
        let page = RegisterPage {
            layout: ctx.layout(),
            form: RegisterForm {
                password: String::new(),
                ..form
            },
            errors,
        };
        return Ok(unprocessable(render(&page)?));
    };
    let hash = hash_password(password.into_inner()).await?;
    let mut tx = state.db.begin().await?;
    let created = db::users::create(
        &mut tx,
        db::users::NewUser {
            email: email.as_str(),
            name: name.as_str(),
            role: Role::Applicant,
            country: None,
            password_hash: Some(&hash),
            verified_at: None,
            now: ctx.now,
        },
    )
    .await?;
    let mail = match created {
        Some(user_id) => {
            let token = db::tokens::issue(&mut tx, user_id, Purpose::VerifyEmail, ctx.now).await?;
            let link = state.mailer.link(&format!("/verify-email/{token}"));
            messages::verify_email(email.as_str(), name.as_str(), &link)?
        }
        // The address has an account: tell its owner, and answer exactly as for a new one.
        None => messages::account_exists(
            email.as_str(),
            &state.mailer.link("/login"),
            &state.mailer.link("/password-reset"),
        )?,
    };
    state.mailer.queue(&mut tx, &mail).await?;
    tx.commit().await?;
    Ok(Redirect::to("/register/sent").into_response())
}

/// A page that only says something: a title, paragraphs, perhaps a link onwards.
#[derive(Template)]
#[template(path = "account/message.html")]
pub struct MessagePage {
    pub layout: Layout,
    pub title: &'static str,
    pub paragraphs: Vec<String>,
    pub link: Option<(&'static str, &'static str)>,
}

pub async fn register_sent(ctx: Ctx) -> Result<Html<String>, Error> {
    render(&MessagePage {
        layout: ctx.layout(),
        title: "Check your email",
        paragraphs: vec![
            "We have sent a message to the address you gave. Open the link in it to confirm your address; it works for 3 days.".into(),
            "You can sign in and start your city's application now. You need to confirm your address before you submit it.".into(),
            "No message after a few minutes? Check your spam folder, or sign in and ask for a new link.".into(),
        ],
        link: Some(("/login", "Sign in")),
    })
}

// ---------- signing in and out ----------

#[derive(Debug, Default, Deserialize)]
pub struct LoginQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    notice: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

#[derive(Template)]
#[template(path = "account/login.html")]
struct LoginPage {
    layout: Layout,
    email: String,
    next: String,
    notice: Option<&'static str>,
    errors: FormErrors,
}

fn notice(code: &str) -> Option<&'static str> {
    match code {
        "confirmed" => Some("Your email address is confirmed. Sign in to continue."),
        "reset" => Some(
            "Your password has been changed and you were signed out everywhere. Sign in with your new password.",
        ),
        "welcome" => Some("Your password is set. Sign in to start."),
        "signed-out" => Some("You have signed out."),
        _ => None,
    }
}

pub async fn login_page(ctx: Ctx, Query(q): Query<LoginQuery>) -> Result<Response, Error> {
    if let Some(user) = &ctx.user {
        return Ok(Redirect::to(home_for(user.role)).into_response());
    }
    Ok(render(&LoginPage {
        layout: ctx.layout(),
        email: String::new(),
        next: q.next,
        notice: notice(&q.notice),
        errors: FormErrors::default(),
    })?
    .into_response())
}

pub async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Result<Response, Error> {
    let email = form.email.trim().to_lowercase();
    let refuse = |message: String, status| -> Result<Response, Error> {
        let mut errors = FormErrors::default();
        errors.add("email", message);
        let page = LoginPage {
            layout: ctx.layout(),
            email: form.email.clone(),
            next: form.next.clone(),
            notice: None,
            errors,
        };
        Ok((status, render(&page)?).into_response())
    };
    if email.is_empty() || form.password.is_empty() {
        return refuse(
            "Enter your email address and your password".into(),
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    if let Some(until) =
        db::login_attempts::blocked_until(&state.db, &email, &ctx.client_ip, ctx.now).await?
    {
        let minutes = (until - ctx.now).num_minutes() + 1;
        return refuse(
            format!(
                "Too many attempts to sign in. For your security, try again after {} UTC (in {minutes} minute{}), or reset your password.",
                until.format("%H:%M"),
                if minutes == 1 { "" } else { "s" }
            ),
            axum::http::StatusCode::TOO_MANY_REQUESTS,
        );
    }
    let account = db::users::by_email(&state.db, &email).await?;
    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let matches = verify_password(form.password.clone(), stored).await?;
    db::login_attempts::record(&state.db, &email, &ctx.client_ip, matches, ctx.now).await?;
    let Some(account) = account.filter(|_| matches) else {
        return refuse(
            "The email address or the password is not right".into(),
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    // A new session id at every sign-in; the old session, if any, ends.
    if let Some(old) = &ctx.session_token {
        db::sessions::delete(&state.db, old).await?;
    }
    let token = db::sessions::create(&state.db, account.user.id, ctx.now).await?;
    let to = safe_next(&form.next).unwrap_or(home_for(account.user.role));
    Ok((
        [(
            header::SET_COOKIE,
            set_cookie(SESSION_COOKIE, &token, state.secure_cookies(), None),
        )],
        Redirect::to(to),
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn logout(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    if let Some(token) = &ctx.session_token {
        db::sessions::delete(&state.db, token).await?;
    }
    Ok((
        [(
            header::SET_COOKIE,
            set_cookie(SESSION_COOKIE, "", state.secure_cookies(), Some(0)),
        )],
        Redirect::to("/login?notice=signed-out"),
    )
        .into_response())
}

// ---------- the account page and email confirmation ----------

#[derive(Debug, Default, Deserialize)]
pub struct AccountQuery {
    #[serde(default)]
    sent: Option<String>,
}

#[derive(Template)]
#[template(path = "account/account.html")]
struct AccountPage {
    layout: Layout,
    name: String,
    email: String,
    role: &'static str,
    country: Option<String>,
    verified: bool,
    sent: bool,
}

pub fn role_label(role: Role) -> &'static str {
    match role {
        Role::Applicant => "City applicant",
        Role::Natcom => "National Commission",
        Role::UilReviewer => "UIL reviewer",
        Role::UilAdmin => "UIL coordinator",
    }
}

pub async fn account_page(ctx: Ctx, Query(q): Query<AccountQuery>) -> Result<Html<String>, Error> {
    let user = ctx.signed_in()?;
    render(&AccountPage {
        layout: ctx.layout(),
        name: user.name.clone(),
        email: user.email.clone(),
        role: role_label(user.role),
        country: user.country.clone(),
        verified: user.email_verified,
        sent: q.sent.is_some(),
    })
}

pub async fn resend_verification(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    let user = ctx.signed_in()?;
    if !user.email_verified {
        let mut tx = state.db.begin().await?;
        let token = db::tokens::issue(&mut tx, user.id, Purpose::VerifyEmail, ctx.now).await?;
        let link = state.mailer.link(&format!("/verify-email/{token}"));
        let mail = messages::verify_email(&user.email, &user.name, &link)?;
        state.mailer.queue(&mut tx, &mail).await?;
        tx.commit().await?;
    }
    Ok(Redirect::to("/account?sent=1").into_response())
}

#[derive(Template)]
#[template(path = "account/confirm_email.html")]
struct ConfirmEmailPage {
    layout: Layout,
    token: String,
}

fn link_expired(ctx: &Ctx, what: &'static str) -> Result<Response, Error> {
    let page = MessagePage {
        layout: ctx.layout(),
        title: "This link has expired or was already used",
        paragraphs: vec![what.to_owned()],
        link: None,
    };
    Ok((axum::http::StatusCode::NOT_FOUND, render(&page)?).into_response())
}

const VERIFY_EXPIRED: &str = "Links to confirm an email address work once, for 3 days. Sign in and ask for a new link on your account page.";
const RESET_EXPIRED: &str = "Links to reset a password work once, for 1 hour. Ask for a new one on the page “Forgot your password?”.";
const INVITATION_EXPIRED: &str =
    "Invitations work once, for 7 days. Ask the UIL coordinator who invited you for a new one.";

/// Opening the mailed link shows a button; only pressing it confirms, so that a mail
/// scanner that follows links cannot use up the link.
pub async fn verify_email_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    if !is_token(&token)
        || db::tokens::peek(&state.db, &token, Purpose::VerifyEmail, ctx.now)
            .await?
            .is_none()
    {
        return link_expired(&ctx, VERIFY_EXPIRED);
    }
    Ok(render(&ConfirmEmailPage {
        layout: ctx.layout(),
        token,
    })?
    .into_response())
}

pub async fn verify_email(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    let mut tx = state.db.begin().await?;
    let Some(user_id) = db::tokens::consume(&mut tx, &token, Purpose::VerifyEmail, ctx.now).await?
    else {
        return link_expired(&ctx, VERIFY_EXPIRED);
    };
    db::users::mark_verified(&mut tx, user_id, ctx.now).await?;
    tx.commit().await?;
    let to = if ctx.user.is_some() {
        "/account"
    } else {
        "/login?notice=confirmed"
    };
    Ok(Redirect::to(to).into_response())
}

// ---------- password reset and invitations ----------

#[derive(Debug, Default, Deserialize)]
pub struct ResetRequestForm {
    #[serde(default)]
    email: String,
}

#[derive(Template)]
#[template(path = "account/reset_request.html")]
struct ResetRequestPage {
    layout: Layout,
    email: String,
    errors: FormErrors,
}

pub async fn reset_request_page(ctx: Ctx) -> Result<Html<String>, Error> {
    render(&ResetRequestPage {
        layout: ctx.layout(),
        email: String::new(),
        errors: FormErrors::default(),
    })
}

pub async fn reset_request(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<ResetRequestForm>,
) -> Result<Response, Error> {
    let mut errors = FormErrors::default();
    let Some(email) = errors.check("email", EmailAddress::parse(&form.email)) else {
        let page = ResetRequestPage {
            layout: ctx.layout(),
            email: form.email,
            errors,
        };
        return Ok(unprocessable(render(&page)?));
    };
    if let Some(account) = db::users::by_email(&state.db, email.as_str()).await? {
        let mut tx = state.db.begin().await?;
        let user = &account.user;
        let token = db::tokens::issue(&mut tx, user.id, Purpose::ResetPassword, ctx.now).await?;
        let link = state.mailer.link(&format!("/password-reset/{token}"));
        let mail = messages::password_reset(&user.email, &user.name, &link)?;
        state.mailer.queue(&mut tx, &mail).await?;
        tx.commit().await?;
    }
    // The same answer whether or not the address has an account.
    render(&MessagePage {
        layout: ctx.layout(),
        title: "Check your email",
        paragraphs: vec![
            format!("If {} has an account, we have sent it a link to choose a new password. The link works once, for 1 hour.", email.as_str()),
            "No message after a few minutes? Check your spam folder, or try again.".into(),
        ],
        link: Some(("/login", "Back to sign in")),
    })
    .map(IntoResponse::into_response)
}

#[derive(Debug, Default, Deserialize)]
pub struct SetPasswordForm {
    #[serde(default)]
    password: String,
}

#[derive(Template)]
#[template(path = "account/set_password.html")]
struct SetPasswordPage {
    layout: Layout,
    heading: &'static str,
    action: String,
    errors: FormErrors,
}

/// The two ways to set a password by a mailed link.
#[derive(Clone, Copy)]
enum PasswordLink {
    Reset,
    Invitation,
}

impl PasswordLink {
    fn purpose(self) -> Purpose {
        match self {
            PasswordLink::Reset => Purpose::ResetPassword,
            PasswordLink::Invitation => Purpose::Invitation,
        }
    }
    fn heading(self) -> &'static str {
        match self {
            PasswordLink::Reset => "Choose a new password",
            PasswordLink::Invitation => "Welcome to GNLC Call: choose your password",
        }
    }
    fn action(self, token: &str) -> String {
        match self {
            PasswordLink::Reset => format!("/password-reset/{token}"),
            PasswordLink::Invitation => format!("/invitation/{token}"),
        }
    }
    fn expired(self) -> &'static str {
        match self {
            PasswordLink::Reset => RESET_EXPIRED,
            PasswordLink::Invitation => INVITATION_EXPIRED,
        }
    }
}

async fn password_page(
    state: &AppState,
    ctx: &Ctx,
    kind: PasswordLink,
    token: &str,
) -> Result<Response, Error> {
    if !is_token(token)
        || db::tokens::peek(&state.db, token, kind.purpose(), ctx.now)
            .await?
            .is_none()
    {
        return link_expired(ctx, kind.expired());
    }
    Ok(render(&SetPasswordPage {
        layout: ctx.layout(),
        heading: kind.heading(),
        action: kind.action(token),
        errors: FormErrors::default(),
    })?
    .into_response())
}

/// Sets the password the link's account chose; the link is used up, the address counts as
/// confirmed (the mail reached it), and every session of the account ends.
async fn set_password(
    state: &AppState,
    ctx: &Ctx,
    kind: PasswordLink,
    token: &str,
    form: SetPasswordForm,
) -> Result<Response, Error> {
    let Some(user_id) = db::tokens::peek(&state.db, token, kind.purpose(), ctx.now).await? else {
        return link_expired(ctx, kind.expired());
    };
    let user = db::users::by_id(&state.db, user_id)
        .await?
        .ok_or(Error::NotFound)?;
    let mut errors = FormErrors::default();
    let Some(password) = errors.check(
        "password",
        NewPassword::parse(&form.password, Some(&user.email)),
    ) else {
        let page = SetPasswordPage {
            layout: ctx.layout(),
            heading: kind.heading(),
            action: kind.action(token),
            errors,
        };
        return Ok(unprocessable(render(&page)?));
    };
    let hash = hash_password(password.into_inner()).await?;
    let mut tx = state.db.begin().await?;
    // Used up inside the transaction: of two clicks at once, one wins.
    if db::tokens::consume(&mut tx, token, kind.purpose(), ctx.now)
        .await?
        .is_none()
    {
        return link_expired(ctx, kind.expired());
    }
    db::users::set_password(&mut tx, user_id, &hash).await?;
    db::users::mark_verified(&mut tx, user_id, ctx.now).await?;
    db::sessions::delete_all_for(&mut tx, user_id).await?;
    tx.commit().await?;
    let notice = match kind {
        PasswordLink::Reset => "reset",
        PasswordLink::Invitation => "welcome",
    };
    Ok((
        [(
            header::SET_COOKIE,
            set_cookie(SESSION_COOKIE, "", state.secure_cookies(), Some(0)),
        )],
        Redirect::to(&format!("/login?notice={notice}")),
    )
        .into_response())
}

pub async fn reset_password_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    password_page(&state, &ctx, PasswordLink::Reset, &token).await
}

pub async fn reset_password(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<SetPasswordForm>,
) -> Result<Response, Error> {
    set_password(&state, &ctx, PasswordLink::Reset, &token, form).await
}

pub async fn invitation_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    password_page(&state, &ctx, PasswordLink::Invitation, &token).await
}

pub async fn accept_invitation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<SetPasswordForm>,
) -> Result<Response, Error> {
    set_password(&state, &ctx, PasswordLink::Invitation, &token, form).await
}

/// A form page shown again with its errors.
pub fn unprocessable(page: Html<String>) -> Response {
    (axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
}
