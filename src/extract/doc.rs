//! Word 97–2003 documents (.doc): the text of the main document, read through its piece table ([MS-DOC]
//! 2.4.1), with fields shown as their results and each table row on a line of its own, its cells separated by
//! tabs and the paragraphs of a cell joined by 、 (the form the table reader takes, as for a .docx). Which
//! paragraphs lie in a table and which cell marks end a row is read from the paragraphs' properties
//! (sprmPFInTable, sprmPFTtp in the PAPX FKPs).

use std::io::{Cursor, Read};

/// The text of a Word 97–2003 document, or `None` when the bytes are none (or an encrypted one).
pub fn to_text(bytes: &[u8]) -> Option<String> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).ok()?;
    let word = read_stream(&mut file, "/WordDocument")?;
    if u16_at(&word, 0)? != 0xA5EC {
        return None;
    }
    let flags = u16_at(&word, 0x0A)?;
    // fEncrypted, fObfuscated.
    if flags & 0x0100 != 0 || flags & 0x8000 != 0 {
        return None;
    }
    let table_name = if flags & 0x0200 != 0 {
        "/1Table"
    } else {
        "/0Table"
    };
    let table = read_stream(&mut file, table_name)?;
    let fib = Fib::read(&word)?;
    let pieces = pieces(&table, fib.fc_clx, fib.lcb_clx)?;
    let props = table_paragraphs(&word, &table, fib.fc_plcf_bte_papx, fib.lcb_plcf_bte_papx);
    let mut chars: Vec<(char, u32)> = Vec::new();
    for p in &pieces {
        if p.cp_start >= fib.ccp_text {
            break;
        }
        let end = p.cp_end.min(fib.ccp_text);
        for k in 0..(end - p.cp_start) {
            let (c, fc) = if p.compressed {
                let at = p.fc as usize + k as usize;
                (cp1252(*word.get(at)?), at as u32)
            } else {
                let at = p.fc as usize + 2 * k as usize;
                let unit = u16_at(&word, at)?;
                (
                    char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}'),
                    at as u32,
                )
            };
            chars.push((c, fc));
        }
    }
    Some(render(&chars, &props))
}

fn read_stream<F: Read + std::io::Seek>(
    file: &mut cfb::CompoundFile<F>,
    name: &str,
) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    file.open_stream(name).ok()?.read_to_end(&mut out).ok()?;
    Some(out)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// What the reader needs of the File Information Block.
struct Fib {
    ccp_text: u32,
    fc_clx: u32,
    lcb_clx: u32,
    fc_plcf_bte_papx: u32,
    lcb_plcf_bte_papx: u32,
}

impl Fib {
    fn read(w: &[u8]) -> Option<Fib> {
        // FibBase (32 bytes), then csw and FibRgW97, cslw and FibRgLw97, cbRgFcLcb and FibRgFcLcb.
        let csw = u16_at(w, 32)? as usize;
        let lw = 34 + 2 * csw;
        let cslw = u16_at(w, lw)? as usize;
        let rg_lw = lw + 2;
        let blob = rg_lw + 4 * cslw + 2;
        let pair = |i: usize| -> Option<(u32, u32)> {
            Some((u32_at(w, blob + 8 * i)?, u32_at(w, blob + 8 * i + 4)?))
        };
        let (fc_clx, lcb_clx) = pair(33)?;
        let (fc_plcf_bte_papx, lcb_plcf_bte_papx) = pair(13)?;
        Some(Fib {
            ccp_text: u32_at(w, rg_lw + 4 * 3)?,
            fc_clx,
            lcb_clx,
            fc_plcf_bte_papx,
            lcb_plcf_bte_papx,
        })
    }
}

/// A run of the main text stored in one place of the WordDocument stream.
struct Piece {
    cp_start: u32,
    cp_end: u32,
    /// Byte offset of its first character.
    fc: u32,
    /// One byte per character (Windows-1252) rather than two (UTF-16).
    compressed: bool,
}

