//! Uploaded PDFs, stored in PostgreSQL.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use super::Error;
pub use crate::domain::document::DocumentKind;
use crate::domain::document::PdfUpload;

#[derive(Debug, Clone)]
pub struct DocumentInfo {
    pub id: i64,
    pub kind: DocumentKind,
    pub filename: String,
    pub byte_size: i32,
    pub created_at: DateTime<Utc>,
}

impl DocumentInfo {
    /// "1.2 MB", "312 kB".
    pub fn size_label(&self) -> String {
        let bytes = f64::from(self.byte_size);
        if bytes >= 1_000_000.0 {
            format!("{:.1} MB", bytes / 1_000_000.0)
        } else {
            format!("{} kB", (bytes / 1000.0).ceil() as i64)
        }
    }
}

pub async fn list(
    conn: &mut PgConnection,
    application_id: i64,
) -> Result<Vec<DocumentInfo>, Error> {
    let rows = sqlx::query!(
        "SELECT id, kind, filename, byte_size, created_at FROM documents
          WHERE application_id = $1 ORDER BY kind, id",
        application_id
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(DocumentInfo {
                id: r.id,
                kind: DocumentKind::parse(&r.kind)
                    .ok_or_else(|| Error::Corrupt(format!("documents.kind {}", r.kind)))?,
                filename: r.filename,
                byte_size: r.byte_size,
                created_at: r.created_at,
            })
        })
        .collect()
}

/// Stores a PDF; one of a single kind replaces the one before.
pub async fn store(
    conn: &mut PgConnection,
    application_id: i64,
    kind: DocumentKind,
    file: &PdfUpload,
    uploaded_by: i64,
    now: DateTime<Utc>,
) -> Result<i64, Error> {
    if kind.is_single() {
        sqlx::query!(
            "DELETE FROM documents WHERE application_id = $1 AND kind = $2",
            application_id,
            kind.as_str()
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(sqlx::query_scalar!(
        "INSERT INTO documents (application_id, kind, filename, byte_size, content, uploaded_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        application_id,
        kind.as_str(),
        file.filename(),
        // A checked upload is at most 10 MB.
        file.content().len() as i32,
        file.content(),
        uploaded_by,
        now
    )
    .fetch_one(conn)
    .await?)
}

pub async fn content(
    conn: &mut PgConnection,
    application_id: i64,
    document_id: i64,
) -> Result<Option<(DocumentKind, String, Vec<u8>)>, Error> {
    let row = sqlx::query!(
        "SELECT kind, filename, content FROM documents WHERE id = $1 AND application_id = $2",
        document_id,
        application_id
    )
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        let kind = DocumentKind::parse(&r.kind)
            .ok_or_else(|| Error::Corrupt(format!("documents.kind {}", r.kind)))?;
        Ok((kind, r.filename, r.content))
    })
    .transpose()
}

/// Removes a document of `kind`; returns its file name, or `None` when the application has
/// no such document.
pub async fn delete(
    conn: &mut PgConnection,
    application_id: i64,
    document_id: i64,
    kind: DocumentKind,
) -> Result<Option<String>, Error> {
    Ok(sqlx::query_scalar!(
        "DELETE FROM documents WHERE id = $1 AND application_id = $2 AND kind = $3 RETURNING filename",
        document_id,
        application_id,
        kind.as_str()
    )
    .fetch_optional(conn)
    .await?)
}
