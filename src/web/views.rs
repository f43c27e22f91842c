//! Read-only views of an application, shared by the city's, the National Commission's and
//! UIL's pages.

use std::fmt;

use chrono::{DateTime, Datelike, Utc};

use super::words;
use crate::db::applications::Event;
use crate::db::documents::DocumentInfo;
use crate::domain::event::{DeadlineStage, EventKind};
use crate::domain::form::{Answers, Kind, Section, Value};

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

/// A whole number with its thousands grouped, "522,250": the form of figures people read.
pub fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The value of `name` as the form shows it again: a population with its thousands
/// grouped, so that "522 250" stays readable; anything else as stored.
pub fn form_value(answers: &Answers, name: &str) -> String {
    match (name, answers.get(name)) {
        ("population", Some(Value::Integer(n))) => grouped(*n),
        _ => answers.raw(name),
    }
}

/// "1.2 MB", "312 kB".
pub fn size(document: &DocumentInfo) -> String {
    let bytes = f64::from(document.byte_size);
    if bytes >= 1_000_000.0 {
        format!("{:.1} MB", bytes / 1_000_000.0)
    } else {
        format!("{} kB", (bytes / 1000.0).ceil() as i64)
    }
}

/// A document as the pages list it.
pub struct DocumentRow {
    pub id: i64,
    pub kind: &'static str,
    pub filename: String,
    pub size: String,
    /// The form's section where a city changes it.
    pub section: &'static str,
}

pub fn document_rows(documents: &[DocumentInfo]) -> Vec<DocumentRow> {
    documents
        .iter()
        .map(|d| DocumentRow {
            id: d.id,
            kind: words::document(d.kind),
            filename: d.filename.clone(),
            size: size(d),
            section: match d.kind {
                crate::domain::document::DocumentKind::Pledge => "commitment",
                _ => "documents",
            },
        })
        .collect()
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
                    let shown = match f.kind {
                        Kind::Country => country_name.to_owned(),
                        Kind::Language => match answers.text(f.name) {
                            Some("en") => "English".into(),
                            Some("fr") => "French".into(),
                            _ => String::new(),
                        },
                        Kind::Checkbox if answers.flag(f.name) => "Yes".into(),
                        Kind::Checkbox => String::new(),
                        _ => form_value(answers, f.name),
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

/// What an event says happened; a deadline it names is read in `zone`.
pub fn what_happened(kind: &EventKind, zone: crate::domain::DeadlineZone) -> String {
    match kind {
        EventKind::Created => "Started the application".into(),
        EventKind::Transition { to, .. } => format!("Moved it to “{}”", words::stage(*to)),
        EventKind::DocumentAdded { document, filename } if filename.is_empty() => {
            format!("Uploaded: {}", words::document(*document))
        }
        EventKind::DocumentAdded { document, filename } => {
            format!("Uploaded: {} ({filename})", words::document(*document))
        }
        EventKind::DocumentRemoved { document, filename } => {
            format!("Removed: {} ({filename})", words::document(*document))
        }
        EventKind::Part2Changed => {
            "Saved Part 2: the signing officer and the National Commission's note".into()
        }
        EventKind::ExtensionGranted { stage, deadline } => format!(
            "Extended the {} to {}",
            match stage {
                DeadlineStage::City => "city deadline",
                DeadlineStage::Natcom => "National Commission deadline",
            },
            crate::domain::ZonedDay::new(*deadline, zone).deadline_label()
        ),
        EventKind::Note => "Wrote a note".into(),
    }
}

pub fn timeline_rows(events: &[Event]) -> Vec<TimelineRow> {
    events
        .iter()
        .map(|e| TimelineRow {
            when: when(e.at),
            who: match (&e.actor_name, e.actor_role) {
                (Some(name), Some(role)) => format!("{name} ({})", words::role(role)),
                (Some(name), None) => name.clone(),
                _ => "GNLC Call".into(),
            },
            what: what_happened(&e.kind, e.zone),
            note: e.note.clone(),
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

pub fn mail_log(mails: &[crate::db::outbox::Logged]) -> Vec<MailLogRow> {
    mails
        .iter()
        .map(|m| MailLogRow {
            when: when(m.created_at),
            to: m.recipient.clone(),
            subject: m.subject.clone(),
            state: mail_state(&m.state),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{OneDecimal, grouped};

    #[test]
    fn large_figures_are_grouped_by_thousands() {
        assert_eq!(grouped(522_250), "522,250");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(100_000_000), "100,000,000");
    }

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
