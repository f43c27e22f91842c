//! Reminders before a deadline: a week before, then a day before; none once it has passed.
//! A reminder missed while the server was down is sent late within its window, but the
//! week's is never sent once the day's is due.

use chrono::{DateTime, TimeDelta, Utc};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DeadlineZone;
    use chrono::NaiveDate;

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
}
