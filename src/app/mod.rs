//! The use cases: what people do, one module per journey. Each operation takes the
//! visit it belongs to (who is asking, on one database connection), opens its
//! transaction where it changes something, asks the domain, writes the state, its event
//! and its mail, and commits. The web layer extracts, calls one of these, and renders.
//!
//! - `accounts`: register, confirm, sign in and out, reset a password, accept an invitation
//! - `city`: the city's applications, the form, documents, submission, withdrawal
//! - `colleagues`: the people who work on an application with its owner
//! - `natcom`: the National Commission's decisions and submission to UIL
//! - `uil`: review and decisions, calls, extensions, staff, members, outbox, audit, export
//! - `public`: the call and the member directory, kept rendered by revision (`site`)

pub mod accounts;
pub mod city;
pub mod colleagues;
pub mod files;
pub mod jury;
pub mod natcom;
pub mod privacy;
pub mod public;
pub mod site;
pub mod uil;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use sqlx::pool::PoolConnection;
use sqlx::{PgPool, Postgres};
use tokio::sync::OnceCell;

use crate::clock::Clock;
use crate::config::Config;
use crate::db;
use crate::db::member_states::MemberStates;
use crate::db::users::User;
use crate::domain::Refusal;
use crate::domain::access::{Area, may_enter};
use crate::domain::account::AccountProblem;
use crate::domain::document::BadUpload;
use crate::domain::form::Problem;
use crate::domain::two_factor::{self, CodeProblem};
use crate::mail::Mailer;

/// What every use case can reach. Holds no per-user state, so that several servers can
/// run side by side against one PostgreSQL.
pub struct App {
    pub db: PgPool,
    pub clock: Clock,
    pub config: Config,
    pub mailer: Mailer,
    /// What the public pages show, by revision (see `site`).
    pub site: site::Revisions,
    /// The places for a file in memory, to check and store it (see `files`).
    uploads: std::sync::Arc<tokio::sync::Semaphore>,
    /// The Member States, read once: reference data is loaded once per database.
    member_states: OnceCell<Arc<MemberStates>>,
    /// The key that signs CSRF tokens, the same on every server (`db::secrets`).
    csrf_key: OnceCell<Arc<[u8]>>,
}

impl App {
    pub fn new(db: PgPool, config: Config) -> Self {
        let clock = config.clock();
        App {
            db,
            clock,
            mailer: Mailer::new(&config, clock),
            config,
            site: site::Revisions::default(),
            uploads: files::uploads(),
            member_states: OnceCell::new(),
            csrf_key: OnceCell::new(),
        }
    }

    /// The key that signs CSRF tokens and pre-session cookies, made by the first server
    /// that needs it.
    pub async fn csrf_key(&self) -> Result<Arc<[u8]>, Error> {
        let key = self
            .csrf_key
            .get_or_try_init(|| async {
                let secret = crate::security::new_secret();
                let key = db::secrets::get_or_create(&self.db, "csrf", &secret).await?;
                Ok::<_, Error>(Arc::from(key))
            })
            .await?;
        Ok(key.clone())
    }

    /// Every Member State, by name. The first call reads them (through the pool);
    /// `lib::prepare` does so before the server answers anyone.
    pub async fn member_states(&self) -> Result<Arc<MemberStates>, Error> {
        let states = self
            .member_states
            .get_or_try_init(|| async {
                Ok::<_, Error>(Arc::new(MemberStates::new(
                    db::member_states::all(&self.db).await?,
                )))
            })
            .await?;
        Ok(states.clone())
    }

    /// A request's visit: a connection for its work, and who is asking, looked up on it.
    /// A session that ended (sign-out, expiry, a password reset), on this server or any
    /// other, finds no one.
    pub async fn visit(&self, session_token: Option<&str>) -> Result<Visit, Error> {
        // The reference data is read through the pool once, before this visit holds a
        // connection of its own: many first visits at once must not wait on each other.
        self.member_states().await?;
        let mut conn = self.db.acquire().await?;
        let now = self.clock.now();
        let user = match session_token {
            Some(token) => db::sessions::user(&mut *conn, token, now).await?,
            None => None,
        };
        Ok(Visit { conn, user, now })
    }
}

/// One request on one connection: who is asking, and the clock's time of the request.
pub struct Visit {
    pub conn: PoolConnection<Postgres>,
    pub user: Option<User>,
    pub now: DateTime<Utc>,
}

impl Visit {
    /// The signed-in person, or `SignInRequired`; `SecondFactorRequired` for an account
    /// that must enrol a second factor before it reaches any page of its own.
    pub fn signed_in(&self) -> Result<&User, Error> {
        signed_in(&self.user)
    }

    /// The signed-in person, whether or not they still have a second factor to enrol: for
    /// the enrolment itself, and the choice of language.
    pub fn signed_in_enrolling(&self) -> Result<&User, Error> {
        self.user.as_ref().ok_or(Error::SignInRequired)
    }

    /// The signed-in person, if their role may enter `area`; `Forbidden` otherwise.
    pub fn entering(&self, area: Area) -> Result<&User, Error> {
        entering(&self.user, area)
    }
}

