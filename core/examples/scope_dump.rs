//! Prints the scope table of each file named on the command line, in the
//! format of `core/tests/data/scope_record.py` (or the `SyntaxError`), each
//! after a `## path` line.
//!
//! `cargo run -p pyex --example scope_dump -- file.py...`

use std::io::Write;

/// The dump of one source, or its error in the recorder's format.
fn describe(source: &str) -> String {
    let index = pyex::syntax::LineIndex::new(source);
    let result = pyex::parse_module(source).and_then(|module| {
        let table = pyex::compile::analyze(&module, &index)?;
        Ok(pyex::compile::dump(&table, &module, &index))
    });
    result.unwrap_or_else(|e| {
        let end_offset = if e.end_offset == pyex::SyntaxError::NO_END_OFFSET {
            "None".to_owned()
        } else {
            e.end_offset.to_string()
        };
        format!(
            "{}: {} ({}, {}, {}, {end_offset})\n",
            e.kind, e.msg, e.lineno, e.offset, e.end_lineno
        )
    })
}

fn main() -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    for path in std::env::args().skip(1) {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        write!(out, "## {path}\n{}", describe(&source))?;
    }
    Ok(())
}
