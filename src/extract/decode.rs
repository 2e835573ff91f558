//! Bytes → text: BOMs, UTF-16, GB18030/GBK (detected with chardetng), refusing binary and empty input;
//! HTML pages become the text they show, Word documents (.docx, .doc) the text of their body, PDFs the text of
//! their pages, workbooks (.xlsx, .xls, .ods) their sheets' rows.

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

/// Why a file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// No bytes, or only white space.
    #[error("the file is empty")]
    Empty,
    /// NUL bytes or control characters: not a text document.
    #[error("the file is binary, not text")]
    Binary,
    /// The bytes are not valid in any encoding we read.
    #[error("the bytes are not valid text in UTF-8, UTF-16 or GB18030")]
    Undecodable,
    /// A PDF without a text layer that can be read: a scan, or fonts that cannot be mapped to characters.
    #[error(
        "the PDF has no text that can be read: a scan (it needs OCR first), or fonts whose encoding is not supported"
    )]
    PdfWithoutText,
    /// A table of nodes, edges or documents written by policy-atlas's own export (CSV or Excel).
    #[error("the file is a graph exported by policy-atlas, not a document")]
    GraphExport,
}

/// Decoded text and the name of the encoding it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without BOM.
    pub text: String,
    /// Encoding name (UTF-8, UTF-16LE, GB18030 …).
    pub encoding: &'static str,
}

/// The encoding name of a text read from a workbook's sheets.
pub const SPREADSHEET: &str = "SPREADSHEET";

/// Decodes a document's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if super::pdf::is_pdf(bytes) {
        return match super::pdf::to_text(bytes) {
            Some(text) => finish(text, "PDF"),
            None => Err(DecodeError::PdfWithoutText),
        };
    }
    // A Word document (.docx) is read as the text of its body; any other archive is not text.
    if super::docx::is_zip(bytes) {
        if let Some(text) = super::docx::to_text(bytes) {
            return finish(text, "DOCX");
        }
        // A workbook (.xlsx, .ods) is read as its sheets' rows.
        return match super::sheets::to_text(bytes) {
            Some(text) => finish(text, SPREADSHEET),
            None => Err(DecodeError::Binary),
        };
    }
    // A Word 97–2003 document (.doc) or an Excel 97–2003 workbook (.xls); any other compound file is not text.
    if super::sheets::is_ole(bytes) {
        if let Some(text) = super::doc::to_text(bytes) {
            return finish(text, "DOC");
        }
        return match super::sheets::to_text(bytes) {
            Some(text) => finish(text, SPREADSHEET),
            None => Err(DecodeError::Binary),
        };
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors && enc != UTF_8 {
            return Err(DecodeError::Undecodable);
        }
        return finish(text.into_owned(), enc.name());
    }
    if looks_utf16(bytes) {
        let enc = if bytes.iter().step_by(2).filter(|b| **b == 0).count() > bytes.len() / 4 {
            UTF_16BE
        } else {
            UTF_16LE
        };
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if !had_errors {
            return finish(text.into_owned(), enc.name());
        }
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return finish(s.to_owned(), "UTF-8");
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let guess = det.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    // GBK is a subset of GB18030; decode every Chinese guess as GB18030.
    let enc = if guess == UTF_8 || guess.name().starts_with("GB") || guess.name() == "gbk" {
        GB18030
    } else {
        guess
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let text = text.into_owned();
    if had_errors {
        let bad = text.chars().filter(|c| *c == '\u{FFFD}').count();
        if bad * 20 > text.chars().count().max(1) {
            return Err(DecodeError::Undecodable);
        }
    }
    finish(text, enc.name())
}

fn looks_utf16(bytes: &[u8]) -> bool {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return false;
    }
    let zeros_even = bytes.iter().step_by(2).filter(|b| **b == 0).count();
    let zeros_odd = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    let half = bytes.len() / 2;
    // ASCII-heavy UTF-16 has a zero in every other byte.
    zeros_even * 3 > half * 2 || zeros_odd * 3 > half * 2
}

fn finish(text: String, encoding: &'static str) -> Result<Decoded, DecodeError> {
    // A saved web page is read as the text it shows.
    let text = if super::html::looks_like_html(&text) {
        super::html::to_text(&text)
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let total = text.chars().count();
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if control * 10 > total {
        return Err(DecodeError::Binary);
    }
    Ok(Decoded { text, encoding })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_archive_that_is_no_word_document_is_binary() {
        assert_eq!(
            decode(b"PK\x03\x04\x14\x00 broken archive"),
            Err(DecodeError::Binary)
        );
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode("包头市".as_bytes()).map(|d| d.text),
            Ok("包头市".into())
        );
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend("包头市".as_bytes());
        assert_eq!(decode(&b).map(|d| d.text), Ok("包头市".into()));
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "呼和浩特市发展和改革委员会".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        let d = decode(&b).map(|d| d.text);
        assert_eq!(d, Ok("呼和浩特市发展和改革委员会".into()));
    }

    #[test]
    fn gbk_is_detected() {
        let text = "包头市人民政府关于印发工作方案的通知。责任单位：市发改委；完成时限：持续推进。";
        let (bytes, _, _) = GB18030.encode(text);
        let d = decode(&bytes).map(|d| d.text);
        assert_eq!(d, Ok(text.into()));
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert_eq!(decode(b"   \n"), Err(DecodeError::Empty));
        assert_eq!(
            decode(&[0x89, b'P', b'N', b'G', 0, 0, 1, 2, 3, 0, 0xff]),
            Err(DecodeError::Binary)
        );
    }
}
