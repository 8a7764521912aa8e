//! A hostile-program case: `conformance/hostile/<category>/<name>.py` and its sidecar
//! `<name>.expect`, which says how the program runs (limits, filesystem) and how it must end.
//!
//! The sidecar is `key: value` lines (`#` starts a comment line):
//! - `outcome:` the error the run ends with, as `Type: message` (`Type` alone for an empty
//!   message; a `SyntaxError` from compiling is `SyntaxError: msg`), or `ok` when it finishes;
//! - `limit:` the limit that ends it (`time`, `steps`, `memory`, `recursion`, `output`,
//!   `open_files`, `fs_bytes`) or `none`;
//! - `time_ms:`, `memory:`, `steps:`, `output:` (bytes), `recursion_limit:`: the configuration
//!   (defaults: 2000 ms, 64 MiB, no step or output limit, recursion limit 1000);
//! - `fs:` `memory` (default) or `local` (a host directory with a canary file outside it and
//!   symlinks and a hard link pointing at it);
//! - `after:` `snapshot` to snapshot and restore the context after the run;
//! - `cpython:` `same` when CPython ends with the same last traceback line (checked by
//!   `conformance/hostile/check_cpython.py`), `differs` otherwise;
//! - `why:` why this outcome is the sandbox's (one line).

use std::path::{Path, PathBuf};
use std::time::Duration;

/// One case, parsed from its sidecar.
#[derive(Clone, Debug)]
pub struct HostileCase {
    /// `<category>/<name>` (e.g. `escapes/subprocess`).
    pub name: String,
    /// The program's path.
    pub path: PathBuf,
    /// The expected end: `ok` or `Type: message`.
    pub outcome: String,
    /// The limit expected to end the run (`none` when no limit does).
    pub limit: String,
    /// The wall-time limit.
    pub time: Duration,
    /// The heap limit in bytes.
    pub memory: usize,
    /// The step limit, if any.
    pub steps: Option<u64>,
    /// The output limit in bytes, if any.
    pub output: Option<usize>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// `memory` or `local`.
    pub fs: String,
    /// `snapshot` to snapshot and restore after the run.
    pub after: Option<String>,
}

/// The `conformance/hostile/` directory.
pub fn hostile_dir() -> PathBuf {
    crate::conformance_dir().join("hostile")
}

/// Every case under `conformance/hostile/`, sorted by name.
pub fn hostile_cases() -> Result<Vec<HostileCase>, String> {
    let mut cases = Vec::new();
    let dir = hostile_dir();
    let categories = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for category in categories.flatten() {
        if !category.path().is_dir() {
            continue;
        }
        let files = std::fs::read_dir(category.path()).map_err(|e| e.to_string())?;
        for file in files.flatten() {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "py") {
                cases.push(HostileCase::load(&path)?);
            }
        }
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

fn number<T: std::str::FromStr>(key: &str, value: &str) -> Result<T, String> {
    value
        .replace('_', "")
        .parse()
        .map_err(|_| format!("{key}: not a number: {value}"))
}

impl HostileCase {
    /// Reads the case at `path` (a `.py` file) and its `.expect` sidecar.
    pub fn load(path: &Path) -> Result<HostileCase, String> {
        let sidecar = path.with_extension("expect");
        let text =
            std::fs::read_to_string(&sidecar).map_err(|e| format!("{}: {e}", sidecar.display()))?;
        let category = path
            .parent()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut case = HostileCase {
            name: format!("{category}/{stem}"),
            path: path.to_path_buf(),
            outcome: String::new(),
            limit: "none".to_owned(),
            time: Duration::from_secs(2),
            memory: 64 << 20,
            steps: None,
            output: None,
            recursion_limit: 1000,
            fs: "memory".to_owned(),
            after: None,
        };
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, value) = line
                .split_once(':')
                .ok_or_else(|| format!("{}: not `key: value`: {line}", sidecar.display()))?;
            case.set(key.trim(), value.trim())
                .map_err(|e| format!("{}: {e}", sidecar.display()))?;
        }
        if case.outcome.is_empty() {
            return Err(format!("{}: no outcome", sidecar.display()));
        }
        Ok(case)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        match key {
            "outcome" => value.clone_into(&mut self.outcome),
            "limit" => value.clone_into(&mut self.limit),
            "time_ms" => self.time = Duration::from_millis(number(key, value)?),
            "memory" => self.memory = number(key, value)?,
            "steps" => self.steps = Some(number(key, value)?),
            "output" => self.output = Some(number(key, value)?),
            "recursion_limit" => self.recursion_limit = number(key, value)?,
            "fs" => value.clone_into(&mut self.fs),
            "after" => self.after = Some(value.to_owned()),
            "cpython" | "why" => {}
            _ => return Err(format!("unknown key {key}")),
        }
        Ok(())
    }
}
