//! The endorsement cockpit: a National Commission compares its applications side by side,
//! orders them, saves Part 2 before it decides, and endorses and sends the chosen ones to
//! UIL in one step, all or none; the papers to sign are generated with the application's
//! reference and a digest, and a signed scan stops binding when what it states changes;
//! UIL sees the pipeline, counts only.

use gnlc::domain::Role;

use crate::city::pdf;
use crate::helpers::{Browser, TestApp, TestDb, location, spawn_app_on, visible_text};
use crate::natcom::submitted;

const PART2: &[(&str, &str)] = &[
    ("officer_name", "Claire Martin"),
    ("officer_title", "Secretary-General"),
];

/// Saves Part 2 with its signed scan, without deciding.
async fn save_part2(natcom: &Browser, id: i64) -> reqwest::Response {
    natcom
        .post_multipart(
            &format!("/natcom/applications/{id}/part2"),
            PART2,
            &[("signed_endorsement", "part2-signed.pdf", pdf("part2"))],
        )
        .await
}

async fn stage(app: &TestApp, id: i64) -> String {
    crate::city::stage(app, id).await
}

/// Four submitted French applications on 20 June 2023, a National Commission, the app.
async fn four_french() -> (TestDb, TestApp, Browser, Vec<i64>) {
    let db = TestDb::seeded().await;
    let early = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let mut ids = Vec::new();
    for city in ["Lyon", "Lille", "Nantes", "Rennes"] {
        ids.push(submitted(&early, city, "FR").await.1);
    }
    let app = spawn_app_on(&db, &[("GNLC_NOW", "2023-06-20T12:00:00Z")]).await;
    let natcom = app
        .signed_in(Role::Natcom, "natcom@fr.example", Some("FR"))
        .await;
    (db, app, natcom, ids)
}

