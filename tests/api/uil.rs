//! UIL: review, decide, export, extensions, the next call, the audit trail, the directory.

use gnlc::domain::Role;

use crate::city::{fill_in, pdf, stage, start};
use crate::helpers::{
    Browser, PASSWORD, TestApp, TestDb, location, spawn_app_at, spawn_app_on, visible_text,
};
use crate::natcom::submitted;

/// Applications of `country` that reached UIL, with a signed endorsement each.
pub async fn forwarded(app: &TestApp, country: &str, cities: &[&str]) -> Vec<i64> {
    let natcom = app
        .signed_in(
            Role::Natcom,
            &format!("natcom@{}.example", country.to_lowercase()),
            Some(country),
        )
        .await;
    let mut ids = Vec::new();
    for city in cities {
        let (_, id) = submitted(app, city, country).await;
        let response = natcom
            .post_multipart(
                &format!("/natcom/applications/{id}/endorse"),
                &[
                    ("officer_name", "Marie Dupont"),
                    ("officer_title", "Secretary-General"),
                    ("note", "A strong city."),
                ],
                &[("signed_endorsement", "endorsement.pdf", pdf("endorsement"))],
            )
            .await;
        assert_eq!(response.status(), 303, "endorsing {city}");
        ids.push(id);
    }
    assert_eq!(natcom.post("/natcom/submit", &[]).await.status(), 303);
    for &id in &ids {
        assert_eq!(stage(app, id).await, "forwarded");
    }
    ids
}

const SCORES: &[(&str, &str)] = &[
    ("score_1", "5"),
    ("score_2", "4"),
    ("score_3", "4"),
    ("score_4", "3"),
    ("score_5", "4"),
];

async fn assess(reviewer: &Browser, id: i64, comment: &str) -> reqwest::Response {
    let mut fields = SCORES.to_vec();
    fields.push(("comment", comment));
    reviewer
        .post(&format!("/uil/applications/{id}/assess"), &fields)
        .await
}

#[tokio::test]
async fn only_uil_staff_enter_uil_pages_and_only_coordinators_decide() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let ids = forwarded(&app, "FR", &["Lyon"]).await;
    let id = ids[0];
    let city = app
        .signed_in(Role::Applicant, "someone@city.example", None)
        .await;
    let natcom = app
        .signed_in(Role::Natcom, "other@fr.example", Some("FR"))
        .await;
    let reviewer = app
        .signed_in(Role::UilReviewer, "reviewer@uil.example", None)
        .await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let pages = [
        "/uil".to_string(),
        format!("/uil/applications/{id}"),
        "/uil/export.csv".into(),
        "/uil/calls".into(),
        "/uil/calls/new".into(),
        "/uil/calls/1".into(),
        "/uil/extensions".into(),
        "/uil/audit".into(),
        "/uil/users".into(),
        "/uil/members".into(),
    ];
    for page in &pages {
        assert_eq!(city.get(page).await.status(), 403, "applicant: {page}");
        assert_eq!(natcom.get(page).await.status(), 403, "natcom: {page}");
        assert_eq!(admin.get(page).await.status(), 200, "admin: {page}");
    }
    assert_eq!(reviewer.get("/uil").await.status(), 200);
    assert_eq!(
        reviewer
            .get(&format!("/uil/applications/{id}"))
            .await
            .status(),
        200
    );
    for page in &pages[2..] {
        assert_eq!(reviewer.get(page).await.status(), 403, "reviewer: {page}");
    }

    assert_eq!(
        reviewer
            .post(&format!("/uil/applications/{id}/review"), &[])
            .await
            .status(),
        303
    );
    assert_eq!(stage(&app, id).await, "under_review");
    let decision = [("decision", "accepted"), ("message", "Welcome!")];
    assert_eq!(
        reviewer
            .post(&format!("/uil/applications/{id}/decide"), &decision)
            .await
            .status(),
        403
    );
    assert_eq!(
        natcom
            .post(&format!("/uil/applications/{id}/decide"), &decision)
            .await
            .status(),
        403
    );
    assert_eq!(stage(&app, id).await, "under_review");
    assert_eq!(
        admin
            .post(&format!("/uil/applications/{id}/decide"), &decision)
            .await
            .status(),
        303
    );
    assert_eq!(stage(&app, id).await, "accepted");
}

