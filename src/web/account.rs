//! Accounts: register, confirm the address, sign in and out, reset a password, accept an
//! invitation.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::error::Error;
use super::extract::{Path, Query};
use super::forms::FormErrors;
use super::session::{CsrfForm, Ctx, cookie_names, home_for, safe_next, set_cookie};
use super::{AppState, Layout, render, unprocessable, words};
use crate::app::{self, Rejected, accounts};
use crate::db::tokens::Purpose;
use crate::domain::account::{EmailAddress, MIN_PASSWORD_CHARS};
use crate::i18n::Tr;

/// A page that only says something: a title, paragraphs, perhaps a link onwards.
#[derive(Template)]
#[template(path = "account/message.html")]
pub struct MessagePage {
    pub layout: Layout,
    pub title: String,
    pub paragraphs: Vec<String>,
    /// Where to go next, and the words of the link.
    pub link: Option<(&'static str, String)>,
}

/// How long a mailed link works, in whole days (confirming an address, an invitation).
fn link_days(purpose: Purpose) -> i64 {
    purpose.lifetime().num_days()
}

/// How long a mailed link works, in whole hours (a password reset).
fn link_hours(purpose: Purpose) -> i64 {
    purpose.lifetime().num_hours()
}

/// The layout of a page that needs no one signed in, looking the session up only when
/// there is one; `form` when the page has a form of its own.
async fn layout(state: &AppState, ctx: &Ctx, form: bool) -> Result<Layout, Error> {
    let visit = match &ctx.session_token {
        Some(_) => Some(ctx.visit(state).await?),
        None => None,
    };
    let user = visit.as_ref().and_then(|v| v.user.as_ref());
    Ok(if form {
        ctx.form_layout(user)
    } else {
        ctx.layout_of(user)
    })
}

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
    min_password: usize,
}