/// The piece table: the Clx's Pcdt after any Prcs.
fn pieces(table: &[u8], fc: u32, lcb: u32) -> Option<Vec<Piece>> {
    let clx = table.get(fc as usize..(fc as usize).checked_add(lcb as usize)?)?;
    let mut at = 0usize;
    while *clx.get(at)? == 0x01 {
        let cb = u16_at(clx, at + 1)? as usize;
        at += 3 + cb;
    }
    if *clx.get(at)? != 0x02 {
        return None;
    }
    let len = u32_at(clx, at + 1)? as usize;
    let plc = clx.get(at + 5..at + 5 + len)?;
    // n + 1 character positions, then n piece descriptors of 8 bytes.
    let n = len.checked_sub(4)? / 12;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (cp_start, cp_end) = (u32_at(plc, 4 * i)?, u32_at(plc, 4 * i + 4)?);
        let raw = u32_at(plc, 4 * (n + 1) + 8 * i + 2)?;
        let compressed = raw & 0x4000_0000 != 0;
        let fc = raw & 0x3FFF_FFFF;
        out.push(Piece {
            cp_start,
            cp_end: cp_end.max(cp_start),
            fc: if compressed { fc / 2 } else { fc },
            compressed,
        });
    }
    Some(out)
}

/// The paragraphs that lie in a table and those that end a table row, as ranges of stream offsets (fc).
#[derive(Debug, Default)]
struct TableParagraphs {
    in_table: Vec<(u32, u32)>,
    row_ends: Vec<(u32, u32)>,
}

fn within(ranges: &[(u32, u32)], fc: u32) -> bool {
    let i = ranges.partition_point(|(s, _)| *s <= fc);
    i > 0 && fc < ranges[i - 1].1
}

/// Reads the paragraphs' properties: the PlcBtePapx names the 512-byte FKP pages, each run of which points to
/// the properties (PapxInFkp) of one paragraph.
fn table_paragraphs(word: &[u8], table: &[u8], fc: u32, lcb: u32) -> TableParagraphs {
    let mut out = TableParagraphs::default();
    let Some(plc) = table.get(fc as usize..(fc as usize).saturating_add(lcb as usize)) else {
        return out;
    };
    // n + 1 fcs, then n page numbers (u32) of FKPs.
    let n = plc.len().saturating_sub(4) / 8;
    for i in 0..n {
        let Some(page) = u32_at(plc, 4 * (n + 1) + 4 * i) else {
            continue;
        };
        let base = page as usize * 512;
        let Some(fkp) = word.get(base..base + 512) else {
            continue;
        };
        let crun = fkp[511] as usize;
        for r in 0..crun {
            let (Some(start), Some(end)) = (u32_at(fkp, 4 * r), u32_at(fkp, 4 * r + 4)) else {
                continue;
            };
            // BxPap: one byte, the word offset of the PapxInFkp (0: default properties).
            let Some(&bx) = fkp.get(4 * (crun + 1) + 13 * r) else {
                continue;
            };
            if bx == 0 {
                continue;
            }
            let sprms = set_sprms(fkp, bx as usize * 2);
            // sprmPFInTable, sprmPFTtp, sprmPFInnerTableCell, sprmPFInnerTtp.
            if sprms
                .iter()
                .any(|s| matches!(s, 0x2416 | 0x2417 | 0x244B | 0x244C))
            {
                out.in_table.push((start, end));
            }
            if sprms.iter().any(|s| matches!(s, 0x2417 | 0x244C)) {
                out.row_ends.push((start, end));
            }
        }
    }
    out.in_table.sort_unstable();
    out.row_ends.sort_unstable();
    out
}

