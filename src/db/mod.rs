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

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, PgPool};

/// The migrations in migrations/, compiled into the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();

pub async fn connect(database_url: &str) -> Result<PgPool, sqlx::Error> {
    let options: PgConnectOptions = database_url.parse()?;
    PgPoolOptions::new()
        // PostgreSQL and this server share the machine's cores: more connections than
        // this only add switching between busy backends. On 2 cores, 12 measured best
        // (bench/RESULTS.md): 8 queued submissions behind each other, 16 lengthened the
        // slowest answers.
        .max_connections(12)
        // A request waits at most this long for a connection, then gets an error page,
        // rather than hanging while PostgreSQL restarts.
        .acquire_timeout(Duration::from_secs(5))
        // sqlx pings a connection when it comes back to the pool and, by default, again
        // when it is taken: two round trips beside every request's queries (a quarter of
        // the call page's time). A connection back less than a second ago is taken as it
        // is; one that waited longer (PostgreSQL may have restarted since) is pinged.
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for > Duration::from_secs(1) {
                    conn.ping().await?;
                }
                Ok(true)
            })
        })
        .connect_with(options)
        .await
}

pub async fn migrate(pool: &PgPool) -> Result<(), sqlx::migrate::MigrateError> {
    MIGRATOR.run(pool).await
}
