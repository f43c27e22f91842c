//! The city's journey: its applications, the form section by section, documents,
//! checking the answers, submission to the National Commission, withdrawal.

use chrono::{DateTime, Datelike, Utc};
use sqlx::{Connection, PgConnection};

use super::files::Checked;
use super::{App, Error, Issue, Issues, Rejected, Visit, entering};
use crate::db;
use crate::db::applications::{Application, Event, Summary};
use crate::db::documents::{DocumentInfo, DocumentKind};
use crate::db::outbox::Logged;
use crate::db::users::User;
use crate::domain::access::{Area, may_view, works_on};
use crate::domain::application::{
    Readiness, call_to_apply_to, may_edit, may_start_again_from, start_again_candidates,
    submission, submission_closed,
};
use crate::domain::call::current_call;
use crate::domain::document::{may_add_supporting, may_download};
use crate::domain::event::{EventKind, is_visible};
use crate::domain::form::{self, Answers, Iso2, Lacking, SectionInput};
use crate::domain::plausibility::{self, Flag};
use crate::domain::signature;
use crate::domain::stage::decide;
use crate::domain::{Action, Call, Deadlines, Refusal, Role};
use crate::mail::messages;

/// The signed-in city user's own application, or `NotFound` (SPEC §1: someone else's
/// application is not found, not forbidden).
pub(crate) async fn own(
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
    app.filter(|a| works_on(user.id, &a.visibility()))
        .ok_or(Error::NotFound)
}

/// An application's events that `user` may read.
pub(crate) fn visible_events(events: Vec<Event>, role: Role) -> Vec<Event> {
    events
        .into_iter()
        .filter(|e| is_visible(role, e.audience, e.while_private))
        .collect()
}

// ---------- the list and a new application ----------

pub struct Home {
    pub applications: Vec<Summary>,
    /// The call cities apply to now, if any, with its deadlines.
    pub call: Option<Call>,
    /// Whether a new application may be started, and if not why.
    pub may_start: Result<(), Refusal>,
    /// The earlier applications a new one may start from (`start_again`).
    pub start_again_from: Vec<i64>,
}

pub async fn home(visit: &mut Visit) -> Result<Home, Error> {
    let user = entering(&visit.user, Area::City)?;
    let applications = db::applications::list_for_owner(&mut visit.conn, user.id).await?;
    let calls = db::calls::all(&mut *visit.conn).await?;
    let open = call_to_apply_to(&calls, visit.now);
    let start_again_from = match open {
        Ok(call) => {
            let rows: Vec<_> = applications
                .iter()
                .map(|a| (a.id, a.stage, a.call_id, a.city_name.as_str(), a.owned))
                .collect();
            start_again_candidates(&rows, call)
        }
        Err(_) => Vec::new(),
    };
    Ok(Home {
        applications,
        call: current_call(&calls, visit.now).cloned(),
        may_start: open.map(|_| ()),
        start_again_from,
    })
}

/// The call a new application would belong to; `Refused` when cities may not start one.
pub async fn call_to_start_in(visit: &mut Visit) -> Result<Call, Error> {
    entering(&visit.user, Area::City)?;
    let calls = db::calls::all(&mut *visit.conn).await?;
    Ok(call_to_apply_to(&calls, visit.now)?.clone())
}

/// What starts an application: the city and its country, as typed, and whether the
/// person chose to start even though the city is a member already.
pub struct NewApplication {
    pub city_name: Result<String, form::Problem>,
    pub country: Result<Iso2, form::Problem>,
    pub even_if_member: bool,
}

impl NewApplication {
    pub fn parse(city_name: &str, country: &str, even_if_member: bool) -> Self {
        NewApplication {
            city_name: form::required_text(city_name, 200, false),
            country: Iso2::parse(country),
            even_if_member,
        }
    }
}

