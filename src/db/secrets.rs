//! The site's secrets, shared by every server: made once, by the first server that needs
//! one, and kept in PostgreSQL with everything else.

use sqlx::PgPool;

use super::Error;

/// The secret `name`, made from `fresh` if there is none yet. Of two servers starting at
/// once, both end up with the one that was written first.
pub async fn get_or_create(db: &PgPool, name: &str, fresh: &[u8]) -> Result<Vec<u8>, Error> {
    sqlx::query!(
        "INSERT INTO site_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        name,
        fresh
    )
    .execute(db)
    .await?;
    Ok(
        sqlx::query_scalar!("SELECT secret FROM site_secrets WHERE name = $1", name)
            .fetch_one(db)
            .await?,
    )
}
