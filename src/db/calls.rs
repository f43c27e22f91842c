//! Calls for applications.

use sqlx::PgPool;

use crate::domain::{Call, DeadlineZone};
use crate::error::Error;

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
            let zone: DeadlineZone = r
                .deadline_zone
                .parse()
                .map_err(|e| Error::Internal(format!("call {}: {e}", r.id)))?;
            Ok(Call {
                id: r.id,
                title: r.title,
                body: r.body,
                opens_on: r.opens_on,
                city_deadline: r.city_deadline,
                natcom_deadline: r.natcom_deadline,
                endorsement_quota: r.endorsement_quota,
                zone,
            })
        })
        .collect()
}
