//! Reference data bundled with the binary (data/), loaded at start. Each data set is
//! loaded once per database and recorded in `reference_data_loads` in the same
//! transaction, so starting again changes nothing and never re-adds what an admin removed.

use serde::Deserialize;
use sqlx::{PgPool, Postgres, Transaction};

use super::Error;

const MEMBER_STATES_CSV: &str = include_str!("../../data/member-states.csv");
const MEMBERS_CSV: &str = include_str!("../../data/gnlc-members.csv");
const CALL_2023_BODY: &str = include_str!("../../data/call-2023.md");
const CALL_2023_TITLES: &str = include_str!("../../data/call-2023-titles.csv");
/// The criteria the 2023 call's reviewers scored, in six languages.
const RUBRIC_2023_CSV: &str = include_str!("../../data/rubric-2023.csv");
/// The 2023 call in the other languages, translated from `call-2023.md`.
const CALL_2023_TRANSLATIONS: [(&str, &str); 5] = [
    ("fr", include_str!("../../data/call-2023.fr.md")),
    ("es", include_str!("../../data/call-2023.es.md")),
    ("ar", include_str!("../../data/call-2023.ar.md")),
    ("zh", include_str!("../../data/call-2023.zh.md")),
    ("ru", include_str!("../../data/call-2023.ru.md")),
];

#[derive(Debug, Deserialize)]
struct RubricRow {
    position: i16,
    weight: i16,
    locale: String,
    name: String,
    description: String,
}

/// The 2023 call's criteria, in their order, from `data/rubric-2023.csv`.
pub fn rubric_2023() -> Result<Vec<super::criteria::CriterionInput>, Error> {
    let rows: Vec<RubricRow> = parse_csv("rubric-2023.csv", RUBRIC_2023_CSV)?;
    let mut criteria: Vec<(i16, super::criteria::CriterionInput)> = Vec::new();
    for r in rows {
        let at = match criteria.iter().position(|(p, _)| *p == r.position) {
            Some(at) => at,
            None => {
                criteria.push((
                    r.position,
                    super::criteria::CriterionInput {
                        weight: r.weight,
                        names: Default::default(),
                        descriptions: Default::default(),
                    },
                ));
                criteria.len() - 1
            }
        };
        let c = &mut criteria[at].1;
        c.names.insert(r.locale.clone(), r.name);
        c.descriptions.insert(r.locale, r.description);
    }
    criteria.sort_by_key(|(p, _)| *p);
    Ok(criteria.into_iter().map(|(_, c)| c).collect())
}

#[derive(Debug, Deserialize)]
struct TitleRow {
    locale: String,
    title: String,
}

#[derive(Debug, Deserialize)]
struct MemberStateRow {
    iso2: String,
    iso3: String,
    name: String,
    unesco_region: String,
    status: String,
}

#[derive(Debug, Deserialize)]
struct MemberRow {
    city: String,
    country_iso2: String,
    joined_year: Option<i16>,
    source: Option<String>,
}

/// Loads whatever bundled data this database has not had yet.
pub async fn load_reference_data(db: &PgPool) -> Result<(), Error> {
    load_once(db, "member-states-2023", load_member_states).await?;
    load_once(db, "gnlc-members-2025", load_members).await?;
    load_once(db, "call-2023", load_call_2023).await?;
    load_once(db, "call-2023-translations", load_call_2023_translations).await?;
    load_once(db, "rubric-2023", load_rubric_2023).await?;
    Ok(())
}

