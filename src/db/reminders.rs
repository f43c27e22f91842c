//! Who is due a reminder: the people who work on drafts before the city deadline, National Commissions
//! with work left before theirs. Each with the deadline that applies to them, extensions
//! included.

use std::ops::RangeInclusive;

use chrono::NaiveDate;
use sqlx::PgConnection;

use super::Error;

pub struct DraftOwner {
    pub application_id: i64,
    pub email: String,
    pub city_name: String,
    pub language: Option<String>,
    pub deadline: NaiveDate,
}

/// The stages ("city", "natcom") of a call for which UIL granted an extension ending
/// within `days`.
pub async fn stages_extended_within(
    conn: &mut PgConnection,
    call_id: i64,
    days: &RangeInclusive<NaiveDate>,
) -> Result<Vec<String>, Error> {
    Ok(sqlx::query_scalar!(
        "SELECT DISTINCT stage FROM deadline_extensions
          WHERE call_id = $1 AND new_deadline BETWEEN $2 AND $3",
        call_id,
        days.start(),
        days.end(),
    )
    .fetch_all(conn)
    .await?)
}

/// The drafts of a call and the city deadline of each.
pub async fn drafts(conn: &mut PgConnection, call_id: i64) -> Result<Vec<DraftOwner>, Error> {
    Ok(sqlx::query_as!(
        DraftOwner,
        r#"SELECT a.id AS application_id, u.email, a.city_name, a.answers->>'language' AS language,
                  greatest(c.city_deadline,
                           (SELECT max(e.new_deadline) FROM deadline_extensions e
                             WHERE e.stage = 'city' AND e.application_id = a.id)) AS "deadline!"
             FROM applications a JOIN calls c ON c.id = a.call_id
             -- Every account that works on the draft: its owner and its colleagues (a
             -- union, so that each side joins by its index).
             JOIN (SELECT id AS application_id, owner_id AS user_id FROM applications
                    WHERE call_id = $1 AND stage = 'draft'
                   UNION ALL
                   SELECT m.application_id, m.user_id FROM application_colleagues m) w
               ON w.application_id = a.id
             JOIN users u ON u.id = w.user_id
            WHERE a.call_id = $1 AND a.stage = 'draft' AND u.erased_at IS NULL
            ORDER BY a.id, u.id"#,
        call_id
    )
    .fetch_all(conn)
    .await?)
}

pub struct NatcomDue {
    pub email: String,
    /// The language of the account (`None` until its owner chooses one).
    pub locale: Option<String>,
    /// The Member State (ISO 3166 alpha-2).
    pub country: String,
    pub deadline: NaiveDate,
    /// Submitted applications not yet decided.
    pub undecided: i64,
    /// Endorsed applications not yet submitted to UIL.
    pub unsent: i64,
}

/// National Commission accounts whose Member State has applications waiting for them in a
/// call, with their deadline.
pub async fn natcoms(conn: &mut PgConnection, call_id: i64) -> Result<Vec<NatcomDue>, Error> {
    Ok(sqlx::query_as!(
        NatcomDue,
        r#"SELECT u.email, u.locale AS "locale?: String", s.iso2 AS country,
                  greatest(c.natcom_deadline,
                           (SELECT max(e.new_deadline) FROM deadline_extensions e
                             WHERE e.stage = 'natcom' AND e.call_id = c.id AND e.country = s.iso2)) AS "deadline!",
                  count(*) FILTER (WHERE a.stage = 'submitted') AS "undecided!",
                  count(*) FILTER (WHERE a.stage = 'endorsed') AS "unsent!"
             FROM applications a
             JOIN calls c ON c.id = a.call_id
             JOIN member_states s ON s.iso2 = a.country
             JOIN users u ON u.role = 'natcom' AND u.country = a.country AND u.password_hash IS NOT NULL
            WHERE a.call_id = $1 AND a.stage IN ('submitted', 'endorsed')
            GROUP BY u.email, u.locale, s.iso2, s.name, c.id, c.natcom_deadline
            ORDER BY s.name, u.email"#,
        call_id
    )
    .fetch_all(conn)
    .await?)
}

/// Records a reminder; `false` when it was already sent (by this or another server).
pub async fn record(
    conn: &mut PgConnection,
    kind: &str,
    call_id: i64,
    deadline: NaiveDate,
    recipient: &str,
    application_id: Option<i64>,
) -> Result<bool, Error> {
    let inserted = sqlx::query!(
        "INSERT INTO reminders_sent (kind, call_id, deadline, recipient, application_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        kind,
        call_id,
        deadline,
        recipient,
        application_id
    )
    .execute(conn)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}
