//! Two-factor sign-in, over HTTP against the real server: staff accounts set one up before
//! they reach their pages; a code follows the password; a code works once; recovery codes
//! work once each; a browser can be remembered; an admin resets a lost one; wrong codes
//! are limited like passwords. The tests compute codes from the key as an app would.

use gnlc::domain::Role;

use crate::helpers::{
    PASSWORD, TestApp, code_for, location, real_unix_time, spawn_app, spawn_app_at, visible_text,
};

/// The code an app shows for the demo key at the real time, `steps` steps from now.
fn demo_code(steps: i64) -> String {
    let key = gnlc::domain::two_factor::secret_bytes(gnlc::demo::DEMO_TOTP_SECRET).unwrap();
    let at = real_unix_time() as i64 + steps * 30;
    gnlc::domain::two_factor::code_at(&key, at as u64)
}

#[tokio::test]
async fn every_staff_account_without_a_second_factor_reaches_only_the_page_that_sets_one_up() {
    let app = spawn_app().await;
    for (role, email, country, home) in [
        (Role::Natcom, "natcom@fr.example", Some("FR"), "/natcom"),
        (Role::UilReviewer, "reviewer@uil.example", None, "/uil"),
        (Role::UilAdmin, "admin@uil.example", None, "/uil"),
    ] {
        app.create_user_without_two_factor(role, email, country)
            .await;
        let browser = app.browser();
        let signed_in = browser.login(email, PASSWORD).await;
        assert_eq!(location(&signed_in), home, "the password opens a session");
        for page in [home, "/account", "/uil/users", "/natcom/applications/1"] {
            let response = browser.get(page).await;
            assert_eq!(
                (response.status().as_u16(), location(&response)),
                (303, "/account/two-factor"),
                "{email} at {page}"
            );
        }
        let page = browser.page("/account/two-factor").await;
        assert!(
            page.contains("<svg"),
            "the QR code is drawn in the page, without a script"
        );
        assert!(
            visible_text(&page).contains("Your account decides on applications"),
            "{page}"
        );
        browser.enrol_two_factor(email).await;
        assert_eq!(
            browser.get(home).await.status(),
            200,
            "{email} reaches {home}"
        );
    }
    // A city may, and need not.
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    assert_eq!(city.get("/applications").await.status(), 200);
    let page = visible_text(&city.page("/account").await);
    assert!(page.contains("Two-factor sign-in Off. Set it up"), "{page}");
}

