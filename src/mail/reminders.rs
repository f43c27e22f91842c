//! Reminders before each deadline, queued by the background task at the clock's time.
//! Each is recorded with its mail in one transaction under a unique key, so it goes out
//! once per recipient whatever the number of servers or restarts.

use chrono::NaiveDate;
use sqlx::PgPool;

use super::Error;
use super::Mailer;
use super::messages;
use crate::clock::Clock;
use crate::db;
use crate::domain::form::Language;
use crate::domain::reminder::{Reminded, due_natcom_reminder, due_reminder, reminder_days};
use crate::domain::{CallPhase, ZonedDay};

/// Queues the reminders due now; returns how many.
pub async fn queue_due(db: &PgPool, mailer: &Mailer, clock: &Clock) -> Result<usize, Error> {
    let now = clock.now();
    let mut queued = 0;
    for call in db::calls::all(db).await? {
        // A closed call is still looked at: an extension may keep a deadline of it open.
        if call.phase_at(now) == CallPhase::NotYetOpen {
            continue;
        }
        // Reading every draft of a large call each minute, when no deadline is near, cost
        // a stall in every page served meanwhile (bench/RESULTS.md).
        let city_days = reminder_days(now, Reminded::Cities);
        let natcom_days = reminder_days(now, Reminded::NationalCommissions);
        let mut tx = db.begin().await?;
        // Another server is queueing this call's reminders: its unique keys would make
        // this one wait on each of its rows and then skip them all.
        if !db::take_job(&mut tx, "gnlc reminders").await? {
            continue;
        }
        let extended =
            db::reminders::stages_extended_within(&mut tx, call.id, &natcom_days).await?;
        let near = |own: &NaiveDate, stage: &str| {
            let days = if stage == "city" {
                &city_days
            } else {
                &natcom_days
            };
            days.contains(own) || extended.iter().any(|s| s == stage)
        };
        let drafts = if near(&call.city_deadline, "city") {
            db::reminders::drafts(&mut tx, call.id).await?
        } else {
            Vec::new()
        };
        let natcoms = if near(&call.natcom_deadline, "natcom") {
            db::reminders::natcoms(&mut tx, call.id).await?
        } else {
            Vec::new()
        };
        for draft in drafts {
            let deadline = ZonedDay::new(draft.deadline, call.zone);
            let Some(reminder) = due_reminder(&deadline, now) else {
                continue;
            };
            let kind = format!("city_{}", reminder.suffix());
            if db::reminders::record(
                &mut tx,
                &kind,
                call.id,
                draft.deadline,
                &draft.email,
                Some(draft.application_id),
            )
            .await?
            {
                let link = mailer.link(&format!("/applications/{}/edit", draft.application_id));
                let lang = draft
                    .language
                    .as_deref()
                    .and_then(|l| Language::parse(l).ok())
                    .unwrap_or(Language::English);
                let mail = messages::city_reminder(
                    &draft.email,
                    draft.application_id,
                    &draft.city_name,
                    &deadline,
                    reminder,
                    lang,
                    &link,
                )?;
                mailer.queue(&mut tx, &mail).await?;
                queued += 1;
            }
        }
        for natcom in natcoms {
            let deadline = ZonedDay::new(natcom.deadline, call.zone);
            let Some(reminder) = due_natcom_reminder(&deadline, now) else {
                continue;
            };
            let kind = format!("natcom_{}", reminder.suffix());
            if db::reminders::record(
                &mut tx,
                &kind,
                call.id,
                natcom.deadline,
                &natcom.email,
                None,
            )
            .await?
            {
                let mail = messages::natcom_reminder(
                    &natcom.email,
                    &natcom.country,
                    natcom.undecided,
                    natcom.unsent,
                    &deadline,
                    reminder,
                    &mailer.link("/natcom"),
                    super::account_locale(natcom.locale.as_deref()),
                )?;
                mailer.queue(&mut tx, &mail).await?;
                queued += 1;
            }
        }
        tx.commit().await?;
    }
    Ok(queued)
}
