//! Personal data (issue [7/8], SPEC §8): the download of one's data, the erasure of an
//! account, the retention period of a call, the public profile a city consents to, and
//! logs without people in them.

use std::io::Read;
use std::process::{Command, Stdio};

use gnlc::domain::Role;

use crate::city::{SECTIONS, fill_in, pdf, stage, start};
use crate::helpers::{Browser, PASSWORD, TestApp, spawn_app_at, visible_text};
use crate::natcom::endorse_for_test;
use crate::uil::forwarded;

/// The person of these tests: a city's contact person with an account of their own.
const NAME: &str = "Ciarán Ó Dálaigh-Testperson";
const EMAIL: &str = "ciaran.testperson@corkcity.example";
const PHONE: &str = "+353 21 492 4000 77";

/// Cork's application, filled in with `NAME`, `EMAIL` and `PHONE` as its contact person,
/// submitted by an account of that name and address; returns the browser and its id.
async fn corks_application(app: &TestApp) -> (Browser, i64) {
    let id = app.create_user(Role::Applicant, EMAIL, None).await;
    sqlx::query("UPDATE users SET name = $2 WHERE id = $1")
        .bind(id)
        .bind(NAME)
        .execute(&app.db)
        .await
        .unwrap();
    let browser = app.browser();
    assert_eq!(browser.login(EMAIL, PASSWORD).await.status(), 303);
    let id = start(&browser, "Cork", "IE").await;
    fill_in(&browser, id, "Cork", "IE").await;
    let contact = [
        ("contact_name", NAME),
        ("contact_title", "Learning City Coordinator"),
        ("contact_address", "City Hall, Anglesea Street"),
        ("contact_phone", PHONE),
        ("contact_email", EMAIL),
    ];
    let saved = browser
        .post(&format!("/applications/{id}/edit/contact"), &contact)
        .await;
    assert_eq!(saved.status(), 303);
    let submitted = browser
        .post(&format!("/applications/{id}/submit"), &[])
        .await;
    assert_eq!(submitted.status(), 303);
    (browser, id)
}

/// The ZIP of the signed-in person's data, as its files by name.
async fn download(browser: &Browser) -> Vec<(String, Vec<u8>)> {
    let response = browser.post("/account/data", &[]).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "application/zip"
    );
    let bytes = response.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).unwrap();
            let mut content = Vec::new();
            file.read_to_end(&mut content).unwrap();
            (file.name().unwrap().to_string(), content)
        })
        .collect()
}

#[tokio::test]
async fn a_city_downloads_every_answer_upload_and_event_of_its_own_and_nothing_of_another_city() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let (cork, id) = corks_application(&app).await;
    let (_, other) = crate::natcom::submitted(&app, "Lyon", "FR").await;
    let files = download(&cork).await;
    let json = &files.iter().find(|(n, _)| n == "data.json").unwrap().1;
    let text = String::from_utf8(json.clone()).unwrap();
    let data: serde_json::Value = serde_json::from_slice(json).unwrap();
    assert_eq!(data["account"]["email"], EMAIL);
    assert_eq!(data["account"]["name"], NAME);
    let applications = data["applications"].as_array().unwrap();
    assert_eq!(applications.len(), 1, "{text}");
    let mine = &applications[0];
    assert_eq!(mine["id"], id);
    assert_eq!(mine["stage"], "submitted");
    // Every answer typed, section by section, is there as it was saved.
    for (section, fields) in SECTIONS {
        for (field, _) in *fields {
            if matches!(*field, "city_name" | "country") || *section == "contact" {
                continue;
            }
            assert!(
                !mine["answers"][field].is_null(),
                "{field} is in the export: {text}"
            );
        }
    }
    assert_eq!(mine["answers"]["contact_phone"], PHONE);
    assert_eq!(mine["answers"]["mayor_name"], "Carlos Moedas");
    // Its events, from the start to the submission.
    let events: Vec<&str> = mine["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert!(
        events.contains(&"created") && events.contains(&"transition"),
        "{events:?}"
    );
    assert!(events.contains(&"document_added"), "{events:?}");
    // The signed pledge, as uploaded, listed in the JSON and in the ZIP.
    let document = &mine["documents"][0];
    assert_eq!(document["filename"], "pledge-signed.pdf");
    let path = document["file"].as_str().unwrap();
    let (_, bytes) = files.iter().find(|(n, _)| n == path).unwrap();
    assert_eq!(bytes, &pdf("pledge"));
    assert_eq!(files.len(), 2, "data.json and the one document");
    // Nothing of Lyon, its account or its application.
    assert!(
        !text.contains("Lyon") && !text.contains("lyon@fr.example"),
        "{text}"
    );
    assert!(!text.contains(&format!("\"id\": {other},")), "{text}");
    // The download is recorded, with its time, for UIL's audit log.
    let recorded: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM privacy_events p JOIN users u ON u.id = p.account_id
          WHERE p.kind = 'data_downloaded' AND u.email = $1",
    )
    .bind(EMAIL)
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(recorded, 1);
}