#[tokio::test]
async fn a_reviewer_sees_no_other_assessment_before_writing_their_own() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let id = forwarded(&app, "FR", &["Lyon"]).await[0];
    let first = app
        .signed_in(Role::UilReviewer, "first@uil.example", None)
        .await;
    let second = app
        .signed_in(Role::UilReviewer, "second@uil.example", None)
        .await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let early = assess(&first, id, "Too early").await;
    assert_eq!(early.status(), 409);
    assert!(
        visible_text(&early.text().await.unwrap()).contains("Start the review before assessing")
    );
    first
        .post(&format!("/uil/applications/{id}/review"), &[])
        .await;
    assert_eq!(
        assess(&first, id, "Strong leadership, modest budget.")
            .await
            .status(),
        303
    );

    let before = visible_text(&second.page(&format!("/uil/applications/{id}")).await);
    assert!(!before.contains("Strong leadership"), "{before}");
    assert!(
        before.contains("Other reviewers' assessments appear here once you have written yours"),
        "{before}"
    );
    let incomplete = second
        .post(
            &format!("/uil/applications/{id}/assess"),
            &[("score_1", "4"), ("comment", "Hmm")],
        )
        .await;
    assert_eq!(incomplete.status(), 409);
    let html = incomplete.text().await.unwrap();
    assert!(
        visible_text(&html).contains("4 criteria have no score yet"),
        "{}",
        visible_text(&html)
    );
    assert!(
        !visible_text(&html).contains("Strong leadership"),
        "not even on the error page"
    );

    assert_eq!(assess(&second, id, "Convincing plan.").await.status(), 303);
    let after = visible_text(&second.page(&format!("/uil/applications/{id}")).await);
    assert!(
        after.contains("Strong leadership, modest budget."),
        "{after}"
    );
    let overview = visible_text(&admin.page(&format!("/uil/applications/{id}")).await);
    assert!(
        overview.contains("Strong leadership") && overview.contains("Convincing plan."),
        "{overview}"
    );
    assert!(
        overview.contains("Mean 4.0, median 4.0, spread 0.0, from 2 assessments."),
        "{overview}"
    );
    let list = visible_text(&admin.page("/uil?reviewed=yes").await);
    assert!(
        list.contains("Lyon France Europe and North America Under review at UIL"),
        "{list}"
    );
    assert!(
        list.contains(" 2 4.0"),
        "two assessments, average 4.0: {list}"
    );
}

/// The cities of a UIL list page, in the order shown.
fn cities_listed(text: &str, cities: &[&str]) -> Vec<String> {
    let mut found: Vec<(usize, String)> = cities
        .iter()
        .filter_map(|c| text.find(&format!("{c} ")).map(|at| (at, c.to_string())))
        .collect();
    found.sort();
    found.into_iter().map(|(_, c)| c).collect()
}

