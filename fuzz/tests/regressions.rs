//! Every input the fuzzer found failing, kept as a regression case:
//! `fuzz/regressions/<target>-<name>.py` runs through its target's checks
//! (on the worker's 16 MiB stack) and must pass. A case is added when it is
//! found, before the fix.

use std::path::Path;

use pyex_fuzz::targets::{Target, Verdict};
use pyex_fuzz::worker::{run_one, STACK};

#[test]
fn fuzz_regressions_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fuzz/regressions exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension() == Some("py".as_ref()))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let target_name = name.split('-').next().unwrap_or_default();
        let targets = Target::parse_list(target_name).expect("file name starts with a target");
        let source = std::fs::read_to_string(path).unwrap();
        let verdict = std::thread::Builder::new()
            .stack_size(STACK)
            .spawn(move || run_one(targets[0], &source, 0, 0, &mut None))
            .unwrap()
            .join()
            .unwrap();
        if let Verdict::Fail(kind, details) = verdict {
            failures.push(format!("{name}: {kind}\n{details}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `fuzz/regressions/restore-*.snap`: damaged snapshots (with a repaired
/// checksum) that once crashed `Ctx::restore` or the run after it.
#[test]
fn damaged_snapshots_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let program = pyex::Program::compile("print('after restore')\n", "main.py").unwrap();
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension() != Some("snap".as_ref()) {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let program = program.clone();
        let outcome = std::thread::Builder::new()
            .stack_size(STACK)
            .spawn(move || pyex_fuzz::restore::run_mutant(&bytes, &program))
            .unwrap()
            .join();
        assert!(outcome.is_ok(), "{} panicked", path.display());
    }
}
