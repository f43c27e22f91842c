//! The National Commission: endorse at most three, decline, return, submit to UIL by 30 June.

use futures_util::future::join_all;
use gnlc::domain::Role;

use crate::city::{fill_in, pdf, stage, start};
use crate::helpers::{
    Browser, PASSWORD, TestApp, TestDb, location, spawn_app_at, spawn_app_on, visible_text,
};

/// A city of `country` that has submitted its application; returns the city's browser and
/// the application's id.
pub async fn submitted(app: &TestApp, city: &str, country: &str) -> (Browser, i64) {
    let email = format!(
        "{}@{}.example",
        city.to_lowercase().replace(' ', "-"),
        country.to_lowercase()
    );
    let browser = app.signed_in(Role::Applicant, &email, None).await;
    let id = start(&browser, city, country).await;
    fill_in(&browser, id, city, country).await;
    let response = browser
        .post(&format!("/applications/{id}/submit"), &[])
        .await;
    assert_eq!(response.status(), 303, "submitting {city}");
    (browser, id)
}

const OFFICER: &[(&str, &str)] = &[
    ("officer_name", "Marie Dupont"),
    ("officer_title", "Secretary-General"),
];

/// Endorses with Part 2 and its signed scan, expecting it to work.
pub async fn endorse_for_test(natcom: &Browser, id: i64) {
    let response = endorse(natcom, id, true).await;
    assert_eq!(response.status(), 303, "endorsing {id}");
}

async fn endorse(natcom: &Browser, id: i64, with_pdf: bool) -> reqwest::Response {
    let files = if with_pdf {
        vec![("signed_endorsement", "endorsement.pdf", pdf("endorsement"))]
    } else {
        vec![]
    };
    natcom
        .post_multipart(
            &format!("/natcom/applications/{id}/endorse"),
            OFFICER,
            &files,
        )
        .await
}

async fn count_stage(app: &TestApp, country: &str, stage: &str) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM applications WHERE country = $1 AND stage = $2")
        .bind(country)
        .bind(stage)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn fifty_concurrent_endorsements_over_ten_applications_end_with_exactly_three() {
    let app = spawn_app_at("2023-06-05T12:00:00Z").await;
    let mut ids = Vec::new();
    for i in 0..10 {
        // Submitted before the city deadline, on an earlier clock: insert them directly.
        let _ = i;
    }
    let db_now = "2023-05-20T12:00:00Z";
    let early = spawn_app_on(
        &TestDb {
            pool: app.db.clone(),
            url: String::new(),
        },
        &[("GNLC_NOW", db_now)],
    )
    .await;
    for i in 0..10 {
        ids.push(submitted(&early, &format!("Ville {i}"), "FR").await.1);
    }
    let staff = [
        app.signed_in(Role::Natcom, "one@fr.example", Some("FR"))
            .await,
        app.signed_in(Role::Natcom, "two@fr.example", Some("FR"))
            .await,
    ];
    let requests = (0..50).map(|i| {
        let natcom = &staff[i % 2];
        let id = ids[i % 10];
        async move {
            let response = natcom
                .post(&format!("/natcom/applications/{id}/endorse"), OFFICER)
                .await;
            let status = response.status().as_u16();
            (status, response.text().await.unwrap())
        }
    });
    let results = join_all(requests).await;
    assert!(
        results.iter().all(|(s, _)| *s < 500),
        "no 5xx: {:?}",
        results.iter().map(|r| r.0).collect::<Vec<_>>()
    );
    assert_eq!(count_stage(&app, "FR", "endorsed").await, 3);
    let refused: Vec<_> = results.iter().filter(|(s, _)| *s == 409).collect();
    assert!(!refused.is_empty());
    for (_, page) in refused {
        let text = visible_text(page);
        assert!(
            text.contains("used all 3 of its endorsements") && text.contains("take back"),
            "{text}"
        );
    }
    let dashboard = visible_text(&staff[0].page("/natcom").await);
    assert!(
        dashboard.contains("3 of 3 endorsements used"),
        "{dashboard}"
    );
    assert!(
        dashboard.contains("You have used all 3 endorsements"),
        "{dashboard}"
    );
}

