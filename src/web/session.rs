//! Who is asking, from where, and whether their form is really theirs.
//!
//! - The session cookie (HttpOnly, SameSite=Lax, Secure and `__Host-` on https) names a
//!   row in `sessions`; the request's visit looks it up (`Ctx::visit`).
//! - CSRF, in depth: a state-changing request from a foreign `Origin`, or one a browser
//!   marks `Sec-Fetch-Site: cross-site`, is refused outright; every POST form carries a
//!   token in a hidden `csrf_token` field, checked by `CsrfForm` and `FormData` before the
//!   handler runs. The token is a keyed hash of the session cookie (so it changes at every
//!   sign-in and sign-out), or, before signing in, of a pre-session cookie that the server
//!   signed: a cookie planted by someone else is worth nothing. A page without a form sets
//!   no cookie.
//! - The client's address is the connection's, or, behind a proxy named in
//!   `TRUSTED_PROXIES`, the rightmost address of `X-Forwarded-For` that is not a trusted
//!   proxy.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

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
use crate::domain::access::Area;
use crate::i18n::{Locale, Tr};
use crate::security::{constant_time_eq, is_token, new_token, signature};

/// The names of the site's cookies. Over https they carry the `__Host-` prefix: a browser
/// then takes them only from this very host, sent over TLS, for the whole site.
#[derive(Debug, Clone, Copy)]
pub struct CookieNames {
    pub session: &'static str,
    pub presession: &'static str,
    /// The language chosen in the menu.
    pub language: &'static str,
    /// A browser remembered for its account's second factor.
    pub device: &'static str,
}

pub fn cookie_names(secure: bool) -> CookieNames {
    if secure {
        CookieNames {
            session: "__Host-gnlc_session",
            presession: "__Host-gnlc_pre",
            language: "__Host-gnlc_lang",
            device: "__Host-gnlc_device",
        }
    } else {
        CookieNames {
            session: "gnlc_session",
            presession: "gnlc_pre",
            language: "gnlc_lang",
            device: "gnlc_device",
        }
    }
}

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

/// The CSRF token a form of this request must carry, put in the request by `csrf`.
#[derive(Debug, Clone)]
pub struct CsrfToken {
    token: String,
    /// A new pre-session cookie the token rests on, set on the answer if a form shows
    /// the token.
    fresh: Option<String>,
    shown: Arc<AtomicBool>,
}

impl CsrfToken {
    /// The token, for a form of the page: a fresh pre-session cookie goes with the answer.
    pub fn for_form(&self) -> String {
        self.shown.store(true, Ordering::Relaxed);
        self.token.clone()
    }

    /// Whether `sent` is this request's token.
    fn matches(&self, sent: &str) -> bool {
        self.fresh.is_none()
            && !sent.is_empty()
            && constant_time_eq(self.token.as_bytes(), sent.as_bytes())
    }
}

/// A pre-session cookie's value: a random token and its signature.
fn signed_presession(key: &[u8], token: &str) -> String {
    format!("{token}.{}", &signature(key, &["presession", token])[..32])
}

/// The token of a pre-session cookie this server signed, if `value` is one.
fn verified_presession<'a>(key: &[u8], value: &'a str) -> Option<&'a str> {
    let (token, _) = value.split_once('.')?;
    (is_token(token)
        && constant_time_eq(signed_presession(key, token).as_bytes(), value.as_bytes()))
    .then_some(token)
}

/// Whether a state-changing request comes from another site: its `Origin` is neither
/// `BASE_URL`'s nor the host it was sent to, or the browser says it is cross-site.
fn is_cross_site(headers: &HeaderMap, base_url: &str) -> bool {
    if headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"cross-site"))
    {
        return true;
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let base = base_url.trim_end_matches('/');
    let base_origin = url::Url::parse(base).map(|u| u.origin().ascii_serialization());
    if base_origin.is_ok_and(|b| b.eq_ignore_ascii_case(origin)) {
        return false;
    }
    // The host the browser sent the request to, as it names it.
    let authority = origin.split_once("://").map_or("", |(_, a)| a);
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    !host.is_some_and(|h| h.eq_ignore_ascii_case(authority))
}

