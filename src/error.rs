//! The one error type of the application. Handlers return `Result<_, Error>`; the page a
//! person sees says what happened in plain words and never shows internal causes, which
//! go to the log instead.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not found")]
    NotFound,
    /// Not signed in: go to the sign-in page, then come back to `next`.
    #[error("sign-in required")]
    SignInRequired { next: String },
    /// Signed in, but this is another role's page; or a form without its CSRF token.
    #[error("forbidden")]
    Forbidden,
    #[error("bad request")]
    BadRequest,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    #[error("{0}")]
    Internal(String),
}

impl Error {
    /// Whether this is the database refusing a change by the named constraint (or trigger).
    pub fn violates(&self, constraint: &str) -> bool {
        matches!(self, Error::Database(e)
            if e.as_database_error().and_then(|d| d.constraint()) == Some(constraint))
    }

    fn status(&self) -> StatusCode {
        match self {
            Error::NotFound => StatusCode::NOT_FOUND,
            Error::SignInRequired { .. } => StatusCode::SEE_OTHER,
            Error::Forbidden => StatusCode::FORBIDDEN,
            Error::BadRequest => StatusCode::BAD_REQUEST,
            Error::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            // PostgreSQL unreachable or every connection busy: a passing condition.
            Error::Database(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_)) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            // PostgreSQL shutting down or restarting under a request (class 57P: operator
            // intervention): passing too.
            Error::Database(sqlx::Error::Database(e))
                if e.code().is_some_and(|code| code.starts_with("57P")) =>
            {
                StatusCode::SERVICE_UNAVAILABLE
            }
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        if let Error::SignInRequired { next } = &self {
            let query = serde_urlencoded::to_string([("next", next)]).unwrap_or_default();
            return Redirect::to(&format!("/login?{query}")).into_response();
        }
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        error_page(status)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: crate::web::Layout,
    status: u16,
    heading: &'static str,
    explanation: &'static str,
}

/// The page for an error status, in words a visitor can act on.
pub fn error_page(status: StatusCode) -> Response {
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
    let page = ErrorPage {
        layout: crate::web::Layout::default(),
        status: status.as_u16(),
        heading,
        explanation,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            (status, heading).into_response()
        }
    }
}
