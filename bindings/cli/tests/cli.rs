//! The `pyex` binary against python3 run live on the same input.
//!
//! Both run in the same scratch directory on `main.py`, so the absolute path
//! CPython 3.11 shows for the script is the same for both.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

const PYEX: &str = env!("CARGO_BIN_EXE_pyex");

/// The real python3 binary (a launcher script such as a pyenv shim would
/// put its own name in messages and slow every run down).
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

/// A fresh directory holding `main.py` with `source`.
fn scratch(name: &str, source: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyex-cli-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("main.py"), source).unwrap();
    dir.canonicalize().unwrap()
}

fn run(program: &str, args: &[&str], dir: &Path) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Asserts equal stdout, stderr and exit status.
fn assert_same(ours: &Output, theirs: &Output, what: &str) {
    assert_eq!(text(&ours.stderr), text(&theirs.stderr), "stderr of {what}");
    assert_eq!(text(&ours.stdout), text(&theirs.stdout), "stdout of {what}");
    assert_eq!(ours.status.code(), theirs.status.code(), "status of {what}");
}

const VALID: &str = r#"import os.path as p
from . import x
async def f(a, /, b: int = 1, *c, d, **e) -> "r":
    async with g() as h, i:
        return [y async for y in h if y]
@decorator
class C(Base, metaclass=M):
    x: int = 0
    def m(self):
        global q
        yield from range(3)
for i, (j, *k) in enumerate(z):
    while i:
        i -= 1
    else:
        break
try:
    pass
except* (ValueError, TypeError) as err:
    raise RuntimeError("bad") from err
finally:
    del a[1:2, ::3], b.c
match point:
    case Point(x=0, y=0) | [1, 2, *rest] | {"k": v, **kw}:
        print(f"{x!r:>{width}} and {y=}", rb'\d', 1_000, 0x1F, 1.5e-7, 2j, ..., None)
    case _ if lambda: (yield):
        pass
s = {1, 2} | {k: v for k, v in d.items()} or not -~a ** 2 // 3 @ m
t = (a := 10) if a is not b else [x for x in y]
"#;

#[test]
fn parse_prints_what_python3_m_ast_prints() {
    let dir = scratch("parse", VALID.as_bytes());
    let ours = run(PYEX, &["--parse", "main.py"], &dir);
    let theirs = run(python(), &["-m", "ast", "main.py"], &dir);
    assert_same(&ours, &theirs, "--parse");
    let _ = fs::remove_dir_all(dir);
}

/// Syntax errors that the parser reports at python3's positions.
const SYNTAX_ERRORS: &[&str] = &[
    "x = (1,\n  2,\n",
    "if x:\n  a\n    b\n",
    "def f():\n\treturn 1\n        return 2\n",
    "x = 'abc\n",
    "f(a for a in b, c)\n",
    "f(a,\n  b) = 1\n",
];

#[test]
fn syntax_errors_match_python3_for_files_and_code() {
    for (i, source) in SYNTAX_ERRORS.iter().enumerate() {
        let dir = scratch(&format!("error{i}"), source.as_bytes());
        let ours = run(PYEX, &["main.py"], &dir);
        let theirs = run(python(), &["main.py"], &dir);
        assert_same(&ours, &theirs, source);
        let ours = run(PYEX, &["--parse", "main.py"], &dir);
        assert_same(&ours, &theirs, &format!("--parse {source:?}"));
        let ours = run(PYEX, &["-c", source], &dir);
        let theirs = run(python(), &["-c", source], &dir);
        assert_same(&ours, &theirs, &format!("-c {source:?}"));
        let _ = fs::remove_dir_all(dir);
    }
}

#[test]
fn non_utf8_files_get_python3s_error() {
    let dir = scratch("latin", b"x = 1\r\ry = 'caf\xe9'\n");
    let ours = run(PYEX, &["main.py"], &dir);
    let theirs = run(python(), &["main.py"], &dir);
    assert_same(&ours, &theirs, "a non-UTF-8 file");
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn a_program_runs_like_python3() {
    let dir = scratch("valid", b"print('hi', 6 * 7)\n");
    let ours = run(PYEX, &["main.py", "arg"], &dir);
    let theirs = run(python(), &["main.py", "arg"], &dir);
    assert_same(&ours, &theirs, "a valid program");
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn an_uncaught_exception_prints_python3s_traceback() {
    let dir = scratch(
        "raises",
        b"def f(x):\n    return 10 // x\n\nprint('before')\nf(0)\n",
    );
    let ours = run(PYEX, &["main.py"], &dir);
    let theirs = run(python(), &["main.py"], &dir);
    assert_same(&ours, &theirs, "an uncaught exception");
    let _ = fs::remove_dir_all(dir);
}

/// Usage errors: same first line and exit status as python3 (the usage line
/// names the program, so it differs).
#[test]
fn usage_errors_are_reported_like_python3() {
    let dir = scratch("usage", b"");
    for args in [&["--frobnicate"][..], &["-c"][..]] {
        let ours = run(PYEX, args, &dir);
        let theirs = run(python(), args, &dir);
        assert_eq!(ours.status.code(), theirs.status.code(), "{args:?}");
        let first = |o: &Output| text(&o.stderr).lines().next().map(str::to_owned);
        assert_eq!(first(&ours), first(&theirs), "{args:?}");
    }
    let ours = run(PYEX, &["missing.py"], &dir);
    let theirs = run(python(), &["missing.py"], &dir);
    assert_eq!(ours.status.code(), theirs.status.code());
    let message = |o: &Output| text(&o.stderr).split_once(": ").map(|(_, m)| m.to_owned());
    assert_eq!(message(&ours), message(&theirs));
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn help_goes_to_stdout() {
    let out = Command::new(PYEX).arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("usage: pyex"));
}
