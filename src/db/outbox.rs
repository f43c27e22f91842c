//! The mail outbox (SPEC §6). Scheduling uses the database's clock, not GNLC_NOW: retries
//! and leases are about real seconds.

use std::time::Duration;

use sqlx::{PgConnection, PgExecutor};

use super::Error;

/// A mail to be sent, as written in the same transaction as the change it reports.
#[derive(Debug, Clone)]
pub struct OutgoingMail {
    /// What it is about, e.g. "verify_email".
    pub kind: &'static str,
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub application_id: Option<i64>,
}

/// Queues mails in one statement; `queued_at` is the application clock's time, shown to
/// people. When they are sent is decided by the database's clock (retries are in real
/// seconds). Returns their ids, in order.
pub async fn insert_all(
    conn: &mut PgConnection,
    mails: &[OutgoingMail],
    queued_at: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<i64>, Error> {
    let column = |f: fn(&OutgoingMail) -> &str| mails.iter().map(f).collect::<Vec<&str>>();
    Ok(sqlx::query_scalar!(
        "INSERT INTO mail_outbox (kind, recipient, subject, body_text, body_html, application_id, created_at)
         SELECT kind, recipient, subject, body_text, body_html, application_id, $7
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
                WITH ORDINALITY AS m (kind, recipient, subject, body_text, body_html, application_id, n)
          ORDER BY n
         RETURNING id",
        &column(|m| m.kind) as &[&str],
        &column(|m| &m.to) as &[&str],
        &column(|m| &m.subject) as &[&str],
        &column(|m| &m.text) as &[&str],
        &column(|m| &m.html) as &[&str],
        &mails.iter().map(|m| m.application_id).collect::<Vec<_>>() as &[Option<i64>],
        queued_at,
    )
    .fetch_all(conn)
    .await?)
}

/// A mail a worker has taken to send.
#[derive(Debug)]
pub struct Claimed {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    pub attempts: i32,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Takes up to `limit` mails that are due, marking them `sending` for `lease`. Workers in
/// several processes skip each other's rows; a mail whose worker died is taken again once
/// its lease has run out.
pub async fn claim_due(
    db: impl PgExecutor<'_>,
    lease: Duration,
    limit: i64,
) -> Result<Vec<Claimed>, Error> {
    Ok(sqlx::query_as!(
        Claimed,
        r#"UPDATE mail_outbox
              SET state = 'sending', attempts = attempts + 1,
                  next_attempt_at = now() + make_interval(secs => $1)
            WHERE id IN (SELECT id FROM mail_outbox
                          WHERE state IN ('queued', 'sending') AND next_attempt_at <= now()
                          ORDER BY next_attempt_at, id
                          LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING id, recipient, subject, body_text, body_html, attempts, created_at"#,
        lease.as_secs_f64(),
        limit,
    )
    .fetch_all(db)
    .await?)
}

pub async fn mark_sent(db: impl PgExecutor<'_>, id: i64) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE mail_outbox SET state = 'sent', sent_at = now(), last_error = NULL WHERE id = $1",
        id
    )
    .execute(db)
    .await?;
    Ok(())
}

/// A passing failure: try again after `delay`.
pub async fn mark_retry(
    db: impl PgExecutor<'_>,
    id: i64,
    delay: Duration,
    error: &str,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE mail_outbox SET state = 'queued', last_error = $2,
                next_attempt_at = now() + make_interval(secs => $3)
          WHERE id = $1",
        id,
        error,
        delay.as_secs_f64(),
    )
    .execute(db)
    .await?;
    Ok(())
}

/// A failure that retrying will not mend.
pub async fn mark_failed(db: impl PgExecutor<'_>, id: i64, error: &str) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE mail_outbox SET state = 'failed', last_error = $2 WHERE id = $1",
        id,
        error
    )
    .execute(db)
    .await?;
    Ok(())
}

