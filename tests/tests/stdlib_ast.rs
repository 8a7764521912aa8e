//! The acceptance test of the parser: every top-level `.py` file of CPython's
//! stdlib must parse, and `dump_with_attributes` must equal CPython's
//! `ast.dump(ast.parse(src), include_attributes=True)` byte for byte.
//!
//! CPython's dumps come from one python3 process running
//! `tests/stdlib_dump.py`. Both sides dump with `indent=1` so that a
//! mismatch shows as a readable unified diff. The test prints one line per
//! failing file, its first differing hunk, then `parsed X/N, identical Y/N`.
//! Filter files with `PYEX_STDLIB_FILTER=substring`; show more hunks per file
//! with `PYEX_STDLIB_HUNKS=n`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use pyex::syntax::{dump_with_attributes, LineIndex};
use similar::TextDiff;

/// Lines of context around a difference.
const CONTEXT: usize = 3;

/// At most this many lines of one hunk are printed.
const MAX_HUNK_LINES: usize = 24;

/// Runs the dump script; returns the stdlib directory.
fn dump_with_cpython(out_dir: &Path) -> PathBuf {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("stdlib_dump.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(out_dir)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

/// The first `hunks` hunks of the unified diff from CPython's dump to ours.
fn first_hunks(expected: &str, ours: &str, hunks: usize) -> String {
    let diff = TextDiff::from_lines(expected, ours);
    let unified = diff.unified_diff().context_radius(CONTEXT).to_string();
    let mut out: Vec<&str> = Vec::new();
    let mut seen = 0;
    let mut in_hunk_lines = 0;
    for line in unified.lines().skip_while(|l| !l.starts_with("@@")) {
        if line.starts_with("@@") {
            seen += 1;
            in_hunk_lines = 0;
            if seen > hunks {
                break;
            }
        }
        in_hunk_lines += 1;
        if in_hunk_lines <= MAX_HUNK_LINES {
            out.push(line);
        }
    }
    out.join("\n")
}

/// Compares one file; `Err` is the report to print.
fn check_file(stdlib: &Path, dumps: &Path, name: &str, hunks: usize) -> (bool, Result<(), String>) {
    let bytes = fs::read(stdlib.join(name)).unwrap();
    let Ok(source) = String::from_utf8(bytes) else {
        return (false, Err(format!("{name}: not UTF-8")));
    };
    // A panic is a parser bug to report, not a reason to stop the survey.
    let module = match std::panic::catch_unwind(|| pyex::parse_module(&source)) {
        Ok(Ok(module)) => module,
        Err(_) => return (false, Err(format!("{name}: the parser panicked"))),
        Ok(Err(err)) => {
            let msg = format!(
                "{name}: parse error: {}: {} ({}:{})",
                err.kind, err.msg, err.lineno, err.offset
            );
            return (false, Err(msg));
        }
    };
    let ours = dump_with_attributes(&module, Some(1), &LineIndex::new(&source));
    let expected = fs::read_to_string(dumps.join(format!("{name}.dump")))
        .unwrap_or_else(|_| panic!("python3 did not dump {name}"));
    if ours == expected {
        return (true, Ok(()));
    }
    (
        true,
        Err(format!(
            "{name}: dump differs\n{}",
            first_hunks(&expected, &ours, hunks)
        )),
    )
}

#[test]
fn stdlib_dumps_match_cpython() {
    let dumps = std::env::temp_dir().join(format!("pyex-stdlib-ast-{}", std::process::id()));
    fs::create_dir_all(&dumps).unwrap();
    let stdlib = dump_with_cpython(&dumps);
    let filter = std::env::var("PYEX_STDLIB_FILTER").unwrap_or_default();
    let hunks = std::env::var("PYEX_STDLIB_HUNKS").map_or(1, |n| n.parse().unwrap_or(1));
    let mut names: Vec<String> = fs::read_dir(&stdlib)
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| Path::new(name).extension() == Some("py".as_ref()))
        .filter(|name| stdlib.join(name).is_file())
        .filter(|name| name.contains(&filter))
        .collect();
    names.sort();
    let (mut parsed, mut identical) = (0, 0);
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for name in &names {
        let (ok_parse, result) = check_file(&stdlib, &dumps, name, hunks);
        parsed += usize::from(ok_parse);
        match result {
            Ok(()) => identical += 1,
            Err(report) => eprintln!("{report}"),
        }
    }
    std::panic::set_hook(default_hook);
    let _ = fs::remove_dir_all(&dumps);
    let total = names.len();
    eprintln!("parsed {parsed}/{total}, identical {identical}/{total}");
    assert_eq!(parsed, total, "files that failed to parse");
    assert_eq!(identical, total, "files whose dump differs");
}
