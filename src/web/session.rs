//! Who is asking, and whether their form is really theirs.
//!
//! - A session cookie (HttpOnly, SameSite=Lax, Secure on https) names a row in `sessions`.
//! - CSRF: every visitor gets a random `gnlc_csrf` cookie; every POST form carries the same
//!   value in a hidden `csrf_token` field, checked by `CsrfForm` before the handler runs
//!   (the double-submit scheme Django uses). Another site can make a browser send the
//!   cookie, but cannot read it to put it in the form.

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::Error;
use super::{AppState, Layout};
use crate::app::{self, Visit};
use crate::domain::Role;
use crate::security::{constant_time_eq, is_token, new_token};

pub const SESSION_COOKIE: &str = "gnlc_session";
pub const CSRF_COOKIE: &str = "gnlc_csrf";

/// The value of cookie `name` in the request, if any.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A Set-Cookie header value. `max_age` of zero removes the cookie.
pub fn set_cookie(name: &str, value: &str, secure: bool, max_age: Option<i64>) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if secure {
        cookie.push_str("; Secure");
    }
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    HeaderValue::from_str(&cookie).expect("cookie values are hex tokens")
}

/// The visitor's CSRF token, put in the request by `csrf_cookie`.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// Gives every visitor a CSRF token, in a cookie, for the forms of the page.
pub async fn csrf_cookie(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let existing = cookie(req.headers(), CSRF_COOKIE)
        .filter(|t| is_token(t))
        .map(str::to_owned);
    let fresh = existing.is_none();
    let token = existing.unwrap_or_else(new_token);
    req.extensions_mut().insert(CsrfToken(token.clone()));
    let mut response = next.run(req).await;
    if fresh {
        response.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(CSRF_COOKIE, &token, state.secure_cookies(), None),
        );
    }
    response
}

/// What every handler knows of a request before it looks anything up: the session
/// cookie, the CSRF token, the clock's time, the client's address, the path asked for.
/// `visit` looks the session up, on the connection the request's work then uses.
pub struct Ctx {
    pub session_token: Option<String>,
    pub csrf: String,
    pub now: DateTime<Utc>,
    pub client_ip: String,
    /// The path and query asked for, to come back to after signing in.
    pub path: String,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let session_token = cookie(&parts.headers, SESSION_COOKIE)
            .filter(|t| is_token(t))
            .map(str::to_owned);
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let client_ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(|| "unknown".to_owned(), |ci| ci.0.ip().to_string());
        let path = parts
            .uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
        Ok(Ctx {
            session_token,
            csrf,
            now: state.app().clock.now(),
            client_ip,
            path,
        })
    }
}

impl Ctx {
    /// The request's visit: a connection, and who is asking, looked up on it.
    pub async fn visit(&self, state: &AppState) -> Result<Visit, Error> {
        state
            .app()
            .visit(self.session_token.as_deref())
            .await
            .map_err(|e| self.fail(e))
    }

    /// An `app::Error` as this request's answer (a sign-in comes back here).
    pub fn fail(&self, e: app::Error) -> Error {
        Error::from_app(e, &self.path)
    }

    /// What the base layout shows of the visitor.
    pub fn layout(&self, visit: &Visit) -> Layout {
        Layout::of(visit.user.as_ref(), &self.csrf)
    }
}

/// Where each role starts after signing in.
pub fn home_for(role: Role) -> &'static str {
    match role {
        Role::Applicant => "/applications",
        Role::Natcom => "/natcom",
        Role::UilReviewer | Role::UilAdmin => "/uil",
    }
}

#[derive(Deserialize, Default)]
struct CsrfField {
    #[serde(default)]
    csrf_token: String,
}

/// A urlencoded form whose CSRF token matches the visitor's cookie; 403 otherwise, before
/// anything else happens.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Error> {
        let expected = req.extensions().get::<CsrfToken>().map(|t| t.0.clone());
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                Error::PayloadTooLarge
            } else {
                Error::BadRequest
            }
        })?;
        let sent: CsrfField = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        let valid = expected.is_some_and(|expected| {
            !sent.csrf_token.is_empty()
                && constant_time_eq(expected.as_bytes(), sent.csrf_token.as_bytes())
        });
        if !valid {
            tracing::warn!("form refused: missing or wrong CSRF token");
            return Err(Error::Forbidden);
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|_| Error::BadRequest)
    }
}

/// A path to go to after signing in, if it stays on this site.
pub fn safe_next(next: &str) -> Option<&str> {
    let local = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    local.then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; gnlc_csrf=abc; b=2"),
        );
        assert_eq!(cookie(&headers, CSRF_COOKIE), Some("abc"));
        assert_eq!(cookie(&headers, SESSION_COOKIE), None);
    }

    #[test]
    fn cookies_are_http_only_lax_and_secure_on_https() {
        let c = set_cookie(SESSION_COOKIE, "t", true, Some(0));
        assert_eq!(
            c,
            "gnlc_session=t; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=0"
        );
        let c = set_cookie(SESSION_COOKIE, "t", false, None);
        assert_eq!(c, "gnlc_session=t; Path=/; HttpOnly; SameSite=Lax");
    }

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next("/applications/3"), Some("/applications/3"));
        assert_eq!(safe_next("//evil.example/x"), None);
        assert_eq!(safe_next("https://evil.example/"), None);
        assert_eq!(safe_next("/\\evil.example"), None);
    }
}
