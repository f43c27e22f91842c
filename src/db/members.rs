//! The member directory.

use std::collections::BTreeMap;

use sqlx::PgExecutor;

use super::Error;
use crate::domain::directory::{MemberRow, Plan};

#[derive(Debug, Clone)]
pub struct Member {
    pub id: i64,
    /// Whether it has a public profile (`/members/{id}`).
    pub profile: bool,
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

/// The whole directory as the public page shows it: every member by country name then
/// city, how many each region has, and the countries that have members (for the filter).
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub members: Vec<Member>,
    pub counts: Vec<RegionCount>,
    pub countries: Vec<CountryOption>,
}

impl Directory {
    /// Counts `members` by region and by country; they come grouped by country, in the
    /// order the page lists them (as `read` gives them).
    pub fn of(members: Vec<Member>) -> Directory {
        let mut by_region: BTreeMap<&str, i64> = BTreeMap::new();
        let mut countries: Vec<CountryOption> = Vec::new();
        for m in &members {
            *by_region.entry(&m.region).or_default() += 1;
            match countries.last_mut() {
                Some(c) if c.iso2 == m.country => c.members += 1,
                _ => countries.push(CountryOption {
                    iso2: m.country.clone(),
                    name: m.country_name.clone(),
                    members: 1,
                }),
            }
        }
        let counts = by_region
            .into_iter()
            .map(|(region, members)| RegionCount {
                region: region.to_owned(),
                members,
            })
            .collect();
        Directory {
            members,
            counts,
            countries,
        }
    }

    /// The members in `region` and/or `country` (`None` = any); unknown values match nothing.
    pub fn filtered(&self, region: Option<&str>, country: Option<&str>) -> Vec<&Member> {
        self.members
            .iter()
            .filter(|m| region.is_none_or(|r| m.region == r))
            .filter(|m| country.is_none_or(|c| m.country == c))
            .collect()
    }
}

/// The whole directory, in one statement.
pub async fn read(db: impl PgExecutor<'_>) -> Result<Directory, Error> {
    let members = sqlx::query_as!(
        Member,
        r#"SELECT m.id, m.profile, m.city, m.country AS "country!", s.name AS country_name,
                  s.unesco_region AS region, m.joined_year
             FROM members m JOIN member_states s ON s.iso2 = m.country
            ORDER BY s.name, m.country, m.city"#,
    )
    .fetch_all(db)
    .await?;
    Ok(Directory::of(members))
}

/// Adds a city UIL accepted, with the year; a city already listed keeps its entry.
pub async fn add_accepted(
    conn: &mut sqlx::PgConnection,
    city: &str,
    country: &str,
    year: i16,
    application_id: i64,
    profile: bool,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO members (city, country, joined_year, application_id, profile)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (country, lower(city)) DO UPDATE
           SET application_id = EXCLUDED.application_id, profile = EXCLUDED.profile,
               joined_year = coalesce(members.joined_year, EXCLUDED.joined_year)",
        city,
        country,
        year,
        application_id,
        profile
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes an application's consent to publish back, and its profile off the directory
/// (whose revision the change of `members` moves on). Whether it was given.
pub async fn withdraw_consent(
    conn: &mut sqlx::PgConnection,
    application_id: i64,
) -> Result<bool, Error> {
    let given = sqlx::query!(
        "UPDATE applications SET answers = answers - 'publish_consent'
          WHERE id = $1 AND answers @> '{\"publish_consent\": true}'",
        application_id
    )
    .execute(&mut *conn)
    .await?
    .rows_affected()
        > 0;
    sqlx::query!(
        "UPDATE members SET profile = false WHERE application_id = $1 AND profile",
        application_id
    )
    .execute(&mut *conn)
    .await?;
    Ok(given)
}

/// An accepted city's public profile: what its application says of the city, no person.
#[derive(Debug, Clone)]
pub struct Profile {
    pub city: String,
    pub country: String,
    pub country_name: String,
    pub region: String,
    pub joined_year: Option<i16>,
    pub stage: crate::domain::Stage,
    pub answers: crate::domain::form::Answers,
}

/// The profile of member `id`, if it has one it consented to publish.
pub async fn profile(db: impl PgExecutor<'_>, id: i64) -> Result<Option<Profile>, Error> {
    let row = sqlx::query!(
        r#"SELECT m.city, m.country AS "country!", s.name AS country_name,
                  s.unesco_region AS region, m.joined_year,
                  a.stage AS "stage: crate::domain::Stage", a.city_name,
                  a.answers AS "answers: sqlx::types::Json<crate::domain::form::StoredValues>"
             FROM members m
             JOIN member_states s ON s.iso2 = m.country
             JOIN applications a ON a.id = m.application_id
            WHERE m.id = $1 AND m.profile"#,
        id
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| Profile {
        answers: crate::domain::form::Answers::from_stored(&r.city_name, &r.country, r.answers.0),
        city: r.city,
        country: r.country,
        country_name: r.country_name,
        region: r.region,
        joined_year: r.joined_year,
        stage: r.stage,
    }))
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

/// Whether a city is in the member directory: the year it joined (when known), or `None`
/// when it is not a member.
pub async fn joined(
    db: impl PgExecutor<'_>,
    city: &str,
    country: &str,
) -> Result<Option<Option<i16>>, Error> {
    Ok(sqlx::query_scalar!(
        "SELECT joined_year FROM members WHERE country = $1 AND lower(city) = lower($2)",
        country,
        city
    )
    .fetch_optional(db)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(city: &str, country: &str, name: &str, region: &str) -> Member {
        Member {
            id: 0,
            profile: false,
            city: city.into(),
            country: country.into(),
            country_name: name.into(),
            region: region.into(),
            joined_year: None,
        }
    }

    #[test]
    fn the_directory_counts_by_region_and_country_and_filters() {
        let d = Directory::of(vec![
            member("Cork", "IE", "Ireland", "Europe and North America"),
            member("Limerick", "IE", "Ireland", "Europe and North America"),
            member("Osaka", "JP", "Japan", "Asia and the Pacific"),
            member("Lisbon", "PT", "Portugal", "Europe and North America"),
        ]);
        let counts: Vec<(&str, i64)> = d
            .counts
            .iter()
            .map(|c| (c.region.as_str(), c.members))
            .collect();
        assert_eq!(
            counts,
            [("Asia and the Pacific", 1), ("Europe and North America", 3)]
        );
        let countries: Vec<(&str, i64)> = d
            .countries
            .iter()
            .map(|c| (c.iso2.as_str(), c.members))
            .collect();
        assert_eq!(countries, [("IE", 2), ("JP", 1), ("PT", 1)]);
        let cities = |ms: Vec<&Member>| ms.iter().map(|m| m.city.clone()).collect::<Vec<_>>();
        assert_eq!(
            cities(d.filtered(Some("Europe and North America"), None)),
            ["Cork", "Limerick", "Lisbon"]
        );
        assert_eq!(cities(d.filtered(None, Some("JP"))), ["Osaka"]);
        assert!(
            d.filtered(Some("Asia and the Pacific"), Some("IE"))
                .is_empty()
        );
        assert!(d.filtered(Some("Atlantis"), None).is_empty());
        assert_eq!(d.filtered(None, None).len(), 4);
    }
}
