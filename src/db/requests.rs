//! Requests of the forms that send mail, counted to limit them (the rule is
//! `domain::limits`).

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use super::Error;

/// Holds, until the transaction ends, the lock named `key`: requests that count what was
/// asked before them and then add to it take turns, so that a burst sent at once cannot
/// all find the count under a limit.
pub async fn take_turns(conn: &mut PgConnection, key: &str) -> Result<(), Error> {
    sqlx::query!("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", key)
        .execute(conn)
        .await?;
    Ok(())
}

/// Mails of any kind sent to `recipient` since `since`, the requests made from
/// `client_ip` since then, and the first of those.
pub async fn recent(
    conn: &mut PgConnection,
    recipient: &str,
    client_ip: &str,
    since: DateTime<Utc>,
) -> Result<(i64, i64, Option<DateTime<Utc>>), Error> {
    let row = sqlx::query!(
        r#"SELECT (SELECT count(*) FROM mail_requests
                    WHERE recipient = $1 AND sent AND requested_at > $3) AS "to_recipient!",
                  (SELECT count(*) FROM mail_requests
                    WHERE client_ip = $2 AND requested_at > $3) AS "from_client!",
                  (SELECT min(requested_at) FROM mail_requests
                    WHERE client_ip = $2 AND requested_at > $3) AS first_from_client"#,
        recipient,
        client_ip,
        since,
    )
    .fetch_one(conn)
    .await?;
    Ok((row.to_recipient, row.from_client, row.first_from_client))
}

/// Writes a request down; those older than a day, no limit looks at any more, go.
pub async fn record(
    conn: &mut PgConnection,
    kind: &str,
    recipient: &str,
    client_ip: &str,
    sent: bool,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO mail_requests (kind, recipient, client_ip, sent, requested_at) VALUES ($1, $2, $3, $4, $5)",
        kind,
        recipient,
        client_ip,
        sent,
        now
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "DELETE FROM mail_requests WHERE requested_at < $1::timestamptz - interval '1 day'",
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}
