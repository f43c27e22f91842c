//! Static files, compiled into the binary so that a server needs nothing beside it.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::bare_error_page;
use super::extract::Path;

const FILES: &[(&str, &str, &str)] = &[
    (
        "style.css",
        "text/css; charset=utf-8",
        include_str!("../../static/style.css"),
    ),
    (
        "wordcount.js",
        "text/javascript; charset=utf-8",
        include_str!("../../static/wordcount.js"),
    ),
];

pub async fn serve(Path(file): Path<String>, headers: axum::http::HeaderMap) -> Response {
    let Some((_, content_type, body)) = FILES.iter().find(|(name, ..)| *name == file) else {
        return bare_error_page(
            StatusCode::NOT_FOUND,
            super::session::locale_of_headers(&headers),
        );
    };
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            // A day: short enough that a new release's styles arrive the next day at worst.
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=86400"),
            ),
        ],
        *body,
    )
        .into_response()
}
