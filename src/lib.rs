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
pub mod web;

pub use config::Config;
pub use error::Error;
pub use web::{AppState, router};

/// Connects to PostgreSQL, migrates, loads missing reference data: everything `serve`
/// needs before it answers its first request.
pub async fn prepare(config: Config) -> Result<AppState, Error> {
    let db = db::connect(&config.database_url).await?;
    db::migrate(&db).await?;
    db::seed::load_reference_data(&db).await?;
    Ok(AppState::new(db, config))
}
