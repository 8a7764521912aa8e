//! Mutates the files named on the command line (deterministic byte edits)
//! and parses every mutant: reports panics and parses slower than 1 s.
//!
//! `fuzz_parse MUTANTS_PER_FILE FILE...`

use std::time::{Duration, Instant};

/// Python-ish fragments spliced into mutants.
const FRAGMENTS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "\n", "    ", "\t", "'", "\"", "f'{", "}",
    "if ", "else", "lambda", "*", "**", "not ", "async ", "await ", "match ", "case ", "@", ";",
    "\\\n", "#", "é", "0x", "1_", ".", "->", ":=", "yield", "print ", "\"\"\"",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let per_file: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let (mut runs, mut panics, mut slow) = (0, 0, 0);
    std::panic::set_hook(Box::new(|_| {}));
    for path in args {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        for _ in 0..per_file {
            let mut text = source.clone();
            for _ in 0..=(next() % 4) {
                let mut at = (next() as usize) % (text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let frag = FRAGMENTS[(next() as usize) % FRAGMENTS.len()];
                match next() % 3 {
                    0 => text.insert_str(at, frag),
                    1 => {
                        let mut end = (at + (next() as usize) % 8).min(text.len());
                        while !text.is_char_boundary(end) {
                            end -= 1;
                        }
                        text.replace_range(at..end, "");
                    }
                    _ => {
                        let mut end = (at + frag.len()).min(text.len());
                        while !text.is_char_boundary(end) {
                            end -= 1;
                        }
                        text.replace_range(at..end, frag);
                    }
                }
            }
            runs += 1;
            let start = Instant::now();
            let result = std::panic::catch_unwind(|| pyex::parse_module(&text));
            let elapsed = start.elapsed();
            if result.is_err() {
                panics += 1;
                let name = format!("target/fuzz-panic-{panics}.py");
                let _ = std::fs::write(&name, &text);
                eprintln!("panic: {path} -> {name}");
            }
            if elapsed > Duration::from_secs(1) {
                slow += 1;
                let name = format!("target/fuzz-slow-{slow}.py");
                let _ = std::fs::write(&name, &text);
                eprintln!("slow ({elapsed:?}): {path} -> {name}");
            }
        }
    }
    eprintln!("{runs} mutants, {panics} panics, {slow} slow");
}
