//! Mail (SPEC §6): messages are composed from the catalogue (`locales/*/mail.ftl`) in the
//! recipient's language, written to the outbox in the transaction of the change they
//! report, and sent by the worker.
//!
//! The language of a mail (SPEC §8): a city's is its language of communication (the
//! form's `language`, English or French; English until chosen); a staff member's (and any
//! account holder's) is the language of their account ([`account_locale`]); an address
//! whose language is not known gets English.

pub mod messages;
pub mod reminders;
pub mod worker;

use sqlx::PgConnection;

use crate::clock::Clock;
use crate::config::Config;
pub use crate::db::outbox::OutgoingMail;
use crate::i18n::Locale;

/// The language of mail to an account: the one its owner chose (`users.locale`), else
/// English.
pub fn account_locale(code: Option<&str>) -> Locale {
    code.and_then(Locale::parse).unwrap_or_default()
}

/// The language of what a city reads from UIL, its mail and the papers it signs: its
/// language of communication (SPEC §4).
pub fn city_locale(lang: crate::domain::form::Language) -> Locale {
    use crate::domain::form::Language;
    match lang {
        Language::English => Locale::En,
        Language::French => Locale::Fr,
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        Error::Db(e.into())
    }
}

/// What can go wrong composing or queueing mail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("mail template: {0}")]
    Template(#[from] askama::Error),
    #[error(transparent)]
    Db(#[from] crate::db::Error),
    #[error("mail configuration: {0}")]
    Config(String),
}

/// Queues mail and makes the links in it.
#[derive(Debug, Clone)]
pub struct Mailer {
    /// Whether a worker sends mail (SMTP_URL is set); otherwise mail is only logged.
    sends: bool,
    base_url: String,
    /// The application's clock: a mail is dated when the change it reports happened.
    clock: Clock,
}

impl Mailer {
    pub fn new(config: &Config, clock: Clock) -> Self {
        Mailer {
            sends: config.smtp_url.is_some(),
            base_url: config.base_url.clone(),
            clock,
        }
    }

    /// An absolute link to `path` for a mail.
    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }

    /// Writes `mail` to the outbox on `conn`, which should be the transaction that makes
    /// the change the mail reports: both happen, or neither.
    pub async fn queue(&self, conn: &mut PgConnection, mail: &OutgoingMail) -> Result<(), Error> {
        self.queue_all(conn, std::slice::from_ref(mail)).await
    }

    /// Writes several mails to the outbox in one statement, as `queue` does one.
    pub async fn queue_all(
        &self,
        conn: &mut PgConnection,
        mails: &[OutgoingMail],
    ) -> Result<(), Error> {
        if mails.is_empty() {
            return Ok(());
        }
        let ids = crate::db::outbox::insert_all(conn, mails, self.clock.now()).await?;
        if !self.sends {
            // Its id and kind only: the outbox page shows the rest to UIL (SPEC §5).
            for (id, mail) in ids.iter().zip(mails) {
                tracing::info!(
                    mail_id = id,
                    kind = mail.kind,
                    "SMTP_URL is unset: mail kept in the outbox, not sent"
                );
            }
        }
        Ok(())
    }
}
