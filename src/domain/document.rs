//! The documents of an application: which kinds there are, how many of each, and what an
//! upload must be to be kept.

/// At most 10 MB a file (SPEC §4).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// An application has at most this many supporting documents (SPEC §4).
pub const MAX_SUPPORTING_DOCUMENTS: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// The commitment signed and stamped by the mayor: one per application.
    Pledge,
    /// Up to five more PDFs of the city's.
    Supporting,
    /// The National Commission's signed endorsement (Part 2): one per application.
    Endorsement,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 3] = [
        DocumentKind::Pledge,
        DocumentKind::Supporting,
        DocumentKind::Endorsement,
    ];

    /// The name used in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Pledge => "pledge",
            DocumentKind::Supporting => "supporting",
            DocumentKind::Endorsement => "endorsement",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The form field a file of this kind comes in.
    pub fn field(self) -> &'static str {
        match self {
            DocumentKind::Pledge => "pledge_pdf",
            DocumentKind::Supporting => "supporting_pdf",
            DocumentKind::Endorsement => "signed_endorsement",
        }
    }

    /// Kinds of which an application has at most one: a new upload replaces the old.
    pub fn is_single(self) -> bool {
        !matches!(self, DocumentKind::Supporting)
    }

    /// The kinds a city uploads with its form.
    pub fn is_the_citys(self) -> bool {
        matches!(self, DocumentKind::Pledge | DocumentKind::Supporting)
    }
}

/// Why an uploaded file is not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadProblem {
    /// Larger than `MAX_FILE_BYTES`.
    TooLarge,
    /// Not a PDF, whatever its name says: it does not read as one.
    NotAPdf,
    /// A PDF without a single page.
    NoPage,
    /// A PDF that needs a password to be opened (one that only restricts what may be done
    /// with it, as scanners and signing tools often make, is fine).
    NeedsPassword,
    /// A PDF that runs JavaScript or launches programs when opened.
    ActiveContent,
}

/// A file that was not kept: its name, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadUpload {
    pub filename: String,
    pub problem: UploadProblem,
}

/// Checks a file as it arrived; `too_large` when it was cut off at the limit. A PDF is
/// known by its structure: it must parse, have a page, open without a password, and hold
/// no script or launch action, wherever in the file such a thing hides. Gives the name to
/// keep it under.
pub fn check_upload(filename: &str, content: &[u8], too_large: bool) -> Result<String, BadUpload> {
    let filename = clean_filename(filename);
    let problem = if too_large || content.len() > MAX_FILE_BYTES {
        Some(UploadProblem::TooLarge)
    } else {
        pdf_problem(content)
    };
    match problem {
        None => Ok(filename),
        Some(problem) => Err(BadUpload { filename, problem }),
    }
}

/// What is wrong with `content` as a PDF, if anything.
fn pdf_problem(content: &[u8]) -> Option<UploadProblem> {
    // Every PDF starts so; anything else need not be parsed.
    if !content.starts_with(b"%PDF-") {
        return Some(UploadProblem::NotAPdf);
    }
    let Ok(doc) = lopdf::Document::load_mem(content) else {
        return Some(UploadProblem::NotAPdf);
    };
    // Encrypted and not opened with the empty password: a user password is needed. (With
    // an owner password alone, lopdf opens and decrypts it.)
    if doc.is_encrypted() && !doc.was_encrypted() {
        return Some(UploadProblem::NeedsPassword);
    }
    if doc.get_pages().is_empty() {
        return Some(UploadProblem::NoPage);
    }
    // Every object, those of object streams too; names as parsed, `#xx` escapes undone.
    if doc.objects.values().any(is_active) {
        return Some(UploadProblem::ActiveContent);
    }
    None
}

