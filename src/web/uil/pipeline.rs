//! `/uil/pipeline`: what the National Commissions hold before it reaches UIL, by region
//! and Member State: counts only, from submission on.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};

use crate::app::uil as usecase;
use crate::web::error::Error;
use crate::web::session::Ctx;
use crate::web::{AppState, Layout, render, words};

struct StateRow {
    country: String,
    submitted: i64,
    endorsed: i64,
    forwarded: i64,
}

struct RegionBlock {
    name: String,
    states: Vec<StateRow>,
    submitted: i64,
    endorsed: i64,
    forwarded: i64,
    /// The Member States of the region without any submitted application.
    none: String,
}

#[derive(Template)]
#[template(path = "uil/pipeline.html")]
struct PipelinePage {
    layout: Layout,
    call_title: String,
    regions: Vec<RegionBlock>,
}

pub async fn pipeline(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let Some(pipeline) = usecase::pipeline(&mut visit)
        .await
        .map_err(|e| ctx.fail(e))?
    else {
        return Ok(Redirect::to("/uil").into_response());
    };
    let layout = ctx.layout(&visit);
    let tr = layout.tr;
    let mut regions: Vec<RegionBlock> = Vec::new();
    for row in pipeline.rows {
        if regions.last().is_none_or(|r| r.name != row.region) {
            regions.push(RegionBlock {
                name: row.region.clone(),
                states: Vec::new(),
                submitted: 0,
                endorsed: 0,
                forwarded: 0,
                none: String::new(),
            });
        }
        let region = regions.last_mut().expect("pushed above");
        region.submitted += row.submitted;
        region.endorsed += row.endorsed;
        region.forwarded += row.forwarded;
        if row.submitted == 0 {
            if !region.none.is_empty() {
                region.none.push_str(", ");
            }
            region.none.push_str(&tr.country(&row.iso2));
        } else {
            region.states.push(StateRow {
                country: tr.country(&row.iso2),
                submitted: row.submitted,
                endorsed: row.endorsed,
                forwarded: row.forwarded,
            });
        }
    }
    for region in &mut regions {
        region.name = words::region(tr, &region.name);
    }
    render(&PipelinePage {
        call_title: pipeline.call.title_in(tr.code()).to_owned(),
        regions,
        layout,
    })
    .map(Html::into_response)
}
