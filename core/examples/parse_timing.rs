//! Per-file parse time, for `scripts/parse_vs_cpython.py`.
//!
//! `parse_timing [--repeat N] FILE...` parses each file N times (default 5) and prints one
//! line per file: `<best nanoseconds>\t<ok|error>\t<path>`. Best-of-N, like the CPython side
//! of the comparison, so both report the least disturbed run.

use std::io::Write as _;
use std::process::ExitCode;
use std::time::Instant;

/// The command line: repeat count and files.
struct Args {
    repeat: u32,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut parsed = Args {
        repeat: 5,
        files: Vec::new(),
    };
    while let Some(arg) = args.next() {
        if arg == "--repeat" {
            let value = args.next().ok_or("--repeat needs a number")?;
            parsed.repeat = value
                .parse()
                .ok()
                .filter(|&n| n > 0)
                .ok_or(format!("--repeat: not a positive number: {value}"))?;
        } else {
            parsed.files.push(arg);
        }
    }
    if parsed.files.is_empty() {
        return Err("usage: parse_timing [--repeat N] FILE...".into());
    }
    Ok(parsed)
}

/// The best time over `repeat` parses, and whether the parse succeeded.
/// With `PYEX_PARSE_REFERENCE=1`, the pest parser alone (the path before the
/// fast parser existed), for before/after comparisons.
fn time_file(source: &str, repeat: u32) -> (u128, bool) {
    let parse = if std::env::var_os("PYEX_PARSE_REFERENCE").is_some() {
        pyex::syntax::parse_module_reference
    } else {
        pyex::parse_module
    };
    let mut best = u128::MAX;
    let mut ok = false;
    for _ in 0..repeat {
        let start = Instant::now();
        let result = parse(std::hint::black_box(source));
        best = best.min(start.elapsed().as_nanos());
        ok = result.is_ok();
    }
    (best, ok)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("parse_timing: {message}");
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    for file in &args.files {
        let source = match std::fs::read_to_string(file) {
            Ok(source) => source,
            Err(err) => {
                eprintln!("parse_timing: {file}: {err}");
                return ExitCode::FAILURE;
            }
        };
        let (nanos, ok) = time_file(&source, args.repeat);
        let status = if ok { "ok" } else { "error" };
        if writeln!(out, "{nanos}\t{status}\t{file}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