/// Every place in the database that holds `needle`: (table.column, rows), in every text,
/// jsonb and bytea column of every table.
async fn places_holding(app: &TestApp, needle: &str) -> Vec<(String, i64)> {
    let columns: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT c.table_name::text, c.column_name::text, c.data_type::text
           FROM information_schema.columns c
           JOIN information_schema.tables t
             ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea', 'ARRAY')
          ORDER BY 1, 2",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert!(
        columns.len() > 40,
        "the search covers the schema: {columns:?}"
    );
    let mut found = Vec::new();
    for (table, column, kind) in columns {
        let condition = match kind.as_str() {
            "bytea" => format!("position(convert_to($1, 'UTF8') IN \"{column}\") > 0"),
            _ => format!("strpos(lower(\"{column}\"::text), lower($1)) > 0"),
        };
        let rows: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT count(*) FROM \"{table}\" WHERE {condition}"
        )))
        .bind(needle)
        .fetch_one(&app.db)
        .await
        .unwrap();
        if rows > 0 {
            found.push((format!("{table}.{column}"), rows));
        }
    }
    found
}

async fn count(app: &TestApp, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.db).await.unwrap()
}

#[tokio::test]
async fn an_erased_account_leaves_no_trace_of_its_person_and_its_application_still_counts() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let (cork, id) = corks_application(&app).await;
    // A second city of the same person, still a draft, with its pledge uploaded.
    let draft = start(&cork, "Limerick", "IE").await;
    fill_in(&cork, draft, "Limerick", "IE").await;
    let natcom = app
        .signed_in(Role::Natcom, "natcom@ie.example", Some("IE"))
        .await;
    endorse_for_test(&natcom, id).await;
    for needle in [EMAIL, NAME, PHONE] {
        assert!(
            !places_holding(&app, needle).await.is_empty(),
            "{needle} is there first"
        );
    }
    let endorsed_before = count(
        &app,
        "SELECT count(*) FROM applications WHERE country = 'IE' AND stage = 'endorsed'",
    )
    .await;

    // A wrong password changes nothing, and says so.
    let refused = cork
        .post("/account/delete", &[("password", "not it")])
        .await;
    assert_eq!(refused.status(), 422);
    assert!(visible_text(&refused.text().await.unwrap()).contains("is not right"));
    let deleted = cork
        .post("/account/delete", &[("password", PASSWORD)])
        .await;
    assert_eq!(deleted.status(), 200);
    assert!(visible_text(&deleted.text().await.unwrap()).contains("Your account is deleted"));

    for needle in [EMAIL, NAME, PHONE] {
        assert_eq!(
            places_holding(&app, needle).await,
            vec![],
            "no copy of {needle} is left"
        );
    }
    // The person is signed out and cannot sign in again.
    assert_eq!(cork.get("/applications").await.status(), 303);
    let again = app.browser().login(EMAIL, PASSWORD).await;
    assert_ne!(again.status(), 303, "an erased account does not sign in");
    // The submitted application stays, endorsed, counted against Ireland's quota and in
    // UIL's statistics; the draft lost its answers and its documents.
    assert_eq!(stage(&app, id).await, "endorsed");
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM applications WHERE country = 'IE' AND stage = 'endorsed'"
        )
        .await,
        endorsed_before
    );
    let page = visible_text(&natcom.page(&format!("/natcom/applications/{id}")).await);
    assert!(page.contains("Cork"), "{page}");
    assert!(!page.contains(PHONE));
    let answers: serde_json::Value =
        sqlx::query_scalar("SELECT answers FROM applications WHERE id = $1")
            .bind(id)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert!(
        answers["contact_phone"].is_null() && answers["mayor_name"].is_null(),
        "{answers}"
    );
    assert_eq!(
        answers["motivation"],
        "Lisbon wants to learn with the cities of the world."
    );
    let draft_left: (serde_json::Value, i64) = sqlx::query_as(
        "SELECT answers, (SELECT count(*) FROM documents WHERE application_id = a.id)
           FROM applications a WHERE id = $1",
    )
    .bind(draft)
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(draft_left, (serde_json::json!({}), 0));
    // The emptied draft is withdrawn: Limerick may apply again, through someone else.
    assert_eq!(stage(&app, draft).await, "withdrawn");
    let colleague = app
        .signed_in(Role::Applicant, "limerick@ie.example", None)
        .await;
    start(&colleague, "Limerick", "IE").await;
    // The National Commission goes on; the city's side hears of it no more.
    assert_eq!(natcom.post("/natcom/submit", &[]).await.status(), 303);
    assert_eq!(stage(&app, id).await, "forwarded");
    let to_erased = count(
        &app,
        "SELECT count(*) FROM mail_outbox WHERE recipient LIKE '%erased.invalid' AND state = 'queued'",
    )
    .await;
    assert_eq!(to_erased, 0, "no mail goes to the pseudonym");
    // UIL reads the erasure in its audit log, the account by number.
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let audit = visible_text(&admin.page("/uil/audit").await);
    assert!(
        audit.contains("Erased the account: 2 applications redacted"),
        "{audit}"
    );
}

