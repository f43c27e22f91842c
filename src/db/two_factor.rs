//! Second factors: the secret of an account's authenticator app, its recovery codes, the
//! browsers it asked to be remembered, and what was done to them (account events).

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgExecutor};

use super::Error;
use crate::domain::two_factor::REMEMBER_DEVICE;
use crate::security::token_hash;

/// An account's enrolled second factor, as a code is checked against it.
pub struct Enrolled {
    pub secret: String,
    pub last_step: Option<i64>,
}

/// The enrolled secret, locked: of two codes sent at once, the second sees the first's step.
pub async fn enrolled_for_update(
    conn: &mut PgConnection,
    user_id: i64,
) -> Result<Option<Enrolled>, Error> {
    let row = sqlx::query!(
        r#"SELECT totp_secret AS "secret!", totp_last_step FROM users
            WHERE id = $1 AND totp_secret IS NOT NULL FOR UPDATE"#,
        user_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| Enrolled {
        secret: r.secret,
        last_step: r.totp_last_step,
    }))
}

/// The secret shown to someone enrolling: the one they were shown before, if any (a page
/// opened again shows the same QR code), else `fresh`.
pub async fn pending_secret(
    conn: &mut PgConnection,
    user_id: i64,
    fresh: &str,
) -> Result<String, Error> {
    Ok(sqlx::query_scalar!(
        r#"UPDATE users SET totp_pending_secret = coalesce(totp_pending_secret, $2)
            WHERE id = $1 RETURNING totp_pending_secret AS "secret!""#,
        user_id,
        fresh
    )
    .fetch_one(conn)
    .await?)
}

/// The secret waiting for its first code, locked.
pub async fn pending_for_update(
    conn: &mut PgConnection,
    user_id: i64,
) -> Result<Option<String>, Error> {
    Ok(sqlx::query_scalar!(
        "SELECT totp_pending_secret FROM users WHERE id = $1 AND totp_secret IS NULL FOR UPDATE",
        user_id
    )
    .fetch_optional(conn)
    .await?
    .flatten())
}

/// Makes the pending secret the account's, with the step of its first code and the
/// hashes of its recovery codes (any earlier ones go).
pub async fn enrol(
    conn: &mut PgConnection,
    user_id: i64,
    secret: &str,
    step: i64,
    recovery_codes: &[String],
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE users SET totp_secret = $2, totp_enrolled_at = $3, totp_last_step = $4,
                          totp_pending_secret = NULL
          WHERE id = $1",
        user_id,
        secret,
        now,
        step
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!("DELETE FROM recovery_codes WHERE user_id = $1", user_id)
        .execute(&mut *conn)
        .await?;
    let hashes: Vec<Vec<u8>> = recovery_codes.iter().map(|c| token_hash(c)).collect();
    sqlx::query!(
        "INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::bytea[])",
        user_id,
        &hashes
    )
    .execute(&mut *conn)
    .await?;
    record_event(conn, user_id, Some(user_id), "two_factor_enrolled", now).await
}

/// Notes that a code of `step` was used.
pub async fn use_step(conn: &mut PgConnection, user_id: i64, step: i64) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE users SET totp_last_step = $2 WHERE id = $1",
        user_id,
        step
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Uses up a recovery code; whether it was one of the account's, unused.
pub async fn use_recovery_code(
    conn: &mut PgConnection,
    user_id: i64,
    code: &str,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    let used = sqlx::query!(
        "UPDATE recovery_codes SET used_at = $3
          WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
        user_id,
        token_hash(code),
        now
    )
    .execute(conn)
    .await?;
    Ok(used.rows_affected() == 1)
}

/// How many recovery codes the account has left.
pub async fn recovery_codes_left(db: impl PgExecutor<'_>, user_id: i64) -> Result<i64, Error> {
    Ok(sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL"#,
        user_id
    )
    .fetch_one(db)
    .await?)
}

/// Takes an account's second factor away (an admin's reset): secret, recovery codes,
/// remembered browsers and sessions all go; the owner enrols again at the next sign-in.
/// Whether the account had one.
pub async fn reset(
    conn: &mut PgConnection,
    user_id: i64,
    actor_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE users SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL,
                          totp_pending_secret = NULL
          WHERE id = $1",
        user_id
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!("DELETE FROM recovery_codes WHERE user_id = $1", user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query!("DELETE FROM remembered_devices WHERE user_id = $1", user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query!("DELETE FROM sessions WHERE user_id = $1", user_id)
        .execute(&mut *conn)
        .await?;
    record_event(conn, user_id, actor_id, "two_factor_reset", now).await
}

/// Remembers a browser for `user_id`; its token goes in a cookie.
pub async fn remember_device(
    conn: &mut PgConnection,
    user_id: i64,
    token: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO remembered_devices (token_hash, user_id, created_at, expires_at)
         VALUES ($1, $2, $3, $4)",
        token_hash(token),
        user_id,
        now,
        now + REMEMBER_DEVICE
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "DELETE FROM remembered_devices WHERE user_id = $1 AND expires_at <= $2",
        user_id,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether the browser whose cookie holds `token` is remembered for `user_id`.
pub async fn is_remembered(
    db: impl PgExecutor<'_>,
    user_id: i64,
    token: &str,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    Ok(sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM remembered_devices
                           WHERE token_hash = $1 AND user_id = $2 AND expires_at > $3) AS "x!""#,
        token_hash(token),
        user_id,
        now
    )
    .fetch_one(db)
    .await?)
}

async fn record_event(
    conn: &mut PgConnection,
    account_id: i64,
    actor_id: Option<i64>,
    kind: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO account_events (account_id, actor_id, kind, created_at) VALUES ($1, $2, $3, $4)",
        account_id,
        actor_id,
        kind,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// What was done to an account, for the audit page.
pub struct AccountEvent {
    pub account: String,
    /// `None` when done from the command line.
    pub actor: Option<String>,
    pub reset: bool,
    pub at: DateTime<Utc>,
}

/// The latest account events, newest first.
pub async fn account_events(
    db: impl PgExecutor<'_>,
    limit: i64,
) -> Result<Vec<AccountEvent>, Error> {
    Ok(sqlx::query_as!(
        AccountEvent,
        r#"SELECT t.name || ' <' || t.email || '>' AS "account!",
                  a.name || ' <' || a.email || '>' AS actor,
                  e.kind = 'two_factor_reset' AS "reset!", e.created_at AS at
             FROM account_events e
             JOIN users t ON t.id = e.account_id
             LEFT JOIN users a ON a.id = e.actor_id
            ORDER BY e.created_at DESC, e.id DESC LIMIT $1"#,
        limit
    )
    .fetch_all(db)
    .await?)
}
