//! PDF → text: the characters of a PDF's text layer (read with pdf-extract), put into lines and blocks the way
//! poppler's `pdftotext` writes them, the form the text reader already takes: the lines of one block (a
//! paragraph, a table cell) one under the other, a blank line before a block that starts up or to the right of
//! where the last one ended or well below it, or across a ruling of the page (the next cell of a table row), a
//! form feed after each page; on a page that marks where its paragraphs open (indent, spacing), a line wrapped
//! at the right margin goes on with the line above (`page.rs`).
//! A scanned page has no text layer: such a PDF gives no text.

mod page;
use page::Lines;

/// Whether the bytes are a PDF file.
pub fn is_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

/// The text of a PDF's pages, or `None` when it has none that can be read (a scan, an encrypted file, fonts
/// pdf-extract cannot map to Unicode).
pub fn to_text(bytes: &[u8]) -> Option<String> {
    quiet_pdf_panics();
    let mut lines = Lines::default();
    // pdf-extract panics on some encodings it does not know; that PDF then has no text we can read.
    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut doc = pdf_extract::Document::load_mem(bytes).ok()?;
        if doc.is_encrypted() && doc.decrypt("").is_err() {
            return None;
        }
        unicode_encodings_as_identity(&mut doc);
        pdf_extract::output_doc(&doc, &mut lines).ok()
    }));
    match done {
        Ok(Some(())) if lines.out.chars().any(|c| !c.is_whitespace()) => Some(lines.out),
        _ => None,
    }
}

/// The crates that read PDFs: a panic of theirs is caught and becomes the document's warning, so the message
/// the default hook would print to the terminal is left out.
const PDF_CRATES: &[&str] = &[
    "pdf-extract-",
    "lopdf-",
    "adobe-cmap-parser-",
    "cff-parser-",
    "type1-encoding-parser-",
    "postscript-",
];

fn quiet_pdf_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let ours = info
                .location()
                .is_some_and(|l| PDF_CRATES.iter().any(|c| l.file().contains(c)));
            if !ours {
                previous(info);
            }
        }));
    });
}

/// The predefined CMaps whose codes are the characters themselves (UCS-2 / UTF-16 big-endian), as PDFs with
/// fonts they do not embed (宋体 as Adobe's STSong-Light) write them.
const UNICODE_CMAPS: &[&[u8]] = &[
    b"UniGB-UCS2-H",
    b"UniGB-UTF16-H",
    b"UniCNS-UCS2-H",
    b"UniCNS-UTF16-H",
    b"UniJIS-UCS2-H",
    b"UniJIS-UTF16-H",
    b"UniKS-UCS2-H",
    b"UniKS-UTF16-H",
];

/// pdf-extract reads two-byte codes only through Identity-H: a Type0 font whose codes are Unicode (UniGB-UCS2-H…)
/// gets Identity-H as its encoding and, unless it has one, a ToUnicode map sending each code to itself.
fn unicode_encodings_as_identity(doc: &mut pdf_extract::Document) {
    use pdf_extract::{Dictionary, Object, Stream};
    let fonts: Vec<_> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_dict().is_ok_and(|d| {
                d.get(b"Subtype")
                    .and_then(Object::as_name)
                    .is_ok_and(|n| n == b"Type0")
                    && d.get(b"Encoding")
                        .and_then(Object::as_name)
                        .is_ok_and(|n| UNICODE_CMAPS.contains(&n))
            })
        })
        .map(|(id, _)| *id)
        .collect();
    if fonts.is_empty() {
        return;
    }
    // Every two-byte code to the same UTF-16 unit; a range may not cross its first byte, hence one per byte.
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CMapName /Identity-UCS2 def\n\
         1 begincodespacerange <0000> <FFFF> endcodespacerange\n",
    );
    for chunk in (0..256u32).collect::<Vec<_>>().chunks(100) {
        cmap.push_str(&format!("{} beginbfrange\n", chunk.len()));
        for hi in chunk {
            cmap.push_str(&format!("<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>\n"));
        }
        cmap.push_str("endbfrange\n");
    }
    cmap.push_str("endcmap CMapName currentdict /CMap defineresource pop end end\n");
    let to_unicode = doc.add_object(Stream::new(Dictionary::new(), cmap.into_bytes()));
    for id in fonts {
        if let Ok(Object::Dictionary(d)) = doc.get_object_mut(id) {
            d.set("Encoding", Object::Name(b"Identity-H".to_vec()));
            if !d.has(b"ToUnicode") {
                d.set("ToUnicode", Object::Reference(to_unicode));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_a_pdf_or_no_text() {
        assert!(to_text(b"plain text").is_none());
        assert!(!is_pdf(b"plain text"));
        assert!(to_text(b"%PDF-1.4\n% broken\n").is_none());
        assert!(is_pdf(b"%PDF-1.4\n"));
    }
}
