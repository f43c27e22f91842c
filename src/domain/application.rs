//! The rules of one application beyond the moves of `stage::decide`: who may start one,
//! change it, submit it, complete its Part 2, send it to UIL and assess it. Each says
//! yes, or why not.

use chrono::{DateTime, Utc};

use super::call::{Call, Deadlines, current_call};
use super::deadline::ZonedDay;
use super::refusal::Refusal;
use super::stage::{Action, Role, Stage, check_quota, decide};

/// The call a city may start an application in now: the current call, while cities may
/// still apply to it (drafts may be started before it opens).
pub fn call_to_apply_to(calls: &[Call], now: DateTime<Utc>) -> Result<&Call, Refusal> {
    let call = current_call(calls, now).ok_or(Refusal::NoOpenCall)?;
    if call.accepts_applications(now) {
        Ok(call)
    } else {
        Err(Refusal::CityDeadlinePassed {
            closed: call.deadlines().city,
        })
    }
}

/// Whether a city may start a new application in `call` from an earlier one, in call
/// `earlier_call`, which reached `stage`: one that was not accepted (declined by its
/// National Commission or not accepted by UIL) or was withdrawn, from another call.
pub fn may_start_again_from(stage: Stage, earlier_call: i64, call: &Call) -> Result<(), Refusal> {
    let ended_without_yes = matches!(
        stage,
        Stage::Declined | Stage::NotAccepted | Stage::Withdrawn
    );
    if ended_without_yes && earlier_call != call.id {
        Ok(())
    } else {
        Err(Refusal::NotToStartAgainFrom { stage })
    }
}

/// A city changes its answers and documents only while the application is a draft.
pub fn may_edit(stage: Stage) -> Result<(), Refusal> {
    if stage.is_editable() {
        Ok(())
    } else {
        Err(Refusal::NotEditable { stage })
    }
}

/// What submission needs besides the call being open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Readiness {
    /// How many required answers and documents are missing.
    pub lacking: usize,
    /// Whether the applicant's email address is confirmed.
    pub email_confirmed: bool,
}

/// Whether the city may submit now; the stage it moves to if so.
pub fn submission(
    stage: Stage,
    now: DateTime<Utc>,
    deadlines: &Deadlines,
    ready: Readiness,
) -> Result<Stage, Refusal> {
    let to = decide(stage, Action::Submit, Role::Applicant, now, deadlines)?;
    if ready.lacking > 0 {
        Err(Refusal::Incomplete {
            lacking: ready.lacking,
        })
    } else if !ready.email_confirmed {
        Err(Refusal::EmailNotConfirmed)
    } else {
        Ok(to)
    }
}

/// Whether submission is closed for good for this draft, whatever the city does: the
/// task list and the check page then say so at the top, instead of offering to submit.
pub fn submission_closed(now: DateTime<Utc>, deadlines: &Deadlines) -> Option<Refusal> {
    (!deadlines.city.is_still_open_at(now)).then_some(Refusal::CityDeadlinePassed {
        closed: deadlines.city,
    })
}

/// What an endorsement does to an application in `stage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endorsement {
    /// A submitted application becomes endorsed, with its Part 2.
    Endorse { to: Stage },
    /// An endorsed application's Part 2 is completed or corrected.
    CompletePart2,
}

/// Whether the National Commission may endorse (or, once endorsed, complete Part 2) now,
/// with `used` of the Member State's `quota` endorsements used.
pub fn endorsement(
    stage: Stage,
    now: DateTime<Utc>,
    deadlines: &Deadlines,
    used: i64,
    quota: i32,
) -> Result<Endorsement, Refusal> {
    if stage == Stage::Endorsed {
        return may_change_part2(stage, now, deadlines).map(|()| Endorsement::CompletePart2);
    }
    let to = decide(stage, Action::Endorse, Role::Natcom, now, deadlines)?;
    check_quota(used, quota)?;
    Ok(Endorsement::Endorse { to })
}

