//! Accounts: registration with a confirmed address, signing in and out, password reset,
//! invitations, and the limits that protect them. Mail goes to a real SMTP server.

use gnlc::domain::Role;

use crate::helpers::{
    PASSWORD, TestApp, TestDb, link_in, location, spawn_app_on, spawn_app_with, visible_text,
};
use crate::smtp::SmtpServer;

async fn app_with_mail() -> (TestApp, SmtpServer) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&[("SMTP_URL", &smtp.url()), ("BASE_URL", "http://gnlc.test")]).await;
    (app, smtp)
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_city_registers_and_confirms_its_address_from_the_mail() {
    let (app, smtp) = app_with_mail().await;
    let browser = app.browser();
    let response = browser
        .register("Ana Silva", "ana@lisboa.pt", "correct horse battery")
        .await;
    let sent = location(&response).to_owned();
    assert!(sent.starts_with("/register/sent"), "{sent}");
    let page = visible_text(&browser.page(&sent).await);
    assert!(page.contains("Check your email"), "{page}");
    assert!(
        page.contains("We have sent a message to ana@lisboa.pt"),
        "the confirmation repeats the address, so that a typo shows: {page}"
    );

    let mail = smtp.wait_for("ana@lisboa.pt", 1).await.remove(0);
    assert_eq!(mail.subject(), "Confirm your email address for GNLC Call");
    assert!(mail.text().contains("Dear Ana Silva"));
    let link = link_in(&mail.text(), "http://gnlc.test/verify-email/");
    assert!(
        mail.html().contains(&format!(r#"href="{link}""#)),
        "the HTML part links too"
    );
    assert_eq!(
        mail.header("From").as_deref(),
        Some("GNLC <no-reply@localhost>")
    );

    // Unconfirmed, the account can sign in and says what is missing.
    assert_eq!(
        browser
            .login("ana@lisboa.pt", "correct horse battery")
            .await
            .status(),
        303
    );
    let account = visible_text(&browser.page("/account").await);
    assert!(account.contains("Confirm your email address"), "{account}");

    let path = link.trim_start_matches("http://gnlc.test");
    let confirm = browser.page(path).await;
    assert!(confirm.contains("Confirm my email address"));
    let response = browser.post(path, &[]).await;
    assert_eq!(location(&response), "/account");
    let account = visible_text(&browser.page("/account").await);
    assert!(account.contains("ana@lisboa.pt (confirmed)"), "{account}");

    // The link works once.
    let again = browser.get(path).await;
    assert_eq!(again.status(), 404);
    assert!(visible_text(&again.text().await.unwrap()).contains("expired or was already used"));
    assert_eq!(browser.post(path, &[]).await.status(), 404);
}

#[tokio::test]
async fn registering_an_address_that_has_an_account_answers_the_same_and_tells_its_owner() {
    let (app, smtp) = app_with_mail().await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let response = app
        .browser()
        .register("Someone Else", "ANA@lisboa.pt", "another long password")
        .await;
    assert_eq!(
        location(&response),
        "/register/sent?to=ANA%40lisboa.pt",
        "the same answer as for a new address"
    );
    let mail = smtp.wait_for("ANA@lisboa.pt", 1).await.remove(0);
    assert_eq!(mail.subject(), "You already have a GNLC Call account");
    assert!(mail.text().contains("http://gnlc.test/password-reset"));
    assert_eq!(
        count(&app, "SELECT count(*) FROM users").await,
        1,
        "no second account"
    );
    // The owner's password is untouched.
    assert_eq!(
        app.browser()
            .login("ana@lisboa.pt", PASSWORD)
            .await
            .status(),
        303
    );
}

#[tokio::test]
async fn registration_errors_are_listed_and_what_was_typed_is_kept_except_the_password() {
    let (app, _smtp) = app_with_mail().await;
    let browser = app.browser();
    let long_name = "N".repeat(201);
    let cases = [
        (
            ("", "ana@lisboa.pt", "correct horse battery"),
            "Enter your full name",
        ),
        (
            (long_name.as_str(), "ana@lisboa.pt", "correct horse battery"),
            "Name must be 200 characters or fewer",
        ),
        (
            ("Ana", "ana.lisboa.pt", "correct horse battery"),
            "Enter an email address in the correct format",
        ),
        (
            ("Ana", "ana@lisboa.pt", "short"),
            "Password must be at least 10 characters long",
        ),
        (
            ("Ana", "ana@lisboa.pt", "Password123"),
            "This password is too easy to guess",
        ),
    ];
    for ((name, email, password), message) in cases {
        let response = browser.register(name, email, password).await;
        assert_eq!(response.status(), 422, "{message}");
        let html = response.text().await.unwrap();
        let text = visible_text(&html);
        assert!(
            html.contains("<title>Error: Create an account"),
            "title starts with Error:"
        );
        assert!(text.contains("There is a problem"), "{text}");
        assert!(text.contains(message), "{message}: {text}");
        assert!(
            html.contains(&format!(r#"value="{email}""#)),
            "the email is kept"
        );
        if !name.is_empty() {
            assert!(
                html.contains(&format!(r#"value="{name}""#)),
                "the name is kept"
            );
        }
        assert!(
            !html.contains(&format!(r#"value="{password}""#)),
            "the password is not echoed"
        );
    }
    // Several problems at once: each in the summary, linked to its field.
    let html = browser.register("", "nope", "").await.text().await.unwrap();
    for field in ["name", "email", "password"] {
        assert!(
            html.contains(&format!(r##"href="#{field}""##)),
            "summary links to {field}"
        );
        assert!(
            html.contains(&format!(r#"id="{field}-error""#)),
            "message beside {field}"
        );
    }
    assert_eq!(count(&app, "SELECT count(*) FROM users").await, 0);
    assert_eq!(count(&app, "SELECT count(*) FROM mail_outbox").await, 0);
}

#[tokio::test]
async fn signing_in_opens_a_fresh_http_only_session_and_signing_out_ends_it() {
    let (app, _smtp) = app_with_mail().await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let browser = app.browser();
    let first = browser.login("ana@lisboa.pt", PASSWORD).await;
    let cookie = first.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("gnlc_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "no Secure flag on plain http");
    let old_session = browser.cookie("gnlc_session").unwrap();

    // Signing in again gives a new session id and ends the old one.
    browser.login("ana@lisboa.pt", PASSWORD).await;
    let new_session = browser.cookie("gnlc_session").unwrap();
    assert_ne!(old_session, new_session);
    let replay = app.browser();
    let replayed = replay
        .client
        .get(replay.url("/account"))
        .header("cookie", format!("gnlc_session={old_session}"))
        .send()
        .await
        .unwrap();
    assert_eq!(replayed.status(), 303, "the old session id no longer works");

    assert_eq!(browser.get("/account").await.status(), 200);
    let out = browser.post("/logout", &[]).await;
    assert_eq!(location(&out), "/login?notice=signed-out");
    assert_eq!(browser.get("/account").await.status(), 303);
    let sessions = count(&app, "SELECT count(*) FROM sessions").await;
    assert_eq!(sessions, 0);
}

/// A server keeps who is signed in for a second, for pages that only show. A session ended
/// elsewhere (signed out on another server, or all of them ended by a password reset
/// there) can do nothing from that moment, and soon sees no page either.
#[tokio::test]
async fn a_session_lives_on_every_server_and_ends_on_all_at_once() {
    let db = TestDb::seeded().await;
    let one = spawn_app_on(&db, &[]).await;
    let other = spawn_app_on(&db, &[]).await;
    let admin = one
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let same_admin = other.browser_with_cookies_of(&admin);
    // Signed in through one server, acting through the other.
    assert_eq!(same_admin.get("/uil").await.status(), 200);
    let invite = same_admin
        .post(
            "/uil/users",
            &[
                ("name", "Nadia Reviewer"),
                ("email", "nadia@uil.example"),
                ("role", "uil_reviewer"),
            ],
        )
        .await;
    assert!(location(&invite).starts_with("/uil/users"), "{invite:?}");

    // Signed out through the first; the other refuses the session on the next request.
    assert_eq!(admin.post("/logout", &[]).await.status(), 303);
    let again = same_admin
        .post(
            "/uil/users",
            &[
                ("name", "Omar Reviewer"),
                ("email", "omar@uil.example"),
                ("role", "uil_reviewer"),
            ],
        )
        .await;
    assert!(location(&again).starts_with("/login"), "{again:?}");
    let invited = count(
        &one,
        "SELECT count(*) FROM users WHERE email = 'omar@uil.example'",
    )
    .await;
    assert_eq!(invited, 0, "nothing was done in the ended session's name");
    let page = same_admin.get("/uil").await;
    assert_eq!(page.status(), 303, "no page shows to an ended session");
    assert!(location(&page).starts_with("/login"));
}

#[tokio::test]
async fn session_cookies_are_secure_when_the_site_is_served_over_https() {
    let app = spawn_app_with(&[("BASE_URL", "https://gnlc.example.org")]).await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let response = app.browser().login("ana@lisboa.pt", PASSWORD).await;
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.contains("; Secure"), "{cookie}");
}

#[tokio::test]
async fn a_wrong_password_or_unknown_address_gets_the_same_message_and_keeps_the_email() {
    let (app, _smtp) = app_with_mail().await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let browser = app.browser();
    for email in ["ana@lisboa.pt", "nobody@lisboa.pt"] {
        let response = browser.login(email, "not the password").await;
        assert_eq!(response.status(), 422);
        let html = response.text().await.unwrap();
        assert!(visible_text(&html).contains("The email address or the password is not right"));
        assert!(html.contains(&format!(r#"value="{email}""#)));
        assert!(!html.contains("not the password"));
    }
}

#[tokio::test]
async fn too_many_failed_sign_ins_are_refused_for_a_while_with_a_time_to_try_again() {
    let (app, _smtp) = app_with_mail().await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let attacker = app.browser();
    for _ in 0..5 {
        assert_eq!(
            attacker
                .login("ana@lisboa.pt", "guess guess guess")
                .await
                .status(),
            422
        );
    }
    // Now, from this address, even the right password waits a little.
    let refused = attacker.login("ana@lisboa.pt", PASSWORD).await;
    assert_eq!(refused.status(), 429);
    assert!(refused.headers().contains_key("retry-after"));
    let text = visible_text(&refused.text().await.unwrap());
    assert!(text.contains("Too many attempts to sign in"), "{text}");
    assert!(text.contains("UTC (in 1 minute)"), "{text}");
    // Someone else signing in from the same address (a ministry's gateway) is not slowed.
    app.create_user(Role::Applicant, "bo@lisboa.pt", None).await;
    assert_eq!(attacker.login("bo@lisboa.pt", PASSWORD).await.status(), 303);

    // Half a minute later it works again.
    sqlx::query("UPDATE login_attempts SET attempted_at = attempted_at - interval '31 seconds'")
        .execute(&app.db)
        .await
        .unwrap();
    let ana = app.browser();
    assert_eq!(ana.login("ana@lisboa.pt", PASSWORD).await.status(), 303);
}

#[tokio::test]
async fn a_password_reset_answers_the_same_for_any_address_and_ends_old_sessions() {
    let (app, smtp) = app_with_mail().await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let elsewhere = app.browser();
    elsewhere.login("ana@lisboa.pt", PASSWORD).await;
    assert_eq!(elsewhere.get("/account").await.status(), 200);

    let browser = app.browser();
    let known = browser
        .post("/password-reset", &[("email", "ana@lisboa.pt")])
        .await;
    let unknown = browser
        .post("/password-reset", &[("email", "nobody@lisboa.pt")])
        .await;
    assert_eq!(known.status(), 200);
    assert_eq!(unknown.status(), 200);
    let known = visible_text(&known.text().await.unwrap()).replace("ana@lisboa.pt", "X");
    let unknown = visible_text(&unknown.text().await.unwrap()).replace("nobody@lisboa.pt", "X");
    assert_eq!(known, unknown, "the answers differ");

    let mail = smtp.wait_for("ana@lisboa.pt", 1).await.remove(0);
    assert_eq!(mail.subject(), "Reset your GNLC Call password");
    let path =
        link_in(&mail.text(), "http://gnlc.test/password-reset/").replace("http://gnlc.test", "");
    assert!(browser.page(&path).await.contains("Choose a new password"));
    let weak = browser.post(&path, &[("password", "short")]).await;
    assert_eq!(
        weak.status(),
        422,
        "a weak new password is refused, the link stays usable"
    );
    let done = browser
        .post(&path, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(location(&done), "/login?notice=reset");

    assert_eq!(
        elsewhere.get("/account").await.status(),
        303,
        "the other session ended"
    );
    assert_eq!(browser.login("ana@lisboa.pt", PASSWORD).await.status(), 422);
    assert_eq!(
        browser
            .login("ana@lisboa.pt", "a brand new passphrase")
            .await
            .status(),
        303
    );
    assert_eq!(
        browser.get(&path).await.status(),
        404,
        "the link works once"
    );
    assert_eq!(smtp.received().len(), 1, "no mail for the unknown address");
}

#[tokio::test]
async fn a_password_reset_link_expires_after_an_hour() {
    let (app, smtp) = app_with_mail().await;
    app.create_user(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let browser = app.browser();
    browser
        .post("/password-reset", &[("email", "ana@lisboa.pt")])
        .await;
    let mail = smtp.wait_for("ana@lisboa.pt", 1).await.remove(0);
    let path =
        link_in(&mail.text(), "http://gnlc.test/password-reset/").replace("http://gnlc.test", "");
    sqlx::query("UPDATE account_tokens SET created_at = created_at - interval '61 minutes', expires_at = expires_at - interval '61 minutes'")
        .execute(&app.db)
        .await
        .unwrap();
    let expired = browser.get(&path).await;
    assert_eq!(expired.status(), 404);
    assert!(visible_text(&expired.text().await.unwrap()).contains("work once, for 1 hour"));
    assert_eq!(
        browser
            .post(&path, &[("password", "a brand new passphrase")])
            .await
            .status(),
        404
    );
    assert_eq!(
        browser.login("ana@lisboa.pt", PASSWORD).await.status(),
        303,
        "password unchanged"
    );
}

#[tokio::test]
async fn a_uil_admin_invites_a_national_commission_which_sets_its_password_from_the_mail() {
    let (app, smtp) = app_with_mail().await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;

    // The Member State is required for a National Commission; what was typed is kept.
    let missing = admin
        .post(
            "/uil/users",
            &[
                ("name", "Wanjiru Kamau"),
                ("email", "natcom@ke.example"),
                ("role", "natcom"),
            ],
        )
        .await;
    assert_eq!(missing.status(), 422);
    let html = missing.text().await.unwrap();
    assert!(visible_text(&html).contains("Choose the Member State of the National Commission"));
    assert!(html.contains(r#"value="Wanjiru Kamau""#));

    let sent = admin
        .post(
            "/uil/users",
            &[
                ("name", "Wanjiru Kamau"),
                ("email", "natcom@ke.example"),
                ("role", "natcom"),
                ("country", "KE"),
            ],
        )
        .await;
    assert_eq!(location(&sent), "/uil/users?invited=natcom%40ke.example");
    let list = visible_text(&admin.page("/uil/users?invited=natcom%40ke.example").await);
    assert!(
        list.contains("Invitation sent to natcom@ke.example"),
        "{list}"
    );
    assert!(
        list.contains("Wanjiru Kamau natcom@ke.example National Commission Kenya Invited"),
        "{list}"
    );

    let again = admin
        .post(
            "/uil/users",
            &[
                ("name", "Someone"),
                ("email", "NATCOM@ke.example"),
                ("role", "uil_reviewer"),
            ],
        )
        .await;
    assert_eq!(again.status(), 422);
    assert!(
        visible_text(&again.text().await.unwrap())
            .contains("An account already uses this email address")
    );

    let mail = smtp.wait_for("natcom@ke.example", 1).await.remove(0);
    assert_eq!(
        mail.subject(),
        "You are invited to GNLC Call: National Commission of Kenya"
    );
    let path =
        link_in(&mail.text(), "http://gnlc.test/invitation/").replace("http://gnlc.test", "");
    let natcom = app.browser();
    assert!(natcom.page(&path).await.contains("choose your password"));
    let accepted = natcom
        .post(&path, &[("password", "karibu sana nairobi")])
        .await;
    assert_eq!(location(&accepted), "/login?notice=welcome");
    assert_eq!(
        natcom
            .login("natcom@ke.example", "karibu sana nairobi")
            .await
            .status(),
        303
    );
    // A National Commission decides places: it sets up a second factor before anything.
    assert_eq!(
        location(&natcom.get("/natcom").await),
        "/account/two-factor"
    );
    natcom.enrol_two_factor("natcom@ke.example").await;
    let account = visible_text(&natcom.page("/account").await);
    assert!(account.contains("National Commission (Kenya)"), "{account}");
    assert!(account.contains("(confirmed)"), "{account}");
    let list = visible_text(&admin.page("/uil/users").await);
    assert!(list.contains("Kenya Active On"), "{list}");
}
