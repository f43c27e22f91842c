//! Applications, their history, and the deadlines that apply to each.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgConnection;
use sqlx::types::Json;

use super::Error;
use crate::domain::access::Visibility;
use crate::domain::application::Part2;
use crate::domain::event::{Audience, DeadlineStage, EventKind};
use crate::domain::form::{Answers, StoredValues, Uploads};
use crate::domain::signature::{self, Statement};
use crate::domain::{Action, Call, Deadlines, Role, Stage};

/// An application with everything its pages show.
#[derive(Debug, Clone)]
pub struct Application {
    pub id: i64,
    pub call_id: i64,
    pub owner_id: i64,
    /// The accounts that work on it with its owner.
    pub colleague_ids: Vec<i64>,
    /// The earlier application of the same city it was started from, if any.
    pub previous_id: Option<i64>,
    pub stage: Stage,
    pub country_name: String,
    pub answers: Answers,
    /// Which of the form's documents are uploaded, read with the row.
    pub uploads: Uploads,
    pub officer_name: Option<String>,
    pub officer_title: Option<String>,
    pub endorsement_note: Option<String>,
    /// Whether the National Commission's signed endorsement is uploaded.
    pub signed_endorsement: bool,
    pub decision_message: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub forwarded_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    /// How many assessments were handed in, and the mean of their weighted scores (both
    /// kept on the row).
    pub assessment_count: i32,
    pub review_mean: Option<f64>,
    /// The National Commission's order of its applications (1 first).
    pub natcom_rank: Option<i16>,
    /// What the signed pledge and the signed Part 2 on file stated when uploaded.
    pub pledge_statement: Option<Statement>,
    pub part2_statement: Option<Statement>,
}

impl Application {
    /// What the pledge states now.
    pub fn pledge_now(&self) -> Statement {
        signature::pledge(&self.answers)
    }

    /// What Part 2 states now.
    pub fn part2_now(&self) -> Statement {
        signature::part2(
            self.answers.city_name(),
            self.officer_name.as_deref().unwrap_or_default(),
            self.officer_title.as_deref().unwrap_or_default(),
        )
    }

    /// What changed since the signed pledge on file was uploaded (nothing when it still
    /// binds, or when there is none).
    pub fn pledge_changed(&self) -> Vec<&'static str> {
        self.pledge_statement
            .as_ref()
            .map_or_else(Vec::new, |signed| {
                signed.changed_in(&self.pledge_now(), &signature::PLEDGE_FIELDS)
            })
    }

    /// What changed since the signed Part 2 on file was uploaded.
    pub fn part2_changed(&self) -> Vec<&'static str> {
        self.part2_statement
            .as_ref()
            .map_or_else(Vec::new, |signed| {
                signed.changed_in(&self.part2_now(), &signature::PART2_FIELDS)
            })
    }

    pub fn visibility(&self) -> Visibility<'_> {
        Visibility {
            owner_id: self.owner_id,
            colleagues: &self.colleague_ids,
            country: self.answers.country(),
            stage: self.stage,
            submitted: self.submitted_at.is_some(),
            forwarded: self.forwarded_at.is_some(),
        }
    }

    /// How far the National Commission's Part 2 is.
    pub fn part2(&self) -> Part2 {
        Part2 {
            officer: self.officer_name.is_some() && self.officer_title.is_some(),
            signed: self.signed_endorsement,
        }
    }
}

/// An application's row as PostgreSQL sends it.
struct Record {
    id: i64,
    call_id: i64,
    owner_id: i64,
    colleague_ids: Vec<i64>,
    previous_application_id: Option<i64>,
    stage: Stage,
    city_name: String,
    country: String,
    country_name: String,
    answers: Json<StoredValues>,
    officer_name: Option<String>,
    officer_title: Option<String>,
    endorsement_note: Option<String>,
    decision_message: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    submitted_at: Option<DateTime<Utc>>,
    forwarded_at: Option<DateTime<Utc>>,
    decided_at: Option<DateTime<Utc>>,
    assessment_count: i32,
    review_mean: Option<f64>,
    document_kinds: Vec<String>,
    natcom_rank: Option<i16>,
    pledge_statement: Option<Json<Statement>>,
    part2_statement: Option<Json<Statement>>,
}

