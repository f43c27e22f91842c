//! The HTTP side: the router, the middleware every request passes through, and one
//! module per area of the site. Handlers extract what the request says, call one use
//! case (`app`), and render what it returns; `words` puts values into words.

mod account;
mod assets;
mod city;
mod cockpit;
pub(crate) mod country_options;
pub mod error;
mod extract;
mod forms;
mod jury;
mod language;
mod markdown;
mod natcom;
mod ops;
pub(crate) mod papers;
mod privacy;
mod public;
mod review;
pub mod session;
mod streamed;
mod team;
mod two_factor;
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
use axum::routing::MethodRouter;
use sqlx::PgPool;
use tokio::sync::OnceCell;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::predicate::{NotForContentType, Predicate};
use tower_http::compression::{CompressionLayer, DefaultPredicate};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::app::App;
use crate::config::Config;
use crate::db::users::User;
use crate::domain::Refusal;
use crate::i18n::{Locale, Tr};
use country_options::CountryOptions;
use error::{Error, ErrorPage};
use session::{CsrfToken, cookie, cookie_names};

/// What every handler can reach: the use cases' `App`, and what the web layer keeps that
/// is the same for everyone (the public pages by revision, the options of a choice of
/// Member State). A clone costs one counter.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    app: Arc<App>,
    /// By `Locale as usize`: the six languages and the pseudo-language.
    country_options: [OnceCell<Arc<CountryOptions>>; 7],
    pages: public::KeptPages,
    /// Set on SIGTERM: `/readyz` answers 503 so that the load balancer takes this server
    /// out, while it goes on serving (`main::serve`).
    draining: std::sync::atomic::AtomicBool,
}

impl AppState {
    pub fn new(db: PgPool, config: Config) -> Self {
        if config.pseudo_locale {
            crate::i18n::enable_pseudo_locale();
        }
        AppState(Arc::new(Shared {
            app: Arc::new(App::new(db, config)),
            country_options: Default::default(),
            pages: public::KeptPages::default(),
            draining: std::sync::atomic::AtomicBool::new(false),
        }))
    }

    /// From now on `/readyz` says this server is going away.
    pub fn start_draining(&self) {
        self.0
            .draining
            .store(true, std::sync::atomic::Ordering::Release);
    }

    pub fn is_draining(&self) -> bool {
        self.0.draining.load(std::sync::atomic::Ordering::Acquire)
    }

    pub fn app(&self) -> &Arc<App> {
        &self.0.app
    }

    /// The options of a choice of Member State in the language of `tr`, rendered once
    /// per language.
    pub async fn country_options(&self, tr: Tr) -> Result<Arc<CountryOptions>, Error> {
        let options = self.0.country_options[tr.locale as usize]
            .get_or_try_init(|| async {
                let states = self.app().member_states().await?;
                Ok::<_, Error>(Arc::new(CountryOptions::new(tr, &states)))
            })
            .await?;
        Ok(options.clone())
    }

    /// Cookies only travel over TLS when the site is served over https.
    pub fn secure_cookies(&self) -> bool {
        self.app().config.base_url.starts_with("https://")
    }
}

/// What the base layout shows of the visitor: who is signed in, the CSRF token for the
/// sign-out button, the language of the page and where the language menu comes back to.
/// It dereferences to the page's words: templates write `layout.t("key")`.
#[derive(Debug, Default)]
pub struct Layout {
    pub user: Option<NavUser>,
    pub csrf: String,
    pub tr: Tr,
    /// The path and query of this page.
    pub here: String,
}

#[derive(Debug)]
pub struct NavUser {
    pub name: String,
    pub home: &'static str,
}

/// One entry of the language menu.
pub struct LanguageChoice {
    pub code: &'static str,
    /// The language named in itself: "Français", "العربية".
    pub name: &'static str,
    pub current: bool,
}

