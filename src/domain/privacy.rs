//! Personal data (issue [7/8]): which answers are personal, what an erasure or the end of
//! a call's retention period takes from an application, who may erase an account, and
//! when an accepted city's profile is public. The people whose data this is are the
//! mayors and contact persons the form names, and everyone with an account.

use chrono::{DateTime, Months, Utc};

use super::form::Section;
use super::refusal::Refusal;
use super::stage::{Role, Stage};

/// The sections of the form whose answers are about a person: the mayor and the contact
/// person. The rest describes the city, which is no person.
pub const PERSONAL_SECTIONS: [Section; 2] = [Section::Mayor, Section::Contact];

/// Whether the answer `name` is about a person.
pub fn is_personal(name: &str) -> bool {
    personal_fields().any(|f| f == name)
}

/// The names of the personal answers.
pub fn personal_fields() -> impl Iterator<Item = &'static str> {
    PERSONAL_SECTIONS
        .into_iter()
        .flat_map(|s| s.fields().map(|f| f.name))
}

/// The names of the answers about the contact person alone.
pub fn contact_fields() -> impl Iterator<Item = &'static str> {
    Section::Contact.fields().map(|f| f.name)
}

/// The names on a signed paper's statement (`signature`) that are a person's.
pub const PERSONAL_STATEMENT_FIELDS: [&str; 4] =
    ["mayor_name", "mayor_title", "officer_name", "officer_title"];

/// What goes from an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redaction {
    /// The answers about the contact person: what the erasure of a person who is the
    /// contact of an application they do not own takes.
    ContactPerson,
    /// The personal answers (mayor, contact person) and the names on its statements.
    Personal,
    /// The personal answers and every document.
    PersonalAndDocuments,
    /// Every answer but the city and its country, and every document: a draft that was
    /// never anyone's business but its city's.
    Everything,
}

impl Redaction {
    pub fn takes_documents(self) -> bool {
        matches!(
            self,
            Redaction::PersonalAndDocuments | Redaction::Everything
        )
    }
}

/// What the erasure of its owner's account takes from an application. A draft loses its
/// answers and documents; an application that went further stays, countable in UIL's
/// statistics and in its country's quota, without the people it named.
pub fn on_owner_erasure(stage: Stage) -> Redaction {
    match stage {
        Stage::Draft => Redaction::Everything,
        _ => Redaction::Personal,
    }
}

/// Whether the erasure of its owner withdraws an application: a draft, which nobody else
/// will submit, and which would hold its city's place in the call.
pub fn withdrawn_on_owner_erasure(stage: Stage) -> bool {
    stage == Stage::Draft
}

/// What the end of the retention period takes from an application of the call: from an
/// accepted one nothing (its city is a member, and the network keeps in touch); from every
/// other one (not accepted, withdrawn, declined, never submitted) its personal answers and
/// its documents.
pub fn on_retention(stage: Stage) -> Option<Redaction> {
    match stage {
        Stage::Accepted => None,
        _ => Some(Redaction::PersonalAndDocuments),
    }
}

/// Whether the retention job still has something to take from an application of a call
/// whose period has passed: it is not accepted, and it `holds` personal answers, names on
/// its papers, its signing officer or documents.
pub fn retention_due(stage: Stage, holds: bool) -> bool {
    on_retention(stage).is_some() && holds
}

/// The moment from which a call's personal data of applications it did not accept may go:
/// `months` after its last decision. A call without a decision keeps everything: its review
/// has not ended.
pub fn retention_ends(last_decision: Option<DateTime<Utc>>, months: u32) -> Option<DateTime<Utc>> {
    last_decision?.checked_add_months(Months::new(months))
}

/// Whether the retention period of a call has passed at `now`.
pub fn retention_passed(
    last_decision: Option<DateTime<Utc>>,
    months: u32,
    now: DateTime<Utc>,
) -> bool {
    retention_ends(last_decision, months).is_some_and(|end| end <= now)
}

/// The person who asks for an erasure, as the rule sees them.
#[derive(Debug, Clone, Copy)]
pub struct Eraser {
    pub id: i64,
    pub role: Role,
}

/// The account to be erased.
#[derive(Debug, Clone, Copy)]
pub struct Erased {
    pub id: i64,
    pub role: Role,
    /// Whether it is the last UIL administrator who can still sign in.
    pub last_administrator: bool,
}

