//! UIL's journey: the list of what reached UIL, one application with its review,
//! assessments and decision; the export, the audit trail and the outbox. Calls,
//! extensions, staff and the member directory are in the submodules.

pub mod calls;
pub mod dossier;
pub mod extensions;
pub mod jury;
pub mod members;
pub mod users;

use std::sync::Arc;

use chrono::Datelike;
use sqlx::{Connection, PgConnection};

use super::city::visible_events;
pub use super::jury::AssessmentInput;
use super::natcom::tell_city;
use super::{App, Error, Issue, Issues, Visit, entering};
use crate::db;
use crate::db::applications::{Application, Event};
use crate::db::assessments::Assessment;
use crate::db::audit::Filter as AuditFilter;
use crate::db::criteria::Rubric;
use crate::db::documents::DocumentInfo;
use crate::db::listing::{Filter, Listing};
use crate::db::member_states::MemberStates;
use crate::db::outbox::{Filter as OutboxFilter, Logged};
use crate::db::users::User;
use crate::domain::access::{Area, may_view};
use crate::domain::application::may_assess;
use crate::domain::form::{self, Problem};
use crate::domain::stage::decide;
use crate::domain::{Action, Call, Refusal, Role};
use crate::mail::messages::{self, CityEvent};

/// What UIL's dashboard shows besides the list.
pub struct Dashboard {
    pub listing: Listing,
    pub calls: Vec<Call>,
    pub member_states: Arc<MemberStates>,
    pub failed_mail: i64,
}

/// One page of the list of what reached UIL, with its counts, on the visit's connection.
pub async fn dashboard(
    app: &App,
    visit: &mut Visit,
    filter: &Filter,
    limit: u32,
    offset: u32,
) -> Result<Dashboard, Error> {
    entering(&visit.user, Area::Uil)?;
    let member_states = app.member_states().await?;
    let conn = &mut visit.conn;
    Ok(Dashboard {
        listing: Listing::read(conn, filter, limit, offset).await?,
        calls: db::calls::all(&mut **conn).await?,
        failed_mail: db::outbox::failed_count(&mut **conn).await?,
        member_states,
    })
}

/// UIL's view of what its National Commissions hold in the current call, before anything
/// reaches UIL: counts per Member State only, no content, nothing of drafts.
pub struct Pipeline {
    pub call: crate::domain::Call,
    pub rows: Vec<db::listing::PipelineRow>,
}

pub async fn pipeline(visit: &mut Visit) -> Result<Option<Pipeline>, Error> {
    // Coordinators: reviewers read only what reached UIL.
    entering(&visit.user, Area::UilAdmin)?;
    let calls = db::calls::all(&mut *visit.conn).await?;
    let Some(call) = crate::domain::call::current_call(&calls, visit.now).cloned() else {
        return Ok(None);
    };
    let rows = db::listing::pipeline(&mut *visit.conn, call.id).await?;
    Ok(Some(Pipeline { call, rows }))
}

// ---------- one application ----------

/// An application that reached UIL, for a UIL user who may see it; otherwise `NotFound`.
pub(crate) async fn at_uil(
    conn: &mut PgConnection,
    user: &User,
    id: i64,
    lock: bool,
) -> Result<Application, Error> {
    let app = if lock {
        db::applications::find_for_update(conn, id).await?
    } else {
        db::applications::find(conn, id).await?
    };
    app.filter(|a| a.forwarded_at.is_some() && may_view(&user.viewer(), &a.visibility()))
        .ok_or(Error::NotFound)
}

/// An application at UIL as one UIL user sees it: others' assessments only once their
/// own is written (always for coordinators), and what they may do now.
pub struct Record {
    pub app: Application,
    pub documents: Vec<DocumentInfo>,
    pub timeline: Vec<Event>,
    pub mails: Vec<Logged>,
    /// This user's own assessment.
    pub own: Option<Assessment>,
    /// Others' assessments, when this user may see them.
    pub others: Vec<Assessment>,
    /// Whether others' assessments exist but are hidden until this user writes theirs.
    pub hidden_until_own: bool,
    /// Whether this user sees every assessment (and so the averages).
    pub sees_all: bool,
    pub may_start_review: bool,
    pub may_assess: Result<(), Refusal>,
    pub may_decide: bool,
    /// What looks unusual in it (`domain::plausibility`).
    pub flags: Vec<crate::domain::plausibility::Flag>,
    /// The call's criteria.
    pub rubric: Rubric,
}

