//! A deadline date is a whole day in the call's zone: "by 31 May" holds until the
//! last second of 31 May there. The default zone is Anywhere on Earth (UTC−12), the
//! last place on the planet where a given day is still running.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// The zone in which a call's dates are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DeadlineZone {
    /// Anywhere on Earth: UTC−12 all year round. The default.
    #[default]
    AnywhereOnEarth,
    /// An IANA zone such as `Europe/Paris`, with its daylight-saving rules.
    Named(Tz),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown time zone {0:?}: use \"AoE\" or an IANA name such as \"Europe/Paris\"")]
pub struct UnknownZone(String);

impl FromStr for DeadlineZone {
    type Err = UnknownZone;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("aoe") {
            return Ok(DeadlineZone::AnywhereOnEarth);
        }
        s.parse::<Tz>()
            .map(DeadlineZone::Named)
            .map_err(|_| UnknownZone(s.to_owned()))
    }
}

impl fmt::Display for DeadlineZone {
    /// The name stored in the database and accepted by `from_str`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeadlineZone::AnywhereOnEarth => f.write_str("AoE"),
            DeadlineZone::Named(tz) => f.write_str(tz.name()),
        }
    }
}

impl DeadlineZone {
    /// The first instant of `date` in this zone.
    pub fn start_of(&self, date: NaiveDate) -> DateTime<Utc> {
        let midnight = date.and_time(NaiveTime::MIN);
        match self {
            DeadlineZone::AnywhereOnEarth => aoe()
                .from_local_datetime(&midnight)
                .single()
                .expect("a fixed offset maps every local time once")
                .with_timezone(&Utc),
            DeadlineZone::Named(tz) => match tz.from_local_datetime(&midnight) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
                // A few zones skip midnight when daylight saving begins; the day then starts
                // at the first minute that exists, an hour later.
                LocalResult::None => tz
                    .from_local_datetime(&(midnight + Duration::hours(1)))
                    .earliest()
                    .expect("the hour after a skipped midnight exists")
                    .with_timezone(&Utc),
            },
        }
    }

    /// The calendar date at `instant` in this zone.
    pub fn date_at(&self, instant: DateTime<Utc>) -> NaiveDate {
        match self {
            DeadlineZone::AnywhereOnEarth => instant.with_timezone(&aoe()).date_naive(),
            DeadlineZone::Named(tz) => instant.with_timezone(tz).date_naive(),
        }
    }

    /// The wall-clock time of `instant` in this zone, and the zone's name there ("AoE",
    /// "CEST"), for people to read it in their language.
    pub fn local_time(&self, instant: DateTime<Utc>) -> (chrono::NaiveDateTime, String) {
        match self {
            DeadlineZone::AnywhereOnEarth => (
                instant.with_timezone(&aoe()).naive_local(),
                "AoE".to_owned(),
            ),
            DeadlineZone::Named(tz) => {
                let t = instant.with_timezone(tz);
                (t.naive_local(), t.format("%Z").to_string())
            }
        }
    }
}

fn aoe() -> FixedOffset {
    FixedOffset::west_opt(12 * 3600).expect("UTC−12 is a valid offset")
}

/// A calendar date read as a whole day in a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZonedDay {
    pub date: NaiveDate,
    pub zone: DeadlineZone,
}

impl ZonedDay {
    pub fn new(date: NaiveDate, zone: DeadlineZone) -> Self {
        ZonedDay { date, zone }
    }

    /// The first instant of the day: when something that opens on this day opens.
    pub fn starts_at(&self) -> DateTime<Utc> {
        self.zone.start_of(self.date)
    }

    /// The first instant after the day: something due on this day is late from here on.
    pub fn ends_at(&self) -> DateTime<Utc> {
        self.zone.start_of(self.date + Duration::days(1))
    }

