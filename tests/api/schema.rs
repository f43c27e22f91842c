//! The rules the database itself keeps, whatever the code above it does.

use futures_util::future::join_all;
use sqlx::{AssertSqlSafe, PgPool};

use crate::helpers::{TestDb, insert_assessment};

/// Every table's rows as text, to compare whole databases.
async fn snapshot(db: &PgPool) -> Vec<String> {
    let mut all = Vec::new();
    for table in ["member_states", "members", "calls", "reference_data_loads"] {
        let rows: Vec<String> = sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT t::text FROM {table} t ORDER BY t::text"
        )))
        .fetch_all(db)
        .await
        .unwrap();
        all.push(format!("{table}: {} rows", rows.len()));
        all.extend(rows);
    }
    all
}

#[tokio::test]
async fn seeding_twice_changes_nothing() {
    let db = TestDb::seeded().await;
    let once = snapshot(&db.pool).await;
    assert!(
        once.contains(&"member_states: 205 rows".to_string()),
        "{:?}",
        &once[..1]
    );
    assert!(once.iter().any(|r| r == "members: 247 rows"));
    assert!(once.iter().any(|r| r == "calls: 1 rows"));
    gnlc::db::seed::load_reference_data(&db.pool).await.unwrap();
    assert_eq!(snapshot(&db.pool).await, once);
}

#[tokio::test]
async fn seeding_again_does_not_undo_what_an_admin_changed() {
    let db = TestDb::seeded().await;
    sqlx::query("DELETE FROM members WHERE city = 'Adrar'")
        .execute(&db.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE calls SET endorsement_quota = 4")
        .execute(&db.pool)
        .await
        .unwrap();
    gnlc::db::seed::load_reference_data(&db.pool).await.unwrap();
    let adrar: i64 = sqlx::query_scalar("SELECT count(*) FROM members WHERE city = 'Adrar'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(adrar, 0, "a removed member came back");
    let quota: i32 = sqlx::query_scalar("SELECT endorsement_quota FROM calls")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(quota, 4, "the edited call was reset");
}

#[tokio::test]
async fn two_servers_starting_at_once_load_the_data_once() {
    let db = TestDb::new().await;
    let loads = (0..4).map(|_| gnlc::db::seed::load_reference_data(&db.pool));
    for result in join_all(loads).await {
        result.unwrap();
    }
    let members: i64 = sqlx::query_scalar("SELECT count(*) FROM members")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(members, 247);
}

/// A city user, and `n` applications of one country in the 2023 call, all submitted.
async fn submitted_applications(db: &PgPool, country: &str, n: usize) -> Vec<i64> {
    let owner: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, name, role) VALUES ($1, 'City staff', 'applicant') RETURNING id",
    )
    .bind(format!("city-{country}@example.org"))
    .fetch_one(db)
    .await
    .unwrap();
    let mut ids = Vec::new();
    for i in 0..n {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO applications (call_id, owner_id, stage, city_name, country, answers, created_at, updated_at)
             VALUES ((SELECT id FROM calls), $1, 'submitted', $2, $3, '{\"commitment\": true}', now(), now()) RETURNING id",
        )
        .bind(owner)
        .bind(format!("City {i}"))
        .bind(country)
        .fetch_one(db)
        .await
        .unwrap();
        ids.push(id);
    }
    ids
}

async fn endorse(db: &PgPool, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE applications SET stage = 'endorsed' WHERE id = $1")
        .bind(id)
        .execute(db)
        .await
        .map(|_| ())
}

#[tokio::test]
async fn the_database_refuses_a_fourth_endorsement_for_one_member_state() {
    let db = TestDb::seeded().await;
    let fr = submitted_applications(&db.pool, "FR", 4).await;
    let de = submitted_applications(&db.pool, "DE", 1).await;
    for &id in &fr[..3] {
        endorse(&db.pool, id).await.unwrap();
    }
    let refused = endorse(&db.pool, fr[3]).await.unwrap_err();
    let constraint = refused.as_database_error().and_then(|e| e.constraint());
    assert_eq!(constraint, Some("endorsement_quota"), "{refused}");
    endorse(&db.pool, de[0])
        .await
        .expect("another country has its own quota");
    // Taking one back frees a place.
    sqlx::query("UPDATE applications SET stage = 'submitted' WHERE id = $1")
        .bind(fr[0])
        .execute(&db.pool)
        .await
        .unwrap();
    endorse(&db.pool, fr[3]).await.unwrap();
}

