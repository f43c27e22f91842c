//! The revisions of what the public pages show (migration 0016): the calls, and the member
//! directory. A page kept rendered is kept under the revision it shows, so a new revision
//! is a new page, on every server.
//!
//! Every server listens to PostgreSQL's notifications of new revisions. While it is not
//! listening (at start, or after the listening connection dropped, when notifications may
//! have been missed), it has no revision of its own and reads the current one from the
//! database on each view; once listening again it reads them once and follows the
//! notifications.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::Duration;

use sqlx::PgPool;
use sqlx::postgres::PgListener;
use tokio::sync::watch;

use crate::db;

/// The current revisions, as this server heard of them.
#[derive(Debug, Default)]
pub struct Revisions {
    /// Whether the values below follow the notifications.
    listening: AtomicBool,
    calls: AtomicI64,
    directory: AtomicI64,
}

/// The revisions of the public pages at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Revision {
    pub calls: i64,
    pub directory: i64,
}

const CHANNEL: &str = "gnlc_site";

impl Revisions {
    /// The revisions as PostgreSQL has them now: from the notifications while listening,
    /// else read.
    pub async fn current(&self, pool: &PgPool) -> Result<Revision, db::Error> {
        if self.listening.load(Ordering::Acquire) {
            return Ok(Revision {
                calls: self.calls.load(Ordering::Acquire),
                directory: self.directory.load(Ordering::Acquire),
            });
        }
        read(pool).await
    }

    /// Reads the revisions again: after this server changed what they cover, so that its
    /// next page shows the change even before the notification arrives.
    pub async fn refresh(&self, pool: &PgPool) -> Result<(), db::Error> {
        let now = read(pool).await?;
        self.calls.fetch_max(now.calls, Ordering::AcqRel);
        self.directory.fetch_max(now.directory, Ordering::AcqRel);
        Ok(())
    }

    fn heard(&self, payload: &str) {
        let Some((name, revision)) = payload.split_once(' ') else {
            return;
        };
        let Ok(revision) = revision.parse::<i64>() else {
            return;
        };
        match name {
            "calls" => self.calls.fetch_max(revision, Ordering::AcqRel),
            "directory" => self.directory.fetch_max(revision, Ordering::AcqRel),
            _ => return,
        };
    }

    /// Listens for new revisions until `shutdown`; reconnects after a loss, reading the
    /// revisions again, and meanwhile lets views read them.
    pub async fn listen(&self, pool: PgPool, url: &str, mut shutdown: watch::Receiver<bool>) {
        while !*shutdown.borrow() {
            match self.follow(&pool, url, &mut shutdown).await {
                Ok(()) => break,
                Err(e) => {
                    self.listening.store(false, Ordering::Release);
                    tracing::warn!(error = %e, "public pages: not hearing of changes; reading them per view");
                }
            }
            tokio::select! {
                () = tokio::time::sleep(Duration::from_secs(1)) => {}
                changed = shutdown.changed() => if changed.is_err() { break },
            }
        }
        self.listening.store(false, Ordering::Release);
    }

    /// One listening connection's life: listen, read the revisions, follow notifications.
    async fn follow(
        &self,
        pool: &PgPool,
        url: &str,
        shutdown: &mut watch::Receiver<bool>,
    ) -> Result<(), sqlx::Error> {
        // A connection of its own, outside the pool that serves requests.
        let mut listener = PgListener::connect(url).await?;
        listener.listen(CHANNEL).await?;
        // Read after listening, so that no change falls between the two.
        let now = read(pool).await.map_err(|e| match e {
            db::Error::Database(e) => e,
            other => sqlx::Error::Protocol(other.to_string()),
        })?;
        self.calls.fetch_max(now.calls, Ordering::AcqRel);
        self.directory.fetch_max(now.directory, Ordering::AcqRel);
        self.listening.store(true, Ordering::Release);
        loop {
            tokio::select! {
                heard = listener.try_recv() => match heard? {
                    Some(notification) => self.heard(notification.payload()),
                    // The connection was lost: notifications may have been missed.
                    None => return Err(sqlx::Error::Protocol("listening connection lost".into())),
                },
                changed = shutdown.changed() => if changed.is_err() || *shutdown.borrow() {
                    return Ok(());
                },
            }
        }
    }
}

async fn read(pool: &PgPool) -> Result<Revision, db::Error> {
    let rows: Vec<(String, i64)> = sqlx::query_as("SELECT name, revision FROM site_revisions")
        .fetch_all(pool)
        .await?;
    let of = |name: &str| {
        rows.iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| *r)
            .ok_or_else(|| db::Error::Corrupt(format!("site_revisions has no {name}")))
    };
    Ok(Revision {
        calls: of("calls")?,
        directory: of("directory")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notifications_only_ever_move_a_revision_forward() {
        let r = Revisions::default();
        r.heard("calls 5");
        r.heard("calls 3");
        r.heard("directory 2");
        r.heard("nonsense");
        r.heard("calls x");
        assert_eq!(r.calls.load(Ordering::Acquire), 5);
        assert_eq!(r.directory.load(Ordering::Acquire), 2);
    }
}
