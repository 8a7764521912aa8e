//! Parses every file named on the command line and reports failures and time.
//!
//! `cargo run --release -p pyex --example parse_files -- $(python3 -c "import sysconfig; print(sysconfig.get_path('stdlib'))")/*.py`

use std::time::{Duration, Instant};

fn main() {
    let mut ok = 0;
    let mut total = Duration::ZERO;
    let mut failed = Vec::new();
    for path in std::env::args().skip(1) {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        let start = Instant::now();
        let result = pyex::parse_module(&source);
        total += start.elapsed();
        match result {
            Ok(_) => ok += 1,
            Err(e) => failed.push(format!("{path}: {e} col {}", e.offset)),
        }
    }
    for f in &failed {
        eprintln!("{f}");
    }
    eprintln!(
        "{ok} parsed, {} failed, {:.1} ms",
        failed.len(),
        total.as_secs_f64() * 1e3
    );
}
