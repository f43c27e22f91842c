//! GNLC Call: the web application that runs a membership call of the UNESCO Global
//! Network of Learning Cities. Imports point down the layers:
//!
//! - `web`: the router, middleware, and one module per area: extract, call, render
//! - `app`: the use cases, one module per journey; each runs its rules in its transaction
//! - `domain`: the rules (deadlines, stages, quota, the form, who sees what), free of I/O
//! - `db`: PostgreSQL, one module per aggregate; `mail`: the outbox and its messages
//! - `config`, `clock`, `security`: configuration, the injectable clock, secrets

pub mod app;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod i18n;
pub mod mail;
pub mod pdf;
pub mod security;
pub mod web;

pub use config::Config;
pub use web::{AppState, router};

/// Starts the background work of a server: the reminders, the retention job and the
/// listener of public page revisions, always, and the outbox worker when SMTP_URL is set. All stop when
/// `shutdown` turns true.
pub fn spawn_background(
    state: &AppState,
    shutdown: tokio::sync::watch::Receiver<bool>,
) -> Result<Vec<tokio::task::JoinHandle<()>>, app::Error> {
    let app = state.app();
    let mut tasks = vec![
        tokio::spawn(remind(app.clone(), shutdown.clone())),
        tokio::spawn(keep_retention(app.clone(), shutdown.clone())),
    ];
    let listening = app.clone();
    let listen_shutdown = shutdown.clone();
    tasks.push(tokio::spawn(async move {
        let url = listening.config.database_url.clone();
        listening
            .site
            .listen(listening.db.clone(), &url, listen_shutdown)
            .await
    }));
    match &app.config.smtp_url {
        Some(smtp_url) => {
            let worker = mail::worker::Worker::new(
                app.db.clone(),
                smtp_url,
                &app.config.mail_from,
                app.config.mail_reply_to.as_deref(),
                app.config.mail.clone(),
            )?;
            tasks.push(tokio::spawn(worker.run(shutdown)));
        }
        None => {
            tracing::info!("SMTP_URL is unset: mail is kept in the outbox and logged, not sent")
        }
    }
    Ok(tasks)
}

/// How often the retention job looks for personal data whose period has passed.
const RETENTION_INTERVAL: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// Runs the retention job (`app::privacy::retention`) at start and then daily, at the
/// clock's time; one server at a time does the work (an advisory lock).
async fn keep_retention(
    app: std::sync::Arc<app::App>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    while !*shutdown.borrow() {
        match app::privacy::retention(&app, false).await {
            Ok(calls) if calls.is_empty() => {}
            Ok(calls) => tracing::info!(calls = calls.len(), "retention: personal data erased"),
            Err(e) => tracing::warn!(error = %e, "retention: will try again"),
        }
        tokio::select! {
            () = tokio::time::sleep(RETENTION_INTERVAL) => {}
            changed = shutdown.changed() => if changed.is_err() { break },
        }
    }
}

/// Queues due reminders now and then, at the clock's time; one server at a time does the
/// work (an advisory lock), and a unique key per reminder keeps each to one mail.
async fn remind(app: std::sync::Arc<app::App>, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    while !*shutdown.borrow() {
        match mail::reminders::queue_due(&app.db, &app.mailer, &app.clock).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(reminders = n, "reminders queued"),
            Err(e) => tracing::warn!(error = %e, "reminders: will try again"),
        }
        tokio::select! {
            () = tokio::time::sleep(app.config.mail.reminder_interval) => {}
            changed = shutdown.changed() => if changed.is_err() { break },
        }
    }
}

/// Connects to PostgreSQL, migrates, loads missing reference data: everything `serve`
/// needs before it answers its first request.
pub async fn prepare(config: Config) -> Result<AppState, app::Error> {
    // A catalogue that does not parse is a broken build: refuse to start with it.
    if let Err(errors) = i18n::check_catalogues() {
        return Err(app::Error::Internal(format!(
            "the message catalogues have errors: {}",
            errors.join("; ")
        )));
    }
    let db = db::connect(&config.database_url).await?;
    db::migrate(&db).await?;
    db::seed::load_reference_data(&db).await?;
    let state = AppState::new(db, config);
    state.app().member_states().await?;
    app::files::remove_stale_uploads();
    Ok(state)
}
