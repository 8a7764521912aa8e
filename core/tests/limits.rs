//! Limits end a run with an error Python code cannot catch; the `Ctx` stays usable.

use std::time::Duration;

use pyex::{Ctx, Limits, Options, Program};

fn ctx_with(limits: Limits) -> Ctx {
    Ctx::new(Options {
        limits,
        ..Options::default()
    })
}

#[test]
fn an_infinite_loop_times_out_even_inside_try() {
    let source =
        "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = ctx_with(Limits {
        time: Some(Duration::from_millis(100)),
        ..Limits::default()
    });
    let error = ctx.run(&program).unwrap_err();
    assert_eq!(
        error.to_string(),
        "TimeoutError: execution exceeded time limit"
    );
    assert_eq!(ctx.stdout(), "");
    let ok = Program::compile("print('still usable')", "main.py").unwrap();
    assert!(ctx.run(&ok).is_ok());
    assert_eq!(ctx.stdout(), "still usable\n");
}

#[test]
fn deep_recursion_in_a_time_limited_run_times_out() {
    let source = "def f(n):\n    return f(n + 1) if n < 900 else f(0)\nf(0)\n";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = ctx_with(Limits {
        time: Some(Duration::from_millis(100)),
        ..Limits::default()
    });
    let error = ctx.run(&program).unwrap_err();
    assert!(
        error.kind == "TimeoutError" || error.kind == "RecursionError",
        "{error}"
    );
}

#[test]
fn a_growing_heap_hits_the_memory_limit() {
    let source = "data = []\nwhile True:\n    data.append('x' * 1000 + str(len(data)))\n";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = ctx_with(Limits {
        memory: Some(20 << 20),
        time: Some(Duration::from_secs(20)),
    });
    let error = ctx.run(&program).unwrap_err();
    assert_eq!(error.kind, "MemoryError");
}
