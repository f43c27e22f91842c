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
    /// Not a PDF, whatever its name says.
    NotAPdf,
}

/// A file that was not kept: its name, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadUpload {
    pub filename: String,
    pub problem: UploadProblem,
}

/// A file as it arrived in a form field, checked.
pub type Upload = Result<PdfUpload, BadUpload>;

/// A file that may be kept as a document: a PDF by its content, within the size limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfUpload {
    filename: String,
    content: Vec<u8>,
}

impl PdfUpload {
    /// Checks a file as it arrived; `too_large` when it was cut off at the limit.
    pub fn check(filename: &str, content: Vec<u8>, too_large: bool) -> Upload {
        let filename = clean_filename(filename);
        let problem = if too_large || content.len() > MAX_FILE_BYTES {
            UploadProblem::TooLarge
        } else if !content.starts_with(b"%PDF-") {
            UploadProblem::NotAPdf
        } else {
            return Ok(PdfUpload { filename, content });
        };
        Err(BadUpload { filename, problem })
    }

    pub fn filename(&self) -> &str {
        &self.filename
    }

    pub fn content(&self) -> &[u8] {
        &self.content
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

    #[test]
    fn a_pdf_is_known_by_its_content_and_its_size() {
        let pdf = b"%PDF-1.7\n...".to_vec();
        let ok = PdfUpload::check("C:\\scans\\pledge.pdf", pdf.clone(), false).unwrap();
        assert_eq!(ok.filename(), "pledge.pdf");
        assert_eq!(
            PdfUpload::check("pledge.pdf", b"GIF89a".to_vec(), false),
            Err(BadUpload {
                filename: "pledge.pdf".into(),
                problem: UploadProblem::NotAPdf
            })
        );
        assert_eq!(
            PdfUpload::check("big.pdf", Vec::new(), true)
                .unwrap_err()
                .problem,
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
    fn kinds_round_trip_through_their_names() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(DocumentKind::parse("photo"), None);
    }
}
