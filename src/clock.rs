//! The injectable clock. `GNLC_NOW=2023-05-15T12:00:00Z` starts the server's clock at that
//! instant and lets it run on, so the 2023 call can be shown and tested as it was.

use chrono::{DateTime, TimeDelta, Utc};

#[derive(Debug, Clone, Copy, Default)]
pub struct Clock {
    /// How far the clock is set from the real time.
    offset: TimeDelta,
}

impl Clock {
    /// The real time.
    pub fn real() -> Self {
        Clock::default()
    }

    /// A clock that reads `start` now and runs on from there.
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Clock {
            offset: start - Utc::now(),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_started_clock_begins_at_its_instant_and_runs_on() {
        let start: DateTime<Utc> = "2023-05-15T12:00:00Z".parse().unwrap();
        let clock = Clock::starting_at(start);
        let first = clock.now();
        assert!(first >= start && first - start < TimeDelta::seconds(5));
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(clock.now() > first, "the clock runs on");
    }

    #[test]
    fn the_real_clock_reads_the_real_time() {
        let drift = (Clock::real().now() - Utc::now()).abs();
        assert!(drift < TimeDelta::seconds(1));
    }
}
