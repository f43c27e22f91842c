//! The stages of an application (SPEC §3) and the one function that says whether an
//! action may move it: `decide(stage, action, role, now, deadlines)`.
//!
//! ```text
//! draft --submit--> submitted --endorse--> endorsed --forward--> forwarded --> under_review --> accepted
//!   ^                 |  |                    |                                            \-> not_accepted
//!   +----return-------+  +--decline--> declined   (take back: endorsed|declined -> submitted, until forwarded)
//! any stage before a decision --withdraw--> withdrawn
//! ```

use std::str::FromStr;

use chrono::{DateTime, Utc};

use super::call::Deadlines;
use super::refusal::Refusal;

macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in the database, URLs and forms.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl FromStr for $name {
            type Err = UnknownName;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownName { kind: stringify!($name), name: s.to_owned() }),
                }
            }
        }
    };
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown {kind} {name:?}")]
pub struct UnknownName {
    kind: &'static str,
    name: String,
}

named_enum!(
    /// Where an application is in its journey from the city to UIL's decision.
    Stage {
        Draft => "draft",
        Submitted => "submitted",
        Endorsed => "endorsed",
        Declined => "declined",
        Forwarded => "forwarded",
        UnderReview => "under_review",
        Accepted => "accepted",
        NotAccepted => "not_accepted",
        Withdrawn => "withdrawn",
    }
);

named_enum!(
    /// Something a person does to an application.
    Action {
        Submit => "submit",
        Return => "return",
        Endorse => "endorse",
        Decline => "decline",
        TakeBack => "take_back",
        Forward => "forward",
        StartReview => "start_review",
        Accept => "accept",
        NotAccept => "not_accept",
        Withdraw => "withdraw",
    }
);

named_enum!(
    /// What a user account is for (SPEC §1).
    Role {
        Applicant => "applicant",
        Natcom => "natcom",
        UilReviewer => "uil_reviewer",
        UilAdmin => "uil_admin",
        Jury => "jury",
    }
);

impl Role {
    /// The roles whose accounts belong to one Member State: a National Commission's
    /// staff, and a juror (whose country decides the first of their conflicts).
    pub fn has_country(self) -> bool {
        matches!(self, Role::Natcom | Role::Jury)
    }
}

impl Stage {
    /// Stages that use one of the Member State's endorsements (SPEC §3, quota).
    pub fn counts_toward_quota(self) -> bool {
        matches!(
            self,
            Stage::Endorsed
                | Stage::Forwarded
                | Stage::UnderReview
                | Stage::Accepted
                | Stage::NotAccepted
        )
    }

    /// Stages in which the city may change its answers and documents.
    pub fn is_editable(self) -> bool {
        self == Stage::Draft
    }

    /// A submitted application waits for the National Commission's decision.
    pub fn awaits_natcom_decision(self) -> bool {
        self == Stage::Submitted
    }

    /// An endorsed application waits to be sent to UIL.
    pub fn awaits_forwarding(self) -> bool {
        self == Stage::Endorsed
    }

    /// An application sent to UIL waits for its review to start (publishing its jurors'
    /// assignments starts it).
    pub fn awaits_review(self) -> bool {
        self == Stage::Forwarded
    }

    /// Stages in which the National Commission still decides (endorse, decline, take back).
    pub fn is_with_natcom(self) -> bool {
        matches!(self, Stage::Submitted | Stage::Endorsed | Stage::Declined)
    }

    /// The stages an application can have once it reached UIL, in the order of the journey.
    pub const AT_UIL: [Stage; 5] = [
        Stage::Forwarded,
        Stage::UnderReview,
        Stage::Accepted,
        Stage::NotAccepted,
        Stage::Withdrawn,
    ];

    /// The stages a National Commission sees: everything after a submission.
    pub const AT_NATCOM: [Stage; 8] = [
        Stage::Submitted,
        Stage::Endorsed,
        Stage::Declined,
        Stage::Forwarded,
        Stage::UnderReview,
        Stage::Accepted,
        Stage::NotAccepted,
        Stage::Withdrawn,
    ];
}

impl Action {
    /// The stages this action applies to, and where it leads.
    fn transition(self, from: Stage) -> Option<Stage> {
        use Stage::*;
        let to = match (self, from) {
            (Action::Submit, Draft) => Submitted,
            (Action::Return, Submitted) => Draft,
            (Action::Endorse, Submitted) => Endorsed,
            (Action::Decline, Submitted) => Declined,
            (Action::TakeBack, Endorsed | Declined) => Submitted,
            (Action::Forward, Endorsed) => Forwarded,
            (Action::StartReview, Forwarded) => UnderReview,
            (Action::Accept, UnderReview) => Accepted,
            (Action::NotAccept, UnderReview) => NotAccepted,
            (
                Action::Withdraw,
                Draft | Submitted | Endorsed | Declined | Forwarded | UnderReview,
            ) => Withdrawn,
            _ => return None,
        };
        Some(to)
    }

