//! Calls for applications.

use chrono::NaiveDate;
use sqlx::{PgConnection, PgExecutor};

use super::Error;
use crate::domain::{Call, DeadlineZone};

pub(super) fn zone(call_id: i64, name: &str) -> Result<DeadlineZone, Error> {
    name.parse()
        .map_err(|e| Error::Corrupt(format!("call {call_id}: {e}")))
}

/// Every call, oldest first, without its text. There are a handful, one every year or two.
pub async fn all(db: impl PgExecutor<'_>) -> Result<Vec<Call>, Error> {
    let rows = sqlx::query!(
        r#"SELECT id, title, opens_on, city_deadline,
                  natcom_deadline, endorsement_quota, deadline_zone
             FROM calls ORDER BY opens_on, id"#
    )
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(Call {
                zone: zone(r.id, &r.deadline_zone)?,
                id: r.id,
                title: r.title,
                opens_on: r.opens_on,
                city_deadline: r.city_deadline,
                natcom_deadline: r.natcom_deadline,
                endorsement_quota: r.endorsement_quota,
            })
        })
        .collect()
}

/// A call's text (Markdown).
pub async fn text(db: impl PgExecutor<'_>, id: i64) -> Result<Option<String>, Error> {
    Ok(
        sqlx::query_scalar!("SELECT body FROM calls WHERE id = $1", id)
            .fetch_optional(db)
            .await?,
    )
}

pub async fn find(conn: &mut PgConnection, id: i64) -> Result<Call, Error> {
    Ok(find_with_extensions(conn, id, None, None).await?.0)
}

/// A call, with the latest dates UIL granted in it for one application's city stage and
/// for one Member State's National Commission stage, if any (see
/// `Call::deadlines_extended`). One statement: the actions that decide by an
/// application's deadlines read both in their transaction.
pub async fn find_with_extensions(
    conn: &mut PgConnection,
    id: i64,
    application_id: Option<i64>,
    country: Option<&str>,
) -> Result<(Call, Option<NaiveDate>, Option<NaiveDate>), Error> {
    let r = sqlx::query!(
        r#"SELECT c.id, c.title, c.opens_on, c.city_deadline,
                  c.natcom_deadline, c.endorsement_quota, c.deadline_zone,
                  (SELECT max(x.new_deadline) FROM deadline_extensions x
                    WHERE x.stage = 'city' AND x.application_id = $2) AS city_extension,
                  (SELECT max(x.new_deadline) FROM deadline_extensions x
                    WHERE x.stage = 'natcom' AND x.call_id = c.id AND x.country = $3) AS natcom_extension
             FROM calls c WHERE c.id = $1"#,
        id,
        application_id,
        country,
    )
    .fetch_one(conn)
    .await?;
    let call = Call {
        zone: zone(r.id, &r.deadline_zone)?,
        id: r.id,
        title: r.title,
        opens_on: r.opens_on,
        city_deadline: r.city_deadline,
        natcom_deadline: r.natcom_deadline,
        endorsement_quota: r.endorsement_quota,
    };
    Ok((call, r.city_extension, r.natcom_extension))
}

/// A call as UIL writes it.
#[derive(Debug, Clone)]
pub struct CallInput {
    pub title: String,
    pub body: String,
    pub opens_on: chrono::NaiveDate,
    pub city_deadline: chrono::NaiveDate,
    pub natcom_deadline: chrono::NaiveDate,
    pub endorsement_quota: i32,
    pub zone: DeadlineZone,
}

/// Creates a call; `Ok(None)` when another call has the same title.
pub async fn create(conn: &mut PgConnection, c: &CallInput) -> Result<Option<i64>, Error> {
    Ok(sqlx::query_scalar!(
        "INSERT INTO calls (title, body, opens_on, city_deadline, natcom_deadline, endorsement_quota, deadline_zone)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (title) DO NOTHING RETURNING id",
        c.title,
        c.body,
        c.opens_on,
        c.city_deadline,
        c.natcom_deadline,
        c.endorsement_quota,
        c.zone.to_string()
    )
    .fetch_optional(conn)
    .await?)
}

/// Changes a call; `Ok(false)` when another call has the same title.
pub async fn update(conn: &mut PgConnection, id: i64, c: &CallInput) -> Result<bool, Error> {
    let taken = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM calls WHERE title = $1 AND id <> $2) AS "taken!""#,
        c.title,
        id
    )
    .fetch_one(&mut *conn)
    .await?;
    if taken {
        return Ok(false);
    }
    sqlx::query!(
        "UPDATE calls SET title = $2, body = $3, opens_on = $4, city_deadline = $5, natcom_deadline = $6,
                          endorsement_quota = $7, deadline_zone = $8, updated_at = now()
          WHERE id = $1",
        id,
        c.title,
        c.body,
        c.opens_on,
        c.city_deadline,
        c.natcom_deadline,
        c.endorsement_quota,
        c.zone.to_string()
    )
    .execute(conn)
    .await?;
    Ok(true)
}