#[tokio::test]
async fn a_coordinator_erases_on_request_with_a_reason_but_never_the_last_coordinator() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let (_, id) = corks_application(&app).await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let no_reason = admin
        .post("/uil/erasure", &[("erase_email", EMAIL), ("reason", "")])
        .await;
    assert_eq!(no_reason.status(), 422);
    let typed = no_reason.text().await.unwrap();
    assert!(typed.contains(EMAIL), "what was typed is kept");
    let last = admin
        .post(
            "/uil/erasure",
            &[
                ("erase_email", "admin@uil.example"),
                ("reason", "Asked by mail"),
            ],
        )
        .await;
    assert_eq!(last.status(), 422);
    assert!(visible_text(&last.text().await.unwrap()).contains("last UIL coordinator"));
    let done = admin
        .post(
            "/uil/erasure",
            &[
                ("erase_email", EMAIL),
                ("reason", "Request by letter of 2 May, ref. 2023-17"),
            ],
        )
        .await;
    assert_eq!(done.status(), 200);
    assert!(visible_text(&done.text().await.unwrap()).contains("The account is erased"));
    assert_eq!(places_holding(&app, EMAIL).await, vec![]);
    assert_eq!(stage(&app, id).await, "submitted");
    let audit = visible_text(&admin.page("/uil/audit").await);
    assert!(
        audit.contains("Request by letter of 2 May, ref. 2023-17"),
        "{audit}"
    );
    // Nobody else erases anyone.
    let natcom = app
        .signed_in(Role::Natcom, "natcom@ie.example", Some("IE"))
        .await;
    let forbidden = natcom
        .post(
            "/uil/erasure",
            &[("erase_email", "admin@uil.example"), ("reason", "x")],
        )
        .await;
    assert_eq!(forbidden.status(), 403);
}

fn retention(database_url: &str, now: &str, dry_run: bool) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gnlc"));
    command
        .env_clear()
        .env("DATABASE_URL", database_url)
        .env("GNLC_NOW", now)
        .env("RUST_LOG", "warn")
        .arg("retention");
    if dry_run {
        command.arg("--dry-run");
    }
    let out = command.stderr(Stdio::inherit()).output().unwrap();
    assert!(out.status.success(), "gnlc retention");
    String::from_utf8(out.stdout).unwrap()
}

/// Of each of `ids`: whether it still names a person (a mayor's or contact person's answer,
/// its signing officer, an address in the mail sent about it), and its documents.
async fn held(app: &TestApp, ids: &[i64]) -> Vec<(bool, i64)> {
    let mut out = Vec::new();
    for &id in ids {
        out.push(
            sqlx::query_as(
                "SELECT answers ?| array['mayor_name', 'mayor_title', 'contact_name', 'contact_title',
                                         'contact_address', 'contact_phone', 'contact_email']
                        OR officer_name IS NOT NULL
                        OR EXISTS (SELECT 1 FROM mail_outbox m WHERE m.application_id = a.id
                                     AND m.recipient <> 'redacted@erased.invalid'),
                        (SELECT count(*) FROM documents WHERE application_id = a.id)
                   FROM applications a WHERE id = $1",
            )
            .bind(id)
            .fetch_one(&app.db)
            .await
            .unwrap(),
        );
    }
    out
}

