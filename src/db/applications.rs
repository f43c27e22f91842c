//! Applications, their history, and the deadlines that apply to each.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use crate::db::users::role;
use crate::domain::form::{Answers, Uploads};
use crate::domain::{Action, Deadlines, Role, Stage};
use crate::error::Error;

/// An application with everything its pages show.
#[derive(Debug, Clone)]
pub struct Application {
    pub id: i64,
    pub call_id: i64,
    pub owner_id: i64,
    pub stage: Stage,
    pub country_name: String,
    pub answers: Answers,
    /// Which of the form's documents are uploaded, read with the row.
    pub uploads: Uploads,
    pub officer_name: Option<String>,
    pub officer_title: Option<String>,
    pub endorsement_note: Option<String>,
    pub decision_message: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub forwarded_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
}

impl Application {
    pub fn visibility(&self) -> crate::domain::access::Visibility<'_> {
        crate::domain::access::Visibility {
            owner_id: self.owner_id,
            country: &self.answers.country,
            stage: self.stage,
            submitted: self.submitted_at.is_some(),
            forwarded: self.forwarded_at.is_some(),
        }
    }
}

pub(crate) fn stage(text: &str) -> Result<Stage, Error> {
    text.parse()
        .map_err(|e| Error::Internal(format!("applications.stage: {e}")))
}

/// Every column of an application a page or an export shows, as one row.
#[derive(Debug)]
pub struct Record {
    pub id: i64,
    pub call_id: i64,
    pub owner_id: i64,
    pub stage: String,
    pub city_name: String,
    pub country: String,
    pub country_name: String,
    pub website: Option<String>,
    pub language: Option<String>,
    pub mayor_salutation: Option<String>,
    pub mayor_name: Option<String>,
    pub mayor_title: Option<String>,
    pub contact_salutation: Option<String>,
    pub contact_name: Option<String>,
    pub contact_title: Option<String>,
    pub contact_organisation: Option<String>,
    pub contact_address: Option<String>,
    pub contact_postcode: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    pub population: Option<i64>,
    pub population_year: Option<i16>,
    pub area_km2: Option<f64>,
    pub area_year: Option<i16>,
    pub gdp_city_usd: Option<f64>,
    pub gdp_city_year: Option<i16>,
    pub gdp_country_usd: Option<f64>,
    pub gdp_country_year: Option<i16>,
    pub schooling_women_years: Option<f64>,
    pub schooling_men_years: Option<f64>,
    pub schooling_year: Option<i16>,
    pub motivation: Option<String>,
    pub implementation: Option<String>,
    pub priority_inclusive: Option<i16>,
    pub priority_families: Option<i16>,
    pub priority_workplace: Option<i16>,
    pub priority_technologies: Option<i16>,
    pub priority_quality: Option<i16>,
    pub priority_culture: Option<i16>,
    pub commitment: bool,
    pub officer_name: Option<String>,
    pub officer_title: Option<String>,
    pub endorsement_note: Option<String>,
    pub decision_message: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub forwarded_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    pub pledge_uploaded: bool,
    pub supporting_uploads: i64,
}

impl TryFrom<Record> for Application {
    type Error = Error;

    fn try_from(r: Record) -> Result<Self, Error> {
        Ok(Application {
            id: r.id,
            call_id: r.call_id,
            owner_id: r.owner_id,
            stage: stage(&r.stage)?,
            country_name: r.country_name,
            answers: Answers {
                city_name: r.city_name,
                country: r.country,
                website: r.website,
                language: r.language,
                mayor_salutation: r.mayor_salutation,
                mayor_name: r.mayor_name,
                mayor_title: r.mayor_title,
                contact_salutation: r.contact_salutation,
                contact_name: r.contact_name,
                contact_title: r.contact_title,
                contact_organisation: r.contact_organisation,
                contact_address: r.contact_address,
                contact_postcode: r.contact_postcode,
                contact_phone: r.contact_phone,
                contact_email: r.contact_email,
                population: r.population,
                population_year: r.population_year,
                area_km2: r.area_km2,
                area_year: r.area_year,
                gdp_city_usd: r.gdp_city_usd,
                gdp_city_year: r.gdp_city_year,
                gdp_country_usd: r.gdp_country_usd,
                gdp_country_year: r.gdp_country_year,
                schooling_women_years: r.schooling_women_years,
                schooling_men_years: r.schooling_men_years,
                schooling_year: r.schooling_year,
                motivation: r.motivation,
                implementation: r.implementation,
                priority_inclusive: r.priority_inclusive,
                priority_families: r.priority_families,
                priority_workplace: r.priority_workplace,
                priority_technologies: r.priority_technologies,
                priority_quality: r.priority_quality,
                priority_culture: r.priority_culture,
                commitment: r.commitment,
            },
            officer_name: r.officer_name,
            officer_title: r.officer_title,
            endorsement_note: r.endorsement_note,
            decision_message: r.decision_message,
            created_at: r.created_at,
            updated_at: r.updated_at,
            submitted_at: r.submitted_at,
            forwarded_at: r.forwarded_at,
            decided_at: r.decided_at,
            uploads: Uploads {
                pledge: r.pledge_uploaded,
                supporting: usize::try_from(r.supporting_uploads).unwrap_or(usize::MAX),
            },
        })
    }
}