/// What starting an application did.
pub enum Started {
    Draft(i64),
    /// Nothing yet: the city is in the member directory already (since that year, when
    /// known), which the person is told before they start. They may start anyway.
    AlreadyMember {
        since: Option<i16>,
    },
}

/// Starts a draft in the call open to cities.
pub async fn start(visit: &mut Visit, new: NewApplication) -> Result<Started, Rejected> {
    let user = entering(&visit.user, Area::City)?;
    let calls = db::calls::all(&mut *visit.conn).await?;
    let call = call_to_apply_to(&calls, visit.now)?;
    let mut issues = Issues::default();
    let city = issues.check("city_name", new.city_name);
    let country = match new.country {
        Ok(c)
            if db::member_states::name_of(&mut *visit.conn, c.as_str())
                .await?
                .is_some() =>
        {
            Some(c)
        }
        _ => {
            issues.add("country", Issue::NotAMemberState);
            None
        }
    };
    let (Some(city), Some(country)) = (city, country) else {
        return Err(Rejected::Invalid(issues));
    };
    if !new.even_if_member
        && let Some(since) = db::members::joined(&mut *visit.conn, &city, country.as_str()).await?
    {
        return Ok(Started::AlreadyMember { since });
    }
    let answers = Answers::new(&city, &country);
    let mut tx = visit.conn.begin().await?;
    let created = db::applications::create(&mut tx, call.id, user.id, &answers, visit.now).await?;
    tx.commit().await?;
    created.map(Started::Draft).ok_or_else(|| {
        let mut issues = Issues::default();
        issues.add("city_name", Issue::CityTaken { city });
        Rejected::Invalid(issues)
    })
}

/// The flags of an application (`domain::plausibility`): the member directory's, then
/// its profile's, by the year of `now`.
pub(crate) async fn flags_of(
    conn: &mut PgConnection,
    app: &Application,
    now: DateTime<Utc>,
) -> Result<Vec<Flag>, Error> {
    let a = &app.answers;
    let since = db::members::joined(&mut *conn, a.city_name(), a.country()).await?;
    Ok(plausibility::flags(a, since, now.year()))
}

/// A draft for its check page, with what looks unusual in it: warnings the city may
/// leave as they are.
pub async fn check(visit: &mut Visit, id: i64) -> Result<(Draft, Vec<Flag>), Error> {
    let draft = draft(visit, id).await?;
    let flags = flags_of(&mut visit.conn, &draft.app, visit.now).await?;
    Ok((draft, flags))
}

/// Starts a draft in the call open to cities from an earlier application of the city
/// that was not accepted or was withdrawn: every answer is copied, but neither its
/// documents, its commitment nor any consent, which are given again for each call. The
/// new draft is linked to the earlier one, for UIL, and otherwise independent of it (its
/// colleagues are invited again). Returns the new draft's id.
pub async fn start_again(visit: &mut Visit, previous: i64) -> Result<i64, Error> {
    let user = entering(&visit.user, Area::City)?;
    let calls = db::calls::all(&mut *visit.conn).await?;
    let call = call_to_apply_to(&calls, visit.now)?;
    let mut tx = visit.conn.begin().await?;
    let earlier = own(&mut tx, user, previous, false).await?;
    // The owner starts again: a colleague of the earlier one is invited again by them.
    if !crate::domain::access::manages_colleagues(user.id, &earlier.visibility()) {
        return Err(Error::NotFound);
    }
    may_start_again_from(earlier.stage, earlier.call_id, call)?;
    let answers = earlier.answers.for_a_new_call();
    let created = db::applications::create_from(
        &mut tx,
        call.id,
        user.id,
        &answers,
        Some(earlier.id),
        visit.now,
    )
    .await?;
    let id = created.ok_or(Refusal::CityAlreadyApplying)?;
    tx.commit().await?;
    Ok(id)
}

// ---------- a draft: its task list, its sections, its documents ----------