/// Refuses cross-site state-changing requests, and gives every request its CSRF token:
/// the session's, a signed pre-session cookie's, or, for a first form, a fresh one whose
/// cookie goes with the answer.
pub async fn csrf(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    // Answered here, outside the page middleware: such a request gets a bare page.
    if !req.method().is_safe() && is_cross_site(req.headers(), &state.app().config.base_url) {
        tracing::warn!("form refused: sent from another site");
        return super::bare_error_page(StatusCode::FORBIDDEN, locale_of_headers(req.headers()));
    }
    let key = match state.app().csrf_key().await {
        Ok(key) => key,
        Err(e) => {
            tracing::warn!(error = %e, "the CSRF key cannot be read");
            return super::bare_error_page(
                StatusCode::SERVICE_UNAVAILABLE,
                locale_of_headers(req.headers()),
            );
        }
    };
    let names = cookie_names(state.secure_cookies());
    let headers = req.headers();
    let session = cookie(headers, names.session).filter(|t| is_token(t));
    let presession = cookie(headers, names.presession).and_then(|v| verified_presession(&key, v));
    let (token, fresh) = match (session, presession) {
        (Some(session), _) => (signature(&key, &["session", session]), None),
        (None, Some(pre)) => (signature(&key, &["form", pre]), None),
        (None, None) => {
            let pre = new_token();
            (
                signature(&key, &["form", &pre]),
                Some(signed_presession(&key, &pre)),
            )
        }
    };
    let csrf = CsrfToken {
        token,
        fresh,
        shown: Arc::default(),
    };
    req.extensions_mut().insert(csrf.clone());
    let mut response = next.run(req).await;
    if let Some(cookie) = csrf.fresh.filter(|_| csrf.shown.load(Ordering::Relaxed)) {
        response.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(names.presession, &cookie, state.secure_cookies(), None),
        );
    }
    response
}

/// The client's address: the connection's, unless that is a trusted proxy; then the
/// rightmost address of `X-Forwarded-For` that is not one.
fn client_address(parts: &Parts, trusted: &[ipnet::IpNet]) -> String {
    let Some(peer) = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ci| ci.0.ip())
    else {
        return "unknown".into();
    };
    let peer = peer.to_canonical();
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer.to_string();
    }
    // From the right: the addresses our proxies added, then the client's. An entry that
    // is no address ends the walk: what lies left of it is the client's to write.
    let forwarded: Vec<&str> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .map(|v| v.to_str().unwrap_or(""))
        .flat_map(|v| v.split(','))
        .collect();
    for entry in forwarded.iter().rev() {
        let entry = entry.trim();
        let ip = entry
            .parse::<IpAddr>()
            .or_else(|_| entry.parse::<SocketAddr>().map(|a| a.ip()))
            .map(|ip| ip.to_canonical());
        match ip {
            Ok(ip) if is_trusted(&ip) => continue,
            Ok(ip) => return ip.to_string(),
            Err(_) => return "unreadable".into(),
        }
    }
    peer.to_string()
}

