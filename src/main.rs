//! The `gnlc` command: `serve` (the default) and `migrate` (SPEC §5).

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use gnlc::Config;

#[derive(Parser)]
#[command(
    name = "gnlc",
    about = "GNLC Call: applications to the UNESCO Global Network of Learning Cities"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate, load reference data and the 2023 call if missing, and serve HTTP.
    Serve,
    /// Run the database migrations and exit.
    Migrate,
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("gnlc: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => migrate(config).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gnlc: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), gnlc::Error> {
    let bind_addr = config.bind_addr;
    if let Some(now) = config.now {
        tracing::info!(%now, "GNLC_NOW: the clock starts at this instant");
    }
    let state = gnlc::prepare(config).await?;
    let listener = tokio::net::TcpListener::bind(bind_addr)
        .await
        .map_err(|e| gnlc::Error::Internal(format!("cannot listen on {bind_addr}: {e}")))?;
    tracing::info!("serving on http://{bind_addr}");
    axum::serve(listener, gnlc::router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| gnlc::Error::Internal(format!("server: {e}")))?;
    tracing::info!("stopped");
    Ok(())
}

async fn migrate(config: Config) -> Result<(), gnlc::Error> {
    let db = gnlc::db::connect(&config.database_url).await?;
    gnlc::db::migrate(&db).await?;
    tracing::info!("migrations applied");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM; requests in flight are finished before the process exits.
async fn shutdown_signal() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.ok();
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
