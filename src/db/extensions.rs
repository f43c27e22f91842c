//! Deadline extensions granted by UIL (SPEC §2).

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgConnection;

use super::Error;

/// The application's city deadline, or the Member State's National Commission deadline.
pub enum Target<'a> {
    Application(i64),
    MemberState(&'a str),
}

pub async fn grant(
    conn: &mut PgConnection,
    call_id: i64,
    target: Target<'_>,
    new_deadline: NaiveDate,
    reason: &str,
    granted_by: i64,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let (stage, application, country) = match target {
        Target::Application(id) => ("city", Some(id), None),
        Target::MemberState(iso2) => ("natcom", None, Some(iso2)),
    };
    sqlx::query!(
        "INSERT INTO deadline_extensions (call_id, stage, application_id, country, new_deadline, reason, granted_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        call_id,
        stage,
        application,
        country,
        new_deadline,
        reason,
        granted_by,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// What an extension moved.
#[derive(Debug, Clone)]
pub enum Extended {
    /// The city deadline of one application; its city and Member State once it was
    /// submitted (a draft is the city's alone: UIL knows only its number).
    Application {
        id: i64,
        place: Option<(String, String)>,
    },
    /// The National Commission deadline of one Member State.
    MemberState { country_name: String },
}

#[derive(Debug, Clone)]
pub struct Extension {
    pub call_title: String,
    pub what: Extended,
    pub new_deadline: NaiveDate,
    pub reason: String,
    pub granted_by: String,
    pub created_at: DateTime<Utc>,
}

pub async fn all(conn: &mut PgConnection) -> Result<Vec<Extension>, Error> {
    let rows = sqlx::query!(
        r#"SELECT c.title AS call_title, e.stage, e.application_id,
                  a.submitted_at IS NOT NULL AS "submitted!",
                  a.city_name AS "city?",
                  coalesce(sa.name, sc.name) AS "country_name?", e.new_deadline, e.reason,
                  u.name AS granted_by, e.created_at
             FROM deadline_extensions e
             JOIN calls c ON c.id = e.call_id
             JOIN users u ON u.id = e.granted_by
             LEFT JOIN applications a ON a.id = e.application_id
             LEFT JOIN member_states sa ON sa.iso2 = a.country
             LEFT JOIN member_states sc ON sc.iso2 = e.country
            ORDER BY e.created_at DESC, e.id DESC"#
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Extension {
            call_title: r.call_title,
            what: match r.application_id {
                Some(id) => Extended::Application {
                    id,
                    place: r.submitted.then(|| {
                        (
                            r.city.unwrap_or_default(),
                            r.country_name.unwrap_or_default(),
                        )
                    }),
                },
                None => Extended::MemberState {
                    country_name: r.country_name.unwrap_or_default(),
                },
            },
            new_deadline: r.new_deadline,
            reason: r.reason,
            granted_by: r.granted_by,
            created_at: r.created_at,
        })
        .collect())
}
