//! Concurrent host calls: awaitable host functions called from several
//! asyncio tasks pause the run once with every pending call
//! (`Outcome::HostCalls`), answered together with `Ctx::resume_many`.

use pyex::{Ctx, HostCall, HostModule, HostValue, Options, Outcome, Program, Reply};

fn options() -> Options {
    Options {
        host_modules: vec![HostModule::new("api", &["ping"]).with_async(&["fetch", "fail"])],
        ..Options::default()
    }
}

/// The host's answer: `fetch(x)` gives `x * 10`, `ping()` gives `"pong"`,
/// anything else raises `KeyError`.
fn answer(call: &HostCall) -> Reply {
    match (call.function.as_str(), call.args.as_slice()) {
        ("fetch", [HostValue::Int(x)]) => Reply::Value(HostValue::Int(x * 10)),
        ("ping", []) => Reply::Value(HostValue::Str("pong".into())),
        _ => Reply::Error {
            kind: "KeyError".into(),
            message: format!("no {}", call.function),
        },
    }
}

/// Runs `source` to the end, answering batches in reverse order; returns
/// the sizes of the pauses (0 for a single-call pause) and stdout.
fn run(source: &str) -> (Vec<usize>, String) {
    let program = Program::compile(source, "main.py").expect("compiles");
    let mut ctx = Ctx::new(options());
    let mut pauses = Vec::new();
    let mut outcome = ctx.run(&program);
    loop {
        outcome = match outcome {
            Ok(Outcome::Done(_)) => break,
            Ok(Outcome::HostCall(call)) => {
                pauses.push(0);
                ctx.resume(answer(&call))
            }
            Ok(Outcome::HostCalls(calls)) => {
                pauses.push(calls.len());
                let replies = calls.iter().rev().map(|c| (c.id, answer(c))).collect();
                ctx.resume_many(replies)
            }
            Err(e) => panic!("{}", e.traceback),
        }
    }
    (pauses, ctx.take_stdout())
}

const GATHER: &str = "\
import asyncio, api

async def main():
    results = await asyncio.gather(*[api.fetch(i) for i in range(10)])
    print(results)
    print(await api.fetch(7))

asyncio.run(main())
";

#[test]
fn gather_of_async_host_calls_pauses_once_with_all_calls() {
    let (pauses, stdout) = run(GATHER);
    assert_eq!(pauses, [10, 1]);
    assert_eq!(stdout, "[0, 10, 20, 30, 40, 50, 60, 70, 80, 90]\n70\n");
}

#[test]
fn calls_of_a_batch_have_distinct_ids_in_call_order() {
    let program = Program::compile(GATHER, "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    let Ok(Outcome::HostCalls(calls)) = ctx.run(&program) else {
        panic!("expected a batch");
    };
    let args: Vec<_> = calls.iter().map(|c| c.args.clone()).collect();
    let expected: Vec<_> = (0..10).map(|i| vec![HostValue::Int(i)]).collect();
    assert_eq!(args, expected);
    let mut ids: Vec<u64> = calls.iter().map(|c| c.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), 10);
    assert_eq!(ctx.pending_calls(), calls.as_slice());
}

#[test]
fn missing_unknown_and_duplicate_ids_are_errors_that_keep_the_pause() {
    let program = Program::compile(GATHER, "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    let Ok(Outcome::HostCalls(calls)) = ctx.run(&program) else {
        panic!("expected a batch");
    };
    let all: Vec<(u64, Reply)> = calls.iter().map(|c| (c.id, answer(c))).collect();
    let missing = ctx.resume_many(all[1..].to_vec()).unwrap_err();
    assert_eq!(missing.kind, "ValueError");
    assert!(
        missing.message.contains("no reply for host call"),
        "{}",
        missing.message
    );
    let mut duplicate = all.clone();
    duplicate.push(all[0].clone());
    let duplicate = ctx.resume_many(duplicate).unwrap_err();
    assert!(
        duplicate.message.contains("two replies"),
        "{}",
        duplicate.message
    );
    let mut unknown = all.clone();
    unknown[3].0 = 999;
    let unknown = ctx.resume_many(unknown).unwrap_err();
    assert!(unknown.message.contains("999"), "{}", unknown.message);
    let single = ctx.resume(answer(&calls[0])).unwrap_err();
    assert!(single.message.contains("resume_many"), "{}", single.message);
    assert!(matches!(ctx.resume_many(all), Ok(Outcome::HostCalls(c)) if c.len() == 1));
}

#[test]
fn a_batch_can_be_snapshotted_restored_and_resumed() {
    let program = Program::compile(GATHER, "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    let Ok(Outcome::HostCalls(calls)) = ctx.run(&program) else {
        panic!("expected a batch");
    };
    let bytes = ctx.snapshot();
    drop(ctx);
    let mut restored = Ctx::restore(&bytes).unwrap();
    assert_eq!(restored.pending_calls(), calls.as_slice());
    let replies = calls.iter().map(|c| (c.id, answer(c))).collect();
    let Ok(Outcome::HostCalls(next)) = restored.resume_many(replies) else {
        panic!("expected the second batch");
    };
    let id = next[0].id;
    let done = restored.resume_many(vec![(id, answer(&next[0]))]).unwrap();
    assert_eq!(done, Outcome::Done(HostValue::None));
    assert_eq!(
        restored.stdout(),
        "[0, 10, 20, 30, 40, 50, 60, 70, 80, 90]\n70\n"
    );
}

#[test]
fn errors_sync_calls_and_sleeps_mix_with_batches() {
    let source = "\
import asyncio, api

async def worker(name, delay):
    await asyncio.sleep(delay)
    value = await api.fetch(delay)
    print(name, 'got', value, 'at', round(asyncio.get_running_loop().time() - start, 3))
    return value

async def main():
    global start
    start = asyncio.get_running_loop().time()
    print(api.ping())
    results = await asyncio.gather(worker('a', 1), worker('b', 1), worker('c', 2),
                                   api.fail(), return_exceptions=True)
    print(results)
    try:
        await api.fail('x')
    except KeyError as e:
        print('caught', repr(e))

asyncio.run(main())
print(asyncio.iscoroutinefunction(api.fetch), api.fetch.__name__)
";
    let (pauses, stdout) = run(source);
    assert_eq!(pauses, [0, 1, 2, 1, 1]);
    assert_eq!(
        stdout,
        "pong\na got 10 at 1.0\nb got 10 at 1.0\nc got 20 at 2.0\n\
         [10, 10, 20, KeyError('no fail')]\ncaught KeyError('no fail')\nTrue fetch\n"
    );
}

#[test]
fn an_async_host_function_awaited_without_a_loop_is_one_plain_pause() {
    let source = "\
import api

async def main():
    return await api.fetch(4)

coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)
";
    let (pauses, stdout) = run(source);
    assert_eq!(pauses, [0]);
    assert_eq!(stdout, "40\n");
}
