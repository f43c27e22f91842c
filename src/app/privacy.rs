//! Personal data (issue [7/8]): a person downloads what is held about them, erases their
//! account (or a UIL administrator does, on their request); a city or UIL withdraws the
//! consent to publish; the retention job erases what a call no longer needs. Every erasure
//! goes through `db::privacy::redact` and is recorded in `privacy_events`, in the
//! transaction that does it.

use chrono::{DateTime, Utc};
use sqlx::{Connection, PgConnection};

use super::{App, Error, Issue, Issues, Rejected, Visit, entering, signed_in};
use crate::db;
use crate::db::privacy::{PrivacyEvent, PrivacyKind, Redacted};
use crate::domain::access::Area;
use crate::domain::account::EmailAddress;
use crate::domain::event::EventKind;
use crate::domain::privacy::{self, Erased, Eraser};
use crate::domain::{Action, Stage};

/// A person's data, as the ZIP they download holds it.
pub struct Export {
    /// `data.json`: everything held about them and their applications.
    pub json: Vec<u8>,
    /// The documents they uploaded, or that their applications hold: (name in the ZIP, bytes).
    pub documents: Vec<(String, Vec<u8>)>,
    pub at: DateTime<Utc>,
}

/// Everything held about the signed-in person, read at one instant; the download is
/// recorded.
pub async fn export(visit: &mut Visit) -> Result<Export, Error> {
    let user = signed_in(&visit.user)?.clone();
    let mut tx = visit.conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ WRITE")
        .execute(&mut *tx)
        .await?;
    let mut value = db::privacy::export(&mut *tx, user.id).await?;
    value["generated_at"] = serde_json::json!(visit.now);
    let mut documents = Vec::new();
    for (id, name) in db::privacy::export_documents(&mut *tx, user.id).await? {
        documents.push((name, db::privacy::document_content(&mut *tx, id).await?));
    }
    let event = PrivacyEvent {
        kind: PrivacyKind::DataDownloaded,
        actor: Some(user.id),
        account: Some(user.id),
        reason: None,
        counts: Some(serde_json::json!({"documents": documents.len()})),
    };
    db::privacy::record(&mut tx, event, visit.now).await?;
    tx.commit().await?;
    let json =
        serde_json::to_vec_pretty(&value).map_err(|e| Error::Internal(format!("export: {e}")))?;
    Ok(Export {
        json,
        documents,
        at: visit.now,
    })
}

/// What an erasure did, for the page that follows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Erasure {
    pub applications: Redacted,
}

/// Erases the signed-in person's own account, once they typed its password again (tries
/// counted as sign-ins are, so that a session left open cannot guess it). Their session
/// ends with it.
pub async fn erase_own_account(
    visit: &mut Visit,
    password: &str,
    client_ip: &str,
) -> Result<Erasure, Rejected> {
    let user = signed_in(&visit.user)?.clone();
    let counted = user.email.to_lowercase();
    let mut issues = Issues::default();
    {
        let mut tx = visit.conn.begin().await?;
        db::requests::take_turns(&mut tx, &format!("sign-in {counted} {client_ip}")).await?;
        if let Some(wait) =
            super::accounts::must_wait(&mut tx, &counted, client_ip, visit.now).await?
        {
            issues.add("password", wait);
            return Err(Rejected::Invalid(issues));
        }
        let stored = db::users::by_email(&mut *tx, &user.email)
            .await?
            .and_then(|c| c.password_hash);
        let matches = crate::security::verify_password(password.to_owned(), stored).await?;
        db::login_attempts::record(&mut tx, &counted, client_ip, matches, visit.now).await?;
        tx.commit().await?;
        if !matches {
            issues.add("password", Issue::WrongCredentials);
            return Err(Rejected::Invalid(issues));
        }
    }
    let mut tx = visit.conn.begin().await?;
    let erasure = erase(&mut tx, &user, user.id, None, "password", visit.now).await?;
    tx.commit().await?;
    Ok(erasure)
}