/// Whether `who` may erase `account`: anyone their own, a UIL administrator anyone's (on
/// the person's request, with a reason the use case records). The last administrator stays:
/// without one, nobody could run the call or answer the next request.
pub fn may_erase(who: Eraser, account: Erased) -> Result<(), Refusal> {
    if who.id != account.id && who.role != Role::UilAdmin {
        return Err(Refusal::ErasureNotYours);
    }
    if account.role == Role::UilAdmin && account.last_administrator {
        return Err(Refusal::LastAdministrator);
    }
    Ok(())
}

/// Whether an application's profile is public: once accepted, while its city consents.
pub fn profile_published(stage: Stage, consent: bool) -> bool {
    stage == Stage::Accepted && consent
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_mayor_and_the_contact_person_are_personal_the_city_is_not() {
        for name in [
            "mayor_name",
            "mayor_title",
            "contact_phone",
            "contact_email",
            "contact_address",
        ] {
            assert!(is_personal(name), "{name}");
        }
        for name in [
            "city_name",
            "country",
            "website",
            "population",
            "motivation",
            "publish_consent",
        ] {
            assert!(!is_personal(name), "{name}");
        }
    }

    #[test]
    fn retention_runs_from_the_last_decision_and_not_before_one() {
        let decided = Utc.with_ymd_and_hms(2023, 9, 30, 10, 0, 0).unwrap();
        let end = Utc.with_ymd_and_hms(2025, 9, 30, 10, 0, 0).unwrap();
        assert_eq!(retention_ends(Some(decided), 24), Some(end));
        assert!(!retention_passed(
            Some(decided),
            24,
            end - chrono::Duration::seconds(1)
        ));
        assert!(retention_passed(Some(decided), 24, end));
        assert!(!retention_passed(
            None,
            24,
            end + chrono::Duration::days(10_000)
        ));
    }

    #[test]
    fn retention_keeps_accepted_applications_and_takes_the_rest() {
        assert_eq!(on_retention(Stage::Accepted), None);
        for stage in [
            Stage::NotAccepted,
            Stage::Withdrawn,
            Stage::Draft,
            Stage::Declined,
            Stage::Submitted,
        ] {
            assert_eq!(
                on_retention(stage),
                Some(Redaction::PersonalAndDocuments),
                "{stage:?}"
            );
        }
    }

    #[test]
    fn a_second_run_finds_nothing_due_once_nothing_is_held() {
        assert!(retention_due(Stage::NotAccepted, true));
        assert!(!retention_due(Stage::NotAccepted, false));
        assert!(!retention_due(Stage::Accepted, true));
    }

    #[test]
    fn an_owners_erasure_empties_a_draft_and_keeps_a_submission_countable() {
        assert_eq!(on_owner_erasure(Stage::Draft), Redaction::Everything);
        assert!(Redaction::Everything.takes_documents());
        assert!(withdrawn_on_owner_erasure(Stage::Draft));
        assert!(!withdrawn_on_owner_erasure(Stage::Submitted));
        assert_eq!(on_owner_erasure(Stage::Endorsed), Redaction::Personal);
        assert!(!Redaction::Personal.takes_documents());
    }

    #[test]
    fn people_erase_themselves_administrators_anyone_but_the_last_administrator() {
        let city = Eraser {
            id: 1,
            role: Role::Applicant,
        };
        let admin = Eraser {
            id: 9,
            role: Role::UilAdmin,
        };
        let own = Erased {
            id: 1,
            role: Role::Applicant,
            last_administrator: false,
        };
        let other = Erased {
            id: 2,
            role: Role::Natcom,
            last_administrator: false,
        };
        assert!(may_erase(city, own).is_ok());
        assert_eq!(may_erase(city, other), Err(Refusal::ErasureNotYours));
        assert!(may_erase(admin, other).is_ok());
        let last = Erased {
            id: 9,
            role: Role::UilAdmin,
            last_administrator: true,
        };
        assert_eq!(may_erase(admin, last), Err(Refusal::LastAdministrator));
    }

    #[test]
    fn a_profile_is_public_once_accepted_and_while_consented() {
        assert!(profile_published(Stage::Accepted, true));
        assert!(!profile_published(Stage::Accepted, false));
        assert!(!profile_published(Stage::UnderReview, true));
    }
}
