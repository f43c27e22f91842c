//! The National Commission's journey: its Member State's submitted applications,
//! endorsing at most the call's quota of them, declining, returning, taking a decision
//! back, and submitting the endorsed ones to UIL.

use chrono::{DateTime, Utc};
use sqlx::{Connection, PgConnection};

use super::city::visible_events;
use super::files::Incoming;
use super::{App, Error, Issue, Issues, Rejected, Visit, entering};
use crate::db;
use crate::db::applications::{Application, CountryRow, Event};
use crate::db::documents::DocumentInfo;
use crate::db::outbox::Logged;
use crate::db::users::User;
use crate::domain::access::{Area, may_view};
use crate::domain::application::{
    Endorsement, endorse_and_send, endorsement, forwarding, may_change_part2, may_rank,
    open_for_natcom, parse_rank,
};
use crate::domain::call::current_call;
use crate::domain::event::EventKind;
use crate::domain::form;
use crate::domain::signature;
use crate::domain::stage::decide;
use crate::domain::{Action, Call, Deadlines, Refusal, Role};
use crate::mail::messages::{self, CityEvent};

fn country_of(user: &User) -> Result<&str, Error> {
    // The schema gives every natcom account a country; one without is a broken row.
    user.country.as_deref().ok_or_else(|| {
        Error::Db(db::Error::Corrupt(format!(
            "natcom account {} without a country",
            user.id
        )))
    })
}

/// One of the National Commission's own applications, or `NotFound`.
async fn own(
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
    app.filter(|a| may_view(&user.viewer(), &a.visibility()))
        .ok_or(Error::NotFound)
}

// ---------- the dashboard ----------

pub struct Home {
    pub country: String,
    pub country_name: String,
    pub call: Call,
    pub deadlines: Deadlines,
    pub applications: Vec<CountryRow>,
}

impl Home {
    /// How many applications use an endorsement: only submission takes an application out
    /// of draft, so these rows are all that can (endorsing counts them again in its
    /// transaction).
    pub fn endorsements_used(&self) -> i64 {
        self.applications
            .iter()
            .filter(|a| a.stage.counts_toward_quota())
            .count() as i64
    }

    /// How many applications wait for the National Commission's decision.
    pub fn to_decide(&self) -> usize {
        self.applications
            .iter()
            .filter(|a| a.stage.awaits_natcom_decision())
            .count()
    }

    /// The endorsed cities waiting to be sent to UIL, with (`signed`) or without their
    /// signed endorsement.
    pub fn endorsed(&self, signed: bool) -> Vec<String> {
        self.applications
            .iter()
            .filter(|a| a.stage.awaits_forwarding() && a.has_signed_endorsement == signed)
            .map(|a| a.city_name.clone())
            .collect()
    }

    /// Whether UIL extended the National Commission's deadline.
    pub fn extended(&self) -> bool {
        self.deadlines.natcom.date != self.call.natcom_deadline
    }

    /// Whether the National Commission may still submit to UIL, and if not why.
    pub fn may_submit(&self, now: DateTime<Utc>) -> Result<(), Refusal> {
        open_for_natcom(now, &self.deadlines.natcom)
    }
}

/// The dashboard of the current call; `None` when there is no call.
pub async fn home(app: &App, visit: &mut Visit) -> Result<Option<Home>, Error> {
    let user = entering(&visit.user, Area::NationalCommission)?;
    let country = country_of(user)?.to_owned();
    let calls = db::calls::all(&mut *visit.conn).await?;
    let Some(call) = current_call(&calls, visit.now).cloned() else {
        return Ok(None);
    };
    let deadlines = db::applications::country_deadlines(&mut visit.conn, &call, &country).await?;
    let applications = db::applications::for_country(&mut visit.conn, call.id, &country).await?;
    let country_name = app
        .member_states()
        .await?
        .by_code(&country)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    Ok(Some(Home {
        country,
        country_name,
        call,
        deadlines,
        applications,
    }))
}

// ---------- one application ----------

/// An application as the National Commission sees it, with what it may do now.
pub struct Record {
    pub app: Application,
    pub call: Call,
    pub deadlines: Deadlines,
    pub documents: Vec<DocumentInfo>,
    pub timeline: Vec<Event>,
    pub mails: Vec<Logged>,
    pub used: i64,
    pub may_endorse: Result<Endorsement, Refusal>,
    pub may_decline: Result<(), Refusal>,
    pub may_return: Result<(), Refusal>,
    pub may_take_back: Result<(), Refusal>,
    /// What looks unusual in it (`domain::plausibility`).
    pub flags: Vec<crate::domain::plausibility::Flag>,
}

