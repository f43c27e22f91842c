//! The HTTP side: the router, the middleware every request passes through, and one
//! module per area of the site.

mod account;
mod assets;
mod city;
mod country_options;
mod forms;
mod markdown;
pub(crate) mod natcom;
mod ops;
pub(crate) mod public;
mod recent;
pub mod session;
mod uil;
mod upload;
mod views;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::State;
use axum::http::{HeaderName, HeaderValue, Request, StatusCode, header};
use axum::response::Response;
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

use crate::clock::Clock;
use crate::config::Config;
use crate::db;
use crate::db::member_states::MemberStates;
use crate::domain::Call;
use crate::error::{Error, error_page};
use crate::mail::Mailer;
use country_options::CountryOptions;
use db::listing::{Filter, Listing};
use db::sessions::Session;
use recent::{Changes, Recent};
use session::Ctx;

/// What every handler can reach: a handle on one shared [`Shared`], cloned for every
/// request (an `Arc`, so a clone costs one counter). Holds no per-user state, so several
/// servers can run side by side against one PostgreSQL.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub db: PgPool,
    pub clock: Clock,
    pub config: Config,
    pub mailer: Mailer,
    /// The Member States, read once: reference data is loaded once per database.
    member_states: OnceCell<Arc<MemberStates>>,
    country_options: OnceCell<Arc<CountryOptions>>,
    rendered_calls: markdown::RenderedCalls,
    /// What the busiest pages show, read at most a second ago and again after any change
    /// through this process (see `recent`).
    changes: Changes,
    calls: Recent<Vec<Call>>,
    directory: Recent<db::members::Directory>,
    failed_mail: Recent<i64>,
    sessions: Recent<Option<Session>, String>,
    uil_lists: Recent<Listing, (Filter, u32)>,
    country_lists: Recent<natcom::CountryApplications, (i64, String)>,
    uil_applications: Recent<Option<uil::review::ApplicationRecord>, i64>,
}

/// How long what pages show may be kept (see `recent`).
const SHOWN_READ_EVERY: Duration = Duration::from_secs(1);
/// How many sessions, and how many pages of each kind, are kept at most.
const KEPT_SESSIONS: usize = 10_000;
const KEPT_PAGES: usize = 1_000;

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl AppState {
    pub fn new(db: PgPool, config: Config) -> Self {
        let clock = config.clock();
        let changes = Changes::default();
        AppState(Arc::new(Shared {
            db,
            clock,
            mailer: Mailer::new(&config, clock),
            config,
            member_states: OnceCell::new(),
            country_options: OnceCell::new(),
            rendered_calls: markdown::RenderedCalls::default(),
            calls: Recent::new(SHOWN_READ_EVERY, 1, &changes),
            directory: Recent::new(SHOWN_READ_EVERY, 1, &changes),
            failed_mail: Recent::new(SHOWN_READ_EVERY, 1, &changes),
            sessions: Recent::new(SHOWN_READ_EVERY, KEPT_SESSIONS, &changes),
            uil_lists: Recent::new(SHOWN_READ_EVERY, KEPT_PAGES, &changes),
            country_lists: Recent::new(SHOWN_READ_EVERY, KEPT_PAGES, &changes),
            uil_applications: Recent::new(SHOWN_READ_EVERY, KEPT_PAGES, &changes),
            changes,
        }))
    }
}

impl Shared {
    /// Every Member State, by name. The first call reads them from the database (through
    /// the pool: call it before taking a connection of your own); `lib::prepare` does so
    /// before the server answers anyone.
    pub async fn member_states(&self) -> Result<Arc<MemberStates>, Error> {
        let states = self
            .member_states
            .get_or_try_init(|| async {
                Ok::<_, Error>(Arc::new(MemberStates::new(
                    db::member_states::all(&self.db).await?,
                )))
            })
            .await?;
        Ok(states.clone())
    }

