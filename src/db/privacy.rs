//! Personal data in the database (issue [7/8]): the one function that redacts an
//! application (`redact`), the pseudonymisation of an account (`pseudonymise`), what the
//! retention job reads, the record of what was done (`privacy_events`), and the export of
//! all a person's data as one JSON value.

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgExecutor};

use super::Error;
use crate::domain::Stage;
use crate::domain::privacy::{self, Redaction};

/// What one redaction took away.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Redacted {
    pub applications: i64,
    pub documents: i64,
    pub mails: i64,
}

impl std::ops::AddAssign for Redacted {
    fn add_assign(&mut self, other: Redacted) {
        self.applications += other.applications;
        self.documents += other.documents;
        self.mails += other.mails;
    }
}

/// Field names as the `text[]` a statement binds.
fn names<'a>(fields: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    fields.into_iter().map(str::to_owned).collect()
}

/// Takes from the applications `ids` what `redaction` says, and the text of the mail sent
/// about them (the outbox keeps that a mail went, of which kind, to whom). Every erasure of
/// an application's personal data goes through here: the caller records it in
/// `privacy_events`, in the same transaction.
pub async fn redact(
    conn: &mut PgConnection,
    ids: &[i64],
    redaction: Redaction,
    now: DateTime<Utc>,
) -> Result<Redacted, Error> {
    if ids.is_empty() {
        return Ok(Redacted::default());
    }
    let personal = if redaction == Redaction::ContactPerson {
        names(privacy::contact_fields())
    } else {
        names(privacy::personal_fields())
    };
    // The contact person is on no paper; the mayor and the officer are.
    let on_papers = match redaction {
        Redaction::ContactPerson => Vec::new(),
        _ => names(privacy::PERSONAL_STATEMENT_FIELDS),
    };
    let everything = redaction == Redaction::Everything;
    // The National Commission's signing officer goes with the retention period; an owner's
    // erasure keeps the officer of a submission UIL still reads.
    let officer = redaction == Redaction::PersonalAndDocuments;
    let applications = sqlx::query!(
        "UPDATE applications
            SET answers = CASE WHEN $4 THEN '{}'::jsonb ELSE answers - $2::text[] END,
                pledge_statement = pledge_statement - $3::text[],
                part2_statement = CASE WHEN $5 THEN part2_statement - $3::text[]
                                       ELSE part2_statement END,
                officer_name = CASE WHEN $5 THEN NULL ELSE officer_name END,
                officer_title = CASE WHEN $5 THEN NULL ELSE officer_title END,
                personal_data_erased_at = coalesce(personal_data_erased_at, $6)
          WHERE id = ANY($1)",
        ids,
        &personal,
        &on_papers,
        everything,
        officer,
        now
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    let documents = if redaction.takes_documents() {
        sqlx::query!("DELETE FROM documents WHERE application_id = ANY($1)", ids)
            .execute(&mut *conn)
            .await?
            .rows_affected()
    } else {
        0
    };
    // The end of the retention period takes the addresses too: of the mail sent about the
    // applications, and of the colleagues invited to them.
    let addresses = redaction == Redaction::PersonalAndDocuments;
    let mails = sqlx::query!(
        "UPDATE mail_outbox
            SET subject = '', body_text = '', body_html = NULL, last_error = NULL,
                recipient = CASE WHEN $3 THEN 'redacted@erased.invalid' ELSE recipient END,
                redacted_at = $2
          WHERE application_id = ANY($1) AND state IN ('sent', 'failed')
            AND (redacted_at IS NULL OR ($3 AND recipient <> 'redacted@erased.invalid'))",
        ids,
        now,
        addresses
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if addresses {
        // Mail about an application whose period has passed, still waiting to go (a server
        // without SMTP), would tell no one anything they need: it goes.
        sqlx::query!(
            "DELETE FROM mail_outbox WHERE application_id = ANY($1) AND state = 'queued'",
            ids
        )
        .execute(&mut *conn)
        .await?;
        sqlx::query!(
            "DELETE FROM colleague_invitations WHERE application_id = ANY($1) AND accepted_at IS NULL",
            ids
        )
        .execute(&mut *conn)
        .await?;
        sqlx::query!(
            "UPDATE colleague_invitations SET email = 'redacted@erased.invalid'
              WHERE application_id = ANY($1)",
            ids
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(Redacted {
        applications: applications as i64,
        documents: documents as i64,
        mails: mails as i64,
    })
}

/// An application that a person's erasure concerns.
pub struct Concerned {
    pub id: i64,
    pub stage: Stage,
}

/// The applications that `user` owns, and those that name them as contact person: only
/// once they confirmed that address, so that nobody erases another city's contact by
/// registering with its address.
pub async fn owned_or_naming(
    conn: &mut PgConnection,
    user: i64,
    email: &str,
) -> Result<(Vec<Concerned>, Vec<i64>), Error> {
    let owned = sqlx::query_as!(
        Concerned,
        r#"SELECT id, stage AS "stage: Stage" FROM applications WHERE owner_id = $1 ORDER BY id"#,
        user
    )
    .fetch_all(&mut *conn)
    .await?;
    let naming = sqlx::query_scalar!(
        "SELECT a.id FROM applications a
          WHERE a.owner_id <> $1 AND lower(a.answers->>'contact_email') = lower($2)
            AND EXISTS (SELECT 1 FROM users u WHERE u.id = $1 AND u.email_verified_at IS NOT NULL)
          ORDER BY a.id",
        user,
        email
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok((owned, naming))
}

/// What a pseudonymisation took away besides the account's own row.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct Pseudonymised {
    pub mails: i64,
    pub sign_ins: i64,
}

/// Pseudonymises account `id`: the row stays (events name it) with its name, address,
/// password and second factor gone; its sessions, tokens, devices, teams and pending
/// invitations go; the mail addressed to it or naming it keeps no text; the records of
/// its sign-ins and mail requests, which hold its address, go.
pub async fn pseudonymise(
    conn: &mut PgConnection,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Pseudonymised, Error> {
    let old = sqlx::query!("SELECT email, name FROM users WHERE id = $1 FOR UPDATE", id)
        .fetch_one(&mut *conn)
        .await?;
    let pseudonym = format!("erased-{id}@erased.invalid");
    sqlx::query!(
        "UPDATE users
            SET email = $2, name = '', password_hash = NULL, email_verified_at = NULL,
                totp_secret = NULL, totp_pending_secret = NULL, totp_enrolled_at = NULL,
                totp_last_step = NULL, erased_at = $3
          WHERE id = $1",
        id,
        pseudonym,
        now
    )
    .execute(&mut *conn)
    .await?;
    for statement in [
        "DELETE FROM sessions WHERE user_id = $1",
        "DELETE FROM account_tokens WHERE user_id = $1",
        "DELETE FROM remembered_devices WHERE user_id = $1",
        "DELETE FROM recovery_codes WHERE user_id = $1",
        "DELETE FROM application_colleagues WHERE user_id = $1",
    ] {
        sqlx::query(statement).bind(id).execute(&mut *conn).await?;
    }
    sqlx::query!(
        "DELETE FROM colleague_invitations WHERE lower(email) = lower($1) AND accepted_at IS NULL",
        old.email
    )
    .execute(&mut *conn)
    .await?;
    // A colleague's accepted invitation keeps its row (who invited whom, when), not the address.
    sqlx::query!(
        "UPDATE colleague_invitations SET email = $2 WHERE lower(email) = lower($1)",
        old.email,
        pseudonym
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "DELETE FROM mail_requests WHERE lower(recipient) = lower($1)",
        old.email
    )
    .execute(&mut *conn)
    .await?;
    let sign_ins = sqlx::query!(
        "DELETE FROM login_attempts WHERE lower(email) = lower($1)",
        old.email
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    // Mail not yet sent to the person will reach no one now.
    sqlx::query!(
        "DELETE FROM mail_outbox WHERE lower(recipient) = lower($1) AND state IN ('queued', 'sending')",
        old.email
    )
    .execute(&mut *conn)
    .await?;
    let mails = sqlx::query!(
        "UPDATE mail_outbox
            SET recipient = CASE WHEN lower(recipient) = lower($1) THEN $3 ELSE recipient END,
                subject = '', body_text = '', body_html = NULL, last_error = NULL,
                redacted_at = coalesce(redacted_at, $4)
          WHERE state IN ('sent', 'failed')
            AND (lower(recipient) = lower($1)
                 OR strpos(body_text, $1) > 0
                 -- A name short enough to be part of other words (\"Li\") is not looked for.
                 OR (char_length($2) >= 8
                     AND (strpos(subject, $2) > 0 OR strpos(body_text, $2) > 0)))",
        old.email,
        old.name,
        pseudonym,
        now
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(Pseudonymised {
        mails: mails as i64,
        sign_ins: sign_ins as i64,
    })
}

/// An account as an erasure rule sees it.
pub struct Account {
    pub id: i64,
    pub role: crate::domain::Role,
    pub email: String,
    pub erased: bool,
    /// Whether it is the last UIL administrator who can still sign in.
    pub last_administrator: bool,
}

/// The account that `email` names, if it is not erased: `account` reads it for the rule.
pub async fn account_id_by_email(
    db: impl PgExecutor<'_>,
    email: &str,
) -> Result<Option<i64>, Error> {
    Ok(sqlx::query_scalar!(
        "SELECT id FROM users WHERE lower(email) = lower($1) AND erased_at IS NULL",
        email
    )
    .fetch_optional(db)
    .await?)
}

/// Takes the administrators' rows for the transaction, so that two of them erasing each
/// other at once are served one after the other, and the second sees the first gone.
pub async fn lock_administrators(conn: &mut PgConnection) -> Result<(), Error> {
    sqlx::query!("SELECT id FROM users WHERE role = 'uil_admin' ORDER BY id FOR UPDATE")
        .fetch_all(conn)
        .await?;
    Ok(())
}

pub async fn account(db: impl PgExecutor<'_>, id: i64) -> Result<Option<Account>, Error> {
    Ok(sqlx::query_as!(
        Account,
        r#"SELECT u.id, u.role AS "role: crate::domain::Role", u.email,
                  u.erased_at IS NOT NULL AS "erased!",
                  NOT EXISTS (SELECT 1 FROM users o
                               WHERE o.role = 'uil_admin' AND o.id <> u.id
                                 AND o.erased_at IS NULL AND o.password_hash IS NOT NULL)
                    AS "last_administrator!"
             FROM users u WHERE u.id = $1"#,
        id
    )
    .fetch_optional(db)
    .await?)
}

/// The kinds of `privacy_events`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivacyKind {
    DataDownloaded,
    AccountErased,
    Retention,
}

impl PrivacyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PrivacyKind::DataDownloaded => "data_downloaded",
            PrivacyKind::AccountErased => "account_erased",
            PrivacyKind::Retention => "retention",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [
            PrivacyKind::DataDownloaded,
            PrivacyKind::AccountErased,
            PrivacyKind::Retention,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// One thing done with personal data, as the audit log records it: counts and reasons.
pub struct PrivacyEvent<'a> {
    pub kind: PrivacyKind,
    pub actor: Option<i64>,
    pub account: Option<i64>,
    pub reason: Option<&'a str>,
    pub counts: Option<serde_json::Value>,
}

pub async fn record(
    conn: &mut PgConnection,
    event: PrivacyEvent<'_>,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    sqlx::query!(
        "INSERT INTO privacy_events (kind, actor_id, account_id, reason, counts, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
        event.kind.as_str(),
        event.actor,
        event.account,
        event.reason,
        event.counts,
        now
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A line of the audit log's personal-data part.
#[derive(Debug, Clone)]
pub struct Logged {
    pub kind: PrivacyKind,
    /// The actor's name (empty once erased); `None` for the retention job.
    pub actor: Option<String>,
    /// The account's id the event is about.
    pub account: Option<i64>,
    pub reason: Option<String>,
    pub counts: Option<serde_json::Value>,
    pub at: DateTime<Utc>,
}

pub async fn recent(db: impl PgExecutor<'_>, limit: i64) -> Result<Vec<Logged>, Error> {
    let rows = sqlx::query!(
        r#"SELECT p.kind, u.name AS "actor?", p.account_id, p.reason, p.counts, p.created_at
             FROM privacy_events p LEFT JOIN users u ON u.id = p.actor_id
            ORDER BY p.created_at DESC, p.id DESC LIMIT $1"#,
        limit
    )
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(Logged {
                kind: PrivacyKind::parse(&r.kind)
                    .ok_or_else(|| Error::Corrupt(format!("privacy_events.kind {}", r.kind)))?,
                actor: r.actor,
                account: r.account_id,
                reason: r.reason,
                counts: r.counts,
                at: r.created_at,
            })
        })
        .collect()
}

// ---------- retention ----------

/// A call as the retention job reads it.
pub struct CallRetention {
    pub id: i64,
    pub title: String,
    pub months: i32,
    pub last_decision: Option<DateTime<Utc>>,
}

pub async fn calls(db: impl PgExecutor<'_>) -> Result<Vec<CallRetention>, Error> {
    Ok(sqlx::query_as!(
        CallRetention,
        r#"SELECT c.id, c.title, c.retention_months AS months,
                  (SELECT max(a.decided_at) FROM applications a WHERE a.call_id = c.id) AS last_decision
             FROM calls c ORDER BY c.id"#
    )
    .fetch_all(db)
    .await?)
}

/// An application of a call whose retention period passed, with what it still holds.
pub struct Retained {
    pub id: i64,
    pub stage: Stage,
    /// Whether it still holds personal answers, names on its papers, its signing officer,
    /// documents, or addresses in the outbox or its invitations.
    pub holds: bool,
    pub documents: i64,
}

pub async fn retained(conn: &mut PgConnection, call: i64) -> Result<Vec<Retained>, Error> {
    let personal = names(privacy::personal_fields());
    let on_papers = names(privacy::PERSONAL_STATEMENT_FIELDS);
    Ok(sqlx::query_as!(
        Retained,
        r#"SELECT a.id, a.stage AS "stage: Stage",
                  (a.answers ?| $2::text[] OR coalesce(a.pledge_statement ?| $3::text[], false)
                   OR coalesce(a.part2_statement ?| $3::text[], false)
                   OR a.officer_name IS NOT NULL OR a.officer_title IS NOT NULL
                   OR EXISTS (SELECT 1 FROM documents d WHERE d.application_id = a.id)
                   OR EXISTS (SELECT 1 FROM mail_outbox m WHERE m.application_id = a.id
                                AND m.state IN ('queued', 'sent', 'failed')
                                AND m.recipient <> 'redacted@erased.invalid')
                   OR EXISTS (SELECT 1 FROM colleague_invitations i WHERE i.application_id = a.id
                                AND i.email <> 'redacted@erased.invalid')) AS "holds!",
                  (SELECT count(*) FROM documents d WHERE d.application_id = a.id) AS "documents!"
             FROM applications a WHERE a.call_id = $1 ORDER BY a.id"#,
        call,
        &personal,
        &on_papers
    )
    .fetch_all(conn)
    .await?)
}

// ---------- access ----------

/// Everything held about `user` and their applications, as one JSON value: the account,
/// the applications they own or work on (answers, stage, documents, the events the city
/// reads), what they did elsewhere (events, assessments, declarations), the mail sent to
/// them, their sign-ins and what was done with their data.
pub async fn export(db: impl PgExecutor<'_>, user: i64) -> Result<serde_json::Value, Error> {
    Ok(sqlx::query_scalar!(
        r#"WITH mine AS (
              SELECT id FROM applications WHERE owner_id = $1
              UNION SELECT application_id FROM application_colleagues WHERE user_id = $1),
            me AS (SELECT * FROM users WHERE id = $1)
           SELECT jsonb_build_object(
             'account', (SELECT jsonb_build_object(
                 'id', id, 'email', email, 'name', name, 'role', role, 'country', country,
                 'language', locale, 'created_at', created_at,
                 'email_confirmed_at', email_verified_at,
                 'two_factor_since', totp_enrolled_at) FROM me),
             'applications', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'id', a.id, 'call', c.title, 'owner', a.owner_id = $1, 'stage', a.stage,
                 'city_name', a.city_name, 'country', a.country,
                 'answers', a.answers, 'created_at', a.created_at, 'updated_at', a.updated_at,
                 'submitted_at', a.submitted_at, 'decided_at', a.decided_at,
                 'decision_message', CASE WHEN a.stage IN ('accepted', 'not_accepted')
                                          THEN a.decision_message END,
                 'documents', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                   'id', d.id, 'kind', d.kind, 'filename', d.filename,
                                   'bytes', d.byte_size, 'uploaded_at', d.created_at,
                                   'file', 'documents/' || d.id || '-' || regexp_replace(d.filename, '[^[:alnum:]._ -]', '_', 'g'))
                                   ORDER BY d.id), '[]')
                                 FROM documents d
                                WHERE d.application_id = a.id
                                  AND (d.kind <> 'endorsement' OR d.uploaded_by = $1)),
                 'events', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                'kind', e.kind, 'from', e.from_stage, 'to', e.to_stage,
                                'note', e.note, 'detail', e.detail, 'by_you', e.actor_id = $1,
                                'at', e.created_at) ORDER BY e.id), '[]')
                              FROM application_events e
                             WHERE e.application_id = a.id AND e.audience = 'everyone'))
                 ORDER BY a.id), '[]')
               FROM applications a JOIN calls c ON c.id = a.call_id WHERE a.id IN (SELECT id FROM mine)),
             'your_events_elsewhere', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'application', e.application_id, 'kind', e.kind, 'from', e.from_stage,
                 'to', e.to_stage, 'note', e.note, 'at', e.created_at) ORDER BY e.id), '[]')
               FROM application_events e
              WHERE e.actor_id = $1 AND e.application_id NOT IN (SELECT id FROM mine)),
             'documents_you_uploaded_elsewhere', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'id', d.id, 'application', d.application_id, 'kind', d.kind,
                 'filename', d.filename, 'bytes', d.byte_size, 'uploaded_at', d.created_at,
                 'file', 'documents/' || d.id || '-' || regexp_replace(d.filename, '[^[:alnum:]._ -]', '_', 'g')) ORDER BY d.id), '[]')
               FROM documents d
              WHERE d.uploaded_by = $1 AND d.application_id NOT IN (SELECT id FROM mine)),
             'assessments', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'application', x.application_id, 'comment', x.comment,
                 'scores', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                'criterion', k.criterion_id, 'score', k.score)), '[]')
                              FROM assessment_scores k WHERE k.assessment_id = x.id),
                 'submitted_at', x.submitted_at, 'updated_at', x.updated_at) ORDER BY x.id), '[]')
               FROM assessments x WHERE x.reviewer_id = $1),
             'conflict_declarations', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'application', k.application_id, 'conflict', k.conflict, 'reason', k.reason,
                 'at', k.declared_at) ORDER BY k.declared_at), '[]')
               FROM conflict_declarations k WHERE k.juror_id = $1),
             'colleague_invitations_sent', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'application', i.application_id, 'email', i.email, 'at', i.created_at,
                 'accepted_at', i.accepted_at) ORDER BY i.created_at), '[]')
               FROM colleague_invitations i WHERE i.invited_by = $1),
             'mail_to_you', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'kind', m.kind, 'subject', m.subject, 'text', m.body_text, 'state', m.state,
                 'queued_at', m.created_at, 'sent_at', m.sent_at) ORDER BY m.id), '[]')
               FROM mail_outbox m, me WHERE lower(m.recipient) = lower(me.email)),
             'sign_ins', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'succeeded', l.succeeded, 'from', l.client_ip, 'at', l.attempted_at)
                 ORDER BY l.id), '[]')
               FROM login_attempts l, me WHERE lower(l.email) = lower(me.email)),
             'sessions', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'started_at', s.created_at, 'expires_at', s.expires_at)
                 ORDER BY s.created_at), '[]')
               FROM sessions s WHERE s.user_id = $1),
             'account_events', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'kind', k.kind, 'at', k.created_at) ORDER BY k.id), '[]')
               FROM account_events k WHERE k.account_id = $1),
             'data_requests', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                 'kind', p.kind, 'at', p.created_at) ORDER BY p.id), '[]')
               FROM privacy_events p WHERE p.account_id = $1)
           ) AS "export!""#,
        user
    )
    .fetch_one(db)
    .await?)
}

/// The documents of an export, as the JSON lists them: (id, file name in the ZIP).
pub async fn export_documents(
    db: impl PgExecutor<'_>,
    user: i64,
) -> Result<Vec<(i64, String)>, Error> {
    let rows = sqlx::query!(
        r#"SELECT d.id,
                  'documents/' || d.id || '-' || regexp_replace(d.filename, '[^[:alnum:]._ -]', '_', 'g')
                    AS "file!"
             FROM documents d
            WHERE d.uploaded_by = $1
               OR (d.kind <> 'endorsement'
                   AND d.application_id IN (SELECT id FROM applications WHERE owner_id = $1
                                            UNION SELECT application_id FROM application_colleagues
                                                   WHERE user_id = $1))
            ORDER BY d.id"#,
        user
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.file)).collect())
}

/// One document's bytes.
pub async fn document_content(db: impl PgExecutor<'_>, id: i64) -> Result<Vec<u8>, Error> {
    Ok(
        sqlx::query_scalar!("SELECT content FROM documents WHERE id = $1", id)
            .fetch_one(db)
            .await?,
    )
}
