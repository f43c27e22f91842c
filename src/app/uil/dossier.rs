//! The dossier of an application, for UIL's coordinators (issue [6/8]): what the web layer
//! packs into a ZIP. Read one application at a time, so that a dossier of a whole call
//! is streamed rather than held.

use sqlx::PgConnection;

use super::super::{Error, Visit, entering};
use crate::db;
use crate::db::applications::{Application, Event};
use crate::db::assessments::Assessment;
use crate::db::criteria::Rubric;
use crate::db::documents::{DocumentInfo, DocumentKind};
use crate::db::ranking::RankingFilter;
use crate::db::users::User;
use crate::domain::access::Area;

pub struct Dossier {
    pub app: Application,
    pub documents: Vec<DocumentInfo>,
    pub timeline: Vec<Event>,
    /// The assessments handed in.
    pub assessments: Vec<Assessment>,
    pub rubric: Rubric,
}

/// The coordinator asking for dossiers; every later read is checked against them again.
pub fn coordinator(visit: &Visit) -> Result<User, Error> {
    Ok(entering(&visit.user, Area::UilAdmin)?.clone())
}

/// The applications of a call (filtered as the ranking is) whose dossiers go in one ZIP.
pub async fn ids(visit: &mut Visit, filter: &RankingFilter) -> Result<Vec<i64>, Error> {
    entering(&visit.user, Area::UilAdmin)?;
    if !db::calls::all(&mut *visit.conn)
        .await?
        .iter()
        .any(|c| c.id == filter.call_id)
    {
        return Err(Error::NotFound);
    }
    let (rows, _, _) = db::ranking::page(&mut visit.conn, filter, None, 0).await?;
    Ok(rows.into_iter().map(|r| r.id).collect())
}

/// One application's dossier, for `user` (a coordinator), without its documents' content.
pub async fn read(conn: &mut PgConnection, user: &User, id: i64) -> Result<Dossier, Error> {
    if user.role != crate::domain::Role::UilAdmin {
        return Err(Error::Forbidden);
    }
    let app = super::at_uil(conn, user, id, false).await?;
    let asked = db::around::Asked {
        mails: db::outbox::MailOf::Others,
        assessments: true,
    };
    let around = db::around::around(conn, &app, asked).await?;
    let rubric = around.rubric;
    Ok(Dossier {
        documents: around.documents,
        timeline: super::super::city::visible_events(around.timeline, user.role),
        assessments: around
            .assessments
            .into_iter()
            .filter(Assessment::is_handed_in)
            .collect(),
        rubric,
        app,
    })
}

/// The content of one document of a dossier.
pub async fn content(
    conn: &mut PgConnection,
    application_id: i64,
    document: i64,
) -> Result<(DocumentKind, String, Vec<u8>), Error> {
    db::documents::content(conn, application_id, document)
        .await?
        .ok_or(Error::NotFound)
}