impl Layout {
    /// `locale` is the request's language; a signed-in person's own choice comes first.
    pub fn of(user: Option<&User>, csrf: &str, locale: Locale, here: &str) -> Self {
        let locale = user
            .and_then(|u| u.locale.as_deref())
            .and_then(Locale::parse)
            .unwrap_or(locale);
        Layout {
            user: user.map(|u| NavUser {
                name: u.name.clone(),
                home: session::home_for(u.role),
            }),
            csrf: csrf.to_owned(),
            tr: Tr::new(locale),
            here: here.to_owned(),
        }
    }

    pub fn languages(&self) -> Vec<LanguageChoice> {
        Locale::OFFERED
            .iter()
            .map(|&l| LanguageChoice {
                code: l.code(),
                name: Tr::autonym(l),
                current: l == self.tr.locale,
            })
            .collect()
    }

    /// A language named in itself ("Français"), from its own catalogue.
    pub fn language_name(&self, code: &str) -> String {
        Locale::parse(code).map_or_else(|| code.to_owned(), |l| Tr::autonym(l).to_owned())
    }

    /// The signed-in person's first page, or the call's.
    pub fn home(&self) -> &'static str {
        self.user.as_ref().map_or("/", |u| u.home)
    }

    /// The page's own address, for the language menu's links.
    pub fn here_encoded(&self) -> String {
        url::form_urlencoded::byte_serialize(self.here.as_bytes()).collect()
    }
}

impl std::ops::Deref for Layout {
    type Target = Tr;

    fn deref(&self) -> &Tr {
        &self.tr
    }
}

/// The largest ordinary form, read by axum's extractors. The routes that take files read
/// their bodies themselves, to a limit of their own (`upload::MAX_UPLOAD_BODY`).
pub(crate) const MAX_FORM_BYTES: usize = 64 * 1024;

const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; \
     frame-ancestors 'none'";

/// The routes of the site as data: each path with the methods it answers, built by
/// `site_routes!` from one line per path, so that what the router serves and what
/// `route_table` lists (for the tests that try every route) cannot differ.
type Routes = Vec<(
    &'static str,
    &'static [&'static str],
    MethodRouter<AppState>,
)>;

macro_rules! site_routes {
    ($($path:literal => $first:ident($handler:path) $(. $more:ident($more_handler:path))*;)*) => {
        vec![$((
            $path,
            &[stringify!($first) $(, stringify!($more))*][..],
            axum::routing::$first($handler)$(.$more($more_handler))*,
        )),*]
    };
}

/// The routes for operators and load balancers: they answer without a session, a CSRF
/// token or anything else the database holds, so that `/healthz` says the process is up
/// even while PostgreSQL is not.
fn ops_routes() -> Routes {
    site_routes! {
        "/healthz" => get(ops::healthz);
        "/readyz" => get(ops::readyz);
    }
}