#[tokio::test]
async fn concurrent_endorsements_never_exceed_the_quota() {
    let db = TestDb::seeded().await;
    let ids = submitted_applications(&db.pool, "KE", 10).await;
    let attempts = ids.iter().map(|&id| endorse(&db.pool, id));
    let results = join_all(attempts).await;
    let succeeded = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(succeeded, 3, "{results:?}");
    let endorsed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM applications WHERE country = 'KE' AND stage = 'endorsed'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(endorsed, 3);
}

#[tokio::test]
async fn application_events_can_be_added_but_never_changed_or_removed() {
    let db = TestDb::seeded().await;
    let id = submitted_applications(&db.pool, "FR", 1).await[0];
    sqlx::query(
        "INSERT INTO application_events (application_id, kind, audience, from_stage, to_stage, created_at)
         VALUES ($1, 'transition', 'everyone', 'draft', 'submitted', now())",
    )
    .bind(id)
    .execute(&db.pool)
    .await
    .unwrap();
    for statement in [
        "UPDATE application_events SET note = 'rewritten'",
        "DELETE FROM application_events",
        "TRUNCATE application_events",
    ] {
        let e = sqlx::query(statement).execute(&db.pool).await.unwrap_err();
        assert!(e.to_string().contains("append-only"), "{statement}: {e}");
    }
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM application_events")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(count, 1);
}