#[tokio::test]
async fn the_uil_list_filters_sorts_and_counts_what_reached_uil() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let mut ids = forwarded(&app, "KE", &["Nairobi", "Mombasa"]).await;
    ids.extend(forwarded(&app, "CH", &["Geneva", "Basel"]).await);
    ids.extend(forwarded(&app, "BR", &["Curitiba"]).await);
    let geneva = ids[2];
    let reviewer = app
        .signed_in(Role::UilReviewer, "reviewer@uil.example", None)
        .await;
    reviewer
        .post(&format!("/uil/applications/{geneva}/review"), &[])
        .await;
    assert_eq!(assess(&reviewer, geneva, "Fine.").await.status(), 303);
    let all = ["Nairobi", "Mombasa", "Geneva", "Basel", "Curitiba"];
    let list = |query: &'static str| {
        let reviewer = &reviewer;
        async move { visible_text(&reviewer.page(&format!("/uil?{query}")).await) }
    };

    let everything = list("").await;
    assert!(everything.contains("5 applications"), "{everything}");
    for count in [
        "Africa 2",
        "Europe and North America 2",
        "Latin America and the Caribbean 1",
        "Submitted to UIL 4",
        "Under review at UIL 1",
    ] {
        assert!(everything.contains(count), "{count}: {everything}");
    }
    assert!(
        !everything.contains("Arab States 0"),
        "no empty region: {everything}"
    );
    // The last to reach UIL first (here all on one day: the last forwarded first).
    assert_eq!(
        cities_listed(&everything, &all),
        ["Curitiba", "Basel", "Geneva", "Mombasa", "Nairobi"]
    );
    let by_country = list("sort=country").await;
    assert_eq!(
        cities_listed(&by_country, &all),
        ["Curitiba", "Mombasa", "Nairobi", "Basel", "Geneva"],
        "Brazil, Kenya, Switzerland: by name, not by code (BR, CH, KE)"
    );
    let by_city = list("sort=city").await;
    assert_eq!(
        cities_listed(&by_city, &all),
        ["Basel", "Curitiba", "Geneva", "Mombasa", "Nairobi"]
    );

    let africa = list("region=Africa&sort=city").await;
    assert!(africa.contains("2 applications"), "{africa}");
    assert_eq!(cities_listed(&africa, &all), ["Mombasa", "Nairobi"]);
    assert!(!africa.contains("Europe and North America 2"), "{africa}");
    let assessed = list("reviewed=yes").await;
    assert!(assessed.contains("1 application "), "{assessed}");
    assert_eq!(cities_listed(&assessed, &all), ["Geneva"]);
    assert!(assessed.contains("Under review at UIL 1"), "{assessed}");
    let waiting = list("reviewed=no&region=Europe+and+North+America&stage=forwarded").await;
    assert_eq!(cities_listed(&waiting, &all), ["Basel"]);
    let kenya = list("country=ke").await;
    assert_eq!(cities_listed(&kenya, &all), ["Mombasa", "Nairobi"]);
    assert!(
        kenya.contains("Africa 2") && kenya.contains("Submitted to UIL 2"),
        "{kenya}"
    );
    assert!(!kenya.contains("Under review at UIL 1"), "{kenya}");
    let nowhere = reviewer.get("/uil?region=Atlantis").await;
    assert_eq!(nowhere.status(), 400, "no such region");
    let nowhere = visible_text(&nowhere.text().await.unwrap());
    assert!(
        nowhere.contains("Region: choose one of the options in the list"),
        "{nowhere}"
    );
}

#[tokio::test]
async fn an_accepted_city_joins_the_directory_and_a_city_not_accepted_does_not() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let ids = forwarded(&app, "FR", &["Nancy", "Metz"]).await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    for &id in &ids {
        admin
            .post(&format!("/uil/applications/{id}/review"), &[])
            .await;
    }
    let missing = admin
        .post(
            &format!("/uil/applications/{}/decide", ids[0]),
            &[("decision", "accepted")],
        )
        .await;
    assert_eq!(missing.status(), 422);
    assert!(visible_text(&missing.text().await.unwrap()).contains("Enter a message for the city"));
    // The directory as it was: the page keeps it for a second unless a change comes.
    assert!(!visible_text(&app.page("/members?country=FR").await).contains("Nancy"));
    admin
        .post(
            &format!("/uil/applications/{}/decide", ids[0]),
            &[("decision", "accepted"), ("message", "Bienvenue !")],
        )
        .await;
    admin
        .post(
            &format!("/uil/applications/{}/decide", ids[1]),
            &[("decision", "not_accepted"), ("message", "Next time.")],
        )
        .await;
    assert_eq!(stage(&app, ids[0]).await, "accepted");
    assert_eq!(stage(&app, ids[1]).await, "not_accepted");
    let members = visible_text(&app.page("/members?country=FR").await);
    assert!(
        members.contains("Nancy France Europe and North America 2023"),
        "{members}"
    );
    assert!(!members.contains("Metz"), "{members}");
    let mail = app.outbox().await;
    let decisions: Vec<_> = mail
        .iter()
        .filter(|m| m.2.starts_with("uil_decision"))
        .map(|m| m.0.as_str())
        .collect();
    assert!(
        decisions.contains(&"natcom@fr.example"),
        "the National Commission is told: {decisions:?}"
    );
    assert!(
        decisions.contains(&"ana.silva@cm-lisboa.pt"),
        "the city's contact is told: {decisions:?}"
    );
    let city_mail: String = sqlx::query_scalar(
        "SELECT body_text FROM mail_outbox WHERE kind = 'uil_decision' AND subject LIKE 'Nancy%'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert!(city_mail.contains("Bienvenue !"), "{city_mail}");
}

