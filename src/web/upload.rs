//! Forms with files. `FormData` reads a urlencoded or a multipart form and checks its CSRF
//! token like `CsrfForm`. A file goes to a temporary file as it arrives, never whole into
//! memory, up to 10 MB: a larger one is read to its end, and marked too large, so that
//! the person gets a form error and keeps everything else they sent. A whole form may be
//! at most `MAX_UPLOAD_BODY` (a pledge and five supporting documents of 10 MB each fit);
//! past it the form is read no further and `over_limit` says so.

use std::collections::HashMap;

use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};

use super::AppState;
use super::error::Error;
use super::session::csrf_matches;
use crate::app::city::Files;
use crate::app::files::{Incoming, Spooled};
use crate::domain::document::{DocumentKind, MAX_FILE_BYTES};

/// The largest form with files: six files of 10 MB and the fields around them.
pub const MAX_UPLOAD_BODY: usize = 64 * 1024 * 1024;
/// How much of a form over the limit is still read (and thrown away) so that the person
/// gets a page saying what was too large rather than a connection cut off; past this the
/// connection is cut.
const DRAINED_AT_MOST: usize = 256 * 1024 * 1024;
/// A form announcing more than this is refused before any of it is read: it would be cut
/// off anyway.
pub const MAX_ANNOUNCED_BODY: usize = DRAINED_AT_MOST;
/// The largest text field of a form with files (the call text, a CSV of members).
const MAX_TEXT_FIELD: usize = 256 * 1024;
/// The most fields and files a form with files has: the longest section has about forty.
const MAX_PARTS: usize = 200;

#[derive(Debug)]
pub struct UploadedFile {
    /// The form field it came in, e.g. "pledge_pdf".
    pub field: String,
    pub filename: String,
    pub content: Spooled,
    /// Larger than `MAX_FILE_BYTES`; nothing of it is then kept.
    pub too_large: bool,
}

#[derive(Debug, Default)]
pub struct FormData {
    pub fields: HashMap<String, String>,
    pub files: Vec<UploadedFile>,
    /// The form was larger than `MAX_UPLOAD_BODY`: what came after was not read, and the
    /// last file is marked too large.
    pub over_limit: bool,
}

impl FormData {
    pub fn text(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }

    /// The files sent in the fields of document kinds; a file in any other field is left
    /// where it is.
    pub fn take_documents(&mut self) -> Files {
        let (documents, others): (Vec<_>, Vec<_>) = std::mem::take(&mut self.files)
            .into_iter()
            .partition(|f| DocumentKind::ALL.iter().any(|k| k.field() == f.field));
        self.files = others;
        documents
            .into_iter()
            .filter_map(|f| {
                let kind = DocumentKind::ALL
                    .into_iter()
                    .find(|k| k.field() == f.field)?;
                Some(Incoming {
                    kind,
                    filename: f.filename,
                    too_large: f.too_large,
                    content: f.content,
                })
            })
            .collect()
    }

    /// The name of the file that was being read when the form went over the limit.
    pub fn cut_off_file(&self) -> Option<(&str, &str)> {
        self.over_limit
            .then(|| self.files.last())
            .flatten()
            .map(|f| (f.field.as_str(), f.filename.as_str()))
    }
}

impl FromRequest<AppState> for FormData {
    type Rejection = Error;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Error> {
        let extensions = req.extensions().clone();
        let is_multipart = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        let data = if is_multipart {
            read_multipart(Multipart::from_request(req, state).await.map_err(|r| {
                if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    Error::PayloadTooLarge
                } else {
                    tracing::warn!(reason = %r.body_text(), "form refused: not a multipart body");
                    Error::BadRequest
                }
            })?)
            .await?
        } else {
            // The routes with files take no limit from axum; a form without them has the
            // limit of any form.
            let bytes = axum::body::to_bytes(req.into_body(), super::MAX_FORM_BYTES)
                .await
                .map_err(|_| Error::PayloadTooLarge)?;
            let pairs: Vec<(String, String)> =
                serde_urlencoded::from_bytes(&bytes).map_err(|_| Error::BadRequest)?;
            FormData {
                fields: pairs.into_iter().collect(),
                ..FormData::default()
            }
        };
        // A form cut off before its token arrived cannot be told from a forged one; the
        // token comes first in the site's forms.
        if !csrf_matches(&extensions, data.text("csrf_token")) {
            tracing::warn!("form refused: missing or wrong CSRF token");
            return Err(Error::Forbidden);
        }
        Ok(data)
    }
}

async fn read_multipart(mut multipart: Multipart) -> Result<FormData, Error> {
    let mut data = FormData::default();
    let broken = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Error::PayloadTooLarge
        } else {
            // Said in the log: a browser's upload that cannot be read is rare enough that
            // each one needs its reason to be understood.
            tracing::warn!(reason = %e.body_text(), "form refused: multipart body could not be read");
            Error::BadRequest
        }
    };
    let spool_failed =
        |e: std::io::Error| Error::Internal(format!("a temporary file for an upload: {e}"));
    let mut read = 0usize;
    let mut parts = 0usize;
    'fields: while let Some(mut field) = multipart.next_field().await.map_err(broken)? {
        parts += 1;
        if parts > MAX_PARTS {
            return Err(Error::PayloadTooLarge);
        }
        let name = field.name().unwrap_or_default().to_owned();
        match field.file_name().map(str::to_owned) {
            // A file input left empty still sends a part, with no name and no content.
            Some(filename) if !filename.is_empty() => {
                let mut content = Spooled::new().await.map_err(spool_failed)?;
                let mut too_large = false;
                while let Some(chunk) = field.chunk().await.map_err(broken)? {
                    read += chunk.len();
                    if read > MAX_UPLOAD_BODY {
                        data.over_limit = true;
                        too_large = true;
                    }
                    if too_large || content.len() + chunk.len() > MAX_FILE_BYTES {
                        too_large = true;
                    } else {
                        content.write(&chunk).await.map_err(spool_failed)?;
                    }
                    if read > DRAINED_AT_MOST {
                        data.files.push(UploadedFile {
                            field: name,
                            filename,
                            content,
                            too_large,
                        });
                        break 'fields;
                    }
                }
                if too_large {
                    // Nothing of a file too large is kept.
                    content = Spooled::new().await.map_err(spool_failed)?;
                }
                data.files.push(UploadedFile {
                    field: name,
                    filename,
                    content,
                    too_large,
                });
            }
            Some(_) => {
                while let Some(chunk) = field.chunk().await.map_err(broken)? {
                    read += chunk.len();
                }
            }
            None => {
                let mut value = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(broken)? {
                    read += chunk.len();
                    // Text is held in memory: past the limit of a form it is not read on.
                    if value.len() + chunk.len() > MAX_TEXT_FIELD || read > MAX_UPLOAD_BODY {
                        return Err(Error::PayloadTooLarge);
                    }
                    value.extend_from_slice(&chunk);
                }
                if data.over_limit {
                    continue;
                }
                let value = String::from_utf8(value).map_err(|_| Error::BadRequest)?;
                data.fields.insert(name, value);
            }
        }
        if read > DRAINED_AT_MOST {
            break;
        }
    }
    Ok(data)
}
