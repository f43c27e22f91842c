//! The mails the application sends, one function each. The text of each is an askama
//! template (templates/mail/*.txt); its HTML part is that text laid out by mail/layout.html.

use askama::Template;

use super::Error;
use super::OutgoingMail;
use crate::domain::Role;
use crate::domain::ZonedDay;
use crate::domain::form::Language;
use crate::domain::reminder::Reminder;

#[derive(Template)]
#[template(path = "mail/layout.html")]
struct HtmlLayout<'a> {
    lang: &'a str,
    subject: &'a str,
    paragraphs: Vec<Vec<Line<'a>>>,
}

struct Line<'a> {
    text: &'a str,
    is_link: bool,
}

/// Paragraphs of the text (separated by blank lines), lines that are web addresses as links.
fn paragraphs(text: &str) -> Vec<Vec<Line<'_>>> {
    text.split("\n\n")
        .map(|p| {
            p.lines()
                .map(|l| Line {
                    text: l,
                    is_link: l.starts_with("https://") || l.starts_with("http://"),
                })
                .collect::<Vec<_>>()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

fn compose(
    kind: &'static str,
    to: &str,
    subject: String,
    text: &impl Template,
    application_id: Option<i64>,
) -> Result<OutgoingMail, Error> {
    compose_in(Language::English, kind, to, subject, text, application_id)
}

fn compose_in(
    lang: Language,
    kind: &'static str,
    to: &str,
    subject: String,
    text: &impl Template,
    application_id: Option<i64>,
) -> Result<OutgoingMail, Error> {
    let text = text.render()?;
    let html = HtmlLayout {
        lang: lang.code(),
        subject: &subject,
        paragraphs: paragraphs(&text),
    }
    .render()?;
    Ok(OutgoingMail {
        kind,
        to: to.to_owned(),
        subject,
        text,
        html,
        application_id,
    })
}

#[derive(Template)]
#[template(path = "mail/verify_email.txt")]
struct VerifyEmail<'a> {
    name: &'a str,
    link: &'a str,
}

pub fn verify_email(to: &str, name: &str, link: &str) -> Result<OutgoingMail, Error> {
    compose(
        "verify_email",
        to,
        "Confirm your email address for GNLC Call".into(),
        &VerifyEmail { name, link },
        None,
    )
}

#[derive(Template)]
#[template(path = "mail/account_exists.txt")]
struct AccountExists<'a> {
    sign_in: &'a str,
    reset: &'a str,
}

/// To the owner of an address someone tried to register again: it says nothing to the
/// person registering, so registration does not reveal who has an account.
pub fn account_exists(to: &str, sign_in: &str, reset: &str) -> Result<OutgoingMail, Error> {
    compose(
        "account_exists",
        to,
        "You already have a GNLC Call account".into(),
        &AccountExists { sign_in, reset },
        None,
    )
}

#[derive(Template)]
#[template(path = "mail/password_reset.txt")]
struct PasswordReset<'a> {
    name: &'a str,
    link: &'a str,
}

pub fn password_reset(to: &str, name: &str, link: &str) -> Result<OutgoingMail, Error> {
    compose(
        "password_reset",
        to,
        "Reset your GNLC Call password".into(),
        &PasswordReset { name, link },
        None,
    )
}

#[derive(Template)]
#[template(path = "mail/invitation.txt")]
struct Invitation<'a> {
    name: &'a str,
    role: &'a str,
    link: &'a str,
}

/// To a person invited to a staff role (with the Member State of a National Commission).
pub fn invitation(
    to: &str,
    name: &str,
    role: Role,
    country: Option<&str>,
    link: &str,
) -> Result<OutgoingMail, Error> {
    let role = &match (role, country) {
        (Role::Natcom, Some(country)) => format!("National Commission of {country}"),
        (Role::Natcom, None) => "National Commission".to_owned(),
        (Role::UilReviewer, _) => "UIL reviewer".to_owned(),
        (Role::UilAdmin, _) => "UIL coordinator".to_owned(),
        (Role::Applicant, _) => "City applicant".to_owned(),
    };
    compose(
        "invitation",
        to,
        format!("You are invited to GNLC Call: {role}"),
        &Invitation { name, role, link },
        None,
    )
}

/// The language of communication a city chose (SPEC §4): its mails are in it.
trait Pick {
    fn deadline(self, day: &ZonedDay) -> String;
    fn pick(self, en: String, fr: String) -> String;
}

impl Pick for Language {
    fn deadline(self, day: &ZonedDay) -> String {
        match self {
            Language::English => day.deadline_label(),
            Language::French => day.deadline_label_fr(),
        }
    }