#[tokio::test]
async fn the_csv_holds_exactly_the_filtered_rows_and_reads_back_exactly() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    forwarded(&app, "CN", &["上海"]).await;
    let greek = forwarded(&app, "GR", &["Αθήνα"]).await[0];
    forwarded(&app, "FR", &["Lyon"]).await;
    // Text that needs quoting: commas, quotes, line breaks; and one a spreadsheet would run.
    sqlx::query(
        r#"UPDATE applications SET answers = answers || jsonb_build_object(
                'mayor_title', 'Mayor, "Dimarchos" of Athens',
                'contact_address', E'Odos Athinas 63\n10552 Athina',
                'motivation', '=1+1 is not a formula here'),
                -- The signed pledge stated the same title.
                pledge_statement = jsonb_set(pledge_statement, '{mayor_title}',
                                             '"Mayor, \"Dimarchos\" of Athens"')
          WHERE id = $1"#,
    )
    .bind(greek)
    .execute(&app.db)
    .await
    .unwrap();
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    // The reviewer assesses it as a person would, so that what it adds up to is kept.
    let reviewer = app
        .signed_in(Role::UilReviewer, "reviewer@uil.example", None)
        .await;
    reviewer
        .post(&format!("/uil/applications/{greek}/review"), &[])
        .await;
    let assessed = reviewer
        .post(
            &format!("/uil/applications/{greek}/assess"),
            &[
                ("score_1", "4"),
                ("score_2", "4"),
                ("score_3", "4"),
                ("score_4", "4"),
                ("score_5", "3"),
                ("comment", "Solid."),
            ],
        )
        .await;
    assert_eq!(assessed.status(), 303);

    let all = admin.get("/uil/export.csv").await;
    assert_eq!(all.headers()["content-type"], "text/csv; charset=utf-8");
    let bytes = all.bytes().await.unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a BOM, for spreadsheets"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    for column in [
        "city_name",
        "country",
        "contact_email",
        "priority_culture",
        "commitment",
        "stage",
        "officer_name",
        "average_score",
        "pledge_pdf",
        "supporting_pdf",
    ] {
        assert!(header.contains(&column.to_string()), "column {column}");
    }
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);

    let rows = export_rows(&admin, "region=Europe+and+North+America&country=GR").await;
    assert_eq!(rows.len(), 1, "exactly the filtered rows");
    let row = &rows[0];
    assert_eq!(&row[column("city_name")], "Αθήνα");
    assert_eq!(
        &row[column("mayor_title")],
        "Mayor, \"Dimarchos\" of Athens"
    );
    assert_eq!(
        &row[column("contact_address")],
        "Odos Athinas 63\n10552 Athina"
    );
    assert_eq!(&row[column("motivation")], "'=1+1 is not a formula here");
    assert_eq!(&row[column("officer_name")], "Marie Dupont");
    assert_eq!(&row[column("average_score")], "3.80", "(4+4+4+4+3) / 5");
    assert_eq!(
        &row[column("pledge_pdf")],
        "yes",
        "the signed pledge is there"
    );
    assert_eq!(
        &row[column("supporting_pdf")],
        "0",
        "no supporting document"
    );
    let rows = export_rows(&admin, "country=FR").await;
    assert_eq!(
        &rows[0][column("average_score")],
        "",
        "no assessment, no average"
    );
    let rows = export_rows(&admin, "country=CN").await;
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][column("city_name")], "上海");
    assert_eq!(export_rows(&admin, "country=ZZ").await.len(), 0);
}

