//! Pages for everyone: the call and the member directory.
//!
//! Both are the same for every visitor of one language, and the call page is the busiest
//! of the site: each is kept rendered (its content, never the signed-in header) under
//! everything it shows: the language, the revision of the calls or of the directory as
//! PostgreSQL has it now (`app::site`), and the call's phase at the clock's time, which
//! turns "closed" at a deadline without a new revision. The same key is the page's `ETag`:
//! a visitor's browser that has the page is answered `304 Not Modified`; the answer varies
//! with `Accept-Language` and `Cookie`, which choose the language.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, PoisonError, RwLock};

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::error::Error;
use super::extract::Query;
use super::session::Ctx;
use super::{AppState, Layout, markdown, render, words};
use crate::app::{self, App};
use crate::db;
use crate::domain::application::time_left;
use crate::domain::call::current_call;
use crate::domain::form::Iso2;
use crate::domain::{Call, CallPhase, DeadlineZone, REGIONS};
use crate::i18n::{Locale, Tr, sorted_by_name};

/// How many rendered pages of each kind are kept at most: filters come from query
/// strings, which anyone can make up.
const KEPT_PAGES: usize = 256;

/// The public pages as rendered, by what they show.
#[derive(Default)]
pub struct KeptPages {
    /// The calls of a revision: which one is current, and its phase, follow the clock.
    calls: RwLock<Option<(i64, Arc<Vec<Call>>)>>,
    call_pages: RwLock<HashMap<CallKey, Kept>>,
    directory: RwLock<Option<(i64, Arc<db::members::Directory>)>>,
    member_pages: RwLock<HashMap<MembersKey, Kept>>,
}

