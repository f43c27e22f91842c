//! The mails the application sends, one function each, in the recipient's language. Every
//! word is a message of `locales/<language>/mail.ftl`, written without Unicode isolation
//! marks ([`Tr::plain`]); the HTML part is the same text laid out by mail/layout.html.

use askama::Template;

use super::Error;
use super::OutgoingMail;
use crate::domain::Role;
use crate::domain::ZonedDay;
use crate::domain::form::Language;
use crate::domain::reminder::{NatcomReminder, Reminder};
use crate::i18n::{Locale, Tr};

#[derive(Template)]
#[template(path = "mail/layout.html")]
struct HtmlLayout<'a> {
    lang: &'a str,
    dir: &'a str,
    subject: &'a str,
    banner: &'a str,
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

use super::city_locale;

/// A mail being written: its paragraphs, in one language.
struct Body {
    tr: Tr,
    paragraphs: Vec<String>,
}

impl Body {
    fn new(locale: Locale) -> Self {
        Body {
            tr: Tr::plain(locale),
            paragraphs: Vec::new(),
        }
    }

    /// Adds a paragraph.
    fn p(&mut self, text: impl Into<String>) -> &mut Self {
        let text = text.into();
        if !text.trim().is_empty() {
            self.paragraphs.push(text);
        }
        self
    }

    /// "Dear colleague," to someone whose name the mail does not know.
    fn greet(&mut self) -> &mut Self {
        let greeting = self.tr.t("mail-greeting");
        self.p(greeting)
    }

    fn greet_by_name(&mut self, name: &str) -> &mut Self {
        let greeting = self.tr.t1("mail-greeting-named", "name", name);
        self.p(greeting)
    }

    /// A text someone typed for the recipient (a note, a reason, a message), after its label.
    fn quote(&mut self, label: &str, text: &str) -> &mut Self {
        let label = self.tr.t(label);
        self.p(label);
        self.p(text.trim().to_owned())
    }

    fn sign(&mut self) -> &mut Self {
        let signature = self.tr.t("mail-signature");
        self.p(signature)
    }

