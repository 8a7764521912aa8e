//! Prints the snapshot size of a `Ctx` after running each given program
//! (diagnostics for the snapshot bench: which imports cost snapshot bytes).
//! `SNAP_LOOP=n` then snapshots and restores each `Ctx` n times (to profile);
//! `SNAP_OUT=file` writes the last snapshot, `SNAP_IN=file` restores one
//! first (a snapshot made by another process of the same build).

#![expect(clippy::print_stdout, reason = "a diagnostic tool prints its results")]

use pyex::{Ctx, Options, Program};

fn main() {
    if let Ok(path) = std::env::var("SNAP_IN") {
        let bytes = std::fs::read(path).expect("reads");
        match Ctx::restore(&bytes) {
            Ok(ctx) => println!("restored: {:?}", ctx.heap_usage()),
            Err(e) => println!("restore failed: {e}"),
        }
    }
    for source in std::env::args().skip(1) {
        let source = source.replace("\\n", "\n");
        let program = Program::compile(&source, "main.py").expect("compiles");
        let mut ctx = Ctx::new(Options::default());
        let outcome = ctx.run(&program);
        let bytes = ctx.snapshot();
        let (objects, live) = ctx.heap_usage();
        println!(
            "{:>8} B snapshot, {:?} chunks, {objects} objects, {live} live bytes: {source:?} ({})",
            bytes.len(),
            ctx.heap_chunks(),
            if outcome.is_ok() { "ok" } else { "error" }
        );
        let rounds: usize = std::env::var("SNAP_LOOP")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        if let Ok(path) = std::env::var("SNAP_OUT") {
            std::fs::write(path, &bytes).expect("writes");
        }
        for _ in 0..rounds {
            drop(Ctx::restore(&ctx.snapshot()).expect("restores"));
        }
    }
}
