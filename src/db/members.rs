//! The member directory.

use sqlx::PgPool;

use crate::domain::directory::{MemberRow, Plan};
use crate::error::Error;

#[derive(Debug, Clone)]
pub struct Member {
    pub city: String,
    pub country: String,
    pub country_name: String,
    pub region: String,
    pub joined_year: Option<i16>,
}

#[derive(Debug, Clone)]
pub struct RegionCount {
    pub region: String,
    pub members: i64,
}

#[derive(Debug, Clone)]
pub struct CountryOption {
    pub iso2: String,
    pub name: String,
    pub members: i64,
}

/// Members in a region and/or country (`None` = any), by country then city.
/// Unknown values simply match nothing.
pub async fn list(
    db: &PgPool,
    region: Option<&str>,
    country: Option<&str>,
) -> Result<Vec<Member>, Error> {
    let rows = sqlx::query_as!(
        Member,
        r#"SELECT m.city, m.country AS "country!", s.name AS country_name,
                  s.unesco_region AS region, m.joined_year
             FROM members m JOIN member_states s ON s.iso2 = m.country
            WHERE ($1::text IS NULL OR s.unesco_region = $1)
              AND ($2::text IS NULL OR m.country = $2)
            ORDER BY s.name, m.city"#,
        region,
        country,
    )
    .fetch_all(db)
    .await?;
    Ok(rows)
}

/// How many members each region has, over the whole directory.
pub async fn count_by_region(db: &PgPool) -> Result<Vec<RegionCount>, Error> {
    let rows = sqlx::query_as!(
        RegionCount,
        r#"SELECT s.unesco_region AS region, count(*) AS "members!"
             FROM members m JOIN member_states s ON s.iso2 = m.country
            GROUP BY s.unesco_region ORDER BY s.unesco_region"#
    )
    .fetch_all(db)
    .await?;
    Ok(rows)
}

/// The countries that have members, for the filter.
pub async fn countries(db: &PgPool) -> Result<Vec<CountryOption>, Error> {
    let rows = sqlx::query_as!(
        CountryOption,
        r#"SELECT s.iso2 AS "iso2!", s.name, count(*) AS "members!"
             FROM members m JOIN member_states s ON s.iso2 = m.country
            GROUP BY s.iso2, s.name ORDER BY s.name"#
    )
    .fetch_all(db)
    .await?;
    Ok(rows)
}

/// Adds a city UIL accepted, with the year; a city already listed keeps its entry.
pub async fn add_accepted(
    conn: &mut sqlx::PgConnection,
    city: &str,
    country: &str,
    year: i16,
    application_id: i64,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO members (city, country, joined_year, application_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (country, lower(city)) DO UPDATE
           SET application_id = EXCLUDED.application_id,
               joined_year = coalesce(members.joined_year, EXCLUDED.joined_year)",
        city,
        country,
        year,
        application_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Every member as (id, row), for planning an import.
pub async fn all_rows(conn: &mut sqlx::PgConnection) -> Result<Vec<(i64, MemberRow)>, Error> {
    let rows = sqlx::query!(
        r#"SELECT id, city, country AS "country!: String", joined_year FROM members ORDER BY id"#
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.id,
                MemberRow {
                    city: r.city,
                    country: r.country,
                    year: r.joined_year,
                },
            )
        })
        .collect())
}

/// Carries out an import plan.
pub async fn apply(conn: &mut sqlx::PgConnection, plan: &Plan, source: &str) -> Result<(), Error> {
    let removed: Vec<i64> = plan.remove.iter().map(|(id, _)| *id).collect();
    sqlx::query!("DELETE FROM members WHERE id = ANY($1)", &removed)
        .execute(&mut *conn)
        .await?;
    for (id, row) in &plan.update {
        sqlx::query!(
            "UPDATE members SET joined_year = $2 WHERE id = $1",
            id,
            row.year
        )
        .execute(&mut *conn)
        .await?;
    }
    let cities: Vec<String> = plan.add.iter().map(|r| r.city.clone()).collect();
    let countries: Vec<String> = plan.add.iter().map(|r| r.country.clone()).collect();
    let years: Vec<Option<i16>> = plan.add.iter().map(|r| r.year).collect();
    sqlx::query!(
        r#"INSERT INTO members (city, country, joined_year, source)
           SELECT c, k, y, $4 FROM UNNEST($1::text[], $2::text[], $3::smallint[]) AS t(c, k, y)
           ON CONFLICT DO NOTHING"#,
        &cities,
        &countries,
        &years as &[Option<i16>],
        source
    )
    .execute(conn)
    .await?;
    Ok(())
}
