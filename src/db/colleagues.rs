//! The people who work on an application with its owner, and the invitations mailed to
//! them.

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::{PgConnection, PgExecutor};

use super::Error;
use crate::security::{new_token, token_hash};

/// How long a mailed invitation to a colleague works.
pub const INVITATION_LIFETIME: TimeDelta = TimeDelta::days(14);

/// An account that works on an application.
#[derive(Debug, Clone)]
pub struct Member {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub owner: bool,
}

/// The owner first, then the colleagues in the order they joined.
pub async fn members(db: impl PgExecutor<'_>, application_id: i64) -> Result<Vec<Member>, Error> {
    Ok(sqlx::query_as!(
        Member,
        r#"SELECT u.id AS "user_id!", u.name AS "name!", u.email AS "email!", true AS "owner!"
             FROM applications a JOIN users u ON u.id = a.owner_id WHERE a.id = $1
           UNION ALL
           (SELECT u.id, u.name, u.email, false
              FROM application_colleagues m JOIN users u ON u.id = m.user_id
             WHERE m.application_id = $1 ORDER BY m.added_at, u.id)"#,
        application_id
    )
    .fetch_all(db)
    .await?)
}

/// An invitation not yet accepted.
#[derive(Debug, Clone)]
pub struct OpenInvitation {
    pub email: String,
    pub expires_at: DateTime<Utc>,
}

pub async fn open_invitations(
    db: impl PgExecutor<'_>,
    application_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<OpenInvitation>, Error> {
    Ok(sqlx::query_as!(
        OpenInvitation,
        "SELECT email, expires_at FROM colleague_invitations
          WHERE application_id = $1 AND accepted_at IS NULL AND expires_at > $2
          ORDER BY created_at",
        application_id,
        now
    )
    .fetch_all(db)
    .await?)
}

/// Invites `email` to the application; an earlier open invitation of the address goes
/// (its link stops working). Returns the token of the link to mail.
pub async fn invite(
    conn: &mut PgConnection,
    application_id: i64,
    email: &str,
    invited_by: i64,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    sqlx::query!(
        "DELETE FROM colleague_invitations
          WHERE application_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL",
        application_id,
        email
    )
    .execute(&mut *conn)
    .await?;
    let token = new_token();
    sqlx::query!(
        "INSERT INTO colleague_invitations (token_hash, application_id, email, invited_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
        token_hash(&token),
        application_id,
        email,
        invited_by,
        now,
        now + INVITATION_LIFETIME
    )
    .execute(conn)
    .await?;
    Ok(token)
}

/// A live invitation, as its page shows it.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub application_id: i64,
    pub email: String,
    pub city_name: String,
    pub inviter: String,
}

/// The invitation a mailed link names, while it works.
pub async fn invitation(
    db: impl PgExecutor<'_>,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Invitation>, Error> {
    Ok(sqlx::query_as!(
        Invitation,
        "SELECT i.application_id, i.email, a.city_name, u.name AS inviter
           FROM colleague_invitations i
           JOIN applications a ON a.id = i.application_id
           JOIN users u ON u.id = i.invited_by
          WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.expires_at > $2",
        token_hash(token),
        now
    )
    .fetch_optional(db)
    .await?)
}

/// Uses up the invitation and makes `user_id` a colleague; the application's id, or
/// `None` when the link no longer works (used meanwhile, or expired).
pub async fn accept(
    conn: &mut PgConnection,
    token: &str,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<i64>, Error> {
    let Some(application_id) = sqlx::query_scalar!(
        "UPDATE colleague_invitations SET accepted_at = $2
          WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2
          RETURNING application_id",
        token_hash(token),
        now
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    sqlx::query!(
        "INSERT INTO application_colleagues (application_id, user_id, added_at)
         SELECT $1, $2, $3 WHERE NOT EXISTS
                (SELECT FROM applications WHERE id = $1 AND owner_id = $2)
         ON CONFLICT DO NOTHING",
        application_id,
        user_id,
        now
    )
    .execute(conn)
    .await?;
    Ok(Some(application_id))
}

/// Removes a colleague; whether they were one.
pub async fn remove(
    conn: &mut PgConnection,
    application_id: i64,
    user_id: i64,
) -> Result<bool, Error> {
    let removed = sqlx::query!(
        "DELETE FROM application_colleagues WHERE application_id = $1 AND user_id = $2",
        application_id,
        user_id
    )
    .execute(conn)
    .await?;
    Ok(removed.rows_affected() == 1)
}
