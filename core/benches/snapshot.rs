//! Snapshot size and snapshot / restore time for (a) a fresh `Ctx`, (b) the
//! booted TODO Lambda app of the seed README (`examples/todo_app.py`,
//! booted with `App::boot`), (c) a program paused inside a generator with
//! 10,000 live objects; also `Ctx::new` and the TODO app's cold boot.
//! `PYEX_BENCH_APP=path/to/app.py` adds one more booted app.
//!
//! Besides criterion's report, `PYEX_BENCH_TABLE=1` prints size and the
//! average of plain timed loops for each state (quick before/after figures).

#![expect(
    clippy::print_stdout,
    clippy::cast_precision_loss,
    reason = "the bench prints its table; sample counts are small"
)]

use criterion::{criterion_group, criterion_main, Criterion};
use pyex::lambda::App;
use pyex::{Ctx, HostModule, Options, Outcome, Program};

#[global_allocator]
static GLOBAL: pyex_alloc::Allocator = pyex_alloc::Allocator;

const TODO_APP: &str = include_str!("../../examples/todo_app.py");

/// A generator paused at a host call, holding 10,000 live dicts.
const PAUSED_GENERATOR: &str = "\
import pyex
def rows():
    live = [{'id': i, 'name': f'row {i}'} for i in range(10000)]
    for row in live:
        yield pyex.suspend(row['id'])
it = rows()
next(it)
";

fn paused_generator() -> Ctx {
    let program = Program::compile(PAUSED_GENERATOR, "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options {
        host_modules: vec![HostModule::new("pyex", &["suspend"])],
        ..Options::default()
    });
    let outcome = ctx.run(&program).expect("runs");
    assert!(matches!(outcome, Outcome::HostCall(_)));
    ctx
}

/// The TODO app, booted.
fn todo_app() -> Ctx {
    let app = App::boot(TODO_APP, Ctx::new(Options::default())).expect("boots");
    app.ctx().clone()
}

/// The app of `PYEX_BENCH_APP`, booted, if set.
fn extra_app() -> Option<(String, Ctx)> {
    let path = std::env::var("PYEX_BENCH_APP").ok()?;
    let source = std::fs::read_to_string(&path).ok()?;
    let app = App::boot(&source, Ctx::new(Options::default())).ok()?;
    Some((format!("booted {path}"), app.ctx().clone()))
}

/// Average microseconds of `n` calls of `f`.
fn average_us(n: usize, mut f: impl FnMut()) -> f64 {
    f();
    let start = std::time::Instant::now();
    for _ in 0..n {
        f();
    }
    start.elapsed().as_secs_f64() * 1e6 / n as f64
}

/// One table row: size, snapshot, restore, snapshot+restore.
fn table_row(name: &str, ctx: &Ctx, n: usize) {
    let bytes = ctx.snapshot();
    let snapshot = average_us(n, || drop(ctx.snapshot()));
    let restore = average_us(n, || drop(Ctx::restore(&bytes).expect("restores")));
    let both = average_us(n, || {
        drop(Ctx::restore(&ctx.snapshot()).expect("restores"));
    });
    println!(
        "| {name} | {} B | {snapshot:.1} us | {restore:.1} us | {both:.1} us |",
        bytes.len()
    );
}

fn print_table(states: &[(String, Ctx, usize)]) {
    println!("| State | size | snapshot | restore | snapshot+restore |\n|---|---|---|---|---|");
    for (name, ctx, n) in states {
        table_row(name, ctx, *n);
    }
    let new = average_us(10_000, || drop(Ctx::new(Options::default())));
    println!("Ctx::new: {new:.2} us");
    let program = Program::compile(TODO_APP, "main.py").expect("compiles");
    let boot = average_us(200, || {
        drop(App::boot_program(&program, Ctx::new(Options::default())).expect("boots"));
    });
    println!("App::boot (TODO app, compiled once): {boot:.1} us");
}

fn bench_ctx(c: &mut Criterion, name: &str, ctx: &Ctx) {
    let bytes = ctx.snapshot();
    println!("snapshot size, {name}: {} bytes", bytes.len());
    c.bench_function(&format!("snapshot {name}"), |b| b.iter(|| ctx.snapshot()));
    c.bench_function(&format!("restore {name}"), |b| {
        b.iter(|| Ctx::restore(&bytes).expect("restores"));
    });
    c.bench_function(&format!("snapshot+restore {name}"), |b| {
        b.iter(|| Ctx::restore(&ctx.snapshot()).expect("restores"));
    });
}

fn benches(c: &mut Criterion) {
    let mut states = vec![
        ("fresh Ctx".to_owned(), Ctx::new(Options::default()), 2000),
        ("booted TODO app".to_owned(), todo_app(), 500),
        (
            "generator with 10k live objects".to_owned(),
            paused_generator(),
            20,
        ),
    ];
    if let Some((name, ctx)) = extra_app() {
        states.push((name, ctx, 200));
    }
    if std::env::var_os("PYEX_BENCH_TABLE").is_some() {
        print_table(&states);
    }
    for (name, ctx, _) in &states {
        bench_ctx(c, name, ctx);
    }
    c.bench_function("Ctx::new", |b| b.iter(|| Ctx::new(Options::default())));
    let program = Program::compile(TODO_APP, "main.py").expect("compiles");
    c.bench_function("App::boot TODO app (compiled program)", |b| {
        b.iter(|| App::boot_program(&program, Ctx::new(Options::default())).expect("boots"));
    });
}

criterion_group! {
    name = snapshot;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(snapshot);
