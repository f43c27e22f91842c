//! Dates, numbers and alphabetical order as CLDR has them, through ICU4X. The formatters
//! are built once per language: they hold nothing but CLDR's data.

use std::cmp::Ordering;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use icu_calendar::Gregorian;
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{T, YMD};
use icu_datetime::input::{Date, Time};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale as IcuLocale;

use super::Locale;

struct Formats {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    time: FixedCalendarDateTimeFormatter<Gregorian, T>,
    number: DecimalFormatter,
    collator: CollatorBorrowed<'static>,
}

/// The CLDR locale of each language. English is UNESCO's: British ("31 May 2023", 23:59).
fn cldr(locale: Locale) -> IcuLocale {
    let tag = match locale {
        Locale::En | Locale::Pseudo => "en-GB",
        other => other.code(),
    };
    tag.parse().expect("a valid CLDR locale")
}

static FORMATS: LazyLock<Vec<Formats>> = LazyLock::new(|| {
    [
        Locale::En,
        Locale::Fr,
        Locale::Es,
        Locale::Ar,
        Locale::Zh,
        Locale::Ru,
        Locale::Pseudo,
    ]
    .iter()
    .map(|&l| {
        let loc = cldr(l);
        Formats {
            date: FixedCalendarDateTimeFormatter::try_new(loc.clone().into(), YMD::long())
                .expect("CLDR has dates for the six languages"),
            time: FixedCalendarDateTimeFormatter::try_new(loc.clone().into(), T::hm())
                .expect("CLDR has times for the six languages"),
            number: DecimalFormatter::try_new(loc.clone().into(), Default::default())
                .expect("CLDR has numbers for the six languages"),
            collator: Collator::try_new(loc.into(), CollatorOptions::default())
                .expect("CLDR has an order for the six languages"),
        }
    })
    .collect()
});

fn of(locale: Locale) -> &'static Formats {
    &FORMATS[locale as usize]
}

pub fn date(locale: Locale, d: NaiveDate) -> String {
    match Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8) {
        Ok(date) => of(locale).date.format(&date).to_string(),
        Err(_) => d.to_string(),
    }
}

pub fn time(locale: Locale, at: NaiveDateTime) -> String {
    match Time::try_new(at.hour() as u8, at.minute() as u8, 0, 0) {
        Ok(t) => of(locale).time.format(&t).to_string(),
        Err(_) => at.format("%H:%M").to_string(),
    }
}

pub fn integer(locale: Locale, n: i64) -> String {
    of(locale).number.format(&Decimal::from(n)).to_string()
}

pub fn decimal(locale: Locale, x: f64, decimals: u8) -> String {
    // Rounded to `decimals` in integers: formatting a float to a fixed precision is the
    // slow path of Rust's float printing, and a list page shows many averages.
    let scaled = (x * 10f64.powi(i32::from(decimals))).round();
    if !scaled.is_finite() || scaled.abs() > 9.0e15 {
        return x.to_string();
    }
    let mut d = Decimal::from(scaled as i64);
    d.absolute.multiply_pow10(-i16::from(decimals));
    d.absolute.trim_end();
    of(locale).number.format(&d).to_string()
}

pub fn compare(locale: Locale, a: &str, b: &str) -> Ordering {
    of(locale).collator.compare(a, b)
}

