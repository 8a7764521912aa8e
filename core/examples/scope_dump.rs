//! Prints the scope table of each file named on the command line, in the
//! format of `core/tests/data/scope_record.py` (or the `SyntaxError`), each
//! after a `## path` line.
//!
//! `cargo run -p pyex --example scope_dump -- file.py...`

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        println!("## {path}");
        let module = match pyex::parse_module(&source) {
            Ok(module) => module,
            Err(e) => {
                println!("parse error: {e}");
                continue;
            }
        };
        let index = pyex::syntax::LineIndex::new(&source);
        match pyex::compile::analyze(&module, &index) {
            Ok(table) => print!("{}", pyex::compile::dump(&table, &module, &index)),
            Err(e) => {
                let end_offset = if e.end_offset == pyex::SyntaxError::NO_END_OFFSET {
                    "None".to_owned()
                } else {
                    e.end_offset.to_string()
                };
                println!(
                    "{}: {} ({}, {}, {}, {end_offset})",
                    e.kind, e.msg, e.lineno, e.offset, e.end_lineno
                );
            }
        }
    }
}
