//! A later deadline for one application (city stage) or one Member State (National
//! Commission stage), with a reason, recorded on the applications it concerns (SPEC §2).

use chrono::NaiveDate;
use sqlx::Connection;

use super::super::{Error, Issue, Issues, Rejected, Visit, entering};
use crate::db;
use crate::db::extensions::{Extension, Target};
use crate::domain::access::Area;
use crate::domain::application::may_edit;
use crate::domain::call::current_call;
use crate::domain::event::{DeadlineStage, EventKind};
use crate::domain::form::{self, Iso2};

/// What an extension moves, as typed.
#[derive(Debug, Default, Clone)]
pub struct ExtensionTyped {
    /// "application" or "country".
    pub kind: String,
    pub application: String,
    pub country: String,
    pub new_deadline: String,
    pub reason: String,
}

/// What is extended.
enum Extended {
    Application(i64),
    MemberState(Iso2),
}

pub struct ExtensionInput {
    what: Extended,
    new_deadline: NaiveDate,
    reason: String,
}

impl ExtensionTyped {
    pub fn parse(&self) -> Result<ExtensionInput, Issues> {
        let mut issues = Issues::default();
        let what = match self.kind.as_str() {
            "application" => match self
                .application
                .trim()
                .trim_start_matches('#')
                .parse::<i64>()
            {
                Ok(id) if id > 0 => Some(Extended::Application(id)),
                _ => {
                    issues.add("application", Issue::Form(form::Problem::NotAWholeNumber));
                    None
                }
            },
            "country" => issues
                .check("country", Iso2::parse(&self.country))
                .map(Extended::MemberState),
            _ => {
                issues.add("kind", Issue::Form(form::Problem::Missing));
                None
            }
        };
        let new_deadline = NaiveDate::parse_from_str(self.new_deadline.trim(), "%Y-%m-%d").ok();
        if new_deadline.is_none() {
            issues.add("new_deadline", Issue::NotADate);
        }
        let reason = issues.check("reason", form::required_text(&self.reason, 2000, true));
        match (what, new_deadline, reason) {
            (Some(what), Some(new_deadline), Some(reason)) if issues.is_empty() => {
                Ok(ExtensionInput {
                    what,
                    new_deadline,
                    reason,
                })
            }
            _ => Err(issues),
        }
    }
}

/// Every extension granted, newest first.
pub async fn all(visit: &mut Visit) -> Result<Vec<Extension>, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    Ok(db::extensions::all(&mut visit.conn).await?)
}

pub async fn grant(visit: &mut Visit, input: ExtensionInput) -> Result<(), Rejected> {
    let user = entering(&visit.user, Area::UilAdmin)?;
    let now = visit.now;
    let mut tx = visit.conn.begin().await?;
    let fail = |field: &'static str, issue: Issue| {
        let mut issues = Issues::default();
        issues.add(field, issue);
        Rejected::Invalid(issues)
    };
    // What is extended, in which call, its deadline now, and the applications it concerns.
    let (target, call, current, concerned, stage) = match &input.what {
        Extended::Application(id) => {
            let app = db::applications::find_for_update(&mut tx, *id)
                .await?
                .ok_or_else(|| fail("application", Issue::NoSuchApplication { id: *id }))?;
            // Only a draft waits for the city deadline.
            if may_edit(app.stage).is_err() {
                return Err(fail(
                    "application",
                    Issue::NotADraft {
                        id: *id,
                        stage: app.stage,
                    },
                ));
            }
            let (call, d) = db::applications::call_and_deadlines(&mut tx, &app).await?;
            (
                Target::Application(*id),
                call,
                d.city,
                vec![app.id],
                DeadlineStage::City,
            )
        }
        Extended::MemberState(country) => {
            if db::member_states::name_of(&mut *tx, country.as_str())
                .await?
                .is_none()
            {
                return Err(fail("country", Issue::NotAMemberState));
            }
            let calls = db::calls::all(&mut *tx).await?;
            let call = current_call(&calls, now).cloned().ok_or_else(|| {
                fail(
                    "country",
                    Issue::Refused(crate::domain::Refusal::NoOpenCall),
                )
            })?;
            let d = db::applications::country_deadlines(&mut tx, &call, country.as_str()).await?;
            // Recorded on the applications still in the National Commission's hands.
            let concerned = db::applications::for_country(&mut tx, call.id, country.as_str())
                .await?
                .into_iter()
                .filter(|a| a.stage.is_with_natcom())
                .map(|a| a.id)
                .collect();
            (
                Target::MemberState(country.as_str()),
                call,
                d.natcom,
                concerned,
                DeadlineStage::Natcom,
            )
        }
    };
    if input.new_deadline <= current.date {
        return Err(fail("new_deadline", Issue::DeadlineNotLater { current }));
    }
    db::extensions::grant(
        &mut tx,
        call.id,
        target,
        input.new_deadline,
        &input.reason,
        user.id,
        now,
    )
    .await?;
    let event = EventKind::ExtensionGranted {
        stage,
        deadline: input.new_deadline,
    };
    for id in concerned {
        db::applications::add_event(&mut tx, id, Some(user.id), &event, Some(&input.reason), now)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