/// A UIL administrator erases the account of `email`, on its owner's request, with the
/// reason they give.
pub async fn erase_on_request(
    visit: &mut Visit,
    email: &str,
    reason: &str,
) -> Result<Erasure, Rejected> {
    let user = entering(&visit.user, Area::UilAdmin)?.clone();
    let mut issues = Issues::default();
    let email = issues.check("erase_email", EmailAddress::parse(email));
    let reason = issues.check(
        "reason",
        crate::domain::form::required_text(reason, 2000, true),
    );
    let (Some(email), Some(reason)) = (email, reason) else {
        return Err(Rejected::Invalid(issues));
    };
    let mut tx = visit.conn.begin().await?;
    let Some(account) = db::privacy::account_id_by_email(&mut *tx, email.as_str()).await? else {
        issues.add("erase_email", Issue::NoSuchAccount);
        return Err(Rejected::Invalid(issues));
    };
    let erasure = erase(
        &mut tx,
        &user,
        account,
        Some(&reason),
        "erase_email",
        visit.now,
    )
    .await?;
    tx.commit().await?;
    Ok(erasure)
}

/// Erases account `id` for `who`, in the caller's transaction: the rule first, then the
/// applications it owns or that name it, then the account itself; recorded with `reason`.
/// A refusal is said at the form's `field`.
async fn erase(
    tx: &mut PgConnection,
    who: &db::users::User,
    id: i64,
    reason: Option<&str>,
    field: &'static str,
    now: DateTime<Utc>,
) -> Result<Erasure, Rejected> {
    db::privacy::lock_administrators(tx).await?;
    let account = db::privacy::account(&mut *tx, id)
        .await?
        .filter(|a| !a.erased)
        .ok_or(Error::NotFound)?;
    let rule = privacy::may_erase(
        Eraser {
            id: who.id,
            role: who.role,
        },
        Erased {
            id: account.id,
            role: account.role,
            last_administrator: account.last_administrator,
        },
    );
    if let Err(refusal) = rule {
        let mut issues = Issues::default();
        issues.add(field, Issue::Refused(refusal));
        return Err(Rejected::Invalid(issues));
    }
    let (owned, naming) =
        db::privacy::owned_or_naming(&mut *tx, account.id, &account.email).await?;
    let mut redacted = Redacted::default();
    for redaction in [privacy::Redaction::Everything, privacy::Redaction::Personal] {
        let ids: Vec<i64> = owned
            .iter()
            .filter(|a| privacy::on_owner_erasure(a.stage) == redaction)
            .map(|a| a.id)
            .collect();
        redacted += db::privacy::redact(tx, &ids, redaction, now).await?;
    }
    // An emptied draft is withdrawn, as its owner could have done: nothing holds its
    // city's place in the call any more.
    for draft in owned
        .iter()
        .filter(|a| privacy::withdrawn_on_owner_erasure(a.stage))
    {
        let application = db::applications::find_for_update(tx, draft.id)
            .await?
            .ok_or(Error::NotFound)?;
        db::applications::move_to(
            tx,
            &application,
            Action::Withdraw,
            Stage::Withdrawn,
            account.id,
            None,
            now,
        )
        .await?;
    }
    redacted += db::privacy::redact(tx, &naming, privacy::Redaction::ContactPerson, now).await?;
    // A juror's applications not yet scored go back to UIL, to assign again.
    db::jury::drop_open_assignments(tx, account.id).await?;
    let gone = db::privacy::pseudonymise(tx, account.id, now).await?;
    let counts = serde_json::json!({
        "applications": redacted.applications,
        "documents": redacted.documents,
        "mails": redacted.mails + gone.mails,
        "sign_ins": gone.sign_ins,
    });
    let event = PrivacyEvent {
        kind: PrivacyKind::AccountErased,
        actor: (who.id != account.id).then_some(who.id),
        account: Some(account.id),
        reason,
        counts: Some(counts),
    };
    db::privacy::record(tx, event, now).await?;
    Ok(Erasure {
        applications: redacted,
    })
}

