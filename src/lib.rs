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
pub mod demo;
pub mod domain;
pub mod error;
pub mod mail;
pub mod security;
pub mod web;

pub use config::Config;
pub use error::Error;
pub use web::{AppState, router};

/// Starts the background work of a server: the reminders, always, and the outbox worker
/// when SMTP_URL is set. Both stop when `shutdown` turns true.
pub fn spawn_background(
    state: &AppState,
    shutdown: tokio::sync::watch::Receiver<bool>,
) -> Result<Vec<tokio::task::JoinHandle<()>>, Error> {
    let mut tasks = vec![tokio::spawn(remind(state.clone(), shutdown.clone()))];
    match &state.config.smtp_url {
        Some(smtp_url) => {
            let worker = mail::worker::Worker::new(
                state.db.clone(),
                smtp_url,
                &state.config.mail_from,
                state.config.mail_reply_to.as_deref(),
                state.config.mail.clone(),
            )?;
            tasks.push(tokio::spawn(worker.run(shutdown)));
        }
        None => {
            tracing::info!("SMTP_URL is unset: mail is kept in the outbox and logged, not sent")
        }
    }
    Ok(tasks)
}

/// Queues due reminders now and then, at the clock's time.
async fn remind(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    while !*shutdown.borrow() {
        match mail::reminders::queue_due(&state.db, &state.mailer, &state.clock).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(reminders = n, "reminders queued"),
            Err(e) => tracing::warn!(error = %e, "reminders: will try again"),
        }
        tokio::select! {
            () = tokio::time::sleep(state.config.mail.reminder_interval) => {}
            changed = shutdown.changed() => if changed.is_err() { break },
        }
    }
}

/// Connects to PostgreSQL, migrates, loads missing reference data: everything `serve`
/// needs before it answers its first request.
pub async fn prepare(config: Config) -> Result<AppState, Error> {
    let db = db::connect(&config.database_url).await?;
    db::migrate(&db).await?;
    db::seed::load_reference_data(&db).await?;
    let state = AppState::new(db, config);
    state.member_states().await?;
    Ok(state)
}
