//! Shared pieces of the integration tests in `tests/tests/`.
//!
//! The runners are data-driven (datatest-stable): one test per file under `conformance/`.
//! This library holds what they share: where a case lives, the known-failures list
//! (`conformance/known_failures.txt`), an error type that prints multi-line diffs as they are,
//! the run of a case with its I/O pauses performed (`io_run`) and the comparison with the
//! recorded output (`recorded`).
//!
//! Source code layout:
//! - `tests/conformance.rs`: every behaviour case in `conformance/cases/`, run and compared with CPython.
//! - `tests/syntax_errors.rs`: every case in `conformance/syntax_errors/` against CPython's error.
//! - `tests/stdlib_scopes.rs`: every top-level stdlib file's scopes against CPython's symbol table.
//! - `tests/hostile.rs`: every hostile program in `conformance/hostile/` (escapes, resource bombs).

pub mod hostile_case;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The `conformance/` directory of the repository.
pub fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("conformance")
}

/// A case's name: its path under `conformance/` with `/` separators, as written in
/// `known_failures.txt` (e.g. `cases/dicts/methods.py`).
pub fn case_name(path: &Path) -> String {
    let root = conformance_dir()
        .canonicalize()
        .unwrap_or_else(|_| conformance_dir());
    let full = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let relative = full.strip_prefix(&root).unwrap_or(&full);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// A failed case. Its `Debug` is the message itself: datatest-stable prints errors with `{:?}`,
/// which would otherwise quote the message and escape every newline of a diff.
pub struct CaseFailure(pub String);

impl fmt::Debug for CaseFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for CaseFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CaseFailure {}

/// Runs `tests/<script>` (a python3 script that writes CPython's view of every top-level stdlib
/// file into `out_dir`) and returns the stdlib directory it printed.
///
/// # Panics
/// When python3 cannot run the script or the script fails: the comparison has nothing to compare.
pub fn run_cpython_script(script: &str, out_dir: &Path) -> PathBuf {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(script);
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(out_dir)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

/// `conformance/known_failures.txt`: case name → reason.
///
/// Format: one `<case>: <reason>` per line; blank lines and `#` comments are ignored.
pub fn known_failures() -> &'static Result<BTreeMap<String, String>, String> {
    static KNOWN: OnceLock<Result<BTreeMap<String, String>, String>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let path = conformance_dir().join("known_failures.txt");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        parse_known_failures(&text)
    })
}

/// Parses the known-failures format; an entry without a reason is an error.
pub fn parse_known_failures(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut known = BTreeMap::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once(": ") {
            Some((case, reason)) if !reason.trim().is_empty() => {
                known.insert(case.trim().to_owned(), reason.trim().to_owned());
            }
            _ => {
                return Err(format!(
                    "known_failures.txt line {}: expected `<case>: <reason>`, got {line:?}",
                    number + 1
                ))
            }
        }
    }
    Ok(known)
}