    /// Whole days from today (in the zone) to this day: 0 on the day itself. Counted on the
    /// calendar, so it reads the same all day long.
    pub fn days_left(&self, now: DateTime<Utc>) -> i64 {
        (self.date - self.zone.date_at(now)).num_days()
    }

    /// Whether a deadline on this day still holds at `now`.
    pub fn is_still_open_at(&self, now: DateTime<Utc>) -> bool {
        now < self.ends_at()
    }

    /// The last minute of the day: what a deadline on this day shows people.
    pub fn last_minute(&self) -> DateTime<Utc> {
        self.ends_at() - Duration::minutes(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn day(y: i32, m: u32, d: u32, zone: DeadlineZone) -> ZonedDay {
        ZonedDay::new(NaiveDate::from_ymd_opt(y, m, d).unwrap(), zone)
    }

    #[test]
    fn a_deadline_in_aoe_holds_until_noon_utc_the_next_day() {
        let may31 = day(2023, 5, 31, DeadlineZone::AnywhereOnEarth);
        assert_eq!(may31.ends_at(), utc("2023-06-01T12:00:00Z"));
        // 31 May 23:59:59 AoE is 1 June 11:59:59 UTC: still on time.
        assert!(may31.is_still_open_at(utc("2023-06-01T11:59:59Z")));
        // One second later it is 1 June everywhere on Earth.
        assert!(!may31.is_still_open_at(utc("2023-06-01T12:00:00Z")));
    }

    #[test]
    fn an_opening_day_in_aoe_starts_at_noon_utc() {
        let april1 = day(2023, 4, 1, DeadlineZone::AnywhereOnEarth);
        assert_eq!(april1.starts_at(), utc("2023-04-01T12:00:00Z"));
    }

    #[test]
    fn a_named_zone_follows_its_summer_time() {
        let paris = DeadlineZone::from_str("Europe/Paris").unwrap();
        let may31 = day(2023, 5, 31, paris);
        // Paris is UTC+2 in summer: the day ends at 22:00 UTC.
        assert_eq!(may31.ends_at(), utc("2023-05-31T22:00:00Z"));
        assert!(may31.is_still_open_at(utc("2023-05-31T21:59:59Z")));
        assert!(!may31.is_still_open_at(utc("2023-05-31T22:00:00Z")));
        let (local, name) = paris.local_time(may31.last_minute());
        assert_eq!(
            (local.to_string().as_str(), name.as_str()),
            ("2023-05-31 23:59:00", "CEST")
        );
    }

    #[test]
    fn a_zone_that_skips_midnight_starts_the_day_at_the_first_real_minute() {
        // Santiago moved its clocks from 00:00 to 01:00 on 3 September 2023.
        let santiago = DeadlineZone::from_str("America/Santiago").unwrap();
        let start = day(2023, 9, 3, santiago).starts_at();
        assert_eq!(start, utc("2023-09-03T04:00:00Z"));
    }

    #[test]
    fn days_left_count_calendar_days_in_the_zone() {
        let may31 = day(2023, 5, 31, DeadlineZone::AnywhereOnEarth);
        // 15 May 12:00 UTC is the very start of 15 May AoE, and still 15 May at its end.
        assert_eq!(may31.days_left(utc("2023-05-15T12:00:00Z")), 16);
        assert_eq!(may31.days_left(utc("2023-05-16T11:59:59Z")), 16);
        assert_eq!(
            may31.days_left(utc("2023-06-01T11:59:59Z")),
            0,
            "the last day"
        );
    }

    #[test]
    fn zones_parse_from_their_stored_names() {
        assert_eq!("AoE".parse(), Ok(DeadlineZone::AnywhereOnEarth));
        assert_eq!(DeadlineZone::AnywhereOnEarth.to_string(), "AoE");
        let paris: DeadlineZone = "Europe/Paris".parse().unwrap();
        assert_eq!(paris.to_string(), "Europe/Paris");
        assert!("Mars/Olympus_Mons".parse::<DeadlineZone>().is_err());
    }
}
