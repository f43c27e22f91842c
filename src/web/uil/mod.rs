//! UIL's pages: what reached UIL and its review (`review`), the CSV export, calls,
//! deadline extensions, the audit trail, staff accounts and the member directory.

pub mod audit;
pub mod calls;
pub mod dossier;
pub mod export;
pub mod extensions;
pub mod jury;
pub mod members;
pub mod outbox;
pub mod pipeline;
pub mod review;
pub mod users;

use serde::Deserialize;

use crate::app::{Issue, Issues};
use crate::db::listing::{Filter, Sort};
use crate::db::member_states::MemberState;
use crate::domain::REGIONS;
use crate::domain::form::Iso2;
use crate::i18n::{Tr, sorted_by_name};

/// Names in a sentence, as the language lists them: "Africa 2, Arab States 1 and Europe
/// and North America 3".
pub fn listed(tr: Tr, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!(
            "{}{}{last}",
            first.join(&tr.t("uil-list-separator")),
            tr.t("uil-list-last")
        ),
    }
}

/// The options of a choice of Member State: (ISO code, name), in the alphabetical order
/// of the reader's language.
pub fn country_choices(tr: Tr, states: &[MemberState]) -> Vec<(String, String)> {
    sorted_by_name(tr, states.iter().map(|s| s.iso2.as_str()))
        .into_iter()
        .map(|(code, name)| (code.to_owned(), name))
        .collect()
}

/// The ISO code of the Member State the database names `name` (in English).
pub fn country_named<'a>(states: &'a [MemberState], name: &str) -> Option<&'a str> {
    states
        .iter()
        .find(|s| s.name == name)
        .map(|s| s.iso2.as_str())
}

/// The filters of the UIL list, as they come in the query string. Empty means any.
#[derive(Debug, Default, Deserialize)]
pub struct FilterQuery {
    #[serde(default)]
    pub call: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub stage: String,
    #[serde(default)]
    pub reviewed: String,
    #[serde(default)]
    pub sort: String,
    #[serde(default)]
    pub page: String,
}

/// The most pages any list shows (a bound on what `?page=` may ask for).
pub const MAX_PAGE: i64 = 100_000;

/// A page number from a query string: 1 when not given.
pub fn page_number(raw: &str, issues: &mut Issues) -> i64 {
    match raw.trim() {
        "" => 1,
        n => match n.parse::<i64>() {
            Ok(page) if (1..=MAX_PAGE).contains(&page) => page,
            _ => {
                issues.add(
                    "page",
                    Issue::OutOfRange {
                        min: 1,
                        max: MAX_PAGE,
                    },
                );
                1
            }
        },
    }
}

impl FilterQuery {
    /// The filters as read, and the problem of each that could not be (it then does not
    /// filter), and the page asked for.
    pub fn parse(&self) -> (Filter, i64, Issues) {
        let mut issues = Issues::default();
        let mut choose = |field: &'static str, raw: &str| -> Option<String> {
            let raw = raw.trim();
            if raw.is_empty() {
                None
            } else if raw.chars().any(char::is_control) || raw.chars().count() > 100 {
                issues.add(field, Issue::NotAChoice);
                None
            } else {
                Some(raw.to_owned())
            }
        };
        let call = choose("call", &self.call);
        let region = choose("region", &self.region);
        let country = choose("country", &self.country);
        let stage = choose("stage", &self.stage);
        let reviewed = choose("reviewed", &self.reviewed);
        let sort = choose("sort", &self.sort);
        let mut not_a_choice = |field: &'static str| issues.add(field, Issue::NotAChoice);
        let filter = Filter {
            call_id: call.and_then(|c| {
                c.parse().ok().or_else(|| {
                    not_a_choice("call");
                    None
                })
            }),
            region: region.filter(|r| {
                let known = REGIONS.contains(&r.as_str());
                if !known {
                    not_a_choice("region");
                }
                known
            }),
            country: country.and_then(|c| match Iso2::parse(&c) {
                Ok(c) => Some(c.as_str().to_owned()),
                Err(_) => {
                    not_a_choice("country");
                    None
                }
            }),
            stage: stage.and_then(|s| {
                s.parse().ok().or_else(|| {
                    not_a_choice("stage");
                    None
                })
            }),
            reviewed: match reviewed.as_deref() {
                None => None,
                Some("yes") => Some(true),
                Some("no") => Some(false),
                Some(_) => {
                    not_a_choice("reviewed");
                    None
                }
            },
            sort: match sort.as_deref() {
                None | Some("newest") => Sort::Newest,
                Some("city") => Sort::City,
                Some("country") => Sort::Country,
                Some(_) => {
                    not_a_choice("sort");
                    Sort::Newest
                }
            },
        };
        let page = page_number(&self.page, &mut issues);
        (filter, page, issues)
    }

    /// The query string of these filters, for links that keep them (pages, export).
    pub fn query(&self) -> String {
        serde_urlencoded::to_string([
            ("call", self.call.as_str()),
            ("region", self.region.as_str()),
            ("country", self.country.as_str()),
            ("stage", self.stage.as_str()),
            ("reviewed", self.reviewed.as_str()),
            ("sort", self.sort.as_str()),
        ])
        .unwrap_or_default()
    }
}