/// The routes whose forms are read to the usual limit of a form.
fn form_routes() -> Routes {
    site_routes! {
        "/" => get(public::call_page);
        "/members" => get(public::members);
        "/members/{id}" => get(privacy::profile);
        "/privacy" => get(privacy::notice);
        "/language" => get(language::choose).post(language::choose_for_account);
        "/static/{file}" => get(assets::serve);
        "/register" => get(account::register_page).post(account::register);
        "/register/sent" => get(account::register_sent);
        "/login" => get(account::login_page).post(account::login);
        "/login/code" => get(two_factor::code_page).post(two_factor::confirm_code);
        "/logout" => post(account::logout);
        "/account/two-factor" => get(two_factor::two_factor_page).post(two_factor::enrol);
        "/account" => get(account::account_page);
        "/account/data" => get(privacy::data_page).post(privacy::download);
        "/account/delete" => get(privacy::delete_page).post(privacy::delete);
        "/account/verify-email" => post(account::resend_verification);
        "/verify-email/{token}" => get(account::verify_email_page).post(account::verify_email);
        "/password-reset" => get(account::reset_request_page).post(account::reset_request);
        "/password-reset/{token}" => get(account::reset_password_page).post(account::reset_password);
        "/invitation/{token}" => get(account::invitation_page).post(account::accept_invitation);
        "/uil" => get(uil::review::dashboard);
        "/uil/applications/{id}" => get(uil::review::show);
        "/uil/applications/{id}/review" => post(uil::review::start_review);
        "/uil/applications/{id}/assess" => post(uil::review::assess);
        "/uil/applications/{id}/decide" => post(uil::review::decide_application);
        "/uil/export.csv" => get(uil::export::export);
        "/uil/pipeline" => get(uil::pipeline::pipeline);
        "/uil/calls" => get(uil::calls::list);
        "/uil/calls/new" => get(uil::calls::new_page).post(uil::calls::create);
        "/uil/calls/{id}" => get(uil::calls::edit_page).post(uil::calls::update);
        "/uil/calls/{id}/jury" => get(uil::jury::board);
        "/uil/calls/{id}/jury/automatic" => post(uil::jury::assign_automatically);
        "/uil/calls/{id}/jury/assign" => post(uil::jury::assign);
        "/uil/calls/{id}/jury/unassign" => post(uil::jury::unassign);
        "/uil/calls/{id}/jury/publish" => post(uil::jury::publish);
        "/uil/calls/{id}/ranking" => get(uil::jury::ranking);
        "/uil/calls/{id}/ranking.csv" => get(uil::jury::ranking_csv);
        "/uil/calls/{id}/dossier.zip" => get(uil::dossier::bulk);
        "/uil/applications/{id}/dossier.zip" => get(uil::dossier::one);
        "/uil/calls/{id}/rubric" => get(uil::jury::rubric).post(uil::jury::add_criterion);
        "/uil/calls/{id}/rubric/{criterion}" => post(uil::jury::change_criterion);
        "/uil/calls/{id}/threshold" => post(uil::jury::threshold);
        "/uil/decisions/confirm" => post(uil::jury::confirm);
        "/uil/decisions" => post(uil::jury::decide);
        "/uil/extensions" => get(uil::extensions::list).post(uil::extensions::grant);
        "/uil/audit" => get(uil::audit::audit);
        "/uil/outbox" => get(uil::outbox::outbox);
        "/uil/outbox/{id}/resend" => post(uil::outbox::resend);
        "/uil/users" => get(uil::users::users_page).post(uil::users::invite);
        "/uil/users/{id}/reset-two-factor" => post(uil::users::reset_two_factor);
        "/uil/erasure" => get(privacy::erasure_page).post(privacy::erase_on_request);
        "/uil/applications/{id}/consent/withdraw" => post(privacy::withdraw_consent_for_city);
        "/jury" => get(jury::home);
        "/jury/conflicts" => post(jury::conflicts);
        "/jury/applications/{id}" => get(jury::show);
        "/jury/applications/{id}/declare" => post(jury::declare);
        "/jury/applications/{id}/assess" => post(jury::assess);
        "/jury/applications/{id}/documents/{document}" => get(jury::download);
        "/natcom" => get(natcom::dashboard);
        "/natcom/applications/{id}" => get(natcom::show);
        "/natcom/applications/{id}/decline" => post(natcom::decline);
        "/natcom/applications/{id}/return" => post(natcom::return_to_city);
        "/natcom/applications/{id}/take-back" => post(natcom::take_back);
        "/natcom/submit" => post(natcom::submit_to_uil);
        "/natcom/compare" => get(cockpit::compare);
        "/natcom/ranking" => post(cockpit::rank);
        "/natcom/confirm" => get(cockpit::confirm);
        "/natcom/endorse-and-send" => post(cockpit::endorse_and_send);
        "/applications" => get(city::list).post(city::create);
        "/applications/new" => get(city::new_page);
        "/applications/{id}" => get(city::show);
        "/applications/{id}/edit" => get(city::task_list);
        "/applications/{id}/check" => get(city::check);
        "/applications/{id}/submit" => post(city::submit);
        "/applications/{id}/submitted" => get(city::submitted);
        "/applications/{id}/withdraw" => get(city::withdraw_page).post(city::withdraw);
        "/applications/{id}/print" => get(city::print);
        "/applications/{id}/pledge.pdf" => get(papers::pledge);
        "/natcom/applications/{id}/part2.pdf" => get(papers::part2);
        "/applications/{id}/start-again" => post(city::start_again);
        "/applications/{id}/consent/withdraw" => post(privacy::withdraw_consent_of_city);
        "/applications/{id}/team" => get(team::team).post(team::invite);
        "/applications/{id}/team/{user}/remove" => post(team::remove);
        "/team-invitation/{token}" => get(team::invitation).post(team::accept);
        "/applications/{id}/documents/{document}" => get(city::download);
        "/applications/{id}/documents/{document}/delete" => post(city::remove_document);
    }
}

