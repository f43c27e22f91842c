//! The ranking of a call's applications for the jury meeting: what reached UIL, with
//! what its assessments add up to and how many of its assigned jurors have scored it
//! (all kept on each application: migrations 0023 and 0024).

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, Postgres, QueryBuilder};

use super::Error;
use crate::domain::{REGIONS, Stage};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RankingSort {
    /// The highest mean first.
    #[default]
    Mean,
    Median,
    /// The widest disagreement first.
    Spread,
    City,
    Country,
}

impl RankingSort {
    pub const ALL: [RankingSort; 5] = [
        RankingSort::Mean,
        RankingSort::Median,
        RankingSort::Spread,
        RankingSort::City,
        RankingSort::Country,
    ];

    pub fn parse(s: &str) -> Option<RankingSort> {
        RankingSort::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RankingSort::Mean => "mean",
            RankingSort::Median => "median",
            RankingSort::Spread => "spread",
            RankingSort::City => "city",
            RankingSort::Country => "country",
        }
    }

    fn order_by(self) -> &'static str {
        match self {
            RankingSort::Mean => " ORDER BY a.review_mean DESC NULLS LAST, a.id",
            RankingSort::Median => {
                " ORDER BY a.review_median DESC NULLS LAST, a.review_mean DESC NULLS LAST, a.id"
            }
            RankingSort::Spread => " ORDER BY a.review_spread DESC NULLS LAST, a.id",
            RankingSort::City => " ORDER BY lower(a.city_name), a.id",
            RankingSort::Country => " ORDER BY a.country_name, lower(a.city_name), a.id",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RankingFilter {
    pub call_id: i64,
    pub region: Option<String>,
    pub country: Option<String>,
    pub sort: RankingSort,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RankingRow {
    pub id: i64,
    pub city_name: String,
    pub country: String,
    pub region: String,
    pub stage: String,
    pub forwarded_at: Option<DateTime<Utc>>,
    pub review_mean: Option<f64>,
    pub review_median: Option<f64>,
    pub review_spread: Option<f64>,
    /// Assessments handed in, by anyone.
    pub handed_in: i32,
    /// Jurors assigned, and how many of them handed theirs in.
    pub assigned: i64,
    pub scored: i64,
}

impl RankingRow {
    pub fn stage(&self) -> Result<Stage, Error> {
        self.stage
            .parse()
            .map_err(|e| Error::Corrupt(format!("applications.stage: {e}")))
    }
}

fn filtered(sql: &mut QueryBuilder<Postgres>, f: &RankingFilter) {
    sql.push(" WHERE a.forwarded_at IS NOT NULL AND a.call_id = ")
        .push_bind(f.call_id);
    // A region is one of five names of our own, written into the statement (as the
    // UIL list does) so that PostgreSQL keeps a plan for each.
    if let Some(region) = &f.region {
        match REGIONS.iter().find(|r| *r == region) {
            Some(region) => sql.push(format_args!(" AND a.region = '{region}'")),
            None => sql.push(" AND false"),
        };
    }
    if let Some(country) = &f.country {
        sql.push(" AND a.country = ").push_bind(country);
    }
}

/// A page of the ranking (`limit` `None`: all of it), its total and the call's
/// disagreement threshold.
pub async fn page(
    conn: &mut PgConnection,
    f: &RankingFilter,
    limit: Option<i64>,
    offset: i64,
) -> Result<(Vec<RankingRow>, i64, f64), Error> {
    let mut sql = QueryBuilder::<Postgres>::new(
        "SELECT a.id, a.city_name::text, a.country::text, a.region::text, a.stage::text,
                a.forwarded_at, a.review_mean, a.review_median, a.review_spread,
                a.assessment_count::int4 AS handed_in,
                a.jurors_assigned::int8 AS assigned, a.jurors_scored::int8 AS scored
           FROM applications a",
    );
    filtered(&mut sql, f);
    sql.push(f.sort.order_by());
    if let Some(limit) = limit {
        sql.push(" LIMIT ").push_bind(limit);
    }
    sql.push(" OFFSET ").push_bind(offset);
    let rows: Vec<RankingRow> = sql.build_query_as().fetch_all(&mut *conn).await?;
    // The total from the counts kept as applications move (migration 0011): counting the
    // call's rows again cost more than the page itself.
    let (total, threshold): (Option<i64>, Option<f64>) = match (&f.region, &f.country) {
        // By country: a few dozen rows of one Member State, counted.
        (_, Some(_)) => {
            let mut count = QueryBuilder::<Postgres>::new(
                "SELECT count(*), (SELECT disagreement_threshold FROM calls WHERE id = ",
            );
            count.push_bind(f.call_id).push(") FROM applications a");
            filtered(&mut count, f);
            count.build_query_as().fetch_one(conn).await?
        }
        (region, None) => {
            sqlx::query_as(
                "SELECT (SELECT sum(n)::int8 FROM uil_region_counts
                          WHERE call_id = $1 AND ($2::text IS NULL OR region = $2)),
                        (SELECT disagreement_threshold FROM calls WHERE id = $1)",
            )
            .bind(f.call_id)
            .bind(region.as_deref())
            .fetch_one(conn)
            .await?
        }
    };
    let total = total.unwrap_or(0);
    Ok((rows, total, threshold.unwrap_or(1.0)))
}
