//! The juror's pages (`/jury`): their list, the countries they are in conflict with,
//! the declaration before each application, and the application with its assessment.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::error::Error;
use super::extract::Path;
use super::forms::FormErrors;
use super::review::{Review, Seen, Typed, review, typed_scores};
use super::session::Ctx;
use super::upload::FormData;
use super::views::{AnswerGroup, DocumentRow, answer_groups, document_rows};
use super::{AppState, Layout, render, unprocessable, words};
use crate::app::jury::{
    self as usecase, AssessmentInput, DeclarationInput, MAX_CRITERIA, Opened, Seen as JurorSees,
};
use crate::app::{self, Issues, Visit};
use crate::domain::Refusal;
use crate::domain::access::Area;
use crate::domain::form::WITHHELD_FROM_JURY;

struct ListRow {
    id: i64,
    city: String,
    country: String,
    state: String,
}

#[derive(Template)]
#[template(path = "jury/home.html")]
struct HomePage {
    layout: Layout,
    rows: Vec<ListRow>,
    own_country: String,
    declared: Vec<(String, String)>,
    countries: std::sync::Arc<crate::web::country_options::CountryOptions>,
    errors: FormErrors,
}

async fn home_page(
    state: &AppState,
    ctx: &Ctx,
    visit: &mut Visit,
    issues: &Issues,
) -> Result<Html<String>, Error> {
    let home = usecase::home(visit).await.map_err(|e| ctx.fail(e))?;
    let tr = ctx.tr(visit.user.as_ref());
    render(&HomePage {
        layout: ctx.layout(visit),
        rows: home
            .rows
            .iter()
            .map(|r| ListRow {
                id: r.id,
                city: r.city.clone(),
                country: tr.country(&r.country),
                state: tr.t(match (r.conflict, r.handed_in) {
                    (None, _) => "jury-state-declare",
                    (_, None) => "jury-state-to-score",
                    (_, Some(false)) => "jury-state-draft",
                    (_, Some(true)) => "jury-state-handed-in",
                }),
            })
            .collect(),
        own_country: tr.country(&home.country),
        declared: home
            .declared_countries
            .iter()
            .map(|c| (c.clone(), tr.country(c)))
            .collect(),
        countries: state.country_options(tr).await?,
        errors: FormErrors::from_issues(tr, issues),
    })
}

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    home_page(&state, &ctx, &mut visit, &Issues::default()).await
}

/// Declares a conflict with a whole country (`remove` withdraws it).
pub async fn conflicts(
    State(state): State<AppState>,
    ctx: Ctx,
    input: FormData,
) -> Result<Response, Error> {
    let mut visit = ctx.visit_in(&state, Area::Jury).await?;
    let parsed = usecase::parse_country(state.app(), input.text("conflict_country"))
        .await
        .map_err(|e| ctx.fail(e))?;
    match parsed {
        Ok(country) => {
            let in_conflict = input.text("remove").is_empty();
            usecase::declare_country(state.app(), &mut visit, &country, in_conflict)
                .await
                .map_err(|e| ctx.fail(e))?;
            Ok(Redirect::to("/jury").into_response())
        }
        Err(issues) => {
            let page = home_page(&state, &ctx, &mut visit, &issues).await?;
            Ok(unprocessable(page))
        }
    }
}

#[derive(Template)]
#[template(path = "jury/declare.html")]
struct DeclarePage {
    layout: Layout,
    id: i64,
    city: String,
    country: String,
    answer: String,
    reason: String,
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "jury/application.html")]
struct ApplicationPage {
    layout: Layout,
    id: i64,
    city: String,
    country: String,
    stage: String,
    groups: Vec<AnswerGroup>,
    documents: Vec<DocumentRow>,
    review: Review,
    errors: FormErrors,
    refusal: Option<String>,
}

#[derive(Default)]
struct Outcome {
    issues: Issues,
    typed: Option<Typed>,
    answer: String,
    reason: String,
    refusal: Option<Refusal>,
}