    fn finish(
        &self,
        kind: &'static str,
        to: &str,
        subject: String,
        application_id: Option<i64>,
    ) -> Result<OutgoingMail, Error> {
        let text = self.paragraphs.join("\n\n");
        let html = HtmlLayout {
            lang: self.tr.code(),
            dir: self.tr.dir(),
            subject: &subject,
            banner: &self.tr.t("mail-banner"),
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
}

/// To the address a person registered with, to confirm it.
pub fn verify_email(
    to: &str,
    name: &str,
    link: &str,
    locale: Locale,
) -> Result<OutgoingMail, Error> {
    link_to_follow("verify_email", to, name, link, locale)
}

/// To the owner of an address someone tried to register again: it says nothing to the
/// person registering, so registration does not reveal who has an account.
pub fn account_exists(
    to: &str,
    sign_in: &str,
    reset: &str,
    locale: Locale,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(locale);
    let tr = m.tr;
    m.p(tr.t("mail-greeting-hello"))
        .p(tr.t("mail-account_exists-body"))
        .p(sign_in)
        .p(tr.t("mail-account_exists-reset"))
        .p(reset)
        .p(tr.t("mail-account_exists-ignore"))
        .sign();
    m.finish(
        "account_exists",
        to,
        tr.t("mail-account_exists-subject"),
        None,
    )
}

pub fn password_reset(
    to: &str,
    name: &str,
    link: &str,
    locale: Locale,
) -> Result<OutgoingMail, Error> {
    link_to_follow("password_reset", to, name, link, locale)
}

/// A mail whose point is one link to open: the greeting, what the link does, the link,
/// how long it works, what to do if it was not asked for (`mail-<kind>-…` messages).
fn link_to_follow(
    kind: &'static str,
    to: &str,
    name: &str,
    link: &str,
    locale: Locale,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(locale);
    let tr = m.tr;
    m.greet_by_name(name)
        .p(tr.t(&format!("mail-{kind}-body")))
        .p(link)
        .p(tr.t(&format!("mail-{kind}-expiry")))
        .p(tr.t(&format!("mail-{kind}-ignore")))
        .sign();
    m.finish(kind, to, tr.t(&format!("mail-{kind}-subject")), None)
}

/// To a person invited to a staff role (with the Member State of a National Commission,
/// an ISO 3166 code).
pub fn invitation(
    to: &str,
    name: &str,
    role: Role,
    country: Option<&str>,
    link: &str,
    locale: Locale,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(locale);
    let tr = m.tr;
    let role = match (role, country) {
        (Role::Natcom, Some(country)) => tr.t1(
            "mail-invitation-role-natcom",
            "country",
            tr.country(country),
        ),
        (Role::Jury, Some(country)) => {
            tr.t1("mail-invitation-role-jury", "country", tr.country(country))
        }
        (role, _) => tr.t(&format!("role-{}", role.as_str())),
    };
    m.greet_by_name(name)
        .p(tr.t1("mail-invitation-body", "role", &role))
        .p(tr.t("mail-invitation-accept"))
        .p(link)
        .p(tr.t("mail-invitation-expiry"))
        .sign();
    m.finish(
        "invitation",
        to,
        tr.t1("mail-invitation-subject", "role", &role),
        None,
    )
}

/// To a juror, in the language of their account: the applications just published to
/// them, in one mail.
pub fn jury_assignments(
    to: &str,
    name: &str,
    cities: &[(&str, &str)],
    link: &str,
    locale: Locale,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(locale);
    let tr = m.tr;
    m.greet_by_name(name)
        .p(tr.t1("mail-jury_assignments-body", "count", cities.len() as i64));
    for (city, country) in cities {
        m.p(tr.t2(
            "mail-jury_assignments-city",
            "city",
            *city,
            "country",
            tr.country(country),
        ));
    }
    m.p(tr.t("mail-jury_assignments-conflicts")).p(link).sign();
    m.finish(
        "jury_assignments",
        to,
        tr.t1(
            "mail-jury_assignments-subject",
            "count",
            cities.len() as i64,
        ),
        None,
    )
}

/// To a person the owner of an application invites to work on it, in the application's
/// language.
pub fn colleague_invitation(
    to: &str,
    inviter: &str,
    city: &str,
    link: &str,
    lang: Language,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(city_locale(lang));
    let tr = m.tr;
    m.greet()
        .p(tr.t2(
            "mail-colleague_invitation-body",
            "inviter",
            inviter,
            "city",
            city,
        ))
        .p(tr.t1("mail-colleague_invitation-accept", "email", to))
        .p(link)
        .p(tr.t("mail-colleague_invitation-expiry"))
        .sign();
    m.finish(
        "colleague_invitation",
        to,
        tr.t1("mail-colleague_invitation-subject", "city", city),
        None,
    )
}

/// To the city: its application reached its National Commission. `country` is the
/// Member State's ISO 3166 code.
pub fn submission_receipt(
    to: &str,
    application_id: i64,
    city: &str,
    country: &str,
    natcom_deadline: &ZonedDay,
    lang: Language,
    link: &str,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(city_locale(lang));
    let tr = m.tr;
    let country = tr.country(country);
    m.greet()
        .p(tr.t2(
            "mail-submission_receipt-body",
            "city",
            city,
            "country",
            &country,
        ))
        .p(tr.t2(
            "mail-submission_receipt-next",
            "country",
            &country,
            "deadline",
            tr.deadline(natcom_deadline),
        ))
        .p(tr.t("mail-submission_receipt-follow"))
        .p(link)
        .sign();
    m.finish(
        "submission_receipt",
        to,
        tr.t1("mail-submission_receipt-subject", "city", city),
        Some(application_id),
    )
}

/// To the National Commission, in the language of its account: a city of its country
/// submitted an application. `country` is the Member State's ISO 3166 code.
pub fn natcom_new_application(
    to: &str,
    application_id: i64,
    city: &str,
    country: &str,
    natcom_deadline: &ZonedDay,
    link: &str,
    locale: Locale,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(locale);
    let tr = m.tr;
    m.greet()
        .p(tr.t2(
            "mail-natcom_new_application-body",
            "city",
            city,
            "country",
            tr.country(country),
        ))
        .p(tr.t1(
            "mail-natcom_new_application-next",
            "deadline",
            tr.deadline(natcom_deadline),
        ))
        .p(link)
        .sign();
    m.finish(
        "natcom_new_application",
        to,
        tr.t1("mail-natcom_new_application-subject", "city", city),
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

impl CityEvent<'_> {
    /// The mail's kind in the outbox, and the name of its messages in the catalogue.
    fn kind_and_key(&self) -> (&'static str, &'static str) {
        match self {
            CityEvent::Endorsed { .. } => ("natcom_endorsed", "natcom_endorsed"),
            CityEvent::Declined { .. } => ("natcom_declined", "natcom_declined"),
            CityEvent::Returned { .. } => ("natcom_returned", "natcom_returned"),
            CityEvent::Reopened { .. } => ("natcom_reopened", "natcom_reopened"),
            CityEvent::Forwarded => ("natcom_forwarded", "natcom_forwarded"),
            CityEvent::Accepted { .. } => ("uil_decision", "uil_accepted"),
            CityEvent::NotAccepted { .. } => ("uil_decision", "uil_not_accepted"),
        }
    }
}

/// To the city, in its language: how its application moved. `country` is the Member
/// State's ISO 3166 code.
pub fn to_city(
    to: &str,
    application_id: i64,
    city: &str,
    country: &str,
    event: &CityEvent<'_>,
    lang: Language,
    link: &str,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(city_locale(lang));
    let tr = m.tr;
    let country = tr.country(country);
    let (kind, key) = event.kind_and_key();
    let key = |part: &str| format!("mail-{key}-{part}");
    m.greet()
        .p(tr.t2(&key("headline"), "city", city, "country", &country));
    // What the National Commission or UIL wrote, then what comes next.
    let next = match event {
        CityEvent::Endorsed {
            note,
            natcom_deadline,
        } => {
            if let Some(note) = note.filter(|n| !n.trim().is_empty()) {
                m.quote("mail-natcom-note", note);
            }
            tr.t1(&key("next"), "deadline", tr.deadline(natcom_deadline))
        }
        CityEvent::Declined { reason } => {
            m.quote("mail-natcom-reason", reason);
            tr.t(&key("next"))
        }
        CityEvent::Returned {
            message,
            city_deadline,
        } => {
            m.quote("mail-natcom-message", message);
            tr.t1(&key("next"), "deadline", tr.deadline(city_deadline))
        }
        CityEvent::Reopened { natcom_deadline } => {
            tr.t1(&key("next"), "deadline", tr.deadline(natcom_deadline))
        }
        CityEvent::Forwarded => tr.t(&key("next")),
        CityEvent::Accepted { message } | CityEvent::NotAccepted { message } => {
            m.quote("mail-uil-message", message);
            tr.t(&key("next"))
        }
    };
    m.p(next)
        .p(tr.t1("mail-city-follow", "city", city))
        .p(link)
        .sign();
    m.finish(
        kind,
        to,
        tr.t1(&key("subject"), "city", city),
        Some(application_id),
    )
}

/// To the National Commission, in the language of its account: UIL's decision on one of
/// its cities.
pub fn uil_decision_to_natcom(
    to: &str,
    application_id: i64,
    city: &str,
    accepted: bool,
    message: &str,
    link: &str,
    locale: Locale,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(locale);
    let tr = m.tr;
    let decision = if accepted { "accepted" } else { "not_accepted" };
    let key = |part: &str| format!("mail-uil_decision_natcom-{decision}-{part}");
    m.greet()
        .p(tr.t1(&key("body"), "city", city))
        .quote("mail-uil_decision_natcom-message", message)
        .p(tr.t("mail-uil_decision_natcom-follow"))
        .p(link)
        .sign();
    m.finish(
        "uil_decision_natcom",
        to,
        tr.t1(&key("subject"), "city", city),
        Some(application_id),
    )
}

/// To UIL coordinators, in the language of each one's account: a National Commission
/// submitted cities to UIL. `country` is the Member State's ISO 3166 code.
pub fn uil_submissions(
    to: &str,
    country: &str,
    cities: &[String],
    link: &str,
    locale: Locale,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(locale);
    let tr = m.tr;
    let country = tr.country(country);
    let count = cities.len();
    let mut list = tr.t2(
        "mail-uil_submissions-body",
        "country",
        &country,
        "count",
        count,
    );
    for city in cities {
        list.push_str("\n- ");
        list.push_str(city);
    }
    m.greet()
        .p(list)
        .p(tr.t("mail-uil_submissions-follow"))
        .p(link)
        .p(tr.t("mail-signature-service"));
    m.finish(
        "uil_submissions",
        to,
        tr.t2(
            "mail-uil_submissions-subject",
            "country",
            &country,
            "count",
            count,
        ),
        None,
    )
}

/// To the owner of a draft, in the city's language, a week or a day before the city
/// deadline.
pub fn city_reminder(
    to: &str,
    application_id: i64,
    city: &str,
    deadline: &ZonedDay,
    reminder: Reminder,
    lang: Language,
    link: &str,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(city_locale(lang));
    let tr = m.tr;
    let kind = match reminder {
        Reminder::DayBefore => "reminder_city_day",
        Reminder::WeekBefore => "reminder_city_week",
    };
    m.greet()
        .p(tr.t2(
            &format!("mail-{kind}-body"),
            "city",
            city,
            "deadline",
            tr.deadline(deadline),
        ))
        .p(tr.t("mail-reminder_city-follow"))
        .p(link)
        .sign();
    m.finish(
        kind,
        to,
        tr.t2(
            "mail-reminder_city-subject",
            "city",
            city,
            "date",
            tr.date(deadline.date),
        ),
        Some(application_id),
    )
}

/// To a National Commission with work left, in the language of the account, a week or a
/// day before its deadline. `country` is the Member State's ISO 3166 code.
#[allow(clippy::too_many_arguments)]
pub fn natcom_reminder(
    to: &str,
    country: &str,
    undecided: i64,
    unsent: i64,
    deadline: &ZonedDay,
    reminder: NatcomReminder,
    link: &str,
    locale: Locale,
) -> Result<OutgoingMail, Error> {
    let mut m = Body::new(locale);
    let tr = m.tr;
    let days = match reminder {
        NatcomReminder::Fortnight => 14,
        NatcomReminder::Week => 7,
        NatcomReminder::TwoDays => 2,
    };
    let mut work = tr.t2(
        "mail-reminder_natcom-body",
        "country",
        tr.country(country),
        "deadline",
        tr.deadline(deadline),
    );
    if undecided > 0 {
        work.push('\n');
        work.push_str(&tr.t1("mail-reminder_natcom-undecided", "count", undecided));
    }
    if unsent > 0 {
        work.push('\n');
        work.push_str(&tr.t1("mail-reminder_natcom-unsent", "count", unsent));
    }
    work.push('\n');
    work.push_str(&tr.t1("mail-reminder_natcom-left", "days", days));
    m.greet()
        .p(work)
        .p(tr.t("mail-reminder_natcom-follow"))
        .p(link)
        .sign();
    m.finish(
        match reminder {
            NatcomReminder::Fortnight => "reminder_natcom_fortnight",
            NatcomReminder::Week => "reminder_natcom_week",
            NatcomReminder::TwoDays => "reminder_natcom_two_days",
        },
        to,
        tr.t1(
            "mail-reminder_natcom-subject",
            "date",
            tr.date(deadline.date),
        ),
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn june30() -> ZonedDay {
        ZonedDay::new(
            chrono::NaiveDate::from_ymd_opt(2023, 6, 30).unwrap(),
            crate::domain::DeadlineZone::AnywhereOnEarth,
        )
    }

    #[test]
    fn a_french_speaking_city_reads_its_receipt_in_french() {
        let receipt = |lang| {
            submission_receipt(
                "maire@lyon.fr",
                1,
                "Lyon",
                "FR",
                &june30(),
                lang,
                "http://x/applications/1",
            )
            .unwrap()
        };
        let french = receipt(Language::French);
        let tr = Tr::plain(Locale::Fr);
        assert_eq!(
            french.subject,
            tr.t1("mail-submission_receipt-subject", "city", "Lyon")
        );
        assert!(
            french.subject.starts_with("Reçue : la candidature de Lyon"),
            "{}",
            french.subject
        );
        assert!(
            french.text.contains(&tr.deadline(&june30())),
            "{}",
            french.text
        );
        assert!(french.text.contains("juin 2023"), "{}", french.text);
        assert!(french.html.contains(r#"<html lang="fr" dir="ltr">"#));
        let english = receipt(Language::English);
        assert!(
            english.text.contains("30 June 2023, 23:59 AoE"),
            "{}",
            english.text
        );
        assert!(english.text.contains("France"), "{}", english.text);
    }

    #[test]
    fn a_mail_has_text_and_html_with_its_link_clickable_and_escaped() {
        let mail = verify_email(
            "ana@lisboa.pt",
            "Ana <Silva>",
            "http://127.0.0.1:3000/verify-email/abc",
            Locale::En,
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

    /// Every mail, once, in `locale` (cities' mails in the city language nearest to it).
    fn every_mail(locale: Locale) -> Vec<OutgoingMail> {
        let lang = if locale == Locale::Fr {
            Language::French
        } else {
            Language::English
        };
        let day = june30();
        let events = [
            CityEvent::Endorsed {
                note: Some("Bravo"),
                natcom_deadline: &day,
            },
            CityEvent::Declined { reason: "Non" },
            CityEvent::Returned {
                message: "Merci",
                city_deadline: &day,
            },
            CityEvent::Reopened {
                natcom_deadline: &day,
            },
            CityEvent::Forwarded,
            CityEvent::Accepted { message: "Oui" },
            CityEvent::NotAccepted { message: "Non" },
        ];
        let link = "http://x/y";
        let mut all = vec![
            verify_email("a@b.c", "Ana", link, locale).unwrap(),
            account_exists("a@b.c", link, link, locale).unwrap(),
            password_reset("a@b.c", "Ana", link, locale).unwrap(),
            invitation("a@b.c", "Ana", Role::Natcom, Some("KE"), link, locale).unwrap(),
            invitation("a@b.c", "Ana", Role::UilReviewer, None, link, locale).unwrap(),
            submission_receipt("a@b.c", 1, "Lyon", "FR", &day, lang, link).unwrap(),
            natcom_new_application("a@b.c", 1, "Lyon", "FR", &day, link, locale).unwrap(),
            uil_decision_to_natcom("a@b.c", 1, "Lyon", true, "Oui", link, locale).unwrap(),
            uil_decision_to_natcom("a@b.c", 1, "Lyon", false, "Non", link, locale).unwrap(),
            uil_submissions("a@b.c", "FR", &["Lyon".into()], link, locale).unwrap(),
            uil_submissions(
                "a@b.c",
                "FR",
                &["Lyon".into(), "Lille".into()],
                link,
                locale,
            )
            .unwrap(),
            city_reminder("a@b.c", 1, "Lyon", &day, Reminder::DayBefore, lang, link).unwrap(),
            city_reminder("a@b.c", 1, "Lyon", &day, Reminder::WeekBefore, lang, link).unwrap(),
            natcom_reminder(
                "a@b.c",
                "FR",
                1,
                3,
                &day,
                NatcomReminder::Week,
                link,
                locale,
            )
            .unwrap(),
        ];
        for event in &events {
            all.push(to_city("a@b.c", 1, "Lyon", "FR", event, lang, link).unwrap());
        }
        all
    }

    #[test]
    fn every_mail_is_words_of_the_catalogue_without_isolation_marks() {
        let marks = ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];
        for locale in Locale::TRANSLATED {
            for mail in every_mail(locale) {
                for part in [&mail.subject, &mail.text] {
                    assert!(!part.contains(marks), "{locale:?} {}: {part}", mail.kind);
                    assert!(
                        !part.contains("mail-") && !part.contains("role-"),
                        "{locale:?} {}: a key, not its words: {part}",
                        mail.kind
                    );
                }
                assert!(mail.text.contains("http://x/y"), "{}", mail.text);
                assert!(
                    mail.html.contains(r#"<a href="http://x/y""#),
                    "{}",
                    mail.html
                );
            }
        }
        let arabic = natcom_reminder(
            "a@b.c",
            "FR",
            2,
            1,
            &june30(),
            NatcomReminder::Week,
            "http://x",
            Locale::Ar,
        )
        .unwrap();
        assert!(
            arabic.html.contains(r#"<html lang="ar" dir="rtl">"#),
            "{}",
            arabic.html
        );
        assert!(arabic.text.contains("فرنسا"), "{}", arabic.text);
    }

    #[test]
    fn a_french_city_reads_approbation_where_the_glossary_says_so() {
        for mail in every_mail(Locale::Fr) {
            assert!(
                !mail.text.contains("soutenu") && !mail.subject.contains("soutenu"),
                "{}",
                mail.text
            );
        }
    }
}