/// `Visit::entering` on the visit's parts, for use cases that also use its connection.
pub(crate) fn entering(user: &Option<User>, area: Area) -> Result<&User, Error> {
    let user = signed_in(user)?;
    if may_enter(user.role, area) {
        Ok(user)
    } else {
        Err(Error::Forbidden)
    }
}

pub(crate) fn signed_in(user: &Option<User>) -> Result<&User, Error> {
    let user = user.as_ref().ok_or(Error::SignInRequired)?;
    if two_factor::required(user.role) && !user.two_factor {
        return Err(Error::SecondFactorRequired);
    }
    Ok(user)
}

/// A problem with one field of a form, put into words by the web layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// A value the domain could not read (or a needed one missing).
    Form(Problem),
    Account(AccountProblem),
    /// A file that was not kept, and why.
    Upload(BadUpload),
    /// A file refused by a rule (one document too many).
    FileRefused {
        filename: String,
        refusal: Refusal,
    },
    /// A field whose value a rule refuses (the call closed, say).
    Refused(Refusal),
    /// No file was chosen.
    NoFile,
    /// The form with its files was larger than a form may be; this file was being read.
    FormTooLarge {
        filename: String,
    },
    /// Not one of the choices the page offers (a filter made up, or typed wrongly).
    NotAChoice,
    /// No UNESCO Member State has this code.
    NotAMemberState,
    /// A National Commission account needs its Member State.
    ChooseMemberState,
    /// The person already works on the application.
    AlreadyColleague,
    /// Another application of the call stands for this city.
    CityTaken {
        city: String,
    },
    /// No application has this number.
    NoSuchApplication {
        id: i64,
    },
    /// An extension is for a draft only.
    NotADraft {
        id: i64,
        stage: crate::domain::Stage,
    },
    /// A new deadline must come after the present one.
    DeadlineNotLater {
        current: crate::domain::ZonedDay,
    },
    /// A call's dates must follow each other.
    DatesOutOfOrder,
    /// Not a date written like 2025-05-31.
    NotADate,
    /// A whole number outside these bounds.
    OutOfRange {
        min: i64,
        max: i64,
    },
    /// The zone is neither "AoE" nor an IANA name.
    UnknownZone,
    /// Another call has this title; another account this address.
    Taken,
    /// A sign-in that did not match, or one tried too often (until when).
    WrongCredentials,
    /// No account uses this address.
    NoSuchAccount,
    /// A second factor's code that was not taken.
    Code(CodeProblem),
    TooManyAttempts {
        until: DateTime<Utc>,
        minutes: i64,
    },
}

/// The problems of a form, each with its field's `name`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Issues(pub Vec<(&'static str, Issue)>);

impl Issues {
    pub fn add(&mut self, field: &'static str, issue: Issue) {
        if !self.0.iter().any(|(f, _)| *f == field) {
            self.0.push((field, issue));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps the value if `parsed` is fine, notes its problem against `field` if not.
    pub fn check<T, P: Into<Issue>>(
        &mut self,
        field: &'static str,
        parsed: Result<T, P>,
    ) -> Option<T> {
        parsed.map_err(|p| self.add(field, p.into())).ok()
    }
}

impl From<Problem> for Issue {
    fn from(p: Problem) -> Self {
        Issue::Form(p)
    }
}

impl From<AccountProblem> for Issue {
    fn from(p: AccountProblem) -> Self {
        Issue::Account(p)
    }
}

/// What a use case could not do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Nothing there, or nothing this person may see (SPEC §1: someone else's
    /// application is not found, not forbidden).
    #[error("not found")]
    NotFound,
    #[error("sign-in required")]
    SignInRequired,
    /// The account must enrol a second factor first.
    #[error("second factor required")]
    SecondFactorRequired,
    /// Another role's page.
    #[error("forbidden")]
    Forbidden,
    /// A rule refused it.
    #[error("refused: {0:?}")]
    Refused(Refusal),
    #[error(transparent)]
    Db(#[from] db::Error),
    #[error(transparent)]
    Mail(#[from] crate::mail::Error),
    #[error(transparent)]
    Security(#[from] crate::security::Error),
    /// A file of a form could not be read back from disk.
    #[error("{0}")]
    Io(String),
    /// This client address asked too often; it may again in `seconds`.
    #[error("too many requests")]
    TooManyRequests { seconds: i64 },
    /// The build itself is broken (a message catalogue that does not parse).
    #[error("{0}")]
    Internal(String),
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        Error::Db(e.into())
    }
}

impl From<Refusal> for Error {
    fn from(r: Refusal) -> Self {
        Error::Refused(r)
    }
}

/// What a form sent back when it could not be done as a whole: the problems, and, where
/// a rule refused the whole of it, why.
pub type Outcome<T> = Result<T, Rejected>;

/// A form the use case did not carry out: its problems per field, or a refusal of the
/// whole, or another error.
#[derive(Debug)]
pub enum Rejected {
    Invalid(Issues),
    Failed(Error),
}

impl<E: Into<Error>> From<E> for Rejected {
    fn from(e: E) -> Self {
        Rejected::Failed(e.into())
    }
}
