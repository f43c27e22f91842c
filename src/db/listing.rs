//! Applications as UIL lists, counts and exports them: everything that reached UIL, with
//! filters. One query for a page of rows, one for the counts (which give the total).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgExecutor, Postgres, QueryBuilder};

use super::Error;
use crate::domain::{REGIONS, Stage};

/// A stage read at run time (the statements here are built, not checked at compile time).
fn stage(name: &str) -> Result<Stage, Error> {
    name.parse()
        .map_err(|e| Error::Corrupt(format!("applications.stage: {e}")))
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
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
    /// ISO code: the caller has the Member States' names and regions in memory.
    pub country: String,
    pub stage: Stage,
    pub forwarded_at: Option<DateTime<Utc>>,
    pub assessments: i64,
    pub average: Option<f64>,
}

/// One page of the list and the counts of everything the filter keeps: what the UIL
/// dashboard shows.
#[derive(Debug)]
pub struct Listing {
    pub rows: Vec<Row>,
    pub counts: Counts,
}

impl Listing {
    pub async fn read(
        conn: &mut PgConnection,
        f: &Filter,
        limit: u32,
        offset: u32,
    ) -> Result<Listing, Error> {
        Ok(Listing {
            rows: page(&mut *conn, f, limit, offset).await?,
            counts: counts(&mut *conn, f).await?,
        })
    }
}

/// One page of what reached UIL. Newest first or by country, and unfiltered, it is read
/// in the order of an index, so a page costs the same with 50 or 50,000 applications.
///
/// The statement names only the filters chosen, and its page as numbers, so that
/// PostgreSQL can plan each kind of page once and keep the plan: with every filter
/// optional in one text (`$1 IS NULL OR …`) it planned the statement anew on every view,
/// a third of its work for the dashboard. What people type (a call, a country) is
/// always bound; only names from our own closed lists are written into the text.
///
/// The region and the country's name are read from the copies each application carries
/// (migration 0013), not from a join on the Member States: with a join, PostgreSQL
/// misjudged how many applications a filter keeps (their stage and their having reached
/// UIL go together) and chose a nested loop that cost 13 ms a page.
pub async fn page(
    db: impl PgExecutor<'_>,
    f: &Filter,
    limit: u32,
    offset: u32,
) -> Result<Vec<Row>, Error> {
    let mut sql = QueryBuilder::<Postgres>::new(
        // Cast from their domains (migration 0012): a row read at run time is checked
        // against the types PostgreSQL names, and `String` knows `text` only.
        "SELECT a.id, a.city_name::text, a.country::text, a.stage::text, a.forwarded_at,
                a.assessment_count::int4, a.review_mean
           FROM applications a
          WHERE a.forwarded_at IS NOT NULL",
    );
    if let Some(call_id) = f.call_id {
        sql.push(" AND a.call_id = ").push_bind(call_id);
    }
    // A region and a stage are each one of a few names of our own: written into the
    // statement, so that PostgreSQL keeps a plan for each. Bound, PostgreSQL found its
    // kept plan dearer than one made for the values and planned every view again.
    if let Some(region) = &f.region {
        match REGIONS.iter().find(|r| *r == region) {
            Some(region) => sql.push(format_args!(" AND a.region = '{region}'")),
            None => sql.push(" AND false"),
        };
    }
    if let Some(country) = &f.country {
        sql.push(" AND a.country = ").push_bind(country);
    }
    if let Some(stage) = f.stage {
        sql.push(format_args!(" AND a.stage = '{}'", stage.as_str()));
    }
    match f.reviewed {
        Some(true) => sql.push(" AND a.assessment_count > 0"),
        Some(false) => sql.push(" AND a.assessment_count = 0"),
        None => &mut sql,
    };
    sql.push(" ORDER BY ");
    match f.sort {
        Sort::Newest => &mut sql,
        Sort::City => sql.push("lower(a.city_name), "),
        Sort::Country => sql.push("a.country_name, "),
    };
    // Numbers, not parameters: with a parameter, PostgreSQL prices the kept plan for an
    // unknown offset, finds it dearer than planning anew, and plans every time.
    sql.push(format_args!(
        "a.forwarded_at DESC, a.id DESC LIMIT {limit} OFFSET {offset}"
    ));
    let rows: Vec<PageRow> = sql.build_query_as().fetch_all(db).await?;
    rows.into_iter()
        .map(|r| {
            Ok(Row {
                id: r.id,
                city_name: r.city_name,
                country: r.country,
                stage: stage(&r.stage)?,
                forwarded_at: r.forwarded_at,
                assessments: r.assessment_count.into(),
                average: r.review_mean,
            })
        })
        .collect()
}

/// A row of `page` as PostgreSQL sends it.
#[derive(sqlx::FromRow)]
struct PageRow {
    id: i64,
    city_name: String,
    country: String,
    stage: String,
    forwarded_at: Option<DateTime<Utc>>,
    assessment_count: i32,
    review_mean: Option<f64>,
}

