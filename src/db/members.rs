//! The member directory.

use sqlx::PgPool;

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
