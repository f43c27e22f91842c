//! Calls for applications.

use chrono::NaiveDate;
use sqlx::{PgConnection, PgExecutor};

use sqlx::types::Json;

use super::Error;
use crate::domain::{Call, DeadlineZone};

pub(super) fn zone(call_id: i64, name: &str) -> Result<DeadlineZone, Error> {
    name.parse()
        .map_err(|e| Error::Corrupt(format!("call {call_id}: {e}")))
}

/// Every call, oldest first, without its text. There are a handful, one every year or two.
pub async fn all(db: impl PgExecutor<'_>) -> Result<Vec<Call>, Error> {
    let rows = sqlx::query!(
        r#"SELECT c.id, c.title, c.opens_on, c.city_deadline,
                  c.natcom_deadline, c.endorsement_quota, c.deadline_zone,
                  (SELECT coalesce(json_agg(json_build_array(t.locale, t.title)), '[]')
                     FROM call_texts t WHERE t.call_id = c.id) AS "titles!: Json<Vec<(String, String)>>"
             FROM calls c ORDER BY c.opens_on, c.id"#
    )
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(Call {
                zone: zone(r.id, &r.deadline_zone)?,
                id: r.id,
                title: r.title,
                titles: r.titles.0,
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

/// A call's title and text in one language, as the public page shows it.
pub struct CallText {
    pub title: String,
    /// Markdown.
    pub body: String,
    /// `false` when the call has no text in the language asked for: this is English.
    pub translated: bool,
}

/// A call's text in `locale` (a code of `i18n::Locale`), else its English text.
pub async fn text_in(
    db: impl PgExecutor<'_>,
    id: i64,
    locale: &str,
) -> Result<Option<CallText>, Error> {
    Ok(sqlx::query_as!(
        CallText,
        r#"SELECT coalesce(t.title, c.title) AS "title!", coalesce(t.body, c.body) AS "body!",
                  (t.call_id IS NOT NULL OR $2 = 'en') AS "translated!"
             FROM calls c LEFT JOIN call_texts t ON t.call_id = c.id AND t.locale = $2
            WHERE c.id = $1"#,
        id,
        locale
    )
    .fetch_optional(db)
    .await?)
}

/// A call's title and text in one language other than English.
#[derive(Debug, Clone)]
pub struct Translation {
    pub locale: String,
    pub title: String,
    pub body: String,
}

/// The call's texts in languages other than English.
pub async fn translations(db: impl PgExecutor<'_>, id: i64) -> Result<Vec<Translation>, Error> {
    Ok(sqlx::query_as!(
        Translation,
        r#"SELECT locale AS "locale!: String", title, body FROM call_texts
            WHERE call_id = $1 ORDER BY locale"#,
        id
    )
    .fetch_all(db)
    .await?)
}

/// Sets the call's text in one language; an empty title and body remove it (the page then
/// shows the English text, saying so).
pub async fn set_translation(
    conn: &mut PgConnection,
    id: i64,
    t: &Translation,
) -> Result<(), Error> {
    if t.title.is_empty() && t.body.is_empty() {
        sqlx::query!(
            "DELETE FROM call_texts WHERE call_id = $1 AND locale = $2",
            id,
            &t.locale as &str
        )
        .execute(conn)
        .await?;
    } else {
        sqlx::query!(
            "INSERT INTO call_texts (call_id, locale, title, body) VALUES ($1, $2, $3, $4)
             ON CONFLICT (call_id, locale) DO UPDATE
                SET title = EXCLUDED.title, body = EXCLUDED.body, updated_at = now()",
            id,
            &t.locale as &str,
            t.title,
            t.body
        )
        .execute(conn)
        .await?;
    }
    Ok(())
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
                    WHERE x.stage = 'natcom' AND x.call_id = c.id AND x.country = $3) AS natcom_extension,
                  (SELECT coalesce(json_agg(json_build_array(t.locale, t.title)), '[]')
                     FROM call_texts t WHERE t.call_id = c.id) AS "titles!: Json<Vec<(String, String)>>"
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
        titles: r.titles.0,
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
    pub retention_months: i32,
}

/// How long call `id` keeps the personal data of the applications it did not accept.
pub async fn retention_months(db: impl sqlx::PgExecutor<'_>, id: i64) -> Result<i32, Error> {
    Ok(
        sqlx::query_scalar!("SELECT retention_months FROM calls WHERE id = $1", id)
            .fetch_one(db)
            .await?,
    )
}

/// Creates a call, with the rubric of the latest call before it; `Ok(None)` when another
/// call has the same title.
pub async fn create(conn: &mut PgConnection, c: &CallInput) -> Result<Option<i64>, Error> {
    let id = sqlx::query_scalar!(
        "INSERT INTO calls (title, body, opens_on, city_deadline, natcom_deadline, endorsement_quota,
                            deadline_zone, retention_months)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (title) DO NOTHING RETURNING id",
        c.title,
        c.body,
        c.opens_on,
        c.city_deadline,
        c.natcom_deadline,
        c.endorsement_quota,
        c.zone.to_string(),
        c.retention_months
    )
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = id {
        super::criteria::copy_latest(conn, id).await?;
    }
    Ok(id)
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
                          endorsement_quota = $7, deadline_zone = $8, retention_months = $9,
                          updated_at = now()
          WHERE id = $1",
        id,
        c.title,
        c.body,
        c.opens_on,
        c.city_deadline,
        c.natcom_deadline,
        c.endorsement_quota,
        c.zone.to_string(),
        c.retention_months
    )
    .execute(conn)
    .await?;
    Ok(true)
}