pub async fn register_page(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    render(&RegisterPage {
        layout: layout(&state, &ctx, true).await?,
        form: RegisterForm::default(),
        errors: FormErrors::default(),
        min_password: MIN_PASSWORD_CHARS,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct SentQuery {
    #[serde(default)]
    to: String,
}

pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> Result<Response, Error> {
    let registration = match accounts::Registration::parse(&form.name, &form.email, &form.password)
    {
        Ok(r) => r,
        Err(issues) => {
            let layout = layout(&state, &ctx, true).await?;
            let page = RegisterPage {
                errors: FormErrors::from_issues(layout.tr, &issues),
                layout,
                form: RegisterForm {
                    password: String::new(),
                    ..form
                },
                min_password: MIN_PASSWORD_CHARS,
            };
            return Ok(unprocessable(render(&page)?));
        }
    };
    let to = accounts::register(
        state.app(),
        registration,
        ctx.locale,
        &ctx.client_ip,
        ctx.now,
    )
    .await
    .map_err(|e| ctx.fail(e))?;
    let query = serde_urlencoded::to_string([("to", to)]).unwrap_or_default();
    Ok(Redirect::to(&format!("/register/sent?{query}")).into_response())
}

pub async fn register_sent(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<SentQuery>,
) -> Result<Html<String>, Error> {
    // The address as the person typed it, repeated so that a typo shows; it says nothing
    // of whether the address has an account (the answer is the same either way).
    let to = EmailAddress::parse(&q.to).ok();
    let layout = layout(&state, &ctx, false).await?;
    let tr = layout.tr;
    let days = link_days(Purpose::VerifyEmail);
    let first = match &to {
        Some(to) => tr.t2("account-sent-to", "email", to.to_string(), "days", days),
        None => tr.t1("account-sent-to-unknown", "days", days),
    };
    render(&MessagePage {
        layout,
        title: tr.t("account-check-email-title"),
        paragraphs: vec![
            first,
            tr.t("account-sent-start-now"),
            tr.t("account-sent-wrong-address"),
        ],
        link: Some(("/login", tr.t("nav-sign-in"))),
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
    notice: Option<String>,
    errors: FormErrors,
}

/// What the sign-in page says after a redirect (`?notice=`).
fn notice(tr: Tr, code: &str) -> Option<String> {
    let key = match code {
        "confirmed" => "account-notice-confirmed",
        "reset" => "account-notice-reset",
        "welcome" => "account-notice-welcome",
        "signed-out" => "account-notice-signed-out",
        _ => return None,
    };
    Some(tr.t(key))
}

pub async fn login_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<LoginQuery>,
) -> Result<Response, Error> {
    let layout = layout(&state, &ctx, true).await?;
    if let Some(user) = &layout.user {
        return Ok(Redirect::to(user.home).into_response());
    }
    let tr = layout.tr;
    Ok(render(&LoginPage {
        layout,
        email: String::new(),
        next: q.next,
        notice: notice(tr, &q.notice),
        errors: FormErrors::default(),
    })?
    .into_response())
}

pub async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Result<Response, Error> {
    let signed_in = accounts::sign_in(
        state.app(),
        &form.email,
        &form.password,
        &ctx.client_ip,
        ctx.session_token.as_deref(),
        ctx.device.as_deref(),
        ctx.now,
    )
    .await;
    match signed_in {
        Ok(accounts::SignedIn::Open { user, token }) => {
            let to = safe_next(&form.next, &state.app().config.base_url)
                .unwrap_or_else(|| home_for(user.role).to_owned());
            Ok(with_session(
                &state,
                Redirect::to(&to).into_response(),
                &token,
            ))
        }
        Ok(accounts::SignedIn::CodeNeeded { token }) => {
            let next = safe_next(&form.next, &state.app().config.base_url).unwrap_or_default();
            let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
            let to = format!("{}?{query}", super::two_factor::CODE_PAGE);
            Ok(with_session(
                &state,
                Redirect::to(&to).into_response(),
                &token,
            ))
        }
        Err(Rejected::Invalid(issues)) => {
            let layout = ctx.form_layout(None);
            let page = LoginPage {
                errors: FormErrors::from_issues(layout.tr, &issues),
                layout,
                email: form.email,
                next: form.next,
                notice: None,
            };
            Ok(refused_sign_in(ctx.now, &issues, render(&page)?))
        }
        Err(Rejected::Failed(e)) => Err(ctx.fail(e)),
    }
}

/// A sign-in form (a password, a code) shown again with its problems: `429` with
/// `Retry-After` when it was tried too often, else `422`.
pub fn refused_sign_in(
    now: chrono::DateTime<chrono::Utc>,
    issues: &app::Issues,
    page: Html<String>,
) -> Response {
    let wait = issues.0.iter().find_map(|(_, i)| match i {
        app::Issue::TooManyAttempts { until, .. } => Some(*until),
        _ => None,
    });
    match wait {
        Some(until) => {
            let seconds = (until - now).num_seconds().max(1);
            (
                StatusCode::TOO_MANY_REQUESTS,
                [(header::RETRY_AFTER, axum::http::HeaderValue::from(seconds))],
                page,
            )
                .into_response()
        }
        None => (StatusCode::UNPROCESSABLE_ENTITY, page).into_response(),
    }
}

/// An answer that sets the session cookie `token`: the pre-session's token served the
/// sign-in form; the session's serves now.
pub fn with_session(state: &AppState, mut response: Response, token: &str) -> Response {
    let names = cookie_names(state.secure_cookies());
    let secure = state.secure_cookies();
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        set_cookie(names.session, token, secure, None),
    );
    headers.append(
        header::SET_COOKIE,
        set_cookie(names.presession, "", secure, Some(0)),
    );
    response
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn logout(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    accounts::sign_out(state.app(), ctx.session_token.as_deref())
        .await
        .map_err(|e| ctx.fail(e))?;
    let names = cookie_names(state.secure_cookies());
    Ok((
        [(
            header::SET_COOKIE,
            set_cookie(names.session, "", state.secure_cookies(), Some(0)),
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
    #[serde(default)]
    notice: Option<String>,
}

#[derive(Template)]
#[template(path = "account/account.html")]
struct AccountPage {
    layout: Layout,
    name: String,
    email: String,
    role: String,
    /// The Member State's name, in the page's language.
    country: Option<String>,
    verified: bool,
    sent: bool,
    /// How long the link to confirm the address works.
    link_days: i64,
    /// The password was just set; the other sessions ended.
    password_set: bool,
    two_factor: bool,
}

pub async fn account_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AccountQuery>,
) -> Result<Html<String>, Error> {
    let visit = ctx.visit(&state).await?;
    let user = visit.signed_in().map_err(|e| ctx.fail(e))?;
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    render(&AccountPage {
        layout,
        name: user.name.clone(),
        email: user.email.clone(),
        role: words::role(tr, user.role),
        country: user.country.as_deref().map(|c| tr.country(c)),
        verified: user.email_verified,
        sent: q.sent.is_some(),
        link_days: link_days(Purpose::VerifyEmail),
        password_set: q.notice.as_deref() == Some("password"),
        two_factor: user.two_factor,
    })
}

pub async fn resend_verification(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, Error> {
    let visit = ctx.visit(&state).await?;
    let user = visit.signed_in().map_err(|e| ctx.fail(e))?.clone();
    drop(visit);
    accounts::resend_verification(state.app(), &user, &ctx.client_ip, ctx.now)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(Redirect::to("/account?sent=1").into_response())
}

#[derive(Template)]
#[template(path = "account/confirm_email.html")]
struct ConfirmEmailPage {
    layout: Layout,
    token: String,
}

async fn link_expired(state: &AppState, ctx: &Ctx, kind: PasswordLink) -> Result<Response, Error> {
    let layout = layout(state, ctx, false).await?;
    let tr = layout.tr;
    let page = MessagePage {
        layout,
        title: tr.t("account-link-expired-title"),
        paragraphs: vec![kind.expired(tr)],
        link: None,
    };
    Ok((StatusCode::NOT_FOUND, render(&page)?).into_response())
}

/// Opening the mailed link shows a button; only pressing it confirms, so that a mail
/// scanner that follows links cannot use up the link.
pub async fn verify_email_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, Error> {
    let works = accounts::link_works(state.app(), &token, Purpose::VerifyEmail, ctx.now)
        .await
        .map_err(|e| ctx.fail(e))?;
    if !works {
        return link_expired(&state, &ctx, PasswordLink::Verify).await;
    }
    Ok(render(&ConfirmEmailPage {
        layout: layout(&state, &ctx, true).await?,
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
    match accounts::confirm_email(state.app(), &token, ctx.now).await {
        Ok(()) => {}
        Err(app::Error::NotFound) => return link_expired(&state, &ctx, PasswordLink::Verify).await,
        Err(e) => return Err(ctx.fail(e)),
    }
    let to = if ctx.session_token.is_some() {
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

pub async fn reset_request_page(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, Error> {
    render(&ResetRequestPage {
        layout: layout(&state, &ctx, true).await?,
        email: String::new(),
        errors: FormErrors::default(),
    })
}

pub async fn reset_request(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<ResetRequestForm>,
) -> Result<Response, Error> {
    let email = match EmailAddress::parse(&form.email) {
        Ok(email) => email,
        Err(problem) => {
            let mut issues = app::Issues::default();
            issues.add("email", problem.into());
            let layout = layout(&state, &ctx, true).await?;
            let page = ResetRequestPage {
                errors: FormErrors::from_issues(layout.tr, &issues),
                layout,
                email: form.email,
            };
            return Ok(unprocessable(render(&page)?));
        }
    };
    let email = accounts::request_reset(state.app(), email, &ctx.client_ip, ctx.now)
        .await
        .map_err(|e| ctx.fail(e))?;
    // The same answer whether or not the address has an account.
    let layout = layout(&state, &ctx, false).await?;
    let tr = layout.tr;
    render(&MessagePage {
        layout,
        title: tr.t("account-check-email-title"),
        paragraphs: vec![
            tr.t2(
                "account-reset-sent",
                "email",
                email.to_string(),
                "hours",
                link_hours(Purpose::ResetPassword),
            ),
            tr.t("account-reset-no-message"),
        ],
        link: Some(("/login", tr.t("account-back-to-sign-in"))),
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
    heading: String,
    action: String,
    errors: FormErrors,
    min_password: usize,
}

/// The ways a mailed link opens a page.
#[derive(Clone, Copy)]
enum PasswordLink {
    Verify,
    Reset,
    Invitation,
}

impl PasswordLink {
    fn purpose(self) -> Purpose {
        match self {
            PasswordLink::Verify => Purpose::VerifyEmail,
            PasswordLink::Reset => Purpose::ResetPassword,
            PasswordLink::Invitation => Purpose::Invitation,
        }
    }
    fn heading(self, tr: Tr) -> String {
        tr.t(match self {
            PasswordLink::Invitation => "account-invitation-heading",
            _ => "account-new-password-heading",
        })
    }
    fn action(self, token: &str) -> String {
        match self {
            PasswordLink::Invitation => format!("/invitation/{token}"),
            _ => format!("/password-reset/{token}"),
        }
    }
    /// Why a link no longer works, and what to do.
    fn expired(self, tr: Tr) -> String {
        let purpose = self.purpose();
        match self {
            PasswordLink::Verify => {
                tr.t1("account-link-expired-verify", "days", link_days(purpose))
            }
            PasswordLink::Reset => {
                tr.t1("account-link-expired-reset", "hours", link_hours(purpose))
            }
            PasswordLink::Invitation => tr.t1(
                "account-link-expired-invitation",
                "days",
                link_days(purpose),
            ),
        }
    }
}

async fn password_page(
    state: &AppState,
    ctx: &Ctx,
    kind: PasswordLink,
    token: &str,
) -> Result<Response, Error> {
    let works = accounts::link_works(state.app(), token, kind.purpose(), ctx.now)
        .await
        .map_err(|e| ctx.fail(e))?;
    if !works {
        return link_expired(state, ctx, kind).await;
    }
    let layout = layout(state, ctx, true).await?;
    Ok(render(&SetPasswordPage {
        heading: kind.heading(layout.tr),
        layout,
        action: kind.action(token),
        errors: FormErrors::default(),
        min_password: MIN_PASSWORD_CHARS,
    })?
    .into_response())
}

async fn set_password(
    state: &AppState,
    ctx: &Ctx,
    kind: PasswordLink,
    token: &str,
    form: SetPasswordForm,
) -> Result<Response, Error> {
    let current = ctx.session_token.as_deref();
    let set = accounts::set_password(
        state.app(),
        token,
        kind.purpose(),
        &form.password,
        current,
        ctx.now,
    )
    .await;
    let kept = match set {
        Ok(kept) => kept,
        Err(Rejected::Invalid(issues)) => {
            let layout = layout(state, ctx, true).await?;
            let page = SetPasswordPage {
                heading: kind.heading(layout.tr),
                errors: FormErrors::from_issues(layout.tr, &issues),
                layout,
                action: kind.action(token),
                min_password: MIN_PASSWORD_CHARS,
            };
            return Ok(unprocessable(render(&page)?));
        }
        Err(Rejected::Failed(app::Error::NotFound)) => return link_expired(state, ctx, kind).await,
        Err(Rejected::Failed(e)) => return Err(ctx.fail(e)),
    };
    if kept {
        // The person who set it stays signed in here; their other sessions ended.
        return Ok(Redirect::to("/account?notice=password").into_response());
    }
    let notice = match kind {
        PasswordLink::Invitation => "welcome",
        _ => "reset",
    };
    let names = cookie_names(state.secure_cookies());
    Ok((
        [(
            header::SET_COOKIE,
            set_cookie(names.session, "", state.secure_cookies(), Some(0)),
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