/// The rows of the CSV export for `filters` (a query string), read past its BOM.
async fn export_rows(admin: &Browser, filters: &str) -> Vec<csv::StringRecord> {
    let bytes = admin
        .get(&format!("/uil/export.csv?{filters}"))
        .await
        .bytes()
        .await
        .unwrap();
    csv::Reader::from_reader(&bytes[3..])
        .records()
        .map(Result::unwrap)
        .collect()
}

#[tokio::test]
async fn the_streamed_csv_comes_whole_to_a_browser_that_takes_gzip() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    forwarded(&app, "FR", &["Nancy", "Metz"]).await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    // A browser asks for gzip: the compression layer reads the stream to its end, and
    // the download must end as a whole, not with a reset connection.
    let response = admin
        .client
        .get(admin.url("/uil/export.csv"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "gzip");
    let body = response.bytes().await.expect("the whole body arrives");
    let mut csv = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&body[..]), &mut csv)
        .expect("a complete gzip stream");
    assert!(csv.contains("Nancy") && csv.contains("Metz"), "{csv}");
}

#[tokio::test]
async fn an_extension_lets_exactly_that_application_submit_after_the_deadline() {
    let db = TestDb::seeded().await;
    let early = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let (lyon_city, lille_city) = (
        early
            .signed_in(Role::Applicant, "lyon@fr.example", None)
            .await,
        early
            .signed_in(Role::Applicant, "lille@fr.example", None)
            .await,
    );
    let lyon = start(&lyon_city, "Lyon", "FR").await;
    fill_in(&lyon_city, lyon, "Lyon", "FR").await;
    let lille = start(&lille_city, "Lille", "FR").await;
    fill_in(&lille_city, lille, "Lille", "FR").await;

    let late = spawn_app_on(&db, &[("GNLC_NOW", "2023-06-03T12:00:00Z")]).await;
    let admin = late
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let not_later = admin
        .post(
            "/uil/extensions",
            &[
                ("kind", "application"),
                ("application", &lyon.to_string()),
                ("new_deadline", "2023-05-30"),
                ("reason", "x"),
            ],
        )
        .await;
    assert_eq!(not_later.status(), 422);
    assert!(
        visible_text(&not_later.text().await.unwrap())
            .contains("must be after the present one, 31 May 2023")
    );
    let granted = admin
        .post(
            "/uil/extensions",
            &[
                ("kind", "application"),
                ("application", &lyon.to_string()),
                ("new_deadline", "2023-06-07"),
                ("reason", "Flooding closed the city hall"),
            ],
        )
        .await;
    assert_eq!(location(&granted), "/uil/extensions");
    let list = visible_text(&admin.page("/uil/extensions").await);
    assert!(
        list.contains(&format!(
            "City deadline of application {lyon} (not submitted yet)"
        )) && list.contains("Flooding closed the city hall"),
        "a draft is named by its number only: {list}"
    );
    assert!(!list.contains("Lyon"), "{list}");

    for (email, id, expected) in [
        ("lyon@fr.example", lyon, 303),
        ("lille@fr.example", lille, 422),
    ] {
        let city = late.browser();
        city.login(email, PASSWORD).await;
        if id == lyon {
            let tasks = visible_text(&city.page(&format!("/applications/{id}/edit")).await);
            assert!(
                tasks.contains("by 7 June 2023, 23:59 AoE"),
                "the extended deadline is shown: {tasks}"
            );
        }
        assert_eq!(
            city.post(&format!("/applications/{id}/submit"), &[])
                .await
                .status(),
            expected,
            "{email}"
        );
    }
    assert_eq!(stage(&late, lyon).await, "submitted");
    assert_eq!(stage(&late, lille).await, "draft");
    let list = visible_text(&admin.page("/uil/extensions").await);
    assert!(
        list.contains(&format!(
            "City deadline of application {lyon}: Lyon, France"
        )),
        "once submitted, the city is named: {list}"
    );
    let timeline = visible_text(&admin.page(&format!("/uil/audit?application={lyon}")).await);
    assert!(
        timeline.contains("Extended the city deadline to 7 June 2023, 23:59 AoE"),
        "recorded as an event: {timeline}"
    );
}