    fn allowed_for(self, role: Role) -> bool {
        match self {
            Action::Submit | Action::Withdraw => role == Role::Applicant,
            Action::Return
            | Action::Endorse
            | Action::Decline
            | Action::TakeBack
            | Action::Forward => role == Role::Natcom,
            Action::StartReview => matches!(role, Role::UilReviewer | Role::UilAdmin),
            Action::Accept | Action::NotAccept => role == Role::UilAdmin,
        }
    }

    /// When the action is allowed.
    fn window(self) -> Window {
        match self {
            Action::Submit => Window::CitySubmission,
            Action::Return => Window::CityStage,
            Action::Endorse | Action::Decline | Action::TakeBack | Action::Forward => {
                Window::NatcomStage
            }
            Action::StartReview | Action::Accept | Action::NotAccept | Action::Withdraw => {
                Window::Always
            }
        }
    }
}

enum Window {
    Always,
    /// From the opening day to the city deadline.
    CitySubmission,
    /// Until the city deadline: while the city could still resubmit.
    CityStage,
    /// Until the National Commission deadline.
    NatcomStage,
}

/// Whether `role` may do `action` to an application in `stage` at `now`, and if so the
/// stage it moves to. The quota is asked separately (`check_quota`) because it depends on
/// the other applications of the Member State.
pub fn decide(
    stage: Stage,
    action: Action,
    role: Role,
    now: DateTime<Utc>,
    deadlines: &Deadlines,
) -> Result<Stage, Refusal> {
    if !action.allowed_for(role) {
        return Err(Refusal::NotYourAction { action });
    }
    let to = action
        .transition(stage)
        .ok_or(Refusal::NotFromStage { stage, action })?;
    let city_closed = !deadlines.city.is_still_open_at(now);
    let natcom_closed = !deadlines.natcom.is_still_open_at(now);
    match action.window() {
        Window::Always => {}
        Window::CitySubmission if now < deadlines.opens.starts_at() => {
            return Err(Refusal::NotYetOpen {
                opens: deadlines.opens,
            });
        }
        Window::CitySubmission | Window::CityStage if city_closed => {
            return Err(Refusal::CityDeadlinePassed {
                closed: deadlines.city,
            });
        }
        Window::NatcomStage if natcom_closed => {
            return Err(Refusal::NatcomDeadlinePassed {
                closed: deadlines.natcom,
            });
        }
        Window::CitySubmission | Window::CityStage | Window::NatcomStage => {}
    }
    Ok(to)
}