    fn pick(self, en: String, fr: String) -> String {
        match self {
            Language::English => en,
            Language::French => fr,
        }
    }
}

#[derive(Template)]
#[template(path = "mail/submission_receipt.txt")]
struct SubmissionReceipt<'a> {
    fr: bool,
    city: &'a str,
    country: &'a str,
    natcom_deadline: &'a str,
    link: &'a str,
}

/// To the city: its application reached its National Commission.
pub fn submission_receipt(
    to: &str,
    application_id: i64,
    city: &str,
    country: &str,
    natcom_deadline: &ZonedDay,
    lang: Language,
    link: &str,
) -> Result<OutgoingMail, Error> {
    compose_in(
        lang,
        "submission_receipt",
        to,
        lang.pick(
            format!("Received: the application of {city} to the UNESCO Global Network of Learning Cities"),
            format!("Reçue : la candidature de {city} au Réseau mondial des villes apprenantes de l'UNESCO"),
        ),
        &SubmissionReceipt {
            fr: lang == Language::French,
            city,
            country,
            natcom_deadline: &lang.deadline(natcom_deadline),
            link,
        },
        Some(application_id),
    )
}

#[derive(Template)]
#[template(path = "mail/natcom_new_application.txt")]
struct NatcomNewApplication<'a> {
    city: &'a str,
    country: &'a str,
    natcom_deadline: &'a str,
    link: &'a str,
}

/// To the National Commission: a city of its country submitted an application.
pub fn natcom_new_application(
    to: &str,
    application_id: i64,
    city: &str,
    country: &str,
    natcom_deadline: &str,
    link: &str,
) -> Result<OutgoingMail, Error> {
    compose(
        "natcom_new_application",
        to,
        format!("New application to endorse: {city}"),
        &NatcomNewApplication {
            city,
            country,
            natcom_deadline,
            link,
        },
        Some(application_id),
    )
}

/// What happened to an application, as the city hears it.
pub enum CityEvent<'a> {
    Endorsed {
        note: Option<&'a str>,
        natcom_deadline: &'a ZonedDay,
    },
    Declined {
        reason: &'a str,
    },
    Returned {
        message: &'a str,
        city_deadline: &'a ZonedDay,
    },
    Reopened {
        natcom_deadline: &'a ZonedDay,
    },
    Forwarded,
    Accepted {
        message: &'a str,
    },
    NotAccepted {
        message: &'a str,
    },
}

#[derive(Template)]
#[template(path = "mail/city_event.txt")]
struct CityEventMail<'a> {
    fr: bool,
    city: &'a str,
    headline: &'a str,
    note_label: &'a str,
    note: Option<&'a str>,
    next: &'a str,
    link: &'a str,
}

