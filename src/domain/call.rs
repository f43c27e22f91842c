//! A call for applications and where it stands at a given moment.

use chrono::{DateTime, NaiveDate, Utc};

use super::deadline::{DeadlineZone, ZonedDay};

/// A call is data: the 2023 call is seeded and UIL admins create the next ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub id: i64,
    /// The title in English.
    pub title: String,
    /// The title in other languages, as UIL gave them: (language code, title).
    pub titles: Vec<(String, String)>,
    pub opens_on: NaiveDate,
    pub city_deadline: NaiveDate,
    pub natcom_deadline: NaiveDate,
    pub endorsement_quota: i32,
    pub zone: DeadlineZone,
}

/// The three moments that govern what may happen to an application. They start as the
/// call's dates; an extension granted by UIL moves a deadline for one application or country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadlines {
    pub opens: ZonedDay,
    pub city: ZonedDay,
    pub natcom: ZonedDay,
}

/// Where a call stands for the public at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CallPhase {
    NotYetOpen,
    /// Cities may submit to their National Commission; `days_left` calendar days after today.
    OpenForCities {
        days_left: i64,
    },
    /// Cities are done; National Commissions may still endorse and submit to UIL.
    OpenForNationalCommissions {
        days_left: i64,
    },
    Closed,
}

impl Call {
    /// The title in the language of `code`, or in English where UIL gave none.
    pub fn title_in(&self, code: &str) -> &str {
        self.titles
            .iter()
            .find(|(l, _)| l == code)
            .map_or(self.title.as_str(), |(_, t)| t.as_str())
    }

    pub fn deadlines(&self) -> Deadlines {
        Deadlines {
            opens: ZonedDay::new(self.opens_on, self.zone),
            city: ZonedDay::new(self.city_deadline, self.zone),
            natcom: ZonedDay::new(self.natcom_deadline, self.zone),
        }
    }

    /// The deadlines once UIL's extensions are counted: the latest date granted for the
    /// city stage and for the National Commission stage, if any. An extension only ever
    /// gives more time; an earlier date leaves the call's own deadline in place.
    pub fn deadlines_extended(
        &self,
        city: Option<NaiveDate>,
        natcom: Option<NaiveDate>,
    ) -> Deadlines {
        let mut d = self.deadlines();
        if let Some(date) = city.filter(|date| *date > d.city.date) {
            d.city = ZonedDay::new(date, self.zone);
        }
        if let Some(date) = natcom.filter(|date| *date > d.natcom.date) {
            d.natcom = ZonedDay::new(date, self.zone);
        }
        d
    }

    /// Whether cities may still start and submit applications in this call at `now`
    /// (drafts may be started before it opens).
    pub fn accepts_applications(&self, now: DateTime<Utc>) -> bool {
        self.deadlines().city.is_still_open_at(now)
    }

    pub fn phase_at(&self, now: DateTime<Utc>) -> CallPhase {
        let d = self.deadlines();
        if now < d.opens.starts_at() {
            CallPhase::NotYetOpen
        } else if d.city.is_still_open_at(now) {
            CallPhase::OpenForCities {
                days_left: d.city.days_left(now),
            }
        } else if d.natcom.is_still_open_at(now) {
            CallPhase::OpenForNationalCommissions {
                days_left: d.natcom.days_left(now),
            }
        } else {
            CallPhase::Closed
        }
    }
}

/// The call the public page shows: the one running now, else the next to open, else the
/// one that closed last. With several running at once, the one that opened first.
pub fn current_call(calls: &[Call], now: DateTime<Utc>) -> Option<&Call> {
    let not_over = calls
        .iter()
        .filter(|c| c.phase_at(now) != CallPhase::Closed)
        .min_by_key(|c| (c.deadlines().opens.starts_at(), c.id));
    not_over.or_else(|| {
        calls
            .iter()
            .max_by_key(|c| (c.deadlines().natcom.ends_at(), c.id))
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn call_2023() -> Call {
        Call {
            id: 1,
            title: "Join the UNESCO Global Network of Learning Cities!".into(),
            titles: Vec::new(),
            opens_on: NaiveDate::from_ymd_opt(2023, 4, 1).unwrap(),
            city_deadline: NaiveDate::from_ymd_opt(2023, 5, 31).unwrap(),
            natcom_deadline: NaiveDate::from_ymd_opt(2023, 6, 30).unwrap(),
            endorsement_quota: 3,
            zone: DeadlineZone::AnywhereOnEarth,
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn the_2023_call_moves_through_its_phases() {
        let call = call_2023();
        assert_eq!(
            call.phase_at(utc("2023-03-15T12:00:00Z")),
            CallPhase::NotYetOpen
        );
        assert_eq!(
            call.phase_at(utc("2023-04-01T11:59:59Z")),
            CallPhase::NotYetOpen
        );
        assert_eq!(
            call.phase_at(utc("2023-04-01T12:00:00Z")),
            CallPhase::OpenForCities { days_left: 60 }
        );
        assert_eq!(
            call.phase_at(utc("2023-05-15T12:00:00Z")),
            CallPhase::OpenForCities { days_left: 16 }
        );
        assert_eq!(
            call.phase_at(utc("2023-06-01T11:59:59Z")),
            CallPhase::OpenForCities { days_left: 0 }
        );
        assert_eq!(
            call.phase_at(utc("2023-06-10T12:00:00Z")),
            CallPhase::OpenForNationalCommissions { days_left: 20 }
        );
        assert_eq!(
            call.phase_at(utc("2023-07-01T11:59:59Z")),
            CallPhase::OpenForNationalCommissions { days_left: 0 }
        );
        assert_eq!(
            call.phase_at(utc("2023-07-01T12:00:00Z")),
            CallPhase::Closed
        );
        assert_eq!(
            call.phase_at(utc("2026-11-27T12:00:00Z")),
            CallPhase::Closed
        );
    }

    #[test]
    fn an_extension_gives_more_time_never_less() {
        let call = call_2023();
        let day = |m, d| NaiveDate::from_ymd_opt(2023, m, d);
        assert_eq!(call.deadlines_extended(None, None), call.deadlines());
        let later = call.deadlines_extended(day(6, 15), day(7, 20));
        assert_eq!(later.city.date, day(6, 15).unwrap());
        assert_eq!(later.natcom.date, day(7, 20).unwrap());
        assert_eq!(later.opens, call.deadlines().opens);
        let earlier = call.deadlines_extended(day(5, 1), day(6, 1));
        assert_eq!(earlier, call.deadlines(), "an earlier date changes nothing");
    }

    #[test]
    fn the_public_page_shows_the_running_call_then_the_next_then_the_last() {
        let c2023 = call_2023();
        let c2025 = Call {
            id: 2,
            opens_on: NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
            city_deadline: NaiveDate::from_ymd_opt(2025, 5, 31).unwrap(),
            natcom_deadline: NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
            ..call_2023()
        };
        let calls = [c2025.clone(), c2023.clone()];
        let id_at = |t| current_call(&calls, utc(t)).map(|c| c.id);
        assert_eq!(id_at("2023-05-15T00:00:00Z"), Some(1), "running");
        assert_eq!(id_at("2024-01-01T00:00:00Z"), Some(2), "next to open");
        assert_eq!(id_at("2025-05-01T00:00:00Z"), Some(2), "running");
        assert_eq!(id_at("2026-01-01T00:00:00Z"), Some(2), "closed last");
        assert_eq!(current_call(&[], utc("2023-05-15T00:00:00Z")), None);
    }
}