#[tokio::test]
async fn retention_erases_exactly_what_the_period_covers_once_it_has_passed_and_only_once() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let ids = forwarded(&app, "FR", &["Nancy", "Metz"]).await;
    let (withdrawn_city, withdrawn) = crate::natcom::submitted(&app, "Lille", "FR").await;
    withdrawn_city
        .post(&format!("/applications/{withdrawn}/withdraw"), &[])
        .await;
    let drafter = app
        .signed_in(Role::Applicant, "brest@fr.example", None)
        .await;
    let draft = start(&drafter, "Brest", "FR").await;
    fill_in(&drafter, draft, "Brest", "FR").await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    for (&id, decision) in ids.iter().zip(["accepted", "not_accepted"]) {
        admin
            .post(&format!("/uil/applications/{id}/review"), &[])
            .await;
        let decided = admin
            .post(
                &format!("/uil/applications/{id}/decide"),
                &[("decision", decision), ("message", "Thank you.")],
            )
            .await;
        assert_eq!(decided.status(), 303);
    }
    assert_eq!(stage(&app, withdrawn).await, "withdrawn");
    let (accepted, not_accepted) = (ids[0], ids[1]);
    let all = [accepted, not_accepted, withdrawn, draft];
    let before = held(&app, &all).await;
    assert_eq!(before, vec![(true, 2), (true, 2), (true, 1), (true, 1)]);

    // 2023 call: 24 months after its last decision, on 20 May 2023.
    let early = retention(&app.database, "2025-05-19T12:00:00Z", false);
    assert!(early.contains("nothing to erase"), "{early}");
    assert_eq!(held(&app, &all).await, before);
    let plan = retention(&app.database, "2025-05-21T12:00:00Z", true);
    assert!(
        plan.contains("would erase") && plan.contains("3 applications, 4 documents"),
        "{plan}"
    );
    assert_eq!(held(&app, &all).await, before, "a dry run erases nothing");
    let done = retention(&app.database, "2025-05-21T12:00:00Z", false);
    assert!(
        done.contains("erased from") && done.contains("3 applications, 4 documents"),
        "{done}"
    );
    assert_eq!(
        held(&app, &all).await,
        vec![(true, 2), (false, 0), (false, 0), (false, 0)],
        "the accepted city keeps everything; the others lose their personal data and documents"
    );
    // The officer who signed the endorsement of the city not accepted goes too; the
    // application stays, counted.
    let officer: Option<String> =
        sqlx::query_scalar("SELECT officer_name FROM applications WHERE id = $1")
            .bind(not_accepted)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(officer, None);
    assert_eq!(stage(&app, not_accepted).await, "not_accepted");
    let again = retention(&app.database, "2025-05-22T12:00:00Z", false);
    assert!(
        again.contains("nothing to erase"),
        "a second run does nothing: {again}"
    );
    let runs = count(
        &app,
        "SELECT count(*) FROM privacy_events WHERE kind = 'retention'",
    )
    .await;
    assert_eq!(runs, 1);
    let audit = visible_text(&admin.page("/uil/audit").await);
    assert!(
        audit.contains("Retention period passed: 3 applications redacted, 4 documents deleted"),
        "{audit}"
    );
}

