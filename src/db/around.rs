//! What the page of one application shows around the application itself: its call and
//! the deadlines it runs by, its documents, its timeline, its mail and its assessments.
//! Read in one statement: each is a few rows, and six round trips to the database cost
//! more than the rows themselves.
//!
//! What a flag leaves out must cost little: PostgreSQL plans a statement anew for its
//! parameters while that looks cheaper than one plan for all, and a costly part that a
//! `false` prunes made it plan this one on every page (~1 ms, bench/run.sh
//! application_page). Hence the Member State's endorsement count is its own query.

use chrono::{DateTime, Utc};
use serde::Deserialize;
use sqlx::PgConnection;
use sqlx::types::Json;

use super::Error;
use super::applications::{Application, Event, event_kind};
use super::assessments::Assessment;
use super::calls::zone;
use super::criteria::{CriterionRow, Rubric};
use super::documents::{DocumentInfo, DocumentKind};
use super::outbox::{Logged, MailOf};
use crate::domain::event::Audience;
use crate::domain::{Call, Deadlines, Role, Stage};

/// Around one application.
pub struct Around {
    pub call: Call,
    /// The call's deadlines, with the extensions of this application and of its Member
    /// State.
    pub deadlines: Deadlines,
    pub documents: Vec<DocumentInfo>,
    /// Every event, in the order they happened.
    pub timeline: Vec<Event>,
    pub mails: Vec<Logged>,
    /// Empty unless asked for.
    pub assessments: Vec<Assessment>,
    /// The call's rubric, with the assessments (no criterion unless asked for).
    pub rubric: Rubric,
}

/// What to read besides what every page of an application shows.
#[derive(Debug, Clone, Copy)]
pub struct Asked {
    pub mails: MailOf,
    pub assessments: bool,
}

