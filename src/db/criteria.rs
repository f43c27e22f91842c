//! A call's rubric: its criteria (names and descriptions per language, a weight) and the
//! spread at which its jurors are said to disagree.

use std::collections::HashMap;

use sqlx::PgConnection;
use sqlx::types::Json;

use super::Error;

#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub id: i64,
    pub position: i16,
    pub weight: i16,
    /// By language code; English always.
    pub names: HashMap<String, String>,
    pub descriptions: HashMap<String, String>,
}

impl Criterion {
    /// The name in `locale`, else in English.
    pub fn name_in(&self, locale: &str) -> &str {
        text_in(&self.names, locale)
    }

    pub fn description_in(&self, locale: &str) -> &str {
        text_in(&self.descriptions, locale)
    }
}

fn text_in<'a>(texts: &'a HashMap<String, String>, locale: &str) -> &'a str {
    texts
        .get(locale)
        .filter(|t| !t.is_empty())
        .or_else(|| texts.get("en"))
        .map_or("", String::as_str)
}

/// A call's rubric.
#[derive(Debug, Clone, PartialEq)]
pub struct Rubric {
    pub call_id: i64,
    pub criteria: Vec<Criterion>,
    pub threshold: f64,
    /// Whether a score exists on one of its criteria (then it no longer changes).
    pub scored: bool,
}

impl Rubric {
    pub fn ids(&self) -> Vec<i64> {
        self.criteria.iter().map(|c| c.id).collect()
    }

    pub fn weight_of(&self, criterion: i64) -> Option<i16> {
        self.criteria
            .iter()
            .find(|c| c.id == criterion)
            .map(|c| c.weight)
    }
}

/// How a transaction holds the call's row while it reads the rubric: a score is given
/// under a shared lock, the rubric changes under an exclusive one, so that no first score
/// lands while the rubric changes (and no change while one does), and scores do not wait
/// for each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    Nothing,
    ToScore,
    ToChange,
}

pub async fn rubric(conn: &mut PgConnection, call_id: i64, hold: Hold) -> Result<Rubric, Error> {
    match hold {
        Hold::Nothing => {}
        Hold::ToScore => {
            sqlx::query!("SELECT id FROM calls WHERE id = $1 FOR SHARE", call_id)
                .fetch_optional(&mut *conn)
                .await?;
        }
        Hold::ToChange => {
            sqlx::query!("SELECT id FROM calls WHERE id = $1 FOR UPDATE", call_id)
                .fetch_optional(&mut *conn)
                .await?;
        }
    }
    let r = sqlx::query!(
        r#"SELECT c.disagreement_threshold,
                  -- Criterion by criterion, each through its index: joined, PostgreSQL read
                  -- every score of every call when this one had none (40 ms).
                  EXISTS (SELECT 1 FROM criteria k WHERE k.call_id = c.id
                             AND EXISTS (SELECT 1 FROM assessment_scores s WHERE s.criterion_id = k.id))
                    AS "scored!",
                  (SELECT coalesce(json_agg(json_build_object(
                              'id', k.id, 'position', k.position, 'weight', k.weight,
                              'names', k.names, 'descriptions', k.descriptions) ORDER BY k.position), '[]')
                     FROM criteria k WHERE k.call_id = c.id) AS "criteria!: Json<Vec<CriterionRow>>"
             FROM calls c WHERE c.id = $1"#,
        call_id
    )
    .fetch_one(conn)
    .await?;
    Ok(Rubric {
        call_id,
        criteria: r
            .criteria
            .0
            .into_iter()
            .map(CriterionRow::into_criterion)
            .collect(),
        threshold: r.disagreement_threshold,
        scored: r.scored,
    })
}

/// A criterion as its statements read it, as JSON.
#[derive(Debug, serde::Deserialize)]
pub(super) struct CriterionRow {
    id: i64,
    position: i16,
    weight: i16,
    names: HashMap<String, String>,
    descriptions: HashMap<String, String>,
}

impl CriterionRow {
    pub(super) fn into_criterion(self) -> Criterion {
        Criterion {
            id: self.id,
            position: self.position,
            weight: self.weight,
            names: self.names,
            descriptions: self.descriptions,
        }
    }
}

/// A criterion as a coordinator wrote it.
#[derive(Debug, Clone)]
pub struct CriterionInput {
    pub weight: i16,
    pub names: HashMap<String, String>,
    pub descriptions: HashMap<String, String>,
}

pub async fn add(conn: &mut PgConnection, call_id: i64, c: &CriterionInput) -> Result<i64, Error> {
    Ok(sqlx::query_scalar!(
        "INSERT INTO criteria (call_id, position, weight, names, descriptions)
         SELECT $1, coalesce(max(position), 0) + 1, $2, $3, $4 FROM criteria WHERE call_id = $1
         RETURNING id",
        call_id,
        c.weight,
        Json(&c.names) as _,
        Json(&c.descriptions) as _,
    )
    .fetch_one(conn)
    .await?)
}

/// Changes a criterion of the call; `false` when the call has no such criterion.
pub async fn update(
    conn: &mut PgConnection,
    call_id: i64,
    id: i64,
    c: &CriterionInput,
) -> Result<bool, Error> {
    Ok(sqlx::query!(
        "UPDATE criteria SET weight = $3, names = $4, descriptions = $5 WHERE id = $2 AND call_id = $1",
        call_id,
        id,
        c.weight,
        Json(&c.names) as _,
        Json(&c.descriptions) as _,
    )
    .execute(conn)
    .await?
    .rows_affected()
        == 1)
}

pub async fn remove(conn: &mut PgConnection, call_id: i64, id: i64) -> Result<bool, Error> {
    Ok(sqlx::query!(
        "DELETE FROM criteria WHERE id = $2 AND call_id = $1",
        call_id,
        id
    )
    .execute(conn)
    .await?
    .rows_affected()
        == 1)
}

pub async fn set_threshold(
    conn: &mut PgConnection,
    call_id: i64,
    threshold: f64,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE calls SET disagreement_threshold = $2 WHERE id = $1",
        call_id,
        threshold
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A new call starts with the rubric of the latest call before it.
pub async fn copy_latest(conn: &mut PgConnection, new_call_id: i64) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO criteria (call_id, position, weight, names, descriptions)
         SELECT $1, position, weight, names, descriptions FROM criteria
          WHERE call_id = (SELECT max(call_id) FROM criteria WHERE call_id <> $1)
          ORDER BY position",
        new_call_id
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Gives a call these criteria, unless it has some already.
pub async fn seed(
    conn: &mut PgConnection,
    call_id: i64,
    criteria: &[CriterionInput],
) -> Result<(), Error> {
    let has = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM criteria WHERE call_id = $1) AS "has!""#,
        call_id
    )
    .fetch_one(&mut *conn)
    .await?;
    if !has {
        for c in criteria {
            add(conn, call_id, c).await?;
        }
    }
    Ok(())
}