/// The one-byte toggles a PapxInFkp at `at` sets on (operand not 0).
fn set_sprms(fkp: &[u8], at: usize) -> Vec<u16> {
    let mut out = Vec::new();
    let Some(&cb) = fkp.get(at) else {
        return out;
    };
    let (start, len) = if cb == 0 {
        match fkp.get(at + 1) {
            Some(&cb2) => (at + 2, 2 * cb2 as usize),
            None => return out,
        }
    } else {
        (at + 1, (2 * cb as usize).saturating_sub(1))
    };
    // The grpprl follows the paragraph's style index (2 bytes).
    let Some(grpprl) = fkp.get(start + 2..(start + len).min(fkp.len())) else {
        return out;
    };
    let mut i = 0;
    while i + 2 <= grpprl.len() {
        let sprm = u16::from_le_bytes([grpprl[i], grpprl[i + 1]]);
        let size = match sprm >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            _ if sprm == 0xD608 => grpprl
                .get(i + 2..i + 4)
                .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]) as usize + 1),
            _ => grpprl.get(i + 2).map_or(0, |&b| b as usize + 1),
        };
        if size == 1 && grpprl.get(i + 2).is_some_and(|&o| o != 0) {
            out.push(sprm);
        }
        i += 2 + size;
    }
    out
}

/// The characters as text: paragraphs end lines, cells end with tabs and rows with line ends, a field shows
/// its result, not its code; pictures and other anchors are left out.
fn render(chars: &[(char, u32)], props: &TableParagraphs) -> String {
    let mut out = String::with_capacity(chars.len() * 3);
    // Field nesting: each entry is whether we are in the field's code (before its separator).
    let mut fields: Vec<bool> = Vec::new();
    for &(c, fc) in chars {
        match c {
            '\u{13}' => fields.push(true),
            '\u{14}' => {
                if let Some(f) = fields.last_mut() {
                    *f = false;
                }
            }
            '\u{15}' => {
                fields.pop();
            }
            _ if fields.iter().any(|in_code| *in_code) => {}
            '\u{7}' => {
                if within(&props.row_ends, fc) {
                    // The row's end mark: the last cell's tab goes, the line ends.
                    if out.ends_with('\t') {
                        out.pop();
                    }
                    out.push('\n');
                } else {
                    out.push('\t');
                }
            }
            // A paragraph inside a cell: usually an item of a list (one unit per paragraph).
            '\r' if within(&props.in_table, fc) => {
                if out
                    .chars()
                    .next_back()
                    .is_some_and(|c| !"\t\n、，,；;。：:".contains(c))
                {
                    out.push('、');
                }
            }
            '\r' | '\u{b}' | '\u{c}' => out.push('\n'),
            '\u{1e}' => out.push('-'),
            '\u{a0}' => out.push(' '),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Windows-1252, the 8-bit form a piece of plain Latin text is stored in.
fn cp1252(b: u8) -> char {
    let byte = [b];
    let (s, _, _) = encoding_rs::WINDOWS_1252.decode(&byte);
    s.chars().next().unwrap_or('\u{FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_cells_and_rows() {
        // HYPERLINK code left out, its result kept; two cells then the row's end.
        let text: Vec<(char, u32)> =
            "见\u{13}HYPERLINK \"x\"\u{14}附件\u{15}\r序号\u{7}任务\u{7}\u{7}"
                .chars()
                .enumerate()
                .map(|(i, c)| (c, 100 + 2 * i as u32))
                .collect();
        let last = text.last().map_or(0, |x| x.1);
        let props = TableParagraphs {
            in_table: vec![(
                text.iter().find(|(c, _)| *c == '序').map_or(0, |x| x.1),
                last + 2,
            )],
            row_ends: vec![(last, last + 2)],
        };
        assert_eq!(render(&text, &props), "见附件\n序号\t任务\n");
        // Two paragraphs in one cell: one list.
        let cell: Vec<(char, u32)> = "市工信局\r市生态环境局\u{7}"
            .chars()
            .enumerate()
            .map(|(i, c)| (c, 2 * i as u32))
            .collect();
        let props = TableParagraphs {
            in_table: vec![(0, 100)],
            row_ends: vec![],
        };
        assert_eq!(render(&cell, &props), "市工信局、市生态环境局\t");
    }

    #[test]
    fn not_a_word_document() {
        assert!(to_text(b"plain text").is_none());
        assert!(to_text(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).is_none());
    }
}
