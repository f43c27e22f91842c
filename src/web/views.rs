//! Read-only views of an application, shared by the city's, the National Commission's and
//! UIL's pages.

use std::fmt;

use chrono::{DateTime, Utc};

use super::words;
use crate::db::applications::Event;
use crate::db::documents::DocumentInfo;
use crate::domain::event::{DeadlineStage, EventKind};
use crate::domain::form::{Answers, Kind, Section, Value};
use crate::i18n::Tr;

/// The day of a moment as lists show it, "31 May 2023", "31 mai 2023": written straight
/// into the page.
pub struct Day(pub Tr, pub DateTime<Utc>);

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.date(self.1.date_naive()))
    }
}

/// A number with one decimal, "3.4", "3,4" (an average of scores), written straight into
/// the page. Halves round up (3.25 is "3.3"), everywhere an average is shown, so that the
/// list and the application page agree; a whole number keeps its decimal ("4.0").
pub struct OneDecimal(pub Tr, pub f64);

impl fmt::Display for OneDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tr = self.0;
        // Rounded to whole tenths first: `{:.1}` rounds halves to even on the float's
        // exact expansion, which is not how an average of scores is read.
        let tenths = (self.1 * 10.0).round() as i64;
        let x = tenths as f64 / 10.0;
        let written = tr.decimal(x, 1);
        if tenths % 10 != 0 {
            return f.write_str(&written);
        }
        // CLDR writes a whole number without decimals: add the language's decimal
        // separator and zero, as it writes them in "0.5".
        let half = tr.decimal(0.5, 1);
        let zero = tr.number(0);
        let separator = half
            .strip_prefix(zero.as_str())
            .and_then(|rest| rest.strip_suffix(tr.number(5).as_str()))
            .unwrap_or(".");
        write!(f, "{written}{separator}{zero}")
    }
}

/// The value of `name` as the form shows it again, as the reader's language writes
/// figures ("522,250", "522 250", "100,05"), so that it reads back as it was; anything
/// else as stored.
pub fn form_value(tr: Tr, answers: &Answers, name: &str) -> String {
    match crate::domain::form::field_named(name) {
        Some(field) => field_value(tr, answers, field),
        None => answers.raw(name),
    }
}

/// The answer to `field` as read: figures as the language writes them.
pub fn field_value(tr: Tr, answers: &Answers, field: &crate::domain::form::Field) -> String {
    let name = field.name;
    match (Some(field.kind), answers.get(name)) {
        (Some(Kind::Population), Some(Value::Integer(n))) => tr.number(*n),
        (Some(Kind::AreaKm2 | Kind::Usd | Kind::SchoolingYears), Some(Value::Decimal(x))) => {
            tr.decimal(*x, 2)
        }
        _ => answers.raw(name),
    }
}

/// "1.2 MB", "312 kB", in the reader's language.
pub fn size(tr: Tr, document: &DocumentInfo) -> String {
    let bytes = f64::from(document.byte_size);
    if bytes >= 1_000_000.0 {
        tr.t1("city-size-mb", "size", tr.decimal(bytes / 1_000_000.0, 1))
    } else {
        tr.t1(
            "city-size-kb",
            "size",
            tr.number((bytes / 1000.0).ceil() as i64),
        )
    }
}

/// A document as the pages list it.
pub struct DocumentRow {
    pub id: i64,
    pub kind: String,
    pub filename: String,
    pub size: String,
    /// The form's section where a city changes it.
    pub section: &'static str,
}

pub fn document_rows(tr: Tr, documents: &[DocumentInfo]) -> Vec<DocumentRow> {
    documents
        .iter()
        .map(|d| DocumentRow {
            id: d.id,
            kind: words::document(tr, d.kind),
            filename: d.filename.clone(),
            size: size(tr, d),
            section: match d.kind {
                crate::domain::document::DocumentKind::Pledge => "commitment",
                _ => "documents",
            },
        })
        .collect()
}

