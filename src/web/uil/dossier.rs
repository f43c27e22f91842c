//! The dossier as a ZIP: one application's (`/uil/applications/{id}/dossier.zip`) or
//! those of a call, a region or a Member State (`/uil/calls/{id}/dossier.zip`). Each
//! application's folder holds the papers as PDF (the pledge and Part 2, as the signature
//! pack writes them), the answers, the uploaded documents, the assessments and the
//! timeline, and a list of what it holds. The ZIP is written as it is sent: the server
//! holds one document at a time, whatever the number of applications.

use std::io::Write;

use axum::extract::State;
use axum::response::Response;
use zip::write::SimpleFileOptions;

use super::jury::RankingQuery;
use crate::app::uil::dossier::{self as usecase, Dossier};
use crate::db::users::User;
use crate::i18n::Tr;
use crate::web::error::Error;
use crate::web::extract::{Path, Query};
use crate::web::review::weighted;
use crate::web::session::Ctx;
use crate::web::streamed::{self, Sender, Written, send};
use crate::web::views::{answer_groups, timeline_rows};
use crate::web::{AppState, papers, words};

/// A file name as every ZIP reader takes it: letters, digits and a few signs.
fn safe(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_. ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    cleaned.trim().chars().take(80).collect()
}

fn text_entry(lines: &[String]) -> Vec<u8> {
    let mut out = lines.join("\r\n");
    out.push_str("\r\n");
    out.into_bytes()
}

/// The files of one application's folder, but its uploaded documents.
fn papers_of(tr: Tr, d: &Dossier) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let app = &d.app;
    let mut files = Vec::new();
    let (pledge, name) = papers::pledge_pdf(app)?;
    files.push((name, pledge));
    let (part2, name) = papers::part2_pdf(app)?;
    files.push((name, part2));
    let mut answers = vec![tr.t1("uil-application-heading", "city", app.answers.city_name())];
    for g in answer_groups(tr, &app.answers) {
        answers.push(String::new());
        answers.push(g.title);
        answers.extend(
            g.rows
                .into_iter()
                .map(|(_, label, value)| format!("{label}: {value}")),
        );
    }
    answers.push(String::new());
    answers.push(tr.t("uil-endorsement-heading"));
    answers.push(tr.t2(
        "uil-officer",
        "name",
        app.officer_name.clone().unwrap_or_default(),
        "title",
        app.officer_title.clone().unwrap_or_default(),
    ));
    answers.push(app.endorsement_note.clone().unwrap_or_default());
    files.push(("answers.txt".to_owned(), text_entry(&answers)));
    // The assessments, one row each, as a spreadsheet reads them.
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    let mut header = vec!["reviewer".to_owned(), "role".to_owned()];
    header.extend(d.rubric.criteria.iter().map(|c| c.name_in("en").to_owned()));
    header.extend(["weighted_score", "comment", "handed_in_at"].map(str::to_owned));
    let failed = |e: csv::Error| Error::Internal(format!("dossier CSV: {e}"));
    csv.write_record(&header).map_err(failed)?;
    for a in &d.assessments {
        let mut row = vec![a.reviewer_name.clone(), a.reviewer_role.as_str().to_owned()];
        row.extend(
            d.rubric
                .criteria
                .iter()
                .map(|c| a.score_for(c.id).map(|s| s.to_string()).unwrap_or_default()),
        );
        row.push(
            weighted(a, &d.rubric)
                .map(|s| format!("{s:.2}"))
                .unwrap_or_default(),
        );
        row.push(a.comment.clone());
        row.push(a.submitted_at.map(|t| t.to_rfc3339()).unwrap_or_default());
        csv.write_record(row.into_iter().map(super::export::spreadsheet_safe))
            .map_err(failed)?;
    }
    files.push((
        "assessments.csv".to_owned(),
        csv.into_inner()
            .map_err(|e| Error::Internal(format!("dossier CSV: {e}")))?,
    ));
    let timeline: Vec<String> = timeline_rows(tr, &d.timeline)
        .into_iter()
        .map(|e| {
            let line = format!(
                "{} · {}",
                e.when,
                tr.t2("uil-timeline-entry", "who", e.who, "what", e.what)
            );
            match e.note {
                Some(n) => format!("{line}\r\n    {n}"),
                None => line,
            }
        })
        .collect();
    files.push(("timeline.txt".to_owned(), text_entry(&timeline)));
    Ok(files)
}

/// How many dossier ZIPs are written at once: each keeps a document in memory and takes
/// a connection to PostgreSQL for a moment per file; the others wait their turn.
static WRITERS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// How much of a file goes to the connection at a time.
const SLICE: usize = 64 * 1024;

