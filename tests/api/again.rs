//! Applying again, and the warnings that are not walls: a city whose application of an
//! earlier call was not accepted starts from it in the next call, with every answer and
//! no document, commitment or consent; a city in the member directory is told before it
//! starts; figures out of range are shown to the city and flagged to its National
//! Commission and UIL, and stop nothing.

use gnlc::domain::Role;

use crate::city::{fill_in, stage, start};
use crate::helpers::{TestApp, TestDb, location, spawn_app_on, visible_text};

/// The 2024 call, made by a UIL coordinator on the site.
async fn second_call(app: &TestApp) {
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let call = [
        (
            "title",
            "Join the UNESCO Global Network of Learning Cities! (2024)",
        ),
        ("opens_on", "2024-04-01"),
        ("city_deadline", "2024-05-31"),
        ("natcom_deadline", "2024-06-30"),
        ("endorsement_quota", "3"),
        ("deadline_zone", "AoE"),
        (
            "body",
            "## The 2024 call\n\nCities may apply until 31 May 2024.",
        ),
    ];
    assert_eq!(
        location(&admin.post("/uil/calls/new", &call).await),
        "/uil/calls"
    );
}

async fn count(app: &TestApp, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_city_not_accepted_in_2023_starts_2024_from_its_answers_and_nothing_else() {
    let db = TestDb::seeded().await;
    let in_2023 = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-10T12:00:00Z")]).await;
    let city = in_2023
        .signed_in(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let old = start(&city, "Lisboa", "PT").await;
    fill_in(&city, old, "Lisboa", "PT").await;
    // UIL did not accept it (the journey there is tested elsewhere).
    sqlx::query("UPDATE applications SET stage = 'not_accepted' WHERE id = $1")
        .bind(old)
        .execute(&in_2023.db)
        .await
        .unwrap();
    second_call(&in_2023).await;

    let in_2024 = spawn_app_on(&db, &[("GNLC_NOW", "2024-05-10T12:00:00Z")]).await;
    let city = in_2024.browser();
    city.login("ana@lisboa.pt", crate::helpers::PASSWORD).await;
    let list = visible_text(&city.page("/applications").await);
    assert!(
        list.contains("Start a new application from this one"),
        "{list}"
    );
    let started = city
        .post(&format!("/applications/{old}/start-again"), &[])
        .await;
    let to = location(&started).to_owned();
    let new: i64 = to
        .trim_start_matches("/applications/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap_or_else(|_| panic!("{to}"));
    assert_ne!(new, old);

    let (old_answers, new_answers): (serde_json::Value, serde_json::Value) = sqlx::query_as(
        "SELECT o.answers::jsonb, n.answers::jsonb FROM applications o, applications n
          WHERE o.id = $1 AND n.id = $2",
    )
    .bind(old)
    .bind(new)
    .fetch_one(&in_2024.db)
    .await
    .unwrap();
    let mut expected = old_answers.as_object().unwrap().clone();
    assert_eq!(expected.remove("commitment"), Some(serde_json::json!(true)));
    // The consent to publish is given again for each call, like the commitment.
    expected.remove("publish_consent");
    assert_eq!(
        new_answers.as_object().unwrap(),
        &expected,
        "every answer but the commitment and the consent"
    );
    assert_eq!(
        count(
            &in_2024,
            "SELECT count(*) FROM documents WHERE application_id = $1",
            new
        )
        .await,
        0,
        "no document: the pledge is signed again for each call"
    );
    assert_eq!(
        count(
            &in_2024,
            "SELECT count(*) FROM documents WHERE application_id = $1",
            old
        )
        .await,
        1,
        "the earlier application keeps its own"
    );
    assert_eq!(
        count(
            &in_2024,
            "SELECT count(*) FROM applications WHERE id = $1 AND previous_application_id IS NOT NULL",
            new
        )
        .await,
        1
    );
    let tasks = visible_text(&city.page(&format!("/applications/{new}/edit")).await);
    assert!(
        tasks.contains("(2024)") || tasks.contains("Lisboa"),
        "{tasks}"
    );

    // Independent: a change to the new one leaves the old one as it was.
    let save = city
        .post(
            &format!("/applications/{new}/edit/mayor"),
            &[
                ("mayor_salutation", "Ms"),
                ("mayor_name", "A new mayor"),
                ("mayor_title", "Mayor of Lisbon"),
            ],
        )
        .await;
    assert_eq!(save.status(), 303);
    let old_mayor: String =
        sqlx::query_scalar("SELECT answers->>'mayor_name' FROM applications WHERE id = $1")
            .bind(old)
            .fetch_one(&in_2024.db)
            .await
            .unwrap();
    assert_eq!(old_mayor, "Carlos Moedas");
    assert_eq!(stage(&in_2024, old).await, "not_accepted");

    // Once is enough: the city now applies in 2024.
    let list = visible_text(&city.page("/applications").await);
    assert!(
        !list.contains("Start a new application from this one"),
        "{list}"
    );
    let again = city
        .post(&format!("/applications/{old}/start-again"), &[])
        .await;
    assert_eq!(again.status(), 409);
}

#[tokio::test]
async fn only_an_application_that_ended_without_a_yes_is_started_from() {
    let db = TestDb::seeded().await;
    let in_2023 = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-10T12:00:00Z")]).await;
    let city = in_2023
        .signed_in(Role::Applicant, "ana@lisboa.pt", None)
        .await;
    let accepted = start(&city, "Lisboa", "PT").await;
    fill_in(&city, accepted, "Lisboa", "PT").await;
    sqlx::query("UPDATE applications SET stage = 'accepted' WHERE id = $1")
        .bind(accepted)
        .execute(&in_2023.db)
        .await
        .unwrap();
    // In the call it belongs to, a withdrawn draft is no start either.
    let withdrawn = start(&city, "Porto", "PT").await;
    city.post(&format!("/applications/{withdrawn}/withdraw"), &[])
        .await;
    let refused = city
        .post(&format!("/applications/{withdrawn}/start-again"), &[])
        .await;
    assert_eq!(refused.status(), 409, "not from the call it is in");
    second_call(&in_2023).await;

    let in_2024 = spawn_app_on(&db, &[("GNLC_NOW", "2024-05-10T12:00:00Z")]).await;
    let city = in_2024.browser();
    city.login("ana@lisboa.pt", crate::helpers::PASSWORD).await;
    let refused = city
        .post(&format!("/applications/{accepted}/start-again"), &[])
        .await;
    assert_eq!(refused.status(), 409);
    let text = visible_text(&refused.text().await.unwrap());
    assert!(text.contains("not accepted or was withdrawn"), "{text}");
    // Someone else's application is not found.
    let other = in_2024
        .signed_in(Role::Applicant, "rui@porto.pt", None)
        .await;
    let response = other
        .post(&format!("/applications/{withdrawn}/start-again"), &[])
        .await;
    assert_eq!(response.status(), 404);
    let started = city
        .post(&format!("/applications/{withdrawn}/start-again"), &[])
        .await;
    assert_eq!(started.status(), 303, "a withdrawn one of 2023, in 2024");
}

#[tokio::test]
async fn a_member_city_is_told_before_it_starts_and_may_start_anyway() {
    let db = TestDb::seeded().await;
    let app = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-10T12:00:00Z")]).await;
    let (city, country): (String, String) = sqlx::query_as(
        "SELECT city, country::text FROM members WHERE joined_year IS NOT NULL ORDER BY id LIMIT 1",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    let browser = app
        .signed_in(Role::Applicant, "staff@member.example", None)
        .await;
    let told = browser
        .post(
            "/applications",
            &[("city_name", &city), ("country", &country)],
        )
        .await;
    assert_eq!(told.status(), 200, "a warning, not a refusal");
    let page = visible_text(&told.text().await.unwrap());
    assert!(
        page.contains(&format!(
            "{city} is already a member of the UNESCO Global Network of Learning Cities, since"
        )),
        "{page}"
    );
    let none: i64 = sqlx::query_scalar("SELECT count(*) FROM applications")
        .fetch_one(&app.db)
        .await
        .unwrap();
    assert_eq!(none, 0, "nothing started yet");
    let anyway = browser
        .post(
            "/applications",
            &[
                ("city_name", &city),
                ("country", &country),
                ("even_if_member", "yes"),
            ],
        )
        .await;
    assert_eq!(anyway.status(), 303);
    let id: i64 = location(&anyway)
        .trim_start_matches("/applications/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap();
    fill_in(&browser, id, &city, &country).await;
    let submitted = browser
        .post(&format!("/applications/{id}/submit"), &[])
        .await;
    assert_eq!(
        location(&submitted),
        format!("/applications/{id}/submitted")
    );
    // Once it reaches UIL (the National Commission's part is tested elsewhere), UIL
    // sees the flag.
    sqlx::query(
        "UPDATE applications SET stage = 'forwarded', forwarded_at = submitted_at WHERE id = $1",
    )
    .bind(id)
    .execute(&app.db)
    .await
    .unwrap();
    let admin = app
        .signed_in(Role::UilAdmin, "admin@uil.example", None)
        .await;
    let page = visible_text(&admin.page(&format!("/uil/applications/{id}")).await);
    assert!(
        page.contains("Answers to look at twice")
            && page.contains("is already a member of the UNESCO Global Network of Learning Cities"),
        "{page}"
    );
}

#[tokio::test]
async fn figures_out_of_range_are_warnings_to_the_city_and_flags_to_those_who_decide() {
    let db = TestDb::seeded().await;
    let app = spawn_app_on(&db, &[("GNLC_NOW", "2023-05-10T12:00:00Z")]).await;
    app.create_user(Role::Natcom, "natcom@pt.example", Some("PT"))
        .await;
    let city = app.signed_in(Role::Applicant, "ana@lisboa.pt", None).await;
    let id = start(&city, "Lisboa", "PT").await;
    fill_in(&city, id, "Lisboa", "PT").await;
    let profile = [
        ("population", "545000"),
        ("population_year", "2016"),
        ("area_km2", "25000"),
        ("area_year", "2024"),
        ("gdp_city_usd", "500000"),
        ("gdp_city_year", "2021"),
        ("gdp_country_usd", "24000"),
        ("gdp_country_year", "2021"),
        ("schooling_women_years", "21"),
        ("schooling_men_years", "12"),
        ("schooling_year", "2021"),
    ];
    let saved = city
        .post(&format!("/applications/{id}/edit/profile"), &profile)
        .await;
    assert_eq!(saved.status(), 303, "kept as typed: warnings are no walls");
    let check = visible_text(&city.page(&format!("/applications/{id}/check")).await);
    for warning in [
        "Please check these answers",
        "The population is the figure of 2016, more than five years ago.",
        "The area is given for 2024, a year still to come.",
        "An area of 25,000 km² is more than 20,000 km².",
        "The city's GDP per capita is 20.8 times the country's",
        "Women's average schooling of 21 years is more than 20 years.",
    ] {
        assert!(check.contains(warning), "{warning}: {check}");
    }
    let submitted = city.post(&format!("/applications/{id}/submit"), &[]).await;
    assert_eq!(
        location(&submitted),
        format!("/applications/{id}/submitted")
    );

    let natcom = app
        .signed_in(Role::Natcom, "natcom2@pt.example", Some("PT"))
        .await;
    let page = visible_text(&natcom.page(&format!("/natcom/applications/{id}")).await);
    assert!(page.contains("Answers to look at twice"), "{page}");
    assert!(
        page.contains("An area of 25,000 km² is more than 20,000 km²."),
        "{page}"
    );
    // Nothing about a draft reaches anyone but the city.
    let draft = start(&city, "Porto", "PT").await;
    assert_eq!(
        natcom
            .get(&format!("/natcom/applications/{draft}"))
            .await
            .status(),
        404
    );
}
