//! Prints CPython's six `SyntaxError` fields for each NUL-separated program on
//! stdin, one line each (`OK` when it parses); a tool to compare with python3.
//!
//! `printf 'if x\n\0f(a b)\n' | cargo run -q -p pyex --example error_fields`

use std::fmt::Write as _;
use std::io::{Read, Write as _};

fn main() {
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        return;
    }
    let mut out = String::new();
    for source in input.split('\0') {
        let _ = match std::panic::catch_unwind(|| pyex::parse_module(source)) {
            Ok(Ok(_)) => writeln!(out, "OK"),
            Ok(Err(e)) => writeln!(
                out,
                "{}|{}|{}|{}|{}|{}",
                e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
            ),
            Err(_) => writeln!(out, "PANIC"),
        };
    }
    let _ = std::io::stdout().write_all(out.as_bytes());
}
