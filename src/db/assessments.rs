//! UIL reviewers' assessments: one per reviewer and application.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use super::Error;

/// The five criteria, in the order of the form and the table.
pub const CRITERIA: [(&str, &str); 5] = [
    ("score_commitment", "Commitment of the city's leadership"),
    ("score_strategy", "Strategy and plans"),
    ("score_participation", "Participation of stakeholders"),
    ("score_feasibility", "Feasibility and resources"),
    ("score_fit", "Fit with the six features of the call"),
];

#[derive(Debug, Clone)]
pub struct Assessment {
    pub reviewer_id: i64,
    pub reviewer_name: String,
    pub scores: [i16; 5],
    pub comment: String,
    pub created_at: DateTime<Utc>,
}

impl Assessment {
    pub fn average(&self) -> f64 {
        f64::from(self.scores.iter().sum::<i16>()) / 5.0
    }
}

/// Records a reviewer's assessment; a second one from the same reviewer replaces the first.
pub async fn save(
    conn: &mut PgConnection,
    application_id: i64,
    reviewer_id: i64,
    scores: [i16; 5],
    comment: &str,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO assessments (application_id, reviewer_id, score_commitment, score_strategy,
                                  score_participation, score_feasibility, score_fit, comment, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (application_id, reviewer_id) DO UPDATE SET
           score_commitment = EXCLUDED.score_commitment, score_strategy = EXCLUDED.score_strategy,
           score_participation = EXCLUDED.score_participation, score_feasibility = EXCLUDED.score_feasibility,
           score_fit = EXCLUDED.score_fit, comment = EXCLUDED.comment, created_at = EXCLUDED.created_at",
        application_id,
        reviewer_id,
        scores[0],
        scores[1],
        scores[2],
        scores[3],
        scores[4],
        comment,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}