/// How many mails failed for good: UIL's dashboard makes them stand out. Mail about an
/// application before it was first submitted is the city's business alone, and not
/// counted.
pub async fn failed_count(db: impl PgExecutor<'_>) -> Result<i64, Error> {
    Ok(sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM mail_outbox m
            WHERE m.state = 'failed'
              AND (m.application_id IS NULL
                   OR m.created_at >= first_submitted_at(m.application_id))"#
    )
    .fetch_one(db)
    .await?)
}

/// A mail as the outbox page and the mail logs show it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Logged {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub state: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub application_id: Option<i64>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub sent_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub state: Option<String>,
    pub kind: Option<String>,
    /// Part of the recipient's address or of the subject.
    pub text: Option<String>,
}

/// Every mail, newest first, filtered; and how many there are. Mail about an application
/// before it was first submitted is the city's business alone, and not listed.
pub async fn list(
    db: impl PgExecutor<'_>,
    f: &Filter,
    limit: i64,
    offset: i64,
) -> Result<(Vec<Logged>, i64), Error> {
    let text = f.text.as_ref().map(|t| {
        format!(
            "%{}%",
            t.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        )
    });
    let rows = sqlx::query!(
        r#"SELECT id, kind, recipient, subject, state, attempts, last_error, application_id,
                  created_at, sent_at, count(*) OVER () AS "total!"
             FROM mail_outbox m
            WHERE (m.application_id IS NULL
                   OR m.created_at >= first_submitted_at(m.application_id))
              AND ($1::text IS NULL OR state = $1)
              AND ($2::text IS NULL OR kind = $2)
              AND ($3::text IS NULL OR recipient ILIKE $3 OR subject ILIKE $3)
            ORDER BY id DESC LIMIT $4 OFFSET $5"#,
        f.state,
        f.kind,
        text,
        limit,
        offset
    )
    .fetch_all(db)
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    Ok((
        rows.into_iter()
            .map(|r| Logged {
                id: r.id,
                kind: r.kind,
                recipient: r.recipient,
                subject: r.subject,
                state: r.state,
                attempts: r.attempts,
                last_error: r.last_error,
                application_id: r.application_id,
                created_at: r.created_at,
                sent_at: r.sent_at,
            })
            .collect(),
        total,
    ))
}

/// The kinds of mail there are, for the filter.
pub async fn kinds(db: impl PgExecutor<'_>) -> Result<Vec<String>, Error> {
    Ok(
        sqlx::query_scalar!("SELECT DISTINCT kind FROM mail_outbox ORDER BY kind")
            .fetch_all(db)
            .await?,
    )
}

/// Queues a copy of a mail, to be sent afresh; the original stays as it was. Like the
/// list, it knows no mail about an application before it was first submitted.
pub async fn resend(db: impl PgExecutor<'_>, id: i64) -> Result<Option<i64>, Error> {
    Ok(sqlx::query_scalar!(
        "INSERT INTO mail_outbox (kind, recipient, subject, body_text, body_html, application_id)
         SELECT kind, recipient, subject, body_text, body_html, application_id FROM mail_outbox m
          WHERE m.id = $1 AND m.redacted_at IS NULL
            AND (m.application_id IS NULL
                 OR m.created_at >= first_submitted_at(m.application_id))
         RETURNING id",
        id
    )
    .fetch_optional(db)
    .await?)
}

/// Whose view of an application's mail: its city's, all of it; anyone else's, from its
/// first submission on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailOf {
    TheCity,
    Others,
}

/// The mail about one application: who was told what, when.
pub async fn for_application(
    conn: &mut PgConnection,
    application_id: i64,
    view: MailOf,
) -> Result<Vec<Logged>, Error> {
    Ok(sqlx::query_as!(
        Logged,
        "SELECT id, kind, recipient, subject, state, attempts, last_error, application_id, created_at, sent_at
           FROM mail_outbox
          WHERE application_id = $1
            AND ($2 OR created_at >= first_submitted_at($1))
          ORDER BY id",
        application_id,
        view == MailOf::TheCity
    )
    .fetch_all(conn)
    .await?)
}
