//! Sign-in sessions, kept in PostgreSQL so that any app server can serve any request.

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::{PgConnection, PgExecutor, PgPool};

use super::users::{User, role};
use crate::error::Error;
use crate::security::{new_token, token_hash};

/// How long a session lasts after signing in.
pub const SESSION_LENGTH: TimeDelta = TimeDelta::hours(12);

/// Opens a session for `user_id`; returns the token for the cookie.
pub async fn create(db: &PgPool, user_id: i64, now: DateTime<Utc>) -> Result<String, Error> {
    let token = new_token();
    sqlx::query!(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        token_hash(&token),
        user_id,
        now,
        now + SESSION_LENGTH,
    )
    .execute(db)
    .await?;
    Ok(token)
}

/// A session as stored: its user, and until when it lasts.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    pub expires_at: DateTime<Utc>,
}

impl Session {
    pub fn is_live_at(&self, now: DateTime<Utc>) -> bool {
        self.expires_at > now
    }
}

/// The session a cookie's token names, live or not.
pub async fn find(db: impl PgExecutor<'_>, token: &str) -> Result<Option<Session>, Error> {
    let row = sqlx::query!(
        r#"SELECT u.id, u.email, u.name, u.role, u.country AS "country?: String",
                  u.email_verified_at IS NOT NULL AS "verified!", s.expires_at
             FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE s.token_hash = $1"#,
        token_hash(token),
    )
    .fetch_optional(db)
    .await?;
    row.map(|r| {
        Ok(Session {
            user: User {
                id: r.id,
                email: r.email,
                name: r.name,
                role: role(&r.role)?,
                country: r.country,
                email_verified: r.verified,
            },
            expires_at: r.expires_at,
        })
    })
    .transpose()
}

/// The user of a live session.
pub async fn user(
    db: impl PgExecutor<'_>,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<User>, Error> {
    Ok(find(db, token)
        .await?
        .filter(|s| s.is_live_at(now))
        .map(|s| s.user))
}

pub async fn delete(db: &PgPool, token: &str) -> Result<(), Error> {
    sqlx::query!(
        "DELETE FROM sessions WHERE token_hash = $1",
        token_hash(token)
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Ends every session of an account (after a password reset).
pub async fn delete_all_for(conn: &mut PgConnection, user_id: i64) -> Result<(), Error> {
    sqlx::query!("DELETE FROM sessions WHERE user_id = $1", user_id)
        .execute(conn)
        .await?;
    Ok(())
}
