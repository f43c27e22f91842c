//! Applications as UIL lists, counts and exports them: everything that reached UIL, with
//! filters. One query for a page of rows, one for the counts (which give the total).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgExecutor};

use super::applications::{Application, Record, stage};
use super::member_states::MemberState;
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

/// One page of what reached UIL. With the default sort it is read in the order of an
/// index, so a page costs the same with 50 or 50,000 applications.
///
/// The Member States come from memory (`states`, by name) rather than from a join: with
/// a join, PostgreSQL misjudged how many applications a filter keeps (their stage and
/// their having reached UIL go together) and chose a nested loop that cost 13 ms a page.
/// So a region is passed as its countries, and "by country" sorts by each code's place
/// in the list of names.
pub async fn page(
    db: impl PgExecutor<'_>,
    f: &Filter,
    states: &[MemberState],
    limit: i64,
    offset: i64,
) -> Result<Vec<Row>, Error> {
    let region_countries: Option<Vec<String>> = f.region.as_ref().map(|region| {
        states
            .iter()
            .filter(|s| &s.region == region)
            .map(|s| s.iso2.clone())
            .collect()
    });
    let by_name: Option<Vec<&str>> =
        (f.sort == Sort::Country).then(|| states.iter().map(|s| s.iso2.as_str()).collect());
    let rows = sqlx::query!(
        r#"SELECT a.id, a.city_name, a.country AS "country!: String", a.stage, a.forwarded_at,
                  a.assessment_count,
                  (a.assessment_score_sum / (5.0 * nullif(a.assessment_count, 0)))::float8 AS average
             FROM applications a
            WHERE a.forwarded_at IS NOT NULL
              AND ($1::bigint IS NULL OR a.call_id = $1)
              AND ($2::text[] IS NULL OR a.country = ANY ($2))
              AND ($3::text IS NULL OR a.country = $3)
              AND ($4::text IS NULL OR a.stage = $4)
              AND ($5::bool IS NULL OR (a.assessment_count > 0) = $5)
            ORDER BY CASE WHEN $6 = 'city' THEN lower(a.city_name) END,
                     CASE WHEN $6 = 'country' THEN array_position($7::text[], a.country) END,
                     a.forwarded_at DESC, a.id DESC
            LIMIT $8 OFFSET $9"#,
        f.call_id,
        region_countries.as_deref(),
        f.country,
        f.stage.map(Stage::as_str),
        f.reviewed,
        f.sort.as_str(),
        by_name.as_deref() as Option<&[&str]>,
        limit,
        offset,
    )
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|r| {
            let state = states.iter().find(|s| s.iso2 == r.country);
            Ok(Row {
                id: r.id,
                city_name: r.city_name,
                country_name: state.map_or_else(|| r.country.clone(), |s| s.name.clone()),
                region: state.map(|s| s.region.clone()).unwrap_or_default(),
                stage: stage(&r.stage)?,
                forwarded_at: r.forwarded_at,
                assessments: r.assessment_count.into(),
                average: r.average,
            })
        })
        .collect()
}

/// How many of the filtered applications are in each region and in each stage, read
/// from the counts the schema keeps (migration 0011) rather than counted again: by
/// region unless a country is chosen.
pub async fn counts(db: impl PgExecutor<'_>, f: &Filter) -> Result<Counts, Error> {
    let stage_filter = f.stage.map(Stage::as_str);
    let rows = match &f.country {
        None => {
            sqlx::query_as!(
                CountRow,
                r#"SELECT region AS "region?", stage AS "stage?", sum(n)::bigint AS "n!"
                 FROM uil_region_counts
                WHERE ($1::bigint IS NULL OR call_id = $1)
                  AND ($2::text IS NULL OR region = $2)
                  AND ($3::text IS NULL OR stage = $3)
                  AND ($4::bool IS NULL OR assessed = $4)
                GROUP BY GROUPING SETS ((region), (stage))
               HAVING sum(n) > 0
                ORDER BY 1, 2"#,
                f.call_id,
                f.region,
                stage_filter,
                f.reviewed,
            )
            .fetch_all(db)
            .await?
        }
        Some(country) => sqlx::query_as!(
            CountRow,
            r#"SELECT s.unesco_region AS "region?", c.stage AS "stage?", sum(c.n)::bigint AS "n!"
                 FROM uil_counts c JOIN member_states s ON s.iso2 = c.country
                WHERE c.country = $1
                  AND ($2::bigint IS NULL OR c.call_id = $2)
                  AND ($3::text IS NULL OR s.unesco_region = $3)
                  AND ($4::text IS NULL OR c.stage = $4)
                  AND ($5::bool IS NULL OR c.assessed = $5)
                GROUP BY GROUPING SETS ((s.unesco_region), (c.stage))
               HAVING sum(c.n) > 0
                ORDER BY 1, 2"#,
            country,
            f.call_id,
            f.region,
            stage_filter,
            f.reviewed,
        )
        .fetch_all(db)
        .await?,
    };
    let mut counts = Counts::default();
    for CountRow {
        region,
        stage: stage_name,
        n,
    } in rows
    {
        match (region, stage_name) {
            (Some(region), None) => counts.regions.push((region, n)),
            (None, Some(s)) => counts.stages.push((stage(&s)?, n)),
            _ => {}
        }
    }
    Ok(counts)
}

/// A row of either counting query: a region's count or a stage's (GROUPING SETS).
struct CountRow {
    region: Option<String>,
    stage: Option<String>,
    n: i64,
}

/// The filtered applications counted by region and by stage.
#[derive(Debug, Default)]
pub struct Counts {
    pub regions: Vec<(String, i64)>,
    pub stages: Vec<(Stage, i64)>,
}

impl Counts {
    /// Every filtered application is in exactly one stage.
    pub fn total(&self) -> i64 {
        self.stages.iter().map(|(_, n)| n).sum()
    }
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
              AND ($5::bool IS NULL OR (a.assessment_count > 0) = $5)
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
    // The average as the list shows it: from the totals kept on each application.
    let ids: Vec<i64> = records.iter().map(|r| r.id).collect();
    let averages: HashMap<i64, f64> = sqlx::query!(
        r#"SELECT id, (assessment_score_sum / (5.0 * assessment_count))::float8 AS "average!"
             FROM applications WHERE id = ANY($1) AND assessment_count > 0"#,
        &ids
    )
    .fetch_all(conn)
    .await?
    .into_iter()
    .map(|r| (r.id, r.average))
    .collect();
    records
        .into_iter()
        .map(|r| {
            let average = averages.get(&r.id).copied();
            Ok((Application::try_from(r)?, average))
        })
        .collect()
}