/// Whether one more endorsement fits, given how many applications of the same Member State
/// already count toward the quota in this call.
pub fn check_quota(used: i64, quota: i32) -> Result<(), Refusal> {
    if used < i64::from(quota) {
        Ok(())
    } else {
        Err(Refusal::QuotaReached { quota })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::call::tests::call_2023;
    use crate::domain::deadline::{DeadlineZone, ZonedDay};
    use chrono::NaiveDate;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn d() -> Deadlines {
        call_2023().deadlines()
    }

    const MID_MAY: &str = "2023-05-15T12:00:00Z";
    const MID_JUNE: &str = "2023-06-15T12:00:00Z";

    #[test]
    fn a_city_submits_until_the_last_second_of_31_may_aoe() {
        let at = |t| decide(Stage::Draft, Action::Submit, Role::Applicant, utc(t), &d());
        assert_eq!(at("2023-06-01T11:59:59Z"), Ok(Stage::Submitted));
        let late = at("2023-06-01T12:00:00Z").unwrap_err();
        assert_eq!(late, Refusal::CityDeadlinePassed { closed: d().city });
    }

    #[test]
    fn a_city_cannot_submit_before_the_call_opens_on_1_april() {
        let at = |t| decide(Stage::Draft, Action::Submit, Role::Applicant, utc(t), &d());
        let early = at("2023-04-01T11:59:59Z").unwrap_err();
        assert_eq!(early, Refusal::NotYetOpen { opens: d().opens });
        assert_eq!(at("2023-04-01T12:00:00Z"), Ok(Stage::Submitted));
    }

    #[test]
    fn national_commissions_act_until_30_june_aoe() {
        for (action, from, to) in [
            (Action::Endorse, Stage::Submitted, Stage::Endorsed),
            (Action::Decline, Stage::Submitted, Stage::Declined),
            (Action::TakeBack, Stage::Endorsed, Stage::Submitted),
            (Action::TakeBack, Stage::Declined, Stage::Submitted),
            (Action::Forward, Stage::Endorsed, Stage::Forwarded),
        ] {
            let at = |t| decide(from, action, Role::Natcom, utc(t), &d());
            assert_eq!(at("2023-07-01T11:59:59Z"), Ok(to), "{action:?} on 30 June");
            assert!(
                matches!(
                    at("2023-07-01T12:00:00Z"),
                    Err(Refusal::NatcomDeadlinePassed { .. })
                ),
                "{action:?} on 1 July"
            );
        }
    }

    #[test]
    fn a_return_to_the_city_is_only_possible_while_cities_can_resubmit() {
        let at = |t| decide(Stage::Submitted, Action::Return, Role::Natcom, utc(t), &d());
        assert_eq!(at("2023-06-01T11:59:59Z"), Ok(Stage::Draft));
        assert!(matches!(
            at("2023-06-01T12:00:00Z"),
            Err(Refusal::CityDeadlinePassed { .. })
        ));
    }

    #[test]
    fn an_extension_moves_the_deadline_it_extends() {
        let mut extended = d();
        extended.city = ZonedDay::new(
            NaiveDate::from_ymd_opt(2023, 6, 7).unwrap(),
            DeadlineZone::AnywhereOnEarth,
        );
        let on_june_5 = utc("2023-06-05T12:00:00Z");
        assert_eq!(
            decide(
                Stage::Draft,
                Action::Submit,
                Role::Applicant,
                on_june_5,
                &extended
            ),
            Ok(Stage::Submitted)
        );
        assert!(
            decide(
                Stage::Draft,
                Action::Submit,
                Role::Applicant,
                on_june_5,
                &d()
            )
            .is_err()
        );
    }

    #[test]
    fn each_action_belongs_to_its_role() {
        let now = utc(MID_MAY);
        let refused = |stage, action, role| {
            decide(stage, action, role, now, &d()) == Err(Refusal::NotYourAction { action })
        };
        assert!(refused(Stage::Draft, Action::Submit, Role::Natcom));
        assert!(refused(Stage::Submitted, Action::Endorse, Role::Applicant));
        assert!(refused(Stage::Submitted, Action::Endorse, Role::UilAdmin));
        assert!(refused(
            Stage::UnderReview,
            Action::Accept,
            Role::UilReviewer
        ));
        assert!(refused(Stage::Submitted, Action::Withdraw, Role::Natcom));
        assert_eq!(
            decide(
                Stage::Forwarded,
                Action::StartReview,
                Role::UilReviewer,
                now,
                &d()
            ),
            Ok(Stage::UnderReview)
        );
        assert_eq!(
            decide(
                Stage::UnderReview,
                Action::Accept,
                Role::UilAdmin,
                now,
                &d()
            ),
            Ok(Stage::Accepted)
        );
    }

    #[test]
    fn uil_decides_and_cities_withdraw_at_any_time() {
        let years_later = utc("2026-11-27T12:00:00Z");
        assert_eq!(
            decide(
                Stage::UnderReview,
                Action::NotAccept,
                Role::UilAdmin,
                years_later,
                &d()
            ),
            Ok(Stage::NotAccepted)
        );
        assert_eq!(
            decide(
                Stage::Forwarded,
                Action::Withdraw,
                Role::Applicant,
                years_later,
                &d()
            ),
            Ok(Stage::Withdrawn)
        );
    }

    #[test]
    fn nothing_moves_a_decided_or_withdrawn_application_except_its_own_path() {
        let now = utc(MID_JUNE);
        for stage in [Stage::Accepted, Stage::NotAccepted, Stage::Withdrawn] {
            for &action in Action::ALL {
                for &role in Role::ALL {
                    assert!(
                        decide(stage, action, role, now, &d()).is_err(),
                        "{action:?} by {role:?} moved a {stage:?} application"
                    );
                }
            }
        }
    }

    #[test]
    fn a_forwarded_application_can_no_longer_be_taken_back() {
        let r = decide(
            Stage::Forwarded,
            Action::TakeBack,
            Role::Natcom,
            utc(MID_JUNE),
            &d(),
        );
        assert_eq!(
            r,
            Err(Refusal::NotFromStage {
                stage: Stage::Forwarded,
                action: Action::TakeBack
            })
        );
    }

    #[test]
    fn the_quota_allows_three_endorsements_and_refuses_a_fourth() {
        assert!(check_quota(0, 3).is_ok());
        assert!(check_quota(2, 3).is_ok());
        assert_eq!(check_quota(3, 3), Err(Refusal::QuotaReached { quota: 3 }));
    }

    #[test]
    fn stage_names_round_trip_and_only_endorsed_or_later_use_the_quota() {
        for &stage in Stage::ALL {
            assert_eq!(stage.as_str().parse::<Stage>(), Ok(stage));
        }
        let counted: Vec<_> = Stage::ALL
            .iter()
            .filter(|s| s.counts_toward_quota())
            .map(|s| s.as_str())
            .collect();
        assert_eq!(
            counted,
            [
                "endorsed",
                "forwarded",
                "under_review",
                "accepted",
                "not_accepted"
            ]
        );
        assert!("archived".parse::<Stage>().is_err());
    }
}