/// A page's content as rendered, with its title and `ETag`.
#[derive(Clone)]
struct Kept {
    title: Arc<str>,
    main: Arc<str>,
    etag: HeaderValue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct CallKey {
    locale: Locale,
    revision: i64,
    call: Option<i64>,
    phase: Option<CallPhase>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct MembersKey {
    locale: Locale,
    revision: i64,
    region: Option<String>,
    country: Option<String>,
}

fn etag_of(kind: &str, key: &impl Hash) -> HeaderValue {
    let mut h = DefaultHasher::new();
    key.hash(&mut h);
    HeaderValue::from_str(&format!("\"{kind}-{:016x}\"", h.finish()))
        .expect("an ETag of hex digits")
}

fn read<T: Clone>(lock: &RwLock<T>) -> T {
    lock.read().unwrap_or_else(PoisonError::into_inner).clone()
}

/// Keeps `page` under `key`, forgetting every page of older revisions (and all of them
/// when there are too many).
fn keep<K: Hash + Eq>(
    lock: &RwLock<HashMap<K, Kept>>,
    key: K,
    page: Kept,
    current: impl Fn(&K) -> bool,
) {
    let mut pages = lock.write().unwrap_or_else(PoisonError::into_inner);
    pages.retain(|k, _| current(k));
    if pages.len() >= KEPT_PAGES {
        pages.clear();
    }
    pages.insert(key, page);
}

impl KeptPages {
    async fn calls(&self, app: &App, revision: i64) -> Result<Arc<Vec<Call>>, app::Error> {
        if let Some((kept, calls)) = read(&self.calls)
            && kept == revision
        {
            return Ok(calls);
        }
        let calls = Arc::new(app::public::calls(app).await?);
        *self.calls.write().unwrap_or_else(PoisonError::into_inner) =
            Some((revision, calls.clone()));
        Ok(calls)
    }

    async fn call_page(&self, app: &App, now: DateTime<Utc>, tr: Tr) -> Result<Kept, app::Error> {
        let revision = app::public::revision(app).await?.calls;
        let calls = self.calls(app, revision).await?;
        let call = current_call(&calls, now);
        let key = CallKey {
            locale: tr.locale,
            revision,
            call: call.map(|c| c.id),
            phase: call.map(|c| c.phase_at(now)),
        };
        if let Some(page) = read(&self.call_pages).get(&key) {
            return Ok(page.clone());
        }
        let view = match call {
            Some(c) => {
                let text = app::public::call_text(app, c.id, tr.code()).await?;
                Some(CallView::new(tr, c, &text, now))
            }
            None => None,
        };
        let title = view
            .as_ref()
            .map_or_else(|| tr.t("public-no-call-title"), |v| v.title.clone());
        let main = CallMain {
            tr,
            call: view.as_ref(),
        }
        .render()
        .map_err(|e| app::Error::Db(db::Error::Corrupt(format!("call page: {e}"))))?;
        let page = Kept {
            title: title.into(),
            main: main.into(),
            etag: etag_of("call", &key),
        };
        keep(&self.call_pages, key, page.clone(), |k| {
            k.revision == revision
        });
        Ok(page)
    }

    async fn directory(
        &self,
        app: &App,
        revision: i64,
    ) -> Result<Arc<db::members::Directory>, app::Error> {
        if let Some((kept, directory)) = read(&self.directory)
            && kept == revision
        {
            return Ok(directory);
        }
        let directory = Arc::new(app::public::directory(app).await?);
        *self
            .directory
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Some((revision, directory.clone()));
        Ok(directory)
    }

    async fn members_page(
        &self,
        app: &App,
        region: Option<String>,
        country: Option<String>,
        tr: Tr,
    ) -> Result<Kept, app::Error> {
        let revision = app::public::revision(app).await?.directory;
        let key = MembersKey {
            locale: tr.locale,
            revision,
            region,
            country,
        };
        if let Some(page) = read(&self.member_pages).get(&key) {
            return Ok(page.clone());
        }
        let directory = self.directory(app, revision).await?;
        // The Member States by their names in this language; their members in that order.
        let members_of: HashMap<&str, i64> = directory
            .countries
            .iter()
            .map(|c| (c.iso2.as_str(), c.members))
            .collect();
        let countries: Vec<CountryChoice> =
            sorted_by_name(tr, directory.countries.iter().map(|c| c.iso2.as_str()))
                .into_iter()
                .map(|(iso2, name)| CountryChoice {
                    iso2,
                    name,
                    members: members_of.get(iso2).copied().unwrap_or_default(),
                })
                .collect();
        let rank: HashMap<&str, usize> = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.iso2, i))
            .collect();
        let mut members = directory.filtered(key.region.as_deref(), key.country.as_deref());
        // Stable: within a Member State, the cities keep the directory's order.
        members.sort_by_key(|m| rank.get(m.country.as_str()).copied().unwrap_or(usize::MAX));
        let members = members
            .into_iter()
            .map(|m| MemberRow {
                profile: m.profile.then_some(m.id),
                city: &m.city,
                country: countries
                    .get(rank.get(m.country.as_str()).copied().unwrap_or(usize::MAX))
                    .map_or_else(|| tr.country(&m.country), |c| c.name.clone()),
                region: words::region(tr, &m.region),
                joined_year: m.joined_year,
            })
            .collect();
        let regions = REGIONS
            .iter()
            .map(|&value| RegionChoice {
                value,
                name: words::region(tr, value),
            })
            .collect();
        let counts = directory
            .counts
            .iter()
            .map(|c| RegionChoice {
                value: &c.region,
                name: words::region(tr, &c.region),
            })
            .zip(directory.counts.iter().map(|c| c.members))
            .collect();
        let main = MembersMain {
            tr,
            filtered: key.region.is_some() || key.country.is_some(),
            members,
            region: key.region.as_deref().unwrap_or_default(),
            country: key.country.as_deref().unwrap_or_default(),
            regions,
            total: directory.members.len(),
            countries,
            counts,
        }
        .render()
        .map_err(|e| app::Error::Db(db::Error::Corrupt(format!("members page: {e}"))))?;
        let page = Kept {
            title: tr.t("public-members-title").into(),
            main: main.into(),
            etag: etag_of("members", &key),
        };
        keep(&self.member_pages, key, page.clone(), |k| {
            k.revision == revision
        });
        Ok(page)
    }
}

