//! `SyntaxError::render` against what python3 itself prints.
//!
//! Each case runs under python3 (as a file and as `-c` code) with a
//! `sys.excepthook` that also saves the error's fields; the test builds our
//! `SyntaxError` from those fields and renders it. This checks the printing
//! rules independently of our parser's positions, which `syntax.rs` covers.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use pyex::syntax::ast::Span;
use pyex::{SyntaxError, SyntaxErrorKind};

/// Saves the raised SyntaxError's fields next to the script, then prints as usual.
const HOOK: &str = r#"
import os, sys
def hook(t, e, tb):
    out = os.environ["PYEX_HOOK_OUT"]
    fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    with open(os.path.join(out, "fields"), "w", encoding="utf-8") as f:
        f.write("\x1f".join("" if v is None else str(v) for v in fields))
    if e.text is not None:
        with open(os.path.join(out, "text"), "w", encoding="utf-8", newline="") as f:
            f.write(e.text)
    sys.__excepthook__(t, e, tb)
sys.excepthook = hook
"#;

/// Sources with a syntax error, chosen for the printing rules they exercise.
const CASES: &[&str] = &[
    "if x:\n  a\n    b\n",
    "if x:\n    a\n  b\n",
    "if x:\n",
    "if x:",
    "def f():\n",
    "x = (1,\n  2,\n",
    "x = [1, 2",
    "x = 1\ny = \"\"\"abc\n  def\nghi\n",
    "x = 'abc\n",
    "x = 1 $ 2\n",
    "if x:\n    y = a ? b\n",
    "x = 1\u{200b}\n",
    "if x:\n\tif y:\n\t\ta\n        b\n",
    "if x:\n        a\n\tb\n",
    "f(a for a in b\n  , c)\n",
    "f(x for x in y,\n  1)\n",
    "x = 1)\n",
    "x = (1,\n 2]\n",
    "x = 1 +\n",
    "if x\n    pass\n",
    "print 'hello'\n",
    "if x:\n\tx = = 1\n",
    "\u{c}x = = 1\n",
    "\u{e9} = '\u{fc}' + = 1\n",
    "x = ('\u{e9}' '\u{fc}' x)\n",
    "x = f'{}'\n",
    "x = f'{a!x}'\n",
    "x = 1\nreturn x\n",
    "  \nbreak\n",
    "nonlocal x\n",
    "f(a=1, a=2)\n",
    "x = 1\r\ny = = 2\r\n",
    "x = 1\ry = = 2\r",
    "x = b'\u{e9}'\n",
    "x = '\\N{foo}'\n",
    "x = 1abc\n",
    "x = 012\n",
    "x = 1 \\ 2\n",
    "x = [\n  1,\n  2 3]\n",
    "d = {1: 2,\n 3}\n",
    "*a = 1\n",
    "del f()\n",
    "lambda a=1, b: 0\n",
    "x = = 1   \n",
    "    x = 1\n",
    "(",
    "x = (\n",
    "if x:\n# c\n",
    "async x = 1\n",
    "(a,\n b) += 1\n",
    "x = 'ab' '\u{e9}\n",
    "await x\n",
    "yield x\n",
    "print(*)\n",
    "def f():\n    from os import *\n",
    "def f(a, a): pass\n",
    "\u{feff}x = = 1\n",
    "h\u{e9}llo w\u{f6}rld\n",
    "x = 1\t+ = 2\n",
    "if x:\n    ",
    "if x:\n    \n",
    "x = 1 + \\",
    "if x:\n    \\\n",
    "def f():\n    '''doc",
    "class A:\n\n\n",
    "@dec\n",
    "x = (\n  1\n",
    "x = 1 +",
    "for x in y:",
    "try:\n    pass\n",
    "try:\n    pass\n\n# end\n",
    "match x:\n    case 1:\n",
    "if x:\n    pass\nelse:\n",
    "lambda",
    "\n\n   \n  x = 1",
    "x = [1,\n2] = (3 +\n  4) = = 5\n",
    "f(a,\n  b) = 1\n",
    "f(a,\r\n  b) = 1\r\n",
    "f('\u{e9}',\n  b) = 1\n",
    "x = '''a\nb''' = 1\n",
    "\tx = = 1\n",
    "if x:\n \tpass\n\t pass\n",
];

/// A backslash continuation at the end of the input: `-c` code gets another
/// message and position here (the tokenizer reads strings differently).
const FILE_ONLY_CASES: &[&str] = &["x = 1 + \\\n", "x = \\\n"];

