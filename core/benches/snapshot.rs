//! Snapshot size and snapshot / restore time for (a) a fresh `Ctx`, (b) a
//! booted web app (hook: set `PYEX_BENCH_APP=path/to/app.py`, a program that
//! boots the app and returns; the `web` helper's TODO Lambda app goes here),
//! (c) a program paused inside a generator with 10,000 live objects.
//! Sizes are printed once before the timings.

use criterion::{criterion_group, criterion_main, Criterion};
use pyex::{Ctx, HostModule, Options, Outcome, Program};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

/// The app of `PYEX_BENCH_APP`, booted (run to the end), if set.
fn booted_app() -> Option<Ctx> {
    let path = std::env::var("PYEX_BENCH_APP").ok()?;
    let source = std::fs::read_to_string(&path).ok()?;
    let program = Program::compile(&source, &path).ok()?;
    let mut ctx = Ctx::new(Options::default());
    ctx.run(&program).ok()?;
    Some(ctx)
}

#[expect(
    clippy::print_stdout,
    reason = "a bench reports the snapshot sizes next to criterion's timings"
)]
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
    bench_ctx(c, "fresh Ctx", &Ctx::new(Options::default()));
    bench_ctx(c, "generator with 10k live objects", &paused_generator());
    if let Some(app) = booted_app() {
        bench_ctx(c, "booted app", &app);
    }
}

criterion_group!(snapshot, benches);
criterion_main!(snapshot);
