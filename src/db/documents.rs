//! Uploaded PDFs, stored in PostgreSQL.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use crate::error::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// The commitment signed and stamped by the mayor: one per application.
    Pledge,
    Supporting,
    /// The National Commission's signed endorsement: one per application.
    Endorsement,
}

impl DocumentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Pledge => "pledge",
            DocumentKind::Supporting => "supporting",
            DocumentKind::Endorsement => "endorsement",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pledge" => Some(DocumentKind::Pledge),
            "supporting" => Some(DocumentKind::Supporting),
            "endorsement" => Some(DocumentKind::Endorsement),
            _ => None,
        }
    }

    /// Kinds of which an application has at most one: a new upload replaces the old.
    pub fn is_single(self) -> bool {
        !matches!(self, DocumentKind::Supporting)
    }

    pub fn label(self) -> &'static str {
        match self {
            DocumentKind::Pledge => "Commitment signed by the mayor",
            DocumentKind::Supporting => "Supporting document",
            DocumentKind::Endorsement => "Signed endorsement of the National Commission",
        }
    }
}

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
                    .ok_or_else(|| Error::Internal(format!("documents.kind {}", r.kind)))?,
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
    filename: &str,
    content: &[u8],
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
        filename,
        i32::try_from(content.len()).map_err(|_| Error::PayloadTooLarge)?,
        content,
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
) -> Result<Option<(String, Vec<u8>)>, Error> {
    let row = sqlx::query!(
        "SELECT filename, content FROM documents WHERE id = $1 AND application_id = $2",
        document_id,
        application_id
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.filename, r.content)))
}

pub async fn delete(
    conn: &mut PgConnection,
    application_id: i64,
    document_id: i64,
    kind: DocumentKind,
) -> Result<bool, Error> {
    let deleted = sqlx::query!(
        "DELETE FROM documents WHERE id = $1 AND application_id = $2 AND kind = $3",
        document_id,
        application_id,
        kind.as_str()
    )
    .execute(conn)
    .await?
    .rows_affected();
    Ok(deleted == 1)
}
