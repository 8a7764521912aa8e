//! Runs every behaviour case in `conformance/cases/<area>/<topic>.py` and compares what pyex
//! prints with what CPython printed: stdout with `<topic>.out`, stderr (the traceback of an
//! uncaught exception) with `<topic>.err`, and the exit status with `<topic>.code` (both absent
//! when empty / zero). Each case runs as `main.py` in a fresh `Ctx`.
//!
//! Filter by name like any test: `cargo test -p pyex-tests --test conformance -- dicts`.
//! Cases listed in `conformance/known_failures.txt` are expected to fail.
//!
//! Every case runs with a zero time slice (`Ctx::set_time_slice`): it pauses at every periodic
//! check (every few thousand instructions) and is continued at once, so the corpus also checks
//! that a run paused anywhere continues exactly as it would have gone on.

use std::path::Path;

use pyex::{Limits, Options};
use pyex_tests::io_run::{run_sliced, Printed};
use pyex_tests::{case_name, judge, recorded};

/// Runs `source` as `main.py`, like `python3 main.py`.
fn run_case(source: &str) -> Printed {
    // A case that loops forever fails instead of hanging the suite; the limit is wall time, and a
    // debug build on a loaded 2-core machine runs the slowest cases (~2 s of CPU) 5x slower.
    run_sliced(
        source,
        Options {
            limits: Limits {
                time: Some(std::time::Duration::from_mins(1)),
                ..Limits::default()
            },
            // The case runs as main.py in an otherwise empty directory, as under `record`.
            fs: pyex::fs::Fs::memory([("main.py", source)]),
            ..Options::default()
        },
        Some(std::time::Duration::ZERO),
    )
}

/// One case: stdout, stderr and exit status must match CPython's.
#[expect(
    clippy::needless_pass_by_value,
    reason = "datatest-stable hands over the file contents by value"
)]
fn matches_cpython(path: &Path, source: String) -> datatest_stable::Result<()> {
    let case = case_name(path);
    let outcome = recorded::compare(path, &run_case(&source), "CPython")
        .map_err(|problems| format!("{case}:\n{problems}"));
    Ok(judge(&case, outcome)?)
}

datatest_stable::harness!(matches_cpython, "../conformance/cases", r"\.py$");
