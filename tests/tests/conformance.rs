//! Runs every behaviour case in `conformance/cases/<area>/<topic>.py`.
//!
//! Until the evaluator exists this checks only that each case parses: CPython runs all of them,
//! so a `SyntaxError` from pyex is a parser bug. Comparing stdout, stderr and the exit status
//! with the recorded `.out`/`.err`/`.code` comes with the evaluator.
//!
//! Filter by name like any test: `cargo test -p pyex-tests --test conformance -- dicts`.
//! Cases listed in `conformance/known_failures.txt` are expected to fail.

use std::path::Path;

use pyex_tests::{case_name, judge};

/// One case: it must parse.
#[expect(
    clippy::needless_pass_by_value,
    reason = "datatest-stable hands over the file contents by value"
)]
fn parses(path: &Path, source: String) -> datatest_stable::Result<()> {
    let case = case_name(path);
    let outcome = match pyex::parse_module(&source) {
        Ok(_) => Ok(()),
        Err(err) => {
            let line = source.lines().nth(err.lineno.saturating_sub(1) as usize);
            Err(format!(
                "{case}: CPython runs this program but pyex rejects it:\n  {}: {} \
                 (line {}, offset {}, end line {}, end offset {})\n  | {}",
                err.kind,
                err.msg,
                err.lineno,
                err.offset,
                err.end_lineno,
                err.end_offset,
                line.unwrap_or_default()
            ))
        }
    };
    Ok(judge(&case, outcome)?)
}

datatest_stable::harness!(parses, "../conformance/cases", r"\.py$");
