//! What pages show everyone alike (the calls, the member directory, the count of failed
//! mail), read from the database at most once a second per process rather than on every
//! request.

use std::future::Future;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use crate::error::Error;

/// A value read at most once per `max_age`. A change made through this process calls
/// `forget`, so that the next request reads again; a change made elsewhere (another
/// server process, an administrator) shows within `max_age`. Only for what is shown:
/// anything that decides reads the database in its own transaction.
#[derive(Debug)]
pub struct Recent<T> {
    max_age: Duration,
    kept: RwLock<Option<(Instant, Arc<T>)>>,
}

impl<T> Recent<T> {
    pub fn new(max_age: Duration) -> Self {
        Recent {
            max_age,
            kept: RwLock::new(None),
        }
    }

    /// The kept value if it is recent enough, otherwise what `read` gives (then kept).
    /// A read begun before a `forget` and ended after it keeps its older value for at
    /// most `max_age`.
    pub async fn get_or_read<F, Fut>(&self, read: F) -> Result<Arc<T>, Error>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        if let Some(value) = self.fresh() {
            return Ok(value);
        }
        let read_at = Instant::now();
        let value = Arc::new(read().await?);
        *self.kept.write().unwrap_or_else(PoisonError::into_inner) = Some((read_at, value.clone()));
        Ok(value)
    }

    pub fn forget(&self) {
        *self.kept.write().unwrap_or_else(PoisonError::into_inner) = None;
    }

    fn fresh(&self) -> Option<Arc<T>> {
        let kept = self.kept.read().unwrap_or_else(PoisonError::into_inner);
        let (read_at, value) = kept.as_ref()?;
        (read_at.elapsed() < self.max_age).then(|| value.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_value_is_read_again_once_it_is_old_or_forgotten() {
        let recent = Recent::new(Duration::from_millis(50));
        let reads = std::sync::atomic::AtomicU32::new(0);
        let read = || async { Ok(reads.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1) };
        assert_eq!(*recent.get_or_read(read).await.unwrap(), 1);
        assert_eq!(*recent.get_or_read(read).await.unwrap(), 1, "still recent");
        recent.forget();
        assert_eq!(*recent.get_or_read(read).await.unwrap(), 2, "forgotten");
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert_eq!(*recent.get_or_read(read).await.unwrap(), 3, "too old");
    }

    #[tokio::test]
    async fn a_failed_read_keeps_nothing() {
        let recent: Recent<u32> = Recent::new(Duration::from_secs(60));
        let failed = recent
            .get_or_read(|| async { Err(Error::Internal("down".into())) })
            .await;
        assert!(failed.is_err());
        assert_eq!(*recent.get_or_read(|| async { Ok(7) }).await.unwrap(), 7);
    }
}
