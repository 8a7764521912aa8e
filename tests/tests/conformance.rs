//! Runs every behaviour case in `conformance/cases/<area>/<topic>.py` and compares what pyex
//! prints with what CPython printed: stdout with `<topic>.out`, stderr (the traceback of an
//! uncaught exception) with `<topic>.err`, and the exit status with `<topic>.code` (both absent
//! when empty / zero). Each case runs as `main.py` in a fresh `Ctx`.
//!
//! Filter by name like any test: `cargo test -p pyex-tests --test conformance -- dicts`.
//! Cases listed in `conformance/known_failures.txt` are expected to fail.

use std::path::Path;

use pyex::{Ctx, Limits, Options, Program};
use pyex_tests::{case_name, judge};
use similar::TextDiff;

/// What a run printed, and its exit status.
struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

/// Runs `source` as `main.py`, like `python3 main.py`.
fn run(source: &str) -> Run {
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
    // A case that loops forever fails instead of hanging the suite; the limit is wall time, and a
    // debug build on a loaded 2-core machine runs the slowest cases (~2 s of CPU) 5x slower.
    let mut ctx = Ctx::new(Options {
        limits: Limits {
            time: Some(std::time::Duration::from_mins(1)),
            ..Limits::default()
        },
        // The case runs as main.py in an otherwise empty directory, as under `record`.
        fs: pyex::fs::Fs::memory([("main.py", source)]),
        ..Options::default()
    });
    let result = ctx.run(&program);
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
            "{what} differs (- CPython, + pyex):\n{}",
            diff.unified_diff().context_radius(3)
        )
    })
}

/// One case: stdout, stderr and exit status must match CPython's.
#[expect(
    clippy::needless_pass_by_value,
    reason = "datatest-stable hands over the file contents by value"
)]
fn matches_cpython(path: &Path, source: String) -> datatest_stable::Result<()> {
    let case = case_name(path);
    let actual = run(&source);
    let code: i32 = expected(path, "code").trim().parse().unwrap_or(0);
    let mut problems: Vec<String> = Vec::new();
    problems.extend(diff("stdout", &expected(path, "out"), &actual.stdout));
    problems.extend(diff("stderr", &expected(path, "err"), &actual.stderr));
    if code != actual.code {
        problems.push(format!("exit status: CPython {code}, pyex {}", actual.code));
    }
    let outcome = if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{case}:\n{}", problems.join("\n")))
    };
    Ok(judge(&case, outcome)?)
}

datatest_stable::harness!(matches_cpython, "../conformance/cases", r"\.py$");
