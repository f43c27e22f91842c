//! The National Commission's cockpit: its applications side by side (`/natcom/compare`),
//! its order of them, and endorsing and sending the chosen ones to UIL in one confirmed
//! step (`/natcom/confirm`, `POST /natcom/endorse-and-send`).

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::error::Error;
use super::extract::Query;
use super::forms::FormErrors;
use super::session::{CsrfForm, Ctx};
use super::views::field_value;
use super::{AppState, Layout, render, words};
use crate::app::natcom::{self as usecase, Cockpit};
use crate::app::{self, Issues};
use crate::db::applications::Application;
use crate::domain::application::time_left;
use crate::domain::form::{self, Section};
use crate::i18n::Tr;

/// The quota meter every cockpit page shows: "2 of 3 endorsements used · 11 days left,
/// 30 June 2023, 23:59 AoE".
fn meter(tr: Tr, cockpit: &Cockpit, now: chrono::DateTime<chrono::Utc>) -> String {
    tr.t3(
        "natcom-meter",
        "endorsed",
        tr.t2(
            "natcom-endorsements-used",
            "used",
            cockpit.used,
            "quota",
            cockpit.call.endorsement_quota,
        ),
        "left",
        words::time_left(tr, time_left(&cockpit.deadlines.natcom, now)),
        "deadline",
        tr.deadline(&cockpit.deadlines.natcom),
    )
}

/// The ids a query names, as `id=3&id=5`.
fn ids_of(query: &[(String, String)], name: &str) -> Vec<i64> {
    query
        .iter()
        .filter(|(k, _)| k == name)
        .filter_map(|(_, v)| v.trim().parse().ok())
        .collect()
}

/// One column of the comparison: an application.
struct Column {
    id: i64,
    city: String,
    rank: String,
    stage: String,
    may_choose: bool,
    completeness: String,
    signatures: String,
}

/// One row of the comparison: an answer, across the columns.
struct Line {
    label: String,
    values: Vec<String>,
}

/// The answers compared, a section at a time.
struct Block {
    title: String,
    lines: Vec<Line>,
}

#[derive(Template)]
#[template(path = "natcom/compare.html")]
struct ComparePage {
    layout: Layout,
    meter: String,
    country: String,
    /// Every application, for the choice of which to show.
    all: Vec<(i64, String, bool)>,
    columns: Vec<Column>,
    blocks: Vec<Block>,
    saved: bool,
    errors: FormErrors,
}

/// What a National Commission compares: the profile's figures, the two texts, the
/// priorities.
const COMPARED: [Section; 4] = [
    Section::Profile,
    Section::Motivation,
    Section::Implementation,
    Section::Priorities,
];

fn column(tr: Tr, a: &Application) -> Column {
    let lacking = form::missing(&a.answers, a.uploads).len();
    Column {
        id: a.id,
        city: a.answers.city_name().to_owned(),
        rank: a.natcom_rank.map(|r| r.to_string()).unwrap_or_default(),
        stage: words::stage(tr, a.stage),
        may_choose: crate::domain::application::may_be_chosen(a.stage),
        completeness: if lacking == 0 {
            tr.t("natcom-compare-complete")
        } else {
            tr.t1("natcom-compare-lacking", "count", lacking as i64)
        },
        signatures: tr.t2(
            "natcom-compare-signatures",
            "pledge",
            tr.t(if a.uploads.pledge {
                "natcom-yes"
            } else {
                "natcom-no"
            }),
            "part2",
            tr.t(if a.part2().is_complete() {
                "natcom-yes"
            } else {
                "natcom-no"
            }),
        ),
    }
}

pub async fn compare(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<Vec<(String, String)>>,
) -> Result<Response, Error> {
    compare_view(&state, &ctx, &query, &Issues::default()).await
}

