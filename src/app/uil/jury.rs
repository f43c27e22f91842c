//! UIL's side of the jury (issue [6/8]): each call's rubric, the jurors' assignments
//! (by hand or automatic, reviewed, then published), every declaration of conflict, the
//! ranking for the jury meeting, and decisions on many applications at once.

use std::collections::HashMap;

use sqlx::{Connection, PgConnection};

use super::super::jury::{MAX_CRITERIA, tell_juror};
use super::super::{App, Error, Issue, Issues, Visit, entering};
use super::{DecisionInput, decide_locked};
use crate::db;
use crate::db::applications::Application;
use crate::db::criteria::Hold;
use crate::db::criteria::{CriterionInput, Rubric};
use crate::db::jury::{AssignmentRow, DeclarationRow, JurorRow, Open};
use crate::db::ranking::{RankingFilter, RankingRow};
use crate::domain::access::Area;
use crate::domain::form::Problem;
use crate::domain::jury::{self, Juror, ToAssign};
use crate::domain::stage::decide;
use crate::domain::{Action, Call, Deadlines, Refusal};
use crate::i18n::Locale;

/// A call UIL names by its id; `NotFound` when there is none.
async fn call_of(conn: &mut PgConnection, id: i64) -> Result<Call, Error> {
    db::calls::all(conn)
        .await?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or(Error::NotFound)
}

// ---------- the rubric ----------

pub async fn rubric(visit: &mut Visit, call_id: i64) -> Result<(Call, Rubric), Error> {
    entering(&visit.user, Area::UilAdmin)?;
    let call = call_of(&mut visit.conn, call_id).await?;
    let rubric = db::criteria::rubric(&mut visit.conn, call_id, Hold::Nothing).await?;
    Ok((call, rubric))
}

/// The fields of the criterion form: a name and a description per language.
pub const NAME_FIELDS: [&str; 6] = [
    "name_en", "name_fr", "name_es", "name_ar", "name_zh", "name_ru",
];
pub const DESCRIPTION_FIELDS: [&str; 6] = [
    "description_en",
    "description_fr",
    "description_es",
    "description_ar",
    "description_zh",
    "description_ru",
];

/// A criterion as typed: its weight, and its names and descriptions in the languages'
/// order (`LOCALES`); the English name is required.
pub fn parse_criterion(
    weight: &str,
    names: &[String],
    descriptions: &[String],
) -> Result<CriterionInput, Issues> {
    let mut issues = Issues::default();
    let weight = match weight.trim().parse::<i16>() {
        Ok(w) if jury::WEIGHTS.contains(&w) => Some(w),
        _ => {
            issues.add("weight", Issue::Form(Problem::NotAWeight));
            None
        }
    };
    let mut name_map = HashMap::new();
    let mut description_map = HashMap::new();
    for (i, locale) in Locale::OFFERED.iter().map(|l| l.code()).enumerate() {
        let name = names.get(i).map_or("", String::as_str);
        let parsed = if locale == "en" {
            crate::domain::form::required_text(name, 200, false)
        } else {
            crate::domain::form::plain_text(name, 200, false)
        };
        if let Some(name) = issues
            .check(NAME_FIELDS[i], parsed)
            .filter(|n| !n.is_empty())
        {
            name_map.insert(locale.to_owned(), name);
        }
        let description = descriptions.get(i).map_or("", String::as_str);
        if let Some(d) = issues
            .check(
                DESCRIPTION_FIELDS[i],
                crate::domain::form::plain_text(description, 2000, true),
            )
            .filter(|d| !d.is_empty())
        {
            description_map.insert(locale.to_owned(), d);
        }
    }
    match weight {
        Some(weight) if issues.is_empty() => Ok(CriterionInput {
            weight,
            names: name_map,
            descriptions: description_map,
        }),
        _ => Err(issues),
    }
}

