//! Checks of an application against what is plausible, as warnings, never walls: a city
//! already in the member directory, profile figures out of the usual range. The city sees
//! them on its check page; once submitted, its National Commission and UIL see them as
//! flags beside the answers. Nothing here refuses anything.

use super::form::Answers;

/// A figure's year older than this many years is flagged.
pub const MAX_DATA_AGE_YEARS: i64 = 5;
/// Mean years of schooling above this are flagged.
pub const MAX_SCHOOLING_YEARS: f64 = 20.0;
/// A city's GDP per capita above this many times its country's is flagged.
pub const MAX_CITY_TO_COUNTRY_GDP: f64 = 20.0;
/// An area above this many square kilometres is flagged.
pub const MAX_AREA_KM2: f64 = 20_000.0;

/// Something to look at twice.
#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    /// The city is in the member directory already (since that year, when known).
    AlreadyMember {
        since: Option<i16>,
    },
    /// A figure's year, more than five years before this year. `question` is the form's
    /// question the figure answers (its key).
    OldFigure {
        question: &'static str,
        year: i64,
    },
    /// A figure's year after this year.
    FutureFigure {
        question: &'static str,
        year: i64,
    },
    /// Mean years of schooling (of women or of men: `field`) above 20.
    SchoolingOver {
        field: &'static str,
        years: f64,
    },
    /// The city's GDP per capita, this many times the country's.
    CityGdpOverCountry {
        times: f64,
    },
    AreaOver {
        km2: f64,
    },
}

/// The year fields of the profile and the question each dates.
const YEARS: [(&str, &str); 5] = [
    ("population_year", "population"),
    ("area_year", "area"),
    ("gdp_city_year", "gdp_city"),
    ("gdp_country_year", "gdp_country"),
    ("schooling_year", "schooling"),
];

/// The flags of the profile's figures, in the order of the form, `this_year` being the
/// year of the call's clock.
pub fn profile_flags(answers: &Answers, this_year: i32) -> Vec<Flag> {
    let mut flags = Vec::new();
    let this_year = i64::from(this_year);
    for (field, question) in YEARS {
        match answers.integer(field) {
            Some(year) if year < this_year - MAX_DATA_AGE_YEARS => {
                flags.push(Flag::OldFigure { question, year });
            }
            Some(year) if year > this_year => flags.push(Flag::FutureFigure { question, year }),
            _ => {}
        }
    }
    if let Some(km2) = answers.decimal("area_km2").filter(|a| *a > MAX_AREA_KM2) {
        flags.push(Flag::AreaOver { km2 });
    }
    if let (Some(city), Some(country)) = (
        answers.decimal("gdp_city_usd"),
        answers.decimal("gdp_country_usd").filter(|c| *c > 0.0),
    ) && city > MAX_CITY_TO_COUNTRY_GDP * country
    {
        flags.push(Flag::CityGdpOverCountry {
            times: city / country,
        });
    }
    for field in ["schooling_women_years", "schooling_men_years"] {
        if let Some(years) = answers.decimal(field).filter(|y| *y > MAX_SCHOOLING_YEARS) {
            flags.push(Flag::SchoolingOver { field, years });
        }
    }
    flags
}

/// Every flag of an application: the directory's first, then the profile's.
pub fn flags(answers: &Answers, member_since: Option<Option<i16>>, this_year: i32) -> Vec<Flag> {
    member_since
        .map(|since| Flag::AlreadyMember { since })
        .into_iter()
        .chain(profile_flags(answers, this_year))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::form::{Iso2, Section, SectionInput};

    fn profile(values: &[(&str, &str)]) -> Answers {
        let answers = Answers::new("Lisboa", &Iso2::parse("PT").unwrap());
        let typed = |name: &str| {
            values
                .iter()
                .find(|(k, _)| *k == name)
                .map_or_else(String::new, |(_, v)| (*v).to_owned())
        };
        let input = SectionInput::parse(Section::Profile, typed, 2023);
        answers.with(&input)
    }

    #[test]
    fn plausible_figures_raise_no_flag() {
        let a = profile(&[
            ("population", "545000"),
            ("population_year", "2021"),
            ("area_km2", "100"),
            ("area_year", "2018"),
            ("gdp_city_usd", "40000"),
            ("gdp_city_year", "2022"),
            ("gdp_country_usd", "24000"),
            ("gdp_country_year", "2022"),
            ("schooling_women_years", "12.5"),
            ("schooling_men_years", "12"),
            ("schooling_year", "2020"),
        ]);
        assert_eq!(profile_flags(&a, 2023), vec![]);
        assert_eq!(flags(&a, None, 2023), vec![]);
    }

    #[test]
    fn figures_out_of_range_are_flagged_at_their_bounds() {
        let a = profile(&[
            ("population", "545000"),
            ("population_year", "2017"),
            ("area_km2", "20000.5"),
            ("area_year", "2018"),
            ("gdp_city_usd", "480001"),
            ("gdp_country_usd", "24000"),
            ("schooling_women_years", "20.5"),
            ("schooling_men_years", "20"),
        ]);
        assert_eq!(
            profile_flags(&a, 2023),
            vec![
                Flag::OldFigure {
                    question: "population",
                    year: 2017
                },
                Flag::AreaOver { km2: 20000.5 },
                Flag::CityGdpOverCountry {
                    times: 480001.0 / 24000.0
                },
                Flag::SchoolingOver {
                    field: "schooling_women_years",
                    years: 20.5
                },
            ],
            "2018 is five years old, not more; 20 years of schooling and 20 times are bounds"
        );
        let member = flags(&a, Some(Some(2016)), 2023);
        assert_eq!(member[0], Flag::AlreadyMember { since: Some(2016) });
    }

    #[test]
    fn a_year_after_this_one_is_flagged() {
        let a = profile(&[("population", "545000"), ("population_year", "2024")]);
        assert_eq!(
            profile_flags(&a, 2023),
            vec![Flag::FutureFigure {
                question: "population",
                year: 2024
            }]
        );
    }
}
