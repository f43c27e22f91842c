//! How often people may ask for what costs others something: a sign-in attempt (a guess at
//! a password), a form that sends mail. Limits slow down the one who asks too often, never
//! the owner of an account who asks from elsewhere.

use chrono::{DateTime, TimeDelta, Utc};

/// Sign-in failures are looked at over this window.
pub const SIGN_IN_WINDOW: TimeDelta = TimeDelta::minutes(15);
/// Failures of one account from one client address before each next try waits…
pub const PAIR_FREE_FAILURES: i64 = 5;
/// …and failures from one client address, whatever the accounts (a ministry's gateway
/// may carry many people).
pub const CLIENT_FREE_FAILURES: i64 = 50;
/// The first wait, doubled with each failure after; never longer than the window.
const FIRST_WAIT: TimeDelta = TimeDelta::seconds(30);

/// Failures in the window: how many, and the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Failures {
    pub count: i64,
    pub last: Option<DateTime<Utc>>,
}

/// The wait after `over` failures beyond the free ones: 30 s, 1 min, 2 min… at most the
/// window.
fn wait_after(over: i64) -> TimeDelta {
    let doublings = u32::try_from(over.clamp(0, 16)).unwrap_or(16);
    (FIRST_WAIT * 2i32.pow(doublings)).min(SIGN_IN_WINDOW)
}

/// Until when a sign-in must wait, if at all, given the failures of this account from
/// this client address, and of this client address for any account. Failures of the
/// account from other addresses do not count: someone else's guesses never lock the owner
/// out.
pub fn sign_in_wait(pair: Failures, client: Failures) -> Option<DateTime<Utc>> {
    let until = |f: Failures, free: i64, per_wait: i64| {
        let over = f.count - free;
        (over >= 0).then(|| f.last.map(|last| last + wait_after(over / per_wait)))
    };
    let pair_until = until(pair, PAIR_FREE_FAILURES, 1).flatten();
    // From one address, the wait grows ten times more slowly: it is shared by everyone
    // behind it.
    let client_until = until(client, CLIENT_FREE_FAILURES, 10).flatten();
    pair_until.max(client_until)
}

/// Mails of one kind a recipient may be sent through the forms within an hour…
pub const MAILS_PER_RECIPIENT: i64 = 5;
/// …and requests one client address may make within an hour.
pub const REQUESTS_PER_CLIENT: i64 = 100;
pub const MAIL_WINDOW: TimeDelta = TimeDelta::hours(1);

/// What a form that sends mail may do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailAllowance {
    Send,
    /// The recipient had enough: nothing is sent, and the person asking is told what they
    /// would be told if it were (so the answer says nothing of accounts).
    Withhold,
    /// This client address asked too often; it may again from `until`.
    TooMany {
        until: DateTime<Utc>,
    },
}

/// Given how many mails the recipient was sent in the window, and how many requests the
/// client made (and the first of them).
pub fn mail_allowance(
    sent_to_recipient: i64,
    client_requests: i64,
    first_client_request: Option<DateTime<Utc>>,
) -> MailAllowance {
    match first_client_request {
        Some(first) if client_requests >= REQUESTS_PER_CLIENT => MailAllowance::TooMany {
            until: first + MAIL_WINDOW,
        },
        _ if sent_to_recipient >= MAILS_PER_RECIPIENT => MailAllowance::Withhold,
        _ => MailAllowance::Send,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn failures(count: i64, last: &str) -> Failures {
        Failures {
            count,
            last: Some(at(last)),
        }
    }

    #[test]
    fn a_few_wrong_passwords_cost_nothing_then_each_waits_twice_as_long() {
        let none = Failures::default();
        let last = "2023-05-15T12:00:00Z";
        assert_eq!(sign_in_wait(failures(4, last), none), None);
        assert_eq!(
            sign_in_wait(failures(5, last), none),
            Some(at("2023-05-15T12:00:30Z"))
        );
        assert_eq!(
            sign_in_wait(failures(6, last), none),
            Some(at("2023-05-15T12:01:00Z"))
        );
        assert_eq!(
            sign_in_wait(failures(10, last), none),
            Some(at("2023-05-15T12:15:00Z")),
            "never more than the window"
        );
    }

    #[test]
    fn one_address_that_guesses_at_many_accounts_is_slowed_too() {
        let last = "2023-05-15T12:00:00Z";
        let none = Failures::default();
        assert_eq!(sign_in_wait(none, failures(49, last)), None);
        assert_eq!(
            sign_in_wait(none, failures(50, last)),
            Some(at("2023-05-15T12:00:30Z"))
        );
        assert_eq!(
            sign_in_wait(none, failures(60, last)),
            Some(at("2023-05-15T12:01:00Z"))
        );
    }

    #[test]
    fn mail_is_withheld_from_a_recipient_who_had_enough_and_an_address_that_asks_too_often_waits() {
        let first = at("2023-05-15T12:00:00Z");
        assert_eq!(mail_allowance(0, 0, None), MailAllowance::Send);
        assert_eq!(mail_allowance(4, 10, Some(first)), MailAllowance::Send);
        assert_eq!(mail_allowance(5, 10, Some(first)), MailAllowance::Withhold);
        assert_eq!(
            mail_allowance(0, 100, Some(first)),
            MailAllowance::TooMany {
                until: at("2023-05-15T13:00:00Z")
            }
        );
    }
}
