//! Failing inputs on disk: `<out>/<target>-<kind>-s<seed>-i<index>.py` (the
//! input) and `.txt` (what went wrong and how to replay it).

use std::path::Path;

use crate::targets::Target;

/// One failing input.
pub struct Failure<'a> {
    pub target: Target,
    pub kind: &'a str,
    pub seed: u64,
    pub index: u64,
    pub source: &'a str,
    pub details: &'a str,
}

/// Writes `failure` under `out` (created if missing); returns the file stem.
pub fn write(out: &Path, failure: &Failure) -> String {
    let stem = format!(
        "{}-{}-s{}-i{}",
        failure.target.name(),
        failure.kind,
        failure.seed,
        failure.index
    );
    let _ = std::fs::create_dir_all(out);
    let _ = std::fs::write(out.join(format!("{stem}.py")), failure.source);
    let text = format!(
        "target: {}\nkind: {}\nseed: {}\nindex: {}\nreplay: pyex-fuzz --target {} --replay {stem}.py (or --seed {} --from {} --iterations 1)\n\n{}\n",
        failure.target.name(),
        failure.kind,
        failure.seed,
        failure.index,
        failure.target.name(),
        failure.seed,
        failure.index,
        failure.details
    );
    let _ = std::fs::write(out.join(format!("{stem}.txt")), text);
    stem
}
