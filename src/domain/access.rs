//! Who may see an application (SPEC §1). Asked on every request, on the server.

use super::stage::{Role, Stage};

/// The person asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer<'a> {
    pub user_id: i64,
    pub role: Role,
    /// The Member State of a National Commission account.
    pub country: Option<&'a str>,
}

/// What decides who may see an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visibility<'a> {
    pub owner_id: i64,
    /// The accounts that work on it with its owner.
    pub colleagues: &'a [i64],
    pub country: &'a str,
    pub stage: Stage,
    /// Whether it ever reached its National Commission.
    pub submitted: bool,
    /// Whether it ever reached UIL.
    pub forwarded: bool,
}

/// Nobody sees a draft but its own city; a National Commission sees what its cities
/// submitted; UIL reviewers see what reached UIL; UIL admins see everything submitted.
pub fn may_view(viewer: &Viewer<'_>, app: &Visibility<'_>) -> bool {
    if viewer.role == Role::Applicant {
        return works_on(viewer.user_id, app);
    }
    if app.stage == Stage::Draft || !app.submitted {
        return false;
    }
    match viewer.role {
        Role::Applicant => unreachable!("handled above"),
        Role::Natcom => viewer.country == Some(app.country),
        Role::UilReviewer => app.forwarded,
        Role::UilAdmin => true,
        // A juror sees only what was published to them, out of conflict: `domain::jury`.
        Role::Jury => false,
    }
}

/// Whether the city account `user_id` works on the application: its owner or one of the
/// colleagues the owner invited. Each of them edits, submits and withdraws it.
pub fn works_on(user_id: i64, app: &Visibility<'_>) -> bool {
    user_id == app.owner_id || app.colleagues.contains(&user_id)
}

/// Whether `user_id` may invite and remove colleagues: the owner alone, who started it.
pub fn manages_colleagues(user_id: i64, app: &Visibility<'_>) -> bool {
    user_id == app.owner_id
}

/// Whether the account `email` of `role` may accept an invitation sent to `invited`: a
/// city account of that very address (the mailed link proves the mailbox).
pub fn may_join(role: Role, email: &str, invited: &str) -> bool {
    role == Role::Applicant && email.eq_ignore_ascii_case(invited)
}

/// The areas of the site, each for some roles (SPEC §5: another role's page is 403).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    City,
    NationalCommission,
    Uil,
    UilAdmin,
    Jury,
}

pub fn may_enter(role: Role, area: Area) -> bool {
    match area {
        Area::City => role == Role::Applicant,
        Area::NationalCommission => role == Role::Natcom,
        Area::Uil => matches!(role, Role::UilReviewer | Role::UilAdmin),
        Area::UilAdmin => role == Role::UilAdmin,
        Area::Jury => role == Role::Jury,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(user_id: i64, role: Role, country: Option<&str>) -> Viewer<'_> {
        Viewer {
            user_id,
            role,
            country,
        }
    }

    fn app(stage: Stage, submitted: bool, forwarded: bool) -> Visibility<'static> {
        Visibility {
            owner_id: 1,
            colleagues: &[7],
            country: "FR",
            stage,
            submitted,
            forwarded,
        }
    }

    #[test]
    fn a_draft_is_seen_by_its_own_city_only() {
        let draft = app(Stage::Draft, false, false);
        assert!(may_view(&viewer(1, Role::Applicant, None), &draft));
        assert!(!may_view(&viewer(2, Role::Applicant, None), &draft));
        assert!(
            may_view(&viewer(7, Role::Applicant, None), &draft),
            "a colleague the owner invited works on it too"
        );
        assert!(manages_colleagues(1, &draft) && !manages_colleagues(7, &draft));
        assert!(!may_view(&viewer(3, Role::Natcom, Some("FR")), &draft));
        assert!(!may_view(&viewer(4, Role::UilAdmin, None), &draft));
        // Returned to the city: a draft again, hidden again.
        let returned = app(Stage::Draft, true, false);
        assert!(!may_view(&viewer(3, Role::Natcom, Some("FR")), &returned));
    }

    #[test]
    fn a_national_commission_sees_its_own_countrys_submissions_only() {
        let submitted = app(Stage::Submitted, true, false);
        assert!(may_view(&viewer(3, Role::Natcom, Some("FR")), &submitted));
        assert!(!may_view(&viewer(5, Role::Natcom, Some("DE")), &submitted));
        // A draft withdrawn before it was ever submitted stays private.
        let withdrawn_draft = app(Stage::Withdrawn, false, false);
        assert!(!may_view(
            &viewer(3, Role::Natcom, Some("FR")),
            &withdrawn_draft
        ));
    }

    #[test]
    fn uil_reviewers_see_what_reached_uil_and_admins_see_all_submitted() {
        let at_natcom = app(Stage::Endorsed, true, false);
        let at_uil = app(Stage::UnderReview, true, true);
        let reviewer = viewer(6, Role::UilReviewer, None);
        let admin = viewer(7, Role::UilAdmin, None);
        assert!(!may_view(&reviewer, &at_natcom));
        assert!(may_view(&reviewer, &at_uil));
        assert!(may_view(&admin, &at_natcom));
        assert!(may_view(&admin, &at_uil));
    }

    #[test]
    fn each_area_is_for_its_roles() {
        assert!(may_enter(Role::Applicant, Area::City));
        assert!(!may_enter(Role::Natcom, Area::City));
        assert!(may_enter(Role::Natcom, Area::NationalCommission));
        assert!(!may_enter(Role::UilAdmin, Area::NationalCommission));
        assert!(may_enter(Role::UilReviewer, Area::Uil));
        assert!(!may_enter(Role::UilReviewer, Area::UilAdmin));
        assert!(may_enter(Role::UilAdmin, Area::UilAdmin));
        assert!(!may_enter(Role::Applicant, Area::Uil));
    }
}
