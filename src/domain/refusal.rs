//! Why something may not be done, as a value. The domain decides; only the web layer puts
//! a refusal into words, in the reader's language, so no refusal carries text.

use super::deadline::ZonedDay;
use super::stage::{Action, Stage};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The account's role may not do this to applications.
    NotYourAction { action: Action },
    /// The application's stage does not allow this action.
    NotFromStage { stage: Stage, action: Action },
    /// The call opens later.
    NotYetOpen { opens: ZonedDay },
    /// The city deadline (the call's, or one UIL extended) has passed.
    CityDeadlinePassed { closed: ZonedDay },
    /// The National Commission deadline has passed.
    NatcomDeadlinePassed { closed: ZonedDay },
    /// The Member State has used all its endorsements in this call.
    QuotaReached { quota: i32 },
    /// A city changes its application only while it is a draft.
    NotEditable { stage: Stage },
    /// Submission waits for a confirmed email address.
    EmailNotConfirmed,
    /// Submission waits for every required answer and the signed pledge.
    Incomplete { lacking: usize },
    /// An application has at most this many supporting documents.
    TooManyDocuments { max: usize },
    /// Submission to UIL waits for the signing officer's name and title and the signed
    /// endorsement.
    Part2Incomplete { officer: bool, signed: bool },
    /// There is no call for cities to apply to now.
    NoOpenCall,
    /// The city already has an application in this call.
    CityAlreadyApplying,
    /// Nothing was chosen to endorse and send.
    NothingChosen,
    /// A new application starts only from one of an earlier call that was not accepted
    /// or was withdrawn.
    NotToStartAgainFrom { stage: Stage },
    /// A reviewer assesses an application once its review has started…
    ReviewNotStarted,
    /// …and until UIL has decided on it.
    AssessmentsClosed { stage: Stage },
    /// An automatic assignment gives each application at least one juror.
    JurorsPerApplication,
    /// So many applications cannot get `k` jurors out of conflict.
    TooFewJurors { short: usize, k: usize },
    /// A call's criteria change only until the first score is given.
    RubricFrozen,
    /// The call has no criteria to score yet.
    NoRubric,
    /// An assessment is handed in with every criterion scored.
    ScoresMissing { missing: usize },
    /// A rubric has at most this many criteria.
    RubricFull { max: usize },
    /// A juror is never assigned an application they are in conflict with.
    JurorInConflict,
    /// At most this many applications are decided on at once.
    TooManyChosen { max: usize },
    /// Only a UIL administrator erases another person's account.
    ErasureNotYours,
    /// The last UIL administrator's account stays.
    LastAdministrator,
}
