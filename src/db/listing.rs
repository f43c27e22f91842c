//! Applications as UIL lists, counts and exports them: everything that reached UIL, with
//! filters. One query for a page of rows (with the total), one for the counts.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

use super::applications::{Application, Record, stage};
use crate::domain::Stage;
use crate::error::Error;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// The last to reach UIL first.
    #[default]
    Newest,
    City,
    Country,
}

impl Sort {
    pub fn parse(s: &str) -> Sort {
        match s {
            "city" => Sort::City,
            "country" => Sort::Country,
            _ => Sort::Newest,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::City => "city",
            Sort::Country => "country",
        }
    }
}

/// What UIL chose to see. `None` means any.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub call_id: Option<i64>,
    pub region: Option<String>,
    pub country: Option<String>,
    pub stage: Option<Stage>,
    pub reviewed: Option<bool>,
    pub sort: Sort,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub id: i64,
    pub city_name: String,
    pub country_name: String,
    pub region: String,
    pub stage: Stage,
    pub forwarded_at: Option<DateTime<Utc>>,
    pub assessments: i64,
    pub average: Option<f64>,
}

/// One page of what reached UIL, and how many there are in all.
pub async fn page(
    db: &PgPool,
    f: &Filter,
    limit: i64,
    offset: i64,
) -> Result<(Vec<Row>, i64), Error> {
    // Filter once; sort and cut the page; only then look up each row's assessments.
    let rows = sqlx::query!(
        r#"WITH filtered AS (
             SELECT a.id, a.city_name, s.name AS country_name, s.unesco_region AS region, a.stage,
                    a.forwarded_at
               FROM applications a JOIN member_states s ON s.iso2 = a.country
              WHERE a.forwarded_at IS NOT NULL
                AND ($1::bigint IS NULL OR a.call_id = $1)
                AND ($2::text IS NULL OR s.unesco_region = $2)
                AND ($3::text IS NULL OR a.country = $3)
                AND ($4::text IS NULL OR a.stage = $4)
                AND ($5::bool IS NULL OR EXISTS (SELECT 1 FROM assessments x WHERE x.application_id = a.id) = $5)
           ), page AS (
             SELECT * FROM filtered
              ORDER BY CASE WHEN $6 = 'city' THEN lower(city_name) END,
                       CASE WHEN $6 = 'country' THEN country_name END,
                       forwarded_at DESC, id DESC
              LIMIT $7 OFFSET $8
           )
           SELECT p.id AS "id!", p.city_name AS "city_name!", p.country_name AS "country_name!",
                  p.region AS "region!", p.stage AS "stage!", p.forwarded_at,
                  x.n AS "assessments!", x.average, (SELECT count(*) FROM filtered) AS "total!"
             FROM page p
             CROSS JOIN LATERAL (
               SELECT count(*) AS n,
                      (avg(score_commitment + score_strategy + score_participation
                           + score_feasibility + score_fit) / 5.0)::float8 AS average
                 FROM assessments WHERE application_id = p.id) x
            ORDER BY CASE WHEN $6 = 'city' THEN lower(p.city_name) END,
                     CASE WHEN $6 = 'country' THEN p.country_name END,
                     p.forwarded_at DESC, p.id DESC"#,
        f.call_id,
        f.region,
        f.country,
        f.stage.map(Stage::as_str),
        f.reviewed,
        f.sort.as_str(),
        limit,
        offset,
    )
    .fetch_all(db)
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    let rows = rows
        .into_iter()
        .map(|r| {
            Ok(Row {
                id: r.id,
                city_name: r.city_name,
                country_name: r.country_name,
                region: r.region,
                stage: stage(&r.stage)?,
                forwarded_at: r.forwarded_at,
                assessments: r.assessments,
                average: r.average,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok((rows, total))
}

/// How many of the filtered applications are in each region and in each stage.
pub async fn counts(
    db: &PgPool,
    f: &Filter,
) -> Result<(Vec<(String, i64)>, Vec<(Stage, i64)>), Error> {
    let rows = sqlx::query!(
        r#"SELECT s.unesco_region AS "region?", a.stage AS "stage?", count(*) AS "n!"
             FROM applications a JOIN member_states s ON s.iso2 = a.country
            WHERE a.forwarded_at IS NOT NULL
              AND ($1::bigint IS NULL OR a.call_id = $1)
              AND ($2::text IS NULL OR s.unesco_region = $2)
              AND ($3::text IS NULL OR a.country = $3)
              AND ($4::text IS NULL OR a.stage = $4)
              AND ($5::bool IS NULL OR EXISTS (SELECT 1 FROM assessments x WHERE x.application_id = a.id) = $5)
            GROUP BY GROUPING SETS ((s.unesco_region), (a.stage))
            ORDER BY 1, 2"#,
        f.call_id,
        f.region,
        f.country,
        f.stage.map(Stage::as_str),
        f.reviewed,
    )
    .fetch_all(db)
    .await?;
    let mut regions = Vec::new();
    let mut stages = Vec::new();
    for r in rows {
        match (r.region, r.stage) {
            (Some(region), None) => regions.push((region, r.n)),
            (None, Some(s)) => stages.push((stage(&s)?, r.n)),
            _ => {}
        }
    }
    Ok((regions, stages))
}

/// Every filtered application with all its answers, for the CSV export, with the average
/// of its assessments.
pub async fn export(
    conn: &mut PgConnection,
    f: &Filter,
) -> Result<Vec<(Application, Option<f64>)>, Error> {
    let records = sqlx::query_as!(
        Record,
        r#"SELECT a.id, a.call_id, a.owner_id, a.stage, a.city_name, a.country AS "country!: String",
                  s.name AS country_name, a.website, a.language,
                  a.mayor_salutation, a.mayor_name, a.mayor_title,
                  a.contact_salutation, a.contact_name, a.contact_title, a.contact_organisation,
                  a.contact_address, a.contact_postcode, a.contact_phone, a.contact_email,
                  a.population, a.population_year, a.area_km2, a.area_year,
                  a.gdp_city_usd, a.gdp_city_year, a.gdp_country_usd, a.gdp_country_year,
                  a.schooling_women_years, a.schooling_men_years, a.schooling_year,
                  a.motivation, a.implementation,
                  a.priority_inclusive, a.priority_families, a.priority_workplace,
                  a.priority_technologies, a.priority_quality, a.priority_culture,
                  a.commitment, a.officer_name, a.officer_title, a.endorsement_note,
                  a.decision_message, a.created_at, a.updated_at, a.submitted_at,
                  a.forwarded_at, a.decided_at
             FROM applications a JOIN member_states s ON s.iso2 = a.country
            WHERE a.forwarded_at IS NOT NULL
              AND ($1::bigint IS NULL OR a.call_id = $1)
              AND ($2::text IS NULL OR s.unesco_region = $2)
              AND ($3::text IS NULL OR a.country = $3)
              AND ($4::text IS NULL OR a.stage = $4)
              AND ($5::bool IS NULL OR EXISTS (SELECT 1 FROM assessments x WHERE x.application_id = a.id) = $5)
            ORDER BY CASE WHEN $6 = 'city' THEN lower(a.city_name) END,
                     CASE WHEN $6 = 'country' THEN s.name END,
                     a.forwarded_at DESC, a.id DESC"#,
        f.call_id,
        f.region,
        f.country,
        f.stage.map(Stage::as_str),
        f.reviewed,
        f.sort.as_str(),
    )
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = records.iter().map(|r| r.id).collect();
    let averages: HashMap<i64, f64> = sqlx::query!(
        r#"SELECT application_id, (avg(score_commitment + score_strategy + score_participation
                                       + score_feasibility + score_fit) / 5.0)::float8 AS "average!"
             FROM assessments WHERE application_id = ANY($1) GROUP BY application_id"#,
        &ids
    )
    .fetch_all(conn)
    .await?
    .into_iter()
    .map(|r| (r.application_id, r.average))
    .collect();
    records
        .into_iter()
        .map(|r| {
            let average = averages.get(&r.id).copied();
            Ok((Application::try_from(r)?, average))
        })
        .collect()
}