/// Reads one application.
pub async fn find(conn: &mut PgConnection, id: i64) -> Result<Option<Application>, Error> {
    let record = sqlx::query_as!(
        Record,
        r#"SELECT a.id, a.call_id, a.owner_id, a.stage, a.city_name, a.country AS "country!: String",
                  s.name AS country_name, a.website, a.language,
                  a.mayor_salutation, a.mayor_name, a.mayor_title,
                  a.contact_salutation, a.contact_name, a.contact_title, a.contact_organisation,
                  a.contact_address, a.contact_postcode, a.contact_phone, a.contact_email,
                  a.population, a.population_year, a.area_km2, a.area_year,
                  a.gdp_city_usd, a.gdp_city_year, a.gdp_country_usd, a.gdp_country_year,
                  a.schooling_women_years, a.schooling_men_years, a.schooling_year,
                  a.motivation, a.implementation,
                  a.priority_inclusive, a.priority_families, a.priority_workplace,
                  a.priority_technologies, a.priority_quality, a.priority_culture,
                  a.commitment, a.officer_name, a.officer_title, a.endorsement_note,
                  a.decision_message, a.created_at, a.updated_at, a.submitted_at,
                  a.forwarded_at, a.decided_at,
                  EXISTS (SELECT FROM documents d WHERE d.application_id = a.id AND d.kind = 'pledge')
                    AS "pledge_uploaded!",
                  (SELECT count(*) FROM documents d WHERE d.application_id = a.id AND d.kind = 'supporting')
                    AS "supporting_uploads!"
             FROM applications a JOIN member_states s ON s.iso2 = a.country
            WHERE a.id = $1"#,
        id
    )
    .fetch_optional(conn)
    .await?;
    record.map(Application::try_from).transpose()
}

/// Locks the application for a change decided in the caller's transaction and reads it,
/// in one statement (it sits in the path of every submission). Two people acting on it
/// at once are served one after the other, and the second reads what the first wrote.
/// The column list is `find`'s: a query checked at compile time cannot share its text.
pub async fn find_for_update(
    conn: &mut PgConnection,
    id: i64,
) -> Result<Option<Application>, Error> {
    let record = sqlx::query_as!(
        Record,
        r#"SELECT a.id, a.call_id, a.owner_id, a.stage, a.city_name, a.country AS "country!: String",
                  s.name AS country_name, a.website, a.language,
                  a.mayor_salutation, a.mayor_name, a.mayor_title,
                  a.contact_salutation, a.contact_name, a.contact_title, a.contact_organisation,
                  a.contact_address, a.contact_postcode, a.contact_phone, a.contact_email,
                  a.population, a.population_year, a.area_km2, a.area_year,
                  a.gdp_city_usd, a.gdp_city_year, a.gdp_country_usd, a.gdp_country_year,
                  a.schooling_women_years, a.schooling_men_years, a.schooling_year,
                  a.motivation, a.implementation,
                  a.priority_inclusive, a.priority_families, a.priority_workplace,
                  a.priority_technologies, a.priority_quality, a.priority_culture,
                  a.commitment, a.officer_name, a.officer_title, a.endorsement_note,
                  a.decision_message, a.created_at, a.updated_at, a.submitted_at,
                  a.forwarded_at, a.decided_at,
                  EXISTS (SELECT FROM documents d WHERE d.application_id = a.id AND d.kind = 'pledge')
                    AS "pledge_uploaded!",
                  (SELECT count(*) FROM documents d WHERE d.application_id = a.id AND d.kind = 'supporting')
                    AS "supporting_uploads!"
             FROM applications a JOIN member_states s ON s.iso2 = a.country
            WHERE a.id = $1
              FOR UPDATE OF a"#,
        id
    )
    .fetch_optional(conn)
    .await?;
    record.map(Application::try_from).transpose()
}

/// Reads one application; with `lock`, takes it FOR UPDATE for a change decided in the
/// caller's transaction.
pub async fn load(
    conn: &mut PgConnection,
    id: i64,
    lock: bool,
) -> Result<Option<Application>, Error> {
    if lock {
        find_for_update(conn, id).await
    } else {
        find(conn, id).await
    }
}