    /// The options of a choice of Member State, rendered once.
    pub async fn country_options(&self) -> Result<Arc<CountryOptions>, Error> {
        let options = self
            .country_options
            .get_or_try_init(|| async {
                Ok::<_, Error>(Arc::new(CountryOptions::new(&self.member_states().await?)))
            })
            .await?;
        Ok(options.clone())
    }

    /// The calls as read at most a second ago, for pages that only show them (the call
    /// page, both dashboards): the busiest page of the site need not ask
    /// PostgreSQL for the same few rows thousands of times a second. What acts on a call
    /// reads it in its own transaction.
    pub async fn recent_calls(&self) -> Result<Arc<Vec<Call>>, Error> {
        self.calls
            .get_or_read((), || db::calls::all(&self.db))
            .await
    }

    /// The member directory, for its public page (read at most once a second).
    pub async fn directory(&self) -> Result<Arc<db::members::Directory>, Error> {
        self.directory
            .get_or_read((), || db::members::read(&self.db))
            .await
    }

    /// The session a cookie names, live or not, as read at most a second ago: for requests
    /// that change nothing (`session::Visitor::seen`).
    pub async fn session(&self, token: &str) -> Result<Arc<Option<Session>>, Error> {
        self.sessions
            .get_or_read(token.to_owned(), || db::sessions::find(&self.db, token))
            .await
    }

    /// How many mails could not be sent, for the warning on the UIL dashboard (read at
    /// most once a second).
    pub async fn failed_mail(&self) -> Result<i64, Error> {
        let count = self
            .failed_mail
            .get_or_read((), || db::outbox::failed_count(&self.db))
            .await?;
        Ok(*count)
    }

    /// A call's text as HTML, read and rendered only when the call changed since it was
    /// last rendered.
    pub async fn call_html(&self, call: &Call) -> Result<Arc<str>, Error> {
        if let Some(html) = self.rendered_calls.get(call.id, call.revision) {
            return Ok(html);
        }
        let (markdown, revision) = db::calls::text(&self.db, call.id).await?;
        Ok(self.rendered_calls.insert(call.id, revision, &markdown))
    }

    /// Cookies only travel over TLS when the site is served over https.
    pub fn secure_cookies(&self) -> bool {
        self.config.base_url.starts_with("https://")
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

impl Ctx {
    pub fn layout(&self) -> Layout {
        Layout {
            user: self.user.as_ref().map(|u| NavUser {
                name: u.name.clone(),
                home: session::home_for(u.role),
            }),
            csrf: self.csrf.clone(),
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
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            run_to_completion,
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
            error_page(StatusCode::INTERNAL_SERVER_ERROR)
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
                    tracing::info_span!("request", %id, method = %req.method(), uri = %req.uri())
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
/// halfway when the connection drops (and never handed back to the pool half-done). Once
/// one has ended, and before its answer leaves, the pages kept in memory are read again
/// (`recent::Changes`): whoever acted sees the result on the next page.
async fn run_to_completion(
    State(state): State<AppState>,
    req: Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> Response {
    if req.method().is_safe() {
        return next.run(req).await;
    }
    let changes = state.changes.clone();
    let request = async move {
        let response = next.run(req).await;
        changes.note();
        response
    };
    match tokio::spawn(request).await {
        Ok(response) => response,
        Err(e) => {
            // A panic may have come after a commit.
            state.changes.note();
            tracing::error!(error = %e, "request task failed");
            error_page(StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

fn security_header(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

async fn not_found() -> Response {
    error_page(StatusCode::NOT_FOUND)
}

/// Renders an askama template into an HTML response.
fn render<T: askama::Template>(page: &T) -> Result<axum::response::Html<String>, Error> {
    // askama's hint counts the template's own text only; the pages with lists are 10 to
    // 40 KB, and growing a String to that size step by step copies it again at each step.
    let mut html = String::with_capacity(T::SIZE_HINT.max(PAGE_CAPACITY));
    page.render_into(&mut html)?;
    Ok(axum::response::Html(html))
}

/// What a rendered page is given to start with (see `render`).
const PAGE_CAPACITY: usize = 32 * 1024;
