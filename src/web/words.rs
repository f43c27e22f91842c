//! What the domain's values say to people: stages, roles, refusals, the problems of a
//! form's fields. The domain and the use cases return values; only this module puts them
//! into words, from `locales/*/refusals.ftl` (and the form's own keys in `form.ftl`).

use crate::app::Issue;
use crate::domain::account::AccountProblem;
use crate::domain::application::TimeLeft;
use crate::domain::directory::{LineProblem, ListProblem};
use crate::domain::document::{DocumentKind, UploadProblem};
use crate::domain::form::{Problem, Progress, field_named};
use crate::domain::plausibility::Flag;
use crate::domain::two_factor::CodeProblem;
use crate::domain::{Action, Refusal, Role, Stage};
use crate::i18n::{Arg, Tr};

pub fn stage(tr: Tr, stage: Stage) -> String {
    tr.t(&format!("stage-{}", stage.as_str()))
}

/// The stage inside a sentence: "It is { $stage }." (lower case where the language
/// writes it so).
fn stage_in_sentence(tr: Tr, s: Stage) -> String {
    tr.t(&format!("stage-{}.in-sentence", s.as_str()))
}

/// A UNESCO region's name (`REGIONS`, as the database holds it) in this language; one the
/// catalogue does not know stays as it is.
pub fn region(tr: Tr, region: &str) -> String {
    let key = match region {
        "Africa" => "region-africa",
        "Arab States" => "region-arab-states",
        "Asia and the Pacific" => "region-asia-pacific",
        "Europe and North America" => "region-europe-north-america",
        "Latin America and the Caribbean" => "region-latin-america-caribbean",
        other => return other.to_owned(),
    };
    tr.t(key)
}

pub fn role(tr: Tr, role: Role) -> String {
    tr.t(&format!("role-{}", role.as_str()))
}

/// What an action does, for messages: "submit", "return to the city", …
fn action(tr: Tr, action: Action) -> String {
    let key = match action {
        Action::Submit => "action-submit",
        Action::Return => "action-return",
        Action::Endorse => "action-endorse",
        Action::Decline => "action-decline",
        Action::TakeBack => "action-take-back",
        Action::Forward => "action-forward",
        Action::StartReview => "action-start-review",
        Action::Accept => "action-accept",
        Action::NotAccept => "action-not-accept",
        Action::Withdraw => "action-withdraw",
    };
    tr.t(key)
}

pub fn progress(tr: Tr, p: Progress) -> String {
    tr.t(match p {
        Progress::NotStarted => "progress-not-started",
        Progress::InProgress => "progress-in-progress",
        Progress::Completed => "progress-completed",
        Progress::Optional => "progress-optional",
    })
}

pub fn document(tr: Tr, kind: DocumentKind) -> String {
    tr.t(match kind {
        DocumentKind::Pledge => "document-pledge",
        DocumentKind::Supporting => "document-supporting",
        DocumentKind::Endorsement => "document-endorsement",
    })
}

/// "16 days left", "1 day left", "last day", "closed".
pub fn time_left(tr: Tr, left: TimeLeft) -> String {
    match left {
        TimeLeft::Days(n) => tr.t1("time-left-days", "days", n),
        TimeLeft::LastDay => tr.t("time-left-last-day"),
        TimeLeft::Closed => tr.t("time-left-closed"),
    }
}