/// What every handler knows of a request before it looks anything up: the session
/// cookie, the CSRF token, the clock's time, the client's address, the path asked for.
/// `visit` looks the session up, on the connection the request's work then uses.
pub struct Ctx {
    pub session_token: Option<String>,
    pub csrf: CsrfToken,
    pub now: DateTime<Utc>,
    pub client_ip: String,
    /// The path and query asked for, to come back to after signing in.
    pub path: String,
    /// The language of the request (a signed-in person's own choice still comes first).
    pub locale: Locale,
    /// The page the language menu comes back to (see `page_of`).
    pub here: String,
    /// The cookie of a browser remembered for a second factor.
    pub device: Option<String>,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let names = cookie_names(state.secure_cookies());
        let session_token = cookie(&parts.headers, names.session)
            .filter(|t| is_token(t))
            .map(str::to_owned);
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .cloned()
            .ok_or_else(|| Error::Internal("the CSRF middleware did not run".into()))?;
        let path = parts
            .uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
        Ok(Ctx {
            session_token,
            csrf,
            now: state.app().clock.now(),
            client_ip: client_address(parts, &state.app().config.trusted_proxies),
            path,
            locale: request_locale(&parts.headers, names),
            here: page_of(parts, &state.app().config.base_url),
            device: cookie(&parts.headers, names.device)
                .filter(|t| is_token(t))
                .map(str::to_owned),
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

    /// The visit of a page of one area: another role gets 403 before its form is read.
    pub async fn visit_in(&self, state: &AppState, area: Area) -> Result<Visit, Error> {
        let visit = self.visit(state).await?;
        visit.entering(area).map_err(|e| self.fail(e))?;
        Ok(visit)
    }

    /// An `app::Error` as this request's answer (a sign-in comes back here).
    pub fn fail(&self, e: app::Error) -> Error {
        Error::from_app(e, &self.path)
    }

    /// What the base layout shows of the visitor: a signed-in person's name and the
    /// token of the sign-out button.
    pub fn layout(&self, visit: &Visit) -> Layout {
        self.layout_of(visit.user.as_ref())
    }

    pub fn layout_of(&self, user: Option<&crate::db::users::User>) -> Layout {
        let csrf = if user.is_some() {
            self.csrf.for_form()
        } else {
            String::new()
        };
        Layout::of(user, &csrf, self.locale, &self.here)
    }

    /// The layout of a page with a form, whoever is asking.
    pub fn form_layout(&self, user: Option<&crate::db::users::User>) -> Layout {
        Layout::of(user, &self.csrf.for_form(), self.locale, &self.here)
    }

    /// The words for `user`, or for this request's visitor.
    pub fn tr(&self, user: Option<&crate::db::users::User>) -> Tr {
        Tr::new(
            user.and_then(|u| u.locale.as_deref())
                .and_then(Locale::parse)
                .unwrap_or(self.locale),
        )
    }
}

/// The language a request asks for, before anyone is looked up: the menu's cookie, else
/// the browser's `Accept-Language`, else English.
pub fn request_locale(headers: &HeaderMap, names: CookieNames) -> Locale {
    cookie(headers, names.language)
        .and_then(Locale::parse)
        .or_else(|| {
            headers
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default()
}

/// The language of a request answered before the application's state is at hand: the
/// menu's cookie under either of its names, else `Accept-Language`.
pub fn locale_of_headers(headers: &HeaderMap) -> Locale {
    let secure = request_locale(headers, cookie_names(true));
    if secure != Locale::default() {
        return secure;
    }
    request_locale(headers, cookie_names(false))
}

/// The page a request shows, to come back to: its own address for a GET; for a page that
/// answers a form (a refusal, a confirmation), the page the form was on, from a
/// same-site `Referer`, else the home page. A POST-only address is never gone back to.
pub fn page_of(parts: &Parts, base_url: &str) -> String {
    if parts.method == axum::http::Method::GET || parts.method == axum::http::Method::HEAD {
        return parts
            .uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned());
    }
    let host = parts
        .headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok());
    parts
        .headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| url::Url::parse(r).ok())
        // Same site: the Referer names the host the request was sent to.
        .filter(|r| {
            let authority = match (r.host_str(), r.port()) {
                (Some(h), Some(p)) => format!("{h}:{p}"),
                (Some(h), None) => h.to_owned(),
                _ => String::new(),
            };
            host.is_some_and(|h| h.eq_ignore_ascii_case(&authority))
        })
        .and_then(|r| {
            let path = match r.query() {
                Some(q) => format!("{}?{q}", r.path()),
                None => r.path().to_owned(),
            };
            safe_next(&path, base_url)
        })
        .unwrap_or_else(|| "/".to_owned())
}

/// Where each role starts after signing in.
pub fn home_for(role: Role) -> &'static str {
    match role {
        Role::Applicant => "/applications",
        Role::Natcom => "/natcom",
        Role::UilReviewer | Role::UilAdmin => "/uil",
        Role::Jury => "/jury",
    }
}

#[derive(Deserialize, Default)]
struct CsrfField {
    #[serde(default)]
    csrf_token: String,
}

/// Whether `sent` is the request's CSRF token.
pub fn csrf_matches(parts: &axum::http::Extensions, sent: &str) -> bool {
    parts.get::<CsrfToken>().is_some_and(|t| t.matches(sent))
}

/// A urlencoded form whose CSRF token is the request's; 403 otherwise, before anything
/// else happens.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Error> {
        let extensions = req.extensions().clone();
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                Error::PayloadTooLarge
            } else {
                Error::BadRequest
            }
        })?;
        let sent: CsrfField = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        if !csrf_matches(&extensions, &sent.csrf_token) {
            tracing::warn!("form refused: missing or wrong CSRF token");
            return Err(Error::Forbidden);
        }
        serde_urlencoded::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|_| Error::BadRequest)
    }
}