/// Errors inside an f-string expression: CPython's `text` is the expression
/// in parentheses, which the parser must supply in `SyntaxError::text`.
const FSTRING_CASES: &[&str] = &[
    "x = f'{a b}'\n",
    "x = 1\ny = f'''\n{a b}\n'''\n",
    "x = f'''{a\nb c}'''\n",
    "x = f'''{\na b}'''\n",
    "x = f'{a:{b c}}'\n",
];

/// Lines longer than CPython's 999-byte read buffer.
fn long_cases() -> Vec<String> {
    vec![
        format!("x = {}\ny = = 2\n", "1 + ".repeat(300)),
        format!("x = {}= 2\n", "a + ".repeat(300)),
        format!("x = {}aa = 2\n", "a + ".repeat(248)),
        format!("x = '{}' = 1\n", "é".repeat(600)),
        format!("x = {} = 1\n", "'é' + ".repeat(200)),
        format!("x = 1\ry = {}= 2\r", "a + ".repeat(300)),
        format!("x = {}{}\n", "(".repeat(201), ")".repeat(201)),
    ]
}

/// The real python3 binary: asking once skips a launcher script (such as a
/// pyenv shim) on every one of the hundreds of runs.
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

struct Run {
    stderr: String,
    error: SyntaxError,
}

/// Runs python3 on `source` (as `dir/main.py`, or as `-c` code) with the hook.
fn run_python(dir: &Path, source: &str, as_file: bool) -> Run {
    let _ = fs::remove_file(dir.join("fields"));
    let _ = fs::remove_file(dir.join("text"));
    let mut cmd = Command::new(python());
    if as_file {
        fs::write(dir.join("main.py"), source).unwrap();
        cmd.arg("main.py");
    } else {
        cmd.args(["-c", source]);
    }
    let out = cmd
        .current_dir(dir)
        .env("PYTHONPATH", dir)
        .env("PYEX_HOOK_OUT", dir)
        .output()
        .expect("python3 runs");
    let fields = fs::read_to_string(dir.join("fields")).expect("python3 raised SyntaxError");
    let text = fs::read_to_string(dir.join("text")).ok();
    Run {
        stderr: String::from_utf8(out.stderr).unwrap(),
        error: error_from_fields(&fields, text),
    }
}

fn error_from_fields(fields: &str, text: Option<String>) -> SyntaxError {
    let f: Vec<&str> = fields.split('\x1f').collect();
    let kind = match f[0] {
        "SyntaxError" => SyntaxErrorKind::SyntaxError,
        "IndentationError" => SyntaxErrorKind::IndentationError,
        "TabError" => SyntaxErrorKind::TabError,
        other => panic!("unexpected exception {other}"),
    };
    let int = |s: &str| {
        if s.is_empty() {
            -1
        } else {
            s.parse::<i32>().unwrap()
        }
    };
    SyntaxError {
        kind,
        msg: f[1].to_owned(),
        span: Span::default(),
        lineno: f[2].parse().unwrap(),
        offset: int(f[3]),
        end_lineno: f[4].parse().unwrap(),
        end_offset: int(f[5]),
        text,
    }
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyex-render-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("sitecustomize.py"), HOOK).unwrap();
    dir.canonicalize().unwrap()
}

/// Renders every case and returns a description of each mismatch.
/// `modes` lists how to run each source: `true` as a file, `false` as `-c`.
fn check(name: &str, sources: &[String], modes: &[bool], keep_text: bool) -> Vec<String> {
    let dir = scratch_dir(name);
    let mut failures = Vec::new();
    for source in sources {
        for &as_file in modes {
            let mut run = run_python(&dir, source, as_file);
            if !keep_text {
                run.error.text = None;
            }
            let filename = if as_file {
                dir.join("main.py").display().to_string()
            } else {
                "<string>".to_owned()
            };
            let ours = run.error.render(&filename, source);
            if ours != run.stderr {
                failures.push(format!(
                    "{source:?} (as_file={as_file})\n--- python3\n{}--- pyex\n{ours}",
                    run.stderr
                ));
            }
        }
    }
    let _ = fs::remove_dir_all(&dir);
    failures
}

#[test]
fn render_matches_python3() {
    let mut sources: Vec<String> = CASES.iter().map(|s| (*s).to_owned()).collect();
    sources.extend(long_cases());
    let mut failures = check("plain", &sources, &[true, false], false);
    let file_only: Vec<String> = FILE_ONLY_CASES.iter().map(|s| (*s).to_owned()).collect();
    failures.extend(check("file", &file_only, &[true], false));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn render_uses_the_text_the_parser_supplies() {
    let sources: Vec<String> = FSTRING_CASES.iter().map(|s| (*s).to_owned()).collect();
    let failures = check("fstring", &sources, &[true, false], true);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