/// Writes `bytes` as the entry `name`, in slices, each sent on before the next is written.
async fn entry(
    zip: &mut zip::ZipWriter<zip::write::StreamWriter<Written>>,
    written: &Written,
    out: &Sender,
    name: String,
    bytes: &[u8],
) -> Result<(), Error> {
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file(name, options).map_err(zip_err)?;
    for slice in bytes.chunks(SLICE) {
        zip.write_all(slice)
            .map_err(|e| Error::Internal(e.to_string()))?;
        send(out, written).await?;
    }
    Ok(())
}

fn zip_err(e: zip::result::ZipError) -> Error {
    Error::Internal(format!("dossier ZIP: {e}"))
}

/// Writes the dossiers of `ids` into the stream, one file at a time. A connection to
/// PostgreSQL is taken for each read and given back before anything is sent, so that a
/// slow reader holds none.
async fn write_dossiers(
    state: AppState,
    user: User,
    tr: Tr,
    ids: Vec<i64>,
    out: Sender,
) -> Result<(), Error> {
    let _turn = WRITERS
        .acquire()
        .await
        .map_err(|e| Error::Internal(e.to_string()))?;
    let written = Written::default();
    let mut zip = zip::ZipWriter::new_stream(written.clone());
    let db = &state.app().db;
    let connection = || async {
        db.acquire()
            .await
            .map_err(|e| Error::Internal(e.to_string()))
    };
    for id in ids {
        let read = {
            let mut conn = connection().await?;
            usecase::read(&mut conn, &user, id).await
        };
        let d = match read {
            Ok(d) => d,
            // Gone from UIL's sight since the list was read: left out.
            Err(crate::app::Error::NotFound) => continue,
            Err(e) => return Err(Error::Internal(e.to_string())),
        };
        let folder = format!("{}-{}", id, safe(d.app.answers.city_name()));
        let mut contents =
            vec![tr.t1("uil-application-heading", "city", d.app.answers.city_name())];
        for (name, bytes) in papers_of(tr, &d)? {
            entry(&mut zip, &written, &out, format!("{folder}/{name}"), &bytes).await?;
            contents.push(name);
        }
        for doc in &d.documents {
            let content = {
                let mut conn = connection().await?;
                usecase::content(&mut conn, id, doc.id).await
            };
            let (kind, filename, bytes) = match content {
                Ok(c) => c,
                // Removed since its application was read: left out, and not listed.
                Err(crate::app::Error::NotFound) => continue,
                Err(e) => return Err(Error::Internal(e.to_string())),
            };
            let name = format!("documents/{}-{}-{}", kind.as_str(), doc.id, safe(&filename));
            entry(&mut zip, &written, &out, format!("{folder}/{name}"), &bytes).await?;
            drop(bytes);
            contents.push(format!("{name} ({})", words::document(tr, kind)));
        }
        entry(
            &mut zip,
            &written,
            &out,
            format!("{folder}/contents.txt"),
            &text_entry(&contents),
        )
        .await?;
    }
    zip.finish().map_err(zip_err)?;
    send(&out, &written).await
}

fn zip_response(state: AppState, user: User, tr: Tr, ids: Vec<i64>, name: String) -> Response {
    streamed::response("application/zip", &name, move |out| {
        write_dossiers(state, user, tr, ids, out)
    })
}

/// One application's dossier.
pub async fn one(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, Error> {
    let mut visit = ctx.visit(&state).await?;
    let user = usecase::coordinator(&visit).map_err(|e| ctx.fail(e))?;
    // Asked before the answer starts: a missing application is a 404, not a broken ZIP.
    usecase::read(&mut visit.conn, &user, id)
        .await
        .map_err(|e| ctx.fail(e))?;
    let tr = ctx.tr(Some(&user)).for_text();
    drop(visit);
    Ok(zip_response(
        state,
        user,
        tr,
        vec![id],
        format!("gnlc-dossier-{id}.zip"),
    ))
}

/// The dossiers of a call's applications at UIL, filtered as the ranking is.
pub async fn bulk(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(call_id): Path<i64>,
    Query(q): Query<RankingQuery>,
) -> Result<Response, Error> {
    let filter = q.download_filter(call_id)?;
    let mut visit = ctx.visit(&state).await?;
    let user = usecase::coordinator(&visit).map_err(|e| ctx.fail(e))?;
    let ids = usecase::ids(&mut visit, &filter)
        .await
        .map_err(|e| ctx.fail(e))?;
    let tr = ctx.tr(Some(&user)).for_text();
    drop(visit);
    Ok(zip_response(
        state,
        user,
        tr,
        ids,
        format!("gnlc-dossiers-call-{call_id}.zip"),
    ))
}
