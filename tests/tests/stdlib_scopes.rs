//! The acceptance test of the resolver: for every top-level `.py` file of
//! CPython's stdlib, `pyex::compile::analyze` must classify every name of every
//! scope as CPython's symbol table does, and give each code object CPython's
//! `co_varnames`, `co_cellvars`, `co_freevars` and generator/coroutine flags.
//!
//! CPython's side comes from one python3 process running
//! `tests/stdlib_scopes.py`, in the format of `core/tests/data/scope_record.py`.
//! The test prints one line per failing file with its first differing hunk,
//! then `identical Y/N`. Filter files with `PYEX_STDLIB_FILTER=substring`.

use std::fs;
use std::path::Path;

use pyex::syntax::LineIndex;
use similar::TextDiff;

/// Lines of context around the first difference.
const CONTEXT: usize = 3;

/// At most this many lines of one hunk are printed.
const MAX_HUNK_LINES: usize = 24;

/// Whether a code-object line (`[varnames] ...`), which CPython has only for
/// the scopes it compiles.
fn is_code_line(line: &str) -> bool {
    line.trim_start().starts_with('[')
}

/// Splits a dump into per-scope blocks (symbols have `:`, code lines `[`).
fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut blocks: Vec<Vec<&str>> = Vec::new();
    for line in text.lines() {
        match blocks.last_mut() {
            Some(block) if line.contains(':') || is_code_line(line) => block.push(line),
            _ => blocks.push(vec![line]),
        }
    }
    blocks
}

/// Our dump, without code lines where CPython compiled no code object.
fn ours_like_theirs(ours: &str, theirs: &str) -> String {
    let theirs = blocks(theirs);
    let mut out = String::new();
    for (i, block) in blocks(ours).into_iter().enumerate() {
        let has_code = theirs
            .get(i)
            .is_some_and(|b| b.iter().any(|l| is_code_line(l)));
        for line in block {
            if has_code || !is_code_line(line) {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The first hunk of the unified diff from CPython's dump to ours.
fn first_hunk(expected: &str, ours: &str) -> String {
    let diff = TextDiff::from_lines(expected, ours);
    let unified = diff.unified_diff().context_radius(CONTEXT).to_string();
    let hunk = unified.lines().skip_while(|l| !l.starts_with("@@"));
    let mut lines: Vec<&str> = Vec::new();
    for line in hunk {
        if line.starts_with("@@") && !lines.is_empty() {
            break;
        }
        lines.push(line);
    }
    lines.truncate(MAX_HUNK_LINES);
    lines.join("\n")
}

/// What pyex says about one file, in the recorder's format.
fn ours(source: &str) -> String {
    let module = match pyex::parse_module(source) {
        Ok(module) => module,
        Err(err) => return format!("parse error: {err}\n"),
    };
    let index = LineIndex::new(source);
    match pyex::compile::analyze(&module, &index) {
        Ok(table) => pyex::compile::dump(&table, &module, &index),
        Err(e) => {
            let end_offset = if e.end_offset == pyex::SyntaxError::NO_END_OFFSET {
                "None".to_owned()
            } else {
                e.end_offset.to_string()
            };
            format!(
                "{}: {} ({}, {}, {}, {end_offset})\n",
                e.kind, e.msg, e.lineno, e.offset, e.end_lineno
            )
        }
    }
}

/// Compares one file; `Err` is the report to print.
fn check_file(stdlib: &Path, dumps: &Path, name: &str) -> Result<(), String> {
    let bytes = fs::read(stdlib.join(name)).unwrap();
    let Ok(source) = String::from_utf8(bytes) else {
        return Ok(());
    };
    let Ok(ours) = std::panic::catch_unwind(|| ours(&source)) else {
        return Err(format!("{name}: pyex panicked"));
    };
    let expected = fs::read_to_string(dumps.join(format!("{name}.scopes")))
        .unwrap_or_else(|_| panic!("python3 did not dump {name}"));
    let ours = ours_like_theirs(&ours, &expected);
    if ours == expected {
        return Ok(());
    }
    Err(format!(
        "{name}: scopes differ\n{}",
        first_hunk(&expected, &ours)
    ))
}

#[test]
fn stdlib_scopes_match_cpython() {
    let dumps = std::env::temp_dir().join(format!("pyex-stdlib-scopes-{}", std::process::id()));
    fs::create_dir_all(&dumps).unwrap();
    let stdlib = pyex_tests::run_cpython_script("stdlib_scopes.py", &dumps);
    let filter = std::env::var("PYEX_STDLIB_FILTER").unwrap_or_default();
    let mut names: Vec<String> = fs::read_dir(&stdlib)
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| Path::new(name).extension() == Some("py".as_ref()))
        .filter(|name| stdlib.join(name).is_file())
        .filter(|name| name.contains(&filter))
        .collect();
    names.sort();
    let mut identical = 0;
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for name in &names {
        match check_file(&stdlib, &dumps, name) {
            Ok(()) => identical += 1,
            Err(report) => eprintln!("{report}"),
        }
    }
    std::panic::set_hook(default_hook);
    let _ = fs::remove_dir_all(&dumps);
    let total = names.len();
    eprintln!("identical {identical}/{total}");
    assert_eq!(identical, total, "files whose scopes differ");
}
