//! Runs every sql case in `conformance/io/sql/*.py` under pyex with the capability `sql` against
//! the PostgreSQL of `DATABASE_URL`, and compares stdout / stderr / exit status with what the
//! case printed under python3 with the psql oracle (`conformance/io/sql/record`).
//!
//! `make test` starts the server (scripts/services/postgres.sh). Without `DATABASE_URL` the cases
//! are skipped with a note, unless `PYEX_REQUIRE_SERVICES` is set (CI), where that is a failure.
//! Cases run one at a time (they share the database): `--test-threads` is forced to 1.

use std::path::Path;
use std::sync::Mutex;

use pyex::io::Grants;
use pyex::{Limits, Options};
use pyex_tests::io_run::{run, Printed};
use pyex_tests::{case_name, recorded};

/// The cases share one database: one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

/// Runs `source` as `main.py` with `grants`, performing its I/O requests as a binding does.
fn run_case(source: &str, grants: &Grants) -> Printed {
    run(
        source,
        Options {
            limits: Limits {
                time: Some(std::time::Duration::from_secs(20)),
                ..Limits::default()
            },
            fs: pyex::fs::Fs::memory([("main.py", source)]),
            capabilities: grants.capabilities.clone(),
            env: grants.env.clone(),
            ..Options::default()
        },
    )
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
    recorded::compare(path, &run_case(&source, &grants), "psql oracle").map_err(|problems| {
        pyex_tests::CaseFailure(format!("{}:\n{problems}", case_name(path))).into()
    })
}

datatest_stable::harness!(matches_psql, "../conformance/io/sql", r"io/sql/[^/]+\.py$");