/// Adds, changes (`Some(id)`) or removes (`input` `None`) a criterion of a call, while
/// no score exists on its rubric.
pub async fn change_rubric(
    visit: &mut Visit,
    call_id: i64,
    id: Option<i64>,
    input: Option<CriterionInput>,
) -> Result<(), Error> {
    entering(&visit.user, Area::UilAdmin)?;
    let mut tx = visit.conn.begin().await?;
    call_of(&mut tx, call_id).await?;
    let rubric = db::criteria::rubric(&mut tx, call_id, Hold::ToChange).await?;
    jury::may_change_rubric(rubric.scored)?;
    let done = match (id, input) {
        (None, Some(input)) => {
            if rubric.criteria.len() >= MAX_CRITERIA {
                return Err(Refusal::RubricFull { max: MAX_CRITERIA }.into());
            }
            db::criteria::add(&mut tx, call_id, &input).await?;
            true
        }
        (Some(id), Some(input)) => db::criteria::update(&mut tx, call_id, id, &input).await?,
        (Some(id), None) => db::criteria::remove(&mut tx, call_id, id).await?,
        (None, None) => false,
    };
    if !done {
        return Err(Error::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

pub fn parse_threshold(typed: &str) -> Result<f64, Issues> {
    let mut issues = Issues::default();
    match typed.trim().replace(',', ".").parse::<f64>() {
        Ok(t) if jury::THRESHOLDS.contains(&t) => Ok(t),
        _ => {
            issues.add("threshold", Issue::Form(Problem::NotAThreshold));
            Err(issues)
        }
    }
}

/// The spread at which the call's jurors are said to disagree: a reading of the scores,
/// changed at any time.
pub async fn set_threshold(visit: &mut Visit, call_id: i64, threshold: f64) -> Result<(), Error> {
    entering(&visit.user, Area::UilAdmin)?;
    call_of(&mut visit.conn, call_id).await?;
    db::criteria::set_threshold(&mut visit.conn, call_id, threshold).await?;
    Ok(())
}

// ---------- assignments ----------

/// UIL's page of a call's jury.
pub struct JuryBoard {
    pub call: Call,
    pub jurors: Vec<JurorRow>,
    pub open: Vec<Open>,
    pub assignments: Vec<AssignmentRow>,
    pub declarations: Vec<DeclarationRow>,
}

impl JuryBoard {
    pub fn unpublished(&self) -> usize {
        self.assignments.iter().filter(|a| !a.published).count()
    }

    /// The jurors who may still be given `open`: out of conflict with it, and not on it.
    pub fn free_for<'a>(&'a self, open: &'a Open) -> impl Iterator<Item = &'a JurorRow> + 'a {
        self.jurors.iter().filter(move |j| {
            !open.assigned.contains(&j.id)
                && !j
                    .as_juror()
                    .in_conflict(&open.country, open.declined_by.contains(&j.id))
        })
    }
}

pub async fn board(visit: &mut Visit, call_id: i64) -> Result<JuryBoard, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    let conn = &mut visit.conn;
    Ok(JuryBoard {
        call: call_of(conn, call_id).await?,
        jurors: db::jury::jurors(conn).await?,
        open: db::jury::open_applications(conn, call_id).await?,
        assignments: db::jury::assignments(conn, call_id).await?,
        declarations: db::jury::declarations(conn, call_id).await?,
    })
}

pub fn parse_jurors_per_application(typed: &str) -> Result<usize, Issues> {
    let mut issues = Issues::default();
    match typed.trim().parse::<usize>() {
        Ok(k) if (1..=10).contains(&k) => Ok(k),
        _ => {
            issues.add("k", Issue::Form(Problem::NotAJurorCount));
            Err(issues)
        }
    }
}

/// Gives each open application of the call `k` jurors out of conflict, the loads
/// balanced; a draft until published. Returns how many assignments were added.
pub async fn assign_automatically(
    visit: &mut Visit,
    call_id: i64,
    k: usize,
) -> Result<usize, Error> {
    let user = entering(&visit.user, Area::UilAdmin)?;
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    // One assignment at a time per call: two coordinators would each balance alone.
    call_of(&mut tx, call_id).await?;
    db::jury::hold_call(&mut tx, call_id).await?;
    let jurors = db::jury::jurors(&mut tx).await?;
    let open = db::jury::open_applications(&mut tx, call_id).await?;
    let candidates: Vec<Juror<'_>> = jurors.iter().map(JurorRow::as_juror).collect();
    let apps: Vec<ToAssign<'_>> = open.iter().map(Open::to_assign).collect();
    let pairs = jury::assign(&apps, &candidates, k)?;
    let added = db::jury::add_assignments(&mut tx, &pairs, user.id, now).await?;
    tx.commit().await?;
    Ok(usize::try_from(added).unwrap_or(usize::MAX))
}

/// Assigns one juror to one open application by hand, unless they are in conflict.
pub async fn assign_by_hand(
    visit: &mut Visit,
    call_id: i64,
    application_id: i64,
    juror_id: i64,
) -> Result<(), Error> {
    let user = entering(&visit.user, Area::UilAdmin)?;
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    // As the automatic assignment does: one change of the call's assignments at a time.
    db::jury::hold_call(&mut tx, call_id).await?;
    let open = db::jury::open_applications(&mut tx, call_id).await?;
    let app = open
        .iter()
        .find(|o| o.id == application_id)
        .ok_or(Error::NotFound)?;
    let juror = db::jury::juror(&mut tx, juror_id)
        .await?
        .ok_or(Error::NotFound)?;
    if juror
        .as_juror()
        .in_conflict(&app.country, app.declined_by.contains(&juror_id))
    {
        return Err(Refusal::JurorInConflict.into());
    }
    db::jury::add_assignments(&mut tx, &[(application_id, juror_id)], user.id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Takes an application of the call from a juror. What they handed in stays: UIL may
/// still read it (a juror leaving for a conflict is `app::jury`'s).
pub async fn unassign(
    visit: &mut Visit,
    call_id: i64,
    application_id: i64,
    juror_id: i64,
) -> Result<(), Error> {
    entering(&visit.user, Area::UilAdmin)?;
    let mut tx = visit.conn.begin().await?;
    db::jury::hold_call(&mut tx, call_id).await?;
    if !db::jury::remove_assignment(&mut tx, call_id, application_id, juror_id).await? {
        return Err(Error::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Publishes the call's drafted assignments: the applications still waiting for their
/// review start it, and each juror gets one mail with their new list. Returns how many
/// jurors were told.
pub async fn publish(app: &App, visit: &mut Visit, call_id: i64) -> Result<usize, Error> {
    let user = entering(&visit.user, Area::UilAdmin)?;
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    let call = call_of(&mut tx, call_id).await?;
    let told = db::jury::publish(&mut tx, call_id, now).await?;
    for open in db::jury::open_applications(&mut tx, call_id).await? {
        // Only what waits for its review is locked and read again.
        if open.assigned.is_empty() || !open.stage.awaits_review() {
            continue;
        }
        let Some(application) = db::applications::find_for_update(&mut tx, open.id).await? else {
            continue;
        };
        if application.stage.awaits_review() {
            let to = decide(
                application.stage,
                Action::StartReview,
                user.role,
                now,
                &call.deadlines(),
            )?;
            db::applications::move_to(
                &mut tx,
                &application,
                Action::StartReview,
                to,
                user.id,
                None,
                now,
            )
            .await?;
        }
    }
    let jurors = db::jury::jurors(&mut tx).await?;
    for juror in jurors.iter().filter(|j| told.contains(&j.id)) {
        tell_juror(app, &mut tx, juror, now).await?;
    }
    tx.commit().await?;
    Ok(told.len())
}

// ---------- the ranking ----------

pub struct Ranking {
    pub call: Call,
    pub rows: Vec<RankingRow>,
    pub total: i64,
    pub threshold: f64,
}

/// A page of the ranking (`limit` `None`: all of it, for the CSV).
pub async fn ranking(
    visit: &mut Visit,
    filter: &RankingFilter,
    limit: Option<i64>,
    offset: i64,
) -> Result<Ranking, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    let conn = &mut visit.conn;
    let call = call_of(conn, filter.call_id).await?;
    let (rows, total, threshold) = db::ranking::page(conn, filter, limit, offset).await?;
    Ok(Ranking {
        call,
        rows,
        total,
        threshold,
    })
}

// ---------- decisions on many applications ----------

/// What deciding on the chosen applications would do: each of them, or why one cannot.
pub struct BulkPlan {
    pub chosen: Vec<Application>,
    pub refusal: Option<Refusal>,
}

/// The chosen applications, why one of them cannot be decided on now if so, and the
/// deadlines of their call.
async fn chosen(
    conn: &mut PgConnection,
    user: &crate::db::users::User,
    call_id: i64,
    ids: &[i64],
    action: Action,
    lock: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Vec<Application>, Option<Refusal>, Deadlines), Error> {
    let deadlines = call_of(conn, call_id).await?.deadlines();
    if ids.is_empty() {
        return Ok((Vec::new(), Some(Refusal::NothingChosen), deadlines));
    }
    if ids.len() > MAX_BULK {
        let refusal = Refusal::TooManyChosen { max: MAX_BULK };
        return Ok((Vec::new(), Some(refusal), deadlines));
    }
    let mut apps = Vec::new();
    let mut refusal = None;
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    // Locked in the order of their ids, so that two bulk decisions at once cannot
    // deadlock: the second waits for the first.
    for id in ids {
        let app = super::at_uil(conn, user, id, lock).await?;
        // Chosen on the ranking of one call: another call's application is not there.
        if app.call_id != call_id {
            return Err(Error::NotFound);
        }
        if let Err(r) = decide(app.stage, action, user.role, now, &deadlines) {
            refusal.get_or_insert(r);
        }
        apps.push(app);
    }
    Ok((apps, refusal, deadlines))
}

/// The most applications decided at once.
pub const MAX_BULK: usize = 500;

pub async fn plan(
    visit: &mut Visit,
    call_id: i64,
    ids: &[i64],
    action: Action,
) -> Result<BulkPlan, Error> {
    let user = entering(&visit.user, Area::UilAdmin)?;
    let (chosen, refusal, _) = chosen(
        &mut visit.conn,
        user,
        call_id,
        ids,
        action,
        false,
        visit.now,
    )
    .await?;
    Ok(BulkPlan { chosen, refusal })
}

/// Decides on every chosen application, in one transaction: all of them or none; each
/// city and National Commission gets its mail, in its language. Returns how many.
pub async fn decide_all(
    app: &App,
    visit: &mut Visit,
    call_id: i64,
    ids: &[i64],
    input: DecisionInput,
) -> Result<usize, Error> {
    let user = entering(&visit.user, Area::UilAdmin)?;
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    let (apps, refusal, deadlines) =
        chosen(&mut tx, user, call_id, ids, input.action, true, now).await?;
    if let Some(refusal) = refusal {
        return Err(refusal.into());
    }
    let mut accepted = false;
    for application in &apps {
        accepted |= decide_locked(app, &mut tx, user, application, &input, &deadlines, now).await?;
    }
    tx.commit().await?;
    if accepted {
        app.site.refresh(&app.db).await?;
    }
    Ok(apps.len())
}
