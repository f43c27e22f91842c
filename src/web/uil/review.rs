//! What reached UIL: the list with its filters and counts, one application with its
//! review, assessments and UIL's decision.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::{FilterQuery, listed};
use crate::app::jury::MAX_CRITERIA;
use crate::app::uil::{self as usecase, AssessmentInput, DecisionInput};
use crate::app::{self, Issues, Visit};
use crate::db::documents::DocumentKind;
use crate::domain::access::Area;
use crate::domain::{REGIONS, Refusal, Role, Stage};
use crate::i18n::Tr;
use crate::web::error::Error;
use crate::web::extract::{Path, Query};
use crate::web::forms::FormErrors;
use crate::web::review::{Review, Seen, Typed, review, typed_scores};
use crate::web::session::Ctx;
use crate::web::upload::FormData;
use crate::web::views::{
    AnswerGroup, Day, DocumentRow, MailLogRow, OneDecimal, TimelineRow, answer_groups,
    document_rows, mail_log, timeline_rows,
};
use crate::web::{AppState, Layout, render, words};

const PAGE_SIZE: u32 = 50;

/// A row of the list; its city's name is borrowed from the listing.
struct ListRow<'a> {
    id: i64,
    city: &'a str,
    country: String,
    region: String,
    stage: String,
    reached: Option<Day>,
    assessments: String,
    average: Option<OneDecimal>,
}

/// One bar of the chart, laid out in SVG units.
struct Bar {
    label: String,
    count: String,
    y: i64,
    width: i64,
}

const CHART_BAR_SPACE: i64 = 28;