/// Why something may not be done, in words the person who tried it can act on.
pub fn refusal(tr: Tr, r: &Refusal) -> String {
    match r {
        Refusal::NotYourAction { action: a } => {
            tr.t1("refusal-not-your-action", "action", action(tr, *a))
        }
        Refusal::NotFromStage {
            stage: s,
            action: a,
        } => tr.t2(
            "refusal-not-from-stage",
            "stage",
            stage(tr, *s),
            "action",
            action(tr, *a),
        ),
        Refusal::NotYetOpen { opens } => tr.t1("refusal-not-yet-open", "opens", tr.opening(opens)),
        Refusal::CityDeadlinePassed { closed } => tr.t1(
            "refusal-city-deadline-passed",
            "closed",
            tr.deadline(closed),
        ),
        Refusal::NatcomDeadlinePassed { closed } => tr.t1(
            "refusal-natcom-deadline-passed",
            "closed",
            tr.deadline(closed),
        ),
        Refusal::QuotaReached { quota } => tr.t1("refusal-quota-reached", "quota", quota),
        Refusal::NotEditable { stage: s } => {
            tr.t1("refusal-not-editable", "stage", stage_in_sentence(tr, *s))
        }
        Refusal::EmailNotConfirmed => tr.t("refusal-email-not-confirmed"),
        Refusal::Incomplete { lacking } => tr.t1("refusal-incomplete", "count", lacking),
        Refusal::TooManyDocuments { max } => tr.t1("refusal-too-many-documents", "max", max),
        Refusal::Part2Incomplete { officer, signed } => tr.t(match (officer, signed) {
            (false, false) => "refusal-part2-both-missing",
            (false, true) => "refusal-part2-officer-missing",
            _ => "refusal-part2-signed-missing",
        }),
        Refusal::NoOpenCall => tr.t("refusal-no-open-call"),
        Refusal::CityAlreadyApplying => tr.t("refusal-city-already-applying"),
        Refusal::NothingChosen => tr.t("refusal-nothing-chosen"),
        Refusal::NotToStartAgainFrom { stage: s } => tr.t1(
            "refusal-not-to-start-again-from",
            "stage",
            stage_in_sentence(tr, *s),
        ),
        Refusal::ReviewNotStarted => tr.t("refusal-review-not-started"),
        Refusal::AssessmentsClosed { stage: s } => tr.t1(
            "refusal-assessments-closed",
            "stage",
            stage_in_sentence(tr, *s),
        ),
        Refusal::JurorsPerApplication => tr.t("refusal-jurors-per-application"),
        Refusal::TooFewJurors { short, k } => tr.t2(
            "refusal-too-few-jurors",
            "count",
            *short as i64,
            "k",
            *k as i64,
        ),
        Refusal::RubricFrozen => tr.t("refusal-rubric-frozen"),
        Refusal::NoRubric => tr.t("refusal-no-rubric"),
        Refusal::ScoresMissing { missing } => {
            tr.t1("refusal-scores-missing", "count", *missing as i64)
        }
        Refusal::RubricFull { max } => tr.t1("refusal-rubric-full", "max", *max as i64),
        Refusal::ErasureNotYours => tr.t("refusal-erasure-not-yours"),
        Refusal::LastAdministrator => tr.t("refusal-last-administrator"),
        Refusal::JurorInConflict => tr.t("refusal-juror-in-conflict"),
        Refusal::TooManyChosen { max } => tr.t1("refusal-too-many-chosen", "max", *max as i64),
    }
}

/// The message when a needed field is left empty: the form's own (`field-<name>-missing`
/// in form.ftl), else one of these.
fn missing(tr: Tr, name: &str) -> String {
    let own = format!("field-{name}-missing");
    if tr.has(&own) {
        return tr.t(&own);
    }
    tr.t(match name {
        "email" => "missing-email",
        "name" => "missing-name",
        "officer_name" => "missing-officer_name",
        "officer_title" => "missing-officer_title",
        "reason" => "missing-reason",
        "message" => "missing-message",
        "decision" => "missing-decision",
        "title" => "missing-title",
        // The call's title and text in another language: `title_fr`, `body_fr`, …
        n if n.starts_with("title_") => "missing-title",
        n if n.starts_with("body_") => "missing-call-text",
        "role" => "missing-role",
        "kind" => "missing-kind",
        "country" => "missing-country",
        _ => "missing-value",
    })
}

/// How a field is named in a message about it: the form's label (`field-<name>`), else
/// one of these.
fn label(tr: Tr, name: &str) -> String {
    let own = format!("field-{name}");
    if field_named(name).is_some() && tr.has(&own) {
        return tr.t(&own);
    }
    tr.t(match name {
        "officer_name" => "label-officer_name",
        "officer_title" => "label-officer_title",
        "note" => "label-note",
        "reason" => "label-reason",
        "message" => "label-message",
        "comment" => "label-comment",
        "body" => "label-body",
        "title" => "label-title",
        _ => "label-field",
    })
}

