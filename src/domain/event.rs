//! The history of an application: what happened, and who may read of it. Events are
//! written once and never changed (the schema refuses it).

use chrono::NaiveDate;

use super::document::DocumentKind;
use super::form::Section;
use super::stage::{Role, Stage};

/// Which deadline an extension moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineStage {
    /// The city's deadline, for one application.
    City,
    /// The National Commission's deadline, for one Member State.
    Natcom,
}

impl DeadlineStage {
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineStage::City => "city",
            DeadlineStage::Natcom => "natcom",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "city" => Some(DeadlineStage::City),
            "natcom" => Some(DeadlineStage::Natcom),
            _ => None,
        }
    }
}

/// What happened to an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// The city started it, as a draft.
    Created,
    /// It moved from one stage to another.
    Transition {
        from: Stage,
        to: Stage,
    },
    DocumentAdded {
        document: DocumentKind,
        filename: String,
    },
    DocumentRemoved {
        document: DocumentKind,
        filename: String,
    },
    /// The National Commission saved its Part 2: the signing officer, its note.
    Part2Changed,
    /// UIL moved a deadline that applies to it.
    ExtensionGranted {
        stage: DeadlineStage,
        deadline: NaiveDate,
    },
    /// A note of the National Commission or of UIL.
    Note,
    /// A member of the city's team saved a section of the form.
    SectionSaved {
        section: Section,
    },
    /// A colleague accepted the owner's invitation, or the owner removed one. The event
    /// stores the colleague's account id only; `name` is read with the event (empty once
    /// the account is erased), so that no event ever holds a person's name.
    ColleagueJoined {
        colleague: i64,
        name: String,
    },
    ColleagueRemoved {
        colleague: i64,
        name: String,
    },
    /// The city's consent to publish its profile was withdrawn after submission, by the
    /// city or by UIL on its request.
    ConsentWithdrawn,
    /// The National Commission placed it in its order (`None`: took it out).
    Ranked {
        rank: Option<i16>,
    },
}

impl EventKind {
    /// The name stored in the database.
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::Created => "created",
            EventKind::Transition { .. } => "transition",
            EventKind::DocumentAdded { .. } => "document_added",
            EventKind::DocumentRemoved { .. } => "document_removed",
            EventKind::Part2Changed => "part2_changed",
            EventKind::ExtensionGranted { .. } => "extension_granted",
            EventKind::Note => "note",
            EventKind::SectionSaved { .. } => "section_saved",
            EventKind::ColleagueJoined { .. } => "colleague_joined",
            EventKind::ColleagueRemoved { .. } => "colleague_removed",
            EventKind::ConsentWithdrawn => "consent_withdrawn",
            EventKind::Ranked { .. } => "ranked",
        }
    }

    /// Who may read of it: what concerns the National Commission's own part (its signed
    /// endorsement, its Part 2) is between it and UIL.
    pub fn audience(&self) -> Audience {
        match self {
            EventKind::DocumentAdded { document, .. }
            | EventKind::DocumentRemoved { document, .. }
                if !document.is_the_citys() =>
            {
                Audience::NatcomAndUil
            }
            // The order of a country's cities is between its National Commission and UIL.
            EventKind::Part2Changed | EventKind::Ranked { .. } => Audience::NatcomAndUil,
            _ => Audience::Everyone,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Everyone who may see the application.
    Everyone,
    /// The National Commission and UIL only.
    NatcomAndUil,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Everyone => "everyone",
            Audience::NatcomAndUil => "natcom_uil",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "everyone" => Some(Audience::Everyone),
            "natcom_uil" => Some(Audience::NatcomAndUil),
            _ => None,
        }
    }
}

/// Whether a reader with `role` sees an event meant for `audience`, which happened
/// before the application was first submitted (`while_private`) or after. A city sees
/// what is meant for everyone; the National Commission and UIL see what happened from the
/// first submission on, never the city's drafting before it.
pub fn is_visible(role: Role, audience: Audience, while_private: bool) -> bool {
    match role {
        Role::Applicant => audience == Audience::Everyone,
        Role::Natcom | Role::UilReviewer | Role::UilAdmin => !while_private,
        // A juror reads no timeline: it names the people around the city.
        Role::Jury => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signed_endorsement_and_part_2_are_between_the_national_commission_and_uil() {
        let signed = EventKind::DocumentAdded {
            document: DocumentKind::Endorsement,
            filename: "signed.pdf".into(),
        };
        assert_eq!(signed.audience(), Audience::NatcomAndUil);
        assert_eq!(EventKind::Part2Changed.audience(), Audience::NatcomAndUil);
        let pledge = EventKind::DocumentAdded {
            document: DocumentKind::Pledge,
            filename: "pledge.pdf".into(),
        };
        assert_eq!(pledge.audience(), Audience::Everyone);
        assert!(!is_visible(Role::Applicant, Audience::NatcomAndUil, false));
        assert!(is_visible(Role::Natcom, Audience::NatcomAndUil, false));
    }

    #[test]
    fn the_drafting_before_the_first_submission_is_the_citys_alone() {
        assert!(is_visible(Role::Applicant, Audience::Everyone, true));
        for role in [Role::Natcom, Role::UilReviewer, Role::UilAdmin] {
            assert!(!is_visible(role, Audience::Everyone, true), "{role:?}");
            assert!(is_visible(role, Audience::Everyone, false), "{role:?}");
        }
    }
}