#[tokio::test]
async fn the_profile_shows_only_what_the_city_consented_to_and_goes_with_the_consent() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    // Nancy consents at submission; Metz does not.
    let natcom = app
        .signed_in(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let mut ids = Vec::new();
    for (city, consent) in [("Nancy", true), ("Metz", false)] {
        let browser = app
            .signed_in(
                Role::Applicant,
                &format!("{}@fr.example", city.to_lowercase()),
                None,
            )
            .await;
        let id = start(&browser, city, "FR").await;
        fill_in(&browser, id, city, "FR").await;
        let check = browser.page(&format!("/applications/{id}/check")).await;
        assert!(
            check.contains("name=\"publish_consent\""),
            "asked at submission"
        );
        let mut fields = vec![("consent_asked", "yes")];
        if consent {
            fields.push(("publish_consent", "yes"));
        }
        let submitted = browser
            .post(&format!("/applications/{id}/submit"), &fields)
            .await;
        assert_eq!(submitted.status(), 303);
        endorse_for_test(&natcom, id).await;
        ids.push((browser, id));
    }
    assert_eq!(natcom.post("/natcom/submit", &[]).await.status(), 303);
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    for (_, id) in &ids {
        admin
            .post(&format!("/uil/applications/{id}/review"), &[])
            .await;
        admin
            .post(
                &format!("/uil/applications/{id}/decide"),
                &[("decision", "accepted"), ("message", "Welcome.")],
            )
            .await;
    }
    let directory = app.page("/members?country=FR").await;
    let profile_link = |id: &str| format!("href=\"/members/{id}\"");
    let member_id = |city: &'static str| {
        let db = app.db.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT id FROM members WHERE city = $1")
                .bind(city)
                .fetch_one(&db)
                .await
                .unwrap()
                .to_string()
        }
    };
    let (nancy, metz) = (member_id("Nancy").await, member_id("Metz").await);
    assert!(directory.contains(&profile_link(&nancy)), "{directory}");
    assert!(!directory.contains(&profile_link(&metz)), "{directory}");
    let page = app.page(&format!("/members/{nancy}")).await;
    let text = visible_text(&page);
    for shown in [
        "Nancy",
        "France",
        "545,796",
        "100.05",
        "Lisbon wants to learn",
        "Through libraries",
        "www.lisboa.pt",
    ] {
        assert!(text.contains(shown), "{shown} is on the profile: {text}");
    }
    for withheld in [
        "Carlos Moedas",
        "Ana Silva",
        "+351",
        "ana.silva@cm-lisboa.pt",
        "Praça",
        "38",
    ] {
        assert!(
            !text.contains(withheld),
            "{withheld} is not on the profile: {text}"
        );
    }
    // The texts say the language the city wrote them in, whatever the reader's.
    let french = app.browser();
    french.get("/language?lang=fr&back=/").await;
    let in_french = french.page(&format!("/members/{nancy}")).await;
    assert!(
        in_french.contains("<html lang=\"fr\""),
        "the page is in French"
    );
    assert!(
        in_french.contains("<div lang=\"en\" dir=\"ltr\" class=\"prose\">"),
        "its texts are marked as English"
    );
    assert_eq!(app.get(&format!("/members/{metz}")).await.status(), 404);

    // The city withdraws its consent: the page goes, and the directory's link with it.
    let (nancy_city, nancy_app) = &ids[0];
    let withdrawn = nancy_city
        .post(&format!("/applications/{nancy_app}/consent/withdraw"), &[])
        .await;
    assert_eq!(withdrawn.status(), 303);
    assert_eq!(app.get(&format!("/members/{nancy}")).await.status(), 404);
    assert!(
        !app.page("/members?country=FR")
            .await
            .contains(&profile_link(&nancy))
    );
    let timeline = visible_text(&nancy_city.page(&format!("/applications/{nancy_app}")).await);
    assert!(
        timeline.contains("Withdrew the consent to publish"),
        "{timeline}"
    );
}

#[tokio::test]
async fn uil_withdraws_a_consent_at_the_citys_request() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let ids = forwarded(&app, "FR", &["Nancy"]).await;
    sqlx::query(
        "UPDATE applications SET answers = answers || '{\"publish_consent\": true}' WHERE id = $1",
    )
    .bind(ids[0])
    .execute(&app.db)
    .await
    .unwrap();
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    admin
        .post(&format!("/uil/applications/{}/review", ids[0]), &[])
        .await;
    admin
        .post(
            &format!("/uil/applications/{}/decide", ids[0]),
            &[("decision", "accepted"), ("message", "Welcome.")],
        )
        .await;
    let member: i64 = sqlx::query_scalar("SELECT id FROM members WHERE city = 'Nancy'")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(app.get(&format!("/members/{member}")).await.status(), 200);
    let reviewer = app
        .signed_in(Role::UilReviewer, "reviewer@uil.example", None)
        .await;
    let not_a_coordinator = reviewer
        .post(
            &format!("/uil/applications/{}/consent/withdraw", ids[0]),
            &[],
        )
        .await;
    assert_eq!(not_a_coordinator.status(), 403);
    let done = admin
        .post(
            &format!("/uil/applications/{}/consent/withdraw", ids[0]),
            &[],
        )
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(app.get(&format!("/members/{member}")).await.status(), 404);
}

