//! Operations: health, readiness, errors, headers and limits.

use futures_util::future::join_all;
use gnlc::{AppState, Config};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{TestApp, serve, spawn_app, visible_text};

#[tokio::test]
async fn healthz_and_readyz_answer_when_all_is_well() {
    let app = spawn_app().await;
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), 200);
    assert_eq!(health.text().await.unwrap(), "ok");
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
}

#[tokio::test]
async fn readyz_says_not_ready_when_the_database_is_unreachable() {
    let config = Config::from_lookup(|_| None).unwrap();
    // Nothing listens on this socket directory.
    let pool = sqlx::postgres::PgPoolOptions::new()
        .acquire_timeout(std::time::Duration::from_millis(500))
        .connect_lazy("postgres://nobody@localhost/none?host=/nonexistent")
        .unwrap();
    let app: TestApp = serve(AppState::new(pool, config)).await;
    assert_eq!(
        app.get("/healthz").await.status(),
        200,
        "the process is still up"
    );
    assert_eq!(app.get("/readyz").await.status(), 503);
    // A page that needs the database says the service is busy, without internals.
    let page = app.get("/").await;
    assert_eq!(page.status(), 503);
    let text = visible_text(&page.text().await.unwrap());
    assert!(text.contains("Sorry, the service is busy"), "{text}");
    assert!(
        !text.to_lowercase().contains("sqlx") && !text.contains("nonexistent"),
        "{text}"
    );
}

/// PostgreSQL may drop every connection (a restart, an administrator): the idle
/// connections of the pool are then dead. Pages asked for a little later are answered,
/// on new connections, with no one restarting the server.
#[tokio::test]
async fn pages_are_answered_again_after_postgresql_drops_every_connection() {
    let db = crate::helpers::TestDb::seeded().await;
    let config =
        Config::from_lookup(|name| (name == "DATABASE_URL").then(|| db.url.clone())).unwrap();
    let pool = gnlc::db::connect(&db.url).await.unwrap();
    let app = serve(AppState::new(pool, config)).await;
    let before = join_all((0..8).map(|_| app.get("/"))).await;
    assert!(before.iter().all(|r| r.status() == 200));
    let dropped: i64 = sqlx::query_scalar(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert!(dropped > 0, "the server's connections were dropped");
    // At once, a request may still meet a dead connection: "busy, try again", not a fault.
    for _ in 0..12 {
        let status = app.get("/members").await.status();
        assert!(status == 200 || status == 503, "{status}");
    }
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    for _ in 0..20 {
        assert_eq!(app.get("/").await.status(), 200);
    }
}

#[tokio::test]
async fn an_unknown_address_gets_a_friendly_404_page() {
    let app = spawn_app().await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status(), 404);
    let text = visible_text(&response.text().await.unwrap());
    assert!(text.contains("Page not found"), "{text}");
    assert!(text.contains("Go to the call page"), "{text}");
    assert_eq!(app.get("/static/nothing.css").await.status(), 404);
}

#[tokio::test]
async fn every_page_carries_the_security_headers_and_a_request_id() {
    let app = spawn_app().await;
    for path in ["/", "/members", "/no/such/page", "/static/style.css"] {
        let response = app.get(path).await;
        let h = response.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("default-src 'self'"), "{path}: {csp}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
        assert_eq!(h["x-request-id"].len(), 36, "{path}: a UUID request id");
    }
}

#[tokio::test]
async fn pages_are_compressed_for_clients_that_ask() {
    let app = spawn_app().await;
    let response = app
        .visitor
        .client
        .get(app.url("/members"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

#[tokio::test]
async fn the_stylesheet_is_served_with_cache_headers() {
    let app = spawn_app().await;
    let response = app.get("/static/style.css").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/css; charset=utf-8"
    );
    assert_eq!(response.headers()["cache-control"], "public, max-age=86400");
    assert!(response.text().await.unwrap().contains(".skip-link"));
}

#[tokio::test]
async fn a_request_body_over_the_limit_gets_413() {
    let app = spawn_app().await;
    let host = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    // Announce 50 MB to a form without files; the server refuses on the header, before
    // any of it is read.
    let request = format!(
        "POST /login HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: 52428800\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let response = String::from_utf8_lossy(&response);
    assert!(response.starts_with("HTTP/1.1 413"), "{response}");
}

#[tokio::test]
async fn an_internal_failure_shows_a_500_page_without_its_cause() {
    let app = spawn_app().await;
    // Data the code cannot read: a zone no one knows.
    sqlx::query("UPDATE calls SET deadline_zone = 'Mars/Olympus_Mons'")
        .execute(&app.db)
        .await
        .unwrap();
    let response = app.get("/").await;
    assert_eq!(response.status(), 500);
    let text = visible_text(&response.text().await.unwrap());
    assert!(
        text.contains("Sorry, there is a problem with the service"),
        "{text}"
    );
    assert!(!text.contains("Mars"), "the cause leaks: {text}");
    assert_eq!(
        app.get("/members").await.status(),
        200,
        "other pages still work"
    );
}

/// More people at once than the pool has connections: a handler that held one connection
/// while asking for another would make them wait on each other until every request failed.
#[tokio::test]
async fn pages_answer_many_people_at_once() {
    use gnlc::domain::Role;
    let app = crate::helpers::spawn_app_at("2023-05-20T12:00:00Z").await;
    let (city, id) = crate::natcom::submitted(&app, "Lyon", "FR").await;
    let natcom = app
        .signed_in(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let pages: Vec<(&crate::helpers::Browser, String)> = vec![
        (&app.visitor, "/".into()),
        (&app.visitor, "/members?region=Africa".into()),
        (&city, "/applications".into()),
        (&city, format!("/applications/{id}")),
        (&natcom, "/natcom".into()),
        (&natcom, format!("/natcom/applications/{id}")),
        (&admin, "/uil".into()),
        (&admin, "/uil/users".into()),
        (&admin, "/uil/outbox".into()),
        (&admin, "/uil/extensions".into()),
    ];
    for (browser, path) in &pages {
        let requests = (0..48).map(|_| browser.get(path));
        let answers = tokio::time::timeout(std::time::Duration::from_secs(20), join_all(requests))
            .await
            .unwrap_or_else(|_| panic!("{path}: 48 requests at once did not all finish"));
        assert!(
            answers.iter().all(|r| r.status() == 200),
            "{path}: {:?}",
            answers.iter().map(|r| r.status()).collect::<Vec<_>>()
        );
    }
}