/// The bars of the chart of `counts` (by region, as the database names regions).
fn bars(tr: Tr, counts: &[(String, i64)]) -> Vec<Bar> {
    let max = counts.iter().map(|c| c.1).max().unwrap_or(1).max(1);
    counts
        .iter()
        .enumerate()
        .map(|(i, (region, count))| Bar {
            label: words::region(tr, region),
            count: tr.number(*count),
            y: i as i64 * CHART_BAR_SPACE,
            width: (count * 300 / max).max(2),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "uil/dashboard.html")]
struct DashboardPage<'a> {
    layout: Layout,
    is_admin: bool,
    q: FilterQuery,
    calls: Vec<(i64, String)>,
    /// (value in the query, name in the reader's language)
    regions: Vec<(&'static str, String)>,
    /// (ISO code, name), in the reader's alphabetical order.
    /// The Member States' options, rendered once per language (`AppState::country_options`).
    countries: std::sync::Arc<crate::web::country_options::CountryOptions>,
    stages: Vec<(&'static str, String)>,
    rows: Vec<ListRow<'a>>,
    total: i64,
    page: i64,
    pages: i64,
    query: String,
    /// (region, count), both as the reader reads them.
    region_counts: Vec<(String, String)>,
    stage_counts: Vec<(String, String)>,
    bars: Vec<Bar>,
    /// The chart in words, for screen readers.
    chart_title: String,
    chart_height: i64,
    failed_mail: i64,
    /// Filters that could not be read.
    errors: FormErrors,
}

pub async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<FilterQuery>,
) -> Result<Response, Error> {
    let (filter, page, issues) = q.parse();
    // Past the last page the list is empty; the bound keeps the offset a small number.
    let offset = (page - 1) as u32 * PAGE_SIZE;
    let mut visit = ctx.visit(&state).await?;
    let tr = ctx.tr(visit.user.as_ref());
    let d = usecase::dashboard(state.app(), &mut visit, &filter, PAGE_SIZE, offset)
        .await
        .map_err(|e| ctx.fail(e))?;
    let is_admin = visit
        .user
        .as_ref()
        .is_some_and(|u| u.role == Role::UilAdmin);
    let counts = &d.listing.counts;
    let total = counts.total();
    let bars = bars(tr, &counts.regions);
    let chart_title = tr.t1(
        "uil-chart-title",
        "counts",
        listed(
            tr,
            &bars
                .iter()
                .map(|b| tr.t2("uil-chart-item", "region", &b.label, "count", &b.count))
                .collect::<Vec<_>>(),
        ),
    );
    let status = if issues.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    // The words every row repeats, formatted once for the page, not once per row.
    let stage_names: Vec<(Stage, String)> = Stage::ALL
        .iter()
        .map(|s| (*s, words::stage(tr, *s)))
        .collect();
    let region_names: Vec<(&str, String)> =
        REGIONS.iter().map(|r| (*r, words::region(tr, r))).collect();
    let page = render(&DashboardPage {
        layout: ctx.layout(&visit),
        is_admin,
        // The newest call first.
        calls: d
            .calls
            .iter()
            .rev()
            .map(|c| (c.id, c.title_in(tr.code()).to_owned()))
            .collect(),
        regions: region_names.clone(),
        countries: state.country_options(tr).await?,
        stages: Stage::AT_UIL
            .iter()
            .map(|s| (s.as_str(), words::stage(tr, *s)))
            .collect(),
        rows: d
            .listing
            .rows
            .iter()
            .map(|r| {
                let member_state = d.member_states.by_code(&r.country);
                let region = member_state.and_then(|s| {
                    region_names
                        .iter()
                        .find(|(name, _)| *name == s.region.as_str())
                });
                ListRow {
                    id: r.id,
                    city: &r.city_name,
                    country: tr.country(&r.country),
                    region: region.map_or_else(String::new, |(_, words)| words.clone()),
                    stage: stage_names
                        .iter()
                        .find(|(s, _)| *s == r.stage)
                        .map_or_else(|| words::stage(tr, r.stage), |(_, words)| words.clone()),
                    reached: r.forwarded_at.map(|t| Day(tr, t)),
                    assessments: tr.number(r.assessments),
                    average: r.average.map(|a| OneDecimal(tr, a)),
                }
            })
            .collect(),
        total,
        page,
        pages: (total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE),
        query: q.query(),
        chart_height: bars.len() as i64 * CHART_BAR_SPACE,
        bars,
        chart_title,
        region_counts: counts
            .regions
            .iter()
            .map(|(r, n)| (words::region(tr, r), tr.number(*n)))
            .collect(),
        stage_counts: counts
            .stages
            .iter()
            .map(|(s, n)| (words::stage(tr, *s), tr.number(*n)))
            .collect(),
        failed_mail: d.failed_mail,
        errors: FormErrors::from_issues(tr, &issues),
        q,
    })?;
    Ok((status, page).into_response())
}

// ---------- one application ----------

#[derive(Template)]
#[template(path = "uil/application.html")]
struct ApplicationPage {
    layout: Layout,
    id: i64,
    /// The earlier application of the city this one started from.
    previous_id: Option<i64>,
    /// What looks unusual in it, as flags.
    flags: Vec<String>,
    papers: crate::web::papers::Papers,
    city: String,
    country: String,
    stage: String,
    reached: String,
    officer_name: String,
    officer_title: String,
    endorsement_note: String,
    endorsement_pdf: Option<DocumentRow>,
    decision_message: Option<String>,
    groups: Vec<AnswerGroup>,
    documents: Vec<DocumentRow>,
    timeline: Vec<TimelineRow>,
    mails: Vec<MailLogRow>,
    may_start_review: bool,
    may_decide: bool,
    is_admin: bool,
    /// Whether the city consents to the publication of its profile once accepted.
    consent: bool,
    /// The assessments and the form to write one.
    review: Review,
    errors: FormErrors,
    form_decision: String,
    form_message: String,
    refusal: Option<String>,
}

#[derive(Default)]
struct Outcome {
    issues: Issues,
    typed: Option<Typed>,
    decision: String,
    message: String,
    refusal: Option<Refusal>,
}

/// The page of one application as the visitor sees it, with `outcome`.
async fn application_page(
    ctx: &Ctx,
    visit: &mut Visit,
    id: i64,
    outcome: Outcome,
) -> Result<Html<String>, Error> {
    let r = usecase::record(visit, id).await.map_err(|e| ctx.fail(e))?;
    let tr = ctx.tr(visit.user.as_ref());
    let is_admin = visit
        .user
        .as_ref()
        .is_some_and(|u| u.role == Role::UilAdmin);
    let app = &r.app;
    let review = review(
        tr,
        Seen {
            rubric: &r.rubric,
            own: r.own.as_ref(),
            others: &r.others,
            sees_all: r.sees_all,
            hidden_until_own: r.hidden_until_own,
            may_assess: r.may_assess.is_ok(),
        },
        outcome.typed,
        format!("/uil/applications/{}/assess", app.id),
    );
    let documents = document_rows(tr, &r.documents);
    let endorsement_pdf = r
        .documents
        .iter()
        .zip(&documents)
        .find(|(d, _)| d.kind == DocumentKind::Endorsement)
        .map(|(_, row)| DocumentRow {
            id: row.id,
            kind: row.kind.clone(),
            filename: row.filename.clone(),
            size: row.size.clone(),
            section: row.section,
        });
    render(&ApplicationPage {
        layout: ctx.layout(visit),
        id: app.id,
        previous_id: app.previous_id,
        flags: words::flags(tr, &r.flags, app.answers.city_name()),
        papers: crate::web::papers::papers(tr, app),
        city: app.answers.city_name().to_owned(),
        country: tr.country(app.answers.country()),
        stage: words::stage(tr, app.stage),
        reached: app.forwarded_at.map(|t| tr.utc(t)).unwrap_or_default(),
        officer_name: app.officer_name.clone().unwrap_or_default(),
        officer_title: app.officer_title.clone().unwrap_or_default(),
        endorsement_note: app.endorsement_note.clone().unwrap_or_default(),
        endorsement_pdf,
        decision_message: app.decision_message.clone(),
        groups: answer_groups(tr, &app.answers),
        documents,
        timeline: timeline_rows(tr, &r.timeline),
        mails: mail_log(tr, &r.mails),
        may_start_review: r.may_start_review,
        may_decide: r.may_decide,
        is_admin,
        consent: app.answers.publish_consent(),
        review,
        errors: FormErrors::from_issues(tr, &outcome.issues),
        form_decision: outcome.decision,
        form_message: outcome.message,
        refusal: outcome.refusal.as_ref().map(|r| words::refusal(tr, r)),
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    application_page(&ctx, &mut visit, id, Outcome::default()).await
}

fn back_to(id: i64) -> Response {
    Redirect::to(&format!("/uil/applications/{id}")).into_response()
}

async fn answered(
    ctx: &Ctx,
    visit: &mut Visit,
    id: i64,
    done: Result<(), app::Error>,
    outcome: impl FnOnce(Option<Refusal>) -> Outcome,
) -> Result<Response, Error> {
    match done {
        Ok(()) => Ok(back_to(id)),
        Err(app::Error::Refused(r)) => {
            let page = application_page(ctx, visit, id, outcome(Some(r))).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

pub async fn start_review(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    _form: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let done = usecase::start_review(&mut visit, id).await;
    answered(&ctx, &mut visit, id, done, |refusal| Outcome {
        refusal,
        ..Outcome::default()
    })
    .await
}

pub async fn assess(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let typed = typed_scores(&input, MAX_CRITERIA);
    let comment = input.text("comment").to_owned();
    let hand_in = input.text("hand_in") != "no";
    let mut visit = ctx.visit(&state).await?;
    let assessment = match AssessmentInput::parse(&typed, &comment, hand_in) {
        Ok(a) => a,
        Err(issues) => {
            let outcome = Outcome {
                issues,
                typed: Some(Typed {
                    scores: typed,
                    comment,
                }),
                ..Outcome::default()
            };
            let page = application_page(&ctx, &mut visit, id, outcome).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let done = usecase::assess(&mut visit, id, assessment).await;
    answered(&ctx, &mut visit, id, done, |refusal| Outcome {
        refusal,
        typed: Some(Typed {
            scores: typed,
            comment,
        }),
        ..Outcome::default()
    })
    .await
}

/// UIL's decision: accepted or not accepted, with a message for the city.
pub async fn decide_application(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let decision = input.text("decision").to_owned();
    let message = input.text("message").to_owned();
    // Only coordinators decide: others get 403 before their form is read.
    let mut visit = ctx.visit_in(&state, Area::UilAdmin).await?;
    let parsed = match DecisionInput::parse(&decision, &message) {
        Ok(d) => d,
        Err(issues) => {
            let outcome = Outcome {
                issues,
                decision,
                message,
                ..Outcome::default()
            };
            let page = application_page(&ctx, &mut visit, id, outcome).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let done = usecase::decide_application(state.app(), &mut visit, id, parsed).await;
    answered(&ctx, &mut visit, id, done, |refusal| Outcome {
        refusal,
        decision,
        message,
        ..Outcome::default()
    })
    .await
}
