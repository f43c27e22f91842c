//! The outbox worker: sends queued mail with lettre over SMTP, retries passing failures
//! with exponential backoff, and gives up at once on a permanent (5xx) refusal. Any number
//! of workers, in any number of processes, may run against one database.

use std::time::Duration;

use futures_util::future::join_all;
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::PgPool;
use tokio::sync::watch;

use super::Error;
use crate::config::MailSettings;
use crate::db::outbox::{self, Claimed};

/// The wait before the next attempt after `attempts` failed ones: base, 2×base, 4×base, …,
/// at most an hour.
pub fn retry_delay(base: Duration, attempts: i32) -> Duration {
    let doublings = attempts.saturating_sub(1).clamp(0, 16) as u32;
    base.saturating_mul(2u32.pow(doublings))
        .min(Duration::from_secs(3600))
}

pub struct Worker {
    db: PgPool,
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    reply_to: Option<Mailbox>,
    settings: MailSettings,
}

impl Worker {
    pub fn new(
        db: PgPool,
        smtp_url: &str,
        mail_from: &str,
        reply_to: Option<&str>,
        settings: MailSettings,
    ) -> Result<Self, Error> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| Error::Config(format!("SMTP_URL {smtp_url:?}: {e}")))?
            .timeout(Some(Duration::from_secs(20)))
            // Sending is bound by round trips, not by work: keep a batch's mails in flight.
            .pool_config(lettre::transport::smtp::PoolConfig::new().max_size(settings.batch as u32))
            .build();
        let from = mail_from
            .parse()
            .map_err(|e| Error::Config(format!("MAIL_FROM {mail_from:?}: {e}")))?;
        let reply_to = reply_to
            .map(|r| {
                r.parse()
                    .map_err(|e| Error::Config(format!("MAIL_REPLY_TO {r:?}: {e}")))
            })
            .transpose()?;
        Ok(Worker {
            db,
            transport,
            from,
            reply_to,
            settings,
        })
    }

    /// Sends due mail until `shutdown` turns true; a mail being sent is finished first.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        tracing::info!("mail worker started");
        while !*shutdown.borrow() {
            let idle = match outbox::claim_due(&self.db, self.settings.lease, self.settings.batch)
                .await
            {
                Ok(mails) if mails.is_empty() => true,
                Ok(mails) => {
                    // Sent side by side over the transport's pool of SMTP connections.
                    for result in join_all(mails.into_iter().map(|mail| self.deliver(mail))).await {
                        if let Err(e) = result {
                            tracing::error!(error = %e, "mail worker: recording a delivery failed");
                        }
                    }
                    false
                }
                Err(e) => {
                    tracing::warn!(error = %e, "mail worker: cannot read the outbox");
                    true
                }
            };
            if idle {
                tokio::select! {
                    () = tokio::time::sleep(self.settings.poll_interval) => {}
                    // An error means the sender is gone: nobody can ask us to stop, so stop.
                    changed = shutdown.changed() => if changed.is_err() { break },
                }
            }
        }
        tracing::info!("mail worker stopped");
    }

    /// Records what happened to a mail, trying again for a while if PostgreSQL is away (a
    /// restart): a delivery left unrecorded would be sent again when its lease ran out.
    async fn record<F, Fut>(&self, what: F) -> Result<(), Error>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<(), crate::db::Error>>,
    {
        let mut tries = 0;
        loop {
            match what().await {
                Ok(()) => return Ok(()),
                Err(e) if tries < 30 => {
                    tries += 1;
                    tracing::warn!(error = %e, "mail worker: cannot record a delivery yet");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    async fn deliver(&self, mail: Claimed) -> Result<(), Error> {
        let message = match self.message(&mail) {
            Ok(m) => m,
            Err(problem) => {
                tracing::error!(mail_id = mail.id, %problem, "mail cannot be built");
                return self
                    .record(|| outbox::mark_failed(&self.db, mail.id, &problem))
                    .await;
            }
        };
        match self.transport.send(message).await {
            Ok(_) => {
                tracing::info!(mail_id = mail.id, "mail sent");
                self.record(|| outbox::mark_sent(&self.db, mail.id)).await
            }
            Err(e) if e.is_permanent() => {
                tracing::warn!(
                    mail_id = mail.id,
                    "mail refused for good (its outbox entry says why)"
                );
                let problem = e.to_string();
                self.record(|| outbox::mark_failed(&self.db, mail.id, &problem))
                    .await
            }
            Err(e) if mail.attempts >= self.settings.max_attempts => {
                tracing::warn!(
                    mail_id = mail.id,
                    "mail given up (its outbox entry says why)"
                );
                let problem = format!("gave up after {} attempts: {e}", mail.attempts);
                self.record(|| outbox::mark_failed(&self.db, mail.id, &problem))
                    .await
            }
            Err(e) => {
                let delay = retry_delay(self.settings.retry_base, mail.attempts);
                // The server's answer may quote the address: the outbox keeps it, the log
                // keeps the mail's id.
                tracing::info!(mail_id = mail.id, ?delay, "mail will be retried");
                let problem = e.to_string();
                self.record(|| outbox::mark_retry(&self.db, mail.id, delay, &problem))
                    .await
            }
        }
    }

    fn message(&self, mail: &Claimed) -> Result<Message, String> {
        let to: Mailbox = mail
            .recipient
            .parse()
            .map_err(|e| format!("recipient {:?}: {e}", mail.recipient))?;
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(message_id(mail, self.from.email.domain())));
        if let Some(reply_to) = &self.reply_to {
            builder = builder.reply_to(reply_to.clone());
        }
        let built = match &mail.body_html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(
                mail.body_text.clone(),
                html.clone(),
            )),
            None => builder.body(mail.body_text.clone()),
        };
        built.map_err(|e| e.to_string())
    }
}

/// The same Message-ID on every attempt at one mail. A mail is sent twice when the worker
/// stops after the SMTP server accepted it and before the outbox recorded that (SMTP
/// gives no way to close that window); the copy then carries the same Message-ID, by
/// which mail systems recognise a duplicate. The row's creation time keeps IDs apart
/// between two databases sending from one domain.
fn message_id(mail: &Claimed, domain: &str) -> String {
    format!(
        "<{}.{}.gnlc@{domain}>",
        mail.id,
        mail.created_at.timestamp_micros()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_exponentially_up_to_an_hour() {
        let base = Duration::from_secs(30);
        assert_eq!(retry_delay(base, 1), Duration::from_secs(30));
        assert_eq!(retry_delay(base, 2), Duration::from_secs(60));
        assert_eq!(retry_delay(base, 4), Duration::from_secs(240));
        assert_eq!(retry_delay(base, 20), Duration::from_secs(3600));
    }
}