/// The city withdraws its consent to publish its profile, at any stage (the application's
/// page offers it once the form can no longer change). The profile leaves the directory
/// at once.
pub async fn withdraw_consent_of_city(visit: &mut Visit, id: i64) -> Result<(), Error> {
    let user = entering(&visit.user, Area::City)?.clone();
    let mut tx = visit.conn.begin().await?;
    // Any member of the city's team may: the consent is the city's.
    super::city::own(&mut tx, &user, id, true).await?;
    withdraw_consent(&mut tx, user.id, id, visit.now).await?;
    tx.commit().await?;
    Ok(())
}

/// UIL withdraws a city's consent on its request (a letter, a call).
pub async fn withdraw_consent_for_city(visit: &mut Visit, id: i64) -> Result<(), Error> {
    let user = entering(&visit.user, Area::UilAdmin)?.clone();
    let mut tx = visit.conn.begin().await?;
    // Only an application UIL sees: one that reached it.
    super::uil::at_uil(&mut tx, &user, id, true).await?;
    withdraw_consent(&mut tx, user.id, id, visit.now).await?;
    tx.commit().await?;
    Ok(())
}

async fn withdraw_consent(
    tx: &mut PgConnection,
    actor: i64,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    if db::members::withdraw_consent(tx, id).await? {
        db::applications::add_event(tx, id, Some(actor), &EventKind::ConsentWithdrawn, None, now)
            .await?;
    }
    Ok(())
}

/// An accepted city's public profile, if it consented to publish it.
pub async fn profile(app: &App, id: i64) -> Result<db::members::Profile, Error> {
    let profile = db::members::profile(&app.db, id)
        .await?
        .ok_or(Error::NotFound)?;
    if !privacy::profile_published(profile.stage, profile.answers.publish_consent()) {
        return Err(Error::NotFound);
    }
    Ok(profile)
}

// ---------- retention ----------

/// What the retention job erased, or would erase, in one call.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallErased {
    pub call: i64,
    pub title: String,
    pub applications: i64,
    pub documents: i64,
}

/// Erases, in every call whose retention period has passed, the personal data of the
/// applications it did not accept and the documents of all but accepted ones; with
/// `dry_run`, only says what it would. Records a run that erased something.
pub async fn retention(app: &App, dry_run: bool) -> Result<Vec<CallErased>, Error> {
    let now = app.clock.now();
    let mut conn = app.db.acquire().await?;
    let mut tx = conn.begin().await?;
    if !db::take_job(&mut tx, "gnlc retention").await? {
        // Another server runs it now.
        return Ok(Vec::new());
    }
    let mut report = Vec::new();
    let mut total = Redacted::default();
    for call in db::privacy::calls(&mut *tx).await? {
        let months = u32::try_from(call.months).unwrap_or(u32::MAX);
        if !privacy::retention_passed(call.last_decision, months, now) {
            continue;
        }
        let due: Vec<_> = db::privacy::retained(&mut tx, call.id)
            .await?
            .into_iter()
            .filter(|a| privacy::retention_due(a.stage, a.holds))
            .collect();
        if due.is_empty() {
            continue;
        }
        let ids: Vec<i64> = due.iter().map(|a| a.id).collect();
        let erased = CallErased {
            call: call.id,
            title: call.title,
            applications: due.len() as i64,
            documents: due.iter().map(|a| a.documents).sum(),
        };
        if !dry_run {
            total +=
                db::privacy::redact(&mut tx, &ids, privacy::Redaction::PersonalAndDocuments, now)
                    .await?;
        }
        report.push(erased);
    }
    if !dry_run && !report.is_empty() {
        let calls: Vec<i64> = report.iter().map(|c| c.call).collect();
        let event = PrivacyEvent {
            kind: PrivacyKind::Retention,
            actor: None,
            account: None,
            reason: None,
            counts: Some(serde_json::json!({
                "calls": calls,
                "applications": report.iter().map(|c| c.applications).sum::<i64>(),
                "documents": total.documents,
                "mails": total.mails,
            })),
        };
        db::privacy::record(&mut tx, event, now).await?;
    }
    tx.commit().await?;
    Ok(report)
}