/// The National Commission's Part 2 (the signing officer, the signed endorsement) may be
/// saved on a submitted application before it decides, and changed on an endorsed one,
/// until its deadline, while the application is not yet with UIL.
pub fn may_change_part2(
    stage: Stage,
    now: DateTime<Utc>,
    deadlines: &Deadlines,
) -> Result<(), Refusal> {
    if !matches!(stage, Stage::Submitted | Stage::Endorsed) {
        return Err(Refusal::NotFromStage {
            stage,
            action: Action::Endorse,
        });
    }
    open_for_natcom(now, &deadlines.natcom)
}

/// Whether the National Commission's deadline still holds.
pub fn open_for_natcom(now: DateTime<Utc>, natcom: &ZonedDay) -> Result<(), Refusal> {
    if natcom.is_still_open_at(now) {
        Ok(())
    } else {
        Err(Refusal::NatcomDeadlinePassed { closed: *natcom })
    }
}

/// How far the National Commission's Part 2 is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part2 {
    /// The signing officer's name and title are given.
    pub officer: bool,
    /// The signed endorsement is uploaded.
    pub signed: bool,
}

impl Part2 {
    pub fn is_complete(self) -> bool {
        self.officer && self.signed
    }
}

/// Whether an endorsed application may go to UIL now; the stage it moves to if so.
pub fn forwarding(
    stage: Stage,
    now: DateTime<Utc>,
    deadlines: &Deadlines,
    part2: Part2,
) -> Result<Stage, Refusal> {
    let to = decide(stage, Action::Forward, Role::Natcom, now, deadlines)?;
    if part2.is_complete() {
        Ok(to)
    } else {
        Err(Refusal::Part2Incomplete {
            officer: part2.officer,
            signed: part2.signed,
        })
    }
}

/// Whether the National Commission may choose an application of this stage to endorse and
/// send in one step: one it has not yet sent, and has not declined.
pub fn may_be_chosen(stage: Stage) -> bool {
    matches!(stage, Stage::Submitted | Stage::Endorsed)
}

/// Whether the National Commission may place an application in its order: one still in
/// its hands, before its deadline.
pub fn may_rank(stage: Stage, now: DateTime<Utc>, deadlines: &Deadlines) -> Result<(), Refusal> {
    if !stage.is_with_natcom() {
        return Err(Refusal::NotFromStage {
            stage,
            action: Action::Endorse,
        });
    }
    open_for_natcom(now, &deadlines.natcom)
}

/// The highest place in a National Commission's order.
pub const MAX_RANK: i16 = 999;

/// A place in the order as typed: empty for none, else a whole number from 1 to
/// `MAX_RANK`.
pub fn parse_rank(typed: &str) -> Result<Option<i16>, super::form::Problem> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    match typed.parse::<i64>() {
        Ok(n) if (1..=i64::from(MAX_RANK)).contains(&n) => Ok(Some(n as i16)),
        Ok(_) => Err(super::form::Problem::RankOutOfRange),
        Err(_) => Err(super::form::Problem::NotAWholeNumber),
    }
}

/// The earlier applications a city may start a new one from in `call`
/// (`may_start_again_from`), of those given as (id, stage, call, city, owned): its own
/// ones, and not for a city that already applies in that call.
pub fn start_again_candidates(
    applications: &[(i64, Stage, i64, &str, bool)],
    call: &Call,
) -> Vec<i64> {
    applications
        .iter()
        .filter(|(_, stage, call_id, _, owned)| {
            *owned && may_start_again_from(*stage, *call_id, call).is_ok()
        })
        .filter(|(_, _, _, city, _)| {
            !applications.iter().any(|(_, stage, call_id, other, _)| {
                *call_id == call.id
                    && *stage != Stage::Withdrawn
                    && other.eq_ignore_ascii_case(city)
            })
        })
        .map(|(id, ..)| *id)
        .collect()
}

