//! The fast parser against the pest parser: both run on every `.py` file of
//! CPython's stdlib (the whole tree, tests included) and on every conformance
//! case, and must build identical trees (`ast::Module: PartialEq`, spans and
//! constant values included). Where the fast parser gives up, the pest
//! parser decides; the test counts those files and fails if the fast parser
//! accepts a file the pest parser rejects.
//!
//! `PYEX_FAST_SITE_PACKAGES=1` adds the installed third-party packages.
//! Filter files with `PYEX_FAST_FILTER=substring`; `PYEX_FAST_VERBOSE=1`
//! lists the files the fast parser leaves to pest.

use std::fs;
use std::path::{Path, PathBuf};

use pyex::syntax::{dump_with_attributes, parse_module_fast, parse_module_reference, LineIndex};

/// Every `.py` file under `dir`, recursively (`site-packages` only with
/// `PYEX_FAST_SITE_PACKAGES=1`: third-party code, ten times the stdlib).
fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if path.ends_with("site-packages")
                && std::env::var_os("PYEX_FAST_SITE_PACKAGES").is_none()
            {
                continue;
            }
            python_files(&path, out);
        } else if kind.is_file() && path.extension() == Some("py".as_ref()) {
            out.push(path);
        }
    }
}

/// The stdlib directory of `python3`.
fn stdlib_dir() -> PathBuf {
    let output = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3 must be on PATH");
    PathBuf::from(String::from_utf8_lossy(&output.stdout).trim())
}

/// Counts of one survey.
#[derive(Default)]
struct Survey {
    files: usize,
    fast: usize,
    valid: usize,
    fallback: Vec<String>,
    failures: Vec<String>,
}

impl Survey {
    fn check(&mut self, path: &Path) {
        let Ok(source) = fs::read_to_string(path) else {
            return;
        };
        self.files += 1;
        let name = path.display().to_string();
        let reference = parse_module_reference(&source);
        let fast = parse_module_fast(&source);
        self.valid += usize::from(reference.is_ok());
        match (fast, reference) {
            (Some(fast), Ok(reference)) => {
                if fast == reference {
                    self.fast += 1;
                } else {
                    let index = LineIndex::new(&source);
                    let a = dump_with_attributes(&reference, Some(1), &index);
                    let b = dump_with_attributes(&fast, Some(1), &index);
                    let first = a
                        .lines()
                        .zip(b.lines())
                        .position(|(x, y)| x != y)
                        .unwrap_or(0);
                    let show = |d: &str| {
                        d.lines()
                            .skip(first.saturating_sub(3))
                            .take(8)
                            .collect::<Vec<_>>()
                            .join("\n")
                    };
                    self.failures.push(format!(
                        "{name}: trees differ\n--- pest\n{}\n--- fast\n{}",
                        show(&a),
                        show(&b)
                    ));
                }
            }
            (Some(_), Err(err)) => self.failures.push(format!(
                "{name}: the fast parser accepts what pest rejects: {} ({}:{})",
                err.msg, err.lineno, err.offset
            )),
            (None, Ok(_)) => self.fallback.push(name),
            (None, Err(_)) => {}
        }
    }
}

#[test]
fn fast_parser_builds_the_pest_trees() {
    let filter = std::env::var("PYEX_FAST_FILTER").unwrap_or_default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    python_files(&stdlib_dir(), &mut files);
    python_files(&root.join("conformance"), &mut files);
    files.retain(|f| f.display().to_string().contains(&filter));
    files.sort();
    let mut survey = Survey::default();
    for file in &files {
        survey.check(file);
    }
    if std::env::var_os("PYEX_FAST_VERBOSE").is_some() {
        for name in &survey.fallback {
            eprintln!("fallback: {name}");
        }
    }
    for failure in &survey.failures {
        eprintln!("{failure}");
    }
    eprintln!(
        "files {}, valid {}, fast parser {} (fell back on {} valid files), mismatches {}",
        survey.files,
        survey.valid,
        survey.fast,
        survey.fallback.len(),
        survey.failures.len()
    );
    assert!(survey.failures.is_empty(), "the fast parser diverges");
}
