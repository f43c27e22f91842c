//! The city's application: the form from draft to submission by 31 May (SPEC §2–§4).

use gnlc::domain::Role;

use crate::helpers::{
    Browser, PASSWORD, TestApp, TestDb, location, spawn_app_at, spawn_app_on, visible_text,
};

/// A small real PDF: one blank page, with `label` in a comment, its cross-reference table
/// right, as a scanner would make.
pub fn pdf(label: &str) -> Vec<u8> {
    pdf_of(label, &[])
}

/// A PDF of one page whose catalog holds `more` besides its pages (an action, say).
pub fn pdf_of(label: &str, more: &[&str]) -> Vec<u8> {
    let catalog = format!("<< /Type /Catalog /Pages 2 0 R {} >>", more.join(" "));
    let objects = [
        catalog.as_str(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ];
    let mut out = format!("%PDF-1.4\n% {label}\n");
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.push_str(&format!("{} 0 obj\n{body}\nendobj\n", i + 1));
    }
    let xref = out.len();
    out.push_str(&format!(
        "xref\n0 {}\n0000000000 65535 f \n",
        objects.len() + 1
    ));
    for at in offsets {
        out.push_str(&format!("{at:010} 00000 n \n"));
    }
    out.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    out.into_bytes()
}

/// Every section of a complete application, as a city would type it.
pub const SECTIONS: &[(&str, &[(&str, &str)])] = &[
    (
        "city",
        &[
            ("city_name", "Lisboa"),
            ("country", "PT"),
            ("website", "www.lisboa.pt"),
            ("language", "en"),
        ],
    ),
    (
        "mayor",
        &[
            ("mayor_salutation", "Mr"),
            ("mayor_name", "Carlos Moedas"),
            ("mayor_title", "Mayor of Lisbon"),
        ],
    ),
    (
        "contact",
        &[
            ("contact_name", "Ana Silva"),
            ("contact_title", "Head of Education"),
            ("contact_organisation", "Câmara Municipal de Lisboa"),
            ("contact_address", "Praça do Município\n1100-365 Lisboa"),
            ("contact_postcode", "1100-365"),
            ("contact_phone", "+351 21 322 7000"),
            ("contact_email", "ana.silva@cm-lisboa.pt"),
        ],
    ),
    (
        "profile",
        &[
            ("population", "545 796"),
            ("population_year", "2021"),
            ("area_km2", "100.05"),
            ("area_year", "2021"),
            ("gdp_city_usd", "38000"),
            ("gdp_city_year", "2021"),
        ],
    ),
    (
        "motivation",
        &[(
            "motivation",
            "Lisbon wants to learn with the cities of the world.",
        )],
    ),
    (
        "implementation",
        &[(
            "implementation",
            "Through libraries, schools and neighbourhood centres: https://www.lisboa.pt/educacao",
        )],
    ),
    (
        "priorities",
        &[
            ("priority_inclusive", "5"),
            ("priority_families", "4"),
            ("priority_workplace", "3"),
            ("priority_technologies", "3"),
            ("priority_quality", "4"),
            ("priority_culture", "5"),
        ],
    ),
];