#[tokio::test]
async fn an_extension_for_a_member_state_lets_exactly_its_national_commission_act_late() {
    let db = TestDb::seeded().await;
    let early = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let (_, fr) = submitted(&early, "Lyon", "FR").await;
    let (_, de) = submitted(&early, "Hamburg", "DE").await;
    early
        .create_user(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    early
        .create_user(Role::Natcom, "natcom@de.example", Some("DE"))
        .await;
    let late = spawn_app_on(&db, &[("GNLC_NOW", "2023-07-03T12:00:00Z")]).await;
    let admin = late
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let granted = admin
        .post(
            "/uil/extensions",
            &[
                ("kind", "country"),
                ("country", "FR"),
                ("new_deadline", "2023-07-08"),
                ("reason", "Elections"),
            ],
        )
        .await;
    assert_eq!(location(&granted), "/uil/extensions");
    for (email, id, expected) in [
        ("natcom@fr.example", fr, 303),
        ("natcom@de.example", de, 409),
    ] {
        let natcom = late.browser();
        natcom.login(email, PASSWORD).await;
        let response = natcom
            .post(
                &format!("/natcom/applications/{id}/decline"),
                &[("reason", "Not this year")],
            )
            .await;
        assert_eq!(response.status(), expected, "{email}");
    }
    assert_eq!(stage(&late, fr).await, "declined");
    assert_eq!(stage(&late, de).await, "submitted");
}

#[tokio::test]
async fn a_call_created_on_the_calls_page_becomes_the_public_call_when_it_opens() {
    let app = spawn_app_at("2025-04-10T12:00:00Z").await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let mut call = vec![
        (
            "title",
            "Join the UNESCO Global Network of Learning Cities! (2025)",
        ),
        ("opens_on", "2025-04-01"),
        ("city_deadline", "2025-03-31"),
        ("natcom_deadline", "2025-06-30"),
        ("endorsement_quota", "2"),
        ("deadline_zone", "AoE"),
        (
            "body",
            "## The 2025 call\n\nCities may apply until 31 May 2025.",
        ),
    ];
    let wrong = admin.post("/uil/calls/new", &call).await;
    assert_eq!(wrong.status(), 422);
    let html = wrong.text().await.unwrap();
    assert!(visible_text(&html).contains("The city deadline must be on or after the opening day"));
    assert!(
        html.contains("Cities may apply until 31 May 2025."),
        "the text typed is kept"
    );
    call[2] = ("city_deadline", "2025-05-31");
    assert_eq!(
        location(&admin.post("/uil/calls/new", &call).await),
        "/uil/calls"
    );
    let page = visible_text(&app.page("/").await);
    assert!(
        page.contains("Join the UNESCO Global Network of Learning Cities! (2025)"),
        "{page}"
    );
    assert!(page.contains("Open for cities: 51 days left"), "{page}");
    assert!(page.contains("endorses at most 2 cities"), "{page}");
    assert!(
        page.contains("Cities may apply until 31 May 2025."),
        "{page}"
    );
    let list = visible_text(&admin.page("/uil/calls").await);
    assert!(list.contains("(2025) On the public page"), "{list}");

    // The public page keeps the rendered text only while the call stays the same.
    let id: i64 = sqlx::query_scalar("SELECT id FROM calls WHERE title LIKE '%(2025)'")
        .fetch_one(&app.db)
        .await
        .unwrap();
    call[6] = (
        "body",
        "## The 2025 call\n\nCities may apply until 31 May 2025, in English or French.",
    );
    assert_eq!(
        location(&admin.post(&format!("/uil/calls/{id}"), &call).await),
        "/uil/calls"
    );
    let page = visible_text(&app.page("/").await);
    assert!(page.contains("in English or French."), "{page}");
    let form = admin.page(&format!("/uil/calls/{id}")).await;
    assert!(form.contains("in English or French."), "{form}");
}

#[tokio::test]
async fn the_audit_page_lists_events_by_application_and_by_person() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let ids = forwarded(&app, "FR", &["Lyon", "Lille"]).await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let lyon = visible_text(
        &admin
            .page(&format!("/uil/audit?application={}", ids[0]))
            .await,
    );
    assert!(
        lyon.contains("4 events"),
        "submitted, endorsed, the signed endorsement, forwarded; not the draft's own story: {lyon}"
    );
    assert!(!lyon.contains("created"), "{lyon}");
    assert!(lyon.contains("Lyon") && !lyon.contains("Lille"), "{lyon}");
    let by_natcom = visible_text(&admin.page("/uil/audit?actor=natcom%40fr").await);
    assert!(
        by_natcom
            .contains("Submitted to the National Commission → Endorsed by the National Commission"),
        "{by_natcom}"
    );
    assert!(
        !by_natcom.contains("created"),
        "the cities' own events are not the natcom's: {by_natcom}"
    );
}