#[derive(Debug, Deserialize)]
struct DocumentRow {
    id: i64,
    kind: String,
    filename: String,
    byte_size: i32,
    created_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
struct EventRow {
    actor_name: Option<String>,
    actor_role: Option<String>,
    kind: String,
    audience: String,
    from_stage: Option<String>,
    to_stage: Option<String>,
    note: Option<String>,
    detail: Option<serde_json::Value>,
    created_at: DateTime<Utc>,
    while_private: bool,
}

#[derive(Debug, Deserialize)]
struct AssessmentRow {
    reviewer_id: i64,
    reviewer_name: String,
    reviewer_role: String,
    scores: Vec<(i64, i16)>,
    comment: String,
    submitted_at: Option<DateTime<Utc>>,
    updated_at: DateTime<Utc>,
}

pub async fn around(
    conn: &mut PgConnection,
    app: &Application,
    asked: Asked,
) -> Result<Around, Error> {
    let r = sqlx::query!(
        r#"SELECT c.id, c.title, c.opens_on, c.city_deadline, c.natcom_deadline,
                  c.endorsement_quota, c.deadline_zone,
                  (SELECT max(x.new_deadline) FROM deadline_extensions x
                    WHERE x.stage = 'city' AND x.application_id = $1) AS city_extension,
                  (SELECT max(x.new_deadline) FROM deadline_extensions x
                    WHERE x.stage = 'natcom' AND x.call_id = c.id AND x.country = $3) AS natcom_extension,
                  (SELECT coalesce(json_agg(d ORDER BY d.kind, d.id), '[]')
                     FROM (SELECT id, kind, filename, byte_size, created_at
                             FROM documents WHERE application_id = $1) d)
                    AS "documents!: Json<Vec<DocumentRow>>",
                  (SELECT coalesce(json_agg(t ORDER BY t.id), '[]')
                     FROM (SELECT e.id, u.name AS actor_name, u.role AS actor_role, e.kind,
                                  e.audience, e.from_stage, e.to_stage, e.note,
                                  -- A colleague is named by id; their name is read now.
                                  CASE WHEN e.detail ? 'colleague_id'
                                       THEN e.detail || jsonb_build_object('colleague',
                                              (SELECT cu.name FROM users cu
                                                WHERE cu.id = (e.detail->>'colleague_id')::bigint))
                                       ELSE e.detail END AS detail,
                                  e.created_at,
                                  e.id < coalesce(min(e.id) FILTER (WHERE e.kind = 'transition'
                                                                      AND e.to_stage = 'submitted') OVER (),
                                                  9223372036854775807) AS while_private
                             FROM application_events e LEFT JOIN users u ON u.id = e.actor_id
                            WHERE e.application_id = $1) t)
                    AS "timeline!: Json<Vec<EventRow>>",
                  (SELECT coalesce(json_agg(m ORDER BY m.id), '[]')
                     FROM (SELECT id, kind, recipient, subject, state, attempts, last_error,
                                  application_id, created_at, sent_at
                             FROM mail_outbox
                            WHERE application_id = $1
                              AND ($4 OR created_at >= first_submitted_at($1))) m)
                    AS "mails!: Json<Vec<Logged>>",
                  (SELECT coalesce(json_agg(s ORDER BY s.created_at, s.id), '[]')
                     FROM (SELECT x.id, x.reviewer_id, u.name AS reviewer_name, u.role AS reviewer_role,
                                  (SELECT coalesce(json_agg(json_build_array(k.criterion_id, k.score)), '[]')
                                     FROM assessment_scores k WHERE k.assessment_id = x.id) AS scores,
                                  x.comment, x.created_at, x.submitted_at, x.updated_at
                             FROM assessments x JOIN users u ON u.id = x.reviewer_id
                            WHERE $5 AND x.application_id = $1) s)
                    AS "assessments!: Json<Vec<AssessmentRow>>",
                  (SELECT coalesce(json_agg(json_build_array(t.locale, t.title)), '[]')
                     FROM call_texts t WHERE t.call_id = c.id) AS "titles!: Json<Vec<(String, String)>>",
                  -- The rubric, with the assessments (db::criteria::rubric, without a lock).
                  c.disagreement_threshold,
                  (SELECT coalesce(json_agg(json_build_object(
                              'id', k.id, 'position', k.position, 'weight', k.weight,
                              'names', k.names, 'descriptions', k.descriptions) ORDER BY k.position), '[]')
                     FROM criteria k WHERE $5 AND k.call_id = c.id)
                    AS "criteria!: Json<Vec<CriterionRow>>",
                  ($5 AND EXISTS (SELECT 1 FROM criteria k WHERE k.call_id = c.id
                                     AND EXISTS (SELECT 1 FROM assessment_scores s
                                                  WHERE s.criterion_id = k.id))) AS "scored!"
             FROM calls c WHERE c.id = $2"#,
        app.id,
        app.call_id,
        app.answers.country(),
        asked.mails == MailOf::TheCity,
        asked.assessments,
    )
    .fetch_one(conn)
    .await?;
    let call = Call {
        zone: zone(r.id, &r.deadline_zone)?,
        id: r.id,
        title: r.title,
        titles: r.titles.0,
        opens_on: r.opens_on,
        city_deadline: r.city_deadline,
        natcom_deadline: r.natcom_deadline,
        endorsement_quota: r.endorsement_quota,
    };
    let deadlines = call.deadlines_extended(r.city_extension, r.natcom_extension);
    let corrupt = |what: &str, value: &str| Error::Corrupt(format!("{what} {value}"));
    let documents = r
        .documents
        .0
        .into_iter()
        .map(|d| {
            Ok(DocumentInfo {
                id: d.id,
                kind: DocumentKind::parse(&d.kind)
                    .ok_or_else(|| corrupt("documents.kind", &d.kind))?,
                filename: d.filename,
                byte_size: d.byte_size,
                created_at: d.created_at,
            })
        })
        .collect::<Result<_, Error>>()?;
    let stage = |s: Option<String>| -> Result<Option<Stage>, Error> {
        s.map(|s| s.parse().map_err(|_| corrupt("a stage", &s)))
            .transpose()
    };
    let timeline = r
        .timeline
        .0
        .into_iter()
        .map(|e| {
            let actor_role = e
                .actor_role
                .map(|r| r.parse::<Role>().map_err(|_| corrupt("users.role", &r)))
                .transpose()?;
            Ok(Event {
                kind: event_kind(&e.kind, stage(e.from_stage)?, stage(e.to_stage)?, e.detail)?,
                audience: Audience::parse(&e.audience)
                    .ok_or_else(|| corrupt("application_events.audience", &e.audience))?,
                actor_name: e.actor_name,
                actor_role,
                note: e.note,
                at: e.created_at,
                while_private: e.while_private,
                zone: call.zone,
            })
        })
        .collect::<Result<_, Error>>()?;
    let assessments = r
        .assessments
        .0
        .into_iter()
        .map(|a| {
            Ok(Assessment {
                reviewer_role: a
                    .reviewer_role
                    .parse()
                    .map_err(|_| corrupt("users.role", &a.reviewer_role))?,
                reviewer_id: a.reviewer_id,
                reviewer_name: a.reviewer_name,
                scores: a.scores,
                comment: a.comment,
                submitted_at: a.submitted_at,
                updated_at: a.updated_at,
            })
        })
        .collect::<Result<_, Error>>()?;
    let rubric = Rubric {
        call_id: call.id,
        criteria: r
            .criteria
            .0
            .into_iter()
            .map(CriterionRow::into_criterion)
            .collect(),
        threshold: r.disagreement_threshold,
        scored: r.scored,
    };
    Ok(Around {
        rubric,
        call,
        deadlines,
        documents,
        timeline,
        mails: r.mails.0,
        assessments,
    })
}