pub async fn record(visit: &mut Visit, id: i64) -> Result<Record, Error> {
    let user = entering(&visit.user, Area::Uil)?;
    let conn = &mut visit.conn;
    let app = at_uil(conn, user, id, false).await?;
    let asked = db::around::Asked {
        mails: db::outbox::MailOf::Others,
        assessments: true,
    };
    let around = db::around::around(conn, &app, asked).await?;
    // UIL decides by the call's own deadlines: extensions are for cities and National
    // Commissions.
    let d = around.call.deadlines();
    // Drafts are their writer's alone.
    let (own, others): (Vec<_>, Vec<_>) = around
        .assessments
        .into_iter()
        .filter(|a| a.is_handed_in() || a.reviewer_id == user.id)
        .partition(|a| a.reviewer_id == user.id);
    let own = own.into_iter().next();
    let sees_all =
        user.role == Role::UilAdmin || own.as_ref().is_some_and(Assessment::is_handed_in);
    let rubric = around.rubric;
    let now = visit.now;
    let flags = super::city::flags_of(conn, &app, now).await?;
    Ok(Record {
        rubric,
        flags,
        documents: around.documents,
        timeline: visible_events(around.timeline, user.role),
        mails: around.mails,
        hidden_until_own: !sees_all && !others.is_empty(),
        others: if sees_all { others } else { Vec::new() },
        own,
        sees_all,
        may_start_review: decide(app.stage, Action::StartReview, user.role, now, &d).is_ok(),
        may_assess: may_assess(app.stage),
        may_decide: decide(app.stage, Action::Accept, user.role, now, &d).is_ok(),
        app,
    })
}

