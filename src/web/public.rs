//! Pages for everyone: the call and the member directory.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use serde::Deserialize;

use super::session::Ctx;
use super::{AppState, Layout, render};
use crate::db;
use crate::domain::call::current_call;
use crate::domain::{Call, CallPhase, DeadlineZone, REGIONS};
use crate::error::Error;

#[derive(Template)]
#[template(path = "public/call.html")]
struct CallPage {
    layout: Layout,
    call: Option<CallView>,
}

struct CallView {
    title: String,
    body_html: Arc<str>,
    phase: PhaseView,
    opens: String,
    city_deadline: String,
    natcom_deadline: String,
    natcom_deadline_date: String,
    city_deadline_date: String,
    quota: i32,
    /// How the dates are to be read, in the call's zone.
    zone_note: String,
    /// Whether a city can still start an application.
    cities_may_apply: bool,
}

/// Where the call stands, for the banner at the top of the page.
struct PhaseView {
    /// "open", "upcoming" or "closed": the banner's colour.
    tone: &'static str,
    headline: String,
    detail: String,
}

/// "16 days left", "1 day left", "last day".
pub fn days(n: i64) -> String {
    match n {
        i64::MIN..=0 => "last day".into(),
        1 => "1 day left".into(),
        n => format!("{n} days left"),
    }
}

impl CallView {
    fn new(call: &Call, body_html: Arc<str>, now: chrono::DateTime<chrono::Utc>) -> Self {
        let d = call.deadlines();
        let phase = match call.phase_at(now) {
            CallPhase::NotYetOpen => PhaseView {
                tone: "upcoming",
                headline: "Not open yet".into(),
                detail: format!(
                    "Applications open on {}. You can register and prepare your application now.",
                    d.opens.opening_label()
                ),
            },
            CallPhase::OpenForCities { days_left } => PhaseView {
                tone: "open",
                headline: format!("Open for cities: {}", days(days_left)),
                detail: format!(
                    "Submit your application to your National Commission by {}.",
                    d.city.deadline_label()
                ),
            },
            CallPhase::OpenForNationalCommissions { days_left } => PhaseView {
                tone: "upcoming",
                headline: "Closed for cities; open for National Commissions".into(),
                detail: format!(
                    "Cities could submit until {}. National Commissions endorse and submit \
                     to UIL until {} ({}).",
                    d.city.deadline_label(),
                    d.natcom.deadline_label(),
                    days(days_left)
                ),
            },
            CallPhase::Closed => PhaseView {
                tone: "closed",
                headline: "This call is closed".into(),
                detail: format!(
                    "Cities submitted until {}; National Commissions until {}.",
                    d.city.deadline_label(),
                    d.natcom.deadline_label()
                ),
            },
        };
        CallView {
            title: call.title.clone(),
            body_html,
            cities_may_apply: d.city.is_still_open_at(now),
            phase,
            opens: d.opens.opening_label(),
            city_deadline: d.city.deadline_label(),
            natcom_deadline: d.natcom.deadline_label(),
            city_deadline_date: d.city.date_label(),
            natcom_deadline_date: d.natcom.date_label(),
            quota: call.endorsement_quota,
            zone_note: match call.zone {
                DeadlineZone::AnywhereOnEarth => "Each date is a whole day Anywhere on Earth \
                    (AoE, UTC−12): a deadline holds while that day is still running somewhere \
                    on Earth."
                    .into(),
                DeadlineZone::Named(tz) => {
                    format!("Each date is a whole day in the {} time zone.", tz.name())
                }
            },
        }
    }
}

pub async fn call_page(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    let calls = state.recent_calls().await?;
    let call = match current_call(&calls, ctx.now) {
        Some(c) => Some(CallView::new(c, state.call_html(c).await?, ctx.now)),
        None => None,
    };
    render(&CallPage {
        layout: ctx.layout(),
        call,
    })
}

#[derive(Debug, Deserialize)]
pub struct MemberFilter {
    region: Option<String>,
    country: Option<String>,
}

#[derive(Template)]
#[template(path = "public/members.html")]
struct MembersPage<'a> {
    layout: Layout,
    region: String,
    country: String,
    regions: &'static [&'static str],
    countries: &'a [db::members::CountryOption],
    counts: &'a [db::members::RegionCount],
    total: usize,
    members: Vec<&'a db::members::Member>,
    filtered: bool,
}

pub async fn members(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(filter): Query<MemberFilter>,
) -> Result<Html<String>, Error> {
    // An empty select ("All regions") sends an empty value: no filter.
    let region = filter.region.filter(|r| !r.is_empty());
    let country = filter
        .country
        .filter(|c| !c.is_empty())
        .map(|c| c.to_ascii_uppercase());
    let directory = state.directory().await?;
    render(&MembersPage {
        layout: ctx.layout(),
        filtered: region.is_some() || country.is_some(),
        members: directory.filtered(region.as_deref(), country.as_deref()),
        region: region.unwrap_or_default(),
        country: country.unwrap_or_default(),
        regions: &REGIONS,
        total: directory.members.len(),
        countries: &directory.countries,
        counts: &directory.counts,
    })
}