/// A draft as its own pages show it.
pub struct Draft {
    pub app: Application,
    pub deadlines: Deadlines,
    pub documents: Vec<DocumentInfo>,
    /// Why submission is closed for good, when it is: said at the top of the task list
    /// and the check page instead of offering to submit.
    pub closed: Option<Refusal>,
    pub email_confirmed: bool,
}

impl Draft {
    /// Everything the application lacks for submission.
    pub fn lacking(&self) -> Vec<Lacking> {
        form::missing(&self.app.answers, self.app.uploads)
    }

    /// Whether it could be submitted now, and if not why.
    pub fn submission(&self, now: DateTime<Utc>) -> Result<(), Refusal> {
        let ready = Readiness {
            lacking: self.lacking().len(),
            email_confirmed: self.email_confirmed,
        };
        submission(self.app.stage, now, &self.deadlines, ready).map(|_| ())
    }
}

async fn draft_of(
    conn: &mut PgConnection,
    user: &User,
    app: Application,
    now: DateTime<Utc>,
) -> Result<Draft, Error> {
    let (_, deadlines) = db::applications::call_and_deadlines(conn, &app).await?;
    let documents = db::documents::list(conn, app.id).await?;
    Ok(Draft {
        closed: submission_closed(now, &deadlines),
        deadlines,
        documents,
        email_confirmed: user.email_verified,
        app,
    })
}

/// One of the city's drafts; `Refused(NotEditable)` once it is no longer a draft.
pub async fn draft(visit: &mut Visit, id: i64) -> Result<Draft, Error> {
    let user = entering(&visit.user, Area::City)?;
    let app = own(&mut visit.conn, user, id, false).await?;
    may_edit(app.stage)?;
    draft_of(&mut visit.conn, user, app, visit.now).await
}

/// Files sent with a form, each in the field of its kind, on disk until checked.
pub type Files = Vec<super::files::Incoming>;

/// How a save went: done, or done in part, with the draft as it is now and what could
/// not be kept.
pub enum Saved {
    Done,
    Mistakes { draft: Box<Draft>, issues: Issues },
}

/// Saves one section: every answer that could be read is stored, in one transaction,
/// even when another answer of the section has a mistake; the files sent with it are
/// stored too, and the refused ones named.
pub async fn save_section(
    app: &App,
    visit: &mut Visit,
    id: i64,
    input: SectionInput,
    files: Files,
) -> Result<Saved, Error> {
    let user = entering(&visit.user, Area::City)?;
    // Files are parsed before the application's row is locked: that takes a while.
    let files = check_citys(app, files).await?;
    let mut tx = visit.conn.begin().await?;
    let application = own(&mut tx, user, id, true).await?;
    may_edit(application.stage)?;
    let mut issues = Issues::default();
    for (field, problem) in &input.problems {
        issues.add(field.name, Issue::Form(*problem));
    }
    let mut answers = application.answers.with(&input);
    if input.section == form::Section::City {
        if app
            .member_states()
            .await?
            .by_code(answers.country())
            .is_none()
        {
            issues.add("country", Issue::NotAMemberState);
            answers = answers.keeping_place_of(&application.answers);
        }
        let moved = answers.city_name() != application.answers.city_name()
            || answers.country() != application.answers.country();
        if moved
            && db::applications::city_taken(&mut tx, id, answers.city_name(), answers.country())
                .await?
        {
            issues.add(
                "city_name",
                Issue::CityTaken {
                    city: answers.city_name().to_owned(),
                },
            );
            answers = answers.keeping_place_of(&application.answers);
        }
    }
    store_files(
        app,
        &mut tx,
        &application,
        &answers,
        user,
        files,
        &mut issues,
        visit.now,
    )
    .await?;
    db::applications::save_answers(&mut tx, id, &answers, visit.now).await?;
    // The timeline says who saved what: colleagues write the form together.
    let event = EventKind::SectionSaved {
        section: input.section,
    };
    db::applications::add_event(&mut tx, id, Some(user.id), &event, None, visit.now).await?;
    tx.commit().await?;
    saved(visit, id, issues).await
}

