//! PostgreSQL access, one module per aggregate. Queries are checked at compile time
//! against the schema (offline data in .sqlx/, refreshed by scripts/sqlx-prepare).

pub mod applications;
pub mod around;
pub mod assessments;
pub mod audit;
pub mod calls;
pub mod colleagues;
pub mod criteria;
pub mod documents;
pub mod extensions;
pub mod jury;
pub mod listing;
pub mod login_attempts;
pub mod member_states;
pub mod members;
pub mod outbox;
pub mod privacy;
pub mod ranking;
pub mod reminders;
pub mod requests;
pub mod secrets;
pub mod seed;
pub mod sessions;
pub mod tokens;
pub mod two_factor;
pub mod types;
pub mod users;

use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, PgPool};

/// What went wrong reaching or reading PostgreSQL. The cause is kept for the log; the
/// layers above decide what a person is told.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// A stored value this code cannot read (a stage it does not know, say).
    #[error("unreadable data: {0}")]
    Corrupt(String),
}

impl Error {
    /// Whether this is the database refusing a change by the named constraint (or trigger).
    pub fn violates(&self, constraint: &str) -> bool {
        matches!(self, Error::Database(e)
            if e.as_database_error().and_then(|d| d.constraint()) == Some(constraint))
    }

    /// Whether the failure should pass by itself: PostgreSQL unreachable, every
    /// connection busy, or the server shutting down or restarting under the request
    /// (class 57P, operator intervention).
    pub fn is_passing(&self) -> bool {
        match self {
            Error::Database(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_)) => true,
            Error::Database(sqlx::Error::Database(e)) => {
                e.code().is_some_and(|code| code.starts_with("57P"))
            }
            _ => false,
        }
    }
}

/// The migrations in migrations/, compiled into the binary.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();

pub async fn connect(database_url: &str) -> Result<PgPool, Error> {
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
        .map_err(Error::from)
}

pub async fn migrate(pool: &PgPool) -> Result<(), Error> {
    Ok(MIGRATOR.run(pool).await?)
}

/// Lets one server at a time run the background job `job`, until this transaction ends:
/// `false` when another server is running it (this one skips the round). Every server
/// runs the jobs, so that none is special; the lock keeps them from doing the same work
/// at once and waiting on each other's rows.
pub async fn take_job(conn: &mut sqlx::PgConnection, job: &str) -> Result<bool, Error> {
    Ok(sqlx::query_scalar!(
        r#"SELECT pg_try_advisory_xact_lock(hashtext($1)) AS "taken!""#,
        job
    )
    .fetch_one(conn)
    .await?)
}