/// To the city, in its language: how its application moved.
pub fn to_city(
    to: &str,
    application_id: i64,
    city: &str,
    country: &str,
    event: &CityEvent<'_>,
    lang: Language,
    link: &str,
) -> Result<OutgoingMail, Error> {
    let l = |en: String, fr: String| lang.pick(en, fr);
    let (kind, subject, headline, note_label, note, next) = match event {
        CityEvent::Endorsed { note, natcom_deadline } => (
            "natcom_endorsed",
            l(format!("{city} is endorsed by its National Commission"), format!("{city} est soutenue par sa Commission nationale")),
            l(
                format!("The UNESCO National Commission of {country} has endorsed the application of {city}."),
                format!("La Commission nationale pour l'UNESCO ({country}) a soutenu la candidature de {city}."),
            ),
            l("The National Commission's note".into(), "Note de la Commission nationale".into()),
            *note,
            l(
                format!("It will submit the application to the UNESCO Institute for Lifelong Learning by {}.", lang.deadline(natcom_deadline)),
                format!("Elle transmettra la candidature à l'Institut de l'UNESCO pour l'apprentissage tout au long de la vie d'ici le {}.", lang.deadline(natcom_deadline)),
            ),
        ),
        CityEvent::Declined { reason } => (
            "natcom_declined",
            l(format!("The application of {city} was not endorsed"), format!("La candidature de {city} n'a pas été soutenue")),
            l(
                format!("The UNESCO National Commission of {country} has decided not to endorse the application of {city}."),
                format!("La Commission nationale pour l'UNESCO ({country}) a décidé de ne pas soutenir la candidature de {city}."),
            ),
            l("The National Commission's reason".into(), "Motif de la Commission nationale".into()),
            Some(*reason),
            l("The application goes no further in this call.".into(), "La candidature s'arrête là pour cet appel.".into()),
        ),
        CityEvent::Returned { message, city_deadline } => (
            "natcom_returned",
            l(format!("The application of {city} was returned to you"), format!("La candidature de {city} vous est renvoyée")),
            l(
                format!("The UNESCO National Commission of {country} has returned the application of {city} to you, to change it."),
                format!("La Commission nationale pour l'UNESCO ({country}) vous renvoie la candidature de {city} pour que vous la modifiiez."),
            ),
            l("The National Commission's message".into(), "Message de la Commission nationale".into()),
            Some(*message),
            l(
                format!("You can change the application and submit it again until {}.", lang.deadline(city_deadline)),
                format!("Vous pouvez la modifier et la soumettre à nouveau jusqu'au {}.", lang.deadline(city_deadline)),
            ),
        ),
        CityEvent::Reopened { natcom_deadline } => (
            "natcom_reopened",
            l(format!("The National Commission is deciding again on {city}"), format!("La Commission nationale réexamine la candidature de {city}")),
            l(
                format!("The UNESCO National Commission of {country} has taken back its decision on the application of {city}, and will decide again."),
                format!("La Commission nationale pour l'UNESCO ({country}) a retiré sa décision sur la candidature de {city} et décidera à nouveau."),
            ),
            String::new(),
            None,
            l(format!("It decides by {}.", lang.deadline(natcom_deadline)), format!("Elle décide d'ici le {}.", lang.deadline(natcom_deadline))),
        ),
        CityEvent::Forwarded => (
            "natcom_forwarded",
            l(format!("The application of {city} is with UIL"), format!("La candidature de {city} est transmise à l'UIL")),
            l(
                format!("The UNESCO National Commission of {country} has submitted the application of {city} to the UNESCO Institute for Lifelong Learning."),
                format!("La Commission nationale pour l'UNESCO ({country}) a transmis la candidature de {city} à l'Institut de l'UNESCO pour l'apprentissage tout au long de la vie."),
            ),
            String::new(),
            None,
            l(
                "UIL reviews the applications it receives and writes to you with its decision.".into(),
                "L'UIL examine les candidatures reçues et vous écrira pour vous faire part de sa décision.".into(),
            ),
        ),
        CityEvent::Accepted { message } => (
            "uil_decision",
            l(format!("{city} joins the UNESCO Global Network of Learning Cities"), format!("{city} rejoint le Réseau mondial des villes apprenantes de l'UNESCO")),
            l(
                format!("The UNESCO Institute for Lifelong Learning has accepted {city} ({country}) as a member of the UNESCO Global Network of Learning Cities."),
                format!("L'Institut de l'UNESCO pour l'apprentissage tout au long de la vie a accepté {city} ({country}) comme membre du Réseau mondial des villes apprenantes de l'UNESCO."),
            ),
            l("UIL's message".into(), "Message de l'UIL".into()),
            Some(*message),
            l("Welcome to the network.".into(), "Bienvenue dans le réseau.".into()),
        ),
        CityEvent::NotAccepted { message } => (
            "uil_decision",
            l(format!("UIL's decision on the application of {city}"), format!("Décision de l'UIL sur la candidature de {city}")),
            l(
                format!("The UNESCO Institute for Lifelong Learning has decided not to accept the application of {city} ({country}) in this call."),
                format!("L'Institut de l'UNESCO pour l'apprentissage tout au long de la vie a décidé de ne pas retenir la candidature de {city} ({country}) dans cet appel."),
            ),
            l("UIL's message".into(), "Message de l'UIL".into()),
            Some(*message),
            l("Thank you for the work that went into the application.".into(), "Merci pour le travail consacré à cette candidature.".into()),
        ),
    };
    compose_in(
        lang,
        kind,
        to,
        subject,
        &CityEventMail {
            fr: lang == Language::French,
            city,
            headline: &headline,
            note_label: &note_label,
            note,
            next: &next,
            link,
        },
        Some(application_id),
    )
}

#[derive(Template)]
#[template(path = "mail/uil_decision_natcom.txt")]
struct UilDecisionNatcom<'a> {
    city: &'a str,
    accepted: bool,
    message: &'a str,
    link: &'a str,
}

/// To the National Commission: UIL's decision on one of its cities.
pub fn uil_decision_to_natcom(
    to: &str,
    application_id: i64,
    city: &str,
    accepted: bool,
    message: &str,
    link: &str,
) -> Result<OutgoingMail, Error> {
    compose(
        "uil_decision_natcom",
        to,
        format!(
            "UIL's decision on {city}: {}",
            if accepted { "accepted" } else { "not accepted" }
        ),
        &UilDecisionNatcom {
            city,
            accepted,
            message,
            link,
        },
        Some(application_id),
    )
}

