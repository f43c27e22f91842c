//! Sign-in sessions, kept in PostgreSQL so that any app server can serve any request, and
//! a session ended on one is ended on all.

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::{PgConnection, PgExecutor};

use super::Error;
use super::users::User;
use crate::domain::Role;
use crate::domain::two_factor::CODE_WAIT;
use crate::security::{new_token, token_hash};

/// How long a session lasts after signing in.
pub const SESSION_LENGTH: TimeDelta = TimeDelta::hours(12);

/// Opens a session for `user_id`; returns the token for the cookie.
pub async fn create(
    db: impl PgExecutor<'_>,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    open(db, user_id, false, now + SESSION_LENGTH, now).await
}

/// Opens a session the password alone opened: it waits, briefly, for the second factor's
/// code, and opens no page meanwhile.
pub async fn create_awaiting_code(
    db: impl PgExecutor<'_>,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    open(db, user_id, true, now + CODE_WAIT, now).await
}

async fn open(
    db: impl PgExecutor<'_>,
    user_id: i64,
    awaiting_code: bool,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    let token = new_token();
    sqlx::query!(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, awaiting_code)
         VALUES ($1, $2, $3, $4, $5)",
        token_hash(&token),
        user_id,
        now,
        expires_at,
        awaiting_code,
    )
    .execute(db)
    .await?;
    Ok(token)
}

/// The user of a live session that waits for its code.
pub async fn awaiting_code(
    db: impl PgExecutor<'_>,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<User>, Error> {
    user_of(db, token, now, true).await
}

/// The user of the live session a cookie's token names.
pub async fn user(
    db: impl PgExecutor<'_>,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<User>, Error> {
    user_of(db, token, now, false).await
}

async fn user_of(
    db: impl PgExecutor<'_>,
    token: &str,
    now: DateTime<Utc>,
    awaiting_code: bool,
) -> Result<Option<User>, Error> {
    Ok(sqlx::query_as!(
        User,
        r#"SELECT u.id, u.email, u.name, u.role AS "role: Role", u.country AS "country?: String",
                  u.email_verified_at IS NOT NULL AS "email_verified!", u.locale AS "locale?: String",
                  u.totp_secret IS NOT NULL AS "two_factor!"
             FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.awaiting_code = $3"#,
        token_hash(token),
        now,
        awaiting_code,
    )
    .fetch_optional(db)
    .await?)
}

pub async fn delete(db: impl PgExecutor<'_>, token: &str) -> Result<(), Error> {
    sqlx::query!(
        "DELETE FROM sessions WHERE token_hash = $1",
        token_hash(token)
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Ends every session of an account but `keep` (after a password reset).
pub async fn delete_all_for(
    conn: &mut PgConnection,
    user_id: i64,
    keep: Option<&str>,
) -> Result<(), Error> {
    let kept = keep.map(token_hash);
    sqlx::query!(
        "DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2",
        user_id,
        kept
    )
    .execute(conn)
    .await?;
    Ok(())
}
