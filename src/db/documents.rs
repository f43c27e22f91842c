//! Uploaded PDFs, stored in PostgreSQL.

use chrono::{DateTime, Utc};
use sqlx::{Connection, PgConnection};
use tokio::io::{AsyncRead, AsyncReadExt};

use super::Error;
pub use crate::domain::document::DocumentKind;

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

/// A document to store: a PDF already checked, of `byte_size` bytes.
pub struct NewDocument<'a> {
    pub application_id: i64,
    pub kind: DocumentKind,
    pub filename: &'a str,
    pub byte_size: i32,
    pub uploaded_by: i64,
    pub now: DateTime<Utc>,
}

/// Stores a PDF read from `content`; one of a single kind replaces the one before.
///
/// The content goes to PostgreSQL with `COPY … FROM STDIN (FORMAT binary)`, a few
/// kilobytes at a time: a query with the file as a parameter would hold it in memory
/// three times over (the file, the encoded parameter, the message to the server), and
/// ten uploads at once would then cost the server hundreds of megabytes.
pub async fn store(
    conn: &mut PgConnection,
    d: NewDocument<'_>,
    content: impl AsyncRead + Unpin,
) -> Result<(), Error> {
    if d.kind.is_single() {
        sqlx::query!(
            "DELETE FROM documents WHERE application_id = $1 AND kind = $2",
            d.application_id,
            d.kind.as_str()
        )
        .execute(&mut *conn)
        .await?;
    }
    let (before, after) = binary_copy_row(&d);
    let row = std::io::Cursor::new(before)
        .chain(content.take(u64::try_from(d.byte_size).unwrap_or(0)))
        .chain(std::io::Cursor::new(after));
    let mut copy = conn
        .copy_in_raw(
            "COPY documents (application_id, kind, filename, byte_size, content, uploaded_by, created_at)
             FROM STDIN (FORMAT binary)",
        )
        .await?;
    copy.read_from(row).await?;
    copy.finish().await?;
    Ok(())
}

/// One row of `COPY … (FORMAT binary)`, with its header and trailer, around the content:
/// what comes before it (ending with its length) and what comes after.
fn binary_copy_row(d: &NewDocument<'_>) -> (Vec<u8>, Vec<u8>) {
    fn field(out: &mut Vec<u8>, value: &[u8]) {
        out.extend_from_slice(&(value.len() as i32).to_be_bytes());
        out.extend_from_slice(value);
    }
    // PostgreSQL's binary timestamps: microseconds since 2000-01-01 00:00 UTC.
    let epoch_2000 = DateTime::<Utc>::from_timestamp(946_684_800, 0).unwrap_or_default();
    let micros = (d.now - epoch_2000).num_microseconds().unwrap_or(0);
    let mut before = Vec::with_capacity(128);
    before.extend_from_slice(b"PGCOPY\n\xff\r\n\0");
    before.extend_from_slice(&0i32.to_be_bytes()); // flags
    before.extend_from_slice(&0i32.to_be_bytes()); // header extension
    before.extend_from_slice(&7i16.to_be_bytes()); // columns
    field(&mut before, &d.application_id.to_be_bytes());
    field(&mut before, d.kind.as_str().as_bytes());
    field(&mut before, d.filename.as_bytes());
    field(&mut before, &d.byte_size.to_be_bytes());
    before.extend_from_slice(&d.byte_size.to_be_bytes()); // the content's length
    let mut after = Vec::with_capacity(32);
    field(&mut after, &d.uploaded_by.to_be_bytes());
    field(&mut after, &micros.to_be_bytes());
    after.extend_from_slice(&(-1i16).to_be_bytes()); // the end of the data
    (before, after)
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
    .fetch_optional(&mut *conn)
    .await?;
    conn.shrink_buffers();
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
