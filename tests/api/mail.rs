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
        "/register/sent?to=ana%40lisboa.pt",
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
        gnlc::db::outbox::insert_all(&mut conn, &[mail], chrono::Utc::now())
            .await
            .unwrap();
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
        let tasks = gnlc::spawn_background(&state, stops.clone()).unwrap();
        assert_eq!(
            tasks.len(),
            4,
            "reminders, retention, the listener of public page revisions and a mail worker"
        );
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

/// A server on `db` whose clock starts at `now`, sending to `smtp`.
async fn server_at(db: &TestDb, smtp: &SmtpServer, now: &str) -> crate::helpers::TestApp {
    crate::helpers::spawn_app_on(db, &[("GNLC_NOW", now), ("SMTP_URL", &smtp.url())]).await
}

/// The mails `address` has received so far, after the worker had time to send any more.
async fn settled_mail(smtp: &SmtpServer, address: &str) -> Vec<crate::smtp::Received> {
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    smtp.received()
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address)))
        .collect()
}

#[tokio::test]
async fn each_reminder_arrives_once_to_the_right_people_and_follows_an_extension() {
    use crate::city::{fill_in, start};
    use crate::natcom::submitted;
    use gnlc::domain::Role;

    let smtp = SmtpServer::start();
    let db = TestDb::seeded().await;
    // 10 May: a draft (Lyon), a submitted application (Lille), a withdrawn draft (Nantes),
    // a German application already at UIL.
    let (early, lyon) = lyon_draft_on_10_may(&db).await;
    submitted(&early, "Lille", "FR").await;
    let nantes_city = early
        .signed_in(Role::Applicant, "nantes@fr.example", None)
        .await;
    let nantes = start(&nantes_city, "Nantes", "FR").await;
    nantes_city
        .post(&format!("/applications/{nantes}/withdraw"), &[])
        .await;
    let (_, hamburg) = submitted(&early, "Hamburg", "DE").await;
    let natcom_de = early
        .signed_in(Role::Natcom, "natcom@de.example", Some("DE"))
        .await;
    natcom_de
        .post_multipart(
            &format!("/natcom/applications/{hamburg}/endorse"),
            &[
                ("officer_name", "Anna Schmidt"),
                ("officer_title", "Generalsekretärin"),
            ],
            &[("signed_endorsement", "e.pdf", crate::city::pdf("e"))],
        )
        .await;
    natcom_de.post("/natcom/submit", &[]).await;
    early
        .create_user(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let _ = fill_in;

    // 25 May, 13:00 UTC: a week before the city deadline.
    let week = server_at(&db, &smtp, "2023-05-25T13:00:00Z").await;
    let got = smtp.wait_for("lyon@fr.example", 1).await;
    assert!(
        got[0]
            .subject()
            .starts_with("Reminder: submit the application of Lyon by 31 May 2023"),
        "{}",
        got[0].subject()
    );
    assert!(
        got[0].text().contains("One week is left"),
        "{}",
        got[0].text()
    );
    // A restart at the same moment sends nothing again.
    drop(week);
    let _again = server_at(&db, &smtp, "2023-05-25T13:05:00Z").await;
    assert_eq!(
        settled_mail(&smtp, "lyon@fr.example").await.len(),
        1,
        "once only"
    );
    for nobody in [
        "lille@fr.example",
        "nantes@fr.example",
        "natcom@fr.example",
        "natcom@de.example",
    ] {
        assert!(
            settled_mail(&smtp, nobody)
                .await
                .iter()
                .all(|m| !m.subject().starts_with("Reminder")),
            "{nobody}"
        );
    }

    // 31 May, 13:00 UTC: the last day.
    let _day = server_at(&db, &smtp, "2023-05-31T13:00:00Z").await;
    let got = smtp.wait_for("lyon@fr.example", 2).await;
    assert!(
        got[1].text().contains("One day is left"),
        "{}",
        got[1].text()
    );
    assert_eq!(settled_mail(&smtp, "lyon@fr.example").await.len(), 2);

    // National Commissions are reminded a fortnight, a week and two days before their
    // deadline. 17 June: the fortnight's; France has Lille to decide.
    let _natcom_fortnight = server_at(&db, &smtp, "2023-06-17T13:00:00Z").await;
    let got = smtp.wait_for("natcom@fr.example", 1).await;
    assert!(
        got[0].text().contains("14 days are left"),
        "{}",
        got[0].text()
    );
    // 24 June: the week's.
    let _natcom_week = server_at(&db, &smtp, "2023-06-24T13:00:00Z").await;
    let got = smtp.wait_for("natcom@fr.example", 2).await;
    assert!(
        got[1]
            .subject()
            .starts_with("Reminder: submit your endorsements to UIL by 30 June 2023")
    );
    assert!(
        got[1]
            .text()
            .contains("1 application is still waiting for your decision")
            && got[1].text().contains("7 days are left"),
        "{}",
        got[1].text()
    );
    // 29 June: the last two days'; a restart then sends nothing again.
    let two_days = server_at(&db, &smtp, "2023-06-29T13:00:00Z").await;
    let got = smtp.wait_for("natcom@fr.example", 3).await;
    assert!(
        got[2].text().contains("2 days are left"),
        "{}",
        got[2].text()
    );
    drop(two_days);
    let _again = server_at(&db, &smtp, "2023-06-29T13:10:00Z").await;
    assert_eq!(
        settled_mail(&smtp, "natcom@fr.example").await.len(),
        3,
        "each reminder once"
    );
    let german = settled_mail(&smtp, "natcom@de.example").await;
    assert!(
        german.iter().all(|m| !m.subject().starts_with("Reminder")),
        "Germany has nothing left to do"
    );
    assert_eq!(
        settled_mail(&smtp, "lyon@fr.example").await.len(),
        2,
        "no city reminder once the city stage closed"
    );

    // An extension of Lyon's deadline to 7 June, granted on 2 June: the reminders follow it.
    let admin = db_admin(&db).await;
    extend_city_deadline(&db, lyon, "2023-06-07", admin).await;
    let _extended = server_at(&db, &smtp, "2023-06-02T13:00:00Z").await;
    let got = smtp.wait_for("lyon@fr.example", 3).await;
    assert!(
        got[2].subject().contains("by 7 June 2023"),
        "{}",
        got[2].subject()
    );
    assert_eq!(settled_mail(&smtp, "lyon@fr.example").await.len(), 3);

    // Extended again, to 14 June: on 8 June the call's own deadline is long past and only
    // the extension is near; its week's reminder still goes out.
    extend_city_deadline(&db, lyon, "2023-06-14", admin).await;
    let _extended_again = server_at(&db, &smtp, "2023-06-08T13:00:00Z").await;
    let got = smtp.wait_for("lyon@fr.example", 4).await;
    assert!(
        got[3].subject().contains("by 14 June 2023") && got[3].text().contains("One week is left"),
        "{}",
        got[3].subject()
    );
}

#[tokio::test]
async fn a_server_leaves_the_reminders_to_the_one_queueing_them_and_takes_its_turn_after() {
    let smtp = SmtpServer::start();
    let db = TestDb::seeded().await;
    let _draft = lyon_draft_on_10_may(&db).await;

    // Another server is queueing them: it holds the job until its transaction ends.
    let mut other = db.pool.begin().await.unwrap();
    assert!(
        gnlc::db::take_job(&mut other, "gnlc reminders")
            .await
            .unwrap()
    );
    let _week = server_at(&db, &smtp, "2023-05-25T13:00:00Z").await;
    assert!(
        settled_mail(&smtp, "lyon@fr.example").await.is_empty(),
        "no reminder while another server queues them"
    );
    // That server is done (here, having queued nothing): the next round is this one's.
    other.commit().await.unwrap();
    let got = smtp.wait_for("lyon@fr.example", 1).await;
    assert!(
        got[0]
            .subject()
            .starts_with("Reminder: submit the application of Lyon"),
        "{}",
        got[0].subject()
    );
    assert_eq!(settled_mail(&smtp, "lyon@fr.example").await.len(), 1);
}

/// On 10 May 2023, a server without SMTP and Lyon's draft (lyon@fr.example), due a
/// reminder in the week before the city deadline: the server and the draft's id.
async fn lyon_draft_on_10_may(db: &TestDb) -> (crate::helpers::TestApp, i64) {
    let early = crate::helpers::spawn_app_on(db, &[("GNLC_NOW", "2023-05-10T12:00:00Z")]).await;
    let lyon_city = early
        .signed_in(gnlc::domain::Role::Applicant, "lyon@fr.example", None)
        .await;
    let lyon = crate::city::start(&lyon_city, "Lyon", "FR").await;
    (early, lyon)
}

/// UIL extends the city deadline of `application` to `date`, granted by `admin`.
async fn extend_city_deadline(db: &TestDb, application: i64, date: &str, admin: i64) {
    sqlx::query(
        "INSERT INTO deadline_extensions (call_id, stage, application_id, new_deadline, reason, granted_by, created_at)
         VALUES ((SELECT id FROM calls), 'city', $1, $2::date, 'Flooding', $3, now())",
    )
    .bind(application)
    .bind(date)
    .bind(admin)
    .execute(&db.pool)
    .await
    .unwrap();
}

async fn db_admin(db: &TestDb) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO users (email, name, role) VALUES ('admin@uil.example', 'Admin', 'uil_admin') RETURNING id",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn a_failed_mail_shows_on_the_outbox_page_and_resend_sends_it() {
    use gnlc::domain::Role;
    let smtp = SmtpServer::start();
    smtp.set_mode(Mode::RefuseForGood);
    let app = spawn_app_with(&[("SMTP_URL", &smtp.url())]).await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    app.browser()
        .register("Ana Silva", "ana@lisboa.pt", "correct horse battery")
        .await;
    let settled = wait_until_settled(&app.db).await;
    assert_eq!(settled.last().unwrap().0, "failed");

    let dashboard = crate::helpers::visible_text(&admin.page("/uil").await);
    assert!(
        dashboard.contains("1 mail could not be sent"),
        "{dashboard}"
    );
    let outbox = admin.page("/uil/outbox?state=failed").await;
    let text = crate::helpers::visible_text(&outbox);
    assert!(
        text.contains("ana@lisboa.pt") && text.contains("Failed") && text.contains("550"),
        "{text}"
    );
    let id: i64 = sqlx::query_scalar("SELECT id FROM mail_outbox WHERE state = 'failed'")
        .fetch_one(&app.db)
        .await
        .unwrap();

    smtp.set_mode(Mode::Accept);
    let resent = admin.post(&format!("/uil/outbox/{id}/resend"), &[]).await;
    assert!(
        location(&resent).starts_with("/uil/outbox?resent="),
        "{}",
        location(&resent)
    );
    let mail = smtp.wait_for("ana@lisboa.pt", 1).await;
    assert_eq!(
        mail[0].subject(),
        "Confirm your email address for GNLC Call"
    );
    // The worker records the delivery just after the SMTP server accepted it.
    let states = wait_until_settled(&app.db).await;
    assert_eq!(
        states.iter().filter(|s| s.0 == "failed").count(),
        1,
        "the original stays as it was"
    );
    assert_eq!(states.iter().filter(|s| s.0 == "sent").count(), 1);
}