#[derive(Template)]
#[template(path = "public/call_main.html")]
struct CallMain<'a> {
    tr: Tr,
    call: Option<&'a CallView>,
}

struct CallView {
    title: String,
    body_html: String,
    /// The language of the title and text: the reader's, or English where the call has
    /// no text in the reader's language yet (the page then says so).
    text_lang: &'static str,
    untranslated: bool,
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

impl CallView {
    fn new(tr: Tr, call: &Call, text: &db::calls::CallText, now: DateTime<Utc>) -> Self {
        let d = call.deadlines();
        let days = |deadline: &crate::domain::ZonedDay| {
            super::words::time_left(tr, time_left(deadline, now))
        };
        let phase = match call.phase_at(now) {
            CallPhase::NotYetOpen => PhaseView {
                tone: "upcoming",
                headline: tr.t("public-phase-not-open"),
                detail: tr.t1(
                    "public-phase-not-open-detail",
                    "opens",
                    tr.opening(&d.opens),
                ),
            },
            CallPhase::OpenForCities { .. } => PhaseView {
                tone: "open",
                headline: tr.t1("public-phase-open-cities", "left", days(&d.city)),
                detail: tr.t1(
                    "public-phase-open-cities-detail",
                    "deadline",
                    tr.deadline(&d.city),
                ),
            },
            CallPhase::OpenForNationalCommissions { .. } => PhaseView {
                tone: "upcoming",
                headline: tr.t("public-phase-open-natcoms"),
                detail: tr.t3(
                    "public-phase-open-natcoms-detail",
                    "city",
                    tr.deadline(&d.city),
                    "natcom",
                    tr.deadline(&d.natcom),
                    "left",
                    days(&d.natcom),
                ),
            },
            CallPhase::Closed => PhaseView {
                tone: "closed",
                headline: tr.t("public-phase-closed"),
                detail: tr.t2(
                    "public-phase-closed-detail",
                    "city",
                    tr.deadline(&d.city),
                    "natcom",
                    tr.deadline(&d.natcom),
                ),
            },
        };
        CallView {
            title: text.title.clone(),
            body_html: markdown::to_html(&text.body),
            text_lang: if text.translated { tr.code() } else { "en" },
            untranslated: !text.translated,
            cities_may_apply: call.accepts_applications(now),
            phase,
            opens: tr.opening(&d.opens),
            city_deadline: tr.deadline(&d.city),
            natcom_deadline: tr.deadline(&d.natcom),
            city_deadline_date: tr.date(d.city.date),
            natcom_deadline_date: tr.date(d.natcom.date),
            quota: call.endorsement_quota,
            zone_note: match call.zone {
                DeadlineZone::AnywhereOnEarth => tr.t("public-zone-aoe"),
                DeadlineZone::Named(tz) => tr.t1("public-zone-named", "zone", tz.name()),
            },
        }
    }
}

#[derive(Template)]
#[template(path = "public/call.html")]
struct CallPage<'a> {
    layout: Layout,
    title: &'a str,
    main: &'a str,
}

#[derive(Template)]
#[template(path = "public/members.html")]
struct MembersPage<'a> {
    layout: Layout,
    main: &'a str,
}

#[derive(Template)]
#[template(path = "public/members_main.html")]
struct MembersMain<'a> {
    tr: Tr,
    region: &'a str,
    country: &'a str,
    regions: Vec<RegionChoice<'a>>,
    countries: Vec<CountryChoice<'a>>,
    /// Each region with its number of members.
    counts: Vec<(RegionChoice<'a>, i64)>,
    total: usize,
    members: Vec<MemberRow<'a>>,
    filtered: bool,
}

