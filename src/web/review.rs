//! The assessments of one application as a reviewer reads them, and the form to write
//! one: shared by UIL's page of an application and the juror's.

use crate::app::jury::SCORE_FIELDS;
use crate::db::assessments::Assessment;
use crate::db::criteria::Rubric;
use crate::domain::jury::{self, Aggregate};
use crate::i18n::Arg;
use crate::i18n::Tr;
use crate::web::views::OneDecimal;
use crate::web::words;

pub struct AssessmentView {
    pub reviewer: String,
    pub role: String,
    /// The scores in the rubric's order, as the reader's language writes figures.
    pub scores: Vec<String>,
    /// The weighted score of the assessment.
    pub score: String,
    pub comment: String,
    pub when: String,
    pub draft: bool,
}

impl AssessmentView {
    fn of(tr: Tr, a: &Assessment, rubric: &Rubric) -> Self {
        AssessmentView {
            reviewer: a.reviewer_name.clone(),
            role: words::role(tr, a.reviewer_role),
            scores: rubric
                .criteria
                .iter()
                .map(|c| {
                    a.score_for(c.id)
                        .map_or_else(|| tr.t("review-no-score"), |s| tr.number(i64::from(s)))
                })
                .collect(),
            score: weighted(a, rubric)
                .map(|s| OneDecimal(tr, s).to_string())
                .unwrap_or_default(),
            comment: a.comment.clone(),
            when: tr.utc(a.submitted_at.unwrap_or(a.updated_at)),
            draft: !a.is_handed_in(),
        }
    }
}

/// An assessment's weighted score on the rubric, once every criterion is scored.
pub fn weighted(a: &Assessment, rubric: &Rubric) -> Option<f64> {
    let pairs: Option<Vec<(i16, i16)>> = rubric
        .criteria
        .iter()
        .map(|c| a.score_for(c.id).map(|s| (s, c.weight)))
        .collect();
    pairs.and_then(|p| jury::weighted_score(&p))
}

/// One criterion of the form: its field, name, description and weight, and its value.
pub struct ScoreField {
    pub name: &'static str,
    pub criterion: String,
    pub description: String,
    pub weight: String,
    pub value: String,
}

/// The assessments section of a page.
pub struct Review {
    /// Where the form goes.
    pub action: String,
    pub criteria: Vec<String>,
    pub own: Option<AssessmentView>,
    pub others: Vec<AssessmentView>,
    pub hidden_until_own: bool,
    /// "Mean 3.8, median 4.0, spread 0.6 (3 assessments)", for those who see them all.
    pub summary: String,
    /// Set when the spread is at or above the call's threshold.
    pub disagreement: Option<String>,
    pub may_assess: bool,
    pub fields: Vec<ScoreField>,
    pub comment: String,
    pub choices: Vec<(&'static str, String)>,
    /// Once handed in, an assessment is changed but never a draft again.
    pub handed_in: bool,
}

/// What the reader typed in the assessment form, kept when it could not be saved.
pub struct Typed {
    pub scores: Vec<String>,
    pub comment: String,
}

pub struct Seen<'a> {
    pub rubric: &'a Rubric,
    pub own: Option<&'a Assessment>,
    pub others: &'a [Assessment],
    pub sees_all: bool,
    pub hidden_until_own: bool,
    pub may_assess: bool,
}

pub fn review(tr: Tr, seen: Seen<'_>, typed: Option<Typed>, action: String) -> Review {
    let Seen {
        rubric,
        own,
        others,
        sees_all,
        hidden_until_own,
        may_assess,
    } = seen;
    let handed_in: Vec<f64> = own
        .into_iter()
        .chain(others)
        .filter(|a| a.is_handed_in())
        .filter_map(|a| weighted(a, rubric))
        .collect();
    let aggregate = if sees_all {
        jury::aggregate(&handed_in)
    } else {
        None
    };
    let scores = typed.as_ref().map(|t| t.scores.clone()).unwrap_or_else(|| {
        rubric
            .criteria
            .iter()
            .map(|c| {
                own.and_then(|a| a.score_for(c.id))
                    .map(|s| s.to_string())
                    .unwrap_or_default()
            })
            .collect()
    });
    Review {
        action,
        criteria: rubric
            .criteria
            .iter()
            .map(|c| c.name_in(tr.code()).to_owned())
            .collect(),
        own: own.map(|a| AssessmentView::of(tr, a, rubric)),
        others: others
            .iter()
            .map(|a| AssessmentView::of(tr, a, rubric))
            .collect(),
        hidden_until_own,
        summary: aggregate.map(|a| summary(tr, &a)).unwrap_or_default(),
        disagreement: aggregate
            .filter(|a| jury::disagree(a.spread, rubric.threshold))
            .map(|a| {
                tr.t2(
                    "review-disagreement",
                    "spread",
                    OneDecimal(tr, a.spread.unwrap_or_default()).to_string(),
                    "threshold",
                    OneDecimal(tr, rubric.threshold).to_string(),
                )
            }),
        may_assess,
        fields: rubric
            .criteria
            .iter()
            .zip(SCORE_FIELDS)
            .zip(scores.into_iter().chain(std::iter::repeat(String::new())))
            .map(|((c, name), value)| ScoreField {
                name,
                criterion: c.name_in(tr.code()).to_owned(),
                description: c.description_in(tr.code()).to_owned(),
                weight: tr.t1("review-weight", "weight", i64::from(c.weight)),
                value,
            })
            .collect(),
        comment: typed
            .map(|t| t.comment)
            .unwrap_or_else(|| own.map(|a| a.comment.clone()).unwrap_or_default()),
        choices: ["1", "2", "3", "4", "5"]
            .into_iter()
            .zip(1..)
            .map(|(value, n)| (value, tr.number(n)))
            .collect(),
        handed_in: own.is_some_and(Assessment::is_handed_in),
    }
}

/// "Mean 3.8, median 4.0, spread 0.6, from 3 assessments."
pub fn summary(tr: Tr, a: &Aggregate) -> String {
    let spread = a.spread.map_or_else(
        || tr.t("review-no-spread"),
        |s| OneDecimal(tr, s).to_string(),
    );
    let (mean, median) = (
        OneDecimal(tr, a.mean).to_string(),
        OneDecimal(tr, a.median).to_string(),
    );
    tr.args(
        "review-summary",
        &[
            ("mean", Arg::Text(mean.as_str().into())),
            ("median", Arg::Text(median.as_str().into())),
            ("spread", Arg::Text(spread.as_str().into())),
            ("count", Arg::Number(a.count as i64)),
        ],
    )
}

/// The score fields as the form sent them, in the rubric's order.
pub fn typed_scores(input: &crate::web::upload::FormData, rubric_len: usize) -> Vec<String> {
    SCORE_FIELDS
        .iter()
        .take(rubric_len)
        .map(|name| input.text(name).to_owned())
        .collect()
}