/// Where to go after signing in: `next`, as a path of this site, if it is one. It is
/// read as browsers read an address relative to `BASE_URL` and kept only if it stays on
/// that origin; control characters (which browsers drop, turning `/\t/evil.example`
/// into `//evil.example`) make it no address at all.
pub fn safe_next(next: &str, base_url: &str) -> Option<String> {
    if !next.starts_with('/') || next.chars().any(char::is_control) {
        return None;
    }
    let base = url::Url::parse(base_url).ok()?;
    let target = base.join(next).ok()?;
    // Dot segments resolve away: `/..//evil.example` becomes the path `//evil.example`,
    // which a browser reads as another host.
    if target.origin() != base.origin() || target.path().starts_with("//") {
        return None;
    }
    let mut path = target.path().to_owned();
    if let Some(query) = target.query() {
        path.push('?');
        path.push_str(query);
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; gnlc_pre=abc; b=2"),
        );
        assert_eq!(cookie(&headers, "gnlc_pre"), Some("abc"));
        assert_eq!(cookie(&headers, "gnlc_session"), None);
    }

    #[test]
    fn cookies_are_http_only_lax_and_secure_on_https() {
        let c = set_cookie("gnlc_session", "t", true, Some(0));
        assert_eq!(
            c,
            "gnlc_session=t; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=0"
        );
        let c = set_cookie("gnlc_session", "t", false, None);
        assert_eq!(c, "gnlc_session=t; Path=/; HttpOnly; SameSite=Lax");
        assert_eq!(cookie_names(true).session, "__Host-gnlc_session");
    }

    #[test]
    fn the_client_is_the_rightmost_forwarded_address_that_is_no_trusted_proxy() {
        let trusted: Vec<ipnet::IpNet> = vec!["127.0.0.1/32".parse().unwrap()];
        let from = |peer: &str, forwarded: Option<&str>| {
            let mut request = axum::http::Request::builder();
            if let Some(f) = forwarded {
                request = request.header("x-forwarded-for", f);
            }
            let (mut parts, ()) = request.body(()).unwrap().into_parts();
            let peer: SocketAddr = peer.parse().unwrap();
            parts.extensions.insert(ConnectInfo(peer));
            client_address(&parts, &trusted)
        };
        // Nobody else's header is believed.
        assert_eq!(from("203.0.113.7:4000", Some("10.0.0.1")), "203.0.113.7");
        // Behind the proxy: what it added, not what the client wrote left of it.
        assert_eq!(
            from("127.0.0.1:4000", Some("6.6.6.6, 203.0.113.7")),
            "203.0.113.7"
        );
        assert_eq!(
            from("[::ffff:127.0.0.1]:4000", Some("203.0.113.7")),
            "203.0.113.7"
        );
        assert_eq!(
            from("127.0.0.1:4000", Some("6.6.6.6, 203.0.113.7:5555")),
            "203.0.113.7"
        );
        assert_eq!(
            from("127.0.0.1:4000", Some("6.6.6.6, not an address")),
            "unreadable"
        );
        assert_eq!(from("127.0.0.1:4000", None), "127.0.0.1");
    }

    #[test]
    fn only_paths_of_this_site_are_followed_after_sign_in() {
        let base = "https://call.example.org";
        let ok = |next: &str| safe_next(next, base);
        assert_eq!(ok("/applications/3").as_deref(), Some("/applications/3"));
        assert_eq!(
            ok("/uil?stage=under_review").as_deref(),
            Some("/uil?stage=under_review")
        );
        for bad in [
            "//evil.example/x",
            "https://evil.example/",
            "/\\evil.example",
            "/\t/evil.example",
            "/.//evil.example",
            "/..//evil.example",
            "/%2e%2e//evil.example",
            "/a/../..//evil.example",
            "/\r\nSet-Cookie: x=1",
            "/\0",
            "",
            "evil.example",
            "javascript:alert(1)",
        ] {
            assert_eq!(ok(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_presession_cookie_counts_only_when_this_server_signed_it() {
        let key = b"a key of the site, thirty-two bytes";
        let token = new_token();
        let signed = signed_presession(key, &token);
        assert_eq!(verified_presession(key, &signed), Some(token.as_str()));
        assert_eq!(verified_presession(b"another key", &signed), None);
        assert_eq!(verified_presession(key, &format!("{token}.00")), None);
        assert_eq!(
            verified_presession(key, &token),
            None,
            "a planted, unsigned cookie"
        );
    }

    #[test]
    fn a_request_from_another_site_is_told_apart() {
        let base = "http://127.0.0.1:3000";
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut h = HeaderMap::new();
            for (k, v) in pairs {
                h.insert(*k, HeaderValue::from_static(v));
            }
            h
        };
        assert!(
            !is_cross_site(&headers(&[]), base),
            "no Origin: the token decides"
        );
        assert!(!is_cross_site(
            &headers(&[("origin", "http://127.0.0.1:3000")]),
            base
        ));
        assert!(!is_cross_site(
            &headers(&[
                ("origin", "http://localhost:3000"),
                ("host", "localhost:3000")
            ]),
            base
        ));
        assert!(is_cross_site(
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "127.0.0.1:3000")
            ]),
            base
        ));
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "cross-site")]),
            base
        ));
        assert!(!is_cross_site(
            &headers(&[("sec-fetch-site", "same-origin")]),
            base
        ));
    }
}
