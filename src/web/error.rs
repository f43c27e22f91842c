//! The HTTP error type. Handlers return `Result<_, Error>`; the page a person sees says
//! what happened in plain words and never shows internal causes, which go to the log.
//! The error page itself is rendered by `error_pages` (in `mod.rs`), with the signed-in
//! header, from the status this answer carries.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::app;
use crate::domain::Refusal;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not found")]
    NotFound,
    /// Not signed in: go to the sign-in page, then come back to `next`.
    #[error("sign-in required")]
    SignInRequired { next: String },
    /// A staff account without its second factor: to the enrolment page first.
    #[error("second factor required")]
    SecondFactorRequired,
    /// Signed in, but this is another role's page; or a form without its CSRF token.
    #[error("forbidden")]
    Forbidden,
    #[error("bad request")]
    BadRequest,
    #[error("payload too large")]
    PayloadTooLarge,
    /// A rule refused what was asked, where no page of its own says why.
    #[error("refused: {0:?}")]
    Refused(Refusal),
    /// This client asked too often; it may again in this many seconds (`Retry-After`).
    #[error("too many requests")]
    TooManyRequests { seconds: i64 },
    /// PostgreSQL unreachable, restarting or busy: a passing condition.
    #[error("unavailable: {0}")]
    Unavailable(String),
    #[error("{0}")]
    Internal(String),
}

/// The status of an error page, carried from the handler to `error_pages`.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage(pub StatusCode, pub Option<Refusal>);

impl Error {
    /// `app::Error` as an answer to a request of `path` at `now` (the clock's time): a
    /// sign-in comes back to the path, a wait is counted from the time.
    pub fn from_app(e: app::Error, path: &str) -> Self {
        match e {
            app::Error::SignInRequired => Error::SignInRequired {
                next: path.to_owned(),
            },
            other => other.into(),
        }
    }

    fn status(&self) -> StatusCode {
        match self {
            Error::NotFound => StatusCode::NOT_FOUND,
            Error::SignInRequired { .. } | Error::SecondFactorRequired => StatusCode::SEE_OTHER,
            Error::Forbidden => StatusCode::FORBIDDEN,
            Error::BadRequest => StatusCode::BAD_REQUEST,
            Error::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Error::Refused(_) => StatusCode::CONFLICT,
            Error::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Error::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<app::Error> for Error {
    fn from(e: app::Error) -> Self {
        match e {
            app::Error::NotFound => Error::NotFound,
            // Without the path asked for; `from_app` keeps it.
            app::Error::SignInRequired => Error::SignInRequired { next: "/".into() },
            app::Error::SecondFactorRequired => Error::SecondFactorRequired,
            app::Error::Forbidden => Error::Forbidden,
            app::Error::Refused(r) => Error::Refused(r),
            app::Error::TooManyRequests { seconds } => Error::TooManyRequests { seconds },
            app::Error::Db(e) if e.is_passing() => Error::Unavailable(e.to_string()),
            other => Error::Internal(other.to_string()),
        }
    }
}

impl From<app::Rejected> for Error {
    fn from(r: app::Rejected) -> Self {
        match r {
            app::Rejected::Failed(e) => e.into(),
            // A handler that can show the form again does; one that cannot says so.
            app::Rejected::Invalid(_) => Error::BadRequest,
        }
    }
}

impl From<askama::Error> for Error {
    fn from(e: askama::Error) -> Self {
        Error::Internal(format!("template: {e}"))
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        if let Error::SignInRequired { next } = &self {
            let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
            return Redirect::to(&format!("/login?{query}")).into_response();
        }
        if let Error::SecondFactorRequired = &self {
            return Redirect::to(super::two_factor::TWO_FACTOR_PAGE).into_response();
        }
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let refusal = match self {
            Error::Refused(r) => Some(r),
            _ => None,
        };
        let mut response = status.into_response();
        if let Error::TooManyRequests { seconds } = self {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response.extensions_mut().insert(ErrorPage(status, refusal));
        response
    }
}
