//! The `diff` target: generated programs run under CPython 3.11 (a
//! persistent `python3 fuzz/cpython_driver.py` process) and under pyex;
//! where CPython runs a program without error, pyex must print exactly the
//! same. Programs CPython rejects or that time out are skipped.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use pyex::{Ctx, Limits, Options, Program};

use crate::targets::Verdict;

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
        Err(e) => {
            return (
                String::new(),
                Some(format!("SyntaxError: {}", e.render("main.py", source))),
            )
        }
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
    let error = result.err().map(|e| format!("{}: {}", e.kind, e.message));
    (ctx.take_stdout(), error)
}

/// Compares pyex with CPython on `source`.
pub fn check(source: &str, driver: &mut Option<Driver>) -> Verdict {
    if driver.is_none() {
        match Driver::start() {
            Ok(d) => *driver = Some(d),
            Err(e) => return Verdict::Fail("driver", e),
        }
    }
    let Some(d) = driver.as_mut() else {
        return Verdict::Skipped;
    };
    let (status, expected) = match d.run(source) {
        Ok(r) => r,
        Err(e) => {
            *driver = None;
            return Verdict::Fail("driver", e);
        }
    };
    if status != "ok" {
        return Verdict::Skipped;
    }
    let (actual, error) = pyex_run(source);
    if actual == expected && error.is_none() {
        return Verdict::Ok;
    }
    Verdict::Fail(
        "diff",
        format!(
            "pyex error: {}\n--- CPython stdout\n{expected}\n--- pyex stdout\n{actual}",
            error.as_deref().unwrap_or("none")
        ),
    )
}
