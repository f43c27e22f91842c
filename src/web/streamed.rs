//! Answers written as they are sent (the dossier ZIP, the CSV export): a writer task puts
//! what it wrote into `Written`, and `send` hands it to the connection, waiting while the
//! reader is slow, so that the server holds a slice at a time, whatever the size.

use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::response::Response;

use super::error::Error;

/// The bytes a writer wrote since they were last taken.
#[derive(Clone, Default)]
pub struct Written(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Written {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Written {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.lock().expect("not poisoned"))
    }
}

/// How many chunks may wait between the writer and the connection.
const CHUNKS_IN_FLIGHT: usize = 4;

/// How long a reader may take to accept a chunk before the download is given up.
const READER_PATIENCE: std::time::Duration = std::time::Duration::from_secs(60);

pub type Sender = tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>;

/// Sends what was written since the last time, if anything.
pub async fn send(out: &Sender, written: &Written) -> Result<(), Error> {
    let chunk = written.take();
    if chunk.is_empty() {
        return Ok(());
    }
    match tokio::time::timeout(READER_PATIENCE, out.send(Ok(Bytes::from(chunk)))).await {
        Ok(Ok(())) => Ok(()),
        // The reader went away, or stopped reading: stop writing.
        _ => Err(Error::Internal("the download was abandoned".into())),
    }
}

/// The answer whose body `write` writes, in a task of its own, as `content_type` named
/// `filename`. A writer that fails cuts the body short, so that the reader sees it broken
/// rather than complete.
pub fn response<F, Fut>(content_type: &'static str, filename: &str, write: F) -> Response
where
    F: FnOnce(Sender) -> Fut,
    Fut: std::future::Future<Output = Result<(), Error>> + Send + 'static,
{
    let (tx, rx) = tokio::sync::mpsc::channel(CHUNKS_IN_FLIGHT);
    let writing = write(tx.clone());
    tokio::spawn(async move {
        if let Err(e) = writing.await {
            tracing::warn!(error = %e, "a streamed download was cut short");
            let _ = tx.send(Err(std::io::Error::other("cut short"))).await;
        }
    });
    // Fused: a layer around the body (gzip, for a CSV) may ask again after its end.
    let stream =
        futures_util::StreamExt::fuse(futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|c| (c, rx))
        }));
    super::attachment(content_type, filename, Body::from_stream(stream))
}