async fn application_page(
    ctx: &Ctx,
    visit: &mut Visit,
    id: i64,
    outcome: Outcome,
) -> Result<Html<String>, Error> {
    let seen = usecase::open(visit, id).await.map_err(|e| ctx.fail(e))?;
    let tr = ctx.tr(visit.user.as_ref());
    let layout = ctx.layout(visit);
    let errors = FormErrors::from_issues(tr, &outcome.issues);
    match seen {
        JurorSees::Declare { id, city, country } => render(&DeclarePage {
            layout,
            id,
            city,
            country: tr.country(&country),
            answer: outcome.answer,
            reason: outcome.reason,
            errors,
        }),
        JurorSees::Open(opened) => {
            let Opened {
                app,
                documents,
                rubric,
                own,
                others,
                may_assess,
                others_waiting,
            } = *opened;
            let mut groups = answer_groups(tr, &app.answers);
            for g in &mut groups {
                g.rows
                    .retain(|(name, _, _)| !WITHHELD_FROM_JURY.contains(name));
            }
            let sees_all = own.as_ref().is_some_and(|a| a.is_handed_in());
            let review = review(
                tr,
                Seen {
                    rubric: &rubric,
                    own: own.as_ref(),
                    others: &others,
                    sees_all,
                    hidden_until_own: others_waiting,
                    may_assess: may_assess.is_ok(),
                },
                outcome.typed,
                format!("/jury/applications/{id}/assess"),
            );
            let documents = document_rows(tr, &documents);
            render(&ApplicationPage {
                layout,
                id,
                city: app.answers.city_name().to_owned(),
                country: tr.country(app.answers.country()),
                stage: words::stage(tr, app.stage),
                groups,
                documents,
                review,
                errors,
                refusal: outcome
                    .refusal
                    .or(may_assess.err())
                    .map(|r| words::refusal(tr, &r)),
            })
        }
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Html<String>, Error> {
    let mut visit = ctx.visit(&state).await?;
    application_page(&ctx, &mut visit, id, Outcome::default()).await
}

pub async fn declare(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    input: FormData,
) -> Result<Response, Error> {
    let answer = input.text("answer").to_owned();
    let reason = input.text("reason").to_owned();
    let mut visit = ctx.visit(&state).await?;
    match DeclarationInput::parse(&answer, &reason) {
        Ok(declaration) => {
            let conflict = declaration.is_conflict();
            usecase::declare(state.app(), &mut visit, id, declaration)
                .await
                .map_err(|e| ctx.fail(e))?;
            // With a conflict, the application is no longer theirs: back to the list.
            let to = if conflict {
                "/jury".to_owned()
            } else {
                format!("/jury/applications/{id}")
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(issues) => {
            let outcome = Outcome {
                issues,
                answer,
                reason,
                ..Outcome::default()
            };
            let page = application_page(&ctx, &mut visit, id, outcome).await?;
            Ok(unprocessable(page))
        }
    }
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
    let kept = |issues, refusal| Outcome {
        issues,
        refusal,
        typed: Some(Typed {
            scores: typed.clone(),
            comment: comment.clone(),
        }),
        ..Outcome::default()
    };
    let assessment = match AssessmentInput::parse(&typed, &comment, hand_in) {
        Ok(a) => a,
        Err(issues) => {
            let page = application_page(&ctx, &mut visit, id, kept(issues, None)).await?;
            return Ok(unprocessable(page));
        }
    };
    match usecase::assess(&mut visit, id, assessment).await {
        Ok(()) => Ok(Redirect::to(&format!("/jury/applications/{id}")).into_response()),
        Err(app::Error::Refused(r)) => {
            let page =
                application_page(&ctx, &mut visit, id, kept(Issues::default(), Some(r))).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(e) => Err(ctx.fail(e)),
    }
}

pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, document)): Path<(i64, i64)>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let (_, filename, content) = usecase::document(&mut visit, id, document)
        .await
        .map_err(|e| ctx.fail(e))?;
    Ok(super::city::pdf_attachment(&filename, content))
}
