//! What pages show, read from the database at most once a second per process, and again
//! as soon as this process has changed anything, rather than on every request.
//!
//! The busiest pages (the call, the member directory, both dashboards, an application at
//! UIL, and who is signed in) are asked for thousands of times a second and change far
//! less often. A request that changes something reads what it decides on in its own
//! transaction; only what is shown comes from here.

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::OnceCell;

use crate::error::Error;

/// How many state-changing requests this process has answered. Any of them may have
/// changed what a page shows, so what was read before the latest one is read again:
/// someone who has just acted sees what they did, on the next page already.
#[derive(Debug, Clone, Default)]
pub struct Changes(Arc<AtomicU64>);

impl Changes {
    pub fn count(&self) -> u64 {
        self.0.load(Ordering::Acquire)
    }

    /// Called once a state-changing request has ended (its transaction committed or not).
    pub fn note(&self) {
        self.0.fetch_add(1, Ordering::AcqRel);
    }
}

/// Values read for each key at most once per `max_age`, and again after any change made
/// through this process (`Changes`). A change made elsewhere (another server process, a
/// command of the CLI) shows within `max_age`. Only for what is shown: anything that
/// decides reads the database in its own transaction. At most `capacity` keys are kept, so
/// that keys a visitor makes up (a query string, a cookie) cannot fill the memory.
///
/// Requests that find a key missing or old at the same moment share one read: right
/// after a change, the dozens of requests in flight would otherwise all read the same
/// rows at once.
#[derive(Debug)]
pub struct Recent<V, K = ()> {
    max_age: Duration,
    capacity: usize,
    changes: Changes,
    kept: Mutex<HashMap<K, Kept<V>>>,
}

#[derive(Debug)]
struct Kept<V> {
    /// `Changes::count` when the read began.
    changes: u64,
    read_at: Instant,
    /// Filled by the first request's read; the others wait for it. Empty again if that
    /// read failed: the next request reads anew.
    value: Arc<OnceCell<Arc<V>>>,
}

impl<V> Kept<V> {
    fn is_fresh(&self, changes: u64, max_age: Duration) -> bool {
        self.changes == changes && self.read_at.elapsed() < max_age
    }
}

impl<V, K: Hash + Eq> Recent<V, K> {
    pub fn new(max_age: Duration, capacity: usize, changes: &Changes) -> Self {
        Recent {
            max_age,
            capacity,
            changes: changes.clone(),
            kept: Mutex::new(HashMap::new()),
        }
    }

    /// The value kept for `key` if it is recent enough, otherwise what `read` gives (then
    /// kept). A read that a change overtakes is kept as old at once: its count is taken
    /// before it begins.
    pub async fn get_or_read<F, Fut>(&self, key: K, read: F) -> Result<Arc<V>, Error>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, Error>>,
    {
        let slot = self.slot(key);
        let value = slot
            .get_or_try_init(|| async { Ok::<_, Error>(Arc::new(read().await?)) })
            .await?;
        Ok(value.clone())
    }

    /// The value's place for `key`: the kept one if recent enough, else a new, empty one.
    fn slot(&self, key: K) -> Arc<OnceCell<Arc<V>>> {
        let changes = self.changes.count();
        let mut kept = self.kept.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(k) = kept.get(&key)
            && k.is_fresh(changes, self.max_age)
        {
            return k.value.clone();
        }
        if kept.len() >= self.capacity && !kept.contains_key(&key) {
            kept.retain(|_, k| k.is_fresh(changes, self.max_age));
            if kept.len() >= self.capacity {
                kept.clear();
            }
        }
        let value = Arc::new(OnceCell::new());
        kept.insert(
            key,
            Kept {
                changes,
                read_at: Instant::now(),
                value: value.clone(),
            },
        );
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU32;

    /// A read that counts how often it ran.
    fn counter() -> (
        Arc<AtomicU32>,
        impl Fn() -> std::future::Ready<Result<u32, Error>>,
    ) {
        let reads = Arc::new(AtomicU32::new(0));
        let counted = reads.clone();
        (reads, move || {
            std::future::ready(Ok(counted.fetch_add(1, Ordering::SeqCst) + 1))
        })
    }

    #[tokio::test]
    async fn a_value_is_read_again_once_it_is_old_or_something_changed() {
        let changes = Changes::default();
        let recent = Recent::new(Duration::from_millis(50), 10, &changes);
        let (_, read) = counter();
        assert_eq!(*recent.get_or_read((), &read).await.unwrap(), 1);
        assert_eq!(
            *recent.get_or_read((), &read).await.unwrap(),
            1,
            "still recent"
        );
        changes.note();
        assert_eq!(*recent.get_or_read((), &read).await.unwrap(), 2, "changed");
        assert_eq!(*recent.get_or_read((), &read).await.unwrap(), 2);
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert_eq!(*recent.get_or_read((), &read).await.unwrap(), 3, "too old");
    }

    #[tokio::test]
    async fn each_key_is_read_and_kept_on_its_own() {
        let changes = Changes::default();
        let recent = Recent::new(Duration::from_secs(60), 10, &changes);
        assert_eq!(
            *recent.get_or_read(1, || async { Ok("one") }).await.unwrap(),
            "one"
        );
        assert_eq!(
            *recent.get_or_read(2, || async { Ok("two") }).await.unwrap(),
            "two"
        );
        assert_eq!(
            *recent.get_or_read(1, || async { Ok("new") }).await.unwrap(),
            "one"
        );
    }

    #[tokio::test]
    async fn a_read_overtaken_by_a_change_is_not_shown_after_it() {
        let changes = Changes::default();
        let recent = Recent::new(Duration::from_secs(60), 10, &changes);
        let (reads, read) = counter();
        let during = recent
            .get_or_read((), || {
                changes.note(); // a request elsewhere commits while this read runs
                read()
            })
            .await
            .unwrap();
        assert_eq!(*during, 1);
        assert_eq!(*recent.get_or_read((), &read).await.unwrap(), 2);
        assert_eq!(reads.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn requests_that_miss_at_once_share_one_read() {
        let changes = Changes::default();
        let recent = Arc::new(Recent::new(Duration::from_secs(60), 10, &changes));
        let reads = Arc::new(AtomicU32::new(0));
        let views = (0..20).map(|_| {
            let (recent, reads) = (recent.clone(), reads.clone());
            tokio::spawn(async move {
                let read = || async {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    Ok(reads.fetch_add(1, Ordering::SeqCst) + 1)
                };
                *recent.get_or_read((), read).await.unwrap()
            })
        });
        for view in views.collect::<Vec<_>>() {
            assert_eq!(view.await.unwrap(), 1);
        }
        assert_eq!(reads.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn no_more_than_capacity_keys_are_kept() {
        let changes = Changes::default();
        let recent = Recent::new(Duration::from_secs(60), 3, &changes);
        for key in 0..100 {
            recent.get_or_read(key, || async { Ok(key) }).await.unwrap();
            let kept = recent.kept.lock().unwrap().len();
            assert!(kept <= 3, "{kept} kept");
        }
        assert_eq!(
            *recent.get_or_read(99, || async { Ok(0) }).await.unwrap(),
            99
        );
    }

    #[tokio::test]
    async fn a_failed_read_keeps_nothing() {
        let recent: Recent<u32> = Recent::new(Duration::from_secs(60), 1, &Changes::default());
        let failed = recent
            .get_or_read((), || async { Err(Error::Internal("down".into())) })
            .await;
        assert!(failed.is_err());
        assert_eq!(
            *recent.get_or_read((), || async { Ok(7) }).await.unwrap(),
            7
        );
    }
}