/// The routes that take files: they read their bodies themselves, to the limit of a
/// form with its files (`upload::MAX_UPLOAD_BODY`).
fn upload_routes() -> Routes {
    site_routes! {
        "/applications/{id}/edit/{section}" => get(city::edit_section).post(city::save_section);
        "/applications/{id}/documents" => post(city::upload);
        "/natcom/applications/{id}/endorse" => post(natcom::endorse);
        "/natcom/applications/{id}/part2" => post(natcom::save_part2);
        "/uil/members" => get(uil::members::page).post(uil::members::import);
    }
}

/// Every route of the site and the methods it answers, for the tests that try them all.
pub fn route_table() -> Vec<(&'static str, &'static [&'static str])> {
    ops_routes()
        .into_iter()
        .chain(form_routes())
        .chain(upload_routes())
        .map(|(path, methods, _)| (path, methods))
        .collect()
}

pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    let serve = |routes: Routes| {
        routes
            .into_iter()
            .fold(Router::new(), |router, (path, _, handlers)| {
                router.route(path, handlers)
            })
    };
    let site = Router::new()
        .merge(
            serve(form_routes()).layer(axum::middleware::from_fn_with_state(
                MAX_FORM_BYTES,
                refuse_announced_oversize,
            )),
        )
        .merge(
            serve(upload_routes())
                .layer(DefaultBodyLimit::disable())
                .layer(axum::middleware::from_fn_with_state(
                    upload::MAX_ANNOUNCED_BODY,
                    refuse_announced_oversize,
                )),
        )
        .fallback(not_found)
        .layer(axum::middleware::from_fn(run_to_completion))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            error_pages,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::csrf,
        ));
    Router::new()
        .merge(serve(ops_routes()))
        .merge(site)
        .with_state(state.clone())
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
        // A ZIP is sent as it is written, of PDFs compressed already: gzip would only
        // spend the two cores again on it.
        .layer(CompressionLayer::new().compress_when(
            DefaultPredicate::new().and(NotForContentType::const_new("application/zip")),
        ))
        .layer(security_header(
            header::CONTENT_SECURITY_POLICY,
            CONTENT_SECURITY_POLICY,
        ))
        .layer(security_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(security_header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(security_header(header::REFERRER_POLICY, "same-origin"))
        .layer(CatchPanicLayer::custom(|_| {
            bare_error_page(StatusCode::INTERNAL_SERVER_ERROR, Locale::En)
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
        .layer(axum::middleware::from_fn(deadline))
        // Outermost: a panic's 500 and a deadline's 503 say "https only" too.
        .layer(axum::middleware::from_fn_with_state(state, transport_headers))
}

/// How long a request may take before it is answered 503: 30 seconds, or, for a form with
/// files, 15 minutes, the time a city on a slow line needs to send 60 MB. A state-changing
/// request still runs to its end (`run_to_completion`); only the answer is given up.
async fn deadline(req: Request, next: axum::middleware::Next) -> Response {
    let with_files = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let limit = if with_files {
        Duration::from_secs(15 * 60)
    } else {
        Duration::from_secs(30)
    };
    let locale = session::locale_of_headers(req.headers());
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => bare_error_page(StatusCode::SERVICE_UNAVAILABLE, locale),
    }
}

/// Refuses at once, with the 413 page, a body announced larger than the route reads:
/// waiting for it would only keep the sender waiting. A body that does not announce its
/// length is cut off by the route's reader at the same limit.
async fn refuse_announced_oversize(
    State(limit): State<usize>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    let announced = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|length| length > limit as u64) {
        return Error::PayloadTooLarge.into_response();
    }
    next.run(req).await
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
    let names = cookie_names(state.secure_cookies());
    let session = cookie(req.headers(), names.session).map(str::to_owned);
    let locale = session::request_locale(req.headers(), names);
    let (parts, body) = req.into_parts();
    let here = session::page_of(&parts, &state.app().config.base_url);
    let req = Request::from_parts(parts, body);
    let csrf = req.extensions().get::<CsrfToken>().cloned();
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
    // The sign-out button of a signed-in person's header needs the request's token.
    let token = match (&user, csrf) {
        (Some(_), Some(csrf)) => csrf.for_form(),
        _ => String::new(),
    };
    let page = error_page(
        status,
        refusal.as_ref(),
        Layout::of(user.as_ref(), &token, locale, &here),
    );
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
    heading: String,
    explanation: String,
}

/// The page for an error status, in words a visitor can act on.
fn error_page(status: StatusCode, refusal: Option<&Refusal>, layout: Layout) -> String {
    let (heading, explanation) = match status {
        StatusCode::NOT_FOUND => ("error-not-found-heading", "error-not-found-text"),
        StatusCode::FORBIDDEN => ("error-forbidden-heading", "error-forbidden-text"),
        StatusCode::BAD_REQUEST => ("error-bad-request-heading", "error-bad-request-text"),
        StatusCode::PAYLOAD_TOO_LARGE => ("error-too-large-heading", "error-too-large-text"),
        StatusCode::CONFLICT => ("error-refused-heading", ""),
        StatusCode::TOO_MANY_REQUESTS => ("error-too-many-heading", "error-too-many-text"),
        StatusCode::SERVICE_UNAVAILABLE => ("error-busy-heading", "error-busy-text"),
        _ => ("error-internal-heading", "error-internal-text"),
    };
    let tr = layout.tr;
    let heading = tr.t(heading);
    let page = ErrorPageView {
        status: status.as_u16(),
        heading: heading.clone(),
        explanation: match refusal {
            Some(r) => words::refusal(tr, r),
            None if explanation.is_empty() => String::new(),
            None => tr.t(explanation),
        },
        layout,
    };
    page.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, "error page failed to render");
        heading
    })
}

