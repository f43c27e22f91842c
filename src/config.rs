//! Configuration from the environment (SPEC §5), with the documented defaults.

use std::net::SocketAddr;

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::clock::Clock;

#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub bind_addr: SocketAddr,
    /// Public address used in links in emails, without a trailing slash.
    pub base_url: String,
    /// Where mail is sent; `None` keeps it in the outbox and the log (development).
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// `MAIL_REPLY_TO`: where replies to our mail go, the UIL team's address.
    pub mail_reply_to: Option<String>,
    /// `GNLC_NOW`: where the clock starts; `None` for the real time.
    pub now: Option<DateTime<Utc>>,
    /// `TRUSTED_PROXIES`: the proxies whose `X-Forwarded-For` is believed; none by default.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `GNLC_PSEUDO_LOCALE=1`: offer the pseudo-language `en-XA` (tests only).
    pub pseudo_locale: bool,
    /// `SHUTDOWN_DRAIN_MS`: after SIGTERM, how long the server goes on serving while
    /// `/readyz` says 503, so that a load balancer takes it out before it stops taking
    /// connections. 2 s by default: HAProxy's checks every 250 ms see it within 0.5 s.
    pub shutdown_drain: Duration,
    /// Timings of the mail worker (not from the environment; tests shorten them).
    pub mail: MailSettings,
}

#[derive(Debug, Clone)]
pub struct MailSettings {
    /// How long to wait when nothing is due.
    pub poll_interval: Duration,
    /// The first retry waits this long; each further one twice as long as the one before.
    pub retry_base: Duration,
    pub max_attempts: i32,
    /// How long a mail being sent stays with its worker; if the worker dies, another
    /// takes the mail after this.
    pub lease: Duration,
    /// How often reminders are looked for.
    pub reminder_interval: Duration,
    /// How many mails one worker sends at once.
    pub batch: i64,
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings {
            poll_interval: Duration::from_secs(1),
            retry_base: Duration::from_secs(30),
            max_attempts: 8,
            lease: Duration::from_secs(60),
            reminder_interval: Duration::from_secs(60),
            batch: 32,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{name}: {problem}")]
pub struct ConfigError {
    name: &'static str,
    problem: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    /// Reads the configuration through `lookup`, so that tests need not touch the process
    /// environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let bind_addr = match lookup("BIND_ADDR") {
            Some(v) => v.parse().map_err(|e| ConfigError {
                name: "BIND_ADDR",
                problem: format!("{v:?} is not an address such as 127.0.0.1:3000 ({e})"),
            })?,
            None => SocketAddr::from(([127, 0, 0, 1], 3000)),
        };
        let now = match lookup("GNLC_NOW") {
            Some(v) => Some(
                DateTime::parse_from_rfc3339(&v)
                    .map_err(|e| ConfigError {
                        name: "GNLC_NOW",
                        problem: format!(
                            "{v:?} is not an RFC 3339 time such as 2023-05-15T12:00:00Z ({e})"
                        ),
                    })?
                    .with_timezone(&Utc),
            ),
            None => None,
        };
        let trusted_proxies = match lookup("TRUSTED_PROXIES") {
            None => Vec::new(),
            Some(v) => v
                .split([',', ' '])
                .filter(|a| !a.is_empty())
                .map(|a| {
                    a.parse::<ipnet::IpNet>()
                        .or_else(|_| a.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                        .map_err(|_| ConfigError {
                            name: "TRUSTED_PROXIES",
                            problem: format!(
                                "{a:?} is not an address or a network such as 10.0.0.1 or 10.0.0.0/8"
                            ),
                        })
                })
                .collect::<Result<_, _>>()?,
        };
        let base_url = lookup("BASE_URL").unwrap_or_else(|| "http://127.0.0.1:3000".into());
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(ConfigError {
                name: "BASE_URL",
                problem: format!("{base_url:?} must start with http:// or https://"),
            });
        }
        Ok(Config {
            database_url: lookup("DATABASE_URL").unwrap_or_else(default_database_url),
            bind_addr,
            base_url: base_url.trim_end_matches('/').to_owned(),
            smtp_url: lookup("SMTP_URL"),
            mail_from: lookup("MAIL_FROM").unwrap_or_else(|| "GNLC <no-reply@localhost>".into()),
            mail_reply_to: lookup("MAIL_REPLY_TO"),
            now,
            trusted_proxies,
            pseudo_locale: lookup("GNLC_PSEUDO_LOCALE").as_deref() == Some("1"),
            shutdown_drain: match lookup("SHUTDOWN_DRAIN_MS") {
                None => Duration::from_secs(2),
                Some(ms) => {
                    ms.trim()
                        .parse()
                        .map(Duration::from_millis)
                        .map_err(|_| ConfigError {
                            name: "SHUTDOWN_DRAIN_MS",
                            problem: format!("{ms:?} is not a whole number of milliseconds"),
                        })?
                }
            },
            mail: MailSettings::default(),
        })
    }

