//! The jury's side (issue [6/8]): a juror's list, the countries they declared to be in
//! conflict with, the declaration before opening an application, and their assessment.
//! The assessment itself (parsed, checked against the rubric, saved, added up) is shared
//! with UIL's reviewers.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::{Connection, PgConnection};

use super::{App, Error, Issue, Issues, Visit, entering};
use crate::db;
use crate::db::applications::Application;
use crate::db::assessments::Assessment;
use crate::db::criteria::Hold;
use crate::db::criteria::Rubric;
use crate::db::documents::DocumentInfo;
use crate::db::jury::{JurorRow, MyRow};
use crate::db::users::User;
use crate::domain::access::Area;
use crate::domain::application::may_assess;
use crate::domain::form::{self, Iso2, Problem};
use crate::domain::jury::{self, Declaration, Juror, Opening};
use crate::mail::messages;

/// The most criteria a rubric has: each is a field of the assessment form.
pub const MAX_CRITERIA: usize = 12;

/// The score fields of the assessment form, one per criterion in the rubric's order.
pub const SCORE_FIELDS: [&str; MAX_CRITERIA] = [
    "score_1", "score_2", "score_3", "score_4", "score_5", "score_6", "score_7", "score_8",
    "score_9", "score_10", "score_11", "score_12",
];

// ---------- the assessment, for jurors and UIL's reviewers ----------

/// An assessment as typed: a score per criterion (by the rubric's order, "" for none
/// yet), a comment, and whether it is handed in or kept as a draft.
pub struct AssessmentInput {
    scores: Vec<Option<i16>>,
    comment: String,
    hand_in: bool,
}

impl AssessmentInput {
    pub fn parse(typed: &[String], comment: &str, hand_in: bool) -> Result<Self, Issues> {
        let mut issues = Issues::default();
        let mut scores = Vec::new();
        for (field, value) in SCORE_FIELDS.iter().zip(typed) {
            let value = value.trim();
            match value.parse::<i16>() {
                _ if value.is_empty() => scores.push(None),
                Ok(s) if jury::SCORES.contains(&s) => scores.push(Some(s)),
                _ => {
                    issues.add(field, Issue::Form(Problem::NotAPriority));
                    scores.push(None);
                }
            }
        }
        let comment = issues.check("comment", form::plain_text(comment, 5000, true));
        match comment {
            Some(comment) if issues.is_empty() => Ok(AssessmentInput {
                scores,
                comment,
                hand_in,
            }),
            _ => Err(issues),
        }
    }
}

/// Saves `user`'s assessment of the locked application `app` on the call's rubric, in
/// the caller's transaction, and keeps what the handed-in ones add up to.
pub(crate) async fn save_assessment(
    conn: &mut PgConnection,
    app: &Application,
    user: &User,
    input: AssessmentInput,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    may_assess(app.stage)?;
    // Holds the call: no criterion changes under a first score.
    let rubric = db::criteria::rubric(conn, app.call_id, Hold::ToScore).await?;
    let scores: Vec<(i64, i16)> = rubric
        .criteria
        .iter()
        .zip(&input.scores)
        .filter_map(|(c, s)| s.map(|s| (c.id, s)))
        .collect();
    let was_handed_in = db::assessments::handed_in(conn, app.id, user.id).await?;
    jury::may_save(&rubric.ids(), &scores, input.hand_in, was_handed_in)?;
    db::assessments::save(
        conn,
        app.id,
        user.id,
        &scores,
        &input.comment,
        input.hand_in,
        now,
    )
    .await?;
    add_up(conn, app.id).await
}

/// Writes on the application the mean, median and spread of its handed-in assessments.
async fn add_up(conn: &mut PgConnection, application_id: i64) -> Result<(), Error> {
    let handed_in = db::assessments::handed_in_scores(conn, application_id).await?;
    let scores: Vec<f64> = handed_in
        .iter()
        .filter_map(|a| jury::weighted_score(a))
        .collect();
    db::assessments::set_review(conn, application_id, jury::aggregate(&scores)).await?;
    Ok(())
}

