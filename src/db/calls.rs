//! Calls for applications.

use sqlx::{PgConnection, PgPool};

use crate::domain::{Call, DeadlineZone};
use crate::error::Error;

fn zone(call_id: i64, name: &str) -> Result<DeadlineZone, Error> {
    name.parse()
        .map_err(|e| Error::Internal(format!("call {call_id}: {e}")))
}

/// Every call, oldest first. There are a handful, one every year or two.
pub async fn all(db: &PgPool) -> Result<Vec<Call>, Error> {
    let rows = sqlx::query!(
        r#"SELECT id, title, body, opens_on, city_deadline, natcom_deadline,
                  endorsement_quota, deadline_zone
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
                body: r.body,
                opens_on: r.opens_on,
                city_deadline: r.city_deadline,
                natcom_deadline: r.natcom_deadline,
                endorsement_quota: r.endorsement_quota,
            })
        })
        .collect()
}

pub async fn find(conn: &mut PgConnection, id: i64) -> Result<Call, Error> {
    let r = sqlx::query!(
        r#"SELECT id, title, body, opens_on, city_deadline, natcom_deadline,
                  endorsement_quota, deadline_zone
             FROM calls WHERE id = $1"#,
        id
    )
    .fetch_one(conn)
    .await?;
    Ok(Call {
        zone: zone(r.id, &r.deadline_zone)?,
        id: r.id,
        title: r.title,
        body: r.body,
        opens_on: r.opens_on,
        city_deadline: r.city_deadline,
        natcom_deadline: r.natcom_deadline,
        endorsement_quota: r.endorsement_quota,
    })
}
