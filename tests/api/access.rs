//! Who may reach what: every route × every kind of person (SPEC §1, §5). Later issues add
//! their routes to the table.

use gnlc::domain::Role;

use crate::helpers::{Browser, TestApp, location, spawn_app, spawn_app_at};

/// The people of SPEC §1, in the order of the table's columns.
const ACTORS: [&str; 7] = [
    "visitor",
    "applicant A",
    "applicant B",
    "natcom of A's country",
    "natcom of another country",
    "uil_reviewer",
    "uil_admin",
];

/// 303 to the sign-in page is written `LOGIN`; 303 elsewhere `SEE_OTHER`.
const LOGIN: u16 = 1303;
const SEE_OTHER: u16 = 303;

enum Method {
    Get,
    /// A POST with a valid CSRF token and no other fields.
    Post,
}
use Method::*;

/// Route, then the expected status for each actor. `draft` and `submitted` are applications
/// of applicant A in the country of "natcom of A's country"; `doc` a document of `submitted`.
fn matrix(draft: i64, submitted: i64, doc: i64) -> Vec<(Method, String, [u16; 7])> {
    const UIL_ADMIN: [u16; 7] = [LOGIN, 403, 403, 403, 403, 403, 200];
    const NATCOM_ONLY: [u16; 7] = [LOGIN, 403, 403, 200, 200, 403, 403];
    const NATCOM_A: [u16; 7] = [LOGIN, 403, 403, 200, 404, 403, 403];
    const ALL_200: [u16; 7] = [200; 7];
    const CITY_ONLY: [u16; 7] = [LOGIN, 200, 200, 403, 403, 403, 403];
    const A_ONLY: [u16; 7] = [LOGIN, 200, 404, 403, 403, 403, 403];
    let d = |path: &str| format!("/applications/{draft}{path}");
    let s = |path: &str| format!("/applications/{submitted}{path}");
    vec![
        (Get, "/".into(), ALL_200),
        (Get, "/members".into(), ALL_200),
        (Get, "/healthz".into(), ALL_200),
        (Get, "/readyz".into(), ALL_200),
        (Get, "/register".into(), ALL_200),
        // Signed-in people are sent on to their own start page.
        (
            Get,
            "/login".into(),
            [
                200, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER,
            ],
        ),
        (Get, "/password-reset".into(), ALL_200),
        (
            Get,
            "/account".into(),
            [LOGIN, 200, 200, 200, 200, 200, 200],
        ),
        (
            Get,
            "/uil/users".into(),
            [LOGIN, 403, 403, 403, 403, 403, 200],
        ),
        // An empty invitation is refused with its errors (422) for the admin only.
        (
            Post,
            "/uil/users".into(),
            [LOGIN, 403, 403, 403, 403, 403, 422],
        ),
        (
            Post,
            "/account/verify-email".into(),
            [
                LOGIN, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER, SEE_OTHER,
            ],
        ),
        // The city's area.
        (Get, "/applications".into(), CITY_ONLY),
        (Get, "/applications/new".into(), CITY_ONLY),
        (
            Post,
            "/applications".into(),
            [LOGIN, 422, 422, 403, 403, 403, 403],
        ),
        (Get, d(""), A_ONLY),
        (Get, d("/edit"), A_ONLY),
        (Get, d("/edit/city"), A_ONLY),
        (
            Post,
            d("/edit/mayor"),
            [LOGIN, SEE_OTHER, 404, 403, 403, 403, 403],
        ),
        (Post, d("/documents"), [LOGIN, 422, 404, 403, 403, 403, 403]),
        (Get, d("/check"), A_ONLY),
        (Post, d("/submit"), [LOGIN, 422, 404, 403, 403, 403, 403]),
        (Get, d("/withdraw"), A_ONLY),
        (Get, s("/submitted"), A_ONLY),
        // Shared views: whoever may see the application; a draft only its city.
        (Get, d("/print"), [LOGIN, 200, 404, 404, 404, 404, 404]),
        (Get, s("/print"), [LOGIN, 200, 404, 200, 404, 404, 200]),
        (
            Get,
            s(&format!("/documents/{doc}")),
            [LOGIN, 200, 404, 200, 404, 404, 200],
        ),
        (
            Get,
            d("/documents/999999"),
            [LOGIN, 404, 404, 404, 404, 404, 404],
        ),
        // The National Commission's area.
        (Get, "/natcom".into(), NATCOM_ONLY),
        (Get, format!("/natcom/applications/{submitted}"), NATCOM_A),
        (
            Get,
            format!("/natcom/applications/{draft}"),
            [LOGIN, 403, 403, 404, 404, 403, 403],
        ),
        // Without a reason or a message, a refusal with errors (422) for its own natcom.
        (
            Post,
            format!("/natcom/applications/{submitted}/decline"),
            [LOGIN, 403, 403, 422, 404, 403, 403],
        ),
        (
            Post,
            format!("/natcom/applications/{submitted}/return"),
            [LOGIN, 403, 403, 422, 404, 403, 403],
        ),
        (
            Post,
            format!("/natcom/applications/{submitted}/endorse"),
            [LOGIN, 403, 403, 422, 404, 403, 403],
        ),
        // Nothing was decided: nothing to take back.
        (
            Post,
            format!("/natcom/applications/{submitted}/take-back"),
            [LOGIN, 403, 403, 409, 404, 403, 403],
        ),
        (
            Post,
            "/natcom/submit".into(),
            [LOGIN, 403, 403, SEE_OTHER, SEE_OTHER, 403, 403],
        ),
        // UIL's area: reviewers and coordinators; some pages coordinators only.
        (Get, "/uil".into(), [LOGIN, 403, 403, 403, 403, 200, 200]),
        // Submitted, not yet at UIL: not a UIL page's to show.
        (
            Get,
            format!("/uil/applications/{submitted}"),
            [LOGIN, 403, 403, 403, 403, 404, 404],
        ),
        (
            Post,
            format!("/uil/applications/{submitted}/decide"),
            [LOGIN, 403, 403, 403, 403, 403, 404],
        ),
        (Get, "/uil/export.csv".into(), UIL_ADMIN),
        (Get, "/uil/calls".into(), UIL_ADMIN),
        (Get, "/uil/calls/new".into(), UIL_ADMIN),
        (Get, "/uil/extensions".into(), UIL_ADMIN),
        (Get, "/uil/audit".into(), UIL_ADMIN),
        (Get, "/uil/members".into(), UIL_ADMIN),
        (Get, "/uil/outbox".into(), UIL_ADMIN),
        (
            Post,
            "/uil/outbox/999999/resend".into(),
            [LOGIN, 403, 403, 403, 403, 403, 404],
        ),
        (
            Post,
            "/uil/calls/new".into(),
            [LOGIN, 403, 403, 403, 403, 403, 422],
        ),
        (
            Post,
            "/uil/extensions".into(),
            [LOGIN, 403, 403, 403, 403, 403, 422],
        ),
        (Post, "/logout".into(), [SEE_OTHER; 7]),
    ]
}