/// Whether the National Commission may endorse and send to UIL, in one step, exactly the
/// chosen applications (their stage and Part 2): each must be submitted or endorsed, with
/// its Part 2 complete, and, with the endorsements its other applications use
/// (`used_by_others`), they must fit the quota; before the deadline. All or nothing: the
/// first refusal refuses the whole.
pub fn endorse_and_send(
    chosen: &[(Stage, Part2)],
    used_by_others: i64,
    quota: i32,
    now: DateTime<Utc>,
    deadlines: &Deadlines,
) -> Result<(), Refusal> {
    open_for_natcom(now, &deadlines.natcom)?;
    if chosen.is_empty() {
        return Err(Refusal::NothingChosen);
    }
    for (stage, part2) in chosen {
        if !may_be_chosen(*stage) {
            return Err(Refusal::NotFromStage {
                stage: *stage,
                action: Action::Endorse,
            });
        }
        if !part2.is_complete() {
            return Err(Refusal::Part2Incomplete {
                officer: part2.officer,
                signed: part2.signed,
            });
        }
    }
    let wanted = used_by_others + chosen.len() as i64;
    if wanted > i64::from(quota) {
        return Err(Refusal::QuotaReached { quota });
    }
    Ok(())
}

/// UIL's reviewers assess an application while it is under review.
pub fn may_assess(stage: Stage) -> Result<(), Refusal> {
    match stage {
        Stage::UnderReview => Ok(()),
        Stage::Forwarded => Err(Refusal::ReviewNotStarted),
        stage => Err(Refusal::AssessmentsClosed { stage }),
    }
}

/// How long is left until a deadline, for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeLeft {
    /// Whole days after today.
    Days(i64),
    LastDay,
    Closed,
}

