//! Parse throughput (MB/s) on real CPython stdlib files, read at run time.
//!
//! The stdlib directory is `$PYEX_STDLIB_DIR`, or asked of `python3`. A file pyex cannot parse
//! yet is still measured (the error path) and reported on stderr. For pyex against CPython per
//! file, run `scripts/parse_vs_cpython.py` (`make bench` runs both).

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

/// The allocator every pyex binary ships with (CLI, NIF, Python module): pyex
/// allocates many small objects, as CPython does with its own allocator.
#[global_allocator]
static GLOBAL: pyex_alloc::Allocator = pyex_alloc::Allocator;

/// A fixed mix of styles: argument parsing, dataclass machinery, typing, a JSON decoder,
/// text utilities, the `ast` module itself.
const FILES: [&str; 6] = [
    "argparse.py",
    "dataclasses.py",
    "typing.py",
    "json/decoder.py",
    "textwrap.py",
    "ast.py",
];

/// Where CPython's stdlib lives.
fn stdlib_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("PYEX_STDLIB_DIR") {
        return PathBuf::from(dir);
    }
    let output = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3 must be on PATH (or set PYEX_STDLIB_DIR)");
    PathBuf::from(String::from_utf8_lossy(&output.stdout).trim())
}

fn parse_stdlib_files(c: &mut Criterion) {
    let dir = stdlib_dir();
    let mut group = c.benchmark_group("parse");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for name in FILES {
        let path = dir.join(name);
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        if let Err(err) = pyex::parse_module(&source) {
            eprintln!("note: pyex cannot parse {name} yet ({err}); timing the error path");
        }
        group.throughput(Throughput::Bytes(source.len() as u64));
        group.bench_function(name, |b| b.iter(|| pyex::parse_module(black_box(&source))));
        // The pest parser alone, the path before the fast parser existed.
        let pest_name = format!("{name} (pest only)");
        group.bench_function(pest_name, |b| {
            b.iter(|| pyex::syntax::parse_module_reference(black_box(&source)));
        });
    }
    group.finish();
}

criterion_group!(benches, parse_stdlib_files);
criterion_main!(benches);
