//! Parser snapshots over `tests/syntax/{valid,invalid}/*.py` (insta).
//!
//! - `valid/NAME.py` → `snapshots/syntax__valid_NAME.snap`: `dump(module, Some(2))`.
//! - `invalid/NAME.py` → `snapshots/syntax__invalid_NAME.snap`: the error as
//!   `python3 main.py` prints it (with `main.py` for the script's absolute path).
//!
//! A snapshot is only right if it is CPython's output: `snapshots_match_cpython`
//! compares every snapshot with python3 run live, and `valid_positions_match_cpython`
//! checks the positions (`include_attributes=True`) the snapshots leave out.
//! Add a case by adding a `.py` file and running
//! `INSTA_UPDATE=always cargo test -p pyex --test syntax`, then check that
//! `snapshots_match_cpython` passes.

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use pyex::syntax::{dump, dump_with_attributes, LineIndex};

const INDENT: usize = 2;

fn cases(kind: &str) -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/syntax")
        .join(kind);
    let mut cases: Vec<(String, PathBuf)> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .map(|path| {
            (
                path.file_stem().unwrap().to_string_lossy().into_owned(),
                path,
            )
        })
        .collect();
    cases.sort();
    cases
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

/// What the snapshot of a valid file holds.
fn valid_output(source: &str) -> String {
    match catch_unwind(|| pyex::parse_module(source)) {
        Ok(Ok(module)) => dump(&module, Some(INDENT)),
        Ok(Err(err)) => format!("unexpected error:\n{}", err.render("main.py", source)),
        Err(_) => "the parser panicked".to_owned(),
    }
}

/// What the snapshot of an invalid file holds.
fn invalid_output(source: &str) -> String {
    match catch_unwind(|| pyex::parse_module(source)) {
        Ok(Err(err)) => err.render("main.py", source),
        Ok(Ok(module)) => format!("unexpectedly parsed:\n{}", dump(&module, Some(INDENT))),
        Err(_) => "the parser panicked".to_owned(),
    }
}

/// Asserts every snapshot, then fails once, naming all that differ.
fn assert_snapshots(kind: &str, output: fn(&str) -> String) {
    let mut failed = Vec::new();
    for (name, path) in cases(kind) {
        let value = output(&read(&path));
        let snapshot = format!("{kind}_{name}");
        let result = catch_unwind(AssertUnwindSafe(|| {
            insta::assert_snapshot!(snapshot, value);
        }));
        if result.is_err() {
            failed.push(name);
        }
    }
    assert!(failed.is_empty(), "{kind} snapshots differ: {failed:?}");
}

#[test]
fn valid_snapshots() {
    assert_snapshots("valid", valid_output);
}

#[test]
fn invalid_snapshots() {
    assert_snapshots("invalid", invalid_output);
}

/// The real python3 binary (skips launcher scripts such as pyenv shims).
fn python() -> &'static str {
    static PYTHON: OnceLock<String> = OnceLock::new();
    PYTHON.get_or_init(|| {
        let out = Command::new("python3")
            .args(["-c", "import sys; print(sys.executable)"])
            .output()
            .expect("python3 runs");
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    })
}

/// `ast.dump(ast.parse(source), **kwargs)` from python3.
fn cpython_dump(path: &Path, kwargs: &str) -> String {
    let script = format!(
        "import ast, sys\nsrc = open(sys.argv[1], 'rb').read()\n\
         sys.stdout.write(ast.dump(ast.parse(src), {kwargs}))"
    );
    let out = Command::new(python())
        .arg("-c")
        .arg(script)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// What `python3 main.py` prints for the file, with `main.py` for its absolute path.
fn cpython_error(name: &str, source: &str) -> String {
    let dir = std::env::temp_dir().join(format!("pyex-syntax-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let dir = dir.canonicalize().unwrap();
    fs::write(dir.join("main.py"), source).unwrap();
    let out = Command::new(python())
        .arg("main.py")
        .current_dir(&dir)
        .output()
        .unwrap();
    let _ = fs::remove_dir_all(&dir);
    let absolute = format!("{}/main.py", dir.display());
    String::from_utf8(out.stderr)
        .unwrap()
        .replace(&absolute, "main.py")
}

/// The contents of a committed snapshot (after insta's `---` header).
fn snapshot_contents(kind: &str, name: &str) -> Option<String> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("syntax__{kind}_{name}.snap"));
    let text = fs::read_to_string(file).ok()?;
    let body = text.strip_prefix("---\n")?.split_once("\n---\n")?.1;
    Some(body.to_owned())
}

#[test]
fn snapshots_match_cpython() {
    let mut wrong = Vec::new();
    for (kind, expected) in [("valid", true), ("invalid", false)] {
        for (name, path) in cases(kind) {
            let cpython = if expected {
                cpython_dump(&path, &format!("indent={INDENT}"))
            } else {
                cpython_error(&name, &read(&path))
            };
            match snapshot_contents(kind, &name) {
                Some(body) if body.trim_end() == cpython.trim_end() => {}
                Some(_) => wrong.push(format!("{kind}/{name}: differs from python3")),
                None => wrong.push(format!("{kind}/{name}: no snapshot")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn valid_positions_match_cpython() {
    let mut wrong = Vec::new();
    for (name, path) in cases("valid") {
        let source = read(&path);
        let Ok(Ok(module)) = catch_unwind(|| pyex::parse_module(&source)) else {
            wrong.push(format!("{name}: does not parse"));
            continue;
        };
        let ours = dump_with_attributes(&module, Some(1), &LineIndex::new(&source));
        if ours != cpython_dump(&path, "include_attributes=True, indent=1") {
            wrong.push(format!("{name}: positions differ"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
