//! Member States' names as the United Nations writes them in its six languages.
//!
//! `data/member-state-names.csv` holds UNTERM's short names (as OCHA's Countries &
//! Territories Taxonomy ships them in `hdx-python-country`, MIT licence; see
//! `data/README.md`). English keeps the names of `member-states.csv`, which the rest of
//! the site and SPEC use. An Associate Member UNTERM does not name keeps its English name.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{Locale, Tr};

const NAMES_CSV: &str = include_str!("../../data/member-state-names.csv");
const STATES_CSV: &str = include_str!("../../data/member-states.csv");

/// By ISO code: the names in the order of `Locale::TRANSLATED`.
static NAMES: LazyLock<HashMap<String, [String; 6]>> = LazyLock::new(|| {
    let english: HashMap<String, String> = csv::Reader::from_reader(STATES_CSV.as_bytes())
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| Some((r.get(0)?.to_owned(), r.get(2)?.to_owned())))
        .collect();
    csv::Reader::from_reader(NAMES_CSV.as_bytes())
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| {
            let iso2 = r.get(0)?.to_owned();
            let fallback = english.get(&iso2).cloned().unwrap_or_default();
            let names = std::array::from_fn(|i| {
                let un = r.get(i + 1).unwrap_or("").trim();
                if i == 0 || un.is_empty() {
                    fallback.clone()
                } else {
                    un.to_owned()
                }
            });
            Some((iso2, names))
        })
        .collect()
});

pub fn name(locale: Locale, iso2: &str) -> Option<&'static str> {
    let column = match locale {
        Locale::Pseudo => 0,
        other => other as usize,
    };
    NAMES.get(iso2).map(|names| names[column].as_str())
}

/// Each Member State's place in the alphabetical order of each language, by ISO code:
/// the names and CLDR's collation are both compiled in, so the order is worked out once
/// (collating 194 names costs more than the rest of a list page).
static RANKS: LazyLock<Vec<HashMap<&'static str, usize>>> = LazyLock::new(|| {
    let all = [
        Locale::En,
        Locale::Fr,
        Locale::Es,
        Locale::Ar,
        Locale::Zh,
        Locale::Ru,
        Locale::Pseudo,
    ];
    all.iter()
        .map(|&locale| {
            let tr = Tr::plain(locale);
            let mut codes: Vec<(&'static str, &'static str)> = NAMES
                .keys()
                .filter_map(|c| Some((c.as_str(), name(locale, c)?)))
                .collect();
            codes.sort_by(|a, b| tr.compare(a.1, b.1));
            codes
                .iter()
                .enumerate()
                .map(|(rank, (c, _))| (*c, rank))
                .collect()
        })
        .collect()
});

/// `(code, name)` of the given codes, in the alphabetical order of the language.
pub fn sorted_by_name<'a>(
    tr: Tr,
    codes: impl IntoIterator<Item = &'a str>,
) -> Vec<(&'a str, String)> {
    let ranks = &RANKS[tr.locale as usize];
    let mut named: Vec<(&str, String)> = codes.into_iter().map(|c| (c, tr.country(c))).collect();
    // A code without a UN name (none today) comes after the others, by its name.
    named.sort_by(|a, b| match (ranks.get(a.0), ranks.get(b.0)) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => tr.compare(&a.1, &b.1),
    });
    named
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_member_state_has_a_name_in_every_language() {
        for r in csv::Reader::from_reader(STATES_CSV.as_bytes()).records() {
            let r = r.unwrap();
            for l in Locale::TRANSLATED {
                assert!(
                    name(l, &r[0]).is_some_and(|n| !n.is_empty()),
                    "{} in {l:?}",
                    &r[0]
                );
            }
        }
        assert_eq!(name(Locale::Fr, "DE"), Some("Allemagne"));
        assert_eq!(name(Locale::Ar, "FR"), Some("فرنسا"));
        assert_eq!(name(Locale::En, "FR"), Some("France"));
    }

    #[test]
    fn names_are_sorted_as_the_language_sorts_them() {
        let tr = Tr::new(Locale::Fr);
        let sorted = sorted_by_name(tr, ["ZM", "ET", "ES", "EG"]);
        let names: Vec<&str> = sorted.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["Égypte", "Espagne", "Éthiopie", "Zambie"]);
    }
}