// ---------- a juror's pages ----------

/// A juror's first page: what was published to them, and the countries they declared.
pub struct Home {
    pub rows: Vec<MyRow>,
    pub declared_countries: Vec<String>,
    pub country: String,
}

pub async fn home(visit: &mut Visit) -> Result<Home, Error> {
    let user = entering(&visit.user, Area::Jury)?;
    let me = db::jury::juror(&mut visit.conn, user.id)
        .await?
        .ok_or(Error::NotFound)?;
    let rows = db::jury::my_list(&mut visit.conn, user.id).await?;
    let juror = me.as_juror();
    // An application of a country declared after it was assigned leaves the list.
    let rows = rows
        .into_iter()
        .filter(|r| !juror.in_conflict(&r.country, r.conflict == Some(true)))
        .collect();
    Ok(Home {
        rows,
        declared_countries: me.declared_countries.clone(),
        country: me.country.clone(),
    })
}

/// A country, as chosen on the juror's page: a UNESCO Member State, or the form's
/// issue (the outer error is the database's).
pub async fn parse_country(app: &App, typed: &str) -> Result<Result<Iso2, Issues>, Error> {
    let states = app.member_states().await?;
    Ok(match Iso2::parse(typed) {
        Ok(country) if states.by_code(country.as_str()).is_some() => Ok(country),
        _ => {
            let mut issues = Issues::default();
            issues.add("conflict_country", Issue::NotAMemberState);
            Err(issues)
        }
    })
}

