//! Assessments: one per reviewer (a UIL reviewer or a juror) and application, a score per
//! criterion of the call's rubric and a comment; a draft until it is handed in.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use super::Error;
use crate::domain::Role;

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub reviewer_id: i64,
    pub reviewer_name: String,
    pub reviewer_role: Role,
    /// (criterion, score)
    pub scores: Vec<(i64, i16)>,
    pub comment: String,
    /// `None` while it is a draft.
    pub submitted_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

impl Assessment {
    pub fn score_for(&self, criterion: i64) -> Option<i16> {
        self.scores
            .iter()
            .find(|(c, _)| *c == criterion)
            .map(|(_, s)| *s)
    }

    pub fn is_handed_in(&self) -> bool {
        self.submitted_at.is_some()
    }
}

/// Saves a reviewer's assessment, a draft or handed in; a second save replaces the
/// scores and the comment. Once handed in it stays handed in.
pub async fn save(
    conn: &mut PgConnection,
    application_id: i64,
    reviewer_id: i64,
    scores: &[(i64, i16)],
    comment: &str,
    hand_in: bool,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let id = sqlx::query_scalar!(
        "INSERT INTO assessments (application_id, reviewer_id, comment, created_at, updated_at, submitted_at)
         VALUES ($1, $2, $3, $4, $4, CASE WHEN $5 THEN $4::timestamptz END)
         ON CONFLICT (application_id, reviewer_id) DO UPDATE SET
           comment = EXCLUDED.comment, updated_at = EXCLUDED.updated_at,
           submitted_at = coalesce(assessments.submitted_at, EXCLUDED.submitted_at)
         RETURNING id",
        application_id,
        reviewer_id,
        comment,
        now,
        hand_in
    )
    .fetch_one(&mut *conn)
    .await?;
    let (criteria, values): (Vec<i64>, Vec<i16>) = scores.iter().copied().unzip();
    // Two statements: the parts of one statement do not see each other's changes, and
    // a score deleted and written again in one would collide with itself.
    sqlx::query!("DELETE FROM assessment_scores WHERE assessment_id = $1", id)
        .execute(&mut *conn)
        .await?;
    sqlx::query!(
        "INSERT INTO assessment_scores (assessment_id, criterion_id, score)
         SELECT $1, * FROM UNNEST($2::bigint[], $3::smallint[])",
        id,
        &criteria,
        &values
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The handed-in assessments of an application, each as (score, weight) per criterion.
pub async fn handed_in_scores(
    conn: &mut PgConnection,
    application_id: i64,
) -> Result<Vec<Vec<(i16, i16)>>, Error> {
    let rows = sqlx::query!(
        r#"SELECT a.id, s.score, k.weight
             FROM assessments a
             JOIN assessment_scores s ON s.assessment_id = a.id
             JOIN criteria k ON k.id = s.criterion_id
            WHERE a.application_id = $1 AND a.submitted_at IS NOT NULL
            ORDER BY a.id"#,
        application_id
    )
    .fetch_all(conn)
    .await?;
    let mut out: Vec<(i64, Vec<(i16, i16)>)> = Vec::new();
    for r in rows {
        match out.last_mut() {
            Some((id, scores)) if *id == r.id => scores.push((r.score, r.weight)),
            _ => out.push((r.id, vec![(r.score, r.weight)])),
        }
    }
    Ok(out.into_iter().map(|(_, s)| s).collect())
}

/// Keeps what the handed-in assessments of an application add up to.
pub async fn set_review(
    conn: &mut PgConnection,
    application_id: i64,
    aggregate: Option<crate::domain::jury::Aggregate>,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE applications SET review_mean = $2, review_median = $3, review_spread = $4 WHERE id = $1",
        application_id,
        aggregate.map(|a| a.mean),
        aggregate.map(|a| a.median),
        aggregate.and_then(|a| a.spread),
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether `reviewer` handed in their assessment of the application.
pub async fn handed_in(
    conn: &mut PgConnection,
    application_id: i64,
    reviewer_id: i64,
) -> Result<bool, Error> {
    Ok(sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM assessments WHERE application_id = $1 AND reviewer_id = $2
                            AND submitted_at IS NOT NULL) AS "handed_in!""#,
        application_id,
        reviewer_id
    )
    .fetch_one(conn)
    .await?)
}

/// Removes a reviewer's assessment of the application (a juror found in conflict).
pub async fn remove(
    conn: &mut PgConnection,
    application_id: i64,
    reviewer_id: i64,
) -> Result<(), Error> {
    sqlx::query!(
        "DELETE FROM assessments WHERE application_id = $1 AND reviewer_id = $2",
        application_id,
        reviewer_id
    )
    .execute(conn)
    .await?;
    Ok(())
}
