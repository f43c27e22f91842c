//! Test support: fresh databases and a running application, as zero-to-production's
//! `spawn_app` does it.

use std::sync::atomic::{AtomicU32, Ordering};

use gnlc::{AppState, Config};
use sqlx::postgres::PgPoolOptions;
// Database names here are made by the tests themselves, never from input.
use sqlx::{AssertSqlSafe, Connection, PgConnection, PgPool};
use tokio::sync::OnceCell;

/// A database of its own for one test, migrated. Databases are named `gnlc_t_<pid>_<n>`;
/// the first test of a run drops those left by earlier runs whose process is gone.
pub struct TestDb {
    pub pool: PgPool,
    pub url: String,
}

fn admin_url() -> String {
    std::env::var("DATABASE_URL").expect(
        "DATABASE_URL is not set: run the tests with scripts/test, which prepares PostgreSQL",
    )
}

/// The same server and options as `url`, another database.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let (server, _) = base
        .rsplit_once('/')
        .expect("DATABASE_URL has a database path");
    match query {
        Some(q) => format!("{server}/{name}?{q}"),
        None => format!("{server}/{name}"),
    }
}

async fn drop_stale_databases(admin: &mut PgConnection) {
    let names: Vec<String> =
        sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE 'gnlc\\_t\\_%'")
            .fetch_all(&mut *admin)
            .await
            .unwrap();
    for name in names {
        let pid = name.split('_').nth(2).unwrap_or_default();
        if !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            sqlx::query(AssertSqlSafe(format!(
                r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#
            )))
            .execute(&mut *admin)
            .await
            .unwrap();
        }
    }
}

impl TestDb {
    pub async fn new() -> Self {
        static SWEPT: OnceCell<()> = OnceCell::const_new();
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let admin_url = admin_url();
        let mut admin = PgConnection::connect(&admin_url)
            .await
            .expect("cannot reach PostgreSQL at DATABASE_URL");
        SWEPT
            .get_or_init(|| async {
                // Runs on the first test's connection; the others wait for it.
                let mut own = PgConnection::connect(&admin_url).await.unwrap();
                drop_stale_databases(&mut own).await;
            })
            .await;
        let name = format!(
            "gnlc_t_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        sqlx::query(AssertSqlSafe(format!(r#"CREATE DATABASE "{name}""#)))
            .execute(&mut admin)
            .await
            .unwrap();
        let url = with_database(&admin_url, &name);
        let pool = PgPoolOptions::new()
            .max_connections(20)
            .connect(&url)
            .await
            .unwrap();
        gnlc::db::migrate(&pool).await.unwrap();
        TestDb { pool, url }
    }

    /// A fresh database with the reference data and the 2023 call, as `gnlc serve` leaves it.
    pub async fn seeded() -> Self {
        let db = TestDb::new().await;
        gnlc::db::seed::load_reference_data(&db.pool).await.unwrap();
        db
    }
}

/// The application, served on a free port in this process.
pub struct TestApp {
    pub address: String,
    pub db: PgPool,
    pub client: reqwest::Client,
}

/// The application with its clock started at `now` (as `GNLC_NOW` does), on a fresh,
/// seeded database.
pub async fn spawn_app_at(now: &str) -> TestApp {
    spawn_app_with(&[("GNLC_NOW", now)]).await
}

/// The application on the real clock.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

pub async fn spawn_app_with(env: &[(&str, &str)]) -> TestApp {
    let db = TestDb::seeded().await;
    let mut vars: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    vars.push(("DATABASE_URL".into(), db.url.clone()));
    let config =
        Config::from_lookup(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
            .expect("valid test configuration");
    serve(AppState::new(db.pool.clone(), config)).await
}

/// Serves `state` on a free port until the test ends.
pub async fn serve(state: AppState) -> TestApp {
    let db = state.db.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, gnlc::router(state)).await });
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    TestApp {
        address,
        db,
        client,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    /// GET `path`, expecting 200, and return the page's text.
    pub async fn page(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.text().await.unwrap()
    }
}

/// The visible text of an HTML fragment, with tags removed and white space folded, so that
/// assertions read like what a person sees.
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