/// Declares, or withdraws, a conflict with a whole country. Declared, the applications of
/// that country leave the juror in the same transaction: their assessment of it no longer
/// counts, and a published one goes to another juror out of conflict.
pub async fn declare_country(
    app: &App,
    visit: &mut Visit,
    country: &Iso2,
    in_conflict: bool,
) -> Result<(), Error> {
    let user = entering(&visit.user, Area::Jury)?;
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    db::jury::declare_country(&mut tx, user.id, country.as_str(), in_conflict, now).await?;
    if in_conflict {
        let mut told = Vec::new();
        for (id, _, published) in
            db::jury::assigned_in_country(&mut tx, user.id, country.as_str()).await?
        {
            let Some(application) = db::applications::find_for_update(&mut tx, id).await? else {
                continue;
            };
            told.extend(leave(&mut tx, &application, user.id, published, now).await?);
        }
        tell_jurors(app, &mut tx, told, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Takes the locked `application` from the juror `leaving`, in conflict with it: their
/// assessment no longer counts, and a published assignment goes to another juror, whom
/// it returns (to be told).
async fn leave(
    conn: &mut PgConnection,
    application: &Application,
    leaving: i64,
    published: bool,
    now: DateTime<Utc>,
) -> Result<Option<i64>, Error> {
    db::jury::remove_assignment(conn, application.call_id, application.id, leaving).await?;
    db::assessments::remove(conn, application.id, leaving).await?;
    add_up(conn, application.id).await?;
    if published {
        reassign(conn, application, leaving, now).await
    } else {
        Ok(None)
    }
}

/// Mails each of `jurors` once, with what was just published to them.
async fn tell_jurors(
    app: &App,
    conn: &mut PgConnection,
    mut jurors: Vec<i64>,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    jurors.sort_unstable();
    jurors.dedup();
    if jurors.is_empty() {
        return Ok(());
    }
    for juror in db::jury::jurors(conn)
        .await?
        .iter()
        .filter(|j| jurors.contains(&j.id))
    {
        tell_juror(app, conn, juror, now).await?;
    }
    Ok(())
}

/// What a juror may read of an application: its answers without the contact person's
/// details, its documents, the rubric, their assessment and, once theirs is handed in,
/// the others'.
pub struct Opened {
    pub app: Application,
    pub documents: Vec<DocumentInfo>,
    pub rubric: Rubric,
    pub own: Option<Assessment>,
    pub others: Vec<Assessment>,
    pub may_assess: Result<(), crate::domain::Refusal>,
    /// Whether others handed theirs in, not shown until this juror hands in theirs.
    pub others_waiting: bool,
}

/// What a juror gets for an application: nothing (404), the declaration to make, or the
/// application.
pub enum Seen {
    Declare {
        id: i64,
        city: String,
        country: String,
    },
    Open(Box<Opened>),
}

/// The application, locked when `lock`, with what decides whether this juror sees it.
async fn as_juror_sees(
    conn: &mut PgConnection,
    user: &User,
    id: i64,
    lock: bool,
) -> Result<(Application, Opening), Error> {
    let app = if lock {
        db::applications::find_for_update(conn, id).await?
    } else {
        db::applications::find(conn, id).await?
    };
    let app = app
        .filter(|a| a.forwarded_at.is_some())
        .ok_or(Error::NotFound)?;
    let me = db::jury::juror(conn, user.id)
        .await?
        .ok_or(Error::NotFound)?;
    let mine = db::jury::mine(conn, id, user.id).await?;
    let opening = jury::opening(
        &me.as_juror(),
        app.answers.country(),
        mine.published,
        mine.declaration,
    );
    Ok((app, opening))
}

pub async fn open(visit: &mut Visit, id: i64) -> Result<Seen, Error> {
    let user = entering(&visit.user, Area::Jury)?;
    let conn = &mut visit.conn;
    let (app, opening) = as_juror_sees(conn, user, id, false).await?;
    match opening {
        Opening::Hidden => Err(Error::NotFound),
        Opening::Declare => Ok(Seen::Declare {
            id,
            city: app.answers.city_name().to_owned(),
            country: app.answers.country().to_owned(),
        }),
        Opening::Open => {
            let asked = db::around::Asked {
                mails: db::outbox::MailOf::Others,
                assessments: true,
            };
            let around = db::around::around(conn, &app, asked).await?;
            let rubric = around.rubric;
            let (own, others): (Vec<_>, Vec<_>) = around
                .assessments
                .into_iter()
                .filter(|a| a.is_handed_in() || a.reviewer_id == user.id)
                .partition(|a| a.reviewer_id == user.id);
            let own = own.into_iter().next();
            let sees_others = own.as_ref().is_some_and(Assessment::is_handed_in);
            let mut app = app;
            app.answers = app.answers.for_jury();
            let mut documents = around.documents;
            documents.retain(|d| for_jury(d.kind));
            Ok(Seen::Open(Box::new(Opened {
                may_assess: may_assess(app.stage),
                documents,
                rubric,
                own,
                others_waiting: !sees_others && !others.is_empty(),
                others: if sees_others { others } else { Vec::new() },
                app,
            })))
        }
    }
}

/// A document of an application the juror has opened.
pub async fn document(
    visit: &mut Visit,
    id: i64,
    document: i64,
) -> Result<(db::documents::DocumentKind, String, Vec<u8>), Error> {
    let user = entering(&visit.user, Area::Jury)?;
    let (_, opening) = as_juror_sees(&mut visit.conn, user, id, false).await?;
    if opening != Opening::Open {
        return Err(Error::NotFound);
    }
    db::documents::content(&mut visit.conn, id, document)
        .await?
        .filter(|(kind, _, _)| for_jury(*kind))
        .ok_or(Error::NotFound)
}

/// The city's documents are the jury's to read; the National Commission's endorsement,
/// with its officers' details, is UIL's.
fn for_jury(kind: db::documents::DocumentKind) -> bool {
    kind != db::documents::DocumentKind::Endorsement
}

/// The juror's answer before opening: no conflict, or a conflict, with a reason. A
/// conflict takes the application from them and gives it to the least busy juror out of
/// conflict, who is told by mail; UIL sees every declaration.
pub async fn declare(
    app: &App,
    visit: &mut Visit,
    id: i64,
    input: DeclarationInput,
) -> Result<(), Error> {
    let user = entering(&visit.user, Area::Jury)?;
    let DeclarationInput { conflict, reason } = input;
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    let (application, opening) = as_juror_sees(&mut tx, user, id, true).await?;
    if opening == Opening::Hidden {
        return Err(Error::NotFound);
    }
    db::jury::declare(&mut tx, id, user.id, conflict, &reason, now).await?;
    if conflict {
        let next = leave(&mut tx, &application, user.id, true, now).await?;
        tell_jurors(app, &mut tx, next.into_iter().collect(), now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Gives `application` to another juror in place of `leaving`, published at once;
/// returns who, if anyone is left out of conflict (else UIL's jury page shows it short).
async fn reassign(
    conn: &mut PgConnection,
    application: &Application,
    leaving: i64,
    now: DateTime<Utc>,
) -> Result<Option<i64>, Error> {
    let jurors = db::jury::jurors(conn).await?;
    let Some(this) = db::jury::open_application(conn, application.call_id, application.id).await?
    else {
        return Ok(None);
    };
    let mut to_assign = this.to_assign();
    to_assign.declined_by.push(leaving);
    let loads: BTreeMap<i64, usize> = jurors
        .iter()
        .map(|j| (j.id, usize::try_from(j.load).unwrap_or(0)))
        .collect();
    let candidates: Vec<Juror<'_>> = jurors.iter().map(JurorRow::as_juror).collect();
    let Some(next) = jury::replacement(&to_assign, &candidates, &loads) else {
        return Ok(None);
    };
    // Recorded as assigned by the juror who left it: the reason it moved.
    db::jury::add_published(conn, application.id, next, leaving, now).await?;
    Ok(Some(next))
}

/// Mails a juror the applications just published to them, in one mail.
pub(crate) async fn tell_juror(
    app: &App,
    conn: &mut PgConnection,
    juror: &JurorRow,
    published_at: DateTime<Utc>,
) -> Result<(), Error> {
    let cities = db::jury::published_at(conn, juror.id, published_at).await?;
    if cities.is_empty() {
        return Ok(());
    }
    let mail = messages::jury_assignments(
        &juror.email,
        &juror.name,
        &cities
            .iter()
            .map(|(_, city, country)| (city.as_str(), country.as_str()))
            .collect::<Vec<_>>(),
        &app.mailer.link("/jury"),
        crate::mail::account_locale(juror.locale.as_deref()),
    )?;
    app.mailer.queue_all(conn, &[mail]).await?;
    Ok(())
}

/// A juror's assessment of an application they opened.
pub async fn assess(visit: &mut Visit, id: i64, input: AssessmentInput) -> Result<(), Error> {
    let user = entering(&visit.user, Area::Jury)?;
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    let (application, opening) = as_juror_sees(&mut tx, user, id, true).await?;
    if opening != Opening::Open {
        return Err(Error::NotFound);
    }
    save_assessment(&mut tx, &application, user, input, now).await?;
    tx.commit().await?;
    Ok(())
}

/// The declaration as typed: `answer` is `no_conflict` or `conflict`, with a reason.
pub struct DeclarationInput {
    conflict: bool,
    reason: String,
}

impl DeclarationInput {
    /// Whether the juror declared a conflict (the application is then no longer theirs).
    pub fn is_conflict(&self) -> bool {
        self.conflict
    }

    pub fn parse(answer: &str, reason: &str) -> Result<Self, Issues> {
        let mut issues = Issues::default();
        let conflict = match answer {
            "no_conflict" => Some(Declaration::NoConflict),
            "conflict" => Some(Declaration::Conflict),
            _ => {
                issues.add("answer", Issue::Form(Problem::Missing));
                None
            }
        };
        let reason = issues.check("reason", form::plain_text(reason, 1000, true));
        match (conflict, reason) {
            (Some(d), Some(reason)) if issues.is_empty() => Ok(DeclarationInput {
                conflict: d == Declaration::Conflict,
                reason,
            }),
            _ => Err(issues),
        }
    }
}