impl From<Record> for Application {
    fn from(r: Record) -> Self {
        let kinds = |kind: &str| r.document_kinds.iter().filter(|k| *k == kind).count();
        let (pledges, supporting, endorsements) =
            (kinds("pledge"), kinds("supporting"), kinds("endorsement"));
        let mut app = Application {
            id: r.id,
            call_id: r.call_id,
            owner_id: r.owner_id,
            colleague_ids: r.colleague_ids,
            previous_id: r.previous_application_id,
            stage: r.stage,
            answers: Answers::from_stored(&r.city_name, &r.country, r.answers.0),
            country_name: r.country_name,
            uploads: Uploads {
                pledge: pledges > 0,
                supporting,
            },
            officer_name: r.officer_name,
            officer_title: r.officer_title,
            endorsement_note: r.endorsement_note,
            signed_endorsement: endorsements > 0,
            decision_message: r.decision_message,
            created_at: r.created_at,
            updated_at: r.updated_at,
            submitted_at: r.submitted_at,
            forwarded_at: r.forwarded_at,
            decided_at: r.decided_at,
            assessment_count: r.assessment_count,
            review_mean: r.review_mean,
            natcom_rank: r.natcom_rank,
            pledge_statement: r.pledge_statement.map(|j| j.0),
            part2_statement: r.part2_statement.map(|j| j.0),
        };
        // A signed scan counts only while it binds to what it signed.
        app.uploads.pledge &=
            signature::still_binds(app.pledge_statement.as_ref(), &app.pledge_now());
        app.signed_endorsement &=
            signature::still_binds(app.part2_statement.as_ref(), &app.part2_now());
        app
    }
}

/// `query_as!(Record, …)` reading applications with the condition (and locking) that
/// follows: the column list of an application, in one place. The macro takes string
/// literals only, so the shared text is passed to it here.
macro_rules! select_applications {
    ($tail:tt, $($arg:expr),* $(,)?) => {
        sqlx::query_as!(
            Record,
            r#"SELECT a.id, a.call_id, a.owner_id, a.stage AS "stage: Stage", a.city_name,
                      ARRAY(SELECT m.user_id FROM application_colleagues m WHERE m.application_id = a.id)
                        AS "colleague_ids!", a.previous_application_id,
                      a.country AS "country!: String", s.name AS country_name,
                      a.answers::jsonb AS "answers!: Json<StoredValues>",
                      a.officer_name, a.officer_title, a.endorsement_note, a.decision_message,
                      a.created_at, a.updated_at, a.submitted_at, a.forwarded_at, a.decided_at,
                      a.assessment_count::int4 AS "assessment_count!", a.review_mean,
                      -- One look at the documents' index, for the three kinds.
                      ARRAY(SELECT d.kind FROM documents d WHERE d.application_id = a.id)
                        AS "document_kinds!",
                      a.natcom_rank,
                      a.pledge_statement AS "pledge_statement?: Json<Statement>",
                      a.part2_statement AS "part2_statement?: Json<Statement>"
                 FROM applications a JOIN member_states s ON s.iso2 = a.country "# + $tail,
            $($arg),*
        )
    };
}

/// Reads one application.
pub async fn find(conn: &mut PgConnection, id: i64) -> Result<Option<Application>, Error> {
    let record = select_applications!("WHERE a.id = $1", id)
        .fetch_optional(conn)
        .await?;
    Ok(record.map(Application::from))
}

/// Locks the application for a change decided in the caller's transaction and reads it,
/// in one statement (it sits in the path of every submission). Two people acting on it
/// at once are served one after the other, and the second reads what the first wrote.
pub async fn find_for_update(
    conn: &mut PgConnection,
    id: i64,
) -> Result<Option<Application>, Error> {
    let record = select_applications!("WHERE a.id = $1 FOR NO KEY UPDATE OF a", id)
        .fetch_optional(conn)
        .await?;
    Ok(record.map(Application::from))
}

