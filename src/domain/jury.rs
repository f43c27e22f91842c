//! The jury (issue [6/8]): who is in conflict with which application, who may open one,
//! how applications are shared out among jurors, and what their scores add up to. Pure
//! rules; the use cases (`app::jury`) read the facts and ask.

use std::collections::{BTreeMap, HashSet};

use super::refusal::Refusal;

/// A juror, as the rules need them: their account's Member State and the countries they
/// declared in advance to be in conflict with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Juror<'a> {
    pub id: i64,
    pub country: &'a str,
    pub declared_countries: &'a [String],
}

impl Juror<'_> {
    /// In conflict with every application of their own Member State and of each country
    /// they declared; `declared_here` is a conflict they declared with this application.
    pub fn in_conflict(&self, app_country: &str, declared_here: bool) -> bool {
        declared_here
            || self.country == app_country
            || self.declared_countries.iter().any(|c| c == app_country)
    }
}

/// What a juror answered before opening an assigned application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declaration {
    NoConflict,
    Conflict,
}

/// What a juror gets when asking for an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// Not theirs to see, as if it did not exist (404).
    Hidden,
    /// Assigned to them: first they say whether they are in conflict with the city.
    Declare,
    /// They said they are not in conflict: the application, to score.
    Open,
}

/// Whether a juror may open an application: published to them, not in conflict, and
/// after saying so.
pub fn opening(
    juror: &Juror<'_>,
    app_country: &str,
    published_to_them: bool,
    declaration: Option<Declaration>,
) -> Opening {
    let declared_conflict = declaration == Some(Declaration::Conflict);
    if !published_to_them || juror.in_conflict(app_country, declared_conflict) {
        return Opening::Hidden;
    }
    match declaration {
        Some(Declaration::NoConflict) => Opening::Open,
        _ => Opening::Declare,
    }
}

/// An application to share out: its Member State, the jurors it already has and those
/// who declared a conflict with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToAssign<'a> {
    pub id: i64,
    pub country: &'a str,
    pub assigned: Vec<i64>,
    pub declined_by: Vec<i64>,
}