/// How a save went, reading the draft again only when its page is to be shown again.
async fn saved(visit: &mut Visit, id: i64, issues: Issues) -> Result<Saved, Error> {
    if issues.is_empty() {
        return Ok(Saved::Done);
    }
    let user = entering(&visit.user, Area::City)?;
    let application = db::applications::find(&mut visit.conn, id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Saved::Mistakes {
        draft: Box::new(draft_of(&mut visit.conn, user, application, visit.now).await?),
        issues,
    })
}

/// Adds PDFs (`pledge_pdf`, `supporting_pdf`) to a draft.
pub async fn upload(app: &App, visit: &mut Visit, id: i64, files: Files) -> Result<Saved, Error> {
    let user = entering(&visit.user, Area::City)?;
    let files = check_citys(app, files).await?;
    let mut tx = visit.conn.begin().await?;
    let application = own(&mut tx, user, id, true).await?;
    may_edit(application.stage)?;
    let mut issues = Issues::default();
    if files.is_empty() {
        issues.add("supporting_pdf", Issue::NoFile);
    }
    store_files(
        app,
        &mut tx,
        &application,
        &application.answers,
        user,
        files,
        &mut issues,
        visit.now,
    )
    .await?;
    tx.commit().await?;
    saved(visit, id, issues).await
}

/// Checks the files of a form sent in the city's fields; others are no concern of it.
async fn check_citys(app: &App, files: Files) -> Result<Vec<Checked>, Error> {
    let files = files
        .into_iter()
        .filter(|f| f.kind.is_the_citys())
        .collect();
    app.check_files(files).await
}

/// Stores a form's checked files, each with its event, one at a time, noting the refused
/// ones.
#[allow(clippy::too_many_arguments)] // the save's parts, each needed once
async fn store_files(
    app: &App,
    conn: &mut PgConnection,
    application: &Application,
    answers: &Answers,
    user: &User,
    files: Vec<Checked>,
    issues: &mut Issues,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let mut supporting = application.uploads.supporting;
    for Checked { kind, outcome } in files {
        let mut file = match outcome {
            Ok(file) => file,
            Err(bad) => {
                issues.add(kind.field(), Issue::Upload(bad));
                continue;
            }
        };
        if kind == DocumentKind::Supporting {
            if let Err(refusal) = may_add_supporting(supporting) {
                let filename = file.filename.clone();
                issues.add(kind.field(), Issue::FileRefused { filename, refusal });
                continue;
            }
            supporting += 1;
        }
        app.store_file(conn, application.id, kind, &mut file, user.id, now)
            .await?;
        if kind == DocumentKind::Pledge {
            // The scan binds to what the pledge states as the form now reads.
            let statement = signature::pledge(answers);
            db::applications::set_pledge_statement(conn, application.id, Some(&statement)).await?;
        }
        let event = EventKind::DocumentAdded {
            document: kind,
            filename: file.filename,
        };
        db::applications::add_event(conn, application.id, Some(user.id), &event, None, now).await?;
    }
    Ok(())
}

/// Removes a supporting document from a draft.
pub async fn remove_document(visit: &mut Visit, id: i64, document_id: i64) -> Result<(), Error> {
    let user = entering(&visit.user, Area::City)?;
    let mut tx = visit.conn.begin().await?;
    let app = own(&mut tx, user, id, true).await?;
    may_edit(app.stage)?;
    let kind = DocumentKind::Supporting;
    let filename = db::documents::delete(&mut tx, id, document_id, kind)
        .await?
        .ok_or(Error::NotFound)?;
    let event = EventKind::DocumentRemoved {
        document: kind,
        filename,
    };
    db::applications::add_event(&mut tx, id, Some(user.id), &event, None, visit.now).await?;
    tx.commit().await?;
    Ok(())
}

