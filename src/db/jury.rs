//! The jury's facts: jurors and the countries they declared, assignments and their
//! publication, and the declarations of conflict before opening an application.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use super::Error;
use crate::domain::Stage;
use crate::domain::jury::{Declaration, Juror, ToAssign};

/// A juror, with what the rules and UIL's page need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JurorRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub country: String,
    pub locale: Option<String>,
    pub declared_countries: Vec<String>,
    /// How many applications are assigned to them.
    pub load: i64,
}

impl JurorRow {
    /// The juror as the rules of `domain::jury` see them.
    pub fn as_juror(&self) -> Juror<'_> {
        Juror {
            id: self.id,
            country: &self.country,
            declared_countries: &self.declared_countries,
        }
    }
}

pub async fn jurors(conn: &mut PgConnection) -> Result<Vec<JurorRow>, Error> {
    jurors_of(conn, None).await
}

/// One juror: each page of a juror reads them.
pub async fn juror(conn: &mut PgConnection, id: i64) -> Result<Option<JurorRow>, Error> {
    Ok(jurors_of(conn, Some(id)).await?.pop())
}

/// Takes from an erased juror the applications they have not handed in an assessment
/// of: UIL assigns them again.
pub async fn drop_open_assignments(conn: &mut PgConnection, juror_id: i64) -> Result<u64, Error> {
    Ok(sqlx::query!(
        "DELETE FROM jury_assignments j
          WHERE j.juror_id = $1
            AND NOT EXISTS (SELECT 1 FROM assessments x
                             WHERE x.application_id = j.application_id AND x.reviewer_id = $1
                               AND x.submitted_at IS NOT NULL)",
        juror_id
    )
    .execute(conn)
    .await?
    .rows_affected())
}

/// Every juror, or the one `id` names.
async fn jurors_of(conn: &mut PgConnection, id: Option<i64>) -> Result<Vec<JurorRow>, Error> {
    Ok(sqlx::query_as!(
        JurorRow,
        r#"SELECT u.id, u.name, u.email, u.country AS "country!", u.locale AS "locale?: String",
                  array(SELECT c.country FROM juror_country_conflicts c WHERE c.juror_id = u.id
                         ORDER BY c.country) AS "declared_countries!",
                  (SELECT count(*) FROM jury_assignments a WHERE a.juror_id = u.id) AS "load!"
             FROM users u
            WHERE u.role = 'jury' AND ($1::bigint IS NULL OR u.id = $1)
              -- An erased juror is assigned nothing more, and told nothing.
              AND u.erased_at IS NULL
            ORDER BY u.name, u.id"#,
        id
    )
    .fetch_all(conn)
    .await?)
}

/// Declares, or withdraws, a conflict with a whole country in advance.
pub async fn declare_country(
    conn: &mut PgConnection,
    juror_id: i64,
    country: &str,
    in_conflict: bool,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    if in_conflict {
        sqlx::query!(
            "INSERT INTO juror_country_conflicts (juror_id, country, declared_at) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING",
            juror_id,
            country,
            now
        )
        .execute(conn)
        .await?;
    } else {
        sqlx::query!(
            "DELETE FROM juror_country_conflicts WHERE juror_id = $1 AND country = $2",
            juror_id,
            country
        )
        .execute(conn)
        .await?;
    }
    Ok(())
}

/// An application that reached UIL in a call and is not decided, with its jurors.
#[derive(Debug, Clone)]
pub struct Open {
    pub id: i64,
    pub city: String,
    pub country: String,
    pub stage: Stage,
    pub assigned: Vec<i64>,
    pub declined_by: Vec<i64>,
}

impl Open {
    /// The application as the rules of `domain::jury` share it out.
    pub fn to_assign(&self) -> ToAssign<'_> {
        ToAssign {
            id: self.id,
            country: &self.country,
            assigned: self.assigned.clone(),
            declined_by: self.declined_by.clone(),
        }
    }
}

pub async fn open_applications(conn: &mut PgConnection, call_id: i64) -> Result<Vec<Open>, Error> {
    open_of(conn, call_id, None).await
}

/// One open application of the call, with its jurors; `None` once decided.
pub async fn open_application(
    conn: &mut PgConnection,
    call_id: i64,
    id: i64,
) -> Result<Option<Open>, Error> {
    Ok(open_of(conn, call_id, Some(id)).await?.pop())
}