/// Applies the known-failures list to the outcome of case `case`: a listed case must fail
/// (and then counts as a pass), an unlisted one must pass.
pub fn judge(case: &str, outcome: Result<(), String>) -> Result<(), CaseFailure> {
    let known = known_failures()
        .as_ref()
        .map_err(|e| CaseFailure(e.clone()))?;
    match (known.get(case), outcome) {
        (None, Ok(())) | (Some(_), Err(_)) => Ok(()),
        (None, Err(message)) => Err(CaseFailure(message)),
        (Some(reason), Ok(())) => Err(CaseFailure(format!(
            "{case} passes now, but conformance/known_failures.txt lists it ({reason}): \
             remove that line"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_failures_parse_and_name_existing_cases() {
        let known = known_failures()
            .as_ref()
            .expect("known_failures.txt is well formed");
        for case in known.keys() {
            let path = conformance_dir().join(case);
            assert!(
                path.is_file(),
                "known_failures.txt lists {case}, which does not exist"
            );
        }
    }

    #[test]
    fn known_failures_format() {
        let parsed = parse_known_failures("# c\n\ncases/a.py: slow\n").unwrap();
        assert_eq!(parsed.get("cases/a.py").map(String::as_str), Some("slow"));
        assert!(parse_known_failures("cases/a.py\n").is_err());
        assert!(parse_known_failures("cases/a.py: \n").is_err());
    }

    #[test]
    fn case_names_are_relative_to_conformance() {
        let path = conformance_dir().join("cases/basics/control_flow.py");
        assert_eq!(case_name(&path), "cases/basics/control_flow.py");
    }
}

pub mod http_server {
    //! The local HTTP test server (`scripts/services/http_server.py`), started once per test
    //! process. `PYEX_HTTP_TEST_PORT` names a server that is already running (e.g. started by
    //! `make test`); otherwise the first caller spawns one on a free port with `--watch-stdin`,
    //! so it exits with the test process however that ends (its stdin pipe closes).

    use std::io::{BufRead, BufReader};
    use std::process::{Child, Command, Stdio};
    use std::sync::{Mutex, OnceLock};

    /// The server process we spawned (kept so its stdin pipe stays open).
    static CHILD: OnceLock<Mutex<Option<Child>>> = OnceLock::new();
    static PORT: OnceLock<Result<u16, String>> = OnceLock::new();

    /// The port of the running test server, starting it if needed.
    pub fn port() -> Result<u16, String> {
        PORT.get_or_init(start).clone()
    }

    /// `http://127.0.0.1:PORT` of the running test server.
    pub fn base_url() -> Result<String, String> {
        Ok(format!("http://127.0.0.1:{}", port()?))
    }

    fn start() -> Result<u16, String> {
        if let Ok(port) = std::env::var("PYEX_HTTP_TEST_PORT") {
            return port
                .parse()
                .map_err(|_| format!("bad PYEX_HTTP_TEST_PORT {port:?}"));
        }
        let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../scripts/services/http_server.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg("--watch-stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start the HTTP test server: {e}"))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .map_err(|e| format!("HTTP test server: {e}"))?;
        let port = line
            .trim()
            .parse()
            .map_err(|_| format!("HTTP test server printed {line:?}, not a port"))?;
        let _ = CHILD.set(Mutex::new(Some(child)));
        Ok(port)
    }
}

pub mod io_run {
    //! Runs a program whose I/O pauses are performed here, as a binding does: each
    //! `Outcome::HostCall` that is an I/O call goes to `pyex::io::perform` (a batch to
    //! `perform_many`) and the run resumes with the reply.

    use std::fmt::Write as _;

    use pyex::io::IoSession;
    use pyex::{Ctx, Options, Outcome, Program};

    /// What a run printed and its exit status (as `python3 main.py` would give).
    pub struct Printed {
        /// Captured stdout.
        pub stdout: String,
        /// Captured stderr plus the traceback of an uncaught exception.
        pub stderr: String,
        /// Exit status.
        pub code: i32,
    }

    /// Runs `source` as `main.py` with `options`, performing every I/O pause.
    pub fn run(source: &str, options: Options) -> Printed {
        run_sliced(source, options, None)
    }

    /// [`run`] with a time slice per run/resume call (`Ctx::set_time_slice`):
    /// each slice pause (a batch of no calls) is continued at once.
    pub fn run_sliced(
        source: &str,
        options: Options,
        slice: Option<std::time::Duration>,
    ) -> Printed {
        let program = match Program::compile(source, "main.py") {
            Ok(p) => p,
            Err(error) => {
                return Printed {
                    stdout: String::new(),
                    stderr: error.render("main.py", source),
                    code: 1,
                }
            }
        };
        let mut ctx = Ctx::new(options);
        ctx.set_time_slice(slice);
        let mut session = IoSession::default();
        let mut outcome = ctx.run(&program);
        loop {
            outcome = match outcome {
                Ok(Outcome::HostCall(call)) if call.is_io() => {
                    let reply = pyex::io::perform(&call, &ctx.grants().clone(), &mut session);
                    ctx.resume(reply)
                }
                Ok(Outcome::HostCalls(calls)) if calls.iter().all(pyex::HostCall::is_io) => {
                    let grants = ctx.grants().clone();
                    let replies = pyex::io::perform_many(&calls, &grants, &mut session);
                    ctx.resume_many(replies)
                }
                other => break finish(&mut ctx, other),
            };
        }
    }

    fn finish(ctx: &mut Ctx, outcome: Result<Outcome, pyex::PyError>) -> Printed {
        let mut stderr = ctx.stderr().to_owned();
        let code = match outcome {
            Ok(Outcome::Done(_)) => 0,
            Ok(other) => {
                let _ = writeln!(stderr, "unexpected pause: {other:?}");
                1
            }
            Err(error) => {
                stderr.push_str(&error.traceback);
                error.exit_code()
            }
        };
        Printed {
            stdout: ctx.take_stdout(),
            stderr,
            code,
        }
    }
}

pub mod recorded {
    //! The comparison every recorded-output runner makes: what a run printed against the
    //! `.out` / `.err` / `.code` files that the oracle (CPython, or CPython with the real
    //! package) wrote beside the case.

    use std::path::Path;

    use similar::TextDiff;

    use crate::io_run::Printed;

    /// The recording of `ext` beside `path` (absent means empty, as the recorders write no
    /// empty files).
    fn expected(path: &Path, ext: &str) -> String {
        std::fs::read_to_string(path.with_extension(ext)).unwrap_or_default()
    }

    fn diff(what: &str, oracle: &str, expected: &str, actual: &str) -> Option<String> {
        (expected != actual).then(|| {
            let diff = TextDiff::from_lines(expected, actual);
            format!(
                "{what} differs (- {oracle}, + pyex):\n{}",
                diff.unified_diff().context_radius(3)
            )
        })
    }

    /// `Ok` when stdout, stderr and the exit status match the recording beside `path`;
    /// otherwise one unified diff per stream that differs. `oracle` names the recorder in the
    /// diffs ("CPython", "psql oracle", ...).
    ///
    /// # Errors
    /// The differences, one per line group.
    pub fn compare(path: &Path, printed: &Printed, oracle: &str) -> Result<(), String> {
        let code: i32 = expected(path, "code").trim().parse().unwrap_or(0);
        let mut problems: Vec<String> = Vec::new();
        problems.extend(diff(
            "stdout",
            oracle,
            &expected(path, "out"),
            &printed.stdout,
        ));
        problems.extend(diff(
            "stderr",
            oracle,
            &expected(path, "err"),
            &printed.stderr,
        ));
        if code != printed.code {
            problems.push(format!(
                "exit status: {oracle} {code}, pyex {}",
                printed.code
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("\n"))
        }
    }
}
