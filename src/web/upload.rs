//! Forms with files. `FormData` reads a urlencoded or a multipart form, checks its CSRF
//! token like `CsrfForm`, and keeps each file in memory up to the size limit: a larger
//! file is read to its end and marked too large, so that the person gets a form error
//! and keeps everything else they sent.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};

use super::AppState;
use super::error::Error;
use super::session::CsrfToken;
use crate::app::city::Files;
use crate::domain::document::{DocumentKind, MAX_FILE_BYTES, PdfUpload};
use crate::security::constant_time_eq;

#[derive(Debug)]
pub struct UploadedFile {
    /// The form field it came in, e.g. "pledge_pdf".
    pub field: String,
    pub filename: String,
    pub content: Vec<u8>,
    /// Larger than `MAX_FILE_BYTES`; `content` is then empty.
    pub too_large: bool,
}

#[derive(Debug, Default)]
pub struct FormData {
    pub fields: HashMap<String, String>,
    pub files: Vec<UploadedFile>,
}

impl FormData {
    pub fn text(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }

    /// The files sent in the fields of document kinds, each checked; a file in any other
    /// field is left where it is.
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
                Some((kind, PdfUpload::check(&f.filename, f.content, f.too_large)))
            })
            .collect()
    }
}

impl FromRequest<AppState> for FormData {
    type Rejection = Error;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Error> {
        let expected = req.extensions().get::<CsrfToken>().map(|t| t.0.clone());
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
            let bytes = Bytes::from_request(req, state).await.map_err(|r| {
                if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    Error::PayloadTooLarge
                } else {
                    Error::BadRequest
                }
            })?;
            let pairs: Vec<(String, String)> =
                serde_urlencoded::from_bytes(&bytes).map_err(|_| Error::BadRequest)?;
            FormData {
                fields: pairs.into_iter().collect(),
                files: Vec::new(),
            }
        };
        let sent = data.text("csrf_token");
        let valid = expected
            .is_some_and(|e| !sent.is_empty() && constant_time_eq(e.as_bytes(), sent.as_bytes()));
        if !valid {
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
    while let Some(mut field) = multipart.next_field().await.map_err(broken)? {
        let name = field.name().unwrap_or_default().to_owned();
        match field.file_name().map(str::to_owned) {
            // A file input left empty still sends a part, with no name and no content.
            Some(filename) if !filename.is_empty() => {
                let mut content = Vec::new();
                let mut too_large = false;
                while let Some(chunk) = field.chunk().await.map_err(broken)? {
                    if too_large || content.len() + chunk.len() > MAX_FILE_BYTES {
                        too_large = true;
                        content = Vec::new();
                    } else {
                        content.extend_from_slice(&chunk);
                    }
                }
                data.files.push(UploadedFile {
                    field: name,
                    filename,
                    content,
                    too_large,
                });
            }
            Some(_) => while field.chunk().await.map_err(broken)?.is_some() {},
            None => {
                let value = field.text().await.map_err(broken)?;
                if value.len() > 64 * 1024 {
                    return Err(Error::PayloadTooLarge);
                }
                data.fields.insert(name, value);
            }
        }
    }
    Ok(data)
}