/// The assignments to add so that each application has `k` jurors, none in conflict,
/// the jurors' loads (counting what they already have) balanced within one wherever the
/// conflicts allow it. Refused, with nothing assigned, when some application cannot get
/// `k` jurors out of conflict.
pub fn assign(
    apps: &[ToAssign<'_>],
    jurors: &[Juror<'_>],
    k: usize,
) -> Result<Vec<(i64, i64)>, Refusal> {
    if k == 0 {
        return Err(Refusal::JurorsPerApplication);
    }
    let eligible = |app: &ToAssign<'_>, juror: &Juror<'_>| {
        !juror.in_conflict(app.country, app.declined_by.contains(&juror.id))
    };
    // Only the jurors still out of conflict count: one who declared a country since keeps
    // no application of it.
    let keeps = |app: &ToAssign<'_>| {
        app.assigned
            .iter()
            .filter(|id| jurors.iter().any(|j| j.id == **id && eligible(app, j)))
            .count()
    };
    let short = apps
        .iter()
        .filter(|app| {
            let keeps = keeps(app);
            let more = jurors
                .iter()
                .filter(|j| eligible(app, j) && !app.assigned.contains(&j.id))
                .count();
            keeps + more < k
        })
        .count();
    if short > 0 {
        return Err(Refusal::TooFewJurors { short, k });
    }
    let mut load: BTreeMap<i64, usize> = jurors.iter().map(|j| (j.id, 0)).collect();
    for app in apps {
        for id in &app.assigned {
            if let Some(n) = load.get_mut(id) {
                *n += 1;
            }
        }
    }
    // The most constrained applications choose first, while every juror is still free.
    let mut order: Vec<&ToAssign<'_>> = apps.iter().collect();
    order.sort_by_key(|app| (jurors.iter().filter(|j| eligible(app, j)).count(), app.id));
    let mut added: Vec<(i64, i64)> = Vec::new();
    let mut on: HashSet<(i64, i64)> = apps
        .iter()
        .flat_map(|a| a.assigned.iter().map(move |j| (a.id, *j)))
        .collect();
    for app in order {
        let has = keeps(app);
        for _ in has..k {
            let pick = jurors
                .iter()
                .filter(|j| eligible(app, j) && !on.contains(&(app.id, j.id)))
                .min_by_key(|j| (load[&j.id], j.id))
                .map(|j| j.id)
                .expect("counted above: enough jurors out of conflict");
            *load.get_mut(&pick).expect("a juror") += 1;
            on.insert((app.id, pick));
            added.push((app.id, pick));
        }
    }
    rebalance(apps, jurors, &mut added, &mut on, &mut load);
    Ok(added)
}

/// Moves new assignments from the busiest jurors to the least busy ones while the loads
/// differ by more than one and a move keeps every rule. Each move narrows the gap between
/// two loads, so the loop ends.
fn rebalance(
    apps: &[ToAssign<'_>],
    jurors: &[Juror<'_>],
    added: &mut [(i64, i64)],
    on: &mut HashSet<(i64, i64)>,
    load: &mut BTreeMap<i64, usize>,
) {
    let by_id: std::collections::HashMap<i64, &ToAssign<'_>> =
        apps.iter().map(|a| (a.id, a)).collect();
    let app_of = |id: i64| by_id[&id];
    loop {
        let mut by_load: Vec<&Juror<'_>> = jurors.iter().collect();
        by_load.sort_by_key(|j| (load[&j.id], j.id));
        let mut moved = false;
        'search: for busy in by_load.iter().rev() {
            for free in &by_load {
                if load[&busy.id] < load[&free.id] + 2 {
                    break;
                }
                for pair in added.iter_mut().filter(|(_, j)| *j == busy.id) {
                    let app = app_of(pair.0);
                    let free_may =
                        !free.in_conflict(app.country, app.declined_by.contains(&free.id));
                    if free_may && !on.contains(&(app.id, free.id)) {
                        on.remove(&(app.id, busy.id));
                        on.insert((app.id, free.id));
                        pair.1 = free.id;
                        *load.get_mut(&busy.id).expect("a juror") -= 1;
                        *load.get_mut(&free.id).expect("a juror") += 1;
                        moved = true;
                        break 'search;
                    }
                }
            }
        }
        if !moved {
            return;
        }
    }
}

/// The juror to take over an application from one who declared a conflict with it: the
/// least busy of those out of conflict and not on it yet; `None` when there is nobody.
pub fn replacement(
    app: &ToAssign<'_>,
    jurors: &[Juror<'_>],
    loads: &BTreeMap<i64, usize>,
) -> Option<i64> {
    jurors
        .iter()
        .filter(|j| {
            !j.in_conflict(app.country, app.declined_by.contains(&j.id))
                && !app.assigned.contains(&j.id)
        })
        .min_by_key(|j| (loads.get(&j.id).copied().unwrap_or(0), j.id))
        .map(|j| j.id)
}

// ---------- the rubric and the scores ----------

/// The lowest and highest score of a criterion.
pub const SCORES: std::ops::RangeInclusive<i16> = 1..=5;

/// The weights a criterion may have.
pub const WEIGHTS: std::ops::RangeInclusive<i16> = 1..=10;

/// A call's criteria are changed only until the first score exists: after that, the
/// scores already given would mean something else.
pub fn may_change_rubric(any_score: bool) -> Result<(), Refusal> {
    if any_score {
        Err(Refusal::RubricFrozen)
    } else {
        Ok(())
    }
}

/// An assessment is handed in with a score for every criterion of the rubric; a draft
/// may lack some. `scores` holds (criterion, score) pairs.
pub fn may_hand_in(criteria: &[i64], scores: &[(i64, i16)]) -> Result<(), Refusal> {
    if criteria.is_empty() {
        return Err(Refusal::NoRubric);
    }
    let missing = criteria
        .iter()
        .filter(|c| !scores.iter().any(|(id, _)| id == *c))
        .count();
    if missing > 0 {
        Err(Refusal::ScoresMissing { missing })
    } else {
        Ok(())
    }
}

/// Whether an assessment may be saved: handed in, with every criterion scored; kept as a
/// draft, with any, but only until it is handed in: after that it is changed, and stays
/// whole.
pub fn may_save(
    criteria: &[i64],
    scores: &[(i64, i16)],
    hand_in: bool,
    was_handed_in: bool,
) -> Result<(), Refusal> {
    if criteria.is_empty() {
        return Err(Refusal::NoRubric);
    }
    if hand_in || was_handed_in {
        may_hand_in(criteria, scores)
    } else {
        Ok(())
    }
}

/// One assessment's score: the mean of its criteria's scores, weighted by the criteria's
/// weights. `None` without any weight.
pub fn weighted_score(scores: &[(i16, i16)]) -> Option<f64> {
    let weights: i32 = scores.iter().map(|(_, w)| i32::from(*w)).sum();
    if weights <= 0 {
        return None;
    }
    let total: i32 = scores
        .iter()
        .map(|(s, w)| i32::from(*s) * i32::from(*w))
        .sum();
    Some(f64::from(total) / f64::from(weights))
}

/// What the scores of one application add up to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Aggregate {
    pub mean: f64,
    pub median: f64,
    /// The sample standard deviation; `None` with a single score.
    pub spread: Option<f64>,
    pub count: usize,
}

/// The mean, median and spread of the assessments' scores; `None` without any.
pub fn aggregate(scores: &[f64]) -> Option<Aggregate> {
    let n = scores.len();
    if n == 0 {
        return None;
    }
    let mean = scores.iter().sum::<f64>() / n as f64;
    let mut sorted = scores.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    let spread = (n > 1).then(|| {
        let squares: f64 = scores.iter().map(|s| (s - mean).powi(2)).sum();
        (squares / (n - 1) as f64).sqrt()
    });
    Some(Aggregate {
        mean,
        median,
        spread,
        count: n,
    })
}

/// Jurors disagree on an application when the spread of their scores is at or above the
/// call's threshold. The spread is compared with a little slack: one stored and read
/// back must still count at the threshold itself.
pub fn disagree(spread: Option<f64>, threshold: f64) -> bool {
    spread.is_some_and(|s| s >= threshold - 1e-9)
}

/// The thresholds a call may set: the spread of scores from 1 to 5 is never above 2.9.
pub const THRESHOLDS: std::ops::RangeInclusive<f64> = 0.1..=3.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn juror<'a>(id: i64, country: &'a str, declared: &'a [String]) -> Juror<'a> {
        Juror {
            id,
            country,
            declared_countries: declared,
        }
    }

    fn app(id: i64, country: &str) -> ToAssign<'_> {
        ToAssign {
            id,
            country,
            assigned: Vec::new(),
            declined_by: Vec::new(),
        }
    }

    #[test]
    fn a_juror_is_in_conflict_with_their_own_country_and_the_ones_they_declared() {
        let declared = vec!["DE".to_owned()];
        let j = juror(1, "FR", &declared);
        assert!(j.in_conflict("FR", false));
        assert!(j.in_conflict("DE", false));
        assert!(!j.in_conflict("KE", false));
        assert!(j.in_conflict("KE", true));
    }

    #[test]
    fn a_juror_opens_only_what_was_published_to_them_and_only_after_declaring() {
        let j = juror(1, "FR", &[]);
        assert_eq!(opening(&j, "KE", false, None), Opening::Hidden);
        assert_eq!(opening(&j, "KE", true, None), Opening::Declare);
        assert_eq!(
            opening(&j, "KE", true, Some(Declaration::NoConflict)),
            Opening::Open
        );
        assert_eq!(
            opening(&j, "KE", true, Some(Declaration::Conflict)),
            Opening::Hidden
        );
        // Their own Member State, even if assigned by mistake and even after "no conflict".
        assert_eq!(
            opening(&j, "FR", true, Some(Declaration::NoConflict)),
            Opening::Hidden
        );
    }

    #[test]
    fn the_automatic_assignment_honours_k_conflicts_and_balance() {
        let countries = ["FR", "DE", "KE", "BR", "CN", "IN", "EG", "MX", "JP", "NG"];
        let declared: Vec<Vec<String>> = (0..15)
            .map(|i| {
                if i % 4 == 0 {
                    vec!["KE".to_owned()]
                } else {
                    Vec::new()
                }
            })
            .collect();
        let jurors: Vec<Juror<'_>> = (0..15)
            .map(|i| juror(100 + i as i64, countries[i % countries.len()], &declared[i]))
            .collect();
        let apps: Vec<ToAssign<'_>> = (0..200)
            .map(|i| app(i, countries[(i as usize * 7) % 10]))
            .collect();
        let added = assign(&apps, &jurors, 3).expect("enough jurors");
        assert_eq!(added.len(), 600);
        for a in &apps {
            let on: Vec<i64> = added
                .iter()
                .filter(|(x, _)| *x == a.id)
                .map(|(_, j)| *j)
                .collect();
            let distinct: HashSet<i64> = on.iter().copied().collect();
            assert_eq!(
                (on.len(), distinct.len()),
                (3, 3),
                "three different jurors on {}",
                a.id
            );
            for j in &on {
                let juror = jurors.iter().find(|x| x.id == *j).unwrap();
                assert!(
                    !juror.in_conflict(a.country, false),
                    "{j} is in conflict with {}",
                    a.id
                );
            }
        }
        let loads: Vec<usize> = jurors
            .iter()
            .map(|j| added.iter().filter(|(_, x)| *x == j.id).count())
            .collect();
        let (min, max) = (loads.iter().min().unwrap(), loads.iter().max().unwrap());
        assert!(max - min <= 1, "loads {loads:?}");
    }

    #[test]
    fn the_assignment_tops_up_what_exists_and_refuses_when_conflicts_leave_too_few() {
        let jurors = [
            juror(1, "FR", &[]),
            juror(2, "DE", &[]),
            juror(3, "KE", &[]),
        ];
        let mut a = app(10, "BR");
        a.assigned = vec![1];
        a.declined_by = vec![2];
        let added = assign(std::slice::from_ref(&a), &jurors, 2).unwrap();
        assert_eq!(added, vec![(10, 3)]);
        assert_eq!(
            assign(&[a], &jurors, 3),
            Err(Refusal::TooFewJurors { short: 1, k: 3 }),
            "juror 2 declared a conflict: only two are left"
        );
        assert_eq!(
            assign(&[app(11, "FR")], &jurors, 0),
            Err(Refusal::JurorsPerApplication)
        );
    }

    #[test]
    fn the_replacement_is_the_least_busy_juror_out_of_conflict() {
        let jurors = [
            juror(1, "FR", &[]),
            juror(2, "DE", &[]),
            juror(3, "KE", &[]),
        ];
        let mut a = app(10, "KE");
        a.assigned = vec![1];
        a.declined_by = vec![2];
        let loads = BTreeMap::from([(1, 5), (2, 0), (3, 0)]);
        assert_eq!(
            replacement(&a, &jurors, &loads),
            None,
            "2 declared, 3 is Kenyan, 1 is on it"
        );
        let b = app(11, "BR");
        let loads = BTreeMap::from([(1, 5), (2, 3), (3, 4)]);
        assert_eq!(replacement(&b, &jurors, &loads), Some(2));
    }

    #[test]
    fn mean_median_and_spread_on_known_sets() {
        let a = aggregate(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]).unwrap();
        assert_eq!(a.mean, 5.0);
        assert_eq!(a.median, 4.5);
        // Sample standard deviation: sqrt(32 / 7).
        assert!((a.spread.unwrap() - (32.0f64 / 7.0).sqrt()).abs() < 1e-12);
        let b = aggregate(&[3.0, 1.0, 2.0]).unwrap();
        assert_eq!((b.mean, b.median, b.spread), (2.0, 2.0, Some(1.0)));
        let one = aggregate(&[4.2]).unwrap();
        assert_eq!(
            (one.mean, one.median, one.spread, one.count),
            (4.2, 4.2, None, 1)
        );
        assert_eq!(aggregate(&[]), None);
    }

    #[test]
    fn each_assessment_weighs_its_criteria() {
        assert_eq!(weighted_score(&[(5, 1), (1, 1)]), Some(3.0));
        assert_eq!(weighted_score(&[(5, 3), (1, 1)]), Some(4.0));
        assert_eq!(weighted_score(&[]), None);
    }

    #[test]
    fn disagreement_is_flagged_at_the_threshold_and_above() {
        let at = aggregate(&[1.0, 2.0, 3.0]).unwrap().spread; // exactly 1
        assert!(disagree(at, 1.0));
        assert!(
            disagree(at.map(|s| s as f32 as f64), 1.0),
            "read back from a real"
        );
        assert!(!disagree(at, 1.01));
        assert!(!disagree(aggregate(&[2.0, 2.0, 3.0]).unwrap().spread, 1.0));
        assert!(!disagree(None, 0.1), "one score cannot disagree");
    }

    #[test]
    fn the_rubric_freezes_at_the_first_score_and_an_assessment_needs_every_criterion() {
        assert!(may_change_rubric(false).is_ok());
        assert_eq!(may_change_rubric(true), Err(Refusal::RubricFrozen));
        assert_eq!(may_hand_in(&[], &[]), Err(Refusal::NoRubric));
        assert_eq!(
            may_hand_in(&[1, 2], &[(1, 4)]),
            Err(Refusal::ScoresMissing { missing: 1 })
        );
        assert!(may_hand_in(&[1, 2], &[(2, 3), (1, 4)]).is_ok());
        assert!(
            may_save(&[1, 2], &[(1, 4)], false, false).is_ok(),
            "a draft"
        );
        assert_eq!(
            may_save(&[1, 2], &[(1, 4)], false, true),
            Err(Refusal::ScoresMissing { missing: 1 }),
            "handed in, it stays whole"
        );
        assert_eq!(may_save(&[], &[], false, false), Err(Refusal::NoRubric));
    }
}