#[tokio::test]
async fn taking_back_an_endorsement_frees_a_place() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let mut ids = Vec::new();
    for city in ["Lyon", "Lille", "Nantes", "Brest"] {
        ids.push(submitted(&app, city, "FR").await.1);
    }
    let natcom = app
        .signed_in(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    for &id in &ids[..3] {
        assert_eq!(
            location(&endorse(&natcom, id, false).await),
            format!("/natcom/applications/{id}")
        );
    }
    let fourth = endorse(&natcom, ids[3], false).await;
    assert_eq!(fourth.status(), 409);
    assert!(
        visible_text(&fourth.text().await.unwrap())
            .contains("first take back one of the endorsements")
    );
    let page = visible_text(
        &natcom
            .page(&format!("/natcom/applications/{}", ids[3]))
            .await,
    );
    assert!(page.contains("3 of 3 endorsements used"), "{page}");

    let back = natcom
        .post(&format!("/natcom/applications/{}/take-back", ids[0]), &[])
        .await;
    assert_eq!(back.status(), 303);
    assert_eq!(stage(&app, ids[0]).await, "submitted");
    assert_eq!(
        location(&endorse(&natcom, ids[3], false).await),
        format!("/natcom/applications/{}", ids[3])
    );
    assert_eq!(stage(&app, ids[3]).await, "endorsed");
    let kinds: Vec<String> = app.outbox().await.into_iter().map(|m| m.2).collect();
    assert!(
        kinds.contains(&"natcom_reopened".to_string()),
        "the city hears its endorsement was taken back"
    );
}

#[tokio::test]
async fn a_national_commission_of_another_country_sees_nothing_of_these_applications() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let (_, id) = submitted(&app, "Lyon", "FR").await;
    let other = app
        .signed_in(Role::Natcom, "natcom@de.example", Some("DE"))
        .await;
    assert_eq!(
        other
            .get(&format!("/natcom/applications/{id}"))
            .await
            .status(),
        404
    );
    for action in ["endorse", "decline", "return", "take-back"] {
        let response = other
            .post(
                &format!("/natcom/applications/{id}/{action}"),
                &[("reason", "x"), ("message", "x")],
            )
            .await;
        assert_eq!(response.status(), 404, "{action}");
    }
    let dashboard = visible_text(&other.page("/natcom").await);
    assert!(!dashboard.contains("Lyon"), "{dashboard}");
    assert!(
        dashboard.contains("0 of 3 endorsements used"),
        "{dashboard}"
    );
    assert!(
        dashboard.contains("No city of Germany has submitted an application yet"),
        "{dashboard}"
    );
    assert_eq!(stage(&app, id).await, "submitted");
}

