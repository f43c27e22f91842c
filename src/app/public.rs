//! What everyone may read: the call, and the member directory. Both are the same for
//! every visitor, so the web layer keeps each rendered under the revision it shows
//! (`site`); these read them afresh when a revision is new.

use super::site::Revision;
use super::{App, Error};
use crate::db;
use crate::domain::Call;

/// The revisions of the public pages as PostgreSQL has them now.
pub async fn revision(app: &App) -> Result<Revision, Error> {
    Ok(app.site.current(&app.db).await?)
}

/// Every call, without its text: which is current, and in what phase, is the domain's
/// to say at the clock's time.
pub async fn calls(app: &App) -> Result<Vec<Call>, Error> {
    Ok(db::calls::all(&app.db).await?)
}

/// A call's title and text (Markdown) in a language (a code of `i18n::Locale`), or in
/// English where it has none in that language.
pub async fn call_text(app: &App, id: i64, locale: &str) -> Result<db::calls::CallText, Error> {
    db::calls::text_in(&app.db, id, locale)
        .await?
        .ok_or(Error::NotFound)
}

pub async fn directory(app: &App) -> Result<db::members::Directory, Error> {
    Ok(db::members::read(&app.db).await?)
}