/// A region of the filter: the value of the query (its English name) and its name.
struct RegionChoice<'a> {
    value: &'a str,
    name: String,
}

/// A Member State of the filter, named in the page's language, with its number of members.
struct CountryChoice<'a> {
    iso2: &'a str,
    name: String,
    members: i64,
}

/// A line of the directory, in the page's language.
struct MemberRow<'a> {
    /// The member's id, where it has a public profile.
    profile: Option<i64>,
    city: &'a str,
    country: String,
    region: String,
    joined_year: Option<i16>,
}

/// The layout of the visitor, in the visitor's language, looking the session up only
/// when there is one.
pub(crate) async fn layout(state: &AppState, ctx: &Ctx) -> Result<Layout, Error> {
    if ctx.session_token.is_none() {
        return Ok(ctx.layout_of(None));
    }
    let visit = ctx.visit(state).await?;
    Ok(ctx.layout(&visit))
}

/// What chooses a public page: its language and whether someone is signed in.
const VARY: &str = "Accept-Language, Cookie";

/// A kept page as the answer: `304` to a visitor whose browser has it, the page with its
/// `ETag` to other visitors, the page alone to a signed-in person.
fn answer(
    headers: &HeaderMap,
    layout: Layout,
    kept: &Kept,
    page: impl FnOnce(Layout) -> Result<axum::response::Html<String>, Error>,
) -> Result<Response, Error> {
    let visitor = layout.user.is_none();
    if visitor
        && headers
            .get(header::IF_NONE_MATCH)
            .is_some_and(|v| v.as_bytes() == kept.etag.as_bytes())
    {
        return Ok((
            StatusCode::NOT_MODIFIED,
            [
                (header::ETAG, kept.etag.clone()),
                (header::VARY, HeaderValue::from_static(VARY)),
            ],
        )
            .into_response());
    }
    let mut response = page(layout)?.into_response();
    let h = response.headers_mut();
    // The language comes from the cookie (the menu's, or the account's) or the browser.
    h.insert(header::VARY, HeaderValue::from_static(VARY));
    if visitor {
        h.insert(header::ETAG, kept.etag.clone());
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    }
    Ok(response)
}

pub async fn call_page(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
) -> Result<Response, Error> {
    let layout = layout(&state, &ctx).await?;
    let kept = state
        .0
        .pages
        .call_page(state.app(), ctx.now, layout.tr)
        .await
        .map_err(|e| ctx.fail(e))?;
    answer(&headers, layout, &kept, |layout| {
        render(&CallPage {
            layout,
            title: &kept.title,
            main: &kept.main,
        })
    })
}

#[derive(Debug, Deserialize)]
pub struct MemberFilter {
    region: Option<String>,
    country: Option<String>,
}

pub async fn members(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Query(filter): Query<MemberFilter>,
) -> Result<Response, Error> {
    // An empty select ("All regions") sends an empty value: no filter. A value that is no
    // region or no country code matches nothing, and is kept as one page, "?", whatever
    // was sent: the kept pages are few, and what reaches the database is known.
    let region = filter.region.filter(|r| !r.is_empty()).map(|r| {
        if REGIONS.contains(&r.as_str()) {
            r
        } else {
            "?".to_owned()
        }
    });
    let country = filter
        .country
        .filter(|c| !c.is_empty())
        .map(|c| Iso2::parse(&c).map_or_else(|_| "?".to_owned(), |c| c.as_str().to_owned()));
    let layout = layout(&state, &ctx).await?;
    let kept = state
        .0
        .pages
        .members_page(state.app(), region, country, layout.tr)
        .await
        .map_err(|e| ctx.fail(e))?;
    answer(&headers, layout, &kept, |layout| {
        render(&MembersPage {
            layout,
            main: &kept.main,
        })
    })
}