#[tokio::test]
async fn a_decline_needs_a_reason_which_the_city_receives() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let (_, id) = submitted(&app, "Lyon", "FR").await;
    let natcom = app
        .signed_in(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let empty = natcom
        .post(
            &format!("/natcom/applications/{id}/decline"),
            &[("reason", "  ")],
        )
        .await;
    assert_eq!(empty.status(), 422);
    assert!(visible_text(&empty.text().await.unwrap()).contains("Enter the reason for declining"));
    let done = natcom
        .post(
            &format!("/natcom/applications/{id}/decline"),
            &[("reason", "Lyon applied in 2019 already.")],
        )
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(stage(&app, id).await, "declined");
    let body: String = sqlx::query_scalar(
        "SELECT body_text FROM mail_outbox WHERE kind = 'natcom_declined' LIMIT 1",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert!(body.contains("Lyon applied in 2019 already."), "{body}");
}

#[tokio::test]
async fn a_returned_application_goes_back_to_the_city_which_can_change_and_resubmit_it() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let (city, id) = submitted(&app, "Lyon", "FR").await;
    let natcom = app
        .signed_in(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let returned = natcom
        .post(
            &format!("/natcom/applications/{id}/return"),
            &[("message", "Please give the population of 2022.")],
        )
        .await;
    assert_eq!(returned.status(), 200);
    let confirmation = visible_text(&returned.text().await.unwrap());
    assert!(
        confirmation.contains("The application of Lyon was returned to the city")
            && confirmation.contains("by email to")
            && confirmation.contains("lyon@fr.example"),
        "the National Commission is told which city, and where its mail went: {confirmation}"
    );
    assert_eq!(stage(&app, id).await, "draft");
    assert_eq!(
        natcom
            .get(&format!("/natcom/applications/{id}"))
            .await
            .status(),
        404,
        "a draft again: the city's own"
    );
    let page = visible_text(&city.page(&format!("/applications/{id}")).await);
    assert!(
        page.contains("Please give the population of 2022."),
        "the message is in the timeline: {page}"
    );
    let save = city
        .post(
            &format!("/applications/{id}/edit/profile"),
            &[
                ("population", "522250"),
                ("population_year", "2022"),
                ("area_km2", "47.87"),
                ("area_year", "2022"),
            ],
        )
        .await;
    assert_eq!(save.status(), 303);
    assert_eq!(
        location(&city.post(&format!("/applications/{id}/submit"), &[]).await),
        format!("/applications/{id}/submitted")
    );
    let body: String =
        sqlx::query_scalar("SELECT body_text FROM mail_outbox WHERE kind = 'natcom_returned'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert!(
        body.contains("Please give the population of 2022.") && body.contains("until 31 May 2023"),
        "{body}"
    );
}

#[tokio::test]
async fn submission_to_uil_sends_the_signed_endorsements_and_names_those_still_unsigned() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    app.create_user(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let (_, lyon) = submitted(&app, "Lyon", "FR").await;
    let (_, lille) = submitted(&app, "Lille", "FR").await;
    let natcom = app
        .signed_in(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    endorse(&natcom, lyon, true).await;
    endorse(&natcom, lille, false).await;
    let before = visible_text(&natcom.page("/natcom").await);
    assert!(before.contains("Ready to submit: Lyon."), "{before}");
    assert!(
        before.contains(
            "Waiting for their signed endorsement, and not sent until it is uploaded: Lille."
        ),
        "{before}"
    );

    let sent = natcom.post("/natcom/submit", &[]).await;
    let to = location(&sent).to_owned();
    assert_eq!(stage(&app, lyon).await, "forwarded");
    assert_eq!(
        stage(&app, lille).await,
        "endorsed",
        "refused without its signed PDF"
    );
    let after = visible_text(&natcom.page(&to).await);
    assert!(
        after.contains("1 application was submitted to UIL"),
        "{after}"
    );
    assert!(
        after.contains("Not submitted to UIL") && after.contains("Lille"),
        "{after}"
    );

    // Forwarded: read-only for the National Commission.
    let back = natcom
        .post(&format!("/natcom/applications/{lyon}/take-back"), &[])
        .await;
    assert_eq!(back.status(), 409);
    assert_eq!(stage(&app, lyon).await, "forwarded");

    // With its signed endorsement, Lille follows.
    endorse(&natcom, lille, true).await;
    natcom.post("/natcom/submit", &[]).await;
    assert_eq!(stage(&app, lille).await, "forwarded");
    let mail = app.outbox().await;
    let to_uil: Vec<_> = mail.iter().filter(|m| m.2 == "uil_submissions").collect();
    assert_eq!(to_uil.len(), 2, "UIL heard of each submission");
    assert_eq!(to_uil[0].0, "admin@uil.example");
    assert!(
        mail.iter().any(|m| m.2 == "natcom_forwarded"),
        "the city heard too"
    );
}

/// Two submitted applications of France, as of 20 May, on a database of their own.
async fn two_submitted() -> (TestDb, i64, i64) {
    let db = TestDb::seeded().await;
    let early = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let (_, a) = submitted(&early, "Lyon", "FR").await;
    let (_, b) = submitted(&early, "Lille", "FR").await;
    early
        .create_user(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    (db, a, b)
}

async fn natcom_at(db: &TestDb, now: &str) -> (TestApp, Browser) {
    let app = spawn_app_on(db, &[("GNLC_NOW", now)]).await;
    let natcom = app.browser();
    assert_eq!(
        natcom.login("natcom@fr.example", PASSWORD).await.status(),
        303
    );
    (app, natcom)
}

#[tokio::test]
async fn national_commissions_act_until_30_june_aoe_and_not_a_second_later() {
    let (db, a, b) = two_submitted().await;
    // 30 June 2023, 23:59 AoE: endorse, decline, take back and submit to UIL still work.
    let (app, natcom) = natcom_at(&db, "2023-07-01T11:59:00Z").await;
    assert_eq!(endorse(&natcom, a, true).await.status(), 303);
    assert_eq!(natcom.post("/natcom/submit", &[]).await.status(), 303);
    assert_eq!(stage(&app, a).await, "forwarded");
    assert_eq!(
        natcom
            .post(
                &format!("/natcom/applications/{b}/decline"),
                &[("reason", "Not this year.")]
            )
            .await
            .status(),
        303
    );
    assert_eq!(
        natcom
            .post(&format!("/natcom/applications/{b}/take-back"), &[])
            .await
            .status(),
        303
    );
    // A return needs the city deadline, long gone.
    let back = natcom
        .post(
            &format!("/natcom/applications/{b}/return"),
            &[("message", "Change it")],
        )
        .await;
    assert_eq!(back.status(), 409);
    assert!(
        visible_text(&back.text().await.unwrap())
            .contains("The call closed for cities on 31 May 2023")
    );
    assert_eq!(endorse(&natcom, b, true).await.status(), 303);
    assert_eq!(stage(&app, b).await, "endorsed");

    // 1 July, 00:00 AoE: nothing more.
    let (app, natcom) = natcom_at(&db, "2023-07-01T12:00:00Z").await;
    let closed = "The deadline for National Commissions passed on 30 June 2023, 23:59 AoE (1 July 2023, 11:59 UTC).";
    let late = natcom.post("/natcom/submit", &[]).await;
    assert_eq!(late.status(), 409);
    assert!(visible_text(&late.text().await.unwrap()).contains(closed));
    assert_eq!(
        stage(&app, b).await,
        "endorsed",
        "not submitted after the deadline"
    );
    for (path, fields) in [("take-back", vec![]), ("decline", vec![("reason", "Late")])] {
        let late = natcom
            .post(&format!("/natcom/applications/{b}/{path}"), &fields)
            .await;
        assert_eq!(late.status(), 409, "{path}");
        assert!(
            visible_text(&late.text().await.unwrap()).contains(closed),
            "{path}"
        );
    }
    let late = endorse(&natcom, b, true).await;
    assert_eq!(late.status(), 409);
    assert_eq!(stage(&app, b).await, "endorsed");
}

#[tokio::test]
async fn an_extension_for_the_member_state_moves_its_deadline_and_no_other() {
    let (db, a, _) = two_submitted().await;
    let (app, natcom) = natcom_at(&db, "2023-07-05T12:00:00Z").await;
    let admin = app
        .create_user(Role::UilAdmin, "admin@uil.example", None)
        .await;
    sqlx::query(
        "INSERT INTO deadline_extensions (call_id, stage, country, new_deadline, reason, granted_by, created_at)
         VALUES ((SELECT id FROM calls), 'natcom', 'FR', '2023-07-10', 'Elections in June', $1, now())",
    )
    .bind(admin)
    .execute(&app.db)
    .await
    .unwrap();
    let dashboard = visible_text(&natcom.page("/natcom").await);
    assert!(
        dashboard.contains(
            "10 July 2023, 23:59 AoE (11 July 2023, 11:59 UTC) (extended by UIL): 5 days left"
        ),
        "{dashboard}"
    );
    assert_eq!(
        endorse(&natcom, a, true).await.status(),
        303,
        "France may act after 30 June"
    );
    let spain = app
        .signed_in(Role::Natcom, "natcom@es.example", Some("ES"))
        .await;
    let spanish = visible_text(&spain.page("/natcom").await);
    assert!(
        spanish.contains("30 June 2023, 23:59 AoE") && spanish.contains("closed"),
        "{spanish}"
    );
}

/// The "Progress" list of an application page, in order, as a person reads it.
fn timeline(html: &str) -> Vec<String> {
    let start = html.find(r#"<ol class="timeline">"#).expect("a timeline");
    let end = start + html[start..].find("</ol>").unwrap();
    html[start..end]
        .split("<li>")
        .skip(1)
        .map(visible_text)
        .collect()
}

#[tokio::test]
async fn the_timeline_says_truthfully_what_happened_to_each_role() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let (city, id) = submitted(&app, "Lyon", "FR").await;
    let natcom = app
        .signed_in(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    // Endorsed with its signed PDF, then Part 2 corrected, signed again (a signed Part 2
    // binds to the officer's title it states).
    assert_eq!(endorse(&natcom, id, true).await.status(), 303);
    let corrected = natcom
        .post_multipart(
            &format!("/natcom/applications/{id}/endorse"),
            &[
                ("officer_name", "Marie Dupont"),
                (
                    "officer_title",
                    "Secretary-General of the National Commission",
                ),
            ],
            &[(
                "signed_endorsement",
                "endorsement-corrected.pdf",
                pdf("endorsement corrected"),
            )],
        )
        .await;
    assert_eq!(corrected.status(), 303);

    let said = |lines: &[String], what: &str| lines.iter().position(|l| l.contains(what));
    let for_city = timeline(&city.page(&format!("/applications/{id}")).await);
    let for_natcom = timeline(&natcom.page(&format!("/natcom/applications/{id}")).await);
    // The city: its own steps and the decision, in order; nothing of Part 2.
    let started = said(&for_city, "Started the application").expect("started");
    let pledge = said(
        &for_city,
        "Uploaded: Commitment signed by the mayor (pledge-signed.pdf)",
    )
    .unwrap_or_else(|| panic!("the pledge upload: {for_city:?}"));
    let submission = said(
        &for_city,
        "Moved it to “Submitted to the National Commission”",
    )
    .expect("submitted");
    let endorsed = said(
        &for_city,
        "Moved it to “Endorsed by the National Commission”",
    )
    .expect("endorsed");
    assert!(
        started < pledge && pledge < submission && submission < endorsed,
        "{for_city:?}"
    );
    assert!(
        said(&for_city, "Signed endorsement").is_none() && said(&for_city, "Part 2").is_none(),
        "the National Commission's own part is between it and UIL: {for_city:?}"
    );
    // The National Commission: from the submission on, with its signed PDF and Part 2.
    assert!(
        said(&for_natcom, "Started the application").is_none()
            && said(&for_natcom, "Commitment signed by the mayor").is_none(),
        "the city's drafting is the city's: {for_natcom:?}"
    );
    let submission = said(
        &for_natcom,
        "Moved it to “Submitted to the National Commission”",
    )
    .expect("submitted");
    let endorsed = said(
        &for_natcom,
        "Moved it to “Endorsed by the National Commission”",
    )
    .expect("endorsed");
    let signed = said(
        &for_natcom,
        "Uploaded: Signed endorsement of the National Commission (endorsement.pdf)",
    )
    .unwrap_or_else(|| panic!("the signed endorsement: {for_natcom:?}"));
    let part2 = said(&for_natcom, "Saved Part 2").unwrap_or_else(|| panic!("{for_natcom:?}"));
    assert!(
        submission < endorsed && endorsed < signed && signed < part2,
        "{for_natcom:?}"
    );
    assert_eq!(
        for_natcom
            .iter()
            .filter(|l| l.contains("Moved it to “Submitted to the National Commission”"))
            .count(),
        1,
        "no upload reads as a move to the stage it was read in: {for_natcom:?}"
    );
    // UIL, once the application reached it: the same history as the National Commission.
    assert_eq!(natcom.post("/natcom/submit", &[]).await.status(), 303);
    let for_uil = timeline(&admin.page(&format!("/uil/applications/{id}")).await);
    let mut expected = for_natcom.clone();
    expected.push(for_uil.last().cloned().unwrap_or_default());
    assert!(
        for_uil
            .last()
            .is_some_and(|l| l.contains("Moved it to “Submitted to UIL”")),
        "{for_uil:?}"
    );
    assert_eq!(
        for_uil, expected,
        "UIL reads what the National Commission reads"
    );
}
