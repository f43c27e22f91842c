//! The jury: conflicts of interest, assignments, scores that add up, decisions on many
//! applications at once, and the dossier as a ZIP.

use std::io::Read;

use gnlc::domain::Role;

use crate::helpers::{TestApp, location, spawn_app_at, visible_text};
use crate::uil::forwarded;

async fn juror_of(app: &TestApp, email: &str, country: &str) -> (crate::helpers::Browser, i64) {
    let id = app.create_user(Role::Jury, email, Some(country)).await;
    let browser = app.browser();
    assert_eq!(
        browser
            .login(email, crate::helpers::PASSWORD)
            .await
            .status(),
        303
    );
    (browser, id)
}

async fn assigned(app: &TestApp, application: i64) -> Vec<i64> {
    sqlx::query_scalar(
        "SELECT juror_id FROM jury_assignments WHERE application_id = $1 ORDER BY juror_id",
    )
    .bind(application)
    .fetch_all(&app.db)
    .await
    .unwrap()
}

async fn call_of(app: &TestApp, application: i64) -> i64 {
    sqlx::query_scalar("SELECT call_id FROM applications WHERE id = $1")
        .bind(application)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

const ALL_FIVE: [(&str, &str); 5] = [
    ("score_1", "5"),
    ("score_2", "4"),
    ("score_3", "4"),
    ("score_4", "3"),
    ("score_5", "4"),
];

#[tokio::test]
async fn a_juror_in_conflict_never_gets_the_application_and_the_others_score_it() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let lyon = forwarded(&app, "FR", &["Lyon"]).await[0];
    let nairobi = forwarded(&app, "KE", &["Nairobi"]).await[0];
    let call = call_of(&app, lyon).await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let (french, french_id) = juror_of(&app, "juror-fr@jury.example", "FR").await;
    let (german, german_id) = juror_of(&app, "juror-de@jury.example", "DE").await;
    let (brazilian, brazilian_id) = juror_of(&app, "juror-br@jury.example", "BR").await;
    let (chinese, chinese_id) = juror_of(&app, "juror-cn@jury.example", "CN").await;
    // The German juror declares Kenya in advance.
    assert_eq!(
        german
            .post("/jury/conflicts", &[("conflict_country", "KE")])
            .await
            .status(),
        303
    );

    let auto = admin
        .post(&format!("/uil/calls/{call}/jury/automatic"), &[("k", "2")])
        .await;
    assert_eq!(auto.status(), 303, "{}", auto.text().await.unwrap());
    let on_lyon = assigned(&app, lyon).await;
    let on_nairobi = assigned(&app, nairobi).await;
    assert_eq!((on_lyon.len(), on_nairobi.len()), (2, 2));
    assert!(
        !on_lyon.contains(&french_id),
        "the French juror never gets Lyon: {on_lyon:?}"
    );
    assert!(
        !on_nairobi.contains(&german_id),
        "Kenya was declared: {on_nairobi:?}"
    );
    // By hand neither: refused, nothing added.
    let by_hand = admin
        .post(
            &format!("/uil/calls/{call}/jury/assign"),
            &[
                ("application", &lyon.to_string()),
                ("juror", &french_id.to_string()),
            ],
        )
        .await;
    assert_eq!(by_hand.status(), 409);
    assert!(visible_text(&by_hand.text().await.unwrap()).contains("This juror is in conflict"));
    assert_eq!(assigned(&app, lyon).await, on_lyon);

    // Nothing is theirs before it is published; then each juror gets one mail.
    let before = visible_text(&brazilian.page("/jury").await);
    assert!(
        before.contains("No application is assigned to you yet"),
        "{before}"
    );
    assert_eq!(
        admin
            .post(&format!("/uil/calls/{call}/jury/publish"), &[])
            .await
            .status(),
        303
    );
    let mails: Vec<String> = app
        .outbox()
        .await
        .into_iter()
        .filter(|(_, _, kind, _)| kind == "jury_assignments")
        .map(|(to, _, _, _)| to)
        .collect();
    let mut distinct = mails.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(mails.len(), distinct.len(), "one mail per juror: {mails:?}");
    assert_eq!(
        mails.len(),
        4,
        "four jurors, one application each: {mails:?}"
    );

    // The French juror gets 404 on Lyon even if it were forced on them.
    sqlx::query("INSERT INTO jury_assignments (application_id, juror_id, assigned_by, created_at, published_at) SELECT $1, $2, id, now(), now() FROM users WHERE email = 'admin@uil.example' ON CONFLICT DO NOTHING")
        .bind(lyon)
        .bind(french_id)
        .execute(&app.db)
        .await
        .unwrap();
    assert_eq!(
        french
            .get(&format!("/jury/applications/{lyon}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        german
            .get(&format!("/jury/applications/{nairobi}"))
            .await
            .status(),
        404
    );

    // The Brazilian juror: first the declaration, then a conflict takes it away.
    let brazil_has: Vec<i64> = sqlx::query_scalar(
        "SELECT application_id FROM jury_assignments WHERE juror_id = $1 ORDER BY 1",
    )
    .bind(brazilian_id)
    .fetch_all(&app.db)
    .await
    .unwrap();
    let first = brazil_has[0];
    let had = assigned(&app, first).await;
    let declare = visible_text(&brazilian.page(&format!("/jury/applications/{first}")).await);
    assert!(
        declare.contains("Are you in conflict of interest with"),
        "{declare}"
    );
    let gone = brazilian
        .post(
            &format!("/jury/applications/{first}/declare"),
            &[("answer", "conflict"), ("reason", "I advised the mayor.")],
        )
        .await;
    assert_eq!(location(&gone), "/jury");
    assert_eq!(
        brazilian
            .get(&format!("/jury/applications/{first}"))
            .await
            .status(),
        404
    );
    let now_on = assigned(&app, first).await;
    assert!(
        !now_on.contains(&brazilian_id) && now_on.len() == had.len(),
        "reassigned: {had:?} -> {now_on:?}"
    );
    let board = visible_text(&admin.page(&format!("/uil/calls/{call}/jury")).await);
    assert!(
        board.contains("I advised the mayor."),
        "UIL sees the declaration: {board}"
    );

    // A juror without conflict reads the application without the contact's details.
    let target: i64 = sqlx::query_scalar(
        "SELECT application_id FROM jury_assignments WHERE juror_id = $1 LIMIT 1",
    )
    .bind(chinese_id)
    .fetch_one(&app.db)
    .await
    .unwrap();
    let ok = chinese
        .post(
            &format!("/jury/applications/{target}/declare"),
            &[("answer", "no_conflict")],
        )
        .await;
    assert_eq!(location(&ok), format!("/jury/applications/{target}"));
    let page = chinese.page(&format!("/jury/applications/{target}")).await;
    let text = visible_text(&page);
    assert!(
        text.contains("The contact person's phone, email and postal address are not shown"),
        "{text}"
    );
    assert!(
        !page.contains("ana.silva@cm-lisboa.pt") && !page.contains("Praça do Município"),
        "no contact details: {text}"
    );
    let draft = chinese
        .post(
            &format!("/jury/applications/{target}/assess"),
            &[
                ("score_1", "4"),
                ("comment", "A first look."),
                ("hand_in", "no"),
            ],
        )
        .await;
    assert_eq!(draft.status(), 303, "a draft may lack scores");
    let mean: Option<f64> =
        sqlx::query_scalar("SELECT review_mean FROM applications WHERE id = $1")
            .bind(target)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(mean, None, "a draft counts for nothing");
    let mut fields = ALL_FIVE.to_vec();
    fields.push(("comment", "Convincing."));
    let handed = chinese
        .post(&format!("/jury/applications/{target}/assess"), &fields)
        .await;
    assert_eq!(handed.status(), 303);
    let mean: Option<f64> =
        sqlx::query_scalar("SELECT review_mean FROM applications WHERE id = $1")
            .bind(target)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(mean, Some(4.0), "(5+4+4+3+4)/5");
    let ranking = visible_text(&admin.page(&format!("/uil/calls/{call}/ranking")).await);
    assert!(ranking.contains("4.0"), "{ranking}");
    assert!(
        ranking.contains("1 of 2"),
        "one of its two jurors scored: {ranking}"
    );
}

#[tokio::test]
async fn twenty_decisions_at_once_are_all_or_nothing_and_mail_each_city_once() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let mut ids = Vec::new();
    for (country, cities) in [
        ("FR", ["Lyon", "Lille", "Nantes"]),
        ("DE", ["Köln", "Bonn", "Essen"]),
        ("KE", ["Nairobi", "Mombasa", "Kisumu"]),
        ("BR", ["Curitiba", "Recife", "Natal"]),
        ("CN", ["Wuhan", "Xi'an", "Hangzhou"]),
        ("EG", ["Giza", "Aswan", "Luxor"]),
    ] {
        ids.extend(forwarded(&app, country, &cities).await);
    }
    ids.extend(forwarded(&app, "MX", &["Puebla", "León"]).await);
    assert_eq!(ids.len(), 20);
    let call = call_of(&app, ids[0]).await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    for id in &ids {
        admin
            .post(&format!("/uil/applications/{id}/review"), &[])
            .await;
    }
    // One of them is decided already: the bulk decision refuses, and decides nothing.
    let one = admin
        .post(
            &format!("/uil/applications/{}/decide", ids[0]),
            &[("decision", "not_accepted"), ("message", "Not this time.")],
        )
        .await;
    assert_eq!(one.status(), 303);
    let mails_before = app.outbox().await.len();
    let mut form: Vec<(&str, String)> = vec![
        ("call", call.to_string()),
        ("decision", "accepted".into()),
        ("message", "Welcome to the network.".into()),
    ];
    form.extend(ids.iter().map(|id| ("id", id.to_string())));
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let confirm = admin.post("/uil/decisions/confirm", &fields).await;
    let page = visible_text(&confirm.text().await.unwrap());
    assert!(page.contains("20 applications will be decided"), "{page}");
    let refused = admin.post("/uil/decisions", &fields).await;
    assert_eq!(refused.status(), 409);
    let accepted: i64 =
        sqlx::query_scalar("SELECT count(*) FROM applications WHERE stage = 'accepted'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(accepted, 0, "all or nothing");
    assert_eq!(
        app.outbox().await.len(),
        mails_before,
        "no mail for what was not decided"
    );

    // Without it, the nineteen others: all decided, each city and National Commission told once.
    let rest: Vec<(&str, &str)> = fields
        .iter()
        .filter(|(k, v)| !(*k == "id" && *v == ids[0].to_string()))
        .copied()
        .collect();
    let done = admin.post("/uil/decisions", &rest).await;
    assert_eq!(done.status(), 303);
    let accepted: i64 =
        sqlx::query_scalar("SELECT count(*) FROM applications WHERE stage = 'accepted'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(accepted, 19);
    let mails = app.outbox().await;
    let new = &mails[mails_before..];
    for id in &ids[1..] {
        let (mails, recipients): (i64, i64) = sqlx::query_as(
            "SELECT count(*), count(DISTINCT recipient) FROM mail_outbox
              WHERE application_id = $1 AND kind IN ('uil_decision', 'uil_decision_natcom')",
        )
        .bind(id)
        .fetch_one(&app.db)
        .await
        .unwrap();
        // The city's account and its contact person, and the National Commission.
        assert_eq!(
            (mails, recipients),
            (3, 3),
            "the city and its National Commission, each address once: {id}"
        );
    }
    assert_eq!(new.len(), 19 * 3, "nothing else, nothing twice: {new:?}");
    let ranking = visible_text(
        &admin
            .page(&format!("/uil/calls/{call}/ranking?decided=19"))
            .await,
    );
    assert!(ranking.contains("19 applications decided"), "{ranking}");
}

#[tokio::test]
async fn the_dossier_zip_opens_and_holds_what_it_lists() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let ids = forwarded(&app, "FR", &["Lyon", "Lille"]).await;
    let call = call_of(&app, ids[0]).await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let response = admin
        .get(&format!("/uil/applications/{}/dossier.zip", ids[0]))
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/zip");
    let bytes = response.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a ZIP");
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    let folder = format!("{}-Lyon/", ids[0]);
    let mut contents = String::new();
    zip.by_name(&format!("{folder}contents.txt"))
        .expect("the list")
        .read_to_string(&mut contents)
        .unwrap();
    let listed: Vec<&str> = contents
        .lines()
        .skip(1)
        .map(|l| l.split(" (").next().unwrap())
        .collect();
    assert!(
        listed.len() >= 6,
        "papers, answers, assessments, timeline and documents: {listed:?}"
    );
    for item in &listed {
        assert!(
            names.contains(&format!("{folder}{item}")),
            "{item} is in the ZIP: {names:?}"
        );
        let mut entry = zip.by_name(&format!("{folder}{item}")).unwrap();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        assert!(!data.is_empty(), "{item} has content");
        if item.ends_with(".pdf") {
            assert!(data.starts_with(b"%PDF-"), "{item} is a PDF");
        }
    }
    assert!(
        listed
            .iter()
            .any(|i| i.starts_with("documents/endorsement-")),
        "{listed:?}"
    );
    let mut answers = String::new();
    zip.by_name(&format!("{folder}answers.txt"))
        .unwrap()
        .read_to_string(&mut answers)
        .unwrap();
    assert!(
        answers.contains("Lyon") && answers.contains("Marie Dupont"),
        "{answers}"
    );

    // Not for reviewers, jurors or anyone else; 404 for what did not reach UIL.
    let reviewer = app
        .signed_in(Role::UilReviewer, "reviewer@uil.example", None)
        .await;
    assert_eq!(
        reviewer
            .get(&format!("/uil/applications/{}/dossier.zip", ids[0]))
            .await
            .status(),
        403
    );
    assert_eq!(
        admin
            .get("/uil/applications/999999/dossier.zip")
            .await
            .status(),
        404
    );

    // The call's: every application, each in its folder.
    let all = admin.get(&format!("/uil/calls/{call}/dossier.zip")).await;
    assert_eq!(all.status(), 200);
    let bytes = all.bytes().await.unwrap();
    let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a ZIP");
    for id in &ids {
        assert!(
            zip.file_names()
                .map(|n| n.unwrap().into_owned())
                .any(|n| n.starts_with(&format!("{id}-")) && n.ends_with("contents.txt")),
            "{id}"
        );
    }
}

/// The demo's applications: 450 of them, of which 200 wait at UIL (forwarded or under
/// review), with its fifteen jurors, their published assignments removed.
async fn demo_at_uil(app: &TestApp) -> i64 {
    gnlc::demo::seed(&app.db, 450, 0).await.expect("the demo");
    sqlx::query("DELETE FROM jury_assignments")
        .execute(&app.db)
        .await
        .unwrap();
    sqlx::query_scalar("SELECT id FROM calls WHERE title = $1")
        .bind(gnlc::demo::DEMO_CALL)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_automatic_assignment_of_200_applications_to_15_jurors_honours_k_conflicts_and_balance()
{
    let app = spawn_app_at("2027-07-01T12:00:00Z").await;
    let call = demo_at_uil(&app).await;
    let open: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM applications WHERE call_id = $1 AND stage IN ('forwarded', 'under_review')",
    )
    .bind(call)
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(open, 200);
    // Five jurors also declare, in advance, the country with the most applications.
    sqlx::query(
        "INSERT INTO juror_country_conflicts (juror_id, country, declared_at)
         SELECT u.id, (SELECT country FROM applications WHERE call_id = $1
                        GROUP BY country ORDER BY count(*) DESC, country LIMIT 1), now()
           FROM users u WHERE u.role = 'jury' ORDER BY u.id LIMIT 5",
    )
    .bind(call)
    .execute(&app.db)
    .await
    .unwrap();
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let response = admin
        .post(&format!("/uil/calls/{call}/jury/automatic"), &[("k", "3")])
        .await;
    assert_eq!(
        location(&response),
        format!("/uil/calls/{call}/jury?added=600")
    );
    let per_application: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT a.id, (SELECT count(*) FROM jury_assignments j WHERE j.application_id = a.id)
           FROM applications a WHERE a.call_id = $1 AND a.stage IN ('forwarded', 'under_review')",
    )
    .bind(call)
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert!(
        per_application.iter().all(|(_, n)| *n == 3),
        "{per_application:?}"
    );
    let in_conflict: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM jury_assignments j
           JOIN applications a ON a.id = j.application_id JOIN users u ON u.id = j.juror_id
          WHERE u.country = a.country
             OR EXISTS (SELECT 1 FROM juror_country_conflicts c
                         WHERE c.juror_id = u.id AND c.country = a.country)",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(in_conflict, 0);
    let (min, max): (i64, i64) = sqlx::query_as(
        "SELECT min(n), max(n) FROM (SELECT u.id, count(j.juror_id) AS n FROM users u
           LEFT JOIN jury_assignments j ON j.juror_id = u.id WHERE u.role = 'jury' GROUP BY u.id) x",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert!(max - min <= 1, "balanced within one: {min}..{max}");
    // Nothing is seen before it is published.
    let published: i64 =
        sqlx::query_scalar("SELECT count(*) FROM jury_assignments WHERE published_at IS NOT NULL")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(published, 0);
}

#[tokio::test]
async fn the_bulk_dossier_of_a_call_holds_every_application_at_uil() {
    let app = spawn_app_at("2027-07-01T12:00:00Z").await;
    let call = demo_at_uil(&app).await;
    let at_uil: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM applications WHERE call_id = $1 AND forwarded_at IS NOT NULL ORDER BY id",
    )
    .bind(call)
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert!(at_uil.len() >= 200, "{}", at_uil.len());
    let documents: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM documents d JOIN applications a ON a.id = d.application_id
          WHERE a.call_id = $1 AND a.forwarded_at IS NOT NULL",
    )
    .bind(call)
    .fetch_one(&app.db)
    .await
    .unwrap();
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let response = admin.get(&format!("/uil/calls/{call}/dossier.zip")).await;
    assert_eq!(response.status(), 200);
    let bytes = response.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a ZIP");
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    let folders: Vec<i64> = names
        .iter()
        .filter(|n| n.ends_with("/contents.txt"))
        .map(|n| n.split('-').next().unwrap().parse().unwrap())
        .collect();
    let mut sorted = folders.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, at_uil, "one folder per application at UIL");
    let in_zip = names.iter().filter(|n| n.contains("/documents/")).count() as i64;
    assert_eq!(in_zip, documents, "every uploaded document");
    // Every entry reads back whole (its CRC is checked on reading).
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        std::io::copy(&mut entry, &mut std::io::sink()).unwrap();
    }
}