/// Every application that reached UIL, filtered as UIL's list is, in the order of the
/// list: for the CSV export.
/// One at a time, as PostgreSQL sends them: an export of 50,000 rows holds one in memory.
pub fn for_export<'a>(
    conn: &'a mut PgConnection,
    f: &'a super::listing::Filter,
) -> impl futures_util::Stream<Item = Result<Application, Error>> + Send + 'a {
    use futures_util::StreamExt;
    select_applications!(
        "WHERE a.forwarded_at IS NOT NULL
           AND ($1::bigint IS NULL OR a.call_id = $1)
           AND ($2::text IS NULL OR a.region = $2)
           AND ($3::text IS NULL OR a.country = $3)
           AND ($4::text IS NULL OR a.stage = $4)
           AND ($5::bool IS NULL OR (a.assessment_count > 0) = $5)
         ORDER BY CASE WHEN $6 = 'city' THEN lower(a.city_name) END,
                  CASE WHEN $6 = 'country' THEN a.country_name END,
                  a.forwarded_at DESC, a.id DESC",
        f.call_id,
        f.region.as_deref(),
        f.country.as_deref(),
        f.stage.map(Stage::as_str),
        f.reviewed,
        f.sort.as_str(),
    )
    .fetch(conn)
    .map(|record| record.map(Application::from).map_err(Error::from))
}

/// Starts a draft; `Ok(None)` when the city already has an application in this call.
pub async fn create(
    conn: &mut PgConnection,
    call_id: i64,
    owner_id: i64,
    answers: &Answers,
    now: DateTime<Utc>,
) -> Result<Option<i64>, Error> {
    create_from(conn, call_id, owner_id, answers, None, now).await
}

/// Creates a draft, as `create` does, started from the earlier application `previous`.
pub async fn create_from(
    conn: &mut PgConnection,
    call_id: i64,
    owner_id: i64,
    answers: &Answers,
    previous: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Option<i64>, Error> {
    let id = sqlx::query_scalar!(
        r#"INSERT INTO applications (call_id, owner_id, city_name, country, answers, created_at, updated_at,
                                     previous_application_id)
           VALUES ($1, $2, $3, $4, $5, $6, $6, $7)
           ON CONFLICT (call_id, country, lower(city_name)) WHERE stage <> 'withdrawn' DO NOTHING
           RETURNING id"#,
        call_id,
        owner_id,
        answers.city_name(),
        answers.country(),
        Json(answers.stored()) as _,
        now,
        previous,
    )
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = id {
        add_event(conn, id, Some(owner_id), &EventKind::Created, None, now).await?;
    }
    Ok(id)
}

/// Whether another application of the same call already stands for this city.
pub async fn city_taken(
    conn: &mut PgConnection,
    id: i64,
    city_name: &str,
    country: &str,
) -> Result<bool, Error> {
    Ok(sqlx::query_scalar!(
        r#"SELECT EXISTS (
             SELECT 1 FROM applications o JOIN applications a ON a.call_id = o.call_id
              WHERE a.id = $1 AND o.id <> $1 AND o.stage <> 'withdrawn'
                AND o.country = $3 AND lower(o.city_name) = lower($2)) AS "taken!""#,
        id,
        city_name,
        country
    )
    .fetch_one(conn)
    .await?)
}