/// Starts a draft; `Ok(None)` when the city already has an application in this call.
pub async fn create(
    conn: &mut PgConnection,
    call_id: i64,
    owner_id: i64,
    city_name: &str,
    country: &str,
    now: DateTime<Utc>,
) -> Result<Option<i64>, Error> {
    let id = sqlx::query_scalar!(
        r#"INSERT INTO applications (call_id, owner_id, city_name, country, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $5)
           ON CONFLICT (call_id, country, lower(city_name)) WHERE stage <> 'withdrawn' DO NOTHING
           RETURNING id"#,
        call_id,
        owner_id,
        city_name,
        country,
        now,
    )
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = id {
        add_event(conn, id, Some(owner_id), None, Stage::Draft, None, now).await?;
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
    a: &Answers,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        r#"UPDATE applications SET
             city_name = $2, country = $3, website = $4, language = $5,
             mayor_salutation = $6, mayor_name = $7, mayor_title = $8,
             contact_salutation = $9, contact_name = $10, contact_title = $11,
             contact_organisation = $12, contact_address = $13, contact_postcode = $14,
             contact_phone = $15, contact_email = $16,
             population = $17, population_year = $18, area_km2 = $19, area_year = $20,
             gdp_city_usd = $21, gdp_city_year = $22, gdp_country_usd = $23, gdp_country_year = $24,
             schooling_women_years = $25, schooling_men_years = $26, schooling_year = $27,
             motivation = $28, implementation = $29,
             priority_inclusive = $30, priority_families = $31, priority_workplace = $32,
             priority_technologies = $33, priority_quality = $34, priority_culture = $35,
             commitment = $36, updated_at = $37
           WHERE id = $1"#,
        id,
        a.city_name,
        a.country,
        a.website,
        a.language,
        a.mayor_salutation,
        a.mayor_name,
        a.mayor_title,
        a.contact_salutation,
        a.contact_name,
        a.contact_title,
        a.contact_organisation,
        a.contact_address,
        a.contact_postcode,
        a.contact_phone,
        a.contact_email,
        a.population,
        a.population_year,
        a.area_km2,
        a.area_year,
        a.gdp_city_usd,
        a.gdp_city_year,
        a.gdp_country_usd,
        a.gdp_country_year,
        a.schooling_women_years,
        a.schooling_men_years,
        a.schooling_year,
        a.motivation,
        a.implementation,
        a.priority_inclusive,
        a.priority_families,
        a.priority_workplace,
        a.priority_technologies,
        a.priority_quality,
        a.priority_culture,
        a.commitment,
        now,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Moves an application to `to` and records the event, in the caller's transaction.
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
           INSERT INTO application_events (application_id, actor_id, from_stage, to_stage, note, created_at)
           SELECT id, $8, $9, $2, $7, $3 FROM moved"#,
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

pub async fn add_event(
    conn: &mut PgConnection,
    application_id: i64,
    actor: Option<i64>,
    from: Option<Stage>,
    to: Stage,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO application_events (application_id, actor_id, from_stage, to_stage, note, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
        application_id,
        actor,
        from.map(Stage::as_str),
        to.as_str(),
        note,
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
    pub from: Option<Stage>,
    pub to: Stage,
    pub note: Option<String>,
    pub at: DateTime<Utc>,
}

pub async fn timeline(conn: &mut PgConnection, application_id: i64) -> Result<Vec<Event>, Error> {
    let rows = sqlx::query!(
        r#"SELECT u.name AS "actor_name?", u.role AS "actor_role?", e.from_stage, e.to_stage, e.note, e.created_at
             FROM application_events e LEFT JOIN users u ON u.id = e.actor_id
            WHERE e.application_id = $1 ORDER BY e.id"#,
        application_id
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(Event {
                actor_name: r.actor_name,
                actor_role: r.actor_role.as_deref().map(role).transpose()?,
                from: r.from_stage.as_deref().map(stage).transpose()?,
                to: stage(&r.to_stage)?,
                note: r.note,
                at: r.created_at,
            })
        })
        .collect()
}

/// An application in a list.
#[derive(Debug, Clone)]
pub struct Summary {
    pub id: i64,
    pub city_name: String,
    pub country_name: String,
    pub call_title: String,
    pub stage: Stage,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
}

pub async fn list_for_owner(conn: &mut PgConnection, owner_id: i64) -> Result<Vec<Summary>, Error> {
    let rows = sqlx::query!(
        r#"SELECT a.id, a.city_name, s.name AS country_name, c.title AS call_title, a.stage,
                  a.updated_at, a.submitted_at
             FROM applications a JOIN member_states s ON s.iso2 = a.country
             JOIN calls c ON c.id = a.call_id
            WHERE a.owner_id = $1 ORDER BY a.created_at DESC"#,
        owner_id
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(Summary {
                id: r.id,
                city_name: r.city_name,
                country_name: r.country_name,
                call_title: r.call_title,
                stage: stage(&r.stage)?,
                updated_at: r.updated_at,
                submitted_at: r.submitted_at,
            })
        })
        .collect()
}

/// An application's call, and the deadlines that apply to the application: the call's,
/// moved by any extension UIL granted for this application (city stage) or its Member
/// State (National Commission stage).
pub async fn call_and_deadlines(
    conn: &mut PgConnection,
    app: &Application,
) -> Result<(crate::domain::Call, Deadlines), Error> {
    let (call, city, natcom) = super::calls::find_with_extensions(
        conn,
        app.call_id,
        Some(app.id),
        Some(&app.answers.country),
    )
    .await?;
    let deadlines = call.deadlines_extended(city, natcom);
    Ok((call, deadlines))
}

/// The deadlines of a Member State's National Commission in a call, with any extension.
pub async fn country_deadlines(
    conn: &mut PgConnection,
    call: &crate::domain::Call,
    country: &str,
) -> Result<Deadlines, Error> {
    let natcom = sqlx::query_scalar!(
        "SELECT max(new_deadline) FROM deadline_extensions
          WHERE stage = 'natcom' AND call_id = $1 AND country = $2",
        call.id,
        country
    )
    .fetch_one(conn)
    .await?;
    Ok(call.deadlines_extended(None, natcom))
}

/// Who hears of an application's progress on the city's side: its contact person and the
/// account that applied.
pub async fn city_addresses(
    conn: &mut PgConnection,
    app: &Application,
) -> Result<Vec<String>, Error> {
    let owner = sqlx::query_scalar!("SELECT email FROM users WHERE id = $1", app.owner_id)
        .fetch_one(conn)
        .await?;
    Ok(city_addresses_with(app, owner))
}

/// The city's addresses when its owner's address is already known: the contact person's,
/// and the owner's unless it is the same.
pub fn city_addresses_with(app: &Application, owner: String) -> Vec<String> {
    let mut to: Vec<String> = app.answers.contact_email.iter().cloned().collect();
    if !to.iter().any(|t| t.eq_ignore_ascii_case(&owner)) {
        to.push(owner);
    }
    to
}

/// An application as its National Commission's list shows it.
#[derive(Debug, Clone)]
pub struct CountryRow {
    pub id: i64,
    pub city_name: String,
    pub stage: Stage,
    pub submitted_at: Option<DateTime<Utc>>,
    pub has_signed_endorsement: bool,
    pub officer_name: Option<String>,
}

/// The applications of a Member State in a call that reached its National Commission,
/// drafts excluded (a returned application is a draft again). `lock` takes the endorsed
/// ones FOR UPDATE, for submission to UIL.
pub async fn for_country(
    conn: &mut PgConnection,
    call_id: i64,
    country: &str,
) -> Result<Vec<CountryRow>, Error> {
    let rows = sqlx::query!(
        r#"SELECT a.id, a.city_name, a.stage, a.submitted_at, a.officer_name,
                  EXISTS (SELECT 1 FROM documents d
                           WHERE d.application_id = a.id AND d.kind = 'endorsement') AS "signed!"
             FROM applications a
            WHERE a.call_id = $1 AND a.country = $2 AND a.submitted_at IS NOT NULL
              AND a.stage <> 'draft'
            ORDER BY a.submitted_at, a.id"#,
        call_id,
        country
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(CountryRow {
                id: r.id,
                city_name: r.city_name,
                stage: stage(&r.stage)?,
                submitted_at: r.submitted_at,
                has_signed_endorsement: r.signed,
                officer_name: r.officer_name,
            })
        })
        .collect()
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
    // its own copy, to guarantee the quota whatever the application does).
    let counted: Vec<&str> = Stage::ALL
        .iter()
        .filter(|s| s.counts_toward_quota())
        .map(|s| s.as_str())
        .collect();
    Ok(sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM applications
            WHERE call_id = $1 AND country = $2 AND stage = ANY($3)"#,
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

/// The addresses of every account with `role`.
pub async fn addresses_of_role(conn: &mut PgConnection, role: Role) -> Result<Vec<String>, Error> {
    Ok(sqlx::query_scalar!(
        "SELECT email FROM users WHERE role = $1 AND password_hash IS NOT NULL ORDER BY id",
        role.as_str()
    )
    .fetch_all(conn)
    .await?)
}

/// The email addresses of a Member State's National Commission accounts.
pub async fn natcom_addresses(
    conn: &mut PgConnection,
    country: &str,
) -> Result<Vec<String>, Error> {
    Ok(sqlx::query_scalar!(
        "SELECT email FROM users WHERE role = 'natcom' AND country = $1 ORDER BY id",
        country
    )
    .fetch_all(conn)
    .await?)
}
