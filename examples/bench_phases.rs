//! Where extraction time goes (prints numbers; not a test):
//!
//!     cargo run --release --no-default-features --example bench_phases [-- --mb 20] [--whole]
//!
//! On the same swapped-seeds corpus as `bench_extract`, on one thread: each stage run alone over every
//! document (decode, paragraphs) or paragraph (notes, headings, places, projects, industries, units in running
//! text, citations), then the whole per-document extraction and the merge into one graph (`--whole`: only
//! these two, for a profiler). The stages overlap
//! with the whole (it calls them), so they say what share each has, not a sum.

use policy_atlas::extract::{self, departments::GovContext, *};
use std::time::Instant;

fn main() {
    let mb = std::env::args()
        .skip_while(|a| a != "--mb")
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(20usize);
    let sources = extract::synthetic::swapped_seeds(mb << 20);
    let bytes: Vec<&[u8]> = sources
        .iter()
        .filter_map(|s| s.bytes.as_deref().ok())
        .collect();
    let total: usize = bytes.iter().map(|b| b.len()).sum();
    let _ = &*lexicon::LEXICON;
    println!("corpus docs={} bytes={total}", sources.len());
    let mut t = Instant::now();
    let mut lap = |name: &str| {
        let s = t.elapsed().as_secs_f64();
        println!(
            "{name:<22} {:>7.1} ms  {:>7.1} MB/s",
            s * 1e3,
            total as f64 / (1 << 20) as f64 / s
        );
        t = Instant::now();
    };
    let whole_only = std::env::args().any(|a| a == "--whole");
    let texts: Vec<String> = bytes
        .iter()
        .filter_map(|b| decode::decode(b).ok().map(|d| d.text))
        .collect();
    lap("decode");
    let paras: Vec<Vec<text::Para>> = if whole_only {
        Vec::new()
    } else {
        texts.iter().map(|x| text::paragraphs(x)).collect()
    };
    lap("paragraphs");
    let gov = GovContext {
        home: Some("包头市".into()),
        ..Default::default()
    };
    let rule = notes::lead_rule("");
    let mut n = 0usize;
    let mut each = |name: &str, f: &dyn Fn(&str) -> usize| {
        for ps in &paras {
            for p in ps {
                n += f(&p.text);
            }
        }
        lap(name);
    };
    each("notes", &|p| {
        usize::from(notes::parse_note(p, &gov, &rule).is_some())
            + usize::from(notes::parse_label_line(p, &gov, &rule).is_some())
    });
    each("headings", &|p| {
        usize::from(structure::heading_level(p).is_some())
    });
    each("places", &|p| {
        places::find_places(p, Some("包头市")).0.len()
    });
    each("projects", &|p| projects::find_projects(p, &[]).len());
    each("industries", &|p| industries::find_industries(p, &[]).len());
    each("units in running text", &|p| {
        running::find_units(p, &gov, &[]).len()
    });
    each("citations", &|p| structure::citations(p).len());
    let ids = extract::assign_ids(&sources);
    let results: Vec<extract::Extracted> = sources
        .iter()
        .zip(&ids)
        .map(|(s, id)| extract::extract_with_id(s, id))
        .collect();
    lap("whole, per document");
    let g = extract::assemble(results);
    lap("assemble");
    std::hint::black_box((n, g.node_count()));
}