async fn open_of(
    conn: &mut PgConnection,
    call_id: i64,
    id: Option<i64>,
) -> Result<Vec<Open>, Error> {
    Ok(sqlx::query_as!(
        Open,
        r#"SELECT a.id, a.city_name AS city, a.country, a.stage AS "stage: Stage",
                  array(SELECT j.juror_id FROM jury_assignments j WHERE j.application_id = a.id
                         ORDER BY j.juror_id) AS "assigned!",
                  array(SELECT d.juror_id FROM conflict_declarations d
                         WHERE d.application_id = a.id AND d.conflict) AS "declined_by!"
             FROM applications a
            WHERE a.call_id = $1 AND a.forwarded_at IS NOT NULL
              AND a.stage IN ('forwarded', 'under_review')
              AND ($2::bigint IS NULL OR a.id = $2)
            ORDER BY a.id"#,
        call_id,
        id
    )
    .fetch_all(conn)
    .await?)
}

/// Holds a call's row until the transaction ends: one change of its assignments at a
/// time (two coordinators would each balance the loads alone).
pub async fn hold_call(conn: &mut PgConnection, call_id: i64) -> Result<(), Error> {
    sqlx::query!("SELECT id FROM calls WHERE id = $1 FOR UPDATE", call_id)
        .fetch_optional(conn)
        .await?;
    Ok(())
}

