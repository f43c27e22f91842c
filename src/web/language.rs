//! The language menu: a link per language for anyone (it sets a cookie), and for a
//! signed-in person a form that also keeps the choice on the account. Both come back to
//! the page they were chosen on. Neither needs JavaScript.

use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::AppState;
use super::error::Error;
use super::extract::Query;
use super::session::{CsrfForm, Ctx, cookie_names, safe_next, set_cookie};
use crate::app;
use crate::i18n::Locale;

#[derive(Deserialize)]
pub struct Choice {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// A year, like the other choices a browser keeps for a site.
const REMEMBERED_SECONDS: i64 = 365 * 24 * 3600;

/// `GET /language?lang=fr&back=/members`: the cookie only (a link cannot be trusted to
/// change an account, whoever made it).
pub async fn choose(State(state): State<AppState>, Query(choice): Query<Choice>) -> Response {
    remember(&state, &choice)
}

/// `POST /language`: the cookie, and the account of the person signed in.
pub async fn choose_for_account(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(choice): CsrfForm<Choice>,
) -> Result<Response, Error> {
    let Some(locale) = Locale::parse(&choice.lang) else {
        return Err(Error::BadRequest);
    };
    let mut visit = ctx.visit(&state).await?;
    if visit.user.is_some() {
        app::accounts::choose_language(&mut visit, locale)
            .await
            .map_err(|e| ctx.fail(e))?;
    }
    Ok(remember(&state, &choice))
}

fn remember(state: &AppState, choice: &Choice) -> Response {
    let back = safe_next(&choice.back, &state.app().config.base_url).unwrap_or_else(|| "/".into());
    let Some(locale) = Locale::parse(&choice.lang) else {
        return Redirect::to(&back).into_response();
    };
    let mut headers = HeaderMap::new();
    headers.insert(
        header::SET_COOKIE,
        set_cookie(
            cookie_names(state.secure_cookies()).language,
            locale.code(),
            state.secure_cookies(),
            Some(REMEMBERED_SECONDS),
        ),
    );
    (headers, Redirect::to(&back)).into_response()
}
