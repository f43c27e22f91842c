//! What the domain's values say to people: stages, roles, refusals, the problems of a
//! form's fields. The domain and the use cases return values; only this module puts them
//! into words.

use crate::app::Issue;
use crate::domain::account::AccountProblem;
use crate::domain::application::TimeLeft;
use crate::domain::document::{DocumentKind, UploadProblem};
use crate::domain::form::{Field, Problem, Progress, field_named};
use crate::domain::{Action, Refusal, Role, Stage};

pub fn stage(stage: Stage) -> &'static str {
    match stage {
        Stage::Draft => "Draft",
        Stage::Submitted => "Submitted to the National Commission",
        Stage::Endorsed => "Endorsed by the National Commission",
        Stage::Declined => "Declined by the National Commission",
        Stage::Forwarded => "Submitted to UIL",
        Stage::UnderReview => "Under review at UIL",
        Stage::Accepted => "Accepted",
        Stage::NotAccepted => "Not accepted",
        Stage::Withdrawn => "Withdrawn",
    }
}

pub fn role(role: Role) -> &'static str {
    match role {
        Role::Applicant => "City applicant",
        Role::Natcom => "National Commission",
        Role::UilReviewer => "UIL reviewer",
        Role::UilAdmin => "UIL coordinator",
    }
}

/// What an action does, for messages: "submit", "return to the city", …
fn action(action: Action) -> &'static str {
    match action {
        Action::Submit => "submit",
        Action::Return => "return to the city",
        Action::Endorse => "endorse",
        Action::Decline => "decline",
        Action::TakeBack => "take back the decision on",
        Action::Forward => "submit to UIL",
        Action::StartReview => "start the review of",
        Action::Accept => "accept",
        Action::NotAccept => "not accept",
        Action::Withdraw => "withdraw",
    }
}

pub fn progress(p: Progress) -> &'static str {
    match p {
        Progress::NotStarted => "Not started",
        Progress::InProgress => "In progress",
        Progress::Completed => "Completed",
        Progress::Optional => "Optional",
    }
}

pub fn document(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Pledge => "Commitment signed by the mayor",
        DocumentKind::Supporting => "Supporting document",
        DocumentKind::Endorsement => "Signed endorsement of the National Commission",
    }
}

/// "16 days left", "1 day left", "last day", "closed".
pub fn time_left(left: TimeLeft) -> String {
    match left {
        TimeLeft::Days(1) => "1 day left".into(),
        TimeLeft::Days(n) => format!("{n} days left"),
        TimeLeft::LastDay => "last day".into(),
        TimeLeft::Closed => "closed".into(),
    }
}

/// Why something may not be done, in words the person who tried it can act on.
pub fn refusal(r: &Refusal) -> String {
    match r {
        Refusal::NotYourAction { action: a } => {
            format!("Your account cannot {} applications.", action(*a))
        }
        Refusal::NotFromStage { stage: s, action: a } => format!(
            "An application that is “{}” cannot be changed this way ({}).",
            stage(*s),
            action(*a)
        ),
        Refusal::NotYetOpen { opens } => {
            format!("The call is not open yet: it opens on {}.", opens.opening_label())
        }
        Refusal::CityDeadlinePassed { closed } => format!(
            "The call closed for cities on {}. Only UIL can extend the deadline for an application: write to the UIL team if you need more time.",
            closed.deadline_label()
        ),
        Refusal::NatcomDeadlinePassed { closed } => format!(
            "The deadline for National Commissions passed on {}.",
            closed.deadline_label()
        ),
        Refusal::QuotaReached { quota } => format!(
            "Your Member State has used all {quota} of its endorsements in this call. To endorse this city, first take back one of the endorsements you gave."
        ),
        Refusal::NotEditable { stage: s } => format!(
            "It is {}. A city can change its application only while it is a draft: before it is submitted, or after the National Commission returns it.",
            stage(*s).to_lowercase()
        ),
        Refusal::EmailNotConfirmed => "Confirm your email address before you submit: open the link we sent you, or ask for a new one on your account page.".into(),
        Refusal::Incomplete { lacking } => match lacking {
            1 => "One answer or document is still missing: see below.".into(),
            n => format!("{n} answers or documents are still missing: see below."),
        },
        Refusal::TooManyDocuments { max } => format!(
            "An application has at most {max} supporting documents. Remove one first."
        ),
        Refusal::Part2Incomplete { officer, signed } => match (officer, signed) {
            (false, false) => "The signing officer and the signed endorsement are missing.".into(),
            (false, true) => "The name and title of the signing officer are missing.".into(),
            _ => "The signed endorsement is missing.".into(),
        },
        Refusal::NoOpenCall => "There is no call for applications at the moment.".into(),
        Refusal::CityAlreadyApplying => "This city already has an application in this call.".into(),
        Refusal::ReviewNotStarted => "Start the review before assessing the application.".into(),
        Refusal::AssessmentsClosed { stage: s } => format!(
            "The application is {}: assessments are closed.",
            stage(*s).to_lowercase()
        ),
    }
}