/// Starts an application for `city` in `country`; returns its id.
pub async fn start(browser: &Browser, city: &str, country: &str) -> i64 {
    let mut response = browser
        .post(
            "/applications",
            &[("city_name", city), ("country", country)],
        )
        .await;
    if response.status() == 200 {
        // A city in the member directory is told so first; the person starts anyway.
        let page = visible_text(&response.text().await.unwrap());
        assert!(page.contains("is already a member"), "{page}");
        response = browser
            .post(
                "/applications",
                &[
                    ("city_name", city),
                    ("country", country),
                    ("even_if_member", "yes"),
                ],
            )
            .await;
    }
    assert_eq!(
        response.status(),
        303,
        "starting {city}: {}",
        response.text().await.unwrap()
    );
    location(&response)
        .trim_start_matches("/applications/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap()
}

/// Fills in every section of application `id` and uploads the signed pledge.
pub async fn fill_in(browser: &Browser, id: i64, city: &str, country: &str) {
    for (section, fields) in SECTIONS {
        let mut fields = fields.to_vec();
        if *section == "city" {
            fields[0] = ("city_name", city);
            fields[1] = ("country", country);
        }
        let response = browser
            .post(&format!("/applications/{id}/edit/{section}"), &fields)
            .await;
        assert_eq!(
            response.status(),
            303,
            "saving {section}: {}",
            visible_text(&response.text().await.unwrap())
        );
    }
    let response = browser
        .post_multipart(
            &format!("/applications/{id}/edit/commitment"),
            &[("commitment", "yes")],
            &[("pledge_pdf", "pledge-signed.pdf", pdf("pledge"))],
        )
        .await;
    assert_eq!(
        response.status(),
        303,
        "commitment: {}",
        visible_text(&response.text().await.unwrap())
    );
}

pub async fn stage(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT stage FROM applications WHERE id = $1")
        .bind(id)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

async fn outbox_kinds(app: &TestApp) -> Vec<(String, String)> {
    app.outbox()
        .await
        .into_iter()
        .map(|(to, _, kind, _)| (kind, to))
        .collect()
}

#[tokio::test]
async fn a_complete_application_submits_in_the_last_minute_of_31_may_aoe() {
    // 31 May 2023, 23:59 AoE.
    let app = spawn_app_at("2023-06-01T11:59:00Z").await;
    app.create_user(Role::Natcom, "natcom@pt.example", Some("PT"))
        .await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    let check = visible_text(&city.page(&format!("/applications/{id}/check")).await);
    assert!(
        check.contains("Carlos Moedas") && check.contains("Mayor of Lisbon"),
        "{check}"
    );
    assert!(check.contains("Portugal"), "{check}");

    let response = city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(location(&response), format!("/applications/{id}/submitted"));
    assert_eq!(stage(&app, id).await, "submitted");
    let done = visible_text(&city.page(&format!("/applications/{id}/submitted")).await);
    assert!(done.contains("Application submitted"), "{done}");
    assert!(
        done.contains("We have sent a receipt to ana.silva@cm-lisboa.pt"),
        "{done}"
    );
    assert!(done.contains("by 30 June 2023, 23:59 AoE"), "{done}");

    let mail = outbox_kinds(&app).await;
    assert!(
        mail.contains(&("submission_receipt".into(), "ana.silva@cm-lisboa.pt".into())),
        "{mail:?}"
    );
    assert!(
        mail.contains(&("submission_receipt".into(), "ana@lisboa.pt".into())),
        "{mail:?}"
    );
    assert!(
        mail.contains(&("natcom_new_application".into(), "natcom@pt.example".into())),
        "{mail:?}"
    );

    let page = visible_text(&city.page(&format!("/applications/{id}")).await);
    assert!(
        page.contains("Submitted to the National Commission"),
        "{page}"
    );
    assert!(
        page.contains("Moved it to “Submitted to the National Commission”"),
        "the timeline: {page}"
    );
}

/// An application filled in on 20 May, on `db`, by a browser that is returned.
async fn filled_in_on_20_may(db: &TestDb) -> (Browser, i64) {
    let app = spawn_app_on(db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    (city, id)
}

#[tokio::test]
async fn on_1_june_at_noon_utc_the_same_submission_is_refused_with_the_closed_message() {
    let db = TestDb::seeded().await;
    filled_in_on_20_may(&db).await;
    let app = spawn_app_on(&db, &[("GNLC_NOW", "2023-06-01T12:00:00Z")]).await;
    let city = app.browser();
    city.login("ana@lisboa.pt", crate::helpers::PASSWORD).await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM applications")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let response = city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(response.status(), 422);
    let text = visible_text(&response.text().await.unwrap());
    assert!(
        text.contains(
            "The call closed for cities on 31 May 2023, 23:59 AoE (1 June 2023, 11:59 UTC)."
        ),
        "{text}"
    );
    assert_eq!(stage(&app, id).await, "draft");
    assert!(
        app.outbox().await.is_empty(),
        "no mail for a refused submission"
    );
    // The task list says so too, and no one can start a new application.
    let tasks = visible_text(&city.page(&format!("/applications/{id}/edit")).await);
    assert!(
        tasks.contains("The call closed for cities on 31 May 2023"),
        "{tasks}"
    );
    let list = visible_text(&city.page("/applications").await);
    assert!(!list.contains("Start an application"), "{list}");
}

#[tokio::test]
async fn before_1_april_drafts_save_but_submission_waits_for_the_call_to_open() {
    let app = spawn_app_at("2023-03-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    let saved: Option<String> =
        sqlx::query_scalar("SELECT answers->>'mayor_name' FROM applications WHERE id = $1")
            .bind(id)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(saved.as_deref(), Some("Carlos Moedas"), "the draft saved");
    let response = city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(response.status(), 422);
    let text = visible_text(&response.text().await.unwrap());
    assert!(
        text.contains("The call is not open yet: it opens on 1 April 2023, 00:00 AoE"),
        "{text}"
    );
    assert_eq!(stage(&app, id).await, "draft");
}

#[tokio::test]
async fn an_incomplete_application_is_refused_and_the_summary_names_each_missing_answer() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    city.post(
        &format!("/applications/{id}/edit/mayor"),
        &[("mayor_name", "Carlos Moedas")],
    )
    .await;
    let response = city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("<title>Error: Check your answers"));
    let text = visible_text(&html);
    assert!(text.contains("Before you can submit"), "{text}");
    for message in [
        "Choose English or French as the language of communication",
        "Enter the exact official title of the mayor",
        "Enter the full name of the contact person",
        "Enter the email address of the contact person",
        "Enter the population of the city",
        "Enter the area of the city in km²",
        "Enter the motivation and social context of the city",
        "Enter how the city implements the learning city concept",
        "Confirm the city's commitment",
        "Upload the commitment signed and stamped by the mayor, as a PDF",
    ] {
        assert!(
            text.contains(message),
            "missing from the summary: {message}"
        );
    }
    assert!(
        !text.contains("Enter the full name of the mayor"),
        "the mayor's name was given"
    );
    assert!(
        html.contains(&format!(
            r#"href="/applications/{id}/edit/contact#contact_email""#
        )),
        "links to the field"
    );
    assert_eq!(stage(&app, id).await, "draft");
}

#[tokio::test]
async fn two_hundred_words_are_accepted_and_two_hundred_and_one_refused_with_the_text_kept() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    let path = format!("/applications/{id}/edit/motivation");
    let words = |n: usize| {
        (1..=n)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    };

    let too_long = words(201);
    let refused = city.post(&path, &[("motivation", &too_long)]).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        visible_text(&html)
            .contains("Motivation and social context: 200 words or fewer, please: this has 201")
    );
    assert!(html.contains(&too_long), "the text is kept to be shortened");
    assert!(
        visible_text(&html).contains("You have 1 word too many"),
        "the count says so"
    );

    let accepted = city.post(&path, &[("motivation", &words(200))]).await;
    assert_eq!(accepted.status(), 303);
    let stored: Option<String> =
        sqlx::query_scalar("SELECT answers->>'motivation' FROM applications WHERE id = $1")
            .bind(id)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(stored.map(|m| m.split_whitespace().count()), Some(200));
}