/// An error page without a visitor: for answers made outside the router's state (a
/// panic caught, a body over the limit).
/// `locale` as the request asked (`session::locale_of_headers`); a panic's page, made
/// without the request, is English.
pub(crate) fn bare_error_page(status: StatusCode, locale: Locale) -> Response {
    let layout = Layout {
        tr: Tr::new(locale),
        here: "/".into(),
        ..Layout::default()
    };
    (status, Html(error_page(status, None, layout))).into_response()
}

/// What no browser or proxy may keep: any page shown to a signed-in person (`no-store`);
/// and, over https, that the site is only ever to be reached over https.
async fn transport_headers(
    State(state): State<AppState>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    let names = cookie_names(state.secure_cookies());
    let signed_in = cookie(req.headers(), names.session).is_some();
    let is_asset = req.uri().path().starts_with("/static/");
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    if signed_in && !is_asset {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        headers.remove(header::ETAG);
    }
    if state.secure_cookies() {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
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

/// A file to download, `filename` (in ASCII: the header allows no more), never kept by a
/// cache: every download is of someone's data.
pub(crate) fn attachment(
    content_type: &'static str,
    filename: &str,
    body: impl Into<axum::body::Body>,
) -> Response {
    let ascii: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
        ],
        body.into(),
    )
        .into_response()
}

/// A form page shown again with its problems.
fn unprocessable(page: Html<String>) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
}