/// A number as a person writes it in `locale`, as Rust reads numbers: "522 250" and
/// "522 250" (French, with spaces of any width), "522.250" (Spanish), "522,250"
/// (English) are all "522250"; "891,8" in French is "891.8". A "," or "." that the
/// language groups thousands with is read as grouping only where exactly three digits
/// follow it, so that "891.8" is 891.8 everywhere and never 8918. `None` when it cannot
/// be one number, such as "1,2,3.4.5".
pub fn parse_decimal(input: &str, locale: Locale) -> Option<String> {
    // The mark CLDR's data groups thousands with, besides spaces: French and Russian
    // group with spaces only, and take either mark as the decimal point.
    let group = match locale {
        Locale::Es => Some('.'),
        Locale::Fr | Locale::Ru => None,
        _ => Some(','),
    };
    let chars: Vec<char> = input.trim().chars().collect();
    let three_digits_follow = |i: usize| {
        chars.len() >= i + 4
            && chars[i + 1..i + 4].iter().all(|c| c.is_ascii_digit())
            && chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
    };
    let mut out = String::with_capacity(chars.len());
    let mut seen_point = false;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '0'..='9' => out.push(c),
            // Arabic-Indic digits, which Arabic writers may use.
            '\u{0660}'..='\u{0669}' => {
                out.push(char::from(b'0' + (c as u32 - 0x0660) as u8));
            }
            ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\'' | '\u{066C}' => {}
            ',' | '.' | '\u{066B}' => {
                let grouping = Some(c) == group && !seen_point && three_digits_follow(i);
                if grouping {
                    continue;
                }
                if seen_point {
                    return None;
                }
                seen_point = true;
                out.push('.');
            }
            '-' | '+' if out.is_empty() => out.push(c),
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_cldr_writes_them() {
        let d = NaiveDate::from_ymd_opt(2023, 5, 31).unwrap();
        assert_eq!(date(Locale::En, d), "31 May 2023");
        assert_eq!(date(Locale::Fr, d), "31 mai 2023");
        assert_eq!(date(Locale::Es, d), "31 de mayo de 2023");
        assert_eq!(date(Locale::Zh, d), "2023年5月31日");
        assert_eq!(date(Locale::Ru, d), "31 мая 2023\u{202F}г.");
        assert!(date(Locale::Ar, d).contains("مايو"));
    }

    #[test]
    fn numbers_are_grouped_as_each_language_groups_them() {
        assert_eq!(integer(Locale::En, 522250), "522,250");
        assert_eq!(integer(Locale::Es, 522250), "522.250");
        // French and Russian group with a (narrow) no-break space.
        assert_eq!(
            integer(Locale::Fr, 522250).replace('\u{202F}', " "),
            "522 250"
        );
        assert_eq!(
            integer(Locale::Ru, 522250).replace('\u{A0}', " "),
            "522 250"
        );
        assert_eq!(decimal(Locale::Fr, 891.8, 2), "891,8");
        assert_eq!(decimal(Locale::En, 4.0, 1), "4");
        assert_eq!(decimal(Locale::En, 3.26, 1), "3.3");
        assert_eq!(decimal(Locale::En, -0.5, 1), "-0.5");
    }

    #[test]
    fn what_a_person_writes_is_read_in_their_language() {
        assert_eq!(
            parse_decimal("522 250", Locale::Fr).as_deref(),
            Some("522250")
        );
        assert_eq!(
            parse_decimal("522\u{202F}250", Locale::Fr).as_deref(),
            Some("522250")
        );
        assert_eq!(
            parse_decimal("522.250", Locale::Es).as_deref(),
            Some("522250")
        );
        assert_eq!(
            parse_decimal("522,250", Locale::En).as_deref(),
            Some("522250")
        );
        assert_eq!(parse_decimal("891,8", Locale::Fr).as_deref(), Some("891.8"));
        assert_eq!(parse_decimal("891.8", Locale::Zh).as_deref(), Some("891.8"));
        assert_eq!(parse_decimal("١٢٣", Locale::Ar).as_deref(), Some("123"));
        assert_eq!(parse_decimal("1,2,3.4.5", Locale::En), None);
        // A point or a comma is a decimal point unless three digits follow it.
        assert_eq!(parse_decimal("891.8", Locale::Fr).as_deref(), Some("891.8"));
        assert_eq!(
            parse_decimal("45000.50", Locale::Ru).as_deref(),
            Some("45000.50")
        );
        assert_eq!(parse_decimal("891.8", Locale::Es).as_deref(), Some("891.8"));
        assert_eq!(parse_decimal("1,5", Locale::En).as_deref(), Some("1.5"));
        assert_eq!(
            parse_decimal("1.234,5", Locale::Es).as_deref(),
            Some("1234.5")
        );
        assert_eq!(
            parse_decimal("1,234.5", Locale::En).as_deref(),
            Some("1234.5")
        );
        assert_eq!(parse_decimal("twelve", Locale::En), None);
    }

    #[test]
    fn names_are_ordered_by_the_language_s_alphabet() {
        let mut names = vec!["Zambie", "Éthiopie", "Espagne", "Ouganda"];
        names.sort_by(|a, b| compare(Locale::Fr, a, b));
        assert_eq!(names, ["Espagne", "Éthiopie", "Ouganda", "Zambie"]);
    }
}