#[tokio::test]
async fn a_mistake_in_one_answer_does_not_lose_the_others() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    let response = city
        .post(
            &format!("/applications/{id}/edit/profile"),
            &[
                ("population", "545796"),
                ("population_year", "2021"),
                ("area_km2", "about a hundred"),
                ("area_year", "2021"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(visible_text(&html).contains("Enter the area in km² as a number above 0"));
    assert!(
        html.contains(r#"value="about a hundred""#),
        "what was typed is shown again"
    );
    assert!(
        html.contains(r##"href="#area_km2""##),
        "the summary links to the field"
    );
    let population: Option<i64> = sqlx::query_scalar(
        "SELECT (answers->>'population')::bigint FROM applications WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(population, Some(545_796), "the valid answers were saved");
}

#[tokio::test]
async fn a_file_that_is_not_a_pdf_or_too_large_is_refused_and_the_rest_of_the_section_kept() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    let path = format!("/applications/{id}/edit/commitment");

    let renamed = city
        .post_multipart(
            &path,
            &[("commitment", "yes")],
            &[("pledge_pdf", "pledge.pdf", b"Dear UNESCO, ...".to_vec())],
        )
        .await;
    assert_eq!(renamed.status(), 422);
    let html = renamed.text().await.unwrap();
    assert!(
        visible_text(&html).contains("pledge.pdf: The selected file must be a PDF"),
        "{}",
        visible_text(&html)
    );
    assert!(
        html.contains(r#"name="commitment" value="yes" checked"#),
        "the tick is kept"
    );

    let mut big = pdf("big");
    big.resize(11 * 1024 * 1024, b' ');
    let too_large = city
        .post_multipart(
            &path,
            &[("commitment", "yes")],
            &[("pledge_pdf", "scan.pdf", big)],
        )
        .await;
    assert_eq!(too_large.status(), 422);
    let text = visible_text(&too_large.text().await.unwrap());
    assert!(
        text.contains("scan.pdf: The selected file must be 10 MB or smaller"),
        "{text}"
    );

    let (commitment, documents): (bool, i64) = sqlx::query_as(
        "SELECT coalesce((answers->>'commitment')::bool, false), (SELECT count(*) FROM documents) FROM applications WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert!(commitment, "the commitment was saved");
    assert_eq!(documents, 0, "no refused file was stored");
}

#[tokio::test]
async fn up_to_five_supporting_documents_can_be_added_and_removed() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    let files: Vec<(&str, &str, Vec<u8>)> = ["a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf"]
        .iter()
        .map(|n| ("supporting_pdf", *n, pdf(n)))
        .collect();
    let added = city
        .post_multipart(&format!("/applications/{id}/documents"), &[], &files)
        .await;
    assert_eq!(added.status(), 303);
    let sixth = city
        .post_multipart(
            &format!("/applications/{id}/documents"),
            &[],
            &[("supporting_pdf", "f.pdf", pdf("f"))],
        )
        .await;
    assert_eq!(sixth.status(), 422);
    assert!(visible_text(&sixth.text().await.unwrap()).contains("at most 5 supporting documents"));

    let page = city
        .page(&format!("/applications/{id}/edit/documents"))
        .await;
    let first: i64 = sqlx::query_scalar("SELECT min(id) FROM documents")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert!(page.contains(&format!("/applications/{id}/documents/{first}/delete")));
    let removed = city
        .post(&format!("/applications/{id}/documents/{first}/delete"), &[])
        .await;
    assert_eq!(removed.status(), 303);
    let download = city
        .get(&format!("/applications/{id}/documents/{}", first + 1))
        .await;
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert_eq!(
        download.bytes().await.unwrap().as_ref(),
        pdf("b.pdf").as_slice()
    );
}

#[tokio::test]
async fn others_cannot_see_an_application_until_it_is_theirs_to_see() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let other_city = app.signed_in(Role::Applicant, "bo@porto.pt", None).await;
    let natcom = app
        .signed_in(Role::Natcom, "natcom@pt.example", Some("PT"))
        .await;
    let other_natcom = app
        .signed_in(Role::Natcom, "natcom@es.example", Some("ES"))
        .await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    let doc: i64 = sqlx::query_scalar("SELECT id FROM documents")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let private = [
        format!("/applications/{id}"),
        format!("/applications/{id}/edit"),
        format!("/applications/{id}/edit/contact"),
        format!("/applications/{id}/check"),
        format!("/applications/{id}/print"),
        format!("/applications/{id}/documents/{doc}"),
    ];
    for path in &private {
        assert_eq!(
            other_city.get(path).await.status(),
            404,
            "another city: {path}"
        );
    }
    let shared = [
        format!("/applications/{id}/print"),
        format!("/applications/{id}/documents/{doc}"),
    ];
    for path in &shared {
        assert_eq!(
            natcom.get(path).await.status(),
            404,
            "a draft, to its natcom: {path}"
        );
    }
    assert_eq!(
        other_city
            .post(&format!("/applications/{id}/submit"), &[])
            .await
            .status(),
        404
    );
    assert_eq!(
        other_city
            .post(
                &format!("/applications/{id}/edit/mayor"),
                &[("mayor_name", "Intruder")]
            )
            .await
            .status(),
        404
    );

    city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(stage(&app, id).await, "submitted");
    for path in &shared {
        assert_eq!(
            natcom.get(path).await.status(),
            200,
            "submitted, to its natcom: {path}"
        );
        assert_eq!(
            other_natcom.get(path).await.status(),
            404,
            "to another country's natcom: {path}"
        );
        assert_eq!(
            other_city.get(path).await.status(),
            404,
            "to another city: {path}"
        );
    }
    let print = visible_text(&natcom.page(&format!("/applications/{id}/print")).await);
    assert!(
        print.contains("Part 2: endorsement by the UNESCO National Commission of Portugal"),
        "{print}"
    );
    // The city's own pages are not the natcom's (another role's page).
    assert_eq!(
        natcom.get(&format!("/applications/{id}")).await.status(),
        403
    );
    // Intruders changed nothing.
    let mayor: Option<String> =
        sqlx::query_scalar("SELECT answers->>'mayor_name' FROM applications")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(mayor.as_deref(), Some("Carlos Moedas"));
}

#[tokio::test]
async fn after_submission_the_form_is_read_only_for_the_city() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    city.post(&format!("/applications/{id}/submit"), &[]).await;
    let edit = city.get(&format!("/applications/{id}/edit/mayor")).await;
    assert_eq!(location(&edit), format!("/applications/{id}"));
    let save = city
        .post(
            &format!("/applications/{id}/edit/mayor"),
            &[("mayor_name", "Someone Else")],
        )
        .await;
    assert_eq!(save.status(), 409);
    assert!(visible_text(&save.text().await.unwrap()).contains("can no longer be changed"));
    let upload = city
        .post_multipart(
            &format!("/applications/{id}/documents"),
            &[],
            &[("supporting_pdf", "late.pdf", pdf("late"))],
        )
        .await;
    assert_eq!(upload.status(), 409);
    let mayor: Option<String> =
        sqlx::query_scalar("SELECT answers->>'mayor_name' FROM applications")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(mayor.as_deref(), Some("Carlos Moedas"));
}

#[tokio::test]
async fn a_failed_submission_queues_no_mail() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    app.create_user(Role::Natcom, "natcom@pt.example", Some("PT"))
        .await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    // Make the last step of the submission's transaction fail.
    sqlx::raw_sql(
        "CREATE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
         CREATE TRIGGER fail_submissions BEFORE INSERT ON mail_outbox FOR EACH ROW
           WHEN (NEW.kind = 'natcom_new_application') EXECUTE FUNCTION fail();",
    )
    .execute(&app.db)
    .await
    .unwrap();
    let response = city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(response.status(), 500);
    assert_eq!(
        stage(&app, id).await,
        "draft",
        "the submission did not happen"
    );
    assert!(
        app.outbox().await.is_empty(),
        "and no receipt was queued for it"
    );
    let events: i64 =
        sqlx::query_scalar("SELECT count(*) FROM application_events WHERE to_stage = 'submitted'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(events, 0);
}

#[tokio::test]
async fn an_unconfirmed_address_can_draft_but_not_submit() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.browser();
    city.register("Ana Silva", "ana@lisboa.pt", "correct horse battery")
        .await;
    city.login("ana@lisboa.pt", "correct horse battery").await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    let response = city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(response.status(), 422);
    let text = visible_text(&response.text().await.unwrap());
    assert!(
        text.contains("Confirm your email address before you submit"),
        "{text}"
    );
    assert_eq!(stage(&app, id).await, "draft");
}

#[tokio::test]
async fn a_city_has_one_application_per_call() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    start(&city, "Lisboa", "PT").await;
    let colleague = app.signed_in(Role::Applicant, "rui@lisboa.pt", None).await;
    let again = colleague
        .post(
            "/applications",
            &[("city_name", "LISBOA"), ("country", "PT")],
        )
        .await;
    assert_eq!(again.status(), 422);
    let html = again.text().await.unwrap();
    assert!(visible_text(&html).contains("LISBOA already has an application in this call"));
    assert!(html.contains(r#"value="LISBOA""#), "what was typed is kept");
    // Another country's Lisboa is another city.
    start(&colleague, "Lisboa", "BR").await;
}

#[tokio::test]
async fn a_city_withdraws_after_confirming() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    city.post(&format!("/applications/{id}/submit"), &[]).await;
    let confirm = visible_text(&city.page(&format!("/applications/{id}/withdraw")).await);
    assert!(
        confirm.contains("Withdraw the application of Lisboa?"),
        "{confirm}"
    );
    assert_eq!(
        stage(&app, id).await,
        "submitted",
        "asking is not withdrawing"
    );
    let done = city
        .post(&format!("/applications/{id}/withdraw"), &[])
        .await;
    assert_eq!(location(&done), format!("/applications/{id}"));
    assert_eq!(stage(&app, id).await, "withdrawn");
    let page = visible_text(&city.page(&format!("/applications/{id}")).await);
    assert!(page.contains("Moved it to “Withdrawn”"), "{page}");
    assert!(
        !page.contains("Withdraw the application"),
        "no second withdrawal offered"
    );
    assert_eq!(
        city.post(&format!("/applications/{id}/withdraw"), &[])
            .await
            .status(),
        409
    );
}

#[tokio::test]
async fn a_population_typed_with_spaces_stays_readable() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    let saved = city
        .post(
            &format!("/applications/{id}/edit/profile"),
            &[("population", "522 250"), ("population_year", "2021")],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let form = city.page(&format!("/applications/{id}/edit/profile")).await;
    assert!(form.contains(r#"value="522,250""#), "grouped, not 522250");
    let check = visible_text(&city.page(&format!("/applications/{id}/check")).await);
    assert!(check.contains("Population 522,250"), "{check}");
}

#[tokio::test]
async fn the_contact_organisation_may_be_left_out_as_on_the_official_form() {
    let app = spawn_app_at("2023-05-15T12:00:00Z").await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    let emptied = city
        .post(
            &format!("/applications/{id}/edit/contact"),
            &SECTIONS[2]
                .1
                .iter()
                .filter(|(name, _)| *name != "contact_organisation")
                .copied()
                .collect::<Vec<_>>(),
        )
        .await;
    assert_eq!(emptied.status(), 303);
    let form = visible_text(&city.page(&format!("/applications/{id}/edit/contact")).await);
    assert!(form.contains("Organisation (optional)"), "{form}");
    let submitted = city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(
        location(&submitted),
        format!("/applications/{id}/submitted")
    );
}

#[tokio::test]
async fn after_the_city_deadline_a_draft_says_at_the_top_that_submission_is_closed() {
    let db = TestDb::seeded().await;
    let before = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let city = before
        .signed_in(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    // The same person, a day after the deadline (31 May 2023, 23:59 AoE), signed in again.
    let after = spawn_app_on(&db, &[("GNLC_NOW", "2023-06-02T12:00:00Z")]).await;
    let late = after.browser();
    assert_eq!(late.login("ana@lisboa.pt", PASSWORD).await.status(), 303);
    for page in ["edit", "check"] {
        let html = late.page(&format!("/applications/{id}/{page}")).await;
        let text = visible_text(&html);
        let notice = text
            .find("Submission is closed")
            .unwrap_or_else(|| panic!("{page}: {text}"));
        let heading = text.find(if page == "edit" {
            "Your application"
        } else {
            "Check your answers before submitting"
        });
        assert!(
            heading.is_none_or(|h| notice < h),
            "at the top of {page}: {text}"
        );
        assert!(
            text.contains("The call closed for cities on 31 May 2023, 23:59 AoE")
                && text.contains("Only UIL can extend the deadline"),
            "why, and whom to ask, on {page}: {text}"
        );
        assert!(
            !text.contains("Check your answers and submit"),
            "{page}: {text}"
        );
        assert!(!html.contains("/submit\""), "no submission form on {page}");
    }
}