#[tokio::test]
async fn the_compare_page_sets_the_countrys_applications_side_by_side_and_no_others() {
    let (db, app, natcom, ids) = four_french().await;
    let early = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let de = submitted(&early, "Leipzig", "DE").await.1;
    let html = natcom.page("/natcom/compare").await;
    assert_eq!(
        html.matches(r#"<th scope="col"><a href="/natcom/applications/"#)
            .count(),
        4,
        "a column for each of its four applications"
    );
    for city in ["Lyon", "Lille", "Nantes", "Rennes"] {
        assert!(html.contains(&format!("<bdi>{city}</bdi>")), "{city}");
    }
    assert!(
        !html.contains("Leipzig"),
        "another Member State's application"
    );
    assert!(
        html.contains(r#"<th scope="row">Population</th>"#),
        "rows named by headers"
    );
    let text = visible_text(&html);
    assert!(
        text.contains("0 of 3 endorsements used · ")
            && text.contains("days left, 30 June 2023, 23:59 AoE"),
        "the quota meter: {text}"
    );

    // The columns can be narrowed to some.
    let two = natcom
        .page(&format!("/natcom/compare?id={}&id={}", ids[0], ids[1]))
        .await;
    assert!(
        two.contains("<bdi>Lyon</bdi></a></th>") && !two.contains("<bdi>Rennes</bdi></a></th>")
    );

    // Another country's National Commission sees none of them.
    let german = app
        .signed_in(Role::Natcom, "natcom@de.example", Some("DE"))
        .await;
    let theirs = german.page("/natcom/compare").await;
    assert!(!theirs.contains("Lyon") && theirs.contains("Leipzig"));

    // The order is saved, seen by a colleague, and a note for the National Commission
    // and UIL only.
    let saved = natcom
        .post(
            "/natcom/ranking",
            &[
                (&format!("rank_{}", ids[3]), "1"),
                (&format!("rank_{}", ids[0]), "2"),
                (&format!("rank_{de}"), "1"),
            ],
        )
        .await;
    assert_eq!(location(&saved), "/natcom/compare?saved=1");
    let colleague = app
        .signed_in(Role::Natcom, "natcom2@fr.example", Some("FR"))
        .await;
    let ordered = colleague.page("/natcom/compare").await;
    let rennes = ordered.find("<bdi>Rennes</bdi></a></th>").unwrap();
    let lyon = ordered.find("<bdi>Lyon</bdi></a></th>").unwrap();
    assert!(rennes < lyon, "Rennes first, as ordered");
    let de_rank: Option<i16> =
        sqlx::query_scalar("SELECT natcom_rank FROM applications WHERE id = $1")
            .bind(de)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(
        de_rank, None,
        "another Member State's application is left alone"
    );
    let page = visible_text(
        &natcom
            .page(&format!("/natcom/applications/{}", ids[3]))
            .await,
    );
    assert!(
        page.contains("Placed it 1 in the National Commission's order"),
        "{page}"
    );

    // A place that is no place is said, and nothing changes.
    let bad = natcom
        .post("/natcom/ranking", &[(&format!("rank_{}", ids[0]), "1000")])
        .await;
    assert_eq!(bad.status(), 422);
    let text = visible_text(&bad.text().await.unwrap());
    assert!(text.contains("whole number from 1 to 999"), "{text}");
    // After the deadline the order is closed with the rest.
    let late = spawn_app_on(&db, &[("GNLC_NOW", "2023-07-02T12:00:00Z")]).await;
    let natcom_late = late.browser();
    natcom_late
        .login("natcom@fr.example", crate::helpers::PASSWORD)
        .await;
    let closed = natcom_late
        .post("/natcom/ranking", &[(&format!("rank_{}", ids[0]), "3")])
        .await;
    assert_eq!(closed.status(), 409);
}

#[tokio::test]
async fn a_staff_account_without_its_second_factor_gets_no_paper() {
    let (_db, app, _natcom, ids) = four_french().await;
    app.create_user_without_two_factor(Role::Natcom, "new@fr.example", Some("FR"))
        .await;
    let new = app.browser();
    new.login("new@fr.example", crate::helpers::PASSWORD).await;
    let response = new
        .get(&format!("/applications/{}/pledge.pdf", ids[0]))
        .await;
    assert_eq!(location(&response), "/account/two-factor");
}

#[tokio::test]
async fn part_2_is_saved_before_the_decision_and_the_chosen_go_to_uil_in_one_step() {
    let (_db, app, natcom, ids) = four_french().await;
    let saved = save_part2(&natcom, ids[0]).await;
    assert_eq!(saved.status(), 303, "{}", saved.text().await.unwrap());
    assert_eq!(stage(&app, ids[0]).await, "submitted", "nothing decided");
    save_part2(&natcom, ids[1]).await;

    // The confirmation names exactly what will happen, and what is missing.
    let confirm = visible_text(
        &natcom
            .page(&format!(
                "/natcom/confirm?id={}&id={}&id={}",
                ids[0], ids[1], ids[2]
            ))
            .await,
    );
    assert!(confirm.contains("Lyon") && confirm.contains("Lille") && confirm.contains("Nantes"));
    assert!(!confirm.contains("Rennes"));
    assert!(
        confirm.contains("signed endorsement") || confirm.contains("Part 2"),
        "{confirm}"
    );
    let refused = natcom
        .post(
            "/natcom/endorse-and-send",
            &[("id", &ids[0].to_string()), ("id", &ids[2].to_string())],
        )
        .await;
    assert_eq!(refused.status(), 409, "Nantes has no Part 2: none is sent");
    assert_eq!(stage(&app, ids[0]).await, "submitted", "nothing half-done");

    let sent = natcom
        .post(
            "/natcom/endorse-and-send",
            &[("id", &ids[0].to_string()), ("id", &ids[1].to_string())],
        )
        .await;
    assert!(
        location(&sent).starts_with("/natcom?sent="),
        "{}",
        location(&sent)
    );
    assert_eq!(stage(&app, ids[0]).await, "forwarded");
    assert_eq!(stage(&app, ids[1]).await, "forwarded");
    let kinds: Vec<String> = app
        .outbox()
        .await
        .into_iter()
        .map(|(_, _, k, _)| k)
        .collect();
    assert!(kinds.iter().any(|k| k.contains("forwarded")), "{kinds:?}");
}

#[tokio::test]
async fn two_colleagues_sending_at_once_cannot_pass_the_quota_and_leave_nothing_half_done() {
    let (_db, app, natcom, ids) = four_french().await;
    for id in &ids {
        save_part2(&natcom, *id).await;
    }
    let colleague = app
        .signed_in(Role::Natcom, "natcom2@fr.example", Some("FR"))
        .await;
    let (a, b) = (
        [("id", ids[0].to_string()), ("id", ids[1].to_string())],
        [("id", ids[2].to_string()), ("id", ids[3].to_string())],
    );
    let a: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let b: Vec<(&str, &str)> = b.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (first, second) = tokio::join!(
        natcom.post("/natcom/endorse-and-send", &a),
        colleague.post("/natcom/endorse-and-send", &b),
    );
    let mut statuses = [first.status().as_u16(), second.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 409], "two and two do not fit in three");
    let forwarded: i64 =
        sqlx::query_scalar("SELECT count(*) FROM applications WHERE stage = 'forwarded'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    let endorsed: i64 =
        sqlx::query_scalar("SELECT count(*) FROM applications WHERE stage = 'endorsed'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(
        (forwarded, endorsed),
        (2, 0),
        "all of one, none of the other"
    );
}

#[tokio::test]
async fn after_the_deadline_the_one_step_is_refused_with_the_reason() {
    let (db, _app, natcom, ids) = four_french().await;
    save_part2(&natcom, ids[0]).await;
    let late = spawn_app_on(&db, &[("GNLC_NOW", "2023-07-01T12:01:00Z")]).await;
    let natcom = late.browser();
    natcom
        .login("natcom@fr.example", crate::helpers::PASSWORD)
        .await;
    let refused = natcom
        .post("/natcom/endorse-and-send", &[("id", &ids[0].to_string())])
        .await;
    assert_eq!(refused.status(), 409);
    let text = visible_text(&refused.text().await.unwrap());
    assert!(text.contains("30 June 2023"), "{text}");
    assert_eq!(stage(&late, ids[0]).await, "submitted");
}

/// The text of a PDF the server wrote.
async fn pdf_text(browser: &Browser, path: &str) -> String {
    let response = browser.get(path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let bytes = response.bytes().await.unwrap();
    let doc = lopdf::Document::load_mem(&bytes).expect("the PDF parses");
    doc.extract_text(&[1]).unwrap()
}

/// The digest a page shows for a paper ("digest 3F9A-C2E1-07B4"), the first or second.
fn digest_in(text: &str, nth: usize) -> String {
    text.match_indices("digest ")
        .nth(nth)
        .map(|(at, _)| text[at + 7..at + 21].to_owned())
        .expect("a digest on the page")
}

#[tokio::test]
async fn the_papers_carry_the_reference_and_the_digest_the_pages_show_in_english_and_french() {
    let (db, app, natcom, ids) = four_french().await;
    let early = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let city = early.browser();
    city.login("lyon@fr.example", crate::helpers::PASSWORD)
        .await;
    let pledge = pdf_text(&city, &format!("/applications/{}/pledge.pdf", ids[0])).await;
    let reference = format!("GNLC-1-{:06}", ids[0]);
    assert!(pledge.contains(&reference), "{pledge}");
    assert!(
        pledge.contains("Carlos Moedas") && pledge.contains("Mayor of Lisbon"),
        "{pledge}"
    );

    save_part2(&natcom, ids[0]).await;
    let page = visible_text(
        &natcom
            .page(&format!("/natcom/applications/{}", ids[0]))
            .await,
    );
    let (pledge_digest, part2_digest) = (digest_in(&page, 0), digest_in(&page, 1));
    assert!(
        pledge.contains(&pledge_digest),
        "the pledge prints the digest the page shows: {pledge}"
    );
    let part2 = pdf_text(
        &natcom,
        &format!("/natcom/applications/{}/part2.pdf", ids[0]),
    )
    .await;
    assert!(
        part2.contains(&reference) && part2.contains(&part2_digest),
        "{part2}"
    );
    assert!(
        part2.contains("Claire Martin") && part2.contains("Secretary-General"),
        "{part2}"
    );
    assert!(
        part2.contains("Endorsement by the UNESCO National Commission of France"),
        "{part2}"
    );

    // In French when the city writes in French.
    sqlx::query("UPDATE applications SET answers = jsonb_set(answers, '{language}', '\"fr\"') WHERE id = $1")
        .bind(ids[1])
        .execute(&app.db)
        .await
        .unwrap();
    let french = pdf_text(&natcom, &format!("/applications/{}/pledge.pdf", ids[1])).await;
    assert!(
        french.contains(&format!("GNLC-1-{:06}", ids[1])),
        "{french}"
    );
    assert!(
        french.contains("Engagement") || french.contains("engage"),
        "{french}"
    );
    // Someone who may not see the application gets no paper of it.
    let other = app.signed_in(Role::Applicant, "x@y.example", None).await;
    assert_eq!(
        other
            .get(&format!("/applications/{}/pledge.pdf", ids[0]))
            .await
            .status(),
        404
    );
}

#[tokio::test]
async fn a_signed_scan_stops_binding_when_what_it_states_changes_for_all_three_roles() {
    let db = TestDb::seeded().await;
    let app = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = crate::city::start(&city, "Lisboa", "PT").await;
    crate::city::fill_in(&city, id, "Lisboa", "PT").await;
    // A change the pledge does not state leaves it binding.
    city.post(
        &format!("/applications/{id}/edit/city"),
        &[
            ("city_name", "Lisboa"),
            ("country", "PT"),
            ("website", "lisboa.pt"),
            ("language", "en"),
        ],
    )
    .await;
    let check = visible_text(&city.page(&format!("/applications/{id}/check")).await);
    assert!(!check.contains("was uploaded before"), "{check}");
    // The mayor's name changes: the city is asked for a new signed pledge.
    city.post(
        &format!("/applications/{id}/edit/mayor"),
        &[
            ("mayor_salutation", "Ms"),
            ("mayor_name", "Filipa Roseta"),
            ("mayor_title", "Mayor of Lisbon"),
        ],
    )
    .await;
    let check = visible_text(&city.page(&format!("/applications/{id}/check")).await);
    assert!(
        check.contains(
            "The signed pledge was uploaded before these changed: Full name of the mayor"
        ),
        "{check}"
    );
    let refused = city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(refused.status(), 422, "a new signed pledge first");
    // The new one binds again; the old stays in the timeline.
    let again = city
        .post_multipart(
            &format!("/applications/{id}/edit/commitment"),
            &[("commitment", "yes")],
            &[("pledge_pdf", "pledge-new.pdf", pdf("pledge again"))],
        )
        .await;
    assert_eq!(again.status(), 303);
    let submitted = city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(
        location(&submitted),
        format!("/applications/{id}/submitted")
    );
    let page = visible_text(&city.page(&format!("/applications/{id}")).await);
    assert!(
        page.contains("pledge-signed.pdf") && page.contains("pledge-new.pdf"),
        "{page}"
    );

    // The National Commission and UIL see it too when a scan on file no longer binds (here
    // the pledge on file said another mayor's name, as a scan uploaded earlier would).
    sqlx::query(
        "UPDATE applications SET pledge_statement = jsonb_set(pledge_statement, '{mayor_name}', '\"Carlos Moedas\"'),
                stage = 'forwarded', forwarded_at = submitted_at WHERE id = $1",
    )
    .bind(id)
    .execute(&app.db)
    .await
    .unwrap();
    let natcom = app
        .signed_in(Role::Natcom, "natcom@pt.example", Some("PT"))
        .await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    for (who, path) in [
        (&natcom, format!("/natcom/applications/{id}")),
        (&admin, format!("/uil/applications/{id}")),
    ] {
        let page = visible_text(&who.page(&path).await);
        assert!(
            page.contains(
                "The signed pledge was uploaded before these changed: Full name of the mayor"
            ),
            "{path}: {page}"
        );
    }
}

#[tokio::test]
async fn uil_sees_the_pipeline_as_counts_that_the_database_holds_and_nothing_of_drafts() {
    let (db, app, natcom, ids) = four_french().await;
    save_part2(&natcom, ids[0]).await;
    natcom
        .post("/natcom/endorse-and-send", &[("id", &ids[0].to_string())])
        .await;
    let early = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-20T12:00:00Z")]).await;
    save_part2(&natcom, ids[1]).await;
    crate::natcom::endorse_for_test(&natcom, ids[1]).await;
    // A German draft, never submitted.
    let de = early
        .signed_in(Role::Applicant, "leipzig@de.example", None)
        .await;
    crate::city::start(&de, "Leipzig", "DE").await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let html = admin.page("/uil/pipeline").await;
    let text = visible_text(&html);
    assert!(
        text.contains("France 4 2 1"),
        "4 submitted, 2 endorsed, 1 sent: {text}"
    );
    assert!(
        !text.contains("Germany 1"),
        "a draft does not count: {text}"
    );
    assert!(
        text.contains("No application yet:") && text.contains("Germany"),
        "{text}"
    );
    let db_counts: (i64, i64, i64) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE stage <> 'draft' AND submitted_at IS NOT NULL),
                count(*) FILTER (WHERE stage IN ('endorsed','forwarded','under_review','accepted','not_accepted')),
                count(*) FILTER (WHERE forwarded_at IS NOT NULL)
           FROM applications WHERE country = 'FR'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(db_counts, (4, 2, 1));
    // A reviewer sees the pipeline too; a National Commission does not.
    assert_eq!(natcom.get("/uil/pipeline").await.status(), 403);
}
