//! Small helpers over quick-xml shared by the XML formats (GraphML, GEXF, SVG).

use super::table::xml_safe;
use quick_xml::events::BytesText;

/// Element text, escaped: `&`, `<`, `>`, and `\r` as a character reference (a raw one would be read back as
/// `\n`); characters XML cannot carry are dropped.
pub fn text(s: &str) -> BytesText<'static> {
    let safe = xml_safe(s);
    let escaped = quick_xml::escape::partial_escape(safe.as_str()).replace('\r', "&#13;");
    BytesText::from_escaped(escaped)
}

/// An attribute value: quick-xml escapes it (quotes, `<`, `&`, tab and line breaks too); this only drops
/// characters XML cannot carry.
pub fn attr(s: &str) -> String {
    xml_safe(s)
}

/// quick-xml writes to `io::Write`; its errors are I/O errors.
pub type Writer<W> = quick_xml::Writer<W>;
