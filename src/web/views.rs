//! Read-only views of an application, shared by the city's, the National Commission's and
//! UIL's pages.

use std::fmt;

use chrono::{DateTime, Datelike, Utc};

use crate::db::applications::Event;
use crate::domain::form::{Answers, Kind, Section};

/// A moment for people: "31 May 2023, 14:05 UTC".
pub fn when(t: DateTime<Utc>) -> String {
    t.format("%-d %B %Y, %H:%M UTC").to_string()
}

/// The day of a moment as lists show it, "31 May 2023": written straight into the page,
/// for lists of fifty where a format string read and a String made per row add up.
pub struct Day(pub DateTime<Utc>);

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let d = self.0.date_naive();
        write!(
            f,
            "{} {} {}",
            d.day(),
            MONTHS[d.month0() as usize],
            d.year()
        )
    }
}

/// A number with one decimal, "3.4" (an average of scores), written straight into the page.
/// Halves round up (3.25 is "3.3"), everywhere an average is shown, so that the list and
/// the application page agree.
pub struct OneDecimal(pub f64);

impl fmt::Display for OneDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Whole tenths written as integers: `{:.1}` expands the float exactly, which showed
        // in the profile of the UIL dashboard (fifty averages a view).
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        write!(f, "{sign}{}.{}", (tenths / 10).abs(), (tenths % 10).abs())
    }
}

pub struct AnswerGroup {
    pub slug: &'static str,
    pub title: &'static str,
    /// (field name, label, value as read)
    pub rows: Vec<(&'static str, &'static str, String)>,
}

/// Every answer, section by section, as (field name, label, value) for reading.
pub fn answer_groups(answers: &Answers, country_name: &str) -> Vec<AnswerGroup> {
    Section::ALL
        .into_iter()
        .filter(|s| *s != Section::Documents)
        .map(|s| AnswerGroup {
            slug: s.slug(),
            title: s.title(),
            rows: s
                .fields()
                .map(|f| {
                    let raw = answers.raw(f.name);
                    let shown = match f.kind {
                        Kind::Country => country_name.to_owned(),
                        Kind::Language => match raw.as_str() {
                            "en" => "English".into(),
                            "fr" => "French".into(),
                            _ => String::new(),
                        },
                        Kind::Checkbox => {
                            if raw == "yes" {
                                "Yes".into()
                            } else {
                                String::new()
                            }
                        }
                        _ => raw,
                    };
                    (f.name, f.label, shown)
                })
                .collect(),
        })
        .collect()
}

pub struct TimelineRow {
    pub when: String,
    pub who: String,
    pub what: String,
    pub note: Option<String>,
}

pub fn timeline_rows(events: Vec<Event>) -> Vec<TimelineRow> {
    events
        .into_iter()
        .map(|e| TimelineRow {
            when: when(e.at),
            who: match (&e.actor_name, e.actor_role) {
                (Some(name), Some(role)) => {
                    format!("{name} ({})", super::account::role_label(role))
                }
                (Some(name), None) => name.clone(),
                _ => "GNLC Call".into(),
            },
            what: match e.from {
                None => "Started the application".into(),
                Some(_) => format!("Moved it to “{}”", e.to.label()),
            },
            note: e.note,
        })
        .collect()
}

/// One mail about an application, for its mail log.
pub struct MailLogRow {
    pub when: String,
    pub to: String,
    pub subject: String,
    pub state: &'static str,
}

/// How a mail's state reads.
pub fn mail_state(state: &str) -> &'static str {
    match state {
        "queued" => "Waiting to be sent",
        "sending" => "Being sent",
        "sent" => "Sent",
        _ => "Failed",
    }
}

pub fn mail_log(mails: Vec<crate::db::outbox::Logged>) -> Vec<MailLogRow> {
    mails
        .into_iter()
        .map(|m| MailLogRow {
            when: when(m.created_at),
            to: m.recipient,
            subject: m.subject,
            state: mail_state(&m.state),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::OneDecimal;

    #[test]
    fn an_average_shows_one_decimal_with_halves_rounded_up() {
        let shown = |x: f64| OneDecimal(x).to_string();
        assert_eq!(shown(4.0), "4.0");
        assert_eq!(shown(57.0 / 15.0), "3.8");
        assert_eq!(shown(3.25), "3.3", "65 points over four assessments");
        assert_eq!(shown(3.24), "3.2");
        assert_eq!(shown(0.96), "1.0");
        assert_eq!(shown(5.0), "5.0");
        assert_eq!(shown(-1.25), "-1.3");
        assert_eq!(shown(-0.04), "0.0");
    }
}