pub async fn record(visit: &mut Visit, id: i64) -> Result<Record, Error> {
    let user = entering(&visit.user, Area::NationalCommission)?;
    let conn = &mut visit.conn;
    let app = own(conn, user, id, false).await?;
    let asked = db::around::Asked {
        mails: db::outbox::MailOf::Others,
        assessments: false,
    };
    let db::around::Around {
        call,
        deadlines,
        documents,
        timeline,
        mails,
        ..
    } = db::around::around(conn, &app, asked).await?;
    let used = db::applications::endorsements_used(conn, call.id, app.answers.country()).await?;
    let flags = super::city::flags_of(conn, &app, visit.now).await?;
    let timeline = visible_events(timeline, user.role);
    let now = visit.now;
    let may = |action| decide(app.stage, action, Role::Natcom, now, &deadlines).map(|_| ());
    Ok(Record {
        may_endorse: endorsement(app.stage, now, &deadlines, used, call.endorsement_quota),
        may_decline: may(Action::Decline),
        may_return: may(Action::Return),
        may_take_back: may(Action::TakeBack),
        app,
        call,
        deadlines,
        documents,
        timeline,
        mails,
        used,
        flags,
    })
}

/// Part 2 of the form, as the National Commission typed it.
#[derive(Debug, Clone, Default)]
pub struct Part2Typed {
    pub officer_name: String,
    pub officer_title: String,
    pub note: String,
}

/// Part 2, read: the signing officer, an optional note, and the signed endorsement if
/// one was sent.
pub struct Part2Input {
    officer_name: String,
    officer_title: String,
    note: Option<String>,
    signed: Option<Incoming>,
}

impl Part2Input {
    pub fn parse(typed: &Part2Typed, signed: Option<Incoming>) -> Result<Self, Issues> {
        let mut issues = Issues::default();
        let officer_name = issues.check(
            "officer_name",
            form::required_text(&typed.officer_name, 200, false),
        );
        let officer_title = issues.check(
            "officer_title",
            form::required_text(&typed.officer_title, 300, false),
        );
        let note = issues.check("note", form::plain_text(&typed.note, 5000, true));
        match (officer_name, officer_title, note) {
            (Some(officer_name), Some(officer_title), Some(note)) if issues.is_empty() => {
                Ok(Part2Input {
                    officer_name,
                    officer_title,
                    note: (!note.is_empty()).then_some(note),
                    signed,
                })
            }
            _ => Err(issues),
        }
    }
}

