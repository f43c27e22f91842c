//! Reminders before a deadline: a week before, then a day before; none once it has passed.
//! A reminder missed while the server was down is sent late within its window, but the
//! week's is never sent once the day's is due.

use std::ops::RangeInclusive;

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc};

use super::deadline::ZonedDay;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    WeekBefore,
    DayBefore,
}

impl Reminder {
    pub fn suffix(self) -> &'static str {
        match self {
            Reminder::WeekBefore => "week",
            Reminder::DayBefore => "day",
        }
    }
}

/// National Commissions have more to do before their deadline (choose, endorse, sign,
/// send): they are reminded a fortnight, a week and two days before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NatcomReminder {
    Fortnight,
    Week,
    TwoDays,
}

impl NatcomReminder {
    pub fn suffix(self) -> &'static str {
        match self {
            NatcomReminder::Fortnight => "fortnight",
            NatcomReminder::Week => "week",
            NatcomReminder::TwoDays => "two_days",
        }
    }
}

/// Which National Commission reminder is due for its deadline at `now`, if any: the
/// latest whose time has come (a missed earlier one is never sent once a later is due).
pub fn due_natcom_reminder(deadline: &ZonedDay, now: DateTime<Utc>) -> Option<NatcomReminder> {
    let end = deadline.ends_at();
    if now >= end {
        None
    } else if now >= end - TimeDelta::days(2) {
        Some(NatcomReminder::TwoDays)
    } else if now >= end - TimeDelta::days(7) {
        Some(NatcomReminder::Week)
    } else if now >= end - TimeDelta::days(14) {
        Some(NatcomReminder::Fortnight)
    } else {
        None
    }
}

/// Which reminder is due for a deadline at `now`, if any.
pub fn due_reminder(deadline: &ZonedDay, now: DateTime<Utc>) -> Option<Reminder> {
    let end = deadline.ends_at();
    if now >= end {
        None
    } else if now >= end - TimeDelta::days(1) {
        Some(Reminder::DayBefore)
    } else if now >= end - TimeDelta::days(7) {
        Some(Reminder::WeekBefore)
    } else {
        None
    }
}

/// The days a deadline may fall on for a reminder of it to be due at `now`, in any time
/// zone: a little wider than exact, since `due_reminder` decides each deadline. The job
/// reads a call's drafts and National Commissions only when one of its deadlines falls
/// within: most of a call's life, none does.
pub fn reminder_days(now: DateTime<Utc>, reminded: Reminded) -> RangeInclusive<NaiveDate> {
    let today = now.date_naive();
    let ahead = match reminded {
        // A week ahead, and a little more for the zones.
        Reminded::Cities => 9,
        // A fortnight ahead.
        Reminded::NationalCommissions => 16,
    };
    (today - Days::new(2))..=(today + Days::new(ahead))
}

/// Who a deadline's reminders are for: they begin a week or a fortnight ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminded {
    Cities,
    NationalCommissions,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DeadlineZone;
    use chrono::NaiveDate;

    #[test]
    fn national_commissions_are_reminded_14_7_and_2_days_before() {
        let june30 = ZonedDay::new(
            NaiveDate::from_ymd_opt(2023, 6, 30).unwrap(),
            DeadlineZone::AnywhereOnEarth,
        );
        // 30 June 23:59 AoE is 1 July 11:59 UTC.
        let at = |s: &str| due_natcom_reminder(&june30, s.parse().unwrap());
        assert_eq!(at("2023-06-17T11:59:00Z"), None);
        assert_eq!(at("2023-06-17T12:00:00Z"), Some(NatcomReminder::Fortnight));
        assert_eq!(at("2023-06-24T12:00:00Z"), Some(NatcomReminder::Week));
        assert_eq!(at("2023-06-29T12:00:00Z"), Some(NatcomReminder::TwoDays));
        assert_eq!(at("2023-07-01T12:00:00Z"), None, "closed");
        let now: DateTime<Utc> = "2023-06-16T12:00:00Z".parse().unwrap();
        assert!(
            reminder_days(now, Reminded::NationalCommissions).contains(&june30.date),
            "the job reads the call a fortnight out"
        );
    }

    fn at(s: &str) -> Option<Reminder> {
        let may31 = ZonedDay::new(
            NaiveDate::from_ymd_opt(2023, 5, 31).unwrap(),
            DeadlineZone::AnywhereOnEarth,
        );
        due_reminder(&may31, s.parse().unwrap())
    }

    #[test]
    fn a_week_before_then_a_day_before_then_nothing() {
        // The deadline ends on 1 June 2023, 12:00 UTC.
        assert_eq!(at("2023-05-25T11:59:59Z"), None);
        assert_eq!(at("2023-05-25T12:00:00Z"), Some(Reminder::WeekBefore));
        assert_eq!(at("2023-05-31T11:59:59Z"), Some(Reminder::WeekBefore));
        assert_eq!(at("2023-05-31T12:00:00Z"), Some(Reminder::DayBefore));
        assert_eq!(at("2023-06-01T11:59:59Z"), Some(Reminder::DayBefore));
        assert_eq!(at("2023-06-01T12:00:00Z"), None, "closed: no reminder");
    }

    #[test]
    fn every_deadline_with_a_reminder_due_falls_within_the_reminder_days() {
        let zones = [
            "AoE",
            "Pacific/Kiritimati",
            "Europe/Paris",
            "America/Los_Angeles",
        ]
        .map(|z| z.parse::<DeadlineZone>().unwrap());
        let first = NaiveDate::from_ymd_opt(2023, 3, 20).unwrap();
        let deadlines: Vec<NaiveDate> = (0..30).map(|d| first + Days::new(d)).collect();
        let start: DateTime<Utc> = "2023-03-25T00:00:00Z".parse().unwrap();
        let mut due = 0;
        for hour in 0..(20 * 24) {
            let now = start + TimeDelta::hours(hour);
            for zone in zones {
                for &date in &deadlines {
                    if due_reminder(&ZonedDay::new(date, zone), now).is_some() {
                        due += 1;
                        assert!(
                            reminder_days(now, Reminded::Cities).contains(&date),
                            "{date} {zone:?} at {now}"
                        );
                    }
                    if due_natcom_reminder(&ZonedDay::new(date, zone), now).is_some() {
                        assert!(
                            reminder_days(now, Reminded::NationalCommissions).contains(&date),
                            "National Commissions: {date} {zone:?} at {now}"
                        );
                    }
                }
            }
        }
        assert!(due > 1000, "the test saw reminders due: {due}");
        let now: DateTime<Utc> = "2023-05-10T12:00:00Z".parse().unwrap();
        assert!(
            !reminder_days(now, Reminded::Cities)
                .contains(&NaiveDate::from_ymd_opt(2023, 5, 31).unwrap())
        );
    }
}
