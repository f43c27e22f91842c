//! Sign-in attempts, to slow down password guessing (the rule is `domain::limits`).

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgExecutor};

use super::Error;
use crate::domain::limits::Failures;

/// The failed sign-ins since `since` of `email` from `client_ip`, and of `client_ip` for
/// any account.
pub async fn failures(
    db: impl PgExecutor<'_>,
    email: &str,
    client_ip: &str,
    since: DateTime<Utc>,
) -> Result<(Failures, Failures), Error> {
    let row = sqlx::query!(
        r#"SELECT count(*) FILTER (WHERE email = $1) AS "pair_count!",
                  max(attempted_at) FILTER (WHERE email = $1) AS pair_last,
                  count(*) AS "client_count!", max(attempted_at) AS client_last
             FROM login_attempts
            WHERE client_ip = $2 AND NOT succeeded AND attempted_at > $3"#,
        email,
        client_ip,
        since,
    )
    .fetch_one(db)
    .await?;
    Ok((
        Failures {
            count: row.pair_count,
            last: row.pair_last,
        },
        Failures {
            count: row.client_count,
            last: row.client_last,
        },
    ))
}

/// Writes an attempt down; those older than a day, no limit looks at any more, go.
pub async fn record(
    conn: &mut PgConnection,
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
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "DELETE FROM login_attempts WHERE attempted_at < $1::timestamptz - interval '1 day'",
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The failed attempts at `email` since `since`, from any client address: the wrong codes
/// of a second factor, which someone who has the password may try from many addresses.
pub async fn account_failures(
    db: impl PgExecutor<'_>,
    email: &str,
    since: DateTime<Utc>,
) -> Result<Failures, Error> {
    let row = sqlx::query!(
        r#"SELECT count(*) AS "count!", max(attempted_at) AS last FROM login_attempts
            WHERE email = $1 AND NOT succeeded AND attempted_at > $2"#,
        email,
        since,
    )
    .fetch_one(db)
    .await?;
    Ok(Failures {
        count: row.count,
        last: row.last,
    })
}
