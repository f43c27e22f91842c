//! GNLC Call: the web application that runs a membership call of the UNESCO Global
//! Network of Learning Cities.
//!
//! - `domain`: the call, deadlines, stages and quota, free of I/O
//! - `db`: PostgreSQL, one module per aggregate; reference data loading
//! - `web`: the router, middleware and one module per area of the site
//! - `config`, `clock`, `error`: configuration, the injectable clock, the one error type

pub mod clock;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod mail;
pub mod security;
pub mod web;

pub use config::Config;
pub use error::Error;
pub use web::{AppState, router};

/// Starts the outbox worker when SMTP_URL is set; it stops when `shutdown` turns true.
pub fn spawn_mail_worker(
    state: &AppState,
    shutdown: tokio::sync::watch::Receiver<bool>,
) -> Result<Option<tokio::task::JoinHandle<()>>, Error> {
    let Some(smtp_url) = &state.config.smtp_url else {
        tracing::info!("SMTP_URL is unset: mail is kept in the outbox and logged, not sent");
        return Ok(None);
    };
    let worker = mail::worker::Worker::new(
        state.db.clone(),
        smtp_url,
        &state.config.mail_from,
        state.config.mail.clone(),
    )?;
    Ok(Some(tokio::spawn(worker.run(shutdown))))
}

/// Connects to PostgreSQL, migrates, loads missing reference data: everything `serve`
/// needs before it answers its first request.
pub async fn prepare(config: Config) -> Result<AppState, Error> {
    let db = db::connect(&config.database_url).await?;
    db::migrate(&db).await?;
    db::seed::load_reference_data(&db).await?;
    Ok(AppState::new(db, config))
}
