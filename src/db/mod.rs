//! PostgreSQL access, one module per aggregate. Queries are checked at compile time
//! against the schema (offline data in .sqlx/, refreshed by scripts/sqlx-prepare).

pub mod applications;
pub mod assessments;
pub mod audit;
pub mod calls;
pub mod documents;
pub mod extensions;
pub mod listing;
pub mod login_attempts;
pub mod member_states;
pub mod members;
pub mod outbox;
pub mod reminders;
pub mod seed;
pub mod sessions;
pub mod tokens;
pub mod users;

use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

/// The migrations in migrations/, compiled into the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();

pub async fn connect(database_url: &str) -> Result<PgPool, sqlx::Error> {
    let options: PgConnectOptions = database_url.parse()?;
    PgPoolOptions::new()
        .max_connections(16)
        // A request waits at most this long for a connection, then gets an error page,
        // rather than hanging while PostgreSQL restarts.
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(options)
        .await
}

pub async fn migrate(pool: &PgPool) -> Result<(), sqlx::migrate::MigrateError> {
    MIGRATOR.run(pool).await
}