/// Adds assignments, drafts until published; returns how many were new.
pub async fn add_assignments(
    conn: &mut PgConnection,
    pairs: &[(i64, i64)],
    by: i64,
    now: DateTime<Utc>,
) -> Result<u64, Error> {
    let (apps, jurors): (Vec<i64>, Vec<i64>) = pairs.iter().copied().unzip();
    Ok(sqlx::query!(
        "INSERT INTO jury_assignments (application_id, juror_id, assigned_by, created_at)
         SELECT *, $3, $4 FROM UNNEST($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING",
        &apps,
        &jurors,
        by,
        now
    )
    .execute(conn)
    .await?
    .rows_affected())
}

/// Gives one application to one juror, published at once (a replacement).
pub async fn add_published(
    conn: &mut PgConnection,
    application_id: i64,
    juror_id: i64,
    by: i64,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO jury_assignments (application_id, juror_id, assigned_by, created_at, published_at)
         VALUES ($1, $2, $3, $4, $4) ON CONFLICT DO NOTHING",
        application_id,
        juror_id,
        by,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Removes an assignment of an application of `call_id`; whether there was one.
pub async fn remove_assignment(
    conn: &mut PgConnection,
    call_id: i64,
    application_id: i64,
    juror_id: i64,
) -> Result<bool, Error> {
    Ok(sqlx::query!(
        "DELETE FROM jury_assignments j USING applications a
          WHERE a.id = j.application_id AND a.call_id = $1
            AND j.application_id = $2 AND j.juror_id = $3",
        call_id,
        application_id,
        juror_id
    )
    .execute(conn)
    .await?
    .rows_affected()
        == 1)
}

/// A juror's assignments of applications of `country`: (application, call, published).
pub async fn assigned_in_country(
    conn: &mut PgConnection,
    juror_id: i64,
    country: &str,
) -> Result<Vec<(i64, i64, bool)>, Error> {
    Ok(sqlx::query!(
        r#"SELECT a.id, a.call_id, j.published_at IS NOT NULL AS "published!"
             FROM jury_assignments j JOIN applications a ON a.id = j.application_id
            WHERE j.juror_id = $1 AND a.country = $2 ORDER BY a.id"#,
        juror_id,
        country
    )
    .fetch_all(conn)
    .await?
    .into_iter()
    .map(|r| (r.id, r.call_id, r.published))
    .collect())
}

/// One assignment, as UIL's page lists it.
#[derive(Debug, Clone)]
pub struct AssignmentRow {
    pub application_id: i64,
    pub city: String,
    pub country: String,
    pub juror_id: i64,
    pub juror_name: String,
    pub published: bool,
    pub handed_in: bool,
}

pub async fn assignments(
    conn: &mut PgConnection,
    call_id: i64,
) -> Result<Vec<AssignmentRow>, Error> {
    Ok(sqlx::query_as!(
        AssignmentRow,
        r#"SELECT j.application_id, a.city_name AS city, a.country, j.juror_id, u.name AS juror_name,
                  j.published_at IS NOT NULL AS "published!",
                  EXISTS (SELECT 1 FROM assessments s WHERE s.application_id = j.application_id
                             AND s.reviewer_id = j.juror_id AND s.submitted_at IS NOT NULL) AS "handed_in!"
             FROM jury_assignments j
             JOIN applications a ON a.id = j.application_id
             JOIN users u ON u.id = j.juror_id
            WHERE a.call_id = $1
            ORDER BY a.city_name, a.id, u.name"#,
        call_id
    )
    .fetch_all(conn)
    .await?)
}

/// Publishes a call's unpublished assignments; returns the jurors who got new ones.
pub async fn publish(
    conn: &mut PgConnection,
    call_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<i64>, Error> {
    Ok(sqlx::query_scalar!(
        r#"WITH published AS (
               UPDATE jury_assignments j SET published_at = $2
                 FROM applications a
                WHERE a.id = j.application_id AND a.call_id = $1 AND j.published_at IS NULL
            RETURNING j.juror_id)
           SELECT DISTINCT juror_id AS "juror_id!" FROM published ORDER BY 1"#,
        call_id,
        now
    )
    .fetch_all(conn)
    .await?)
}

/// The applications newly published to a juror now, by id: for their mail.
pub async fn published_at(
    conn: &mut PgConnection,
    juror_id: i64,
    at: DateTime<Utc>,
) -> Result<Vec<(i64, String, String)>, Error> {
    Ok(sqlx::query!(
        "SELECT a.id, a.city_name, a.country FROM jury_assignments j JOIN applications a ON a.id = j.application_id
          WHERE j.juror_id = $1 AND j.published_at = $2 ORDER BY a.city_name, a.id",
        juror_id,
        at
    )
    .fetch_all(conn)
    .await?
    .into_iter()
    .map(|r| (r.id, r.city_name, r.country))
    .collect())
}

/// A juror's view of one application: whether it is published to them and what they
/// declared. Locks the assignment when `lock`.
pub struct Mine {
    pub published: bool,
    pub declaration: Option<Declaration>,
}

pub async fn mine(
    conn: &mut PgConnection,
    application_id: i64,
    juror_id: i64,
) -> Result<Mine, Error> {
    let r = sqlx::query!(
        r#"SELECT EXISTS (SELECT 1 FROM jury_assignments WHERE application_id = $1 AND juror_id = $2
                            AND published_at IS NOT NULL) AS "published!",
                  (SELECT conflict FROM conflict_declarations WHERE application_id = $1 AND juror_id = $2)
                    AS "conflict?: bool""#,
        application_id,
        juror_id
    )
    .fetch_one(conn)
    .await?;
    Ok(Mine {
        published: r.published,
        declaration: r.conflict.map(|c| {
            if c {
                Declaration::Conflict
            } else {
                Declaration::NoConflict
            }
        }),
    })
}

pub async fn declare(
    conn: &mut PgConnection,
    application_id: i64,
    juror_id: i64,
    conflict: bool,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO conflict_declarations (application_id, juror_id, conflict, reason, declared_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (application_id, juror_id) DO UPDATE
            SET conflict = EXCLUDED.conflict, reason = EXCLUDED.reason, declared_at = EXCLUDED.declared_at",
        application_id,
        juror_id,
        conflict,
        reason,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// One line of a juror's list.
#[derive(Debug, Clone)]
pub struct MyRow {
    pub id: i64,
    pub city: String,
    pub country: String,
    /// `None` before they said whether they are in conflict.
    pub conflict: Option<bool>,
    /// `None` before they saved anything; `Some(false)` for a draft.
    pub handed_in: Option<bool>,
}

pub async fn my_list(conn: &mut PgConnection, juror_id: i64) -> Result<Vec<MyRow>, Error> {
    Ok(sqlx::query_as!(
        MyRow,
        r#"SELECT a.id, a.city_name AS city, a.country,
                  d.conflict AS "conflict?", (s.submitted_at IS NOT NULL) AS "handed_in?"
             FROM jury_assignments j
             JOIN applications a ON a.id = j.application_id
             LEFT JOIN conflict_declarations d ON d.application_id = a.id AND d.juror_id = j.juror_id
             LEFT JOIN assessments s ON s.application_id = a.id AND s.reviewer_id = j.juror_id
            WHERE j.juror_id = $1 AND j.published_at IS NOT NULL
            ORDER BY a.city_name, a.id"#,
        juror_id
    )
    .fetch_all(conn)
    .await?)
}

/// Every declaration of a call's applications, for UIL.
#[derive(Debug, Clone)]
pub struct DeclarationRow {
    pub application_id: i64,
    pub city: String,
    pub juror_name: String,
    pub conflict: bool,
    pub reason: String,
    pub declared_at: DateTime<Utc>,
}

pub async fn declarations(
    conn: &mut PgConnection,
    call_id: i64,
) -> Result<Vec<DeclarationRow>, Error> {
    Ok(sqlx::query_as!(
        DeclarationRow,
        r#"SELECT d.application_id, a.city_name AS city, u.name AS juror_name, d.conflict, d.reason,
                  d.declared_at
             FROM conflict_declarations d
             JOIN applications a ON a.id = d.application_id
             JOIN users u ON u.id = d.juror_id
            WHERE a.call_id = $1
            ORDER BY d.declared_at DESC, d.application_id"#,
        call_id
    )
    .fetch_all(conn)
    .await?)
}