#[tokio::test]
async fn a_french_speaking_city_receives_its_receipt_in_french_with_reply_to_uil() {
    use gnlc::domain::Role;
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&[
        ("GNLC_NOW", "2023-05-15T12:00:00Z"),
        ("SMTP_URL", &smtp.url()),
        ("MAIL_REPLY_TO", "GNLC team <gnlc@uil.example>"),
    ])
    .await;
    let city = app.signed_in(Role::Applicant, "maire@lyon.fr", None).await;
    let id = crate::city::start(&city, "Lyon", "FR").await;
    crate::city::fill_in(&city, id, "Lyon", "FR").await;
    city.post(
        &format!("/applications/{id}/edit/city"),
        &[("city_name", "Lyon"), ("country", "FR"), ("language", "fr")],
    )
    .await;
    assert_eq!(
        city.post(&format!("/applications/{id}/submit"), &[])
            .await
            .status(),
        303
    );

    let receipt = smtp.wait_for("ana.silva@cm-lisboa.pt", 1).await.remove(0);
    assert_eq!(
        receipt.subject(),
        "Reçue : la candidature de Lyon au Réseau mondial des villes apprenantes de l'UNESCO"
    );
    assert!(
        receipt.text().contains("30 juin 2023 à 23:59 AoE"),
        "{}",
        receipt.text()
    );
    assert!(receipt.html().contains(r#"<html lang="fr" dir="ltr">"#));
    let reply_to = receipt.header("Reply-To").unwrap_or_default();
    assert!(
        reply_to.contains("GNLC team") && reply_to.contains("<gnlc@uil.example>"),
        "{reply_to}"
    );
    // Its Message-ID comes from its row in the outbox: a copy sent again carries the same.
    let (mail_id, created): (i64, chrono::DateTime<chrono::Utc>) = sqlx::query_as(
        "SELECT id, created_at FROM mail_outbox WHERE recipient = 'ana.silva@cm-lisboa.pt'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    let message_id = receipt.header("Message-ID").unwrap_or_default();
    assert!(
        message_id.starts_with(&format!("<{mail_id}.{}.gnlc@", created.timestamp_micros())),
        "{message_id}"
    );

    // The application page keeps the log of who was told what.
    let page = crate::helpers::visible_text(&city.page(&format!("/applications/{id}")).await);
    assert!(page.contains("Mail about this application"), "{page}");
    assert!(
        page.contains("ana.silva@cm-lisboa.pt Reçue : la candidature de Lyon"),
        "{page}"
    );
}