/// Endorses a submitted application with its Part 2, or completes an endorsed one's Part 2
/// and signed endorsement. The quota and the deadline are decided in the transaction, and
/// the schema's quota trigger decides a race for the last place. A signed endorsement sent
/// with it is checked first: a refused file refuses the whole, so that nothing is decided
/// on a form the officer must send again anyway.
pub async fn endorse(
    app: &App,
    visit: &mut Visit,
    id: i64,
    part2: Part2Input,
) -> Result<(), Rejected> {
    let user = entering(&visit.user, Area::NationalCommission)?;
    let now = visit.now;
    let mut part2 = part2;
    let signed = checked_signature(app, part2.signed.take()).await?;
    let mut tx = visit.conn.begin().await?;
    let application = own(&mut tx, user, id, true).await?;
    let (call, deadlines) = db::applications::call_and_deadlines(&mut tx, &application).await?;
    let used = db::applications::endorsements_used(&mut tx, call.id, application.answers.country())
        .await?;
    let quota = call.endorsement_quota;
    let decision = endorsement(application.stage, now, &deadlines, used, quota)?;
    let note = part2.note.as_deref();
    if let Endorsement::Endorse { to } = decision {
        match db::applications::move_to(
            &mut tx,
            &application,
            Action::Endorse,
            to,
            user.id,
            note,
            now,
        )
        .await
        {
            // Another endorsement of the same Member State won the race for the last place.
            Err(e) if e.violates("endorsement_quota") => {
                return Err(Error::Refused(Refusal::QuotaReached { quota }).into());
            }
            other => other?,
        }
    }
    // A first endorsement gives Part 2 with it; a later change is an event of its own.
    let as_event = decision == Endorsement::CompletePart2;
    keep_part2(
        app,
        &mut tx,
        &application,
        user.id,
        &part2,
        signed,
        as_event,
        now,
    )
    .await?;
    if decision != Endorsement::CompletePart2 {
        let event = CityEvent::Endorsed {
            note,
            natcom_deadline: &deadlines.natcom,
        };
        tell_city(app, &mut tx, &application, event).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A signed endorsement sent with a form, checked first: a refused file refuses the whole,
/// so that nothing is decided on a form the officer must send again anyway.
async fn checked_signature(
    app: &App,
    signed: Option<Incoming>,
) -> Result<
    Option<(
        super::files::Accepted,
        crate::domain::document::DocumentKind,
    )>,
    Rejected,
> {
    let Some(file) = signed else {
        return Ok(None);
    };
    let checked = app.check_file(file).await?;
    match checked.outcome {
        Ok(accepted) => Ok(Some((accepted, checked.kind))),
        Err(bad) => {
            let mut issues = Issues::default();
            issues.add("signed_endorsement", Issue::Upload(bad));
            Err(Rejected::Invalid(issues))
        }
    }
}

/// Stores Part 2 on the application: the signing officer and the note, and the signed
/// endorsement if one came, bound to what Part 2 states now. A change is an event when
/// `as_event` (an endorsement carries its first Part 2 in its own event).
#[allow(clippy::too_many_arguments)]
async fn keep_part2(
    app: &App,
    tx: &mut PgConnection,
    application: &Application,
    actor: i64,
    part2: &Part2Input,
    signed: Option<(
        super::files::Accepted,
        crate::domain::document::DocumentKind,
    )>,
    as_event: bool,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let id = application.id;
    let note = part2.note.as_deref();
    let changed = (
        application.officer_name.as_deref(),
        application.officer_title.as_deref(),
        application.endorsement_note.as_deref(),
    ) != (
        Some(part2.officer_name.as_str()),
        Some(part2.officer_title.as_str()),
        note,
    );
    db::applications::set_endorsement(tx, id, &part2.officer_name, &part2.officer_title, note, now)
        .await?;
    if changed && as_event {
        db::applications::add_event(tx, id, Some(actor), &EventKind::Part2Changed, None, now)
            .await?;
    }
    if let Some((mut file, kind)) = signed {
        app.store_file(tx, id, kind, &mut file, actor, now).await?;
        let statement = signature::part2(
            application.answers.city_name(),
            &part2.officer_name,
            &part2.officer_title,
        );
        db::applications::set_part2_statement(tx, id, &statement).await?;
        let event = EventKind::DocumentAdded {
            document: kind,
            filename: file.filename,
        };
        db::applications::add_event(tx, id, Some(actor), &event, None, now).await?;
    }
    Ok(())
}

/// The application whose Part 2 the National Commission prints to sign.
pub async fn part2_paper(visit: &mut Visit, id: i64) -> Result<Application, Error> {
    let user = entering(&visit.user, Area::NationalCommission)?;
    own(&mut visit.conn, user, id, false).await
}

/// Saves Part 2 on a submitted application before the National Commission decides, or
/// on an endorsed one: nothing is decided, the city hears of nothing.
pub async fn save_part2(
    app: &App,
    visit: &mut Visit,
    id: i64,
    part2: Part2Input,
) -> Result<(), Rejected> {
    let user = entering(&visit.user, Area::NationalCommission)?;
    let now = visit.now;
    let mut part2 = part2;
    let signed = checked_signature(app, part2.signed.take()).await?;
    let mut tx = visit.conn.begin().await?;
    let application = own(&mut tx, user, id, true).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(&mut tx, &application).await?;
    may_change_part2(application.stage, now, &deadlines)?;
    keep_part2(
        app,
        &mut tx,
        &application,
        user.id,
        &part2,
        signed,
        true,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A decline's reason or a return's message: a text the city reads, needed.
pub fn text_for_city(field: &'static str, typed: &str) -> Result<String, Issues> {
    let mut issues = Issues::default();
    match form::required_text(typed, 5000, true) {
        Ok(text) => Ok(text),
        Err(problem) => {
            issues.add(field, Issue::Form(problem));
            Err(issues)
        }
    }
}

/// Declines a submitted application, with the reason the city reads.
pub async fn decline(app: &App, visit: &mut Visit, id: i64, reason: String) -> Result<(), Error> {
    decide_with_text(app, visit, id, Action::Decline, reason)
        .await
        .map(|_| ())
}

/// Who heard of a return: the city, and the addresses its mail went to.
pub struct Returned {
    pub city: String,
    pub mailed_to: Vec<String>,
}

/// Returns a submitted application to the city, with a message saying what to change.
pub async fn return_to_city(
    app: &App,
    visit: &mut Visit,
    id: i64,
    message: String,
) -> Result<Returned, Error> {
    decide_with_text(app, visit, id, Action::Return, message).await
}

async fn decide_with_text(
    app: &App,
    visit: &mut Visit,
    id: i64,
    action: Action,
    text: String,
) -> Result<Returned, Error> {
    let user = entering(&visit.user, Area::NationalCommission)?;
    let mut tx = visit.conn.begin().await?;
    let application = own(&mut tx, user, id, true).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(&mut tx, &application).await?;
    let to = decide(
        application.stage,
        action,
        Role::Natcom,
        visit.now,
        &deadlines,
    )?;
    db::applications::move_to(
        &mut tx,
        &application,
        action,
        to,
        user.id,
        Some(&text),
        visit.now,
    )
    .await?;
    let event = match action {
        Action::Decline => CityEvent::Declined { reason: &text },
        _ => CityEvent::Returned {
            message: &text,
            city_deadline: &deadlines.city,
        },
    };
    let mailed_to = tell_city(app, &mut tx, &application, event).await?;
    tx.commit().await?;
    Ok(Returned {
        city: application.answers.city_name().to_owned(),
        mailed_to,
    })
}

/// Takes back an endorsement or a decline: the application is submitted again, undecided,
/// and an endorsement's place is free.
pub async fn take_back(app: &App, visit: &mut Visit, id: i64) -> Result<(), Error> {
    let user = entering(&visit.user, Area::NationalCommission)?;
    let mut tx = visit.conn.begin().await?;
    let application = own(&mut tx, user, id, true).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(&mut tx, &application).await?;
    let to = decide(
        application.stage,
        Action::TakeBack,
        Role::Natcom,
        visit.now,
        &deadlines,
    )?;
    db::applications::move_to(
        &mut tx,
        &application,
        Action::TakeBack,
        to,
        user.id,
        None,
        visit.now,
    )
    .await?;
    let event = CityEvent::Reopened {
        natcom_deadline: &deadlines.natcom,
    };
    tell_city(app, &mut tx, &application, event).await?;
    tx.commit().await?;
    Ok(())
}

/// Tells UIL's coordinators which cities a National Commission just sent them.
async fn tell_uil(app: &App, tx: &mut PgConnection, sent: &[Application]) -> Result<(), Error> {
    let Some(first) = sent.first() else {
        return Ok(());
    };
    let cities: Vec<String> = sent
        .iter()
        .map(|a| a.answers.city_name().to_owned())
        .collect();
    let link = app.mailer.link("/uil");
    let mut mails = Vec::new();
    for to in db::applications::addresses_of_role(&mut *tx, Role::UilAdmin).await? {
        mails.push(messages::uil_submissions(
            &to.email,
            first.answers.country(),
            &cities,
            &link,
            crate::mail::account_locale(to.locale.as_deref()),
        )?);
    }
    Ok(app.mailer.queue_all(tx, &mails).await?)
}

// ---------- the cockpit: compare, order, choose, endorse and send in one step ----------

/// The Member State's submitted applications side by side, in the National Commission's
/// order, with where it stands: the quota used and the deadline.
pub struct Cockpit {
    pub country: String,
    pub call: Call,
    pub deadlines: Deadlines,
    pub used: i64,
    pub applications: Vec<Application>,
}

/// The cockpit of the current call; `None` when there is no call.
pub async fn cockpit(visit: &mut Visit) -> Result<Option<Cockpit>, Error> {
    let user = entering(&visit.user, Area::NationalCommission)?.clone();
    cockpit_on(&mut visit.conn, &user, visit.now).await
}

async fn cockpit_on(
    conn: &mut PgConnection,
    user: &User,
    now: DateTime<Utc>,
) -> Result<Option<Cockpit>, Error> {
    let country = country_of(user)?.to_owned();
    let calls = db::calls::all(&mut *conn).await?;
    let Some(call) = current_call(&calls, now).cloned() else {
        return Ok(None);
    };
    let deadlines = db::applications::country_deadlines(conn, &call, &country).await?;
    let applications = db::applications::submitted_of_country(conn, call.id, &country).await?;
    let used = applications
        .iter()
        .filter(|a| a.stage.counts_toward_quota())
        .count() as i64;
    Ok(Some(Cockpit {
        country,
        call,
        deadlines,
        used,
        applications,
    }))
}

/// Saves the National Commission's order of its applications, typed as (id, place; empty
/// for none); each change is on the application's timeline, for the National Commission
/// and UIL only. Only its own applications still in its hands are placed
/// (`domain::application::may_rank`), before its deadline; others named are left alone.
pub async fn rank(visit: &mut Visit, typed: &[(i64, String)]) -> Result<(), Rejected> {
    let mut issues = Issues::default();
    let mut ranks = Vec::new();
    for (id, place) in typed {
        match parse_rank(place) {
            Ok(rank) => ranks.push((*id, rank)),
            Err(problem) => issues.add("ranking", Issue::Form(problem)),
        }
    }
    if !issues.is_empty() {
        return Err(Rejected::Invalid(issues));
    }
    let user = entering(&visit.user, Area::NationalCommission)?.clone();
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    let Cockpit {
        deadlines,
        applications,
        call,
        country,
        ..
    } = cockpit_on(&mut tx, &user, now)
        .await?
        .ok_or(Error::NotFound)?;
    open_for_natcom(now, &deadlines.natcom)?;
    let ranks: Vec<_> = ranks
        .into_iter()
        .filter(|(id, _)| {
            applications
                .iter()
                .any(|a| a.id == *id && may_rank(a.stage, now, &deadlines).is_ok())
        })
        .collect();
    let changed = db::applications::set_ranks(&mut tx, call.id, &country, &ranks).await?;
    for (id, rank) in changed {
        let event = EventKind::Ranked { rank };
        db::applications::add_event(&mut tx, id, Some(user.id), &event, None, visit.now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The chosen applications of the Member State, as the confirmation page lists them, and
/// whether endorsing and sending them would be refused, and why.
pub struct Plan {
    pub chosen: Vec<Application>,
    pub decision: Result<(), Refusal>,
    pub cockpit: Cockpit,
}

/// What endorsing and sending `ids` would do, decided as `endorse_and_send` decides it.
pub async fn plan(visit: &mut Visit, ids: &[i64]) -> Result<Plan, Error> {
    let now = visit.now;
    let cockpit = cockpit(visit).await?.ok_or(Error::NotFound)?;
    let (chosen, others): (Vec<_>, Vec<_>) = cockpit
        .applications
        .iter()
        .cloned()
        .partition(|a| ids.contains(&a.id));
    let used_by_others = others
        .iter()
        .filter(|a| a.stage.counts_toward_quota())
        .count() as i64;
    let states: Vec<_> = chosen.iter().map(|a| (a.stage, a.part2())).collect();
    let decision = endorse_and_send(
        &states,
        used_by_others,
        cockpit.call.endorsement_quota,
        now,
        &cockpit.deadlines,
    );
    Ok(Plan {
        chosen,
        decision,
        cockpit,
    })
}

/// Endorses the chosen applications and sends them to UIL, in one transaction: all of
/// them or none. The rule decides on the locked rows; the schema's quota trigger decides
/// a race with a colleague doing the same. Returns the cities sent.
pub async fn endorse_and_send_chosen(
    app: &App,
    visit: &mut Visit,
    ids: &[i64],
) -> Result<Vec<String>, Error> {
    let user = entering(&visit.user, Area::NationalCommission)?.clone();
    let country = country_of(&user)?.to_owned();
    let now = visit.now;
    let calls = db::calls::all(&mut *visit.conn).await?;
    let call = current_call(&calls, now).cloned().ok_or(Error::NotFound)?;
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut tx = visit.conn.begin().await?;
    let deadlines = db::applications::country_deadlines(&mut tx, &call, &country).await?;
    let mut chosen = Vec::new();
    for id in &ids {
        let a = own(&mut tx, &user, *id, true).await?;
        if a.call_id != call.id {
            return Err(Error::NotFound);
        }
        chosen.push(a);
    }
    let used = db::applications::endorsements_used(&mut tx, call.id, &country).await?;
    let used_by_chosen = chosen
        .iter()
        .filter(|a| a.stage.counts_toward_quota())
        .count() as i64;
    let states: Vec<_> = chosen.iter().map(|a| (a.stage, a.part2())).collect();
    let quota = call.endorsement_quota;
    endorse_and_send(&states, used - used_by_chosen, quota, now, &deadlines)?;
    for application in &mut chosen {
        if application.stage == crate::domain::Stage::Submitted {
            let to = decide(
                application.stage,
                Action::Endorse,
                Role::Natcom,
                now,
                &deadlines,
            )?;
            let moved = db::applications::move_to(
                &mut tx,
                application,
                Action::Endorse,
                to,
                user.id,
                None,
                now,
            )
            .await;
            match moved {
                // A colleague's endorsement won the race for the last place: nothing is kept.
                Err(e) if e.violates("endorsement_quota") => {
                    return Err(Refusal::QuotaReached { quota }.into());
                }
                other => other?,
            }
            application.stage = to;
            let event = CityEvent::Endorsed {
                note: application.endorsement_note.as_deref(),
                natcom_deadline: &deadlines.natcom,
            };
            tell_city(app, &mut tx, application, event).await?;
        }
        let to = forwarding(application.stage, now, &deadlines, application.part2())?;
        db::applications::move_to(
            &mut tx,
            application,
            Action::Forward,
            to,
            user.id,
            None,
            now,
        )
        .await?;
        tell_city(app, &mut tx, application, CityEvent::Forwarded).await?;
    }
    tell_uil(app, &mut tx, &chosen).await?;
    tx.commit().await?;
    Ok(chosen
        .into_iter()
        .map(|a| a.answers.city_name().to_owned())
        .collect())
}

/// Tells the city, in its language, how its application moved; returns the addresses.
pub(crate) async fn tell_city(
    app: &App,
    conn: &mut PgConnection,
    application: &Application,
    event: CityEvent<'_>,
) -> Result<Vec<String>, Error> {
    let link = app
        .mailer
        .link(&format!("/applications/{}", application.id));
    let a = &application.answers;
    let to = db::applications::city_addresses(conn, application).await?;
    let mut mails = Vec::new();
    for address in &to {
        mails.push(messages::to_city(
            address,
            application.id,
            a.city_name(),
            a.country(),
            &event,
            a.language(),
            &link,
        )?);
    }
    app.mailer.queue_all(conn, &mails).await?;
    Ok(to)
}

// ---------- submission to UIL ----------

/// What a submission to UIL did: the cities sent, and the endorsed ones held back for
/// want of their Part 2.
pub struct SentToUil {
    pub sent: Vec<String>,
    pub held: Vec<String>,
}

/// Submits every endorsed application of the Member State whose Part 2 is complete, in one
/// transaction; those without stay, and are named. `Refused` when the deadline passed.
pub async fn submit_to_uil(app: &App, visit: &mut Visit) -> Result<SentToUil, Error> {
    let user = entering(&visit.user, Area::NationalCommission)?;
    let country = country_of(user)?.to_owned();
    let now = visit.now;
    let calls = db::calls::all(&mut *visit.conn).await?;
    let call = current_call(&calls, now).cloned().ok_or(Error::NotFound)?;
    let mut tx = visit.conn.begin().await?;
    let deadlines = db::applications::country_deadlines(&mut tx, &call, &country).await?;
    open_for_natcom(now, &deadlines.natcom)?;
    let mut sent = Vec::new();
    let mut held = Vec::new();
    for id in db::applications::lock_endorsed(&mut tx, call.id, &country).await? {
        let application = db::applications::find(&mut tx, id)
            .await?
            .ok_or(Error::NotFound)?;
        let to = match forwarding(application.stage, now, &deadlines, application.part2()) {
            Ok(to) => to,
            Err(Refusal::Part2Incomplete { .. }) => {
                held.push(application.answers.city_name().to_owned());
                continue;
            }
            Err(refusal) => return Err(refusal.into()),
        };
        db::applications::move_to(
            &mut tx,
            &application,
            Action::Forward,
            to,
            user.id,
            None,
            now,
        )
        .await?;
        tell_city(app, &mut tx, &application, CityEvent::Forwarded).await?;
        sent.push(application);
    }
    tell_uil(app, &mut tx, &sent).await?;
    tx.commit().await?;
    Ok(SentToUil {
        sent: sent
            .into_iter()
            .map(|a| a.answers.city_name().to_owned())
            .collect(),
        held,
    })
}