async fn actors(app: &TestApp) -> Vec<Browser> {
    vec![
        app.browser(),
        app.signed_in(Role::Applicant, "a@city-a.example", None)
            .await,
        app.signed_in(Role::Applicant, "b@city-b.example", None)
            .await,
        app.signed_in(Role::Natcom, "natcom@fr.example", Some("FR"))
            .await,
        app.signed_in(Role::Natcom, "natcom@de.example", Some("DE"))
            .await,
        app.signed_in(Role::UilReviewer, "reviewer@uil.example", None)
            .await,
        app.signed_in(Role::UilAdmin, "admin@uil.example", None)
            .await,
    ]
}

#[tokio::test]
async fn every_route_answers_each_person_as_the_spec_says() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let people = actors(&app).await;
    let draft = crate::city::start(&people[1], "Lyon", "FR").await;
    let submitted = crate::city::start(&people[1], "Lille", "FR").await;
    crate::city::fill_in(&people[1], submitted, "Lille", "FR").await;
    let response = people[1]
        .post(&format!("/applications/{submitted}/submit"), &[])
        .await;
    assert_eq!(
        response.status(),
        303,
        "the submitted application of the matrix"
    );
    let doc: i64 = sqlx::query_scalar("SELECT id FROM documents WHERE application_id = $1")
        .bind(submitted)
        .fetch_one(&app.db)
        .await
        .unwrap();
    let mut wrong = Vec::new();
    for (method, path, expected) in matrix(draft, submitted, doc) {
        let path = path.as_str();
        // Sign-out last: it ends the sessions the other rows need.
        for (i, browser) in people.iter().enumerate() {
            let response = match method {
                Get => browser.get(path).await,
                Post => browser.post(path, &[]).await,
            };
            let status = response.status().as_u16();
            let got = if status == 303 && location(&response).starts_with("/login?next=") {
                LOGIN
            } else {
                status
            };
            if got != expected[i] {
                wrong.push(format!(
                    "{} {path} as {}: expected {}, got {got} {}",
                    match method {
                        Get => "GET",
                        Post => "POST",
                    },
                    ACTORS[i],
                    expected[i],
                    location(&response)
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[tokio::test]
async fn a_page_that_needs_signing_in_comes_back_after_sign_in() {
    let app = spawn_app().await;
    app.create_user(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let browser = app.browser();
    let response = browser.get("/uil/users").await;
    assert_eq!(location(&response), "/login?next=%2Fuil%2Fusers");
    let page = browser.page("/login?next=%2Fuil%2Fusers").await;
    assert!(page.contains(r#"name="next" value="/uil/users""#));
    let response = browser
        .post(
            "/login",
            &[
                ("email", "admin@uil.example"),
                ("password", crate::helpers::PASSWORD),
                ("next", "/uil/users"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/login/code?next=%2Fuil%2Fusers");
    let response = browser.then_code("admin@uil.example", response).await;
    assert_eq!(location(&response), "/uil/users");
    // A link to another site is not followed.
    let other = app.browser();
    let response = other
        .post(
            "/login",
            &[
                ("email", "admin@uil.example"),
                ("password", crate::helpers::PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    let response = other.then_code("admin@uil.example", response).await;
    assert_eq!(location(&response), "/uil", "the admin's own start page");
}

#[tokio::test]
async fn a_post_without_a_valid_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    app.create_user(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let browser = app.browser();
    browser.csrf().await;
    // No token at all.
    let response = browser
        .post_raw(
            "/register",
            &[
                ("name", "Ana"),
                ("email", "ana@lisboa.pt"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    assert_eq!(response.status(), 403);
    // A token, but not this browser's.
    let other_token = app.browser().csrf().await;
    let response = browser
        .post_raw(
            "/login",
            &[
                ("csrf_token", &other_token),
                ("email", "admin@uil.example"),
                ("password", crate::helpers::PASSWORD),
            ],
        )
        .await;
    assert_eq!(response.status(), 403);
    assert!(
        browser.cookie("gnlc_session").is_none(),
        "no session was opened"
    );
    let users: i64 = sqlx::query_scalar("SELECT count(*) FROM users WHERE email = 'ana@lisboa.pt'")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(users, 0);
    let attempts: i64 = sqlx::query_scalar("SELECT count(*) FROM login_attempts")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(attempts, 0, "the refused sign-in did not even count");
}
