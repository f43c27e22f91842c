//! Pages the server writes as PDF: the signature pack (the mayor's pledge, the National
//! Commission's Part 2), one page each, to print, sign, stamp and scan. Written with
//! lopdf in the standard Helvetica that every PDF reader carries, so that no font is
//! bundled: the text is in Windows-1252, which covers English and French; a letter beyond
//! it is written without its accent ("Ł" as "L").

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, StringFormat, dictionary};
use unicode_normalization::UnicodeNormalization;

/// A PDF could not be written (a bug: the page is built from values only).
#[derive(Debug, thiserror::Error)]
#[error("writing a PDF: {0}")]
pub struct Error(String);

/// What a page says, from the top.
pub enum Block {
    Title(String),
    /// A paragraph, wrapped to the page's width.
    Text(String),
    /// A label and its value, on one line (wrapped if long).
    Field(String, String),
    /// Where to write by hand: a label and a line.
    Blank(String),
    Gap,
}

const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 64.0;
const BODY_SIZE: f32 = 11.0;
const TITLE_SIZE: f32 = 16.0;
/// Characters of body text per line: Helvetica averages about half an em.
const LINE_CHARS: usize = 86;

/// One A4 page of `blocks`, with `footer` at the bottom (the reference and the digest).
pub fn one_page(blocks: &[Block], footer: &[String]) -> Result<Vec<u8>, Error> {
    let mut ops = vec![Operation::new("BT", vec![])];
    let mut y = PAGE_HEIGHT - MARGIN;
    let line = |ops: &mut Vec<Operation>, font: &str, size: f32, text: &str, y: &mut f32| {
        ops.push(Operation::new("Tf", vec![font.into(), size.into()]));
        ops.push(Operation::new(
            "Tm",
            vec![
                1.into(),
                0.into(),
                0.into(),
                1.into(),
                MARGIN.into(),
                (*y).into(),
            ],
        ));
        ops.push(Operation::new(
            "Tj",
            vec![Object::String(win_ansi(text), StringFormat::Literal)],
        ));
        *y -= size * 1.45;
    };
    for block in blocks {
        match block {
            Block::Title(t) => {
                for l in wrap(t, LINE_CHARS * 2 / 3) {
                    line(&mut ops, "F2", TITLE_SIZE, &l, &mut y);
                }
                y -= BODY_SIZE;
            }
            Block::Text(t) => {
                for l in wrap(t, LINE_CHARS) {
                    line(&mut ops, "F1", BODY_SIZE, &l, &mut y);
                }
                y -= BODY_SIZE * 0.5;
            }
            Block::Field(label, value) => {
                for l in wrap(&format!("{label}: {value}"), LINE_CHARS) {
                    line(&mut ops, "F1", BODY_SIZE, &l, &mut y);
                }
            }
            Block::Blank(label) => {
                y -= BODY_SIZE;
                line(
                    &mut ops,
                    "F1",
                    BODY_SIZE,
                    &format!("{label}: ____________________________________"),
                    &mut y,
                );
            }
            Block::Gap => y -= BODY_SIZE * 1.5,
        }
    }
    let mut y = MARGIN + BODY_SIZE * 1.45 * footer.len() as f32;
    for f in footer {
        line(&mut ops, "F2", BODY_SIZE, f, &mut y);
    }
    ops.push(Operation::new("ET", vec![]));

    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = |name: &str| {
        dictionary! {
            "Type" => "Font",
            "Subtype" => "Type1",
            "BaseFont" => name,
            "Encoding" => "WinAnsiEncoding",
        }
    };
    let regular = doc.add_object(font("Helvetica"));
    let bold = doc.add_object(font("Helvetica-Bold"));
    let resources = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => regular, "F2" => bold },
    });
    let content = Content { operations: ops }
        .encode()
        .map_err(|e| Error(e.to_string()))?;
    let content_id = doc.add_object(Stream::new(dictionary! {}, content));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
            "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), PAGE_WIDTH.into(), PAGE_HEIGHT.into()],
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|e| Error(e.to_string()))?;
    Ok(out)
}

/// Lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut current = String::new();
        for word in paragraph.split_whitespace() {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        lines.push(current);
    }
    lines
}

/// The Windows-1252 bytes of `text`; a letter beyond it loses its accent, and what has
/// no plain form becomes "?".
fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| win_ansi_byte(c).or_else(|| plain(c)).unwrap_or(b'?'))
        .collect()
}

/// The plain letter under `c`: its base letter once its marks are taken off ("ź" is "z"),
/// or a look-alike.
fn plain(c: char) -> Option<u8> {
    plain_letter(c).or_else(|| {
        c.nfd()
            .next()
            .filter(char::is_ascii_alphanumeric)
            .and_then(win_ansi_byte)
    })
}

/// Letters that have no decomposition but a plain look-alike.
fn plain_letter(c: char) -> Option<u8> {
    Some(match c {
        'Ł' => b'L',
        'ł' => b'l',
        'Đ' => b'D',
        'đ' => b'd',
        'ı' => b'i',
        'Ħ' => b'H',
        'ħ' => b'h',
        _ => return None,
    })
}

fn win_ansi_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    if code < 0x80 || (0xA0..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    // The 0x80–0x9F row of Windows-1252.
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        // Spaces the catalogues use around French punctuation.
        '\u{202F}' | '\u{2009}' => 0xA0,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_latin_letters_are_written_in_windows_1252() {
        assert_eq!(
            win_ansi("Liège œuvre 5 €"),
            b"Li\xe8ge \x9cuvre 5 \x80".to_vec()
        );
        assert_eq!(
            win_ansi("Łódź"),
            b"L\xf3dz".to_vec(),
            "ó is in it; Ł and ź lose their marks"
        );
        assert_eq!(win_ansi("東京"), b"??".to_vec());
    }

    #[test]
    fn a_page_parses_and_its_text_reads_back() {
        let pdf = one_page(
            &[
                Block::Title("Commitment of the city".into()),
                Block::Field("City".into(), "Liège".into()),
                Block::Text("word ".repeat(60)),
                Block::Blank("Signature".into()),
            ],
            &["Reference GNLC-1-42".into(), "Digest 3F9A-C2E1-07B4".into()],
        )
        .unwrap();
        let doc = Document::load_mem(&pdf).unwrap();
        assert_eq!(doc.get_pages().len(), 1);
        let text = doc.extract_text(&[1]).unwrap();
        assert!(
            text.contains("GNLC-1-42") && text.contains("3F9A-C2E1-07B4"),
            "{text}"
        );
        assert!(text.contains("Liège"), "{text}");
        assert_eq!(wrap("a b c d", 3), vec!["a b", "c d"]);
    }
}
