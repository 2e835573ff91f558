//! Extraction benchmark (prints numbers; not a test):
//!
//!     cargo run --release --no-default-features --example bench_extract [-- --mb 20]
//!
//! 1. the five embedded seeds, median of 20 runs;
//! 2. a corpus of at least `--mb` MB made of the seeds repeated with their place names swapped for other
//!    Inner Mongolia cities, extracted by policy-atlas and, in the same run, segmented by plain jieba-rs `cut`.

use policy_atlas::extract;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let arg = |name: &str, default: usize| -> usize {
        std::env::args()
            .skip_while(|a| a != name)
            .nth(1)
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let mb = arg("--mb", 20);
    let runs = arg("--runs", 20);
    let seeds = extract::seed_sources();
    let seed_bytes: usize = extract::SEEDS.iter().map(|(_, t)| t.len()).sum();
    let t0 = Instant::now();
    let g = extract::build_graph(&seeds);
    let first_ms = t0.elapsed().as_secs_f64() * 1e3;
    let runs: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            let g = extract::build_graph(&seeds);
            std::hint::black_box(g.node_count());
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    println!(
        "seeds docs={} bytes={} nodes={} edges={} first_run_ms={:.1} median_ms={:.1}",
        g.documents.len(),
        seed_bytes,
        g.node_count(),
        g.edge_count(),
        first_ms,
        median(runs)
    );

    let sources = extract::synthetic::swapped_seeds(mb << 20);
    let bytes: usize = sources
        .iter()
        .map(|s| s.bytes.as_ref().map(|b| b.len()).unwrap_or(0))
        .sum();
    // The two steps apart (extract on every core, then merge), then as the app and the command line run them:
    // each document merged as soon as it is extracted.
    let t = Instant::now();
    let results = extract::extract_all(&sources, &|| true);
    let extract_s = t.elapsed().as_secs_f64();
    let g = extract::assemble(results);
    let apart = t.elapsed().as_secs_f64();
    drop(g);
    let t = Instant::now();
    let g = extract::extract_merged(&sources, &|| true);
    let ours = t.elapsed().as_secs_f64();
    println!(
        "corpus phases extract_all_s={extract_s:.2} assemble_s={:.2} apart_s={apart:.2} merged_s={ours:.2}",
        apart - extract_s
    );
    let texts: Vec<String> = sources
        .iter()
        .filter_map(|s| {
            s.bytes
                .as_ref()
                .ok()
                .map(|b| String::from_utf8_lossy(b).into_owned())
        })
        .collect();
    let jieba = jieba_rs::Jieba::new();
    let t = Instant::now();
    let mut words = 0usize;
    for text in &texts {
        words += jieba.cut(text, false).len();
    }
    let jieba_s = t.elapsed().as_secs_f64();
    // jieba's own default (Python `jieba.cut`) also guesses unknown words with its HMM; reported for
    // reference, the target is measured against the faster dictionary-only cut above.
    let t = Instant::now();
    let mut hmm_words = 0usize;
    for text in &texts {
        hmm_words += jieba.cut(text, true).len();
    }
    let jieba_hmm_s = t.elapsed().as_secs_f64();
    let mb_f = bytes as f64 / (1 << 20) as f64;
    println!(
        "corpus docs={} bytes={} nodes={} edges={} ours_s={:.2} ours_mb_per_s={:.1} jieba_cut_s={:.2} jieba_mb_per_s={:.1} jieba_words={} speedup_vs_jieba={:.2}",
        g.documents.len(),
        bytes,
        g.node_count(),
        g.edge_count(),
        ours,
        mb_f / ours,
        jieba_s,
        mb_f / jieba_s,
        words,
        jieba_s / ours
    );
    println!(
        "reference jieba_cut_hmm_s={jieba_hmm_s:.2} jieba_hmm_mb_per_s={:.1} jieba_hmm_words={hmm_words} speedup_vs_jieba_hmm={:.2}",
        mb_f / jieba_hmm_s,
        jieba_hmm_s / ours
    );
}