#[tokio::test]
async fn uil_imports_the_member_list_after_a_preview() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let bad = "city,country,year\nSwakopmund,NA,2022\nAtlantis,XX,2020\n";
    let preview = admin
        .post_multipart(
            "/uil/members",
            &[("step", "preview"), ("mode", "add")],
            &[("members_csv", "members.csv", bad.as_bytes().to_vec())],
        )
        .await;
    let text = visible_text(&preview.text().await.unwrap());
    assert!(
        text.contains("Line 3: “XX” is not the ISO code of a UNESCO Member State"),
        "{text}"
    );
    assert!(
        !text.contains("Apply these changes"),
        "a file with bad lines cannot be applied"
    );

    let good = "city,country,year\nSwakopmund,NA,2022\nAdrar,DZ,2020\n";
    let preview = admin
        .post_multipart(
            "/uil/members",
            &[("step", "preview"), ("mode", "add")],
            &[("members_csv", "members.csv", good.as_bytes().to_vec())],
        )
        .await;
    let html = preview.text().await.unwrap();
    let text = visible_text(&html);
    assert!(
        text.contains("1 to add") && text.contains("1 already listed as they are"),
        "{text}"
    );
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM members")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(before, 247, "a preview changes nothing");
    assert!(!visible_text(&app.page("/members?country=NA").await).contains("Swakopmund"));
    let applied = admin
        .post(
            "/uil/members",
            &[("step", "apply"), ("mode", "add"), ("csv_text", good)],
        )
        .await;
    assert!(
        location(&applied).starts_with("/uil/members?done="),
        "{}",
        location(&applied)
    );
    assert!(
        visible_text(&app.page("/members?country=NA").await)
            .contains("Swakopmund Namibia Africa 2022")
    );
}