/// Writes every answer of Part 1.
pub async fn save_answers(
    conn: &mut PgConnection,
    id: i64,
    answers: &Answers,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE applications SET city_name = $2, country = $3, answers = $4, updated_at = $5
          WHERE id = $1",
        id,
        answers.city_name(),
        answers.country(),
        Json(answers.stored()) as _,
        now,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Moves an application to `to` and records the transition, in the caller's transaction.
pub async fn move_to(
    conn: &mut PgConnection,
    app: &Application,
    action: Action,
    to: Stage,
    actor: i64,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let decided = matches!(action, Action::Accept | Action::NotAccept);
    // The move and its event in one statement: it is in the path of every submission.
    sqlx::query!(
        r#"WITH moved AS (
             UPDATE applications SET stage = $2, updated_at = $3,
                    submitted_at = CASE WHEN $4 THEN $3 ELSE submitted_at END,
                    forwarded_at = CASE WHEN $5 THEN $3 ELSE forwarded_at END,
                    decided_at = CASE WHEN $6 THEN $3 ELSE decided_at END,
                    decision_message = CASE WHEN $6 THEN $7 ELSE decision_message END
              WHERE id = $1
             RETURNING id)
           INSERT INTO application_events
                  (application_id, actor_id, kind, audience, from_stage, to_stage, note, created_at)
           SELECT id, $8, 'transition', 'everyone', $9, $2, $7, $3 FROM moved"#,
        app.id,
        to.as_str(),
        now,
        action == Action::Submit,
        action == Action::Forward,
        decided,
        note,
        actor,
        app.stage.as_str(),
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Sets the city's consent to publish its profile once accepted (an answer).
pub async fn set_publish_consent(
    conn: &mut PgConnection,
    id: i64,
    consent: bool,
) -> Result<(), Error> {
    sqlx::query!(
        r#"UPDATE applications
              SET answers = CASE WHEN $2 THEN answers || '{"publish_consent": true}'
                                 ELSE answers - 'publish_consent' END
            WHERE id = $1"#,
        id,
        consent
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Records an event that is no transition (those come with `move_to`).
pub async fn add_event(
    conn: &mut PgConnection,
    application_id: i64,
    actor: Option<i64>,
    kind: &EventKind,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    let (from, to) = match kind {
        EventKind::Created => (None, Some(Stage::Draft)),
        EventKind::Transition { from, to } => (Some(*from), Some(*to)),
        _ => (None, None),
    };
    let detail = match kind {
        EventKind::DocumentAdded { document, filename }
        | EventKind::DocumentRemoved { document, filename } => {
            Some(serde_json::json!({"document": document.as_str(), "filename": filename}))
        }
        EventKind::ExtensionGranted { stage, deadline } => {
            Some(serde_json::json!({"stage": stage.as_str(), "deadline": deadline}))
        }
        EventKind::SectionSaved { section } => Some(serde_json::json!({"section": section.slug()})),
        EventKind::ColleagueJoined { colleague, .. }
        | EventKind::ColleagueRemoved { colleague, .. } => {
            Some(serde_json::json!({"colleague_id": colleague}))
        }
        EventKind::Ranked { rank } => Some(serde_json::json!({"rank": rank})),
        _ => None,
    };
    sqlx::query!(
        "INSERT INTO application_events
                (application_id, actor_id, kind, audience, from_stage, to_stage, note, detail, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        application_id,
        actor,
        kind.name(),
        kind.audience().as_str(),
        from.map(Stage::as_str),
        to.map(Stage::as_str),
        note,
        detail,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// One line of an application's timeline.
#[derive(Debug, Clone)]
pub struct Event {
    pub actor_name: Option<String>,
    pub actor_role: Option<Role>,
    pub kind: EventKind,
    pub audience: Audience,
    pub note: Option<String>,
    pub at: DateTime<Utc>,
    /// Whether it happened before the application was first submitted.
    pub while_private: bool,
    /// The zone of the application's call, in which a deadline it names is read.
    pub zone: crate::domain::DeadlineZone,
}

/// The detail of an event as stored.
#[derive(serde::Deserialize, Default)]
struct Detail {
    document: Option<String>,
    filename: Option<String>,
    stage: Option<String>,
    deadline: Option<NaiveDate>,
    section: Option<String>,
    colleague_id: Option<i64>,
    /// The colleague's name, which the reading statement adds (`colleague_name_sql`).
    colleague: Option<String>,
    rank: Option<i16>,
}

pub(super) fn event_kind(
    kind: &str,
    from: Option<Stage>,
    to: Option<Stage>,
    detail: Option<serde_json::Value>,
) -> Result<EventKind, Error> {
    let corrupt = || Error::Corrupt(format!("application_events: a {kind} event"));
    let detail: Detail = match detail {
        Some(d) => serde_json::from_value(d).map_err(|_| corrupt())?,
        None => Detail::default(),
    };
    let document = || {
        detail
            .document
            .as_deref()
            .and_then(crate::domain::document::DocumentKind::parse)
            .ok_or_else(corrupt)
    };
    Ok(match kind {
        "created" => EventKind::Created,
        "transition" => EventKind::Transition {
            from: from.ok_or_else(corrupt)?,
            to: to.ok_or_else(corrupt)?,
        },
        "document_added" => EventKind::DocumentAdded {
            document: document()?,
            filename: detail.filename.clone().unwrap_or_default(),
        },
        "document_removed" => EventKind::DocumentRemoved {
            document: document()?,
            filename: detail.filename.clone().unwrap_or_default(),
        },
        "part2_changed" => EventKind::Part2Changed,
        "extension_granted" => EventKind::ExtensionGranted {
            stage: detail
                .stage
                .as_deref()
                .and_then(DeadlineStage::parse)
                .ok_or_else(corrupt)?,
            deadline: detail.deadline.ok_or_else(corrupt)?,
        },
        "note" => EventKind::Note,
        "section_saved" => EventKind::SectionSaved {
            section: detail
                .section
                .as_deref()
                .and_then(crate::domain::form::Section::from_slug)
                .ok_or_else(corrupt)?,
        },
        "colleague_joined" => EventKind::ColleagueJoined {
            colleague: detail.colleague_id.unwrap_or_default(),
            name: detail.colleague.clone().unwrap_or_default(),
        },
        "colleague_removed" => EventKind::ColleagueRemoved {
            colleague: detail.colleague_id.unwrap_or_default(),
            name: detail.colleague.clone().unwrap_or_default(),
        },
        "ranked" => EventKind::Ranked { rank: detail.rank },
        "consent_withdrawn" => EventKind::ConsentWithdrawn,
        _ => return Err(corrupt()),
    })
}

/// An application in a list.
#[derive(Debug, Clone)]
pub struct Summary {
    pub id: i64,
    pub call_id: i64,
    /// Whether the person asking started it (else they are a colleague on it).
    pub owned: bool,
    pub city_name: String,
    pub country_name: String,
    pub call_title: String,
    pub stage: Stage,
    pub updated_at: DateTime<Utc>,
}

pub async fn list_for_owner(conn: &mut PgConnection, owner_id: i64) -> Result<Vec<Summary>, Error> {
    Ok(sqlx::query_as!(
        Summary,
        r#"SELECT a.id, a.call_id, a.owner_id = $1 AS "owned!", a.city_name, s.name AS country_name,
                  c.title AS call_title,
                  a.stage AS "stage: Stage", a.updated_at
             FROM (SELECT id FROM applications WHERE owner_id = $1
                   UNION
                   SELECT application_id FROM application_colleagues WHERE user_id = $1) mine
             JOIN applications a ON a.id = mine.id
             JOIN member_states s ON s.iso2 = a.country
             JOIN calls c ON c.id = a.call_id
            ORDER BY a.created_at DESC"#,
        owner_id
    )
    .fetch_all(conn)
    .await?)
}

/// An application's call, and the deadlines that apply to the application: the call's,
/// moved by any extension UIL granted for this application (city stage) or its Member
/// State (National Commission stage).
pub async fn call_and_deadlines(
    conn: &mut PgConnection,
    app: &Application,
) -> Result<(Call, Deadlines), Error> {
    let (call, city, natcom) = super::calls::find_with_extensions(
        conn,
        app.call_id,
        Some(app.id),
        Some(app.answers.country()),
    )
    .await?;
    let deadlines = call.deadlines_extended(city, natcom);
    Ok((call, deadlines))
}

/// The deadlines of a Member State's National Commission in a call, with any extension.
pub async fn country_deadlines(
    conn: &mut PgConnection,
    call: &Call,
    country: &str,
) -> Result<Deadlines, Error> {
    let (_, _, natcom) =
        super::calls::find_with_extensions(conn, call.id, None, Some(country)).await?;
    Ok(call.deadlines_extended(None, natcom))
}

/// Who hears of an application's progress on the city's side: its contact person and
/// every account that works on it (its owner and colleagues), each address once.
pub async fn city_addresses(
    conn: &mut PgConnection,
    app: &Application,
) -> Result<Vec<String>, Error> {
    let members = sqlx::query_scalar!(
        "SELECT email FROM users WHERE (id = $1 OR id = ANY($2)) AND erased_at IS NULL ORDER BY id",
        app.owner_id,
        &app.colleague_ids
    )
    .fetch_all(conn)
    .await?;
    let mut to: Vec<String> = app
        .answers
        .contact_email()
        .map(str::to_owned)
        .into_iter()
        .collect();
    for member in members {
        if !to.iter().any(|t| t.eq_ignore_ascii_case(&member)) {
            to.push(member);
        }
    }
    Ok(to)
}

/// An application as its National Commission's list shows it.
#[derive(Debug, Clone)]
pub struct CountryRow {
    pub id: i64,
    pub city_name: String,
    pub stage: Stage,
    pub submitted_at: Option<DateTime<Utc>>,
    /// A signed Part 2 is on file and still binds to what it states.
    pub has_signed_endorsement: bool,
    pub officer_name: Option<String>,
}

struct CountryRecord {
    id: i64,
    city_name: String,
    stage: Stage,
    submitted_at: Option<DateTime<Utc>>,
    has_signed_endorsement: bool,
    officer_name: Option<String>,
    officer_title: Option<String>,
    part2_statement: Option<Json<Statement>>,
}

/// The applications of a Member State in a call that reached its National Commission,
/// drafts excluded (a returned application is a draft again).
pub async fn for_country(
    conn: &mut PgConnection,
    call_id: i64,
    country: &str,
) -> Result<Vec<CountryRow>, Error> {
    let rows = sqlx::query_as!(
        CountryRecord,
        r#"SELECT a.id, a.city_name, a.stage AS "stage: Stage", a.submitted_at, a.officer_name,
                  a.officer_title, a.part2_statement AS "part2_statement?: Json<Statement>",
                  EXISTS (SELECT 1 FROM documents d
                           WHERE d.application_id = a.id AND d.kind = 'endorsement')
                    AS "has_signed_endorsement!"
             FROM applications a
            WHERE a.call_id = $1 AND a.country = $2 AND a.submitted_at IS NOT NULL
              AND a.stage <> 'draft'
            ORDER BY a.submitted_at, a.id"#,
        call_id,
        country
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let now = signature::part2(
                &r.city_name,
                r.officer_name.as_deref().unwrap_or_default(),
                r.officer_title.as_deref().unwrap_or_default(),
            );
            CountryRow {
                has_signed_endorsement: r.has_signed_endorsement
                    && signature::still_binds(r.part2_statement.as_ref().map(|j| &j.0), &now),
                id: r.id,
                city_name: r.city_name,
                stage: r.stage,
                submitted_at: r.submitted_at,
                officer_name: r.officer_name,
            }
        })
        .collect())
}

/// Locks a Member State's endorsed applications in a call, for submission to UIL.
pub async fn lock_endorsed(
    conn: &mut PgConnection,
    call_id: i64,
    country: &str,
) -> Result<Vec<i64>, Error> {
    Ok(sqlx::query_scalar!(
        "SELECT id FROM applications WHERE call_id = $1 AND country = $2 AND stage = 'endorsed'
          ORDER BY id FOR UPDATE",
        call_id,
        country
    )
    .fetch_all(conn)
    .await?)
}

/// How many of a Member State's applications use an endorsement in a call.
pub async fn endorsements_used(
    conn: &mut PgConnection,
    call_id: i64,
    country: &str,
) -> Result<i64, Error> {
    // The stages that use an endorsement are the domain's rule (the schema's trigger keeps
    // its own copy, to guarantee the quota whatever the application does). They filter
    // the count, not the rows, so that PostgreSQL keeps one plan (see db::around).
    let counted: Vec<&str> = Stage::ALL
        .iter()
        .filter(|s| s.counts_toward_quota())
        .map(|s| s.as_str())
        .collect();
    Ok(sqlx::query_scalar!(
        r#"SELECT count(*) FILTER (WHERE stage = ANY($3)) AS "n!" FROM applications
            WHERE call_id = $1 AND country = $2"#,
        call_id,
        country,
        &counted as &[&str]
    )
    .fetch_one(conn)
    .await?)
}

/// The National Commission's Part 2: who signs, and its note.
pub async fn set_endorsement(
    conn: &mut PgConnection,
    id: i64,
    officer_name: &str,
    officer_title: &str,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE applications SET officer_name = $2, officer_title = $3, endorsement_note = $4, updated_at = $5
          WHERE id = $1",
        id,
        officer_name,
        officer_title,
        note,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Someone mail goes to: their address and the language of their account (`None` until
/// they choose one).
#[derive(Debug, Clone)]
pub struct Recipient {
    pub email: String,
    pub locale: Option<String>,
}

/// The addresses of every account with `role`.
pub async fn addresses_of_role(
    conn: &mut PgConnection,
    role: Role,
) -> Result<Vec<Recipient>, Error> {
    Ok(sqlx::query_as!(
        Recipient,
        r#"SELECT email, locale AS "locale?: String" FROM users
            WHERE role = $1 AND password_hash IS NOT NULL ORDER BY id"#,
        role.as_str()
    )
    .fetch_all(conn)
    .await?)
}

/// The email addresses of a Member State's National Commission accounts.
pub async fn natcom_addresses(
    conn: &mut PgConnection,
    country: &str,
) -> Result<Vec<Recipient>, Error> {
    Ok(sqlx::query_as!(
        Recipient,
        r#"SELECT email, locale AS "locale?: String" FROM users
            WHERE role = 'natcom' AND country = $1 AND erased_at IS NULL ORDER BY id"#,
        country
    )
    .fetch_all(conn)
    .await?)
}

/// Keeps what the signed pledge just uploaded states (`None` when it goes).
pub async fn set_pledge_statement(
    conn: &mut PgConnection,
    id: i64,
    statement: Option<&Statement>,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE applications SET pledge_statement = $2 WHERE id = $1",
        id,
        statement.map(Json) as _
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Keeps what the signed Part 2 just uploaded states.
pub async fn set_part2_statement(
    conn: &mut PgConnection,
    id: i64,
    statement: &Statement,
) -> Result<(), Error> {
    sqlx::query!(
        "UPDATE applications SET part2_statement = $2 WHERE id = $1",
        id,
        Json(statement) as _
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The National Commission's order of its applications: `ranks` as (id, rank), only the
/// ones of `country` in `call_id` (others are left alone). Returns the ids whose rank
/// changed.
pub async fn set_ranks(
    conn: &mut PgConnection,
    call_id: i64,
    country: &str,
    ranks: &[(i64, Option<i16>)],
) -> Result<Vec<(i64, Option<i16>)>, Error> {
    let ids: Vec<i64> = ranks.iter().map(|(id, _)| *id).collect();
    let values: Vec<Option<i16>> = ranks.iter().map(|(_, r)| *r).collect();
    let changed = sqlx::query!(
        r#"UPDATE applications a SET natcom_rank = r.rank
             FROM unnest($3::bigint[], $4::smallint[]) AS r(id, rank)
            WHERE a.id = r.id AND a.call_id = $1 AND a.country = $2
              AND a.natcom_rank IS DISTINCT FROM r.rank
        RETURNING a.id, a.natcom_rank"#,
        call_id,
        country,
        &ids,
        &values as &[Option<i16>]
    )
    .fetch_all(conn)
    .await?;
    Ok(changed.into_iter().map(|r| (r.id, r.natcom_rank)).collect())
}

/// A Member State's submitted applications in a call, whole, in the National
/// Commission's order, then by submission: what its compare page sets side by side.
pub async fn submitted_of_country(
    conn: &mut PgConnection,
    call_id: i64,
    country: &str,
) -> Result<Vec<Application>, Error> {
    let records = select_applications!(
        "WHERE a.call_id = $1 AND a.country = $2 AND a.submitted_at IS NOT NULL
           AND a.stage NOT IN ('draft', 'withdrawn')
         ORDER BY a.natcom_rank NULLS LAST, a.submitted_at, a.id",
        call_id,
        country
    )
    .fetch_all(conn)
    .await?;
    Ok(records.into_iter().map(Application::from).collect())
}
