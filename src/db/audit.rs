//! Every event of every application, for UIL's audit page.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgExecutor;

use super::Error;
use super::applications::event_kind;
use crate::domain::Stage;
use crate::domain::event::EventKind;

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub application: Option<i64>,
    /// Part of the actor's name or email address.
    pub actor: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub application_id: i64,
    pub city: String,
    pub actor: Option<String>,
    pub kind: EventKind,
    /// The zone of the application's call, in which a deadline it names is read.
    pub zone: crate::domain::DeadlineZone,
    pub note: Option<String>,
    pub at: DateTime<Utc>,
}

pub async fn events(
    db: impl PgExecutor<'_>,
    f: &Filter,
    limit: i64,
    offset: i64,
) -> Result<(Vec<Row>, i64), Error> {
    let actor = f.actor.as_ref().map(|a| {
        format!(
            "%{}%",
            a.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        )
    });
    let rows = sqlx::query!(
        r#"SELECT e.application_id, a.city_name, u.name || ' <' || u.email || '>' AS actor,
                  e.kind, e.from_stage AS "from_stage?: Stage", e.to_stage AS "to_stage?: Stage",
                  CASE WHEN e.detail ? 'colleague_id'
                       THEN e.detail || jsonb_build_object('colleague',
                              (SELECT cu.name FROM users cu
                                WHERE cu.id = (e.detail->>'colleague_id')::bigint))
                       ELSE e.detail END AS detail,
                  e.note, e.created_at, c.deadline_zone, count(*) OVER () AS "total!"
             FROM application_events e
             JOIN applications a ON a.id = e.application_id
             JOIN calls c ON c.id = a.call_id
             LEFT JOIN users u ON u.id = e.actor_id
            WHERE ($1::bigint IS NULL OR e.application_id = $1)
              -- What UIL reads starts at the first submission: never a draft's own story,
              -- but for an extension, which UIL itself granted, of a city that then applied.
              AND (e.id >= (SELECT min(f.id) FROM application_events f
                             WHERE f.application_id = e.application_id
                               AND f.kind = 'transition' AND f.to_stage = 'submitted')
                   OR (e.kind = 'extension_granted'
                       AND EXISTS (SELECT 1 FROM application_events f
                                    WHERE f.application_id = e.application_id
                                      AND f.kind = 'transition' AND f.to_stage = 'submitted')))
              AND ($2::text IS NULL OR u.name ILIKE $2 OR u.email ILIKE $2)
              AND ($3::date IS NULL OR e.created_at >= $3::date)
              AND ($4::date IS NULL OR e.created_at < $4::date + 1)
            ORDER BY e.created_at DESC, e.id DESC
            LIMIT $5 OFFSET $6"#,
        f.application,
        actor,
        f.from,
        f.to,
        limit,
        offset
    )
    .fetch_all(db)
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    let rows = rows
        .into_iter()
        .map(|r| {
            Ok(Row {
                application_id: r.application_id,
                city: r.city_name,
                actor: r.actor,
                kind: event_kind(&r.kind, r.from_stage, r.to_stage, r.detail)?,
                zone: super::calls::zone(0, &r.deadline_zone)?,
                note: r.note,
                at: r.created_at,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    Ok((rows, total))
}