#[tokio::test]
async fn the_schema_refuses_what_the_spec_forbids() {
    let db = TestDb::seeded().await;
    let app = submitted_applications(&db.pool, "FR", 1).await[0];
    let refused = [
        // A National Commission account must say which Member State it acts for.
        "INSERT INTO users (email, name, role) VALUES ('n@example.org', 'N', 'natcom')".to_string(),
        // Only National Commission accounts have a Member State.
        "INSERT INTO users (email, name, role, country) VALUES ('a@example.org', 'A', 'applicant', 'FR')".into(),
        "INSERT INTO users (email, name, role) VALUES ('x@example.org', 'X', 'superuser')".into(),
        // One account per address, whatever its capitals.
        "INSERT INTO users (email, name, role) VALUES ('CITY-FR@example.org', 'Again', 'applicant')".into(),
        // One application per city and call.
        format!("INSERT INTO applications (call_id, owner_id, city_name, country, created_at, updated_at)
                 SELECT call_id, owner_id, 'CITY 0', 'FR', now(), now() FROM applications WHERE id = {app}"),
        // An unknown country, an impossible priority, a population of zero.
        format!("UPDATE applications SET country = 'XX' WHERE id = {app}"),
        format!(r#"UPDATE applications SET answers = answers || '{{"priority_culture": 6}}' WHERE id = {app}"#),
        format!(r#"UPDATE applications SET answers = answers || '{{"population": 0}}' WHERE id = {app}"#),
        format!("UPDATE applications SET stage = 'archived' WHERE id = {app}"),
        // Answers out of bounds: a year, a language, a length.
        format!(r#"UPDATE applications SET answers = answers || '{{"population_year": 1850}}' WHERE id = {app}"#),
        format!(r#"UPDATE applications SET answers = answers || '{{"language": "de"}}' WHERE id = {app}"#),
        format!("UPDATE applications SET answers = answers || jsonb_build_object('mayor_name', repeat('x', 201)) WHERE id = {app}"),
        // An answer of the wrong type, or to no question of the form.
        format!(r#"UPDATE applications SET answers = answers || '{{"population": "many"}}' WHERE id = {app}"#),
        format!(r#"UPDATE applications SET answers = answers || '{{"area_km2": 0}}' WHERE id = {app}"#),
        format!(r#"UPDATE applications SET answers = answers || '{{"fax": "+1 555"}}' WHERE id = {app}"#),
        "UPDATE applications SET answers = '[1, 2]'".into(),
        format!("UPDATE applications SET city_name = '' WHERE id = {app}"),
        format!("UPDATE applications SET decision_message = repeat('x', 5001) WHERE id = {app}"),
        // Leaving the draft stage without the commitment ticked.
        format!(r#"UPDATE applications SET answers = answers || '{{"commitment": false}}' WHERE id = {app}"#),
        // A document that is not a PDF by its content.
        format!("INSERT INTO documents (application_id, kind, filename, byte_size, content, uploaded_by, created_at)
                 SELECT {app}, 'pledge', 'pledge.pdf', 5, 'hello'::bytea, owner_id, now() FROM applications WHERE id = {app}"),
        // A call whose deadlines are out of order.
        "INSERT INTO calls (title, body, opens_on, city_deadline, natcom_deadline, endorsement_quota)
         VALUES ('Backwards', '', '2025-06-01', '2025-05-01', '2025-07-01', 3)".into(),
    ];
    for statement in refused {
        assert!(
            sqlx::query(AssertSqlSafe(statement.as_str()))
                .execute(&db.pool)
                .await
                .is_err(),
            "the database accepted: {statement}"
        );
    }
    // Answers at their bounds are accepted.
    for accepted in [
        r#"{"priority_culture": 5, "population": 1, "area_km2": 0.01, "language": "fr"}"#,
        r#"{"population_year": 2100, "schooling_men_years": 0, "commitment": true}"#,
    ] {
        sqlx::query("UPDATE applications SET answers = answers || $1::jsonb WHERE id = $2")
            .bind(accepted)
            .bind(app)
            .execute(&db.pool)
            .await
            .unwrap_or_else(|e| panic!("{accepted}: {e}"));
    }
    sqlx::query(
        "UPDATE applications SET answers = answers || jsonb_build_object('motivation', repeat('é', 5000)) WHERE id = $1",
    )
    .bind(app)
    .execute(&db.pool)
    .await
    .unwrap();
    // A real PDF header is accepted.
    sqlx::query(AssertSqlSafe(format!(
        "INSERT INTO documents (application_id, kind, filename, byte_size, content, uploaded_by, created_at)
         SELECT {app}, 'pledge', 'pledge.pdf', 8, '%PDF-1.7'::bytea, owner_id, now() FROM applications WHERE id = {app}"
    )))
    .execute(&db.pool)
    .await
    .unwrap();
}

/// What UIL's dashboard reads from `uil_counts`, and what counting the applications again
/// gives: they must always agree.
async fn kept_and_recounted(
    db: &PgPool,
) -> (
    Vec<(String, String, bool, i64)>,
    Vec<(String, String, bool, i64)>,
) {
    let kept = sqlx::query_as(
        "SELECT country, stage, assessed, n::bigint FROM uil_counts WHERE n > 0 ORDER BY 1, 2, 3",
    )
    .fetch_all(db)
    .await
    .unwrap();
    let recounted = sqlx::query_as(
        "SELECT a.country, a.stage, EXISTS (SELECT 1 FROM assessments x WHERE x.application_id = a.id),
                count(*)
           FROM applications a WHERE a.forwarded_at IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
    )
    .fetch_all(db)
    .await
    .unwrap();
    (kept, recounted)
}

#[tokio::test]
async fn the_counts_uil_sees_follow_every_move_even_at_the_same_moment() {
    let db = TestDb::seeded().await;
    let mut ids = Vec::new();
    for (country, n) in [("FR", 3), ("KE", 3), ("DE", 2)] {
        ids.extend(submitted_applications(&db.pool, country, n).await);
    }
    let reviewers: Vec<i64> = join_all((0..3).map(|i| {
        sqlx::query_scalar(
            "INSERT INTO users (email, name, role) VALUES ($1, 'Reviewer', 'uil_reviewer') RETURNING id",
        )
        .bind(format!("reviewer-{i}@uil.example"))
        .fetch_one(&db.pool)
    }))
    .await
    .into_iter()
    .map(Result::unwrap)
    .collect();
    // Forwarded to UIL (the three of a country in one statement, as a National Commission does).
    for country in ["FR", "KE", "DE"] {
        sqlx::query(
            "UPDATE applications SET stage = 'forwarded', forwarded_at = now() WHERE country = $1",
        )
        .bind(country)
        .execute(&db.pool)
        .await
        .unwrap();
    }
    let (kept, recounted) = kept_and_recounted(&db.pool).await;
    assert_eq!(kept.iter().map(|r| r.3).sum::<i64>(), 8);
    assert_eq!(kept, recounted);

    // Every reviewer assesses every application at once, while coordinators move them on.
    let assessments = ids
        .iter()
        .flat_map(|&id| reviewers.iter().map(move |&reviewer| (id, reviewer)));
    let assessing = join_all(
        assessments
            .map(|(id, reviewer)| insert_assessment(&db.pool, id, reviewer, [5, 4, 4, 3, 4], "")),
    );
    let deciding = join_all(ids.iter().enumerate().map(|(i, &id)| {
        let stage = ["under_review", "accepted", "not_accepted"][i % 3];
        sqlx::query("UPDATE applications SET stage = $2 WHERE id = $1")
            .bind(id)
            .bind(stage)
            .execute(&db.pool)
    }));
    let (assessed, decided) = tokio::join!(assessing, deciding);
    let failed: Vec<_> = assessed
        .iter()
        .chain(&decided)
        .filter_map(|r| r.as_ref().err())
        .collect();
    assert!(failed.is_empty(), "{failed:?}");
    // A reviewer's assessments go back to drafts (which count for nobody); one
    // application's assessments are removed.
    sqlx::query("UPDATE assessments SET submitted_at = NULL WHERE reviewer_id = $1")
        .bind(reviewers[0])
        .execute(&db.pool)
        .await
        .unwrap();
    sqlx::query("DELETE FROM assessments WHERE application_id = $1")
        .bind(ids[0])
        .execute(&db.pool)
        .await
        .unwrap();

    let (kept, recounted) = kept_and_recounted(&db.pool).await;
    assert_eq!(kept, recounted);
    let by_region_wrong: Vec<(String, String, bool)> = sqlx::query_as(
        "SELECT region, stage, assessed FROM uil_region_counts r
          WHERE n <> (SELECT coalesce(sum(c.n), 0) FROM uil_counts c
                        JOIN member_states s ON s.iso2 = c.country
                       WHERE s.unesco_region = r.region AND c.call_id = r.call_id
                         AND c.stage = r.stage AND c.assessed = r.assessed)",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(by_region_wrong, vec![], "the counts by region add up");
    let regions: i64 = sqlx::query_scalar("SELECT sum(n) FROM uil_region_counts")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(regions, 8);
    assert!(
        kept.contains(&("FR".into(), "under_review".into(), false, 1)),
        "{kept:?}"
    );
    // Each application counts the assessments handed in.
    let wrong: Vec<(i64, i32, i64)> = sqlx::query_as(
        "SELECT a.id, a.assessment_count, x.n
           FROM applications a
           CROSS JOIN LATERAL (
             SELECT count(*) AS n FROM assessments x
              WHERE x.application_id = a.id AND x.submitted_at IS NOT NULL) x
          WHERE a.assessment_count <> x.n",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(wrong, vec![]);
    let counted: i32 =
        sqlx::query_scalar("SELECT assessment_count FROM applications WHERE id = $1")
            .bind(ids[1])
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(counted, 2, "three reviewers, one of them back to a draft");
}

/// The region and country name the application carries (what UIL's list filters and
/// sorts by).
async fn copies(db: &PgPool, id: i64) -> (Option<String>, Option<String>) {
    sqlx::query_as("SELECT region, country_name FROM applications WHERE id = $1")
        .bind(id)
        .fetch_one(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_application_carries_its_member_states_region_and_name_as_they_change() {
    let db = TestDb::seeded().await;
    let id = submitted_applications(&db.pool, "FR", 1).await[0];
    assert_eq!(
        copies(&db.pool, id).await,
        (
            Some("Europe and North America".into()),
            Some("France".into())
        )
    );

    sqlx::query("UPDATE applications SET country = 'SN' WHERE id = $1")
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        copies(&db.pool, id).await,
        (Some("Africa".into()), Some("Senegal".into())),
        "moved to another Member State"
    );

    sqlx::query("UPDATE member_states SET name = 'République du Sénégal' WHERE iso2 = 'SN'")
        .execute(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        copies(&db.pool, id).await,
        (Some("Africa".into()), Some("République du Sénégal".into())),
        "the Member State renamed"
    );

    let unknown = sqlx::query("UPDATE applications SET country = 'XX' WHERE id = $1")
        .bind(id)
        .execute(&db.pool)
        .await
        .unwrap_err();
    assert!(
        unknown.to_string().contains("applications_country_fkey"),
        "{unknown}"
    );
}