pub async fn start_review(visit: &mut Visit, id: i64) -> Result<(), Error> {
    let user = entering(&visit.user, Area::Uil)?;
    let mut tx = visit.conn.begin().await?;
    let app = at_uil(&mut tx, user, id, true).await?;
    let call = db::calls::find(&mut tx, app.call_id).await?;
    let to = decide(
        app.stage,
        Action::StartReview,
        user.role,
        visit.now,
        &call.deadlines(),
    )?;
    db::applications::move_to(
        &mut tx,
        &app,
        Action::StartReview,
        to,
        user.id,
        None,
        visit.now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn assess(visit: &mut Visit, id: i64, input: AssessmentInput) -> Result<(), Error> {
    let user = entering(&visit.user, Area::Uil)?;
    let mut tx = visit.conn.begin().await?;
    let app = at_uil(&mut tx, user, id, true).await?;
    super::jury::save_assessment(&mut tx, &app, user, input, visit.now).await?;
    tx.commit().await?;
    Ok(())
}

/// UIL's decision, as typed: accepted or not, and the message to the city.
pub struct DecisionInput {
    pub(crate) action: Action,
    message: String,
}

impl DecisionInput {
    /// The action a form's `decision` names.
    pub fn action_of(decision: &str) -> Option<Action> {
        match decision {
            "accepted" => Some(Action::Accept),
            "not_accepted" => Some(Action::NotAccept),
            _ => None,
        }
    }

    pub fn parse(decision: &str, message: &str) -> Result<Self, Issues> {
        let mut issues = Issues::default();
        let action = Self::action_of(decision);
        if action.is_none() {
            issues.add("decision", Issue::Form(Problem::Missing));
        }
        let message = issues.check("message", form::required_text(message, 5000, true));
        match (action, message) {
            (Some(action), Some(message)) => Ok(DecisionInput { action, message }),
            _ => Err(issues),
        }
    }
}

/// UIL's decision: accepted (the city joins the member directory with the year) or not
/// accepted, with a message; the city and its National Commission are told.
pub async fn decide_application(
    app: &App,
    visit: &mut Visit,
    id: i64,
    input: DecisionInput,
) -> Result<(), Error> {
    let user = entering(&visit.user, Area::UilAdmin)?;
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    let application = at_uil(&mut tx, user, id, true).await?;
    let deadlines = db::calls::find(&mut tx, application.call_id)
        .await?
        .deadlines();
    let accepted = decide_locked(app, &mut tx, user, &application, &input, &deadlines, now).await?;
    tx.commit().await?;
    if accepted {
        // The directory changed: this server's next page shows it.
        app.site.refresh(&app.db).await?;
    }
    Ok(())
}

/// Decides on one locked application by its call's `deadlines`, in the caller's
/// transaction, and queues the mails to its city and its National Commission; whether it
/// was accepted.
pub(crate) async fn decide_locked(
    app: &App,
    tx: &mut PgConnection,
    user: &User,
    application: &Application,
    input: &DecisionInput,
    deadlines: &crate::domain::Deadlines,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, Error> {
    let id = application.id;
    let DecisionInput { action, message } = input;
    let (action, message) = (*action, message.as_str());
    let to = decide(application.stage, action, user.role, now, deadlines)?;
    db::applications::move_to(tx, application, action, to, user.id, Some(message), now).await?;
    let accepted = action == Action::Accept;
    let a = &application.answers;
    if accepted {
        let year = i16::try_from(now.year()).unwrap_or(i16::MAX);
        let profile = crate::domain::privacy::profile_published(to, a.publish_consent());
        db::members::add_accepted(tx, a.city_name(), a.country(), year, id, profile).await?;
    }
    let event = if accepted {
        CityEvent::Accepted { message }
    } else {
        CityEvent::NotAccepted { message }
    };
    tell_city(app, tx, application, event).await?;
    let natcom_link = app.mailer.link(&format!("/natcom/applications/{id}"));
    let mut mails = Vec::new();
    for to in db::applications::natcom_addresses(tx, a.country()).await? {
        mails.push(messages::uil_decision_to_natcom(
            &to.email,
            id,
            a.city_name(),
            accepted,
            message,
            &natcom_link,
            crate::mail::account_locale(to.locale.as_deref()),
        )?);
    }
    app.mailer.queue_all(tx, &mails).await?;
    Ok(accepted)
}

// ---------- export, audit, outbox ----------

/// Every application the filter keeps, with all its answers, for the CSV export: one at
/// a time, on the visit's connection, as PostgreSQL sends them.
pub fn export<'a>(
    visit: &'a mut Visit,
    filter: &'a Filter,
) -> Result<impl futures_util::Stream<Item = Result<Application, Error>> + Send + 'a, Error> {
    use futures_util::StreamExt;
    entering(&visit.user, Area::UilAdmin)?;
    Ok(db::applications::for_export(&mut visit.conn, filter).map(|r| r.map_err(Error::from)))
}

/// A page of every application's events, newest first, and how many there are.
pub async fn audit(
    visit: &mut Visit,
    filter: &AuditFilter,
    limit: i64,
    offset: i64,
) -> Result<Audit, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    let (events, total) = db::audit::events(&mut *visit.conn, filter, limit, offset).await?;
    let accounts = db::two_factor::account_events(&mut *visit.conn, ACCOUNT_EVENTS_SHOWN).await?;
    let privacy = db::privacy::recent(&mut *visit.conn, ACCOUNT_EVENTS_SHOWN).await?;
    Ok(Audit {
        events,
        total,
        accounts,
        privacy,
    })
}

/// How many of the latest changes to accounts the audit page shows.
const ACCOUNT_EVENTS_SHOWN: i64 = 50;

/// The audit page: a page of the applications' events, their total, and the latest
/// changes to accounts' second factors.
pub struct Audit {
    pub events: Vec<db::audit::Row>,
    pub total: i64,
    pub accounts: Vec<db::two_factor::AccountEvent>,
    /// The latest downloads and erasures of personal data, and retention runs.
    pub privacy: Vec<db::privacy::Logged>,
}

/// A page of the outbox, its total, and the kinds of mail there are.
pub async fn outbox(
    visit: &mut Visit,
    filter: &OutboxFilter,
    limit: i64,
    offset: i64,
) -> Result<(Vec<Logged>, i64, Vec<String>), Error> {
    entering(&visit.user, Area::UilAdmin)?;
    let (rows, total) = db::outbox::list(&mut *visit.conn, filter, limit, offset).await?;
    let kinds = db::outbox::kinds(&mut *visit.conn).await?;
    Ok((rows, total, kinds))
}

/// Queues a copy of a mail; returns the copy's id.
pub async fn resend(visit: &mut Visit, id: i64) -> Result<i64, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    db::outbox::resend(&mut *visit.conn, id)
        .await?
        .ok_or(Error::NotFound)
}
