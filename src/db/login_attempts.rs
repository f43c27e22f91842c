//! Sign-in attempts, to slow down password guessing.

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::PgExecutor;

use super::Error;

/// At most this many failed sign-ins per account, and per client address…
pub const LIMIT: i64 = 10;
/// …within this window.
pub const WINDOW: TimeDelta = TimeDelta::minutes(15);

/// When signing in may be tried again, if the account or the address has failed too
/// often: the moment the oldest of the last `LIMIT` failures leaves the window.
pub async fn blocked_until(
    db: impl PgExecutor<'_>,
    email: &str,
    client_ip: &str,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, Error> {
    let since = now - WINDOW;
    let row = sqlx::query!(
        r#"SELECT
             (SELECT attempted_at FROM login_attempts
               WHERE email = $1 AND NOT succeeded AND attempted_at > $3
               ORDER BY attempted_at DESC OFFSET $4::bigint - 1 LIMIT 1) AS by_email,
             (SELECT attempted_at FROM login_attempts
               WHERE client_ip = $2 AND NOT succeeded AND attempted_at > $3
               ORDER BY attempted_at DESC OFFSET $4::bigint - 1 LIMIT 1) AS by_ip"#,
        email,
        client_ip,
        since,
        LIMIT,
    )
    .fetch_one(db)
    .await?;
    Ok(row.by_email.max(row.by_ip).map(|t| t + WINDOW))
}

pub async fn record(
    db: impl PgExecutor<'_>,
    email: &str,
    client_ip: &str,
    succeeded: bool,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO login_attempts (email, client_ip, succeeded, attempted_at) VALUES ($1, $2, $3, $4)",
        email,
        client_ip,
        succeeded,
        now
    )
    .execute(db)
    .await?;
    Ok(())
}