#[tokio::test]
async fn the_privacy_notice_is_linked_from_the_forms_that_take_personal_data() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let notice = visible_text(&app.page("/privacy").await);
    for heading in [
        "What is kept",
        "Why",
        "Who sees it",
        "How long",
        "Your rights",
        "Whom to ask",
    ] {
        assert!(notice.contains(heading), "{heading}: {notice}");
    }
    assert!(app.page("/register").await.contains("href=\"/privacy\""));
    let city = app
        .signed_in(Role::Applicant, "cork@ie.example", None)
        .await;
    let id = start(&city, "Cork", "IE").await;
    for section in ["mayor", "contact"] {
        let page = city
            .page(&format!("/applications/{id}/edit/{section}"))
            .await;
        assert!(page.contains("class=\"hint privacy-note\""), "{section}");
    }
}

#[tokio::test]
async fn the_servers_log_names_no_one() {
    let db = crate::helpers::TestDb::seeded().await;
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let address = format!("127.0.0.1:{port}");
    let child = Command::new(env!("CARGO_BIN_EXE_gnlc"))
        .env_clear()
        .env("DATABASE_URL", &db.url)
        .env("BIND_ADDR", &address)
        .env("GNLC_NOW", "2023-05-15T12:00:00Z")
        .env("RUST_LOG", "info")
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let base = format!("http://{address}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while reqwest::get(format!("{base}/readyz"))
        .await
        .map(|r| r.status() != 200)
        .unwrap_or(true)
    {
        assert!(
            std::time::Instant::now() < deadline,
            "gnlc serve did not become ready"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let visitor = Browser::new(&base);
    let registered = visitor
        .register(NAME, EMAIL, "a long and good password 2023")
        .await;
    assert_eq!(registered.status(), 303);
    visitor.login(EMAIL, "a wrong password").await;
    let reset = visitor.post("/password-reset", &[("email", EMAIL)]).await;
    assert_eq!(reset.status(), 200);
    let mailed: i64 = sqlx::query_scalar("SELECT count(*) FROM mail_outbox WHERE recipient = $1")
        .bind(EMAIL)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(mailed >= 2, "mail was kept for the person");
    // SIGTERM: the server finishes and exits; its log is complete.
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    // Without the terminal's colours.
    let mut log = String::new();
    let mut in_escape = false;
    for c in String::from_utf8_lossy(&out.stdout).chars() {
        match (in_escape, c) {
            (false, '\u{1b}') => in_escape = true,
            (true, 'm') => in_escape = false,
            (true, _) => {}
            (false, c) => log.push(c),
        }
    }
    assert!(
        log.contains("mail_id="),
        "mail kept in the outbox is logged by id: {log}"
    );
    for person in [EMAIL, "ciaran.testperson", NAME, "Testperson"] {
        assert!(!log.contains(person), "{person} is in the log: {log}");
    }
}

#[tokio::test]
async fn an_unconfirmed_address_erases_nobody_elses_contact_and_no_one_takes_a_pseudonym() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let (_, id) = corks_application(&app).await;
    // Someone registers with the address Cork gives for its contact person, never confirms
    // it, and deletes the account: Cork's application keeps its contact person.
    let other = app.browser();
    assert_eq!(
        other
            .register(
                "Another Person",
                "contact@limerick.example",
                "a long password of mine"
            )
            .await
            .status(),
        303
    );
    sqlx::query(
        "UPDATE applications SET answers = answers || '{\"contact_email\": \"contact@limerick.example\"}'
          WHERE id = $1",
    )
    .bind(id)
    .execute(&app.db)
    .await
    .unwrap();
    assert_eq!(
        other
            .login("contact@limerick.example", "a long password of mine")
            .await
            .status(),
        303
    );
    let deleted = other
        .post(
            "/account/delete",
            &[("password", "a long password of mine")],
        )
        .await;
    assert_eq!(deleted.status(), 200);
    let contact: Option<String> =
        sqlx::query_scalar("SELECT answers->>'contact_phone' FROM applications WHERE id = $1")
            .bind(id)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(
        contact.as_deref(),
        Some(PHONE),
        "an unconfirmed address erases no one else's data"
    );
    // The addresses erased accounts get are nobody's to register.
    let taken = app
        .browser()
        .register(
            "Squatter",
            "erased-99@erased.invalid",
            "a long squatting password",
        )
        .await;
    assert_eq!(taken.status(), 422);
}