    pub fn clock(&self) -> Clock {
        self.now.map_or_else(Clock::real, Clock::starting_at)
    }
}

/// The database that `scripts/run` prepares when DATABASE_URL is unset (see scripts/pg.sh):
/// a private cluster in /var/lib/postgresql/gnlc for root, in .pgdata/ of the repository
/// for anyone else, reached through its socket directory.
fn default_database_url() -> String {
    let dir = std::env::var("GNLC_PGDIR").unwrap_or_else(|_| {
        if running_as_root() {
            "/var/lib/postgresql/gnlc".into()
        } else {
            concat!(env!("CARGO_MANIFEST_DIR"), "/.pgdata").into()
        }
    });
    format!("postgres://postgres@localhost/gnlc?host={dir}/run")
}

fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    // /proc/self belongs to the effective user of this process.
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_follow_the_spec() {
        let c = config(&[]).unwrap();
        assert_eq!(c.bind_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.base_url, "http://127.0.0.1:3000");
        assert_eq!(c.mail_from, "GNLC <no-reply@localhost>");
        assert!(c.smtp_url.is_none());
        assert!(c.now.is_none());
        assert!(c.database_url.starts_with("postgres://"));
        assert!(c.database_url.contains("/run"));
    }

    #[test]
    fn gnlc_now_sets_the_clock() {
        let c = config(&[("GNLC_NOW", "2023-05-15T12:00:00Z")]).unwrap();
        let now = c.clock().now();
        assert_eq!(now.date_naive().to_string(), "2023-05-15");
    }

    #[test]
    fn bad_values_name_the_variable_and_an_example() {
        let e = config(&[("GNLC_NOW", "15/05/2023")])
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("GNLC_NOW:") && e.contains("2023-05-15T12:00:00Z"),
            "{e}"
        );
        let e = config(&[("BIND_ADDR", "localhost")])
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("BIND_ADDR:"), "{e}");
        let e = config(&[("BASE_URL", "example.org")])
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("BASE_URL:"), "{e}");
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks_and_none_by_default() {
        assert!(config(&[]).unwrap().trusted_proxies.is_empty());
        let c = config(&[("TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.5 ::1")]).unwrap();
        assert_eq!(c.trusted_proxies.len(), 3);
        assert!(c.trusted_proxies[0].contains(&"10.1.2.3".parse::<std::net::IpAddr>().unwrap()));
        let e = config(&[("TRUSTED_PROXIES", "proxy.internal")]).unwrap_err();
        assert!(e.to_string().starts_with("TRUSTED_PROXIES:"), "{e}");
    }

    #[test]
    fn a_trailing_slash_on_base_url_is_dropped() {
        let c = config(&[("BASE_URL", "https://call.example.org/")]).unwrap();
        assert_eq!(c.base_url, "https://call.example.org");
    }
}
