//! Times parsing and scope analysis of every file named on the command line.
//!
//! `cargo run --release -p pyex --example scope_timing -- $(python3 -c "import sysconfig; print(sysconfig.get_path('stdlib'))")/*.py`

use std::time::{Duration, Instant};

fn main() {
    let (mut parse, mut analyze, mut files) = (Duration::ZERO, Duration::ZERO, 0);
    for path in std::env::args().skip(1) {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        let start = Instant::now();
        let Ok(module) = pyex::parse_module(&source) else {
            continue;
        };
        parse += start.elapsed();
        let start = Instant::now();
        let index = pyex::syntax::LineIndex::new(&source);
        let result = pyex::compile::analyze(&module, &index);
        analyze += start.elapsed();
        files += usize::from(result.is_ok());
    }
    eprintln!(
        "{files} files: parse {:.1} ms, analyze {:.1} ms",
        parse.as_secs_f64() * 1e3,
        analyze.as_secs_f64() * 1e3
    );
}