#[tokio::test]
async fn a_country_declared_later_takes_its_applications_away_and_handed_in_stays_whole() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let lyon = forwarded(&app, "FR", &["Lyon"]).await[0];
    let call = call_of(&app, lyon).await;
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let (kenyan, kenyan_id) = juror_of(&app, "juror-ke@jury.example", "KE").await;
    let (_brazilian, brazilian_id) = juror_of(&app, "juror-br@jury.example", "BR").await;
    let (_german, german_id) = juror_of(&app, "juror-de@jury.example", "DE").await;
    for juror in [kenyan_id, brazilian_id] {
        let r = admin
            .post(
                &format!("/uil/calls/{call}/jury/assign"),
                &[
                    ("application", &lyon.to_string()),
                    ("juror", &juror.to_string()),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
    }
    assert_eq!(
        admin
            .post(&format!("/uil/calls/{call}/jury/publish"), &[])
            .await
            .status(),
        303
    );
    // A made-up country is a message, not an error.
    let bad = kenyan
        .post("/jury/conflicts", &[("conflict_country", "ZZ")])
        .await;
    assert_eq!(bad.status(), 422);
    let text = visible_text(&bad.text().await.unwrap());
    assert!(
        text.contains("Choose a Member State from the list"),
        "{text}"
    );

    // The Kenyan juror hands in, then cannot take scores away by saving a draft.
    kenyan
        .post(
            &format!("/jury/applications/{lyon}/declare"),
            &[("answer", "no_conflict")],
        )
        .await;
    let mut fields = ALL_FIVE.to_vec();
    fields.push(("comment", "Good."));
    assert_eq!(
        kenyan
            .post(&format!("/jury/applications/{lyon}/assess"), &fields)
            .await
            .status(),
        303
    );
    let partial = kenyan
        .post(
            &format!("/jury/applications/{lyon}/assess"),
            &[
                ("score_1", "1"),
                ("comment", "Less good."),
                ("hand_in", "no"),
            ],
        )
        .await;
    assert_eq!(partial.status(), 409);
    let mean: Option<f64> =
        sqlx::query_scalar("SELECT review_mean FROM applications WHERE id = $1")
            .bind(lyon)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(mean, Some(4.0), "the handed-in assessment stays whole");

    // Then they declare France: Lyon leaves them, their score no longer counts, and the
    // German juror takes it over, told by mail.
    assert_eq!(
        kenyan
            .post("/jury/conflicts", &[("conflict_country", "FR")])
            .await
            .status(),
        303
    );
    let on_lyon = assigned(&app, lyon).await;
    let mut expected = vec![brazilian_id, german_id];
    expected.sort_unstable();
    assert_eq!(on_lyon, expected);
    let mean: Option<f64> =
        sqlx::query_scalar("SELECT review_mean FROM applications WHERE id = $1")
            .bind(lyon)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(mean, None, "a juror in conflict does not score");
    assert_eq!(
        kenyan
            .get(&format!("/jury/applications/{lyon}"))
            .await
            .status(),
        404
    );
    let told: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM mail_outbox WHERE kind = 'jury_assignments' AND recipient = 'juror-de@jury.example'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!(told, 1);

    // Another call's ranking cannot take an assignment away.
    let other_call: i64 = sqlx::query_scalar(
        "INSERT INTO calls (title, body, opens_on, city_deadline, natcom_deadline, endorsement_quota, deadline_zone)
         VALUES ('Another call', '', '2025-04-01', '2025-05-31', '2025-06-30', 3, 'AoE') RETURNING id",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    let across = admin
        .post(
            &format!("/uil/calls/{other_call}/jury/unassign"),
            &[
                ("application", &lyon.to_string()),
                ("juror", &german_id.to_string()),
            ],
        )
        .await;
    assert_eq!(across.status(), 404);
    assert_eq!(assigned(&app, lyon).await.len(), 2);

    // Through all of it, the counts each application keeps are those of its rows.
    let wrong: Vec<(i64, i32, i32, i64, i64)> = sqlx::query_as(
        "SELECT a.id, a.jurors_assigned, a.jurors_scored, x.assigned, x.scored
           FROM applications a
           CROSS JOIN LATERAL (
             SELECT count(*) AS assigned, count(s.id) FILTER (WHERE s.submitted_at IS NOT NULL) AS scored
               FROM jury_assignments j LEFT JOIN assessments s
                 ON s.application_id = j.application_id AND s.reviewer_id = j.juror_id
              WHERE j.application_id = a.id) x
          WHERE (a.jurors_assigned, a.jurors_scored) <> (x.assigned, x.scored)",
    )
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(wrong, vec![]);
}

#[tokio::test]
async fn a_refused_change_of_a_criterion_keeps_what_was_typed_in_its_own_form() {
    let app = spawn_app_at("2023-05-20T12:00:00Z").await;
    let call: i64 = sqlx::query_scalar("SELECT min(id) FROM calls")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let criterion: i64 =
        sqlx::query_scalar("SELECT id FROM criteria WHERE call_id = $1 AND position = 2")
            .bind(call)
            .fetch_one(&app.db)
            .await
            .unwrap();
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let refused = admin
        .post(
            &format!("/uil/calls/{call}/rubric/{criterion}"),
            &[
                ("weight", "99"),
                ("name_en", "Strategy, plans and their budget"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    // The summary links to the field of that criterion, which keeps what was typed.
    assert!(html.contains(r##"href="#weight""##), "{html}");
    assert!(
        html.contains(r#"id="weight" name="weight" inputmode="numeric" value="99""#),
        "{html}"
    );
    assert!(html.contains(r#"value="Strategy, plans and their budget""#));
    assert!(visible_text(&html).contains("Give a weight as a whole number from 1 to 10"));
    // Nothing changed.
    let weight: i16 = sqlx::query_scalar("SELECT weight FROM criteria WHERE id = $1")
        .bind(criterion)
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(weight, 1);
    // A right change is kept.
    let saved = admin
        .post(
            &format!("/uil/calls/{call}/rubric/{criterion}"),
            &[
                ("weight", "2"),
                ("name_en", "Strategy, plans and their budget"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let page = visible_text(&admin.page(&format!("/uil/calls/{call}/rubric")).await);
    assert!(page.contains("Criteria and weights"), "{page}");
}
