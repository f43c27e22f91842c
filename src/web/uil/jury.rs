//! UIL's pages of the jury: a call's rubric (`/uil/calls/{id}/rubric`), its jurors and
//! their assignments (`/uil/calls/{id}/jury`), the ranking for the jury meeting with its
//! CSV (`/uil/calls/{id}/ranking`), and decisions on many applications at once
//! (`/uil/decisions`).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::export::spreadsheet_safe;
use crate::app::uil::DecisionInput;
use crate::app::uil::jury::{self as usecase, DESCRIPTION_FIELDS, NAME_FIELDS};
use crate::app::{self, Issue, Issues, Visit};
use crate::db::ranking::{RankingFilter, RankingSort};
use crate::domain::access::Area;
use crate::domain::jury;
use crate::domain::{Action, REGIONS, Refusal};
use crate::i18n::{Locale, Tr};
use crate::web::error::Error;
use crate::web::extract::{Path, Query};
use crate::web::forms::FormErrors;
use crate::web::session::{CsrfForm, Ctx};
use crate::web::upload::FormData;
use crate::web::views::OneDecimal;
use crate::web::{AppState, Layout, render, unprocessable, words};

// ---------- the rubric ----------

struct CriterionRow {
    id: i64,
    weight: String,
    /// (name field, description field, language's name, name, description) per language.
    texts: Vec<(&'static str, &'static str, String, String, String)>,
    /// The criterion whose change could not be saved: it shows what was typed and the
    /// errors, under the fields' own names (the error summary links to them).
    edited: bool,
}

impl CriterionRow {
    /// The id of one of its fields: the field's name for the criterion being corrected,
    /// else the name and the criterion, so that no two fields of the page share one.
    fn id_of(&self, field: &str) -> String {
        if self.edited {
            field.to_owned()
        } else {
            format!("{field}-{}", self.id)
        }
    }
}

#[derive(Template)]
#[template(path = "uil/rubric.html")]
struct RubricPage {
    layout: Layout,
    call_id: i64,
    call_title: String,
    criteria: Vec<CriterionRow>,
    frozen: bool,
    threshold: String,
    /// The form of a new criterion, as typed: weight, then (name field, description
    /// field, language, name, description) per language.
    new_weight: String,
    new_texts: Vec<(&'static str, &'static str, String, String, String)>,
    /// Whether the errors are an existing criterion's (else the new one's).
    editing: bool,
    errors: FormErrors,
    refusal: Option<String>,
}

#[derive(Default)]
struct RubricOutcome {
    issues: Issues,
    /// The threshold as typed, when it could not be saved.
    threshold: Option<String>,
    typed: Option<(String, Vec<String>, Vec<String>)>,
    /// The criterion `typed` was a change of; `None`: a new criterion.
    editing: Option<i64>,
    refusal: Option<Refusal>,
}

/// A language named in itself, as the language menu names it.
fn language_name(_tr: Tr, code: &str) -> String {
    Locale::OFFERED
        .into_iter()
        .find(|l| l.code() == code)
        .map(|l| Tr::autonym(l).to_owned())
        .unwrap_or_default()
}

