//! Runs every sql case in `conformance/io/sql/*.py` under pyex with the capability `sql` against
//! the PostgreSQL of `DATABASE_URL`, and compares stdout / stderr / exit status with what the
//! case printed under python3 with the psql oracle (`conformance/io/sql/record`).
//!
//! `make test` starts the server (scripts/services/postgres.sh). Without `DATABASE_URL` the cases
//! are skipped with a note, unless `PYEX_REQUIRE_SERVICES` is set (CI), where that is a failure.
//! Cases run one at a time (they share the database): `--test-threads` is forced to 1.

use std::path::Path;
use std::sync::Mutex;

use pyex::io::{Grants, IoSession};
use pyex::{Ctx, Limits, Options, Outcome, Program};
use pyex_tests::case_name;
use similar::TextDiff;

/// The cases share one database: one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

/// What a run printed, and its exit status.
struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

/// Runs `source` as `main.py` with `grants`, performing its I/O requests as a binding does.
fn run(source: &str, grants: &Grants) -> Run {
    let program = match Program::compile(source, "main.py") {
        Ok(p) => p,
        Err(error) => {
            return Run {
                stdout: String::new(),
                stderr: error.render("main.py", source),
                code: 1,
            }
        }
    };
    let mut ctx = Ctx::new(Options {
        limits: Limits {
            time: Some(std::time::Duration::from_secs(20)),
            ..Limits::default()
        },
        fs: pyex::fs::Fs::memory([("main.py", source)]),
        capabilities: grants.capabilities.clone(),
        env: grants.env.clone(),
        ..Options::default()
    });
    let mut session = IoSession::default();
    let mut result = ctx.run(&program);
    while let Ok(Outcome::HostCall(call)) = &result {
        let reply = pyex::io::perform(call, ctx.grants(), &mut session);
        result = ctx.resume(reply);
    }
    let mut stderr = ctx.stderr().to_owned();
    let code = match result {
        Ok(_) => 0,
        Err(error) => {
            stderr.push_str(&error.traceback);
            error.exit_code()
        }
    };
    Run {
        stdout: ctx.take_stdout(),
        stderr,
        code,
    }
}

fn expected(path: &Path, ext: &str) -> String {
    std::fs::read_to_string(path.with_extension(ext)).unwrap_or_default()
}

fn diff(what: &str, expected: &str, actual: &str) -> Option<String> {
    (expected != actual).then(|| {
        let diff = TextDiff::from_lines(expected, actual);
        format!(
            "{what} differs (- psql oracle, + pyex):\n{}",
            diff.unified_diff().context_radius(3)
        )
    })
}

/// The grants the cases run with, or `None` when no server is configured.
fn grants() -> Option<Grants> {
    let Ok(url) = std::env::var("DATABASE_URL") else {
        assert!(
            std::env::var_os("PYEX_REQUIRE_SERVICES").is_none(),
            "DATABASE_URL is not set: run under scripts/services/postgres.sh"
        );
        return None;
    };
    Some(Grants {
        capabilities: vec!["sql".to_owned()],
        env: vec![("DATABASE_URL".to_owned(), url)],
        ..Grants::default()
    })
}

/// One case: stdout, stderr and exit status must match the recording.
#[expect(
    clippy::needless_pass_by_value,
    reason = "datatest-stable hands over the file contents by value"
)]
fn matches_psql(path: &Path, source: String) -> datatest_stable::Result<()> {
    let Some(grants) = grants() else {
        eprintln!(
            "io_sql: DATABASE_URL is not set, {} skipped",
            case_name(path)
        );
        return Ok(());
    };
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let actual = run(&source, &grants);
    let code: i32 = expected(path, "code").trim().parse().unwrap_or(0);
    let mut problems: Vec<String> = Vec::new();
    problems.extend(diff("stdout", &expected(path, "out"), &actual.stdout));
    problems.extend(diff("stderr", &expected(path, "err"), &actual.stderr));
    if code != actual.code {
        problems.push(format!(
            "exit status: recorded {code}, pyex {}",
            actual.code
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(
            pyex_tests::CaseFailure(format!("{}:\n{}", case_name(path), problems.join("\n")))
                .into(),
        )
    }
}

datatest_stable::harness!(matches_psql, "../conformance/io/sql", r"io/sql/[^/]+\.py$");
