//! UIL's pages: what reached UIL and its review (`review`), the CSV export, calls,
//! deadline extensions, the audit trail, staff accounts and the member directory.

pub mod audit;
pub mod calls;
pub mod export;
pub mod extensions;
pub mod members;
pub mod outbox;
pub mod review;
pub mod users;

use serde::Deserialize;

use crate::db::listing::{Filter, Sort};
use crate::domain::Stage;

/// The filters of the UIL list, as they come in the query string. Empty means any; values
/// that mean nothing simply match nothing.
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
    pub page: Option<i64>,
}

impl FilterQuery {
    pub fn filter(&self) -> Filter {
        let some = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        Filter {
            // An unreadable call id filters to no call at all.
            call_id: some(&self.call).map(|c| c.parse().unwrap_or(-1)),
            region: some(&self.region),
            country: some(&self.country).map(|c| c.to_ascii_uppercase()),
            stage: some(&self.stage).map(|s| s.parse().unwrap_or(Stage::Draft)),
            reviewed: match self.reviewed.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
            sort: Sort::parse(&self.sort),
        }
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
