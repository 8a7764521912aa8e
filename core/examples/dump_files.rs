//! Writes `dump_with_attributes(module, Some(1))` of each file named on the
//! command line to `OUT_DIR/<n>.dump` (or `<n>.error`), numbering files in
//! argument order; for comparing whole source trees with CPython's `ast.dump`.
//!
//! `dump_files OUT_DIR FILE...`

use std::fs;
use std::path::Path;

use pyex::syntax::{dump_with_attributes, LineIndex};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next() else {
        eprintln!("usage: dump_files OUT_DIR FILE...");
        return;
    };
    let out = Path::new(&out);
    for (n, path) in args.enumerate() {
        let Ok(source) = fs::read_to_string(&path) else {
            continue;
        };
        let (name, text) = match pyex::parse_module(&source) {
            Ok(module) => (
                format!("{n}.dump"),
                dump_with_attributes(&module, Some(1), &LineIndex::new(&source)),
            ),
            Err(e) => (
                format!("{n}.error"),
                format!("{}: {} ({}:{})\n", e.kind, e.msg, e.lineno, e.offset),
            ),
        };
        if let Err(e) = fs::write(out.join(name), text) {
            eprintln!("dump_files: {e}");
        }
    }
}