#[tokio::test]
async fn setting_up_takes_the_code_of_the_key_shown_and_refuses_a_wrong_one() {
    let app = spawn_app().await;
    app.create_user_without_two_factor(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let natcom = app.browser();
    natcom.login("natcom@fr.example", PASSWORD).await;
    let first = natcom.page("/account/two-factor").await;
    let key = crate::helpers::secret_in(&first).unwrap();
    assert_eq!(key.len(), 32, "a 160-bit key, as base32: {key}");
    // Opened again, the page shows the same key: an app that scanned it stays right.
    let again = natcom.page("/account/two-factor").await;
    assert_eq!(crate::helpers::secret_in(&again).unwrap(), key);

    let wrong = natcom
        .post("/account/two-factor", &[("code", "000000")])
        .await;
    assert_eq!(wrong.status(), 422);
    let text = visible_text(&wrong.text().await.unwrap());
    assert!(text.contains("This code is not right"), "{text}");
    assert_eq!(
        location(&natcom.get("/natcom").await),
        "/account/two-factor"
    );

    let codes = natcom.enrol_two_factor("natcom@fr.example").await;
    assert!(
        codes
            .iter()
            .all(|c| c.len() == 11 && c.as_bytes()[5] == b'-'),
        "{codes:?}"
    );
    let hashes: Vec<Vec<u8>> = sqlx::query_scalar("SELECT code_hash FROM recovery_codes")
        .fetch_all(&app.db)
        .await
        .unwrap();
    assert_eq!(hashes.len(), 10);
    let stored: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM recovery_codes WHERE convert_from(code_hash, 'SQL_ASCII') LIKE '%-%'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap_or(0);
    assert_eq!(stored, 0, "recovery codes are kept hashed");
    let account = visible_text(&natcom.page("/account").await);
    assert!(account.contains("Two-factor sign-in On."), "{account}");
}

#[tokio::test]
async fn a_code_follows_the_password_and_is_taken_once() {
    let app = spawn_app().await;
    app.create_user(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let admin = app.browser();
    let password = admin
        .login_with_password("admin@uil.example", PASSWORD)
        .await;
    assert_eq!(location(&password), "/login/code?next=");
    // The password alone opens nothing.
    assert_eq!(
        location(&admin.get("/uil").await),
        "/login?next=%2Fuil",
        "a sign-in waiting for its code is no session"
    );
    let page = visible_text(&admin.page("/login/code").await);
    assert!(page.contains("Enter your sign-in code"), "{page}");

    let wrong = admin.post("/login/code", &[("code", "12345")]).await;
    assert_eq!(wrong.status(), 422);
    let stale = admin.post("/login/code", &[("code", &demo_code(-3))]).await;
    assert_eq!(stale.status(), 422, "the code of a minute and a half ago");

    let code = code_for(admin.accounts(), "admin@uil.example").await;
    let signed_in = admin.post("/login/code", &[("code", &code)]).await;
    assert_eq!(location(&signed_in), "/uil");
    assert_eq!(admin.get("/uil").await.status(), 200);

    // Someone who saw the code over the admin's shoulder, and has the password.
    let onlooker = app.browser();
    onlooker
        .login_with_password("admin@uil.example", PASSWORD)
        .await;
    let replayed = onlooker.post("/login/code", &[("code", &code)]).await;
    assert_eq!(replayed.status(), 422);
    let text = visible_text(&replayed.text().await.unwrap());
    assert!(text.contains("This code was already used"), "{text}");
    assert_eq!(location(&onlooker.get("/uil").await), "/login?next=%2Fuil");
}

#[tokio::test]
async fn codes_follow_the_real_time_even_when_the_application_clock_is_set() {
    // The application clock reads 2023; the authenticator app knows only now.
    let app: TestApp = spawn_app_at("2023-05-15T12:00:00Z").await;
    app.create_user(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let natcom = app.browser();
    let response = natcom.login("natcom@fr.example", PASSWORD).await;
    assert_eq!(location(&response), "/natcom");
    assert_eq!(natcom.get("/natcom").await.status(), 200);
}

#[tokio::test]
async fn each_recovery_code_opens_the_account_once() {
    let app = spawn_app().await;
    app.create_user_without_two_factor(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let natcom = app.browser();
    natcom.login("natcom@fr.example", PASSWORD).await;
    let codes = natcom.enrol_two_factor("natcom@fr.example").await;

    let phone_lost = app.browser();
    phone_lost
        .login_with_password("natcom@fr.example", PASSWORD)
        .await;
    let used = phone_lost.post("/login/code", &[("code", &codes[3])]).await;
    assert_eq!(location(&used), "/natcom");
    let page = visible_text(&phone_lost.page("/account/two-factor").await);
    assert!(page.contains("You have 9 recovery codes left"), "{page}");

    let again = app.browser();
    again
        .login_with_password("natcom@fr.example", PASSWORD)
        .await;
    let refused = again.post("/login/code", &[("code", &codes[3])]).await;
    assert_eq!(refused.status(), 422, "a recovery code works once");
    // Typed in capitals and without its dash, another still works.
    let typed = codes[4].replace('-', "").to_uppercase();
    assert_eq!(
        location(&again.post("/login/code", &[("code", &typed)]).await),
        "/natcom"
    );
}

#[tokio::test]
async fn a_remembered_browser_is_not_asked_for_a_code_for_30_days_and_no_other_is() {
    let app = spawn_app().await;
    app.create_user(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let natcom = app.browser();
    natcom
        .login_with_password("natcom@fr.example", PASSWORD)
        .await;
    let code = code_for(natcom.accounts(), "natcom@fr.example").await;
    let response = natcom
        .post("/login/code", &[("code", &code), ("remember", "yes")])
        .await;
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("gnlc_device="))
        .expect("a cookie remembers the browser");
    assert!(
        cookie.contains("Max-Age=2592000") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    natcom.post("/logout", &[]).await;

    let back = natcom
        .login_with_password("natcom@fr.example", PASSWORD)
        .await;
    assert_eq!(location(&back), "/natcom", "no code asked on this browser");
    let other = app.browser();
    let asked = other
        .login_with_password("natcom@fr.example", PASSWORD)
        .await;
    assert_eq!(location(&asked), "/login/code?next=");
}

#[tokio::test]
async fn a_uil_admin_resets_a_lost_second_factor_and_the_audit_log_says_so() {
    let app = spawn_app().await;
    let natcom_id = app
        .create_user(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let natcom = app
        .signed_in(Role::Natcom, "natcom2@fr.example", Some("FR"))
        .await;
    let lost = app.browser();
    lost.login("natcom@fr.example", PASSWORD).await;
    assert_eq!(lost.get("/natcom").await.status(), 200);
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let admin_id: i64 =
        sqlx::query_scalar("SELECT id FROM users WHERE email = 'admin@uil.example'")
            .fetch_one(&app.db)
            .await
            .unwrap();

    // Only an admin resets, and not their own.
    let refused = natcom
        .post(&format!("/uil/users/{natcom_id}/reset-two-factor"), &[])
        .await;
    assert_eq!(refused.status(), 403);
    let own = admin
        .post(&format!("/uil/users/{admin_id}/reset-two-factor"), &[])
        .await;
    assert_eq!(own.status(), 404);

    let reset = admin
        .post(&format!("/uil/users/{natcom_id}/reset-two-factor"), &[])
        .await;
    let done = location(&reset).to_owned();
    assert!(done.starts_with("/uil/users?reset="), "{done}");
    let page = visible_text(&admin.page(&done).await);
    assert!(
        page.contains("The second factor of natcom user is reset"),
        "{page}"
    );

    // Their sessions ended; the password leads them to set up a new one.
    assert_eq!(
        location(&lost.get("/natcom").await),
        "/login?next=%2Fnatcom"
    );
    let response = lost
        .login_with_password("natcom@fr.example", PASSWORD)
        .await;
    assert_eq!(location(&response), "/natcom");
    assert_eq!(location(&lost.get("/natcom").await), "/account/two-factor");

    let audit = visible_text(&admin.page("/uil/audit").await);
    assert!(
        audit.contains(
            "natcom user <natcom@fr.example> uil_admin user <admin@uil.example> Second factor reset"
        ),
        "who reset whose second factor: {audit}"
    );
}

#[tokio::test]
async fn wrong_codes_are_limited_like_wrong_passwords() {
    let app = spawn_app().await;
    app.create_user(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let guesser = app.browser();
    guesser
        .login_with_password("admin@uil.example", PASSWORD)
        .await;
    let mut last = None;
    for guess in 0..8 {
        let response = guesser
            .post(
                "/login/code",
                &[("code", &format!("{:06}", 111_111 * (guess % 9)))],
            )
            .await;
        last = Some(response.status().as_u16());
        if last == Some(429) {
            assert!(response.headers().get("retry-after").is_some());
            let text = visible_text(&response.text().await.unwrap());
            assert!(text.contains("Too many"), "{text}");
            break;
        }
        assert_eq!(last, Some(422));
    }
    assert_eq!(last, Some(429), "guessing is slowed down");
    // Even the right code waits now.
    let code = code_for(guesser.accounts(), "admin@uil.example").await;
    let right = guesser.post("/login/code", &[("code", &code)]).await;
    assert_eq!(right.status(), 429);
}