pub struct AnswerGroup {
    pub slug: &'static str,
    pub title: String,
    /// (field name, label, value as read)
    pub rows: Vec<(&'static str, String, String)>,
}

/// Every answer, section by section, as (field name, label, value) for reading, in the
/// reader's language: the Member State by its United Nations name, figures as the
/// language writes them.
pub fn answer_groups(tr: Tr, answers: &Answers) -> Vec<AnswerGroup> {
    Section::ALL
        .into_iter()
        .filter(|s| *s != Section::Documents)
        .map(|s| AnswerGroup {
            slug: s.slug(),
            title: tr.t(&s.title_key()),
            rows: s
                .fields()
                .map(|f| {
                    let shown = match f.kind {
                        Kind::Country if answers.country().is_empty() => String::new(),
                        Kind::Country => tr.country(answers.country()),
                        Kind::Language => match answers.text(f.name) {
                            Some(code @ ("en" | "fr")) => tr.t(&format!("choice-language-{code}")),
                            _ => String::new(),
                        },
                        Kind::Checkbox if answers.flag(f.name) => tr.t("form-answer-yes"),
                        Kind::Checkbox => String::new(),
                        _ => form_value(tr, answers, f.name),
                    };
                    (f.name, tr.t(&f.label_key()), shown)
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
pub fn what_happened(tr: Tr, kind: &EventKind, zone: crate::domain::DeadlineZone) -> String {
    match kind {
        EventKind::Created => tr.t("city-event-created"),
        EventKind::Transition { to, .. } => {
            tr.t1("city-event-moved", "stage", words::stage(tr, *to))
        }
        EventKind::DocumentAdded { document, filename } if filename.is_empty() => tr.t1(
            "city-event-uploaded",
            "document",
            words::document(tr, *document),
        ),
        EventKind::DocumentAdded { document, filename } => tr.t2(
            "city-event-uploaded-file",
            "document",
            words::document(tr, *document),
            "file",
            filename,
        ),
        EventKind::DocumentRemoved { document, filename } => tr.t2(
            "city-event-removed-file",
            "document",
            words::document(tr, *document),
            "file",
            filename,
        ),
        EventKind::Part2Changed => tr.t("city-event-part2"),
        EventKind::ExtensionGranted { stage, deadline } => tr.t1(
            match stage {
                DeadlineStage::City => "city-event-extended-city",
                DeadlineStage::Natcom => "city-event-extended-natcom",
            },
            "deadline",
            tr.deadline(&crate::domain::ZonedDay::new(*deadline, zone)),
        ),
        EventKind::Note => tr.t("city-event-note"),
        EventKind::SectionSaved { section } => tr.t1(
            "city-event-section-saved",
            "section",
            tr.t(&section.title_key()),
        ),
        EventKind::ColleagueJoined { name, .. } => {
            tr.t1("city-event-colleague-joined", "name", person_name(tr, name))
        }
        EventKind::ColleagueRemoved { name, .. } => tr.t1(
            "city-event-colleague-removed",
            "name",
            person_name(tr, name),
        ),
        EventKind::ConsentWithdrawn => tr.t("privacy-event-consent-withdrawn"),
        EventKind::Ranked { rank: Some(rank) } => {
            tr.t1("natcom-event-ranked", "rank", i64::from(*rank))
        }
        EventKind::Ranked { rank: None } => tr.t("natcom-event-unranked"),
    }
}

/// A person's name as the pages show it: an erased account has none left.
pub fn person_name(tr: Tr, name: &str) -> String {
    if name.is_empty() {
        tr.t("privacy-erased-person")
    } else {
        name.to_owned()
    }
}

pub fn timeline_rows(tr: Tr, events: &[Event]) -> Vec<TimelineRow> {
    events
        .iter()
        .map(|e| TimelineRow {
            when: tr.utc(e.at),
            who: match (&e.actor_name, e.actor_role) {
                (Some(name), Some(role)) => tr.t2(
                    "city-event-actor",
                    "name",
                    person_name(tr, name),
                    "role",
                    words::role(tr, role),
                ),
                (Some(name), None) => person_name(tr, name),
                _ => tr.t("site-short-name"),
            },
            what: what_happened(tr, &e.kind, e.zone),
            note: e.note.clone(),
        })
        .collect()
}

/// One mail about an application, for its mail log.
pub struct MailLogRow {
    pub when: String,
    pub to: String,
    pub subject: String,
    pub state: String,
}

/// How a mail's state reads.
pub fn mail_state(tr: Tr, state: &str) -> String {
    tr.t(match state {
        "queued" => "city-mail-state-queued",
        "sending" => "city-mail-state-sending",
        "sent" => "city-mail-state-sent",
        _ => "city-mail-state-failed",
    })
}

pub fn mail_log(tr: Tr, mails: &[crate::db::outbox::Logged]) -> Vec<MailLogRow> {
    mails
        .iter()
        .map(|m| MailLogRow {
            when: tr.utc(m.created_at),
            to: m.recipient.clone(),
            subject: m.subject.clone(),
            state: mail_state(tr, &m.state),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::OneDecimal;
    use crate::i18n::{Locale, Tr};

    #[test]
    fn an_average_shows_one_decimal_with_halves_rounded_up() {
        let shown = |x: f64| OneDecimal(Tr::new(Locale::En), x).to_string();
        assert_eq!(shown(4.0), "4.0");
        assert_eq!(shown(57.0 / 15.0), "3.8");
        assert_eq!(shown(3.25), "3.3", "65 points over four assessments");
        assert_eq!(shown(3.24), "3.2");
        assert_eq!(shown(0.96), "1.0");
        assert_eq!(shown(5.0), "5.0");
        assert_eq!(shown(-1.25), "-1.3");
        assert_eq!(shown(-0.04), "0.0");
    }

    #[test]
    fn an_average_is_written_as_the_language_writes_decimals() {
        let fr = |x: f64| OneDecimal(Tr::new(Locale::Fr), x).to_string();
        assert_eq!(fr(3.8), "3,8");
        assert_eq!(fr(4.0), "4,0");
    }
}
