//! Two-factor sign-in: the code asked after the password (`/login/code`), and the page
//! where an account sets up its authenticator app and gets its recovery codes
//! (`/account/two-factor`). Staff accounts are sent to the latter until they have one.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::account::{refused_sign_in, with_session};
use super::error::Error;
use super::extract::Query;
use super::forms::FormErrors;
use super::session::{CsrfForm, Ctx, cookie_names, home_for, safe_next, set_cookie};
use super::{AppState, Layout, render};
use crate::app::{self, Issues, Rejected, accounts};
use crate::domain::two_factor::{self, REMEMBER_DEVICE};

/// Where an account sets up its second factor.
pub const TWO_FACTOR_PAGE: &str = "/account/two-factor";
/// Where the code is asked after the password.
pub const CODE_PAGE: &str = "/login/code";

// ---------- the code after the password ----------

#[derive(Debug, Default, Deserialize)]
pub struct CodeQuery {
    #[serde(default)]
    next: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    remember: Option<String>,
    #[serde(default)]
    next: String,
}

#[derive(Template)]
#[template(path = "account/login_code.html")]
struct CodePage {
    layout: Layout,
    next: String,
    remember: bool,
    remember_days: i64,
    errors: FormErrors,
}

pub async fn code_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<CodeQuery>,
) -> Result<Response, Error> {
    // Only a sign-in that waits for its code has this page; anyone else starts again.
    match accounts::awaiting_code(state.app(), ctx.session_token.as_deref(), ctx.now).await {
        Ok(_) => {}
        Err(app::Error::SignInRequired) => return Ok(Redirect::to("/login").into_response()),
        Err(e) => return Err(ctx.fail(e)),
    }
    Ok(render(&CodePage {
        layout: ctx.form_layout(None),
        next: q.next,
        remember: false,
        remember_days: REMEMBER_DEVICE.num_days(),
        errors: FormErrors::default(),
    })?
    .into_response())
}

pub async fn confirm_code(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, Error> {
    let accepted = accounts::confirm_code(
        state.app(),
        ctx.session_token.as_deref(),
        &form.code,
        form.remember.is_some(),
        &ctx.client_ip,
        ctx.now,
    )
    .await;
    match accepted {
        Ok(accepted) => {
            let to = safe_next(&form.next, &state.app().config.base_url)
                .unwrap_or_else(|| home_for(accepted.user.role).to_owned());
            let mut response =
                with_session(&state, Redirect::to(&to).into_response(), &accepted.token);
            if let Some(device) = accepted.device {
                let names = cookie_names(state.secure_cookies());
                response.headers_mut().append(
                    header::SET_COOKIE,
                    set_cookie(
                        names.device,
                        &device,
                        state.secure_cookies(),
                        Some(REMEMBER_DEVICE.num_seconds()),
                    ),
                );
            }
            Ok(response)
        }
        Err(Rejected::Failed(app::Error::SignInRequired)) => {
            // The wait for the code ran out: from the password again.
            Ok(Redirect::to("/login").into_response())
        }
        Err(Rejected::Invalid(issues)) => {
            let layout = ctx.form_layout(None);
            let page = CodePage {
                errors: FormErrors::from_issues(layout.tr, &issues),
                layout,
                next: form.next,
                remember: form.remember.is_some(),
                remember_days: REMEMBER_DEVICE.num_days(),
            };
            Ok(refused_sign_in(ctx.now, &issues, render(&page)?))
        }
        Err(Rejected::Failed(e)) => Err(ctx.fail(e)),
    }
}

// ---------- setting up the second factor ----------

#[derive(Debug, Default, Deserialize)]
pub struct EnrolForm {
    #[serde(default)]
    code: String,
}

#[derive(Template)]
#[template(path = "account/two_factor.html")]
struct TwoFactorPage {
    layout: Layout,
    /// Whether the account's role must have one (it cannot reach its pages until then).
    required: bool,
    state: PageState,
    errors: FormErrors,
}

enum PageState {
    Enrolling {
        /// The key grouped by four, and its QR code as SVG (no script, no image request).
        secret: String,
        qr_svg: String,
    },
    Enrolled {
        recovery_codes_left: i64,
    },
    /// Just set up: the recovery codes, shown this once.
    Done {
        recovery_codes: Vec<String>,
    },
}

/// The QR code of an `otpauth://` address, as an SVG element to put in the page.
fn qr_svg(uri: &str) -> Result<String, Error> {
    let code = qrcode::QrCode::new(uri.as_bytes())
        .map_err(|e| Error::Internal(format!("QR code: {e}")))?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    // The XML declaration has no place inside an HTML page.
    Ok(svg
        .split_once("?>")
        .map_or(svg.as_str(), |(_, rest)| rest)
        .replacen("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ", 1))
}

async fn two_factor_view(
    state: &AppState,
    ctx: &Ctx,
    code_issues: &Issues,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(state).await?;
    let second_factor = accounts::second_factor(&mut visit)
        .await
        .map_err(|e| ctx.fail(e))?;
    let user = visit.signed_in_enrolling().map_err(|e| ctx.fail(e))?;
    let required = two_factor::required(user.role);
    let layout = ctx.form_layout(Some(user));
    let state = match second_factor {
        accounts::SecondFactor::Enrolling { secret, uri } => PageState::Enrolling {
            qr_svg: qr_svg(&uri)?,
            secret: two_factor::group_secret(&secret),
        },
        accounts::SecondFactor::Enrolled {
            recovery_codes_left,
        } => PageState::Enrolled {
            recovery_codes_left,
        },
    };
    let page = TwoFactorPage {
        errors: FormErrors::from_issues(layout.tr, code_issues),
        layout,
        required,
        state,
    };
    let html = render(&page)?;
    Ok(if code_issues.is_empty() {
        html.into_response()
    } else {
        refused_sign_in(ctx.now, code_issues, html)
    })
}

pub async fn two_factor_page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Error> {
    two_factor_view(&state, &ctx, &Issues::default()).await
}

pub async fn enrol(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<EnrolForm>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    match accounts::enrol(&mut visit, &form.code, &ctx.client_ip).await {
        Ok(recovery_codes) => {
            let user = visit.signed_in_enrolling().map_err(|e| ctx.fail(e))?;
            let page = TwoFactorPage {
                layout: ctx.form_layout(Some(user)),
                required: two_factor::required(user.role),
                state: PageState::Done {
                    recovery_codes: recovery_codes
                        .iter()
                        .map(|c| two_factor::group_recovery_code(c))
                        .collect(),
                },
                errors: FormErrors::default(),
            };
            // Shown once; a browser must not keep the page.
            Ok(([(header::CACHE_CONTROL, "no-store")], render(&page)?).into_response())
        }
        // Set up meanwhile (in another tab): the page says so.
        Err(Rejected::Failed(app::Error::NotFound)) => {
            Ok(Redirect::to(TWO_FACTOR_PAGE).into_response())
        }
        Err(Rejected::Invalid(issues)) => {
            drop(visit);
            two_factor_view(&state, &ctx, &issues).await
        }
        Err(Rejected::Failed(e)) => Err(ctx.fail(e)),
    }
}