/// The message when a needed field is left empty.
fn missing(name: &str) -> String {
    if let Some(f) = field_named(name).filter(|f| !f.missing.is_empty()) {
        return f.missing.to_owned();
    }
    match name {
        "email" => "Enter your email address and your password",
        "name" => "Enter your full name",
        "officer_name" => "Enter the name of the officer who signs the endorsement",
        "officer_title" => "Enter the title of the officer who signs the endorsement",
        "reason" => "Enter the reason for declining: the city reads it",
        "message" => "Enter a message for the city",
        "decision" => "Choose whether the city is accepted",
        "title" => "Enter a title of at most 300 characters",
        "role" => "Choose what the person will do",
        "kind" => "Choose what to extend",
        "country" => "Choose a Member State from the list",
        _ => "Enter a value",
    }
    .to_owned()
}

/// How a field is named in a message about it.
fn label(name: &str) -> &'static str {
    if let Some(f) = field_named(name) {
        return f.label;
    }
    match name {
        "officer_name" => "The name",
        "officer_title" => "The title",
        "note" => "The note",
        "reason" => "The reason",
        "message" => "The message",
        "comment" => "The comment",
        "body" => "The call text",
        "title" => "The title",
        _ => "This field",
    }
}

fn field_problem(field: Option<&Field>, name: &str, p: Problem) -> String {
    let label = field.map_or_else(|| label(name), |f| f.label);
    match p {
        Problem::Missing => missing(name),
        Problem::TooLong { max } => format!("{label} must be {max} characters or fewer"),
        Problem::ControlCharacters => format!("{label} must not contain control characters"),
        Problem::TooManyWords { max, words } => {
            format!("{label}: {max} words or fewer, please: this has {words}")
        }
        Problem::NotAnEmail => {
            "Enter an email address in the correct format, like name@example.org".into()
        }
        Problem::NotAPhoneNumber => {
            "Enter a phone number with its country code, like +49 40 123456".into()
        }
        Problem::NotAWebAddress => "Enter a web address, like https://www.city.gov".into(),
        Problem::NotALanguage => "Choose English or French".into(),
        Problem::NotACountry => "Choose a country from the list".into(),
        Problem::NotAWholeNumber if name == "application" => {
            "Enter the number of the application".into()
        }
        Problem::NotAWholeNumber => "Population must be a whole number, like 250000".into(),
        Problem::PopulationOutOfRange => {
            "Population must be a number between 1 and 100,000,000".into()
        }
        Problem::NotAnArea => "Enter the area in km² as a number above 0, like 891.8".into(),
        Problem::NotAnAmount => "Enter an amount in US dollars, like 45000".into(),
        Problem::NotSchoolingYears => "Enter a number of years from 0 to 25, like 11.5".into(),
        Problem::NotAYear => "Enter the year as 4 digits, like 2022, not after this year".into(),
        Problem::NotAPriority if name.starts_with("score_") => {
            format!("Give a score from 1 to 5 for: {}", criterion(name))
        }
        Problem::NotAPriority => "Choose a rating from 1 to 5".into(),
    }
}

fn criterion(name: &str) -> &'static str {
    crate::db::assessments::CRITERIA
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("this criterion", |(_, label)| label)
}

pub fn account(p: AccountProblem) -> &'static str {
    match p {
        AccountProblem::EmailMissing => "Enter an email address",
        AccountProblem::EmailTooLong => "Email address must be 254 characters or fewer",
        AccountProblem::EmailInvalid => {
            "Enter an email address in the correct format, like name@example.org"
        }
        AccountProblem::NameMissing => "Enter your full name",
        AccountProblem::NameTooLong => "Name must be 200 characters or fewer",
        AccountProblem::NameControlCharacters => "Name must not contain control characters",
        AccountProblem::PasswordMissing => "Enter a password",
        AccountProblem::PasswordTooShort => "Password must be at least 10 characters long",
        AccountProblem::PasswordTooLong => "Password must be 200 characters or fewer",
        AccountProblem::PasswordTooEasy => {
            "This password is too easy to guess: choose another, for example three unrelated words"
        }
    }
}

