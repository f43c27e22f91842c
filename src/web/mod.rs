//! The HTTP side: the router, the middleware every request passes through, and one
//! module per area of the site. Handlers extract what the request says, call one use
//! case (`app`), and render what it returns; `words` puts values into words.

mod account;
mod assets;
mod city;
mod country_options;
pub mod error;
mod forms;
mod markdown;
mod natcom;
mod ops;
mod public;
pub mod session;
mod uil;
mod upload;
mod views;
pub mod words;

use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use sqlx::PgPool;
use tokio::sync::OnceCell;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::app::App;
use crate::config::Config;
use crate::db::users::User;
use crate::domain::Refusal;
use country_options::CountryOptions;
use error::{Error, ErrorPage};
use session::{CsrfToken, SESSION_COOKIE, cookie};

/// What every handler can reach: the use cases' `App`, and what the web layer keeps that
/// is the same for everyone (the public pages by revision, the options of a choice of
/// Member State). A clone costs one counter.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    app: Arc<App>,
    country_options: OnceCell<Arc<CountryOptions>>,
    pages: public::KeptPages,
}

impl AppState {
    pub fn new(db: PgPool, config: Config) -> Self {
        AppState(Arc::new(Shared {
            app: Arc::new(App::new(db, config)),
            country_options: OnceCell::new(),
            pages: public::KeptPages::default(),
        }))
    }

    pub fn app(&self) -> &Arc<App> {
        &self.0.app
    }

    /// The options of a choice of Member State, rendered once.
    pub async fn country_options(&self) -> Result<Arc<CountryOptions>, Error> {
        let options = self
            .0
            .country_options
            .get_or_try_init(|| async {
                let states = self.app().member_states().await?;
                Ok::<_, Error>(Arc::new(CountryOptions::new(&states)))
            })
            .await?;
        Ok(options.clone())
    }

    /// Cookies only travel over TLS when the site is served over https.
    pub fn secure_cookies(&self) -> bool {
        self.app().config.base_url.starts_with("https://")
    }
}

/// What the base layout shows of the visitor: who is signed in, and the CSRF token for
/// the sign-out button.
#[derive(Debug, Default)]
pub struct Layout {
    pub user: Option<NavUser>,
    pub csrf: String,
}

#[derive(Debug)]
pub struct NavUser {
    pub name: String,
    pub home: &'static str,
}

impl Layout {
    pub fn of(user: Option<&User>, csrf: &str) -> Self {
        Layout {
            user: user.map(|u| NavUser {
                name: u.name.clone(),
                home: session::home_for(u.role),
            }),
            csrf: csrf.to_owned(),
        }
    }
}

/// The largest request body accepted at all. Files may be at most 10 MB; up to this size a
/// larger one still arrives whole, so the person gets a form error that keeps the rest of
/// what they sent rather than a bare refusal.
const MAX_REQUEST_BYTES: usize = 25 * 1024 * 1024;
/// The largest ordinary form, read by axum's extractors; upload routes raise it.
const MAX_FORM_BYTES: usize = 64 * 1024;

const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; \
     frame-ancestors 'none'";

pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    Router::new()
        .route("/", get(public::call_page))
        .route("/members", get(public::members))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/static/{file}", get(assets::serve))
        .route(
            "/register",
            get(account::register_page).post(account::register),
        )
        .route("/register/sent", get(account::register_sent))
        .route("/login", get(account::login_page).post(account::login))
        .route("/logout", post(account::logout))
        .route("/account", get(account::account_page))
        .route("/account/verify-email", post(account::resend_verification))
        .route(
            "/verify-email/{token}",
            get(account::verify_email_page).post(account::verify_email),
        )
        .route(
            "/password-reset",
            get(account::reset_request_page).post(account::reset_request),
        )
        .route(
            "/password-reset/{token}",
            get(account::reset_password_page).post(account::reset_password),
        )
        .route(
            "/invitation/{token}",
            get(account::invitation_page).post(account::accept_invitation),
        )
        .route("/uil", get(uil::review::dashboard))
        .route("/uil/applications/{id}", get(uil::review::show))
        .route(
            "/uil/applications/{id}/review",
            post(uil::review::start_review),
        )
        .route("/uil/applications/{id}/assess", post(uil::review::assess))
        .route(
            "/uil/applications/{id}/decide",
            post(uil::review::decide_application),
        )
        .route("/uil/export.csv", get(uil::export::export))
        .route("/uil/calls", get(uil::calls::list))
        .route(
            "/uil/calls/new",
            get(uil::calls::new_page).post(uil::calls::create),
        )
        .route(
            "/uil/calls/{id}",
            get(uil::calls::edit_page).post(uil::calls::update),
        )
        .route(
            "/uil/extensions",
            get(uil::extensions::list).post(uil::extensions::grant),
        )
        .route("/uil/audit", get(uil::audit::audit))
        .route("/uil/outbox", get(uil::outbox::outbox))
        .route("/uil/outbox/{id}/resend", post(uil::outbox::resend))
        .route(
            "/uil/users",
            get(uil::users::users_page).post(uil::users::invite),
        )
        .route("/natcom", get(natcom::dashboard))
        .route("/natcom/applications/{id}", get(natcom::show))
        .route("/natcom/applications/{id}/decline", post(natcom::decline))
        .route(
            "/natcom/applications/{id}/return",
            post(natcom::return_to_city),
        )
        .route(
            "/natcom/applications/{id}/take-back",
            post(natcom::take_back),
        )
        .route("/natcom/submit", post(natcom::submit_to_uil))
        .route("/applications", get(city::list).post(city::create))
        .route("/applications/new", get(city::new_page))
        .route("/applications/{id}", get(city::show))
        .route("/applications/{id}/edit", get(city::task_list))
        .route("/applications/{id}/check", get(city::check))
        .route("/applications/{id}/submit", post(city::submit))
        .route("/applications/{id}/submitted", get(city::submitted))
        .route(
            "/applications/{id}/withdraw",
            get(city::withdraw_page).post(city::withdraw),
        )
        .route("/applications/{id}/print", get(city::print))
        .route(
            "/applications/{id}/documents/{document}",
            get(city::download),
        )
        .route(
            "/applications/{id}/documents/{document}/delete",
            post(city::remove_document),
        )
        .merge(
            // The routes that take files accept bodies up to the request limit.
            Router::new()
                .route(
                    "/applications/{id}/edit/{section}",
                    get(city::edit_section).post(city::save_section),
                )
                .route("/applications/{id}/documents", post(city::upload))
                .route("/natcom/applications/{id}/endorse", post(natcom::endorse))
                .route(
                    "/uil/members",
                    get(uil::members::page).post(uil::members::import),
                )
                .layer(DefaultBodyLimit::max(MAX_REQUEST_BYTES)),
        )
        .fallback(not_found)
        .layer(axum::middleware::from_fn(run_to_completion))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            error_pages,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::csrf_cookie,
        ))
        .with_state(state)
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_REQUEST_BYTES))
        .layer(CompressionLayer::new())
        .layer(security_header(
            header::CONTENT_SECURITY_POLICY,
            CONTENT_SECURITY_POLICY,
        ))
        .layer(security_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(security_header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(security_header(header::REFERRER_POLICY, "same-origin"))
        .layer(CatchPanicLayer::custom(|_| {
            bare_error_page(StatusCode::INTERNAL_SERVER_ERROR)
        }))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request<_>| {
                    let id = req
                        .headers()
                        .get("x-request-id")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    // The path only: a query string may hold what a person typed.
                    tracing::info_span!("request", %id, method = %req.method(), path = %req.uri().path())
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
}

/// State-changing requests run on a task of their own, to their end, even if the client
/// goes away: a transaction is then committed or rolled back as a whole, never abandoned
/// halfway when the connection drops (and never handed back to the pool half-done).
async fn run_to_completion(req: Request, next: axum::middleware::Next) -> Response {
    if req.method().is_safe() {
        return next.run(req).await;
    }
    match tokio::spawn(next.run(req)).await {
        Ok(response) => response,
        Err(e) => {
            tracing::error!(error = %e, "request task failed");
            Error::Internal("request task failed".into()).into_response()
        }
    }
}

/// Renders the page of an error answer (see `error::ErrorPage`) with the layout of the
/// visitor who asked: the signed-in header stays on a 404 or a 403. Only error answers
/// look the session up again here; they are rare.
async fn error_pages(
    State(state): State<AppState>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    let session = cookie(req.headers(), SESSION_COOKIE).map(str::to_owned);
    let csrf = req
        .extensions()
        .get::<CsrfToken>()
        .map(|t| t.0.clone())
        .unwrap_or_default();
    let response = next.run(req).await;
    let Some(&ErrorPage(status, refusal)) = response.extensions().get::<ErrorPage>() else {
        return response;
    };
    let user = match session {
        Some(token) => match state.app().visit(Some(&token)).await {
            Ok(visit) => visit.user,
            Err(_) => None,
        },
        None => None,
    };
    let (mut parts, _) = response.into_parts();
    let page = error_page(status, refusal.as_ref(), Layout::of(user.as_ref(), &csrf));
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    Response::from_parts(parts, axum::body::Body::from(page))
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPageView {
    layout: Layout,
    status: u16,
    heading: &'static str,
    explanation: String,
}

/// The page for an error status, in words a visitor can act on.
fn error_page(status: StatusCode, refusal: Option<&Refusal>, layout: Layout) -> String {
    let (heading, explanation) = match status {
        StatusCode::NOT_FOUND => (
            "Page not found",
            "If you typed the web address, check it is correct. If you followed a link, \
             the page may have moved or you may not have access to it.",
        ),
        StatusCode::FORBIDDEN => (
            "You cannot do this",
            "Your account does not give access to this page, or the form you sent had \
             expired. Go back, reload the page and try again.",
        ),
        StatusCode::BAD_REQUEST => (
            "The form could not be read",
            "Go back, reload the page and try again.",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "What you sent is too large",
            "Files can be at most 10 MB each. Go back and choose a smaller file.",
        ),
        StatusCode::CONFLICT => ("That was not done", ""),
        StatusCode::SERVICE_UNAVAILABLE => (
            "Sorry, the service is busy",
            "Nothing you sent before this page was lost. Please try again in a minute.",
        ),
        _ => (
            "Sorry, there is a problem with the service",
            "The problem has been recorded. Please try again later; nothing you saved \
             before this page was lost.",
        ),
    };
    let page = ErrorPageView {
        layout,
        status: status.as_u16(),
        heading,
        explanation: match refusal {
            Some(r) => words::refusal(r),
            None => explanation.to_owned(),
        },
    };
    page.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, "error page failed to render");
        heading.to_owned()
    })
}

/// An error page without a visitor: for answers made outside the router's state (a
/// panic caught, a body over the limit).
fn bare_error_page(status: StatusCode) -> Response {
    (status, Html(error_page(status, None, Layout::default()))).into_response()
}

fn security_header(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

async fn not_found() -> Error {
    Error::NotFound
}

/// Renders an askama template into an HTML response.
fn render<T: askama::Template>(page: &T) -> Result<Html<String>, Error> {
    // askama's hint counts the template's own text only; the pages with lists are 10 to
    // 40 KB, and growing a String to that size step by step copies it again at each step.
    let mut html = String::with_capacity(T::SIZE_HINT.max(PAGE_CAPACITY));
    page.render_into(&mut html)?;
    Ok(Html(html))
}

/// What a rendered page is given to start with (see `render`).
const PAGE_CAPACITY: usize = 32 * 1024;

/// A form page shown again with its problems.
fn unprocessable(page: Html<String>) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
}
