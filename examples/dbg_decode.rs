//! Prints the text a file decodes to and its paragraphs (debugging aid):
//!
//!     cargo run --release --no-default-features --example dbg_decode -- FILE
fn main() {
    let p = std::env::args().nth(1).unwrap_or_default();
    let bytes = std::fs::read(&p).unwrap_or_default();
    match policy_atlas::extract::decode::decode(&bytes) {
        Ok(d) => {
            println!("encoding {}\n{}", d.encoding, d.text);
            for (i, x) in policy_atlas::extract::text::paragraphs(&d.text)
                .iter()
                .enumerate()
            {
                println!("[{i}] {}", x.text);
            }
        }
        Err(e) => println!("error: {e}"),
    }
}