async fn rubric_page(
    ctx: &Ctx,
    visit: &mut Visit,
    call_id: i64,
    outcome: RubricOutcome,
) -> Result<Html<String>, Error> {
    let (call, rubric) = usecase::rubric(visit, call_id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let tr = ctx.tr(visit.user.as_ref());
    let codes: Vec<&str> = Locale::OFFERED.iter().map(|l| l.code()).collect();
    let blank = || {
        (
            "1".to_owned(),
            vec![String::new(); 6],
            vec![String::new(); 6],
        )
    };
    let editing = outcome.editing;
    let (edited, (weight, names, descriptions)) = match (editing, outcome.typed) {
        (Some(_), Some(typed)) => (Some(typed), blank()),
        (_, typed) => (None, typed.unwrap_or_else(blank)),
    };
    render(&RubricPage {
        layout: ctx.layout(visit),
        call_id,
        call_title: call.title_in(tr.code()).to_owned(),
        criteria: rubric
            .criteria
            .iter()
            .map(|c| {
                let typed = edited.as_ref().filter(|_| editing == Some(c.id));
                CriterionRow {
                    id: c.id,
                    weight: typed.map_or_else(|| c.weight.to_string(), |t| t.0.clone()),
                    texts: codes
                        .iter()
                        .enumerate()
                        .map(|(i, code)| {
                            let stored = |texts: &std::collections::HashMap<String, String>| {
                                texts.get(*code).cloned().unwrap_or_default()
                            };
                            (
                                NAME_FIELDS[i],
                                DESCRIPTION_FIELDS[i],
                                language_name(tr, code),
                                typed.map_or_else(|| stored(&c.names), |t| t.1[i].clone()),
                                typed.map_or_else(|| stored(&c.descriptions), |t| t.2[i].clone()),
                            )
                        })
                        .collect(),
                    edited: typed.is_some(),
                }
            })
            .collect(),
        frozen: rubric.scored,
        threshold: outcome
            .threshold
            .unwrap_or_else(|| format!("{:.1}", rubric.threshold)),
        new_weight: weight,
        editing: editing.is_some(),
        new_texts: codes
            .iter()
            .enumerate()
            .map(|(i, code)| {
                (
                    NAME_FIELDS[i],
                    DESCRIPTION_FIELDS[i],
                    language_name(tr, code),
                    names.get(i).cloned().unwrap_or_default(),
                    descriptions.get(i).cloned().unwrap_or_default(),
                )
            })
            .collect(),
        errors: FormErrors::from_issues(tr, &outcome.issues),
        refusal: outcome.refusal.map(|r| words::refusal(tr, &r)),
    })
}

pub async fn rubric(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    rubric_page(&ctx, &mut visit, call_id, RubricOutcome::default()).await
}

fn typed_criterion(input: &FormData) -> (String, Vec<String>, Vec<String>) {
    (
        input.text("weight").to_owned(),
        NAME_FIELDS
            .iter()
            .map(|f| input.text(f).to_owned())
            .collect(),
        DESCRIPTION_FIELDS
            .iter()
            .map(|f| input.text(f).to_owned())
            .collect(),
    )
}

async fn rubric_changed(
    ctx: &Ctx,
    visit: &mut Visit,
    call_id: i64,
    done: Result<(), app::Error>,
    typed: Option<(String, Vec<String>, Vec<String>)>,
    editing: Option<i64>,
) -> Result<Response, Error> {
    match done {
        Ok(()) => Ok(Redirect::to(&format!("/uil/calls/{call_id}/rubric")).into_response()),
        Err(app::Error::Refused(refusal)) => {
            let outcome = RubricOutcome {
                refusal: Some(refusal),
                typed,
                editing,
                ..RubricOutcome::default()
            };
            let page = rubric_page(ctx, visit, call_id, outcome).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

/// Adds a criterion to the call's rubric.
pub async fn add_criterion(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    let typed = typed_criterion(&input);
    match usecase::parse_criterion(&typed.0, &typed.1, &typed.2) {
        Ok(criterion) => {
            let done = usecase::change_rubric(&mut visit, call_id, None, Some(criterion)).await;
            rubric_changed(&ctx, &mut visit, call_id, done, Some(typed), None).await
        }
        Err(issues) => {
            let outcome = RubricOutcome {
                issues,
                typed: Some(typed),
                ..RubricOutcome::default()
            };
            let page = rubric_page(&ctx, &mut visit, call_id, outcome).await?;
            Ok(unprocessable(page))
        }
    }
}

/// Changes a criterion, or removes it (`remove`).
pub async fn change_criterion(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((call_id, id)): Path<(i64, i64)>,
    input: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    if !input.text("remove").is_empty() {
        let done = usecase::change_rubric(&mut visit, call_id, Some(id), None).await;
        return rubric_changed(&ctx, &mut visit, call_id, done, None, None).await;
    }
    let typed = typed_criterion(&input);
    match usecase::parse_criterion(&typed.0, &typed.1, &typed.2) {
        Ok(criterion) => {
            let done = usecase::change_rubric(&mut visit, call_id, Some(id), Some(criterion)).await;
            rubric_changed(&ctx, &mut visit, call_id, done, Some(typed), Some(id)).await
        }
        Err(issues) => {
            let outcome = RubricOutcome {
                issues,
                typed: Some(typed),
                editing: Some(id),
                ..RubricOutcome::default()
            };
            let page = rubric_page(&ctx, &mut visit, call_id, outcome).await?;
            Ok(unprocessable(page))
        }
    }
}

pub async fn threshold(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    match usecase::parse_threshold(input.text("threshold")) {
        Ok(t) => {
            usecase::set_threshold(&mut visit, call_id, t)
                .await
                .map_err(|e| ctx.fail(e))?;
            Ok(Redirect::to(&format!("/uil/calls/{call_id}/rubric")).into_response())
        }
        Err(issues) => {
            let outcome = RubricOutcome {
                issues,
                threshold: Some(input.text("threshold").to_owned()),
                ..RubricOutcome::default()
            };
            let page = rubric_page(&ctx, &mut visit, call_id, outcome).await?;
            Ok(unprocessable(page))
        }
    }
}

// ---------- the jury of a call ----------

struct JurorView {
    name: String,
    email: String,
    country: String,
    declared: String,
    load: String,
}

struct AppRow {
    id: i64,
    city: String,
    country: String,
    jurors: Vec<(i64, String, bool, bool)>,
    /// The jurors who may still be assigned: out of conflict and not on it.
    free: Vec<(i64, String)>,
}

struct DeclarationView {
    application_id: i64,
    city: String,
    juror: String,
    conflict: bool,
    reason: String,
    when: String,
}

#[derive(Template)]
#[template(path = "uil/jury.html")]
struct JuryPage {
    layout: Layout,
    call_id: i64,
    call_title: String,
    jurors: Vec<JurorView>,
    apps: Vec<AppRow>,
    declarations: Vec<DeclarationView>,
    unpublished: usize,
    k: String,
    errors: FormErrors,
    refusal: Option<String>,
    notice: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct JuryQuery {
    #[serde(default)]
    added: Option<usize>,
    #[serde(default)]
    told: Option<usize>,
}

async fn jury_page(
    ctx: &Ctx,
    visit: &mut Visit,
    call_id: i64,
    issues: Issues,
    refusal: Option<Refusal>,
    notice: Option<String>,
    k: String,
) -> Result<Html<String>, Error> {
    let board = usecase::board(visit, call_id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let tr = ctx.tr(visit.user.as_ref());
    let unpublished = board.unpublished();
    render(&JuryPage {
        layout: ctx.layout(visit),
        call_id,
        call_title: board.call.title_in(tr.code()).to_owned(),
        jurors: board
            .jurors
            .iter()
            .map(|j| JurorView {
                name: j.name.clone(),
                email: j.email.clone(),
                country: tr.country(&j.country),
                declared: j
                    .declared_countries
                    .iter()
                    .map(|c| tr.country(c))
                    .collect::<Vec<_>>()
                    .join(", "),
                load: tr.number(j.load),
            })
            .collect(),
        apps: board
            .open
            .iter()
            .map(|o| AppRow {
                id: o.id,
                city: o.city.clone(),
                country: tr.country(&o.country),
                jurors: board
                    .assignments
                    .iter()
                    .filter(|a| a.application_id == o.id)
                    .map(|a| (a.juror_id, a.juror_name.clone(), a.published, a.handed_in))
                    .collect(),
                free: board.free_for(o).map(|j| (j.id, j.name.clone())).collect(),
            })
            .collect(),
        declarations: board
            .declarations
            .iter()
            .map(|d| DeclarationView {
                application_id: d.application_id,
                city: d.city.clone(),
                juror: d.juror_name.clone(),
                conflict: d.conflict,
                reason: d.reason.clone(),
                when: tr.utc(d.declared_at),
            })
            .collect(),
        unpublished,
        k,
        errors: FormErrors::from_issues(tr, &issues),
        refusal: refusal.map(|r| words::refusal(tr, &r)),
        notice,
    })
}

pub async fn board(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
    Query(q): Query<JuryQuery>,
) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    let tr = ctx.tr(visit.user.as_ref());
    let notice = match (q.added, q.told) {
        (Some(n), _) => Some(tr.t1("uil-jury-added", "count", n as i64)),
        (_, Some(n)) => Some(tr.t1("uil-jury-published", "count", n as i64)),
        _ => None,
    };
    jury_page(
        &ctx,
        &mut visit,
        call_id,
        Issues::default(),
        None,
        notice,
        K.to_owned(),
    )
    .await
}

async fn jury_done<T>(
    ctx: &Ctx,
    visit: &mut Visit,
    call_id: i64,
    done: Result<T, app::Error>,
    to: impl FnOnce(T) -> String,
    k: String,
) -> Result<Response, Error> {
    match done {
        Ok(t) => Ok(Redirect::to(&to(t)).into_response()),
        Err(app::Error::Refused(r)) => {
            let page = jury_page(ctx, visit, call_id, Issues::default(), Some(r), None, k).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

pub async fn assign_automatically(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    let typed = input.text("k").to_owned();
    let k = match usecase::parse_jurors_per_application(&typed) {
        Ok(k) => k,
        Err(issues) => {
            let page = jury_page(&ctx, &mut visit, call_id, issues, None, None, typed).await?;
            return Ok(unprocessable(page));
        }
    };
    let done = usecase::assign_automatically(&mut visit, call_id, k).await;
    jury_done(
        &ctx,
        &mut visit,
        call_id,
        done,
        |n| format!("/uil/calls/{call_id}/jury?added={n}"),
        typed,
    )
    .await
}

/// The application and the juror a form of the jury page names.
fn pair_of(input: &FormData) -> Result<(i64, i64), Issues> {
    let mut issues = Issues::default();
    let mut id = |name: &'static str| match input.text(name).trim().parse::<i64>() {
        Ok(id) => id,
        Err(_) => {
            issues.add(name, Issue::NotAChoice);
            0
        }
    };
    let pair = (id("application"), id("juror"));
    if issues.is_empty() {
        Ok(pair)
    } else {
        Err(issues)
    }
}

/// The jurors per application the automatic assignment offers first.
const K: &str = "3";

pub async fn assign(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    let (application, juror) = match pair_of(&input) {
        Ok(pair) => pair,
        Err(issues) => {
            let page = jury_page(&ctx, &mut visit, call_id, issues, None, None, K.into()).await?;
            return Ok(unprocessable(page));
        }
    };
    let done = usecase::assign_by_hand(&mut visit, call_id, application, juror).await;
    let back = |()| format!("/uil/calls/{call_id}/jury#application-{application}");
    jury_done(&ctx, &mut visit, call_id, done, back, K.into()).await
}

pub async fn unassign(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    // Both values come from the page's own hidden fields.
    let (application, juror) = pair_of(&input).map_err(|_| Error::BadRequest)?;
    let done = usecase::unassign(&mut visit, call_id, application, juror).await;
    let back = |()| format!("/uil/calls/{call_id}/jury#application-{application}");
    jury_done(&ctx, &mut visit, call_id, done, back, K.into()).await
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
    _form: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let done = usecase::publish(state.app(), &mut visit, call_id).await;
    jury_done(
        &ctx,
        &mut visit,
        call_id,
        done,
        |n| format!("/uil/calls/{call_id}/jury?told={n}"),
        K.into(),
    )
    .await
}

// ---------- the ranking ----------

#[derive(Debug, Default, Deserialize)]
pub struct RankingQuery {
    #[serde(default)]
    region: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    sort: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    decided: Option<usize>,
}

impl RankingQuery {
    /// The filter of a download: one that cannot be read is a bad request (the pages
    /// offer only what can).
    pub(super) fn download_filter(&self, call_id: i64) -> Result<RankingFilter, Error> {
        let mut issues = Issues::default();
        let filter = self.filter(call_id, &mut issues);
        if issues.is_empty() {
            Ok(filter)
        } else {
            Err(Error::BadRequest)
        }
    }

    fn filter(&self, call_id: i64, issues: &mut Issues) -> RankingFilter {
        let region = match self.region.trim() {
            "" => None,
            r if REGIONS.contains(&r) => Some(r.to_owned()),
            _ => {
                issues.add("region", Issue::NotAChoice);
                None
            }
        };
        let country = match self.country.trim() {
            "" => None,
            c => match crate::domain::form::Iso2::parse(c) {
                Ok(c) => Some(c.as_str().to_owned()),
                Err(_) => {
                    issues.add("country", Issue::NotAChoice);
                    None
                }
            },
        };
        let sort = match self.sort.trim() {
            "" => RankingSort::default(),
            s => RankingSort::parse(s).unwrap_or_else(|| {
                issues.add("sort", Issue::NotAChoice);
                RankingSort::default()
            }),
        };
        RankingFilter {
            call_id,
            region,
            country,
            sort,
        }
    }

    fn query(&self, f: &RankingFilter) -> String {
        serde_urlencoded::to_string([
            ("region", f.region.clone().unwrap_or_default()),
            ("country", f.country.clone().unwrap_or_default()),
            ("sort", f.sort.as_str().to_owned()),
        ])
        .unwrap_or_default()
    }
}

const RANKING_PAGE: i64 = 50;

struct RankRow {
    id: i64,
    rank: String,
    city: String,
    country: String,
    region: String,
    stage: String,
    mean: String,
    median: String,
    spread: String,
    scored: String,
    disagree: bool,
}

#[derive(Template)]
#[template(path = "uil/ranking.html")]
struct RankingPage {
    layout: Layout,
    call_id: i64,
    call_title: String,
    rows: Vec<RankRow>,
    total: String,
    page: i64,
    pages: i64,
    query: String,
    region: String,
    country: String,
    sort: &'static str,
    regions: Vec<(&'static str, String)>,
    sorts: Vec<(&'static str, String)>,
    countries: std::sync::Arc<crate::web::country_options::CountryOptions>,
    threshold: String,
    notice: Option<String>,
    errors: FormErrors,
}

fn figure(tr: Tr, x: Option<f64>) -> String {
    x.map(|x| OneDecimal(tr, x).to_string()).unwrap_or_default()
}

pub async fn ranking(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
    Query(q): Query<RankingQuery>,
) -> Result<Response, Error> {
    let mut issues = Issues::default();
    let filter = q.filter(call_id, &mut issues);
    let page = super::page_number(&q.page, &mut issues);
    let mut visit = ctx.visit(&state).await?;
    let tr = ctx.tr(visit.user.as_ref());
    let offset = (page - 1) * RANKING_PAGE;
    let r = usecase::ranking(&mut visit, &filter, Some(RANKING_PAGE), offset)
        .await
        .map_err(|e| ctx.fail(e))?;
    let region_names: Vec<(&'static str, String)> =
        REGIONS.iter().map(|r| (*r, words::region(tr, r))).collect();
    let rows = r
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            Ok(RankRow {
                id: row.id,
                rank: tr.number(offset + i as i64 + 1),
                city: row.city_name.clone(),
                country: tr.country(&row.country),
                region: region_names
                    .iter()
                    .find(|(n, _)| *n == row.region)
                    .map(|(_, w)| w.clone())
                    .unwrap_or_default(),
                stage: words::stage(tr, row.stage().map_err(|e| ctx.fail(e.into()))?),
                mean: figure(tr, row.review_mean),
                median: figure(tr, row.review_median),
                spread: figure(tr, row.review_spread),
                scored: tr.t2(
                    "uil-ranking-scored",
                    "scored",
                    row.scored,
                    "assigned",
                    row.assigned,
                ),
                disagree: jury::disagree(row.review_spread, r.threshold),
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let status = if issues.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page_html = render(&RankingPage {
        layout: ctx.layout(&visit),
        call_id,
        call_title: r.call.title_in(tr.code()).to_owned(),
        rows,
        total: tr.number(r.total),
        page,
        pages: (r.total + RANKING_PAGE - 1) / RANKING_PAGE,
        query: q.query(&filter),
        region: filter.region.clone().unwrap_or_default(),
        country: filter.country.clone().unwrap_or_default(),
        sort: filter.sort.as_str(),
        regions: region_names,
        sorts: RankingSort::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str(),
                    tr.t(&format!("uil-ranking-sort-{}", s.as_str())),
                )
            })
            .collect(),
        countries: state.country_options(tr).await?,
        threshold: OneDecimal(tr, r.threshold).to_string(),
        notice: q
            .decided
            .map(|n| tr.t1("uil-decisions-done", "count", n as i64)),
        errors: FormErrors::from_issues(tr, &issues),
    })?;
    Ok((status, page_html).into_response())
}

pub async fn ranking_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
    Query(q): Query<RankingQuery>,
) -> Result<Response, Error> {
    let filter = q.download_filter(call_id)?;
    let mut visit = ctx.visit(&state).await?;
    let r = usecase::ranking(&mut visit, &filter, None, 0)
        .await
        .map_err(|e| ctx.fail(e))?;
    drop(visit);
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    let write_err = |e: csv::Error| Error::Internal(format!("ranking CSV: {e}"));
    out.write_record([
        "rank",
        "id",
        "city_name",
        "country",
        "region",
        "stage",
        "mean",
        "median",
        "spread",
        "assessments",
        "jurors_assigned",
        "jurors_scored",
        "disagreement",
    ])
    .map_err(write_err)?;
    let number = |x: Option<f64>| x.map(|x| format!("{x:.2}")).unwrap_or_default();
    for (i, row) in r.rows.iter().enumerate() {
        out.write_record(
            [
                (i + 1).to_string(),
                row.id.to_string(),
                row.city_name.clone(),
                row.country.clone(),
                row.region.clone(),
                row.stage.clone(),
                number(row.review_mean),
                number(row.review_median),
                number(row.review_spread),
                row.handed_in.to_string(),
                row.assigned.to_string(),
                row.scored.to_string(),
                if jury::disagree(row.review_spread, r.threshold) {
                    "yes"
                } else {
                    ""
                }
                .to_owned(),
            ]
            .map(spreadsheet_safe),
        )
        .map_err(write_err)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| Error::Internal(format!("ranking CSV: {e}")))?;
    Ok(crate::web::attachment(
        "text/csv; charset=utf-8",
        "gnlc-ranking.csv",
        body,
    ))
}

// ---------- decisions on many applications ----------

struct ChosenRow {
    id: i64,
    city: String,
    country: String,
    stage: String,
}

#[derive(Template)]
#[template(path = "uil/decisions_confirm.html")]
struct ConfirmPage {
    layout: Layout,
    call_id: i64,
    chosen: Vec<ChosenRow>,
    decision: String,
    decision_words: String,
    message: String,
    refusal: Option<String>,
    errors: FormErrors,
}

fn ids_of(form: &[(String, String)]) -> Vec<i64> {
    form.iter()
        .filter(|(k, _)| k == "id")
        .filter_map(|(_, v)| v.trim().parse().ok())
        .collect()
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// The call whose ranking the applications were chosen on: the form's `call`.
fn call_of_form(form: &[(String, String)]) -> Result<i64, Error> {
    field(form, "call")
        .trim()
        .parse()
        .map_err(|_| Error::BadRequest)
}

async fn confirm_page(
    ctx: &Ctx,
    visit: &mut Visit,
    form: &[(String, String)],
    refusal: Option<Refusal>,
    issues: Issues,
) -> Result<Html<String>, Error> {
    let call_id = call_of_form(form)?;
    let decision = field(form, "decision").to_owned();
    // The words of the decision chosen; with none, the page says what is missing.
    let action = DecisionInput::action_of(&decision);
    let plan = usecase::plan(
        visit,
        call_id,
        &ids_of(form),
        action.unwrap_or(Action::Accept),
    )
    .await
    .map_err(|e| ctx.fail(e))?;
    let tr = ctx.tr(visit.user.as_ref());
    render(&ConfirmPage {
        layout: ctx.layout(visit),
        call_id,
        chosen: plan
            .chosen
            .iter()
            .map(|a| ChosenRow {
                id: a.id,
                city: a.answers.city_name().to_owned(),
                country: tr.country(a.answers.country()),
                stage: words::stage(tr, a.stage),
            })
            .collect(),
        decision_words: match action {
            Some(Action::NotAccept) => tr.t("uil-decisions-not-accept"),
            Some(_) => tr.t("uil-decisions-accept"),
            None => String::new(),
        },
        decision,
        message: field(form, "message").to_owned(),
        refusal: refusal.or(plan.refusal).map(|r| words::refusal(tr, &r)),
        errors: FormErrors::from_issues(tr, &issues),
    })
}

/// What deciding on the chosen applications will do, to confirm.
pub async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    let issues = DecisionInput::parse(field(&form, "decision"), field(&form, "message"))
        .err()
        .unwrap_or_default();
    let status = if issues.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = confirm_page(&ctx, &mut visit, &form, None, issues).await?;
    Ok((status, page).into_response())
}

/// Decides on every chosen application, all or none.
pub async fn decide(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    let input = match DecisionInput::parse(field(&form, "decision"), field(&form, "message")) {
        Ok(input) => input,
        Err(issues) => {
            let page = confirm_page(&ctx, &mut visit, &form, None, issues).await?;
            return Ok(unprocessable(page));
        }
    };
    let call_id = call_of_form(&form)?;
    match usecase::decide_all(state.app(), &mut visit, call_id, &ids_of(&form), input).await {
        Ok(n) => {
            Ok(Redirect::to(&format!("/uil/calls/{call_id}/ranking?decided={n}")).into_response())
        }
        Err(app::Error::Refused(r)) => {
            let page = confirm_page(&ctx, &mut visit, &form, Some(r), Issues::default()).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(e) => Err(ctx.fail(e)),
    }
}
