//! The member directory import: UIL uploads a CSV of members (city, country, year) to add to
//! the list or to replace it. Parsing and planning are pure; the plan is shown as a preview
//! before anything changes.

use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    pub city: String,
    pub country: String,
    pub year: Option<i16>,
}

impl MemberRow {
    fn key(&self) -> (String, String) {
        (self.country.clone(), self.city.to_lowercase())
    }
}

/// A line of the file that could not be read, with why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    pub line: usize,
    pub problem: LineProblem,
}

/// Why a line of a member list is left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    /// The CSV reader could not read it (quotes that do not close, say).
    Unreadable,
    CityMissingOrTooLong {
        max: usize,
    },
    CityNotText,
    NotAMemberState {
        code: String,
    },
    YearOutOfRange {
        year: String,
        first: i32,
        last: i32,
    },
    ListedTwice {
        city: String,
        country: String,
    },
}

/// Why a member list cannot be read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListProblem {
    NotCsv,
    NoCityColumn,
    NoCountryColumn,
}

/// The first year a city could have joined: the network began in 2013.
const FIRST_YEAR: i32 = 2013;

/// Reads a CSV with a header naming the columns `city`, `country` (or `country_iso2`) and
/// `year` (or `joined_year`), in any order; other columns are ignored.
pub fn parse_csv(
    text: &str,
    member_states: &HashSet<String>,
    this_year: i32,
) -> Result<(Vec<MemberRow>, Vec<BadLine>), ListProblem> {
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|_| ListProblem::NotCsv)?.clone();
    let column = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.contains(&h.trim().to_lowercase().as_str()))
    };
    let city_col = column(&["city"]).ok_or(ListProblem::NoCityColumn)?;
    let country_col = column(&["country", "country_iso2"]).ok_or(ListProblem::NoCountryColumn)?;
    let year_col = column(&["year", "joined_year"]);
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    let mut seen = HashSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(_) => {
                bad.push(BadLine {
                    line,
                    problem: LineProblem::Unreadable,
                });
                continue;
            }
        };
        let field = |c: usize| record.get(c).unwrap_or_default().trim().to_owned();
        let city = field(city_col);
        let country = field(country_col).to_ascii_uppercase();
        let year_text = year_col.map(field).unwrap_or_default();
        if city.is_empty() && country.is_empty() {
            continue;
        }
        let problem = if city.is_empty() || city.chars().count() > 200 {
            Some(LineProblem::CityMissingOrTooLong { max: 200 })
        } else if city.chars().any(char::is_control) {
            Some(LineProblem::CityNotText)
        } else if !member_states.contains(&country) {
            Some(LineProblem::NotAMemberState {
                code: country.clone(),
            })
        } else {
            None
        };
        let year = if year_text.is_empty() {
            Ok(None)
        } else {
            match year_text.parse::<i32>() {
                Ok(y) if (FIRST_YEAR..=this_year).contains(&y) => Ok(Some(y as i16)),
                _ => Err(LineProblem::YearOutOfRange {
                    year: year_text.clone(),
                    first: FIRST_YEAR,
                    last: this_year,
                }),
            }
        };
        match (problem, year) {
            (Some(problem), _) | (None, Err(problem)) => bad.push(BadLine { line, problem }),
            (None, Ok(year)) => {
                let row = MemberRow {
                    city,
                    country,
                    year,
                };
                if seen.insert(row.key()) {
                    rows.push(row);
                } else {
                    bad.push(BadLine {
                        line,
                        problem: LineProblem::ListedTwice {
                            city: row.city.clone(),
                            country: row.country.clone(),
                        },
                    });
                }
            }
        }
    }
    Ok((rows, bad))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Add the file's members to the list; update the year of those already on it.
    Add,
    /// Make the list exactly the file's members.
    Replace,
}

/// What an import will change.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub add: Vec<MemberRow>,
    /// (member id, the row with its new year)
    pub update: Vec<(i64, MemberRow)>,
    /// (member id, the row removed)
    pub remove: Vec<(i64, MemberRow)>,
    pub unchanged: usize,
}