async fn load_once<F>(db: &PgPool, name: &str, load: F) -> Result<(), Error>
where
    F: AsyncFnOnce(&mut Transaction<'static, Postgres>) -> Result<(), Error>,
{
    let mut tx = db.begin().await?;
    // Claim the data set; a second server starting at the same moment waits here,
    // then finds it claimed and does nothing.
    let claimed = sqlx::query!(
        "INSERT INTO reference_data_loads (name) VALUES ($1) ON CONFLICT (name) DO NOTHING",
        name
    )
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if claimed {
        load(&mut tx).await?;
        tracing::info!(data_set = name, "loaded reference data");
    }
    tx.commit().await?;
    Ok(())
}

fn parse_csv<T: for<'de> Deserialize<'de>>(name: &str, text: &str) -> Result<Vec<T>, Error> {
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .collect::<Result<Vec<T>, _>>()
        .map_err(|e| Error::Corrupt(format!("bundled {name} is malformed: {e}")))
}

async fn load_member_states(tx: &mut Transaction<'static, Postgres>) -> Result<(), Error> {
    let rows: Vec<MemberStateRow> = parse_csv("member-states.csv", MEMBER_STATES_CSV)?;
    let column =
        |f: fn(&MemberStateRow) -> &String| rows.iter().map(f).cloned().collect::<Vec<_>>();
    sqlx::query!(
        r#"INSERT INTO member_states (iso2, iso3, name, unesco_region, status)
           SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
           ON CONFLICT (iso2) DO UPDATE
              SET iso3 = EXCLUDED.iso3, name = EXCLUDED.name,
                  unesco_region = EXCLUDED.unesco_region, status = EXCLUDED.status"#,
        &column(|r| &r.iso2),
        &column(|r| &r.iso3),
        &column(|r| &r.name),
        &column(|r| &r.unesco_region),
        &column(|r| &r.status),
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn load_members(tx: &mut Transaction<'static, Postgres>) -> Result<(), Error> {
    let rows: Vec<MemberRow> = parse_csv("gnlc-members.csv", MEMBERS_CSV)?;
    let cities: Vec<String> = rows.iter().map(|r| r.city.clone()).collect();
    let countries: Vec<String> = rows.iter().map(|r| r.country_iso2.clone()).collect();
    let years: Vec<Option<i16>> = rows.iter().map(|r| r.joined_year).collect();
    let sources: Vec<Option<String>> = rows.iter().map(|r| r.source.clone()).collect();
    sqlx::query!(
        r#"INSERT INTO members (city, country, joined_year, source)
           SELECT * FROM UNNEST($1::text[], $2::text[], $3::smallint[], $4::text[])
           ON CONFLICT DO NOTHING"#,
        &cities,
        &countries,
        &years as &[Option<i16>],
        &sources as &[Option<String>],
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn load_call_2023(tx: &mut Transaction<'static, Postgres>) -> Result<(), Error> {
    sqlx::query!(
        r#"INSERT INTO calls (title, body, opens_on, city_deadline, natcom_deadline,
                              endorsement_quota, deadline_zone)
           VALUES ($1, $2, '2023-04-01', '2023-05-31', '2023-06-30', 3, 'AoE')
           ON CONFLICT (title) DO NOTHING"#,
        "Join the UNESCO Global Network of Learning Cities!",
        CALL_2023_BODY,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The 2023 call's criteria (on a database migrated from before them, migration 0023 gave
/// them already).
async fn load_rubric_2023(tx: &mut Transaction<'static, Postgres>) -> Result<(), Error> {
    let call = sqlx::query_scalar!(
        "SELECT id FROM calls WHERE title = $1",
        "Join the UNESCO Global Network of Learning Cities!"
    )
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(call) = call {
        super::criteria::seed(tx, call, &rubric_2023()?).await?;
    }
    Ok(())
}

/// The 2023 call's title and text in the five other languages (none is overwritten: an
/// admin's edit stays).
async fn load_call_2023_translations(tx: &mut Transaction<'static, Postgres>) -> Result<(), Error> {
    let titles: Vec<TitleRow> = parse_csv("call-2023-titles.csv", CALL_2023_TITLES)?;
    for (locale, body) in CALL_2023_TRANSLATIONS {
        let title = titles
            .iter()
            .find(|t| t.locale == locale)
            .ok_or_else(|| Error::Corrupt(format!("call-2023-titles.csv has no {locale}")))?;
        let seeded = sqlx::query!(
            r#"INSERT INTO call_texts (call_id, locale, title, body)
               SELECT id, $2, $3, $4 FROM calls WHERE title = $1
               ON CONFLICT (call_id, locale) DO NOTHING"#,
            "Join the UNESCO Global Network of Learning Cities!",
            locale,
            title.title,
            body,
        )
        .execute(&mut **tx)
        .await?
        .rows_affected();
        if seeded == 0 {
            // The 2023 call was renamed (or is not there): its English title is how the
            // seed finds it, and nothing is overwritten.
            tracing::warn!(
                locale,
                "the 2023 call's text in this language was not seeded"
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_member_states_parse_and_namibia_keeps_its_code() {
        let rows: Vec<MemberStateRow> = parse_csv("member-states.csv", MEMBER_STATES_CSV).unwrap();
        assert_eq!(rows.len(), 205);
        assert!(rows.iter().any(|r| r.iso2 == "NA" && r.name == "Namibia"));
        assert!(
            rows.iter().any(|r| r.name == "Macao, China"),
            "quoted commas survive"
        );
    }

    #[test]
    fn the_bundled_members_parse_with_and_without_a_year() {
        let rows: Vec<MemberRow> = parse_csv("gnlc-members.csv", MEMBERS_CSV).unwrap();
        assert_eq!(rows.len(), 247);
        assert!(rows.iter().any(|r| r.joined_year.is_none()));
        assert!(
            rows.iter().any(|r| r.city == "Bogotá"),
            "non-Latin letters survive"
        );
    }
}
