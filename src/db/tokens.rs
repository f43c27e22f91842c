//! Single-use links mailed to people: confirm an address, reset a password, accept an
//! invitation.

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::{PgConnection, PgExecutor};

use super::Error;
use crate::security::{new_token, token_hash};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
    Invitation,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ResetPassword => "reset_password",
            Purpose::Invitation => "invitation",
        }
    }

    /// How long a link works.
    pub fn lifetime(self) -> TimeDelta {
        match self {
            Purpose::VerifyEmail => TimeDelta::days(3),
            Purpose::ResetPassword => TimeDelta::hours(1),
            Purpose::Invitation => TimeDelta::days(7),
        }
    }
}

/// Makes a link token for `user_id`; returns it for the mail.
pub async fn issue(
    conn: &mut PgConnection,
    user_id: i64,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    let token = new_token();
    sqlx::query!(
        "INSERT INTO account_tokens (token_hash, user_id, purpose, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)",
        token_hash(&token),
        user_id,
        purpose.as_str(),
        now,
        now + purpose.lifetime(),
    )
    .execute(conn)
    .await?;
    Ok(token)
}

/// The account a link opens, if it is unused and unexpired; does not use it up.
pub async fn peek(
    db: impl PgExecutor<'_>,
    token: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<Option<i64>, Error> {
    Ok(sqlx::query_scalar!(
        "SELECT user_id FROM account_tokens
          WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        token_hash(token),
        purpose.as_str(),
        now
    )
    .fetch_optional(db)
    .await?)
}

/// Voids every unused link that sets the account's password (after one was used: an
/// older link found later in a mailbox must not set it again).
pub async fn void_password_links(
    conn: &mut PgConnection,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE account_tokens SET used_at = $2
          WHERE user_id = $1 AND purpose IN ('reset_password', 'invitation') AND used_at IS NULL",
        user_id,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Uses up a link: returns its account once, and never again.
pub async fn consume(
    conn: &mut PgConnection,
    token: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<Option<i64>, Error> {
    Ok(sqlx::query_scalar!(
        "UPDATE account_tokens SET used_at = $3
          WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
          RETURNING user_id",
        token_hash(token),
        purpose.as_str(),
        now
    )
    .fetch_optional(conn)
    .await?)
}