// ---------- any role: documents and the printable application ----------

/// The application if the signed-in person may see it; otherwise `NotFound`.
pub(crate) async fn viewable(visit: &mut Visit, id: i64) -> Result<Application, Error> {
    let user = super::signed_in(&visit.user)?;
    let app = db::applications::find(&mut visit.conn, id).await?;
    app.filter(|a| may_view(&user.viewer(), &a.visibility()))
        .ok_or(Error::NotFound)
}

/// A document of an application, for whoever may see the application.
pub async fn document(
    visit: &mut Visit,
    id: i64,
    document_id: i64,
) -> Result<(String, Vec<u8>), Error> {
    viewable(visit, id).await?;
    let role = visit.signed_in()?.role;
    let (kind, filename, content) = db::documents::content(&mut visit.conn, id, document_id)
        .await?
        .ok_or(Error::NotFound)?;
    // A document one may not download is, to them, a document that is not there.
    if !may_download(kind, role) {
        return Err(Error::NotFound);
    }
    Ok((filename, content))
}

/// The documents of a list this role may download.
pub(crate) fn downloadable(documents: Vec<DocumentInfo>, role: Role) -> Vec<DocumentInfo> {
    documents
        .into_iter()
        .filter(|d| may_download(d.kind, role))
        .collect()
}

/// The whole application on paper, with Part 2 for the National Commission's signature.
pub struct Printable {
    pub app: Application,
    pub call: Call,
    pub documents: Vec<DocumentInfo>,
}

pub async fn printable(visit: &mut Visit, id: i64) -> Result<Printable, Error> {
    let app = viewable(visit, id).await?;
    let role = visit.signed_in()?.role;
    let call = db::calls::find(&mut visit.conn, app.call_id).await?;
    let documents = downloadable(db::documents::list(&mut visit.conn, id).await?, role);
    Ok(Printable {
        app,
        call,
        documents,
    })
}

// ---------- submission ----------

/// Submits a draft to the National Commission, decided inside the transaction that moves
/// it, with the receipt to the city and the notice to the National Commission queued in
/// it. `Refused` says why not (the page then shows the answers again, with the reason).
/// Submits application `id`; `consent`, where the submission form asked it, is the city's
/// consent to publish its profile once accepted (optional: submission does not need it).
pub async fn submit(
    app: &App,
    visit: &mut Visit,
    id: i64,
    consent: Option<bool>,
) -> Result<(), Error> {
    let user = entering(&visit.user, Area::City)?;
    let mut tx = visit.conn.begin().await?;
    let mut application = own(&mut tx, user, id, true).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(&mut tx, &application).await?;
    let ready = Readiness {
        lacking: form::missing(&application.answers, application.uploads).len(),
        email_confirmed: user.email_verified,
    };
    let to = submission(application.stage, visit.now, &deadlines, ready)?;
    if let Some(consent) = consent {
        db::applications::set_publish_consent(&mut tx, id, consent).await?;
        application.answers.set_publish_consent(consent);
    }
    db::applications::move_to(
        &mut tx,
        &application,
        Action::Submit,
        to,
        user.id,
        None,
        visit.now,
    )
    .await?;
    let city = db::applications::city_addresses(&mut tx, &application).await?;
    queue_submission_mail(app, &mut tx, &application, city, &deadlines).await?;
    tx.commit().await?;
    Ok(())
}