pub fn time_left(deadline: &ZonedDay, now: DateTime<Utc>) -> TimeLeft {
    if !deadline.is_still_open_at(now) {
        TimeLeft::Closed
    } else {
        match deadline.days_left(now) {
            n if n <= 0 => TimeLeft::LastDay,
            n => TimeLeft::Days(n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rank_is_a_place_from_1_to_999_or_none() {
        use crate::domain::form::Problem;
        assert_eq!(parse_rank(" 2 "), Ok(Some(2)));
        assert_eq!(parse_rank(""), Ok(None));
        assert_eq!(parse_rank("0"), Err(Problem::RankOutOfRange));
        assert_eq!(parse_rank("1000"), Err(Problem::RankOutOfRange));
        assert_eq!(
            parse_rank("99999999999999999999"),
            Err(Problem::NotAWholeNumber)
        );
        assert_eq!(parse_rank("first"), Err(Problem::NotAWholeNumber));
        let d = call_2023().deadlines();
        let june: DateTime<Utc> = "2023-06-20T12:00:00Z".parse().unwrap();
        assert_eq!(may_rank(Stage::Submitted, june, &d), Ok(()));
        assert!(may_rank(Stage::Forwarded, june, &d).is_err(), "UIL's now");
        assert!(
            may_rank(
                Stage::Submitted,
                "2023-07-02T00:00:00Z".parse().unwrap(),
                &d
            )
            .is_err()
        );
    }

    #[test]
    fn a_city_starts_again_from_its_own_earlier_application_once() {
        let mut call = call_2023();
        call.id = 2;
        let earlier = [
            (1, Stage::NotAccepted, 1, "Lisboa", true),
            (2, Stage::Withdrawn, 1, "Porto", false),
            (3, Stage::Accepted, 1, "Braga", true),
        ];
        assert_eq!(
            start_again_candidates(&earlier, &call),
            vec![1],
            "a colleague's is not theirs to restart"
        );
        let applying = [
            (1, Stage::NotAccepted, 1, "Lisboa", true),
            (4, Stage::Draft, 2, "lisboa", true),
        ];
        assert_eq!(start_again_candidates(&applying, &call), Vec::<i64>::new());
    }

    #[test]
    fn endorse_and_send_is_all_or_nothing_within_the_quota_and_the_deadline() {
        let d = call_2023().deadlines();
        let now: DateTime<Utc> = "2023-06-20T12:00:00Z".parse().unwrap();
        let whole = Part2 {
            officer: true,
            signed: true,
        };
        let unsigned = Part2 {
            officer: true,
            signed: false,
        };
        let ok = [(Stage::Submitted, whole), (Stage::Endorsed, whole)];
        assert_eq!(endorse_and_send(&ok, 1, 3, now, &d), Ok(()));
        assert_eq!(
            endorse_and_send(&ok, 2, 3, now, &d),
            Err(Refusal::QuotaReached { quota: 3 }),
            "two more do not fit beside two others"
        );
        assert_eq!(
            endorse_and_send(
                &[(Stage::Submitted, whole), (Stage::Submitted, unsigned)],
                0,
                3,
                now,
                &d
            ),
            Err(Refusal::Part2Incomplete {
                officer: true,
                signed: false
            })
        );
        assert!(matches!(
            endorse_and_send(&[(Stage::Declined, whole)], 0, 3, now, &d),
            Err(Refusal::NotFromStage { .. })
        ));
        assert_eq!(
            endorse_and_send(&[], 0, 3, now, &d),
            Err(Refusal::NothingChosen)
        );
        let late: DateTime<Utc> = "2023-07-01T12:01:00Z".parse().unwrap();
        assert!(matches!(
            endorse_and_send(&ok, 0, 3, late, &d),
            Err(Refusal::NatcomDeadlinePassed { .. })
        ));
    }
    use crate::domain::call::tests::call_2023;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    const LAST_MINUTE_OF_31_MAY_AOE: &str = "2023-06-01T11:59:00Z";
    const A_MINUTE_AFTER_31_MAY_AOE: &str = "2023-06-01T12:00:00Z";
    const LAST_MINUTE_OF_30_JUNE_AOE: &str = "2023-07-01T11:59:00Z";
    const A_MINUTE_AFTER_30_JUNE_AOE: &str = "2023-07-01T12:00:00Z";

    const READY: Readiness = Readiness {
        lacking: 0,
        email_confirmed: true,
    };

    #[test]
    fn cities_start_applications_until_the_city_deadline() {
        let calls = [call_2023()];
        assert!(
            call_to_apply_to(&calls, utc("2023-03-01T00:00:00Z")).is_ok(),
            "before it opens"
        );
        assert!(call_to_apply_to(&calls, utc(LAST_MINUTE_OF_31_MAY_AOE)).is_ok());
        assert_eq!(
            call_to_apply_to(&calls, utc(A_MINUTE_AFTER_31_MAY_AOE)).unwrap_err(),
            Refusal::CityDeadlinePassed {
                closed: call_2023().deadlines().city
            }
        );
        assert_eq!(
            call_to_apply_to(&[], utc(LAST_MINUTE_OF_31_MAY_AOE)).unwrap_err(),
            Refusal::NoOpenCall
        );
    }

    #[test]
    fn only_a_draft_may_be_changed() {
        assert!(may_edit(Stage::Draft).is_ok());
        for &stage in Stage::ALL.iter().filter(|s| **s != Stage::Draft) {
            assert_eq!(may_edit(stage), Err(Refusal::NotEditable { stage }));
        }
    }

    #[test]
    fn submission_needs_the_open_call_every_answer_and_a_confirmed_address() {
        let d = call_2023().deadlines();
        let at = |t, ready| submission(Stage::Draft, utc(t), &d, ready);
        assert_eq!(at(LAST_MINUTE_OF_31_MAY_AOE, READY), Ok(Stage::Submitted));
        assert_eq!(
            at(A_MINUTE_AFTER_31_MAY_AOE, READY),
            Err(Refusal::CityDeadlinePassed { closed: d.city })
        );
        let incomplete = Readiness {
            lacking: 3,
            ..READY
        };
        assert_eq!(
            at(LAST_MINUTE_OF_31_MAY_AOE, incomplete),
            Err(Refusal::Incomplete { lacking: 3 })
        );
        let unconfirmed = Readiness {
            email_confirmed: false,
            ..READY
        };
        assert_eq!(
            at(LAST_MINUTE_OF_31_MAY_AOE, unconfirmed),
            Err(Refusal::EmailNotConfirmed)
        );
        // The deadline is said first: nothing the city does would help then.
        assert_eq!(
            at(A_MINUTE_AFTER_31_MAY_AOE, incomplete),
            Err(Refusal::CityDeadlinePassed { closed: d.city })
        );
    }

    #[test]
    fn a_draft_says_submission_closed_from_a_minute_after_the_city_deadline() {
        let d = call_2023().deadlines();
        assert_eq!(submission_closed(utc(LAST_MINUTE_OF_31_MAY_AOE), &d), None);
        assert_eq!(
            submission_closed(utc(A_MINUTE_AFTER_31_MAY_AOE), &d),
            Some(Refusal::CityDeadlinePassed { closed: d.city })
        );
    }

    #[test]
    fn an_endorsement_needs_a_free_place_and_the_natcom_deadline() {
        let d = call_2023().deadlines();
        let at = |stage, t, used| endorsement(stage, utc(t), &d, used, 3);
        assert_eq!(
            at(Stage::Submitted, LAST_MINUTE_OF_30_JUNE_AOE, 2),
            Ok(Endorsement::Endorse {
                to: Stage::Endorsed
            })
        );
        assert_eq!(
            at(Stage::Submitted, LAST_MINUTE_OF_30_JUNE_AOE, 3),
            Err(Refusal::QuotaReached { quota: 3 })
        );
        assert_eq!(
            at(Stage::Submitted, A_MINUTE_AFTER_30_JUNE_AOE, 0),
            Err(Refusal::NatcomDeadlinePassed { closed: d.natcom })
        );
        // Once endorsed, Part 2 may be completed until the deadline, quota or not.
        assert_eq!(
            at(Stage::Endorsed, LAST_MINUTE_OF_30_JUNE_AOE, 3),
            Ok(Endorsement::CompletePart2)
        );
        assert_eq!(
            at(Stage::Endorsed, A_MINUTE_AFTER_30_JUNE_AOE, 3),
            Err(Refusal::NatcomDeadlinePassed { closed: d.natcom })
        );
        assert!(matches!(
            at(Stage::Forwarded, LAST_MINUTE_OF_30_JUNE_AOE, 0),
            Err(Refusal::NotFromStage { .. })
        ));
    }

    #[test]
    fn part_2_changes_only_while_endorsed_and_before_the_natcom_deadline() {
        let d = call_2023().deadlines();
        assert!(may_change_part2(Stage::Endorsed, utc(LAST_MINUTE_OF_30_JUNE_AOE), &d).is_ok());
        assert!(may_change_part2(Stage::Endorsed, utc(A_MINUTE_AFTER_30_JUNE_AOE), &d).is_err());
        assert!(may_change_part2(Stage::Forwarded, utc(LAST_MINUTE_OF_30_JUNE_AOE), &d).is_err());
    }

    #[test]
    fn an_application_goes_to_uil_with_its_officer_and_signed_endorsement_by_30_june() {
        let d = call_2023().deadlines();
        let complete = Part2 {
            officer: true,
            signed: true,
        };
        let at = |t, part2| forwarding(Stage::Endorsed, utc(t), &d, part2);
        assert_eq!(
            at(LAST_MINUTE_OF_30_JUNE_AOE, complete),
            Ok(Stage::Forwarded)
        );
        assert_eq!(
            at(A_MINUTE_AFTER_30_JUNE_AOE, complete),
            Err(Refusal::NatcomDeadlinePassed { closed: d.natcom })
        );
        let unsigned = Part2 {
            signed: false,
            ..complete
        };
        assert_eq!(
            at(LAST_MINUTE_OF_30_JUNE_AOE, unsigned),
            Err(Refusal::Part2Incomplete {
                officer: true,
                signed: false
            })
        );
    }

    #[test]
    fn reviewers_assess_only_what_is_under_review() {
        assert!(may_assess(Stage::UnderReview).is_ok());
        assert_eq!(may_assess(Stage::Forwarded), Err(Refusal::ReviewNotStarted));
        assert_eq!(
            may_assess(Stage::Accepted),
            Err(Refusal::AssessmentsClosed {
                stage: Stage::Accepted
            })
        );
    }

    #[test]
    fn time_left_counts_days_then_the_last_day_then_closed() {
        let city = call_2023().deadlines().city;
        assert_eq!(
            time_left(&city, utc("2023-05-15T12:00:00Z")),
            TimeLeft::Days(16)
        );
        assert_eq!(
            time_left(&city, utc(LAST_MINUTE_OF_31_MAY_AOE)),
            TimeLeft::LastDay
        );
        assert_eq!(
            time_left(&city, utc(A_MINUTE_AFTER_31_MAY_AOE)),
            TimeLeft::Closed
        );
    }
}