/// How many of the filtered applications are in each region and in each stage, from the
/// counts the schema keeps (migration 0011) rather than counted again: by region unless a
/// country is chosen. The kept rows (a few dozen) are summed here: summing them in
/// PostgreSQL (GROUPING SETS, then a sort) cost it more than the list itself. Like `page`,
/// the statement names only the filters chosen, so that PostgreSQL keeps its plan.
pub async fn counts(db: impl PgExecutor<'_>, f: &Filter) -> Result<Counts, Error> {
    let (region, mut sql) = match &f.country {
        None => (
            "c.region",
            QueryBuilder::<Postgres>::new(
                "SELECT c.region, c.stage, c.n FROM uil_region_counts c WHERE c.n > 0",
            ),
        ),
        Some(country) => {
            let mut sql = QueryBuilder::new(
                "SELECT s.unesco_region AS region, c.stage, c.n
                   FROM uil_counts c JOIN member_states s ON s.iso2 = c.country
                  WHERE c.n > 0 AND c.country = ",
            );
            sql.push_bind(country);
            ("s.unesco_region", sql)
        }
    };
    if let Some(call_id) = f.call_id {
        sql.push(" AND c.call_id = ").push_bind(call_id);
    }
    if let Some(wanted) = &f.region {
        sql.push(format_args!(" AND {region} = ")).push_bind(wanted);
    }
    if let Some(stage) = f.stage {
        sql.push(" AND c.stage = ").push_bind(stage.as_str());
    }
    if let Some(assessed) = f.reviewed {
        sql.push(" AND c.assessed = ").push_bind(assessed);
    }
    let rows: Vec<CountRow> = sql.build_query_as().fetch_all(db).await?;
    let rows = rows
        .into_iter()
        .map(|r| Ok((r.region, stage(&r.stage)?, i64::from(r.n))))
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(Counts::sum(rows))
}

/// A kept count: how many applications of a region (or a country's) are in a stage.
#[derive(sqlx::FromRow)]
struct CountRow {
    region: String,
    stage: String,
    n: i32,
}

/// The filtered applications counted by region and by stage, each in name order.
#[derive(Debug, Default, PartialEq)]
pub struct Counts {
    pub regions: Vec<(String, i64)>,
    pub stages: Vec<(Stage, i64)>,
}

impl Counts {
    /// Adds up counts kept finer (by call, by whether assessed) by region and by stage.
    fn sum(kept: impl IntoIterator<Item = (String, Stage, i64)>) -> Counts {
        let mut regions = BTreeMap::<String, i64>::new();
        let mut stages = Vec::<(Stage, i64)>::new();
        for (region, stage, n) in kept {
            *regions.entry(region).or_default() += n;
            match stages.iter_mut().find(|(s, _)| *s == stage) {
                Some((_, total)) => *total += n,
                None => stages.push((stage, n)),
            }
        }
        stages.sort_by_key(|(s, _)| s.as_str());
        Counts {
            regions: regions.into_iter().collect(),
            stages,
        }
    }

    /// Every filtered application is in exactly one stage.
    pub fn total(&self) -> i64 {
        self.stages.iter().map(|(_, n)| n).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_written_into_the_list_statement_need_no_quoting() {
        let names = REGIONS
            .iter()
            .copied()
            .chain(Stage::ALL.iter().map(|s| s.as_str()));
        for name in names {
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '_'),
                "{name}"
            );
        }
    }

    #[test]
    fn kept_counts_add_up_by_region_and_by_stage_in_name_order() {
        let kept = [
            ("Europe and North America", Stage::UnderReview, 3),
            ("Africa", Stage::UnderReview, 2),
            ("Africa", Stage::Forwarded, 4),
            // The same region and stage again, for another call or the other side of
            // "assessed".
            ("Africa", Stage::UnderReview, 1),
        ];
        let counts = Counts::sum(kept.map(|(r, s, n)| (r.to_owned(), s, n)));
        assert_eq!(
            counts.regions,
            [
                ("Africa".to_owned(), 7),
                ("Europe and North America".to_owned(), 3)
            ]
        );
        assert_eq!(
            counts.stages,
            [(Stage::Forwarded, 4), (Stage::UnderReview, 6)]
        );
        assert_eq!(counts.total(), 10);
        assert_eq!(Counts::sum([]), Counts::default());
    }
}

/// One Member State in UIL's pipeline: how many of its applications in a call its
/// National Commission has (submitted), has endorsed, and has sent to UIL. Drafts never
/// count: the pipeline starts at submission.
#[derive(Debug, Clone)]
pub struct PipelineRow {
    pub region: String,
    pub iso2: String,
    pub submitted: i64,
    pub endorsed: i64,
    pub forwarded: i64,
}

/// Every Member State of UNESCO, with its counts in `call_id` (zero for those without).
pub async fn pipeline(
    db: impl sqlx::PgExecutor<'_>,
    call_id: i64,
) -> Result<Vec<PipelineRow>, Error> {
    // The stages that use an endorsement are the domain's rule.
    let endorsed: Vec<&str> = Stage::ALL
        .iter()
        .filter(|s| s.counts_toward_quota())
        .map(|s| s.as_str())
        .collect();
    Ok(sqlx::query_as!(
        PipelineRow,
        r#"SELECT s.unesco_region AS region, s.iso2::text AS "iso2!",
                  count(a.id) FILTER (WHERE a.stage NOT IN ('draft', 'withdrawn')) AS "submitted!",
                  count(a.id) FILTER (WHERE a.stage = ANY($2)) AS "endorsed!",
                  count(a.id) FILTER (WHERE a.forwarded_at IS NOT NULL) AS "forwarded!"
             FROM member_states s
             LEFT JOIN applications a
                    ON a.country = s.iso2 AND a.call_id = $1 AND a.submitted_at IS NOT NULL
            WHERE s.status = 'member'
            GROUP BY s.unesco_region, s.iso2
            ORDER BY s.unesco_region, s.iso2"#,
        call_id,
        &endorsed as &[&str]
    )
    .fetch_all(db)
    .await?)
}
