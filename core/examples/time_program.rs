//! Times one Python program in process, for `scripts/eval_vs_cpython.py`:
//! `cargo run --release -p pyex --example time_program -- FILE [REPEAT]`.
//!
//! Prints one JSON object with the median microseconds of `compile` (source →
//! `Program`), `warm` (a fresh `Ctx` running the compiled program, the way a
//! host reuses a `Program`) and `cold` (compile + fresh `Ctx` + run, the way a
//! host runs source it has never seen), plus the repeat count.

#![expect(
    clippy::print_stdout,
    reason = "printing the figures is this tool's job"
)]

use std::time::Instant;

use pyex::{Ctx, Options, Outcome, Program};

/// The allocator every pyex binary ships with (CLI, NIF, Python module): pyex
/// allocates many small objects, as CPython does with its own allocator.
#[global_allocator]
static GLOBAL: pyex_alloc::Allocator = pyex_alloc::Allocator;

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: time_program FILE [REPEAT]")?;
    let repeat: usize = match args.next() {
        Some(n) => n.parse().map_err(|e| format!("bad REPEAT: {e}"))?,
        None => 20,
    };
    let source = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let program = compile(&source)?;
    run(&program)?; // one untimed run: caches, page faults
    let compile_us = median(repeat, || compile(&source).map(drop))?;
    let warm_us = median(repeat, || run(&program))?;
    let cold_us = median(repeat, || run(&compile(&source)?))?;
    println!(
        "{{\"compile\": {compile_us:.1}, \"warm\": {warm_us:.1}, \"cold\": {cold_us:.1}, \"repeat\": {repeat}}}"
    );
    Ok(())
}

fn compile(source: &str) -> Result<Program, String> {
    Program::compile(source, "main.py").map_err(|e| e.to_string())
}

/// Runs `program` in a fresh `Ctx` to the end; a failure or a pause is an error.
fn run(program: &Program) -> Result<(), String> {
    let mut ctx = Ctx::new(Options::default());
    match ctx.run(program) {
        Ok(Outcome::Done(_)) => Ok(()),
        Ok(other) => Err(format!("the program paused: {other:?}")),
        Err(e) => Err(format!("{e:?}")),
    }
}

/// The median wall time of `repeat` calls of `f`, in microseconds.
fn median(repeat: usize, mut f: impl FnMut() -> Result<(), String>) -> Result<f64, String> {
    let mut times = Vec::with_capacity(repeat);
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        f()?;
        times.push(start.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(f64::total_cmp);
    Ok(times[times.len() / 2])
}