#[derive(Template)]
#[template(path = "mail/uil_submissions.txt")]
struct UilSubmissions<'a> {
    country: &'a str,
    cities: &'a [String],
    link: &'a str,
}

/// To UIL coordinators: a National Commission submitted cities to UIL.
pub fn uil_submissions(
    to: &str,
    country: &str,
    cities: &[String],
    link: &str,
) -> Result<OutgoingMail, Error> {
    compose(
        "uil_submissions",
        to,
        format!("{country} submitted {} application(s) to UIL", cities.len()),
        &UilSubmissions {
            country,
            cities,
            link,
        },
        None,
    )
}

#[derive(Template)]
#[template(path = "mail/city_reminder.txt")]
struct CityReminder<'a> {
    fr: bool,
    city: &'a str,
    deadline: &'a str,
    tomorrow: bool,
    link: &'a str,
}

/// To the owner of a draft, a week or a day before the city deadline.
pub fn city_reminder(
    to: &str,
    application_id: i64,
    city: &str,
    deadline: &ZonedDay,
    reminder: Reminder,
    lang: Language,
    link: &str,
) -> Result<OutgoingMail, Error> {
    let tomorrow = reminder == Reminder::DayBefore;
    compose_in(
        lang,
        if tomorrow {
            "reminder_city_day"
        } else {
            "reminder_city_week"
        },
        to,
        lang.pick(
            format!(
                "Reminder: submit the application of {city} by {}",
                deadline.date_label()
            ),
            format!("Rappel : soumettez la candidature de {city} avant la date limite"),
        ),
        &CityReminder {
            fr: lang == Language::French,
            city,
            deadline: &lang.deadline(deadline),
            tomorrow,
            link,
        },
        Some(application_id),
    )
}

#[derive(Template)]
#[template(path = "mail/natcom_reminder.txt")]
struct NatcomReminder<'a> {
    country: &'a str,
    undecided: i64,
    unsent: i64,
    deadline: &'a str,
    link: &'a str,
}

/// To a National Commission with work left, a week or a day before its deadline.
pub fn natcom_reminder(
    to: &str,
    country: &str,
    undecided: i64,
    unsent: i64,
    deadline: &ZonedDay,
    reminder: Reminder,
    link: &str,
) -> Result<OutgoingMail, Error> {
    compose(
        if reminder == Reminder::DayBefore {
            "reminder_natcom_day"
        } else {
            "reminder_natcom_week"
        },
        to,
        format!(
            "Reminder: submit your endorsements to UIL by {}",
            deadline.date_label()
        ),
        &NatcomReminder {
            country,
            undecided,
            unsent,
            deadline: &deadline.deadline_label(),
            link,
        },
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_french_speaking_city_reads_its_receipt_in_french() {
        let may31 = ZonedDay::new(
            chrono::NaiveDate::from_ymd_opt(2023, 6, 30).unwrap(),
            crate::domain::DeadlineZone::AnywhereOnEarth,
        );
        let mail = submission_receipt(
            "maire@lyon.fr",
            1,
            "Lyon",
            "France",
            &may31,
            Language::French,
            "http://x/applications/1",
        )
        .unwrap();
        assert!(
            mail.subject.starts_with("Reçue : la candidature de Lyon"),
            "{}",
            mail.subject
        );
        assert!(
            mail.text.contains("30 juin 2023 à 23 h 59 AoE"),
            "{}",
            mail.text
        );
        let english = submission_receipt(
            "mayor@york.uk",
            1,
            "York",
            "UK",
            &may31,
            Language::English,
            "http://x",
        )
        .unwrap();
        assert!(english.text.contains("30 June 2023, 23:59 AoE"));
    }

    #[test]
    fn a_mail_has_text_and_html_with_its_link_clickable_and_escaped() {
        let mail = verify_email(
            "ana@lisboa.pt",
            "Ana <Silva>",
            "http://127.0.0.1:3000/verify-email/abc",
        )
        .unwrap();
        assert!(
            mail.text.contains("Ana <Silva>"),
            "plain text is not escaped"
        );
        assert!(mail.text.contains("http://127.0.0.1:3000/verify-email/abc"));
        assert!(
            mail.html
                .contains(r#"<a href="http://127.0.0.1:3000/verify-email/abc""#)
        );
        assert!(mail.html.contains("Ana &#60;Silva&#62;"), "{}", mail.html);
        assert_eq!(mail.kind, "verify_email");
    }
}
