//! The mails the application sends, one function each. The text of each is an askama
//! template (templates/mail/*.txt); its HTML part is that text laid out by mail/layout.html.

use askama::Template;

use super::OutgoingMail;
use crate::error::Error;

#[derive(Template)]
#[template(path = "mail/layout.html")]
struct HtmlLayout<'a> {
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
    let text = text.render()?;
    let html = HtmlLayout {
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

/// `role` as people read it, e.g. "National Commission of Kenya".
pub fn invitation(to: &str, name: &str, role: &str, link: &str) -> Result<OutgoingMail, Error> {
    compose(
        "invitation",
        to,
        format!("You are invited to GNLC Call: {role}"),
        &Invitation { name, role, link },
        None,
    )
}

#[derive(Template)]
#[template(path = "mail/submission_receipt.txt")]
struct SubmissionReceipt<'a> {
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
    natcom_deadline: &str,
    link: &str,
) -> Result<OutgoingMail, Error> {
    compose(
        "submission_receipt",
        to,
        format!(
            "Received: the application of {city} to the UNESCO Global Network of Learning Cities"
        ),
        &SubmissionReceipt {
            city,
            country,
            natcom_deadline,
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

#[derive(Template)]
#[template(path = "mail/city_news.txt")]
struct CityNews<'a> {
    city: &'a str,
    headline: &'a str,
    note_label: &'a str,
    note: Option<&'a str>,
    next: &'a str,
    link: &'a str,
}

/// What the city hears when its application moves: endorsed, declined, returned, submitted
/// to UIL, decided. `note` is the National Commission's or UIL's own words, if any.
pub struct News<'a> {
    pub kind: &'static str,
    pub subject: String,
    pub headline: String,
    pub note_label: &'a str,
    pub note: Option<&'a str>,
    pub next: String,
}

pub fn city_news(
    to: &str,
    application_id: i64,
    city: &str,
    news: &News<'_>,
    link: &str,
) -> Result<OutgoingMail, Error> {
    compose(
        news.kind,
        to,
        news.subject.clone(),
        &CityNews {
            city,
            headline: &news.headline,
            note_label: news.note_label,
            note: news.note,
            next: &news.next,
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

#[cfg(test)]
mod tests {
    use super::*;

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