fn field_problem(tr: Tr, name: &str, p: Problem) -> String {
    let with_label = |key: &str, args: &[(&str, Arg)]| {
        let mut all = vec![("label", Arg::Text(label(tr, name).into()))];
        all.extend(args.iter().cloned());
        tr.args(key, &all)
    };
    match p {
        Problem::Missing => missing(tr, name),
        Problem::TooLong { max } => {
            with_label("problem-too-long", &[("max", Arg::Number(max as i64))])
        }
        Problem::ControlCharacters => with_label("problem-control-characters", &[]),
        Problem::TooManyWords { max, words } => with_label(
            "problem-too-many-words",
            &[
                ("max", Arg::Number(max as i64)),
                ("words", Arg::Number(words as i64)),
            ],
        ),
        Problem::NotAnEmail => tr.t("problem-not-an-email"),
        Problem::NotAPhoneNumber => tr.t("problem-not-a-phone-number"),
        Problem::NotAWebAddress => tr.t("problem-not-a-web-address"),
        Problem::NotALanguage => tr.t("problem-not-a-language"),
        Problem::NotACountry => tr.t("problem-not-a-country"),
        Problem::NotAWholeNumber if name == "application" => {
            tr.t("problem-not-an-application-number")
        }
        Problem::NotAWholeNumber => tr.t("problem-not-a-whole-number"),
        Problem::PopulationOutOfRange => tr.t2(
            "problem-population-out-of-range",
            "min",
            1i64,
            "max",
            100_000_000i64,
        ),
        Problem::NotAnArea => tr.t("problem-not-an-area"),
        Problem::NotAnAmount => tr.t("problem-not-an-amount"),
        Problem::NotSchoolingYears => tr.t("problem-not-schooling-years"),
        Problem::NotAYear => tr.t("problem-not-a-year"),
        Problem::RankOutOfRange => tr.t("problem-rank-out-of-range"),
        Problem::NotAPriority if name.starts_with("score_") => tr.t("problem-not-a-score"),
        Problem::NotAPriority => tr.t("problem-not-a-priority"),
        Problem::NotAWeight => tr.t("problem-not-a-weight"),
        Problem::NotAThreshold => tr.t("problem-not-a-threshold"),
        Problem::NotAJurorCount => tr.t("problem-not-a-juror-count"),
    }
}

pub fn account(tr: Tr, p: AccountProblem) -> String {
    tr.t(match p {
        AccountProblem::EmailMissing => "problem-account-email-missing",
        AccountProblem::EmailTooLong => "problem-account-email-too-long",
        AccountProblem::EmailInvalid => "problem-not-an-email",
        AccountProblem::NameMissing => "missing-name",
        AccountProblem::NameTooLong => "problem-account-name-too-long",
        AccountProblem::NameControlCharacters => "problem-account-name-control-characters",
        AccountProblem::PasswordMissing => "problem-account-password-missing",
        AccountProblem::PasswordTooShort => "problem-account-password-too-short",
        AccountProblem::PasswordTooLong => "problem-account-password-too-long",
        AccountProblem::PasswordTooEasy => "problem-account-password-too-easy",
    })
}

fn upload(tr: Tr, p: UploadProblem) -> String {
    tr.t(match p {
        UploadProblem::TooLarge => "upload-too-large",
        UploadProblem::NotAPdf => "upload-not-a-pdf",
        UploadProblem::NoPage => "upload-no-page",
        UploadProblem::NeedsPassword => "upload-needs-password",
        UploadProblem::ActiveContent => "upload-active-content",
    })
}

/// How a list's filter is named.
fn filter_label(tr: Tr, name: &str) -> String {
    tr.t(match name {
        "call" => "filter-call",
        "region" => "filter-region",
        "country" => "filter-country",
        "stage" => "filter-stage",
        "reviewed" => "filter-reviewed",
        "sort" => "filter-sort",
        "state" => "filter-state",
        _ => "filter-other",
    })
}

/// The message for a problem with field `name`.
pub fn issue(tr: Tr, name: &str, issue: &Issue) -> String {
    match issue {
        Issue::Form(p) => field_problem(tr, name, *p),
        Issue::Account(p) => account(tr, *p),
        Issue::Upload(bad) => tr.t2(
            "issue-file-problem",
            "file",
            bad.filename.as_str(),
            "problem",
            upload(tr, bad.problem),
        ),
        Issue::FileRefused {
            filename,
            refusal: r,
        } => tr.t2(
            "issue-file-problem",
            "file",
            filename,
            "problem",
            refusal(tr, r),
        ),
        Issue::Refused(r) => refusal(tr, r),
        Issue::NoFile => tr.t("issue-no-file"),
        Issue::NotAChoice => tr.t1("issue-not-a-choice", "filter", filter_label(tr, name)),
        Issue::FormTooLarge { filename } => tr.t1("issue-form-too-large", "file", filename),
        Issue::NotAMemberState if name == "country" && field_named(name).is_some() => {
            tr.t("issue-choose-city-country")
        }
        Issue::NotAMemberState => tr.t("missing-country"),
        Issue::ChooseMemberState => tr.t("issue-choose-natcom-country"),
        Issue::CityTaken { city } => tr.t1("issue-city-taken", "city", city),
        Issue::NoSuchApplication { id } => tr.t1("issue-no-such-application", "id", id.to_string()),
        Issue::NotADraft { id, stage: s } => tr.t2(
            "issue-not-a-draft",
            "id",
            id.to_string(),
            "stage",
            stage_in_sentence(tr, *s),
        ),
        Issue::DeadlineNotLater { current } => {
            tr.t1("issue-deadline-not-later", "current", tr.date(current.date))
        }
        Issue::DatesOutOfOrder if name == "natcom_deadline" => tr.t("issue-natcom-before-city"),
        Issue::DatesOutOfOrder => tr.t("issue-city-before-opening"),
        Issue::NotADate => tr.t("issue-not-a-date"),
        Issue::OutOfRange { min, max } if name == "endorsement_quota" => {
            tr.t2("issue-quota-out-of-range", "min", min, "max", max)
        }
        Issue::OutOfRange { min, max } if name == "page" => {
            tr.t2("issue-page-out-of-range", "min", min, "max", max)
        }
        Issue::OutOfRange { min, max } => tr.t2("issue-out-of-range", "min", min, "max", max),
        Issue::UnknownZone => tr.t("issue-unknown-zone"),
        Issue::Taken if name == "title" => tr.t("issue-title-taken"),
        Issue::Taken => tr.t("issue-email-taken"),
        Issue::WrongCredentials => tr.t("issue-wrong-credentials"),
        Issue::NoSuchAccount => tr.t("privacy-no-such-account"),
        Issue::AlreadyColleague => tr.t("issue-already-colleague"),
        Issue::Code(CodeProblem::Wrong) => tr.t("issue-code-wrong"),
        Issue::Code(CodeProblem::Replayed) => tr.t("issue-code-replayed"),
        Issue::TooManyAttempts { until, minutes } => tr.t2(
            "issue-too-many-attempts",
            "until",
            tr.time(until.naive_utc()),
            "minutes",
            minutes,
        ),
    }
}

