//! The `diff` target: generated programs run under CPython 3.11 (a
//! persistent `python3 fuzz/cpython_driver.py` process) and under pyex,
//! and mutated conformance cases too: pyex must print exactly what CPython
//! prints, and end with the same exception line (`Kind: message`) when
//! CPython raises. Programs that time out or exit are skipped.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use pyex::{Ctx, Limits, Options, Program};

use crate::targets::Verdict;

/// Imports of third-party packages that the system `python3` lacks or has
/// in other versions than the recording venvs (`conformance/record`).
const NEEDS_VENV: &[&str] = &[
    "import jinja2",
    "from jinja2",
    "import markdown",
    "from markdown",
    "import pydantic",
    "from pydantic",
    "import fastapi",
    "from fastapi",
    "import httpx",
    "from httpx",
    "import markupsafe",
    "from markupsafe",
];

/// A running CPython driver.
pub struct Driver {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Driver {
    /// Starts `python3 fuzz/cpython_driver.py`.
    fn start() -> Result<Driver, String> {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/cpython_driver.py");
        let mut child = Command::new("python3")
            .arg(script)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start python3: {e}"))?;
        let stdin = child.stdin.take().ok_or("no stdin")?;
        let stdout = BufReader::new(child.stdout.take().ok_or("no stdout")?);
        Ok(Driver {
            child,
            stdin,
            stdout,
        })
    }

    /// CPython's status line and stdout for `source`.
    fn run(&mut self, source: &str) -> Result<(String, String), String> {
        let io = |e: std::io::Error| format!("python3 driver: {e}");
        write!(self.stdin, "{}\n{source}", source.len()).map_err(io)?;
        self.stdin.flush().map_err(io)?;
        let mut status = String::new();
        self.stdout.read_line(&mut status).map_err(io)?;
        let mut len = String::new();
        self.stdout.read_line(&mut len).map_err(io)?;
        let len: usize = len
            .trim()
            .parse()
            .map_err(|_| format!("python3 driver died ({status:?})"))?;
        let mut bytes = vec![0; len];
        self.stdout.read_exact(&mut bytes).map_err(io)?;
        Ok((
            status.trim_end().to_owned(),
            String::from_utf8_lossy(&bytes).into_owned(),
        ))
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What pyex prints for `source` (and the error line if it raised).
pub fn pyex_run(source: &str) -> (String, Option<String>) {
    let program = match Program::compile(source, "main.py") {
        Ok(p) => p,
        Err(e) => return (String::new(), Some(last_line(&e.render("main.py", source)))),
    };
    let mut ctx = Ctx::new(Options {
        limits: Limits {
            time: Some(std::time::Duration::from_secs(10)),
            ..Limits::default()
        },
        fs: pyex::fs::Fs::memory([("main.py", source)]),
        ..Options::default()
    });
    let result = ctx.run(&program);
    let error = result.err().map(|e| {
        if e.traceback.is_empty() {
            last_line(&format!("{}: {}", e.kind, e.message))
        } else {
            last_line(&e.traceback)
        }
    });
    (ctx.take_stdout(), error)
}

/// The last non-blank line of `text` (an exception's `Kind: message`).
fn last_line(text: &str) -> String {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// CPython's status line and stdout for `source`. A driver that dies is
/// started again and the source run once more in the fresh one: an earlier
/// program may have left the driver's process broken (threads, signal
/// handlers, a crashed C extension); only a source that kills a fresh
/// driver too is a failure, reported with how the driver ended.
fn run_cpython(source: &str, driver: &mut Option<Driver>) -> Result<(String, String), String> {
    let mut last = String::new();
    for _ in 0..2 {
        if driver.is_none() {
            *driver = Some(Driver::start()?);
        }
        let Some(d) = driver.as_mut() else {
            break;
        };
        match d.run(source) {
            Ok(r) => return Ok(r),
            Err(e) => {
                let ended = d.child.wait().map(|s| s.to_string()).unwrap_or_default();
                last = format!("{e}; the driver ended: {ended}");
                *driver = None;
            }
        }
    }
    Err(last)
}

/// Compares pyex with CPython on `source`.
pub fn check(source: &str, driver: &mut Option<Driver>) -> Verdict {
    let (status, expected) = match run_cpython(source, driver) {
        Ok(r) => r,
        Err(e) => return Verdict::Fail("driver", e),
    };
    if NEEDS_VENV.iter().any(|m| source.contains(m)) {
        return Verdict::Skipped;
    }
    let expected_error = match status.strip_prefix("error ") {
        _ if status == "ok" => None,
        Some(line) if !line.starts_with("SystemExit") => Some(line.to_owned()),
        _ => return Verdict::Skipped,
    };
    let (actual, error) = pyex_run(source);
    if actual == expected && error == expected_error {
        return Verdict::Ok;
    }
    Verdict::Fail(
        "diff",
        format!(
            "CPython error: {}\npyex error: {}\n--- CPython stdout\n{expected}\n--- pyex stdout\n{actual}",
            expected_error.as_deref().unwrap_or("none"),
            error.as_deref().unwrap_or("none")
        ),
    )
}
