//! Mail delivery through the outbox: nothing is lost when SMTP is away, nothing is sent
//! twice, passing failures are retried and permanent ones recorded.

use gnlc::AppState;
use gnlc::db::outbox::OutgoingMail;

use crate::helpers::{TestDb, fast_mail_settings, location, spawn_app_with};
use crate::smtp::{Mode, SmtpServer};

async fn states(db: &sqlx::PgPool) -> Vec<(String, i32, Option<String>)> {
    sqlx::query_as("SELECT state, attempts, last_error FROM mail_outbox ORDER BY id")
        .fetch_all(db)
        .await
        .unwrap()
}

async fn wait_until_settled(db: &sqlx::PgPool) -> Vec<(String, i32, Option<String>)> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let now = states(db).await;
        if now.iter().all(|(s, ..)| s == "sent" || s == "failed")
            || std::time::Instant::now() > deadline
        {
            return now;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn with_the_smtp_server_down_registration_succeeds_and_the_mail_arrives_when_it_returns() {
    let port = SmtpServer::free_port();
    let app = spawn_app_with(&[("SMTP_URL", &format!("smtp://127.0.0.1:{port}"))]).await;
    let response = app
        .browser()
        .register("Ana Silva", "ana@lisboa.pt", "correct horse battery")
        .await;
    assert_eq!(
        location(&response),
        "/register/sent",
        "the person's action succeeds"
    );
    // The worker has tried and failed; the mail waits in the outbox.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let (state, attempts, error) = states(&app.db).await.remove(0);
    assert!(state == "queued" || state == "sending", "{state}");
    assert!(attempts >= 1);
    assert!(error.is_some(), "the failure is recorded");

    let smtp = SmtpServer::start_on_port(port);
    let mail = smtp.wait_for("ana@lisboa.pt", 1).await;
    assert_eq!(
        mail[0].subject(),
        "Confirm your email address for GNLC Call"
    );
    assert_eq!(wait_until_settled(&app.db).await[0].0, "sent");
}

#[tokio::test]
async fn a_refusal_for_now_is_retried_and_a_refusal_for_good_is_recorded_at_once() {
    let smtp = SmtpServer::start();
    smtp.set_mode(Mode::RefuseForNow);
    let app = spawn_app_with(&[("SMTP_URL", &smtp.url())]).await;
    app.browser()
        .register("Ana Silva", "ana@lisboa.pt", "correct horse battery")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(smtp.received().is_empty());
    smtp.set_mode(Mode::Accept);
    smtp.wait_for("ana@lisboa.pt", 1).await;
    let (state, attempts, _) = wait_until_settled(&app.db).await.remove(0);
    assert_eq!(state, "sent");
    assert!(attempts >= 2, "sent after a retry, attempts = {attempts}");

    smtp.set_mode(Mode::RefuseForGood);
    app.browser()
        .register("Bo Lima", "bo@lisboa.pt", "correct horse battery")
        .await;
    let settled = wait_until_settled(&app.db).await;
    let (state, attempts, error) = &settled[1];
    assert_eq!(state, "failed");
    assert_eq!(*attempts, 1, "not retried");
    assert!(
        error.as_deref().unwrap_or_default().contains("550"),
        "{error:?}"
    );
}

#[tokio::test]
async fn two_workers_never_send_the_same_mail_twice() {
    let smtp = SmtpServer::start();
    let db = TestDb::seeded().await;
    let mut conn = db.pool.acquire().await.unwrap();
    for i in 0..40 {
        let mail = OutgoingMail {
            kind: "test",
            to: format!("person{i}@example.org"),
            subject: format!("Mail {i}"),
            text: "Hello".into(),
            html: "<p>Hello</p>".into(),
            application_id: None,
        };
        gnlc::db::outbox::insert(&mut conn, &mail).await.unwrap();
    }
    let (_stop, stops) = tokio::sync::watch::channel(false);
    for _ in 0..2 {
        let mut config = gnlc::Config::from_lookup(|name| match name {
            "DATABASE_URL" => Some(db.url.clone()),
            "SMTP_URL" => Some(smtp.url()),
            _ => None,
        })
        .unwrap();
        config.mail = fast_mail_settings();
        // Each worker has its own pool, as a separate server process would.
        let pool = gnlc::db::connect(&db.url).await.unwrap();
        let state = AppState::new(pool, config);
        gnlc::spawn_mail_worker(&state, stops.clone())
            .unwrap()
            .expect("a worker");
    }
    let settled = wait_until_settled(&db.pool).await;
    assert!(settled.iter().all(|(s, ..)| s == "sent"), "{settled:?}");
    let mut subjects: Vec<String> = smtp.received().iter().map(|m| m.subject()).collect();
    assert_eq!(subjects.len(), 40, "each mail exactly once");
    subjects.sort();
    subjects.dedup();
    assert_eq!(subjects.len(), 40, "no mail twice");
}

#[tokio::test]
async fn without_smtp_url_mail_stays_in_the_outbox() {
    let app = spawn_app_with(&[]).await;
    app.browser()
        .register("Ana Silva", "ana@lisboa.pt", "correct horse battery")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let outbox = app.outbox().await;
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].0, "ana@lisboa.pt");
    assert_eq!(outbox[0].3, "queued");
}