fn upload(p: UploadProblem) -> &'static str {
    match p {
        UploadProblem::TooLarge => "The selected file must be 10 MB or smaller",
        UploadProblem::NotAPdf => "The selected file must be a PDF",
        UploadProblem::NoPage => {
            "The selected file is a PDF without any page: scan the signed page again"
        }
        UploadProblem::NeedsPassword => {
            "The selected PDF needs a password to be opened: save it again without a password to open it, then upload it"
        }
        UploadProblem::ActiveContent => {
            "The selected PDF contains a script or an action that starts a program: save it again as a plain PDF (for example by printing it to PDF), then upload it"
        }
    }
}

/// How a list's filter is named.
fn filter_label(name: &str) -> &'static str {
    match name {
        "call" => "Call",
        "region" => "Region",
        "country" => "Country",
        "stage" => "Stage",
        "reviewed" => "Assessed",
        "sort" => "Order",
        "state" => "State",
        _ => "Filter",
    }
}

/// The message for a problem with field `name`.
pub fn issue(name: &str, issue: &Issue) -> String {
    match issue {
        Issue::Form(p) => field_problem(field_named(name), name, *p),
        Issue::Account(p) => account(*p).to_owned(),
        Issue::Upload(bad) => format!("{}: {}", bad.filename, upload(bad.problem)),
        Issue::FileRefused {
            filename,
            refusal: r,
        } => format!("{filename}: {}", refusal(r)),
        Issue::Refused(r) => refusal(r),
        Issue::NoFile => "Choose a PDF file to upload".into(),
        Issue::NotAChoice => format!(
            "{}: choose one of the options in the list",
            filter_label(name)
        ),
        Issue::FormTooLarge { filename } => format!(
            "{filename}: the form was too large to be read to its end. Each file may be at most 10 MB, and a form with all its files at most 64 MB: send fewer or smaller files at a time."
        ),
        Issue::NotAMemberState if name == "country" => match field_named(name) {
            Some(_) => "Choose the country of the city".into(),
            None => "Choose a Member State from the list".into(),
        },
        Issue::NotAMemberState => "Choose a Member State from the list".into(),
        Issue::ChooseMemberState => "Choose the Member State of the National Commission".into(),
        Issue::CityTaken { city } => format!(
            "{city} already has an application in this call. Ask the colleague who started it to share the work, or contact UIL."
        ),
        Issue::NoSuchApplication { id } => format!("There is no application {id}"),
        Issue::NotADraft { id, stage: s } => format!(
            "Application {id} is {}: only a draft waits for the city deadline",
            stage(*s).to_lowercase()
        ),
        Issue::DeadlineNotLater { current } => format!(
            "The new deadline must be after the present one, {}",
            current.date_label()
        ),
        Issue::DatesOutOfOrder if name == "natcom_deadline" => {
            "The National Commission deadline must be on or after the city deadline".into()
        }
        Issue::DatesOutOfOrder => "The city deadline must be on or after the opening day".into(),
        Issue::NotADate => "Enter a date like 2025-05-31".into(),
        Issue::OutOfRange { min, max } if name == "endorsement_quota" => {
            format!("Enter a number of endorsements from {min} to {max}")
        }
        Issue::OutOfRange { min, max } if name == "page" => {
            format!("Pages are numbered from {min} to {max}")
        }
        Issue::OutOfRange { min, max } => format!("Enter a number from {min} to {max}"),
        Issue::UnknownZone => {
            "Enter \"AoE\" or the name of a time zone, such as \"Europe/Paris\"".into()
        }
        Issue::Taken if name == "title" => "Another call already has this title".into(),
        Issue::Taken => "An account already uses this email address".into(),
        Issue::WrongCredentials => "The email address or the password is not right".into(),
        Issue::TooManyAttempts { until, minutes } => format!(
            "Too many attempts to sign in. For your security, try again after {} UTC (in {minutes} minute{}), or reset your password.",
            until.format("%H:%M"),
            if *minutes == 1 { "" } else { "s" }
        ),
    }
}