async fn queue_submission_mail(
    app: &App,
    conn: &mut PgConnection,
    application: &Application,
    city: Vec<String>,
    deadlines: &Deadlines,
) -> Result<(), Error> {
    let a = &application.answers;
    let mut mails = Vec::new();
    let link = app
        .mailer
        .link(&format!("/applications/{}", application.id));
    for to in city {
        mails.push(messages::submission_receipt(
            &to,
            application.id,
            a.city_name(),
            a.country(),
            &deadlines.natcom,
            a.language(),
            &link,
        )?);
    }
    let natcom_link = app
        .mailer
        .link(&format!("/natcom/applications/{}", application.id));
    let natcoms = db::applications::natcom_addresses(conn, a.country()).await?;
    if natcoms.is_empty() {
        tracing::warn!(application = application.id, country = %a.country(), "no National Commission account to notify");
    }
    for to in natcoms {
        mails.push(messages::natcom_new_application(
            &to.email,
            application.id,
            a.city_name(),
            a.country(),
            &deadlines.natcom,
            &natcom_link,
            crate::mail::account_locale(to.locale.as_deref()),
        )?);
    }
    Ok(app.mailer.queue_all(conn, &mails).await?)
}

/// The confirmation after submission: what was sent, to whom, and by when the National
/// Commission decides.
pub struct Submitted {
    pub app: Application,
    pub submitted_at: DateTime<Utc>,
    pub natcom_deadline: crate::domain::ZonedDay,
}

/// `Refused(NotFromStage)` once the application is no longer freshly submitted.
pub async fn submitted(visit: &mut Visit, id: i64) -> Result<Submitted, Error> {
    let user = entering(&visit.user, Area::City)?;
    let app = own(&mut visit.conn, user, id, false).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(&mut visit.conn, &app).await?;
    match app.submitted_at {
        Some(submitted_at) if app.stage.awaits_natcom_decision() => Ok(Submitted {
            app,
            submitted_at,
            natcom_deadline: deadlines.natcom,
        }),
        _ => Err(Refusal::NotFromStage {
            stage: app.stage,
            action: Action::Submit,
        }
        .into()),
    }
}

// ---------- the application page, withdrawal ----------

/// An application as its city sees it.
pub struct Record {
    pub app: Application,
    pub documents: Vec<DocumentInfo>,
    pub timeline: Vec<Event>,
    pub mails: Vec<Logged>,
    pub may_withdraw: bool,
}

pub async fn record(visit: &mut Visit, id: i64) -> Result<Record, Error> {
    let user = entering(&visit.user, Area::City)?;
    let conn = &mut visit.conn;
    let app = own(conn, user, id, false).await?;
    let asked = db::around::Asked {
        mails: db::outbox::MailOf::TheCity,
        assessments: false,
    };
    let around = db::around::around(conn, &app, asked).await?;
    Ok(Record {
        may_withdraw: decide(
            app.stage,
            Action::Withdraw,
            Role::Applicant,
            visit.now,
            &around.deadlines,
        )
        .is_ok(),
        app,
        documents: downloadable(around.documents, user.role),
        timeline: visible_events(around.timeline, user.role),
        mails: around.mails,
    })
}

/// The application about to be withdrawn; `Refused` when it can no longer be.
pub async fn to_withdraw(visit: &mut Visit, id: i64) -> Result<Application, Error> {
    let user = entering(&visit.user, Area::City)?;
    let app = own(&mut visit.conn, user, id, false).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(&mut visit.conn, &app).await?;
    decide(
        app.stage,
        Action::Withdraw,
        Role::Applicant,
        visit.now,
        &deadlines,
    )?;
    Ok(app)
}

pub async fn withdraw(visit: &mut Visit, id: i64) -> Result<(), Error> {
    let user = entering(&visit.user, Area::City)?;
    let mut tx = visit.conn.begin().await?;
    let app = own(&mut tx, user, id, true).await?;
    let (_, deadlines) = db::applications::call_and_deadlines(&mut tx, &app).await?;
    let to = decide(
        app.stage,
        Action::Withdraw,
        Role::Applicant,
        visit.now,
        &deadlines,
    )?;
    db::applications::move_to(
        &mut tx,
        &app,
        Action::Withdraw,
        to,
        user.id,
        None,
        visit.now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