async fn compare_view(
    state: &AppState,
    ctx: &Ctx,
    query: &[(String, String)],
    issues: &Issues,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(state).await?;
    let Some(cockpit) = usecase::cockpit(&mut visit)
        .await
        .map_err(|e| ctx.fail(e))?
    else {
        return Ok(Redirect::to("/natcom").into_response());
    };
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    let shown = ids_of(query, "id");
    let all = cockpit
        .applications
        .iter()
        .map(|a| {
            let on = shown.is_empty() || shown.contains(&a.id);
            (a.id, a.answers.city_name().to_owned(), on)
        })
        .collect();
    let apps: Vec<&Application> = cockpit
        .applications
        .iter()
        .filter(|a| shown.is_empty() || shown.contains(&a.id))
        .collect();
    // Each label once; each application's values of the compared sections only.
    let blocks = COMPARED
        .iter()
        .map(|section| Block {
            title: tr.t(&section.title_key()),
            lines: section
                .fields()
                .map(|f| Line {
                    label: tr.t(&f.label_key()),
                    values: apps
                        .iter()
                        .map(|a| field_value(tr, &a.answers, f))
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let columns = apps.iter().map(|a| column(tr, a)).collect();
    render(&ComparePage {
        meter: meter(tr, &cockpit, ctx.now),
        country: tr.country(&cockpit.country),
        all,
        columns,
        blocks,
        saved: query.iter().any(|(k, _)| k == "saved"),
        errors: FormErrors::from_issues(tr, issues),
        layout,
    })
    .map(|page| {
        if issues.is_empty() {
            page.into_response()
        } else {
            super::unprocessable(page)
        }
    })
}

/// Saves the order typed on the compare page: `rank_<id>` fields, empty for none.
pub async fn rank(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let typed: Vec<(i64, String)> = form
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("rank_")?.parse().ok()?, v.clone())))
        .collect();
    let mut visit = ctx.visit(&state).await?;
    match usecase::rank(&mut visit, &typed).await {
        Ok(()) => Ok(Redirect::to("/natcom/compare?saved=1").into_response()),
        Err(app::Rejected::Invalid(issues)) => {
            drop(visit);
            compare_view(&state, &ctx, &[], &issues).await
        }
        Err(app::Rejected::Failed(e)) => Err(ctx.fail(e)),
    }
}

struct Chosen {
    id: i64,
    city: String,
    stage: String,
    /// What Part 2 still lacks, if anything.
    lacking: Option<String>,
}

#[derive(Template)]
#[template(path = "natcom/confirm.html")]
struct ConfirmPage {
    layout: Layout,
    meter: String,
    chosen: Vec<Chosen>,
    refusal: Option<String>,
}

fn part2_lacking(tr: Tr, a: &Application) -> Option<String> {
    let p = a.part2();
    (!p.is_complete()).then(|| {
        words::refusal(
            tr,
            &crate::domain::Refusal::Part2Incomplete {
                officer: p.officer,
                signed: p.signed,
            },
        )
    })
}

async fn confirm_view(
    state: &AppState,
    ctx: &Ctx,
    ids: &[i64],
    refusal: Option<crate::domain::Refusal>,
) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(state).await?;
    let plan = usecase::plan(&mut visit, ids)
        .await
        .map_err(|e| ctx.fail(e))?;
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    let refusal = refusal.or(plan.decision.err());
    render(&ConfirmPage {
        meter: meter(tr, &plan.cockpit, ctx.now),
        chosen: plan
            .chosen
            .iter()
            .map(|a| Chosen {
                id: a.id,
                city: a.answers.city_name().to_owned(),
                stage: words::stage(tr, a.stage),
                lacking: part2_lacking(tr, a),
            })
            .collect(),
        refusal: refusal.map(|r| words::refusal(tr, &r)),
        layout,
    })
}

/// The confirmation of what endorsing and sending the chosen applications will do.
pub async fn confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(query): Query<Vec<(String, String)>>,
) -> Result<Html<String>, Error> {
    confirm_view(&state, &ctx, &ids_of(&query, "id"), None).await
}

/// Endorses the chosen applications and sends them to UIL, all or none.
pub async fn endorse_and_send(
    State(state): State<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, Error> {
    let ids = ids_of(&form, "id");
    let mut visit = ctx.visit(&state).await?;
    match usecase::endorse_and_send_chosen(state.app(), &mut visit, &ids).await {
        Ok(sent) => {
            let query =
                serde_urlencoded::to_string([("sent", sent.join("\n"))]).unwrap_or_default();
            Ok(Redirect::to(&format!("/natcom?{query}")).into_response())
        }
        Err(app::Error::Refused(refusal)) => {
            drop(visit);
            let page = confirm_view(&state, &ctx, &ids, Some(refusal)).await?;
            Ok((axum::http::StatusCode::CONFLICT, page).into_response())
        }
        Err(e) => Err(ctx.fail(e)),
    }
}