/// Why a member list cannot be read.
pub fn member_list(tr: Tr, p: ListProblem) -> String {
    tr.t(match p {
        ListProblem::NotCsv => "members-list-not-csv",
        ListProblem::NoCityColumn => "members-list-no-city-column",
        ListProblem::NoCountryColumn => "members-list-no-country-column",
    })
}

/// Why a line of a member list is left out.
pub fn member_line(tr: Tr, p: &LineProblem) -> String {
    match p {
        LineProblem::Unreadable => tr.t("members-line-unreadable"),
        LineProblem::CityMissingOrTooLong { max } => tr.t1("members-line-city-missing", "max", max),
        LineProblem::CityNotText => tr.t("members-line-city-not-text"),
        LineProblem::NotAMemberState { code } => {
            tr.t1("members-line-not-a-member-state", "code", code)
        }
        LineProblem::YearOutOfRange { year, first, last } => tr.t3(
            "members-line-year-out-of-range",
            "year",
            year,
            "first",
            first.to_string(),
            "last",
            last.to_string(),
        ),
        LineProblem::ListedTwice { city, country } => tr.t2(
            "members-line-listed-twice",
            "city",
            city,
            "country",
            tr.country(country),
        ),
    }
}

/// What looks unusual in an application, as a warning to the city or a flag to its
/// National Commission and UIL; `city` names the city.
pub fn flag(tr: Tr, f: &Flag, city: &str) -> String {
    // The figure as a flag names it ("the population"), by its question's key.
    let question = |key: &str| tr.t(&format!("flag-figure-{key}"));
    match f {
        Flag::AlreadyMember { since: Some(year) } => tr.t2(
            "flag-already-member-since",
            "city",
            city,
            "year",
            year.to_string(), // a year, never grouped like a figure
        ),
        Flag::AlreadyMember { since: None } => tr.t1("flag-already-member", "city", city),
        Flag::OldFigure { question: q, year } => tr.t2(
            "flag-old-figure",
            "figure",
            question(q),
            "year",
            year.to_string(),
        ),
        Flag::FutureFigure { question: q, year } => tr.t2(
            "flag-future-figure",
            "figure",
            question(q),
            "year",
            year.to_string(),
        ),
        Flag::SchoolingOver { field, years } => tr.t1(
            if *field == "schooling_women_years" {
                "flag-schooling-over-women"
            } else {
                "flag-schooling-over-men"
            },
            "years",
            tr.decimal(*years, 1),
        ),
        Flag::CityGdpOverCountry { times } => {
            tr.t1("flag-city-gdp-over-country", "times", tr.decimal(*times, 1))
        }
        Flag::AreaOver { km2 } => tr.t1("flag-area-over", "km2", tr.decimal(*km2, 1)),
    }
}

/// Every flag of an application, in words.
pub fn flags(tr: Tr, flags: &[Flag], city: &str) -> Vec<String> {
    flags.iter().map(|f| flag(tr, f, city)).collect()
}

/// The form's labels of `fields`, one after the other ("Full name of the mayor; Exact
/// official title of the mayor").
pub fn field_labels(tr: Tr, fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| label(tr, f))
        .collect::<Vec<_>>()
        .join("; ")
}
