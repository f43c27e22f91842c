//! Files sent with a form. A file arrives on disk, not in memory (`Spooled`): ten people
//! uploading at once must not hold ten forms of 60 MB in the server's memory. Each file is
//! then read and checked one at a time in the whole server (`App::uploads`), and streamed
//! from disk to the database, so that what uploads cost in memory stays bounded.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use tokio::io::AsyncWriteExt;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::{App, Error};
use crate::db;
use crate::domain::document::{
    BadUpload, DocumentKind, MAX_FILE_BYTES, UploadProblem, check_upload, clean_filename,
};

/// How many files the whole server holds in memory at once, to check them: one. Parsing
/// a PDF takes one core for a moment; with one at a time the other core keeps serving
/// pages, and ten forms of 24 MB at once cost the server about 80 MB rather than about 95
/// (bench/uploads.sh).
pub const FILES_IN_MEMORY: usize = 1;

/// The start of the name of every upload's temporary file.
const SPOOL_PREFIX: &str = "gnlc-upload-";

/// How much of an upload waits in memory to be written to its temporary file.
const SPOOL_BUFFER: usize = 128 * 1024;

/// A temporary file, removed when dropped.
#[derive(Debug)]
pub struct Spooled {
    path: PathBuf,
    file: Option<tokio::fs::File>,
    len: usize,
}

impl Spooled {
    /// A new, empty temporary file of this process.
    pub async fn new() -> std::io::Result<Self> {
        let name = format!("{SPOOL_PREFIX}{}", crate::security::new_token());
        let path = std::env::temp_dir().join(name);
        let mut file = tokio::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .await?;
        // Each write is copied into the file's own buffer, 2 MB by default, while the one
        // before it is written: ten uploads would hold 20 MB so.
        file.set_max_buf_size(SPOOL_BUFFER);
        Ok(Spooled {
            path,
            file: Some(file),
            len: 0,
        })
    }

    pub async fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        if let Some(file) = &mut self.file {
            file.write_all(chunk).await?;
            self.len += chunk.len();
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Ends the writing: what was written is all there is.
    async fn finish_writing(&mut self) -> std::io::Result<()> {
        if let Some(mut file) = self.file.take() {
            file.flush().await?;
        }
        Ok(())
    }

    /// The whole content, read into memory.
    pub async fn read(&mut self) -> std::io::Result<Vec<u8>> {
        self.finish_writing().await?;
        tokio::fs::read(&self.path).await
    }

    /// Where the content is, once all of it is written.
    async fn path_to_read(&mut self) -> std::io::Result<PathBuf> {
        self.finish_writing().await?;
        Ok(self.path.clone())
    }

    /// The content, to be read a piece at a time.
    pub async fn reader(&mut self) -> std::io::Result<tokio::fs::File> {
        self.finish_writing().await?;
        tokio::fs::File::open(&self.path).await
    }
}

impl Drop for Spooled {
    fn drop(&mut self) {
        // Closing the file first; a file already gone is no matter.
        self.file.take();
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A file as it came in a form field of a document kind: its name, whether it was larger
/// than a file may be (then nothing of it was kept), and what was kept of it.
#[derive(Debug)]
pub struct Incoming {
    pub kind: DocumentKind,
    pub filename: String,
    pub too_large: bool,
    pub content: Spooled,
}

/// A file found to be a PDF that may be kept, still on disk: it is read into memory again
/// only to be stored, so that a form's files are checked before the transaction that
/// stores them begins, without all of them in memory at once.
#[derive(Debug)]
pub struct Accepted {
    pub filename: String,
    content: Spooled,
}

/// A file of a form, checked: the kind it was sent as, and whether it is accepted or, if
/// not, why.
#[derive(Debug)]
pub struct Checked {
    pub kind: DocumentKind,
    pub outcome: Result<Accepted, BadUpload>,
}

impl App {
    /// Reads an incoming file and checks it, once one of the server's few places for a
    /// file in memory is free.
    pub async fn check_file(&self, mut file: Incoming) -> Result<Checked, Error> {
        if file.too_large || file.content.len() > MAX_FILE_BYTES {
            let bad = BadUpload {
                filename: clean_filename(&file.filename),
                problem: UploadProblem::TooLarge,
            };
            return Ok(Checked {
                kind: file.kind,
                outcome: Err(bad),
            });
        }
        let _permit = self.file_in_memory().await;
        let path = file
            .content
            .path_to_read()
            .await
            .map_err(|e| Error::Io(format!("reading an upload: {e}")))?;
        let name = file.filename.clone();
        // Parsing a PDF of 10 MB takes a while: not on the threads that serve requests. The
        // file is read, parsed and let go on one thread, so that its memory is the
        // allocator's again at once, not parked in another thread's cache.
        let checked = tokio::task::spawn_blocking(move || {
            std::fs::read(path).map(|content| check_upload(&name, &content, false))
        })
        .await
        .map_err(|e| Error::Io(format!("checking an upload: {e}")))?
        .map_err(|e| Error::Io(format!("reading an upload: {e}")))?;
        Ok(Checked {
            kind: file.kind,
            outcome: checked.map(|filename| Accepted {
                filename,
                content: file.content,
            }),
        })
    }

    /// Checks a form's files one after the other.
    pub async fn check_files(&self, files: Vec<Incoming>) -> Result<Vec<Checked>, Error> {
        let mut checked = Vec::with_capacity(files.len());
        for file in files {
            checked.push(self.check_file(file).await?);
        }
        Ok(checked)
    }

    /// Stores an accepted file as a document of an application, streamed from its
    /// temporary file to the database: never whole in memory.
    pub async fn store_file(
        &self,
        conn: &mut PgConnection,
        application_id: i64,
        kind: DocumentKind,
        file: &mut Accepted,
        uploaded_by: i64,
        now: DateTime<Utc>,
    ) -> Result<(), Error> {
        let reader = file
            .content
            .reader()
            .await
            .map_err(|e| Error::Io(format!("reading an upload: {e}")))?;
        let document = db::documents::NewDocument {
            application_id,
            kind,
            filename: &file.filename,
            // Checked: at most `MAX_FILE_BYTES`.
            byte_size: i32::try_from(file.content.len())
                .map_err(|_| Error::Io("an accepted upload over 2 GB".into()))?,
            uploaded_by,
            now,
        };
        db::documents::store(conn, document, reader).await?;
        Ok(())
    }

    async fn file_in_memory(&self) -> OwnedSemaphorePermit {
        self.uploads
            .clone()
            .acquire_owned()
            .await
            .expect("the uploads' semaphore is never closed")
    }
}

/// Removes the temporary files of uploads left by a server that stopped before it could
/// (killed, or the machine lost power). Only files an hour old: another server on this
/// machine may be reading a form into one right now.
pub fn remove_stale_uploads() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    let an_hour = std::time::Duration::from_secs(3600);
    for entry in entries.flatten() {
        let is_upload = entry
            .file_name()
            .to_str()
            .is_some_and(|name| name.starts_with(SPOOL_PREFIX));
        let age = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok());
        if is_upload && age.is_some_and(|age| age > an_hour) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The semaphore `App::uploads` starts with.
pub fn uploads() -> std::sync::Arc<Semaphore> {
    std::sync::Arc::new(Semaphore::new(FILES_IN_MEMORY))
}