/// Whether an object is, or holds, a script or an action that launches something.
fn is_active(object: &lopdf::Object) -> bool {
    use lopdf::Object;
    let dictionary_is_active = |d: &lopdf::Dictionary| {
        d.iter().any(|(key, value)| {
            matches!(key.as_slice(), b"JS" | b"JavaScript" | b"Launch")
                || (key.as_slice() == b"S"
                    && matches!(value, Object::Name(n) if matches!(n.as_slice(), b"JavaScript" | b"Launch")))
                || is_active(value)
        })
    };
    match object {
        Object::Dictionary(d) => dictionary_is_active(d),
        Object::Stream(s) => dictionary_is_active(&s.dict),
        Object::Array(items) => items.iter().any(is_active),
        _ => false,
    }
}

/// A file name safe to store and to send back in a header: the last part of a path,
/// without control characters or quotes, at most 200 characters.
pub fn clean_filename(filename: &str) -> String {
    let name: String = filename
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(200)
        .collect();
    if name.trim().is_empty() {
        "document.pdf".into()
    } else {
        name
    }
}

/// Whether a person with `role`, who may see the application, may download a document of
/// `kind`: the city its pledge and supporting documents; the signed endorsement, which the
/// National Commission sends to UIL, the National Commission and UIL only.
pub fn may_download(kind: DocumentKind, role: super::Role) -> bool {
    match kind {
        DocumentKind::Pledge | DocumentKind::Supporting => true,
        DocumentKind::Endorsement => role != super::Role::Applicant,
    }
}

/// Whether one more supporting document fits beside `existing`.
pub fn may_add_supporting(existing: usize) -> Result<(), super::Refusal> {
    if existing < MAX_SUPPORTING_DOCUMENTS {
        Ok(())
    } else {
        Err(super::Refusal::TooManyDocuments {
            max: MAX_SUPPORTING_DOCUMENTS,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest PDF a scanner might make: one blank page.
    const ONE_PAGE: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\nxref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n";

    #[test]
    fn a_pdf_is_known_by_its_structure_and_its_size() {
        assert_eq!(
            check_upload("C:\\scans\\pledge.pdf", ONE_PAGE, false),
            Ok("pledge.pdf".into())
        );
        assert_eq!(
            check_upload("fake.pdf", b"%PDF-1.7 but nothing of a PDF", false)
                .unwrap_err()
                .problem,
            UploadProblem::NotAPdf,
            "five bytes do not make a PDF"
        );
        assert_eq!(
            check_upload("pledge.pdf", b"GIF89a", false),
            Err(BadUpload {
                filename: "pledge.pdf".into(),
                problem: UploadProblem::NotAPdf
            })
        );
        assert_eq!(
            check_upload("big.pdf", b"", true).unwrap_err().problem,
            UploadProblem::TooLarge
        );
    }

    #[test]
    fn file_names_lose_paths_quotes_and_control_characters() {
        assert_eq!(clean_filename("../../etc/\"x\"\r\n.pdf"), "x.pdf");
        assert_eq!(clean_filename(""), "document.pdf");
    }

    #[test]
    fn five_supporting_documents_fit_and_a_sixth_does_not() {
        assert!(may_add_supporting(4).is_ok());
        assert_eq!(
            may_add_supporting(5),
            Err(super::super::Refusal::TooManyDocuments { max: 5 })
        );
    }

    #[test]
    fn the_signed_endorsement_is_the_national_commissions_and_uils() {
        use super::super::Role;
        for role in [
            Role::Applicant,
            Role::Natcom,
            Role::UilReviewer,
            Role::UilAdmin,
        ] {
            assert!(may_download(DocumentKind::Pledge, role));
            assert!(may_download(DocumentKind::Supporting, role));
        }
        assert!(!may_download(DocumentKind::Endorsement, Role::Applicant));
        assert!(may_download(DocumentKind::Endorsement, Role::Natcom));
        assert!(may_download(DocumentKind::Endorsement, Role::UilAdmin));
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(DocumentKind::parse("photo"), None);
    }
}
