//! Coroutines and asyncio through the public API: a host call made inside a
//! coroutine (several tasks deep, inside `async with` and `async for`) pauses
//! the run like any other; the paused run snapshots, restores on another
//! thread, and resumes to the output python3 prints.

use pyex::{Ctx, HostModule, HostValue, Options, Outcome, Program, Reply};

fn options() -> Options {
    Options {
        host_modules: vec![HostModule::new("api", &["fetch"])],
        ..Options::default()
    }
}

const SOURCE: &str = "\
import asyncio
import api

class Session:
    async def __aenter__(self):
        print('open')
        return self
    async def __aexit__(self, *exc):
        print('close')

async def pages(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i

async def fetch(name, delay):
    await asyncio.sleep(delay)
    async with Session():
        total = 0
        async for page in pages(2):
            total += api.fetch(f'{name}/{page}')
    return name, total

async def main():
    results = await asyncio.gather(fetch('b', 0.2), fetch('a', 0.1))
    print(results)
    return len(results)

print(asyncio.run(main()))
";

/// What python3 prints when `api.fetch(path)` returns `len(path)`.
const EXPECTED: &str = "open\nopen\nclose\nclose\n[('b', 6), ('a', 6)]\n2\n";

/// Answers every `api.fetch(path)` with `len(path)` until the run ends.
fn finish(ctx: &mut Ctx, mut outcome: Result<Outcome, pyex::PyError>) -> Vec<String> {
    let mut calls = Vec::new();
    while let Ok(Outcome::HostCall(call)) = &outcome {
        let [HostValue::Str(path)] = call.args.as_slice() else {
            panic!("one str argument: {call:?}");
        };
        calls.push(path.clone());
        outcome = ctx.resume(Reply::Value(HostValue::Int(path.len() as i64)));
    }
    assert!(outcome.is_ok(), "{outcome:?}");
    calls
}

#[test]
fn host_calls_inside_coroutines_pause_and_resume() {
    let program = Program::compile(SOURCE, "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    let outcome = ctx.run(&program);
    let calls = finish(&mut ctx, outcome);
    assert_eq!(calls, ["a/0", "b/0", "a/1", "b/1"]);
    assert_eq!(ctx.take_stdout(), EXPECTED);
}

#[test]
fn a_pause_inside_a_coroutine_snapshots_and_restores_on_another_thread() {
    let program = Program::compile(SOURCE, "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    let Ok(Outcome::HostCall(call)) = ctx.run(&program) else {
        panic!("expected a host call");
    };
    assert_eq!(call.args, [HostValue::Str("a/0".into())]);
    let printed_before = ctx.take_stdout();
    let bytes = ctx.snapshot();
    let resume = move |bytes: Vec<u8>| {
        std::thread::spawn(move || {
            let mut ctx = Ctx::restore(&bytes).expect("restores");
            let outcome = ctx.resume(Reply::Value(HostValue::Int(3)));
            let calls = finish(&mut ctx, outcome);
            (calls, ctx.take_stdout())
        })
        .join()
        .unwrap()
    };
    let (calls, first) = resume(bytes.clone());
    let (_, second) = resume(bytes);
    assert_eq!(calls, ["b/0", "a/1", "b/1"]);
    assert_eq!(format!("{printed_before}{first}"), EXPECTED);
    assert_eq!(first, second);
}

#[test]
fn awaiting_a_finished_coroutine_twice_is_a_runtime_error() {
    let source = "\
async def f():
    return 1

async def main():
    c = f()
    await c
    await c

m = main()
m.send(None)
";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    let error = ctx.run(&program).unwrap_err();
    assert_eq!(error.kind, "RuntimeError");
    assert_eq!(error.message, "cannot reuse already awaited coroutine");
}