/// Compares the file with the current list, `current` as (id, row).
pub fn plan(current: &[(i64, MemberRow)], incoming: &[MemberRow], mode: Mode) -> Plan {
    let by_key: HashMap<(String, String), &(i64, MemberRow)> =
        current.iter().map(|c| (c.1.key(), c)).collect();
    let mut plan = Plan::default();
    let mut kept = HashSet::new();
    for row in incoming {
        match by_key.get(&row.key()) {
            None => plan.add.push(row.clone()),
            Some((id, existing)) => {
                kept.insert(*id);
                if row.year.is_some() && row.year != existing.year {
                    plan.update.push((*id, row.clone()));
                } else {
                    plan.unchanged += 1;
                }
            }
        }
    }
    if mode == Mode::Replace {
        plan.remove = current
            .iter()
            .filter(|(id, _)| !kept.contains(id))
            .cloned()
            .collect();
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn states() -> HashSet<String> {
        ["DE", "FR", "NA", "CN"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    fn row(city: &str, country: &str, year: Option<i16>) -> MemberRow {
        MemberRow {
            city: city.into(),
            country: country.into(),
            year,
        }
    }

    #[test]
    fn a_csv_is_read_by_its_header_and_bad_lines_are_named() {
        let text = "\u{feff}country,city,year\nDE,Hamburg,2016\nna,Windhoek,\nXX,Atlantis,2020\nFR,\"Lyon, Métropole\",2031\n,,\nCN,上海,2019\nDE,hamburg,2017\n";
        let (rows, bad) = parse_csv(text, &states(), 2025).unwrap();
        assert_eq!(
            rows,
            vec![
                row("Hamburg", "DE", Some(2016)),
                row("Windhoek", "NA", None),
                row("上海", "CN", Some(2019))
            ]
        );
        let lines: Vec<usize> = bad.iter().map(|b| b.line).collect();
        assert_eq!(lines, vec![4, 5, 8]);
        assert_eq!(
            bad[0].problem,
            LineProblem::NotAMemberState { code: "XX".into() }
        );
        assert!(
            matches!(&bad[1].problem, LineProblem::YearOutOfRange { year, .. } if year == "2031")
        );
        assert!(matches!(bad[2].problem, LineProblem::ListedTwice { .. }));
    }

    #[test]
    fn a_city_name_with_a_control_character_is_a_bad_line() {
        let (rows, bad) =
            parse_csv("country,city\nDE,Ham\u{0}burg\nDE,Köln\n", &states(), 2025).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].line, 2);
    }

    #[test]
    fn the_bundled_column_names_are_understood() {
        let (rows, bad) = parse_csv(
            "city,country_iso2,joined_year,source\nAdrar,FR,2020,x\n",
            &states(),
            2025,
        )
        .unwrap();
        assert_eq!(rows, vec![row("Adrar", "FR", Some(2020))]);
        assert!(bad.is_empty());
        assert!(parse_csv("town,nation\nA,B\n", &states(), 2025).is_err());
    }

    #[test]
    fn adding_keeps_the_list_and_replacing_makes_it_the_file() {
        let current = vec![
            (1, row("Hamburg", "DE", Some(2016))),
            (2, row("Lyon", "FR", None)),
        ];
        let incoming = vec![
            row("hamburg", "DE", Some(2016)),
            row("Lyon", "FR", Some(2024)),
            row("Windhoek", "NA", None),
        ];
        let add = plan(&current, &incoming, Mode::Add);
        assert_eq!(add.add, vec![row("Windhoek", "NA", None)]);
        assert_eq!(add.update, vec![(2, row("Lyon", "FR", Some(2024)))]);
        assert_eq!(add.unchanged, 1);
        assert!(add.remove.is_empty());
        let replace = plan(&current, &[row("Windhoek", "NA", None)], Mode::Replace);
        assert_eq!(replace.remove.len(), 2);
        assert_eq!(replace.add.len(), 1);
    }
}
