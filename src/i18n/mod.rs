//! Every word a person reads, in UNESCO's six languages.
//!
//! The words are Project Fluent messages in `locales/<language>/*.ftl`, embedded in the
//! binary; English is the source and every key exists in every language (a test says so).
//! Dates, numbers and the order of names come from CLDR through ICU4X, never from
//! hand-written tables. The domain and the use cases return values; the web layer and the
//! mail put them into words through a [`Tr`], the words of one language.
//!
//! Why `fluent-bundle` rather than `fluent-templates`: askama needs nothing but a value
//! with methods that return strings, which the bundle gives directly; the bundle lets each
//! output choose Unicode isolation marks (on in HTML, where a Latin city name sits inside
//! Arabic text; off in mail subjects and CSV, where they would be stray characters), and
//! lets numbers in messages be formatted by CLDR. `fluent-templates` adds a loader, a
//! directory walker and a macro over the same bundle, for files we embed with
//! `include_str!` anyway.

mod catalogue;
mod countries;
mod format;
mod language;

pub use catalogue::{Arg, ToArg, all_sources, check_catalogues};
pub use countries::sorted_by_name;
pub use format::parse_decimal;
pub use language::{Locale, enable_pseudo_locale};

use std::cmp::Ordering;
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use crate::domain::{DeadlineZone, ZonedDay};

/// The words of one language, for one kind of output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tr {
    pub locale: Locale,
    /// For text outside HTML (mail, CSV, HTTP headers): no bidi isolation marks.
    plain: bool,
}

impl Tr {
    /// The words of a page.
    pub fn new(locale: Locale) -> Self {
        Tr {
            locale,
            plain: false,
        }
    }

    /// The words of mail and files: the same, without the marks that isolate placeables.
    pub fn plain(locale: Locale) -> Self {
        Tr {
            locale,
            plain: true,
        }
    }

    /// The same words, for text outside HTML.
    pub fn for_text(self) -> Self {
        Tr::plain(self.locale)
    }

    pub fn code(&self) -> &'static str {
        self.locale.code()
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }

    /// Message `id`.
    pub fn t(&self, id: &str) -> String {
        catalogue::message(self.locale, self.plain, id, &[])
    }

    /// Message `id` with one argument.
    pub fn t1(&self, id: &str, k: &str, v: impl ToArg) -> String {
        catalogue::message(self.locale, self.plain, id, &[(k, v.to_arg())])
    }

    pub fn t2(&self, id: &str, k1: &str, v1: impl ToArg, k2: &str, v2: impl ToArg) -> String {
        catalogue::message(
            self.locale,
            self.plain,
            id,
            &[(k1, v1.to_arg()), (k2, v2.to_arg())],
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        id: &str,
        k1: &str,
        v1: impl ToArg,
        k2: &str,
        v2: impl ToArg,
        k3: &str,
        v3: impl ToArg,
    ) -> String {
        catalogue::message(
            self.locale,
            self.plain,
            id,
            &[(k1, v1.to_arg()), (k2, v2.to_arg()), (k3, v3.to_arg())],
        )
    }

    /// Message `id` with any number of arguments.
    pub fn args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        catalogue::message(self.locale, self.plain, id, args)
    }

    /// The language named in itself ("Français", "العربية"): the same for every reader,
    /// so formatted once.
    pub fn autonym(locale: Locale) -> &'static str {
        static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
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
            .map(|&l| Tr::new(l).t("language-self"))
            .collect()
        });
        &NAMES[locale as usize]
    }

    /// Whether the catalogue has message `id` (for keys made from names, such as a
    /// field's optional hint).
    pub fn has(&self, id: &str) -> bool {
        catalogue::has(self.locale, id)
    }

    /// "31 May 2023", "31 mai 2023", "2023年5月31日".
    pub fn date(&self, date: NaiveDate) -> String {
        format::date(self.locale, date)
    }

    /// "23:59", "11:59 م".
    pub fn time(&self, at: NaiveDateTime) -> String {
        format::time(self.locale, at)
    }

    /// A date and a time of day: "31 May 2023, 23:59".
    pub fn date_time(&self, at: NaiveDateTime) -> String {
        self.t2(
            "date-and-time",
            "date",
            self.date(at.date()),
            "time",
            self.time(at),
        )
    }

    /// A moment in a zone, then in UTC: "31 mai 2023, 23:59 AoE (1 juin 2023, 11:59 UTC)".
    pub fn moment(&self, instant: DateTime<Utc>, zone: DeadlineZone) -> String {
        let (local, zone_name) = zone.local_time(instant);
        self.t3(
            "moment-in-zone",
            "local",
            self.date_time(local),
            "zone",
            zone_name,
            "utc",
            self.date_time(instant.naive_utc()),
        )
    }

    /// A deadline as its last minute, in its zone and in UTC.
    pub fn deadline(&self, day: &ZonedDay) -> String {
        self.moment(day.last_minute(), day.zone)
    }

    /// An opening day as its first minute, in its zone and in UTC.
    pub fn opening(&self, day: &ZonedDay) -> String {
        self.moment(day.starts_at(), day.zone)
    }

    /// When something happened, in UTC: "31 May 2023, 14:05 UTC".
    pub fn utc(&self, instant: DateTime<Utc>) -> String {
        self.t1("moment-utc", "moment", self.date_time(instant.naive_utc()))
    }

    /// A Member State's name as the United Nations writes it in this language (UNTERM's
    /// short names, `data/member-state-names.csv`); its code if it has none.
    pub fn country(&self, iso2: &str) -> String {
        countries::name(self.locale, iso2)
            .unwrap_or(iso2)
            .to_owned()
    }

    /// A whole number with CLDR's grouping: "522,250", "522 250", "522.250".
    pub fn number(&self, n: i64) -> String {
        format::integer(self.locale, n)
    }

    /// A number with up to `decimals` decimals: "891.8", "891,8".
    pub fn decimal(&self, x: f64, decimals: u8) -> String {
        format::decimal(self.locale, x, decimals)
    }

    /// How two names compare in this language's alphabetical order.
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        format::compare(self.locale, a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32, zone: &str) -> ZonedDay {
        ZonedDay::new(
            NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            zone.parse().unwrap(),
        )
    }

    #[test]
    fn a_deadline_reads_in_its_zone_and_in_utc_in_each_language() {
        let may31 = day(2023, 5, 31, "AoE");
        assert_eq!(
            Tr::plain(Locale::En).deadline(&may31),
            "31 May 2023, 23:59 AoE (1 June 2023, 11:59 UTC)"
        );
        assert_eq!(
            Tr::plain(Locale::Fr).deadline(&may31),
            "31 mai 2023 à 23:59 AoE (1 juin 2023 à 11:59 UTC)"
        );
        assert_eq!(
            Tr::plain(Locale::En).opening(&day(2023, 4, 1, "AoE")),
            "1 April 2023, 00:00 AoE (1 April 2023, 12:00 UTC)"
        );
        assert_eq!(
            Tr::plain(Locale::En).deadline(&day(2023, 5, 31, "Europe/Paris")),
            "31 May 2023, 23:59 CEST (31 May 2023, 21:59 UTC)"
        );
        let zh = Tr::plain(Locale::Zh).deadline(&may31);
        assert!(
            zh.starts_with("2023年5月31日") && zh.contains("AoE"),
            "{zh}"
        );
    }
}
