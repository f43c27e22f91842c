//! Accounts.

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgExecutor};

use super::Error;
use crate::domain::Role;

/// A signed-in person, as every handler sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// The Member State of a National Commission account.
    pub country: Option<String>,
    pub email_verified: bool,
    /// The language the person chose for the site and their mail (a BCP 47 code); `None`
    /// until they choose one.
    pub locale: Option<String>,
    /// Whether the account signs in with a second factor.
    pub two_factor: bool,
}

impl User {
    /// The user as the access rules see them.
    pub fn viewer(&self) -> crate::domain::access::Viewer<'_> {
        crate::domain::access::Viewer {
            user_id: self.id,
            role: self.role,
            country: self.country.as_deref(),
        }
    }
}

/// An account found by its email address, with what signing in needs.
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
}

struct CredentialsRow {
    id: i64,
    email: String,
    name: String,
    role: Role,
    country: Option<String>,
    email_verified: bool,
    locale: Option<String>,
    two_factor: bool,
    password_hash: Option<String>,
}

pub async fn by_email(db: impl PgExecutor<'_>, email: &str) -> Result<Option<Credentials>, Error> {
    let row = sqlx::query_as!(
        CredentialsRow,
        r#"SELECT id, email, name, role AS "role: Role", country AS "country?: String", password_hash,
                  email_verified_at IS NOT NULL AS "email_verified!", locale AS "locale?: String",
                  totp_secret IS NOT NULL AS "two_factor!"
             FROM users WHERE lower(email) = lower($1)"#,
        email
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| Credentials {
        user: User {
            id: r.id,
            email: r.email,
            name: r.name,
            role: r.role,
            country: r.country,
            email_verified: r.email_verified,
            locale: r.locale,
            two_factor: r.two_factor,
        },
        password_hash: r.password_hash,
    }))
}

pub async fn by_id(db: impl PgExecutor<'_>, id: i64) -> Result<Option<User>, Error> {
    Ok(sqlx::query_as!(
        User,
        r#"SELECT id, email, name, role AS "role: Role", country AS "country?: String",
                  email_verified_at IS NOT NULL AS "email_verified!", locale AS "locale?: String",
                  totp_secret IS NOT NULL AS "two_factor!"
             FROM users WHERE id = $1"#,
        id
    )
    .fetch_optional(db)
    .await?)
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub country: Option<&'a str>,
    pub password_hash: Option<&'a str>,
    pub verified_at: Option<DateTime<Utc>>,
    pub now: DateTime<Utc>,
}

/// Creates an account; `Ok(None)` when the address already has one. A conflict is not an
/// error, so the caller's transaction stays usable (to tell the owner, for instance).
pub async fn create(conn: &mut PgConnection, new: NewUser<'_>) -> Result<Option<i64>, Error> {
    Ok(sqlx::query_scalar!(
        r#"INSERT INTO users (email, name, role, country, password_hash, email_verified_at, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (lower(email)) DO NOTHING RETURNING id"#,
        new.email,
        new.name,
        new.role.as_str(),
        new.country,
        new.password_hash,
        new.verified_at,
        new.now,
    )
    .fetch_optional(conn)
    .await?)
}

pub async fn set_password(conn: &mut PgConnection, user_id: i64, hash: &str) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE users SET password_hash = $2 WHERE id = $1",
        user_id,
        hash
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Records that the person reads mail at their address (first time only).
pub async fn mark_verified(
    conn: &mut PgConnection,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE users SET email_verified_at = coalesce(email_verified_at, $2) WHERE id = $1",
        user_id,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A staff account for the UIL users page.
pub struct StaffMember {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub country_name: Option<String>,
    /// Invited but has not yet set a password.
    pub invited: bool,
    /// Has a second factor.
    pub two_factor: bool,
}

pub async fn staff(db: impl PgExecutor<'_>) -> Result<Vec<StaffMember>, Error> {
    Ok(sqlx::query_as!(
        StaffMember,
        r#"SELECT u.id, u.name, u.email, u.role AS "role: Role", s.name AS "country_name?",
                  u.password_hash IS NULL AS "invited!", u.totp_secret IS NOT NULL AS "two_factor!"
             FROM users u LEFT JOIN member_states s ON s.iso2 = u.country
            WHERE u.role <> 'applicant' AND u.erased_at IS NULL
            ORDER BY u.role DESC, s.name NULLS FIRST, lower(u.name)"#
    )
    .fetch_all(db)
    .await?)
}

/// Remembers the language a person chose.
pub async fn set_locale(db: impl PgExecutor<'_>, id: i64, locale: &str) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE users SET locale = $2 WHERE id = $1",
        id,
        locale as &str
    )
    .execute(db)
    .await?;
    Ok(())
}