#[tokio::test]
async fn the_uil_list_shows_every_application_once_across_its_pages() {
    let app = spawn_app_at("2027-05-15T12:00:00Z").await;
    gnlc::demo::seed(&app.db, 200, 0).await.unwrap();
    let at_uil: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM applications WHERE forwarded_at IS NOT NULL ORDER BY id",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert!(at_uil.len() > 100, "three pages at least: {}", at_uil.len());
    let admin = app
        .signed_in(Role::UilAdmin, "pages@uil.example", None)
        .await;
    let pages = at_uil.len().div_ceil(50);
    let mut shown = Vec::new();
    for page in 1..=pages {
        let html = admin.page(&format!("/uil?page={page}")).await;
        assert!(
            visible_text(&html).contains(&format!("Page {page} of {pages}")),
            "page {page}"
        );
        let ids: Vec<i64> = html
            .split("href=\"/uil/applications/")
            .skip(1)
            .filter_map(|rest| rest.split('"').next()?.parse().ok())
            .collect();
        let expected = if page < pages {
            50
        } else {
            at_uil.len() - 50 * (pages - 1)
        };
        assert_eq!(ids.len(), expected, "rows on page {page}");
        shown.extend(ids);
    }
    shown.sort();
    assert_eq!(shown, at_uil, "every application once, none twice");
    let past_the_end = visible_text(&admin.page(&format!("/uil?page={}", pages + 1)).await);
    assert!(
        past_the_end.contains("No application matches"),
        "{past_the_end}"
    );
    let far = admin.get("/uil?page=99999999999").await;
    assert_eq!(
        far.status(),
        400,
        "a page past any list is a mistake in the address"
    );
    let far = visible_text(&far.text().await.unwrap());
    assert!(
        far.contains("Pages are numbered from 1 to 100,000"),
        "{far}"
    );
}

/// Every server keeps what its busiest pages show for a second. Whoever acts sees the
/// result at once on the server that answered them; another server shows it within about
/// that second.
#[tokio::test]
async fn a_change_through_one_server_shows_at_once_through_another() {
    let db = TestDb::seeded().await;
    let here = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let there = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let lyon = forwarded(&here, "FR", &["Lyon"]).await[0];
    let reviewer = here
        .signed_in(Role::UilReviewer, "reviewer@uil.example", None)
        .await;
    // The same person's session, through the other server: no sticky sessions.
    let same_reviewer = there.browser_with_cookies_of(&reviewer);
    let application = format!("/uil/applications/{lyon}");
    let under_review = "/uil?stage=under_review";
    for browser in [&reviewer, &same_reviewer] {
        let list = visible_text(&browser.page(under_review).await);
        assert!(list.contains("0 applications"), "{list}");
        let page = visible_text(&browser.page(&application).await);
        assert!(page.contains("Submitted to UIL"), "{page}");
    }

    let started = reviewer.post(&format!("{application}/review"), &[]).await;
    assert_eq!(started.status(), 303);
    for (server, browser) in [("here", &reviewer), ("there", &same_reviewer)] {
        let list = visible_text(&browser.page(under_review).await);
        assert!(list.contains("1 application "), "at once {server}: {list}");
        let page = visible_text(&browser.page(&application).await);
        assert!(
            page.contains("Under review at UIL"),
            "at once {server}: {page}"
        );
    }
}

#[tokio::test]
async fn uil_counts_follow_a_member_state_into_another_region() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    forwarded(&app, "FR", &["Lyon", "Lille"]).await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    // The table of counts by region, as (region, number) rows.
    let region_count = |page: &str, region: &str| -> Option<String> {
        let row = format!(r#"<th scope="row">{region}</th><td class="num">"#);
        let at = page.find(&row)? + row.len();
        Some(page[at..].split('<').next()?.to_owned())
    };
    let before = admin.page("/uil").await;
    assert_eq!(
        region_count(&before, "Europe and North America").as_deref(),
        Some("2"),
        "{}",
        visible_text(&before)
    );
    // A new data set moves the Member State to another region.
    sqlx::query("UPDATE member_states SET unesco_region = 'Africa' WHERE iso2 = 'FR'")
        .execute(&app.db)
        .await
        .unwrap();
    let after = admin.page("/uil").await;
    assert_eq!(
        region_count(&after, "Africa").as_deref(),
        Some("2"),
        "{}",
        visible_text(&after)
    );
    assert_eq!(
        region_count(&after, "Europe and North America"),
        None,
        "{}",
        visible_text(&after)
    );
    let kept: i64 = sqlx::query_scalar(
        "SELECT coalesce(sum(n), 0)::bigint FROM uil_region_counts WHERE region = 'Africa'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(kept, 2);
    let africa = visible_text(&admin.page("/uil?region=Africa").await);
    assert!(
        africa.contains("Lyon") && africa.contains("Lille"),
        "{africa}"
    );
}
