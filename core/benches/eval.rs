//! Evaluator benchmarks: `fib(25)` (calls and int arithmetic), a class-heavy
//! particle simulation, a generator pipeline, and `FizzBuzz` 1..100 from source,
//! cold (compile + fresh `Ctx` + run each iteration).
//!
//! The programs are core/benches/programs/*.py (and the algorithms conformance
//! case); `scripts/eval_vs_cpython.py` times the same files under pyex and
//! python3 in one run and prints the ratios.

use criterion::{criterion_group, criterion_main, Criterion};
use pyex::{Ctx, Options, Program};

/// The allocator every pyex binary ships with (CLI, NIF, Python module): pyex
/// allocates many small objects, as CPython does with its own allocator.
#[global_allocator]
static GLOBAL: pyex_alloc::Allocator = pyex_alloc::Allocator;

const FIB: &str = include_str!("programs/fib.py");
const FIZZBUZZ: &str = include_str!("programs/fizzbuzz.py");
const PARTICLES: &str = include_str!("programs/particles.py");
const PIPELINE: &str = include_str!("programs/pipeline.py");
const ALGORITHMS: &str = include_str!("../../conformance/cases/algorithms/algorithms_suite.py");

fn run(program: &Program) {
    let mut ctx = Ctx::new(Options::default());
    let outcome = ctx.run(program);
    assert!(outcome.is_ok(), "{outcome:?}");
}

fn benches(c: &mut Criterion) {
    let fib = Program::compile(FIB, "fib.py").expect("fib compiles");
    c.bench_function("fib(25) warm", |b| b.iter(|| run(&fib)));
    let particles = Program::compile(PARTICLES, "particles.py").expect("particles compiles");
    c.bench_function("particles (classes) warm", |b| b.iter(|| run(&particles)));
    let pipeline = Program::compile(PIPELINE, "pipeline.py").expect("pipeline compiles");
    c.bench_function("generator pipeline warm", |b| b.iter(|| run(&pipeline)));
    let algorithms = Program::compile(ALGORITHMS, "algorithms.py").expect("algorithms compiles");
    c.bench_function("algorithms warm", |b| b.iter(|| run(&algorithms)));
    c.bench_function("Ctx::new", |b| b.iter(|| Ctx::new(Options::default())));
    c.bench_function("compile fizzbuzz", |b| {
        b.iter(|| Program::compile(FIZZBUZZ, "fizzbuzz.py").expect("fizzbuzz compiles"));
    });
    c.bench_function("fizzbuzz cold", |b| {
        b.iter(|| {
            let program = Program::compile(FIZZBUZZ, "fizzbuzz.py").expect("fizzbuzz compiles");
            run(&program);
        });
    });
}

criterion_group! {
    name = eval;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(eval);
