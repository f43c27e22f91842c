//! What an attacker and a careless client send (SPEC §5, §7): every class of bad input,
//! tried on several routes from outside, over HTTP. No answer is ever a 5xx; a form that
//! is refused comes back with what was typed; nothing is done that should not be.

use gnlc::domain::Role;

use crate::city::{fill_in, pdf_of, start};
use crate::helpers::{
    Browser, PASSWORD, TestApp, TestDb, location, spawn_app_at, spawn_app_on, spawn_app_with,
    token_in, visible_text,
};
use crate::natcom::submitted;

/// Everyone the tests act as, with an application in every place they may reach.
struct World {
    app: TestApp,
    city: Browser,
    natcom: Browser,
    admin: Browser,
    reviewer: Browser,
    /// The city's submitted application, with the National Commission.
    submitted: i64,
    /// An application at UIL.
    forwarded: i64,
}

async fn world() -> World {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let (city, submitted_id) = submitted(&app, "Lyon", "FR").await;
    let forwarded_id = crate::uil::forwarded(&app, "DE", &["Köln"]).await[0];
    let natcom = app
        .signed_in(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let reviewer = app
        .signed_in(Role::UilReviewer, "reviewer@uil.example", None)
        .await;
    // Under review, so that its assessment and decision forms are shown.
    let review = format!("/uil/applications/{forwarded_id}/review");
    assert_eq!(admin.post(&review, &[]).await.status(), 303);
    World {
        app,
        city,
        natcom,
        admin,
        reviewer,
        submitted: submitted_id,
        forwarded: forwarded_id,
    }
}

fn assert_no_server_error(what: &str, response: &reqwest::Response) {
    assert!(
        !response.status().is_server_error(),
        "{what}: {}",
        response.status()
    );
}

// ---------- redirect targets ----------

#[tokio::test]
async fn after_signing_in_a_person_only_ever_goes_to_a_page_of_this_site() {
    let app = spawn_app_with(&[("BASE_URL", "http://127.0.0.1:3000")]).await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let tries = [
        ("/\t/evil.example", None),
        ("//evil.example/", None),
        ("https://evil.example/", None),
        ("/\\evil.example", None),
        ("/.//evil.example", None),
        ("/..//evil.example", None),
        ("/%2e%2e//evil.example", None),
        ("/\r\nSet-Cookie: planted=1", None),
        ("/applications\n", None),
        ("/\0", None),
        ("http://127.0.0.1:3000@evil.example/", None),
        ("/applications?x=1", Some("/applications?x=1")),
        ("/applications/12", Some("/applications/12")),
    ];
    for (next, kept) in tries {
        let browser = app.browser();
        let response = browser
            .post(
                "/login",
                &[
                    ("email", "ana@lisboa.pt"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(response.status(), 303, "{next:?}");
        let to = location(&response);
        assert_eq!(to, kept.unwrap_or("/applications"), "{next:?}");
        assert!(
            to.starts_with('/') && !to.starts_with("//") && !to.contains("evil"),
            "{next:?} -> {to}"
        );
    }
    // The sign-in page itself shows the address it was given only as text.
    let page = app.get("/login?next=%2F%0D%0ASet-Cookie%3A%20x").await;
    assert_eq!(page.status(), 200);
}

// ---------- control characters and what PostgreSQL refuses ----------

/// A form tried: who sends it, where, its fields, and what else was typed that must come
/// back on the page shown again.
type TypedForm<'a> = (
    &'a Browser,
    String,
    Vec<(&'a str, &'a str)>,
    Option<&'a str>,
);

#[tokio::test]
async fn a_nul_or_a_control_character_in_any_text_gets_the_fields_message_and_loses_nothing_typed()
{
    let w = world().await;
    let nul = "text with a \0 inside";
    let forms: Vec<TypedForm> = vec![
        (
            &w.app.visitor,
            "/register".into(),
            vec![
                ("name", nul),
                ("email", "new@lisboa.pt"),
                ("password", "correct horse battery"),
            ],
            Some(r#"value="new@lisboa.pt""#),
        ),
        (
            &w.app.visitor,
            "/login".into(),
            vec![("email", "ana\0@lisboa.pt"), ("password", PASSWORD)],
            None,
        ),
        (
            &w.app.visitor,
            "/password-reset".into(),
            vec![("email", "ana\0@lisboa.pt")],
            None,
        ),
        (
            &w.natcom,
            format!("/natcom/applications/{}/decline", w.submitted),
            vec![("reason", nul)],
            None,
        ),
        (
            &w.natcom,
            format!("/natcom/applications/{}/return", w.submitted),
            vec![("message", nul)],
            None,
        ),
        (
            &w.reviewer,
            format!("/uil/applications/{}/assess", w.forwarded),
            vec![
                ("score_1", "4"),
                ("score_2", "4"),
                ("score_3", "4"),
                ("score_4", "4"),
                ("score_5", "2"),
                ("comment", nul),
            ],
            Some(r#"value="2" checked"#),
        ),
        (
            &w.admin,
            format!("/uil/applications/{}/decide", w.forwarded),
            vec![("decision", "accepted"), ("message", nul)],
            Some(r#"value="accepted" checked"#),
        ),
        (
            &w.admin,
            "/uil/extensions".into(),
            vec![
                ("kind", "country"),
                ("country", "FR"),
                ("new_deadline", "2023-07-15"),
                ("reason", nul),
            ],
            Some(r#"value="2023-07-15""#),
        ),
        (
            &w.admin,
            "/uil/calls/new".into(),
            vec![
                ("title", nul),
                ("body", "The 2025 call."),
                ("opens_on", "2025-04-01"),
                ("city_deadline", "2025-05-31"),
                ("natcom_deadline", "2025-06-30"),
                ("endorsement_quota", "3"),
                ("deadline_zone", "AoE"),
            ],
            Some("The 2025 call.</textarea>"),
        ),
        (
            &w.admin,
            "/uil/users".into(),
            vec![
                ("name", nul),
                ("email", "someone@uil.example"),
                ("role", "uil_reviewer"),
            ],
            Some(r#"value="someone@uil.example""#),
        ),
    ];
    for (browser, path, fields, kept) in forms {
        let response = browser.post(&path, &fields).await;
        assert_no_server_error(&path, &response);
        assert_eq!(response.status(), 422, "{path}: the field's own message");
        let html = response.text().await.unwrap();
        assert!(visible_text(&html).contains("There is a problem"), "{path}");
        if let Some(kept) = kept {
            assert!(
                html.contains(kept),
                "{path}: what was typed comes back ({kept})"
            );
        }
    }
    // The city's form: a text of the motivation with a NUL, the rest of the section kept.
    let city_id = start(&w.city, "Villeurbanne", "FR").await;
    let response = w
        .city
        .post(
            &format!("/applications/{city_id}/edit/mayor"),
            &[
                ("mayor_name", "Cédric Van Styvendael"),
                ("mayor_title", "Maire\0"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(visible_text(&html).contains("must not contain control characters"));
    assert!(html.contains("value=\"Cédric Van Styvendael\""));
    let kept: Option<String> =
        sqlx::query_scalar("SELECT answers->>'mayor_name' FROM applications WHERE id = $1")
            .bind(city_id)
            .fetch_one(&w.app.db)
            .await
            .unwrap();
    assert_eq!(
        kept.as_deref(),
        Some("Cédric Van Styvendael"),
        "the rest was saved"
    );
}

#[tokio::test]
async fn a_nul_or_nonsense_in_a_filter_gets_a_page_that_says_so() {
    let w = world().await;
    for (browser, path) in [
        (&w.admin, "/uil?country=%00"),
        (&w.admin, "/uil?region=Atlantis"),
        (&w.admin, "/uil?stage=archived&sort=%01"),
        (&w.admin, "/uil?call=x"),
        (&w.admin, "/uil/audit?actor=%00"),
        (&w.admin, "/uil/audit?from=yesterday"),
        (&w.admin, "/uil/audit?application=%00"),
        (&w.admin, "/uil/outbox?text=%00"),
        (&w.admin, "/uil/outbox?kind=%00"),
        (&w.reviewer, "/uil?country=%00&reviewed=maybe"),
    ] {
        let response = browser.get(path).await;
        assert_eq!(response.status(), 400, "{path}");
        let text = visible_text(&response.text().await.unwrap());
        assert!(text.contains("There is a problem"), "{path}: {text}");
    }
    for path in ["/uil/export.csv?country=%00", "/uil/export.csv?page=x"] {
        let response = w.admin.get(path).await;
        assert_eq!(response.status(), 400, "{path}");
    }
    // The public directory's filters match nothing, without an error.
    let members = w.app.get("/members?country=%00&region=%00").await;
    assert_eq!(members.status(), 200);
}

// ---------- lengths and numbers ----------

#[tokio::test]
async fn every_length_and_number_is_bounded_before_the_database_sees_it() {
    let w = world().await;
    let long_email = format!("{}@lisboa.pt", "a".repeat(300));
    let response = w
        .app
        .visitor
        .post("/login", &[("email", &long_email), ("password", PASSWORD)])
        .await;
    assert_eq!(response.status(), 422, "a login email over 254 characters");
    // A password longer than any can be is not hashed (that would take the server's
    // time) but answered like a wrong one; one far longer than a form is a 413.
    for (length, status) in [(300, 422), (100_000, 413)] {
        let long_password = "p".repeat(length);
        let response = w
            .app
            .browser()
            .post(
                "/login",
                &[("email", "ana@lisboa.pt"), ("password", &long_password)],
            )
            .await;
        assert_eq!(response.status(), status, "a password of {length}");
        let text = visible_text(&response.text().await.unwrap());
        assert!(!text.contains(&long_password), "a password is never shown");
    }
    // Lower-cased, this address grows past 254 characters.
    let growing = format!("{}{}@lisboa.pt", "İ".repeat(10), "a".repeat(230));
    for path in ["/login", "/password-reset", "/register"] {
        let response = w
            .app
            .browser()
            .post(
                path,
                &[
                    ("email", growing.as_str()),
                    ("password", PASSWORD),
                    ("name", "Ana"),
                ],
            )
            .await;
        assert_eq!(response.status(), 422, "{path}");
    }
    for path in [
        "/uil?page=9223372036854775807",
        "/uil?page=-3",
        "/uil?page=99999999999999999999999",
        "/uil/audit?page=9223372036854775807",
        "/uil/outbox?page=9223372036854775807",
        "/uil/audit?application=99999999999999999999999",
    ] {
        let response = w.admin.get(path).await;
        assert_eq!(response.status(), 400, "{path}");
        let text = visible_text(&response.text().await.unwrap());
        assert!(!text.is_empty(), "{path}: a page of the site");
    }
    for path in [
        "/applications/99999999999999999999",
        "/applications/-1",
        "/uil/applications/9223372036854775807",
        "/natcom/applications/abc",
        "/applications/1/documents/99999999999999999999",
    ] {
        let response = w.admin.get(path).await;
        assert!(
            matches!(response.status().as_u16(), 403 | 404),
            "{path}: {}",
            response.status()
        );
    }
}

// ---------- bodies over the limit ----------

#[tokio::test]
async fn a_form_over_the_limit_gets_the_sites_own_page() {
    let w = world().await;
    // An ordinary form far over its limit.
    let big = "x".repeat(200_000);
    let response = w.app.browser().post("/login", &[("email", &big)]).await;
    assert_eq!(response.status(), 413);
    assert!(visible_text(&response.text().await.unwrap()).contains("too large"));
    // A form with files over the limit of a form with its files: the page of the
    // section, the file named, what was typed before it kept.
    let id = start(&w.city, "Villeurbanne", "FR").await;
    let huge = vec![b'%'; 70 * 1024 * 1024];
    let response = w
        .city
        .post_multipart(
            &format!("/applications/{id}/edit/commitment"),
            &[("commitment", "yes")],
            &[("pledge_pdf", "pledge-scan.pdf", huge)],
        )
        .await;
    assert_eq!(response.status(), 413);
    let html = response.text().await.unwrap();
    let text = visible_text(&html);
    assert!(
        text.contains("pledge-scan.pdf: the form was too large") && text.contains("10 MB"),
        "{text}"
    );
    assert!(html.contains("checked"), "the commitment ticked is kept");
    // A file over 10 MB in a form under the limit: the form's own message.
    let response = w
        .city
        .post_multipart(
            &format!("/applications/{id}/edit/documents"),
            &[],
            &[("supporting_pdf", "report.pdf", vec![b' '; 11 * 1024 * 1024])],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(
        visible_text(&response.text().await.unwrap())
            .contains("report.pdf: The selected file must be 10 MB or smaller")
    );
}

// ---------- PDFs by their structure ----------

/// A PDF made by a real tool, kept in tests/fixtures/pdf (see make-pdfs.sh there).
fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/pdf/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("tests/fixtures/pdf/{name}: {e}"))
}

#[tokio::test]
async fn an_upload_is_a_pdf_by_its_structure_not_by_five_bytes() {
    let w = world().await;
    let id = start(&w.city, "Villeurbanne", "FR").await;
    let cases: Vec<(&str, Vec<u8>, Option<&str>)> = vec![
        ("img2pdf-scan.pdf", fixture("img2pdf-scan.pdf"), None),
        ("ghostscript.pdf", fixture("ghostscript.pdf"), None),
        (
            "qpdf-object-streams.pdf",
            fixture("qpdf-object-streams.pdf"),
            None,
        ),
        (
            "qpdf-owner-password.pdf",
            fixture("qpdf-owner-password.pdf"),
            None,
        ),
        (
            "qpdf-user-password.pdf",
            fixture("qpdf-user-password.pdf"),
            Some("needs a password"),
        ),
        (
            "qpdf-javascript-in-object-stream.pdf",
            fixture("qpdf-javascript-in-object-stream.pdf"),
            Some("contains a script"),
        ),
        (
            "escaped-javascript.pdf",
            pdf_of(
                "escaped",
                &["/OpenAction << /S /Java#53cript /JS (app.alert(1)) >>"],
            ),
            Some("contains a script"),
        ),
        (
            "launch.pdf",
            pdf_of("launch", &["/OpenAction << /S /Launch /F (calc.exe) >>"]),
            Some("starts a program"),
        ),
        (
            "no-pages.pdf",
            fixture("no-pages.pdf"),
            Some("without any page"),
        ),
        (
            "five-bytes.pdf",
            b"%PDF-1.7 and nothing else".to_vec(),
            Some("must be a PDF"),
        ),
        (
            "photo.pdf",
            b"\x89PNG\r\n\x1a\n".to_vec(),
            Some("must be a PDF"),
        ),
    ];
    for (name, content, refused) in cases {
        let response = w
            .city
            .post_multipart(
                &format!("/applications/{id}/documents"),
                &[],
                &[("supporting_pdf", name, content)],
            )
            .await;
        let status = response.status();
        let text = visible_text(&response.text().await.unwrap());
        match refused {
            None => assert_eq!(status, 303, "{name} accepted: {text}"),
            Some(why) => {
                assert_eq!(status, 422, "{name} refused");
                assert!(
                    text.contains(&format!("{name}: ")) && text.contains(why),
                    "{name}: {text}"
                );
            }
        }
        // Keep at most the five an application may have.
        sqlx::query("DELETE FROM documents WHERE application_id = $1 AND kind = 'supporting'")
            .bind(id)
            .execute(&w.app.db)
            .await
            .unwrap();
    }
}

// ---------- drafts are the city's alone ----------

#[tokio::test]
async fn nothing_of_a_draft_reaches_anyone_but_its_city() {
    let w = world().await;
    let draft = start(&w.city, "Villeurbanne", "FR").await;
    fill_in(&w.city, draft, "Villeurbanne", "FR").await;
    // A reminder about the draft, as the reminder job writes it.
    sqlx::query(
        "INSERT INTO mail_outbox (kind, recipient, subject, body_text, body_html, application_id, created_at)
         VALUES ('reminder_city_week', 'lyon@fr.example', 'Reminder: submit the application of Villeurbanne', 'x', 'x', $1, '2023-05-13T12:00:00Z')",
    )
    .bind(draft)
    .execute(&w.app.db)
    .await
    .unwrap();
    for (browser, path) in [
        (&w.admin, "/uil/audit".to_owned()),
        (&w.admin, format!("/uil/audit?application={draft}")),
        (&w.admin, "/uil/outbox".to_owned()),
        (&w.admin, "/uil".to_owned()),
        (&w.admin, "/uil/export.csv".to_owned()),
        (&w.natcom, "/natcom".to_owned()),
    ] {
        let response = browser.get(&path).await;
        assert_eq!(response.status(), 200, "{path}");
        let text = response.text().await.unwrap();
        assert!(!text.contains("Villeurbanne"), "{path} reveals the draft");
    }
    for (browser, path) in [
        (&w.admin, format!("/uil/applications/{draft}")),
        (&w.natcom, format!("/natcom/applications/{draft}")),
        (&w.admin, format!("/applications/{draft}/print")),
    ] {
        assert_eq!(browser.get(&path).await.status(), 404, "{path}");
    }
    let mail_id: i64 = sqlx::query_scalar("SELECT id FROM mail_outbox WHERE application_id = $1")
        .bind(draft)
        .fetch_one(&w.app.db)
        .await
        .unwrap();
    let resend = w
        .admin
        .post(&format!("/uil/outbox/{mail_id}/resend"), &[])
        .await;
    assert_eq!(
        resend.status(),
        404,
        "a draft's mail cannot be found to send again"
    );
    // Once submitted, the National Commission and UIL see it from the submission on.
    assert_eq!(
        w.city
            .post(&format!("/applications/{draft}/submit"), &[])
            .await
            .status(),
        303
    );
    let audit = visible_text(
        &w.admin
            .page(&format!("/uil/audit?application={draft}"))
            .await,
    );
    assert!(
        audit.contains("Villeurbanne") && audit.contains("Draft → Submitted"),
        "{audit}"
    );
    assert!(
        !audit.contains("created (Draft)"),
        "the drafting stays the city's: {audit}"
    );
    // Its mail too: the receipt of the submission, not the reminder the draft was sent.
    let outbox = visible_text(&w.admin.page("/uil/outbox").await);
    assert!(outbox.contains("Villeurbanne"), "{outbox}");
    assert!(!outbox.contains("Reminder: submit"), "{outbox}");
    let natcoms = visible_text(
        &w.natcom
            .page(&format!("/natcom/applications/{draft}"))
            .await,
    );
    assert!(natcoms.contains("Villeurbanne"), "{natcoms}");
    assert!(!natcoms.contains("Reminder: submit"), "{natcoms}");
    let citys = visible_text(&w.city.page(&format!("/applications/{draft}")).await);
    assert!(
        citys.contains("Reminder: submit"),
        "the city's own record keeps it: {citys}"
    );
}

// ---------- reset links ----------

#[tokio::test]
async fn a_password_reset_voids_every_other_link_and_every_other_session() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let elsewhere = app.browser();
    assert_eq!(
        elsewhere.login("ana@lisboa.pt", PASSWORD).await.status(),
        303
    );
    let here = app.browser();
    assert_eq!(here.login("ana@lisboa.pt", PASSWORD).await.status(), 303);
    for _ in 0..2 {
        assert_eq!(
            app.browser()
                .post("/password-reset", &[("email", "ana@lisboa.pt")])
                .await
                .status(),
            200
        );
    }
    let links: Vec<String> = sqlx::query_scalar(
        "SELECT body_text FROM mail_outbox WHERE kind = 'password_reset' ORDER BY id",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    let link = |text: &str| {
        crate::helpers::link_in(text, "http://127.0.0.1:3000/password-reset/")
            .trim_start_matches("http://127.0.0.1:3000")
            .to_owned()
    };
    let (older, newer) = (link(&links[0]), link(&links[1]));
    // The newer link is used by the person signed in here.
    let set = here
        .post(&newer, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(location(&set), "/account?notice=password");
    assert_eq!(
        here.get("/applications").await.status(),
        200,
        "still signed in here"
    );
    assert_eq!(
        location(&elsewhere.get("/applications").await)
            .split('?')
            .next(),
        Some("/login"),
        "signed out everywhere else"
    );
    // The older link no longer sets anything.
    let again = app
        .browser()
        .post(&older, &[("password", "an attacker's password")])
        .await;
    assert_eq!(again.status(), 404);
    assert_eq!(
        app.browser()
            .login("ana@lisboa.pt", "a brand new passphrase")
            .await
            .status(),
        303
    );
}

// ---------- CSRF in depth ----------

#[tokio::test]
async fn forms_are_refused_from_other_sites_and_tokens_are_bound_to_who_is_asking() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let browser = app.browser();
    let token = browser.csrf().await;
    let login = [
        ("csrf_token", token.as_str()),
        ("email", "ana@lisboa.pt"),
        ("password", PASSWORD),
    ];
    for (header, value) in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
    ] {
        let response = browser
            .client
            .post(browser.url("/login"))
            .header(header, value)
            .form(&login)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{header}: {value}");
    }
    // A cookie planted by someone else, with the same value in the form (what a token
    // that is only a copy of its cookie would accept), gives no valid token: the cookie
    // is not signed by the site.
    for planted_value in [
        "a".repeat(64),
        format!("{}.{}", "a".repeat(64), "0".repeat(32)),
    ] {
        let planted = Browser::new(&app.address);
        let response = planted
            .client
            .post(planted.url("/login"))
            .header("cookie", format!("gnlc_pre={planted_value}"))
            .form(&[
                ("csrf_token", planted_value.as_str()),
                ("email", "ana@lisboa.pt"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{planted_value}");
    }
    // Nor does another visitor's real cookie with a token of one's own.
    let other = app.browser();
    let others_token = other.csrf().await;
    let response = browser
        .post_raw(
            "/login",
            &[
                ("csrf_token", others_token.as_str()),
                ("email", "ana@lisboa.pt"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status(), 403, "a token is its visitor's");
    // The same origin is welcome; the token changes at sign-in and at sign-out.
    let response = browser
        .client
        .post(browser.url("/login"))
        .header("origin", &app.address)
        .form(&login)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let signed_in = browser.csrf().await;
    assert_ne!(signed_in, token, "a new token at sign-in");
    assert_eq!(browser.post("/logout", &[]).await.status(), 303);
    let after = browser.csrf().await;
    assert_ne!(after, signed_in, "a new token at sign-out");
    assert_ne!(after, token);
    // A public page without a form sets no cookie.
    let visitor = app.browser();
    let page = visitor.get("/").await;
    assert!(page.headers().get("set-cookie").is_none());
    let members = visitor.get("/members").await;
    assert!(members.headers().get("set-cookie").is_none());
    let form = visitor.get("/login").await;
    assert!(
        form.headers().get("set-cookie").is_some(),
        "a form's page sets its cookie"
    );
}

#[tokio::test]
async fn over_https_cookies_carry_the_host_prefix_and_every_answer_says_https_only() {
    let app = spawn_app_with(&[("BASE_URL", "https://gnlc.example.org")]).await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let visitor = app.browser();
    let page = visitor.get("/login").await;
    assert!(
        page.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .starts_with("max-age=")
    );
    let cookie = page.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.starts_with("__Host-gnlc_pre=") && cookie.contains("; Secure"),
        "{cookie}"
    );
    let token = token_in(&page.text().await.unwrap()).unwrap();
    let pre = cookie.split(';').next().unwrap();
    let response = visitor
        .client
        .post(visitor.url("/login"))
        .header("cookie", pre)
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "ana@lisboa.pt"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let set: Vec<String> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(
        set.iter()
            .any(|c| c.starts_with("__Host-gnlc_session=") && c.contains("; Secure")),
        "{set:?}"
    );
    let session = set
        .iter()
        .find_map(|c| c.strip_prefix("__Host-gnlc_session="))
        .and_then(|c| c.split(';').next())
        .unwrap()
        .to_owned();
    let with = |cookie: String| {
        visitor
            .client
            .get(visitor.url("/applications"))
            .header("cookie", cookie)
            .send()
    };
    assert_eq!(
        with(format!("__Host-gnlc_session={session}"))
            .await
            .unwrap()
            .status(),
        200,
        "the session works under its name"
    );
    // The same, real session under the name without the prefix (a cookie a subdomain
    // could plant) is no session.
    let planted = with(format!("gnlc_session={session}")).await.unwrap();
    assert_eq!(planted.status(), 303);
    assert!(location(&planted).starts_with("/login"));
}

// ---------- abuse of mail and lock-out ----------

#[tokio::test]
async fn forms_that_send_mail_are_limited_per_recipient_and_per_client_without_telling_who_has_an_account()
 {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    for _ in 0..8 {
        let response = app
            .browser()
            .post("/password-reset", &[("email", "ana@lisboa.pt")])
            .await;
        assert_eq!(response.status(), 200, "the same answer every time");
    }
    let sent: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM mail_outbox WHERE kind = 'password_reset' AND recipient = 'ana@lisboa.pt'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(sent, 5, "at most five an hour to one address");
    // An address without an account gets the same answer, and its requests count alike.
    let answer_for = |email: &'static str| {
        let browser = app.browser();
        async move {
            let response = browser.post("/password-reset", &[("email", email)]).await;
            let status = response.status();
            (
                status,
                visible_text(&response.text().await.unwrap()).replace(email, "…"),
            )
        }
    };
    let (known_status, known_page) = answer_for("ana@lisboa.pt").await;
    let (unknown_status, unknown_page) = answer_for("nobody@lisboa.pt").await;
    assert_eq!((known_status, &known_page), (unknown_status, &unknown_page));
    let counted = |email: &'static str| {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM mail_requests WHERE recipient = $1")
            .bind(email)
            .fetch_one(&app.db)
    };
    assert_eq!(counted("nobody@lisboa.pt").await.unwrap(), 1);
    assert_eq!(counted("ana@lisboa.pt").await.unwrap(), 9);
    // Eight at once to an address: five, and no more, are sent.
    let burst = (0..8).map(|_| {
        let browser = app.browser();
        async move {
            browser
                .post("/password-reset", &[("email", "ana@lisboa.pt")])
                .await
                .status()
        }
    });
    sqlx::query("DELETE FROM mail_requests WHERE recipient = 'ana@lisboa.pt'")
        .execute(&app.db)
        .await
        .unwrap();
    sqlx::query("DELETE FROM mail_outbox WHERE recipient = 'ana@lisboa.pt'")
        .execute(&app.db)
        .await
        .unwrap();
    for status in futures_util::future::join_all(burst).await {
        assert_eq!(status, 200);
    }
    let sent: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM mail_outbox WHERE kind = 'password_reset' AND recipient = 'ana@lisboa.pt'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(sent, 5, "requests sent at the same moment take turns");
    // One client address that asks a hundred times an hour waits (nine requests of it
    // are counted now).
    for i in 0..91 {
        let response = app
            .browser()
            .post("/password-reset", &[("email", &format!("p{i}@lisboa.pt"))])
            .await;
        assert_eq!(response.status(), 200, "request {i}");
    }
    let refused = app
        .browser()
        .post("/password-reset", &[("email", "last@lisboa.pt")])
        .await;
    assert_eq!(refused.status(), 429);
    let wait: i64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 0 && wait <= 3600, "{wait}");
}

/// Signs in to Ana's account from a browser behind the trusted proxy, as `address`.
async fn sign_in_from(browser: &Browser, address: &str, password: &str) -> reqwest::Response {
    let token = browser.csrf().await;
    browser
        .client
        .post(browser.url("/login"))
        .header("x-forwarded-for", format!("198.51.100.99, {address}"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "ana@lisboa.pt"),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_guesser_is_slowed_down_but_the_owner_signing_in_from_elsewhere_is_not() {
    let app = spawn_app_with(&[
        ("GNLC_NOW", "2023-05-20T12:00:00Z"),
        ("TRUSTED_PROXIES", "127.0.0.1"),
    ])
    .await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let from = |address: &'static str| {
        let browser = app.browser();
        (browser, address)
    };
    let (guesser, guesser_address) = from("203.0.113.7");
    for _ in 0..5 {
        let response = sign_in_from(&guesser, guesser_address, "guess guess guess").await;
        assert_eq!(response.status(), 422);
    }
    let slowed = sign_in_from(&guesser, guesser_address, "guess guess guess").await;
    assert_eq!(slowed.status(), 429);
    let wait: i64 = slowed.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=30).contains(&wait), "the first wait is short: {wait}");
    assert!(visible_text(&slowed.text().await.unwrap()).contains("Too many attempts to sign in"));
    // The owner, elsewhere, signs in at once.
    let (owner, owner_address) = from("192.0.2.10");
    assert_eq!(
        sign_in_from(&owner, owner_address, PASSWORD).await.status(),
        303
    );
    // The guesser's waits grow.
    sqlx::query("UPDATE login_attempts SET attempted_at = attempted_at - interval '31 seconds'")
        .execute(&app.db)
        .await
        .unwrap();
    assert_eq!(
        sign_in_from(&guesser, guesser_address, "guess again!")
            .await
            .status(),
        422
    );
    let longer = sign_in_from(&guesser, guesser_address, "guess guess guess").await;
    assert_eq!(longer.status(), 429);
    let wait: i64 = longer.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((31..=60).contains(&wait), "twice as long: {wait}");
}

// ---------- caching and who may download what ----------

#[tokio::test]
async fn signed_in_pages_are_never_stored_and_the_signed_endorsement_is_not_the_citys() {
    let w = world().await;
    for (browser, path) in [
        (&w.city, "/applications".to_owned()),
        (&w.city, "/".to_owned()),
        (&w.natcom, "/natcom".to_owned()),
        (&w.admin, "/uil".to_owned()),
        (&w.admin, "/uil/export.csv".to_owned()),
    ] {
        let response = browser.get(&path).await;
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
    }
    // The city's documents of the application that reached UIL (Köln's city).
    let documents: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, kind FROM documents WHERE application_id = $1 ORDER BY id")
            .bind(w.forwarded)
            .fetch_all(&w.app.db)
            .await
            .unwrap();
    let koeln = w.app.browser();
    assert_eq!(koeln.login("köln@de.example", PASSWORD).await.status(), 303);
    for (id, kind) in &documents {
        let path = format!("/applications/{}/documents/{id}", w.forwarded);
        let expected = if kind == "endorsement" { 404 } else { 200 };
        assert_eq!(
            koeln.get(&path).await.status(),
            expected,
            "the city and its {kind}"
        );
        assert_eq!(w.admin.get(&path).await.status(), 200, "UIL and the {kind}");
    }
    let page = visible_text(&koeln.page(&format!("/applications/{}", w.forwarded)).await);
    assert!(!page.contains("Signed endorsement"), "{page}");
}

// ---------- every route, every class ----------

/// Every route of the router, for every role, with each class of bad input: no answer
/// is a 5xx.
#[tokio::test]
async fn no_route_answers_bad_input_with_a_server_error() {
    let w = world().await;
    let id = w.submitted.to_string();
    let browsers: [(&str, &Browser); 5] = [
        ("visitor", &w.app.visitor),
        ("city", &w.city),
        ("natcom", &w.natcom),
        ("reviewer", &w.reviewer),
        ("admin", &w.admin),
    ];
    let nul = "\0\u{1}\u{7f}";
    let long = "x".repeat(70_000);
    let paths = |path: &str, param: &str| {
        path.replace("{id}", param)
            .replace("{document}", param)
            .replace("{token}", param)
            .replace("{section}", if param == id { "mayor" } else { param })
            .replace("{file}", "style.css")
    };
    let mut tried = 0;
    for (path, methods) in gnlc::web::route_table() {
        for param in [id.as_str(), "99999999999999999999", "%00", "-1", "x%0D%0Ay"] {
            let target = paths(path, param);
            for (who, browser) in browsers {
                for method in methods {
                    let responses = match *method {
                        "get" => vec![
                            browser.get(&target).await,
                            browser.get(&format!("{target}?page=%00&country=%00&next=%0D%0A")).await,
                        ],
                        _ => vec![
                            browser.post(&target, &[("message", nul), ("reason", nul), ("name", nul)]).await,
                            browser.post(&target, &[("csv_text", "country,city\nDE,Ham\u{0}burg\n"), ("step", "apply")]).await,
                            browser.post(&target, &[("email", long.as_str())]).await,
                            browser.post_raw(&target, &[("csrf_token", nul)]).await,
                            browser
                                .client
                                .post(browser.url(&target))
                                .header("content-type", "multipart/form-data; boundary=x")
                                .body("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnot closed")
                                .send()
                                .await
                                .unwrap(),
                        ],
                    };
                    for response in responses {
                        tried += 1;
                        assert_no_server_error(&format!("{who} {method} {target}"), &response);
                    }
                }
            }
        }
    }
    assert!(tried > 1000, "{tried} requests");
}

#[tokio::test]
async fn a_second_server_on_the_same_database_accepts_the_first_ones_tokens() {
    let db = TestDb::seeded().await;
    let one = spawn_app_on(&db, &[]).await;
    let other = spawn_app_on(&db, &[]).await;
    one.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let browser = one.browser();
    let token = browser.csrf().await;
    let there = other.browser_with_cookies_of(&browser);
    let response = there
        .post_raw(
            "/login",
            &[
                ("csrf_token", &token),
                ("email", "ana@lisboa.pt"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        response.status(),
        303,
        "the key that signs tokens is the site's, not a server's"
    );
}
