//! Time slices (`Ctx::set_time_slice`): a call pauses once it has computed
//! its slice, as `Outcome::HostCalls` with no call, and `resume_many` with no
//! reply continues it exactly where it stopped.

use std::time::Duration;

use pyex::lambda::{App, Request, Step};
use pyex::{Ctx, HostValue, Options, Outcome, Program, Reply};

/// A program that computes for a few milliseconds.
const BUSY: &str = "\
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

total = 0
for i in range(1, 20000):
    total += collatz(i)
print('total', total)
total
";

/// The result of `BUSY` as python3 computes it.
const BUSY_TOTAL: i64 = 1_834_604;

/// Runs `program` to its end, continuing every slice pause; returns the
/// value and the number of pauses.
fn run_sliced(ctx: &mut Ctx, program: &Program) -> (HostValue, usize) {
    let mut pauses = 0;
    let mut outcome = ctx.run(program).expect("runs");
    loop {
        match outcome {
            Outcome::Done(value) => return (value, pauses),
            Outcome::HostCalls(calls) if calls.is_empty() => {
                pauses += 1;
                assert!(ctx.is_paused());
                outcome = ctx.resume_many(Vec::new()).expect("continues");
            }
            other => panic!("unexpected outcome {other:?}"),
        }
    }
}

#[test]
fn a_sliced_run_pauses_and_continues_to_the_same_result() {
    let program = Program::compile(BUSY, "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options::default());
    ctx.set_time_slice(Some(Duration::from_micros(200)));
    let (value, pauses) = run_sliced(&mut ctx, &program);
    assert_eq!(value, HostValue::Int(BUSY_TOTAL));
    assert!(pauses >= 1, "a run of milliseconds paused {pauses} times");
    assert_eq!(ctx.stdout(), format!("total {BUSY_TOTAL}\n"));
    assert!(!ctx.is_paused());
}

#[test]
fn without_a_slice_a_run_never_pauses() {
    let program = Program::compile(BUSY, "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options::default());
    let (value, pauses) = run_sliced(&mut ctx, &program);
    assert_eq!((value, pauses), (HostValue::Int(BUSY_TOTAL), 0));
}

#[test]
fn a_slice_pause_takes_no_reply() {
    let program = Program::compile(BUSY, "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options::default());
    ctx.set_time_slice(Some(Duration::ZERO));
    let outcome = ctx.run(&program).expect("runs");
    assert_eq!(outcome, Outcome::HostCalls(Vec::new()));
    let error = ctx
        .resume(Reply::Value(HostValue::None))
        .expect_err("a slice pause is not a host call");
    assert_eq!(error.kind, "ValueError");
    let error = ctx
        .resume_many(vec![(1, Reply::Value(HostValue::None))])
        .expect_err("no call has id 1");
    assert_eq!(
        error.message,
        "resume_many(): no pending host call has id 1"
    );
    // Still paused where it was: continued without a slice, it finishes.
    ctx.set_time_slice(None);
    let outcome = ctx.resume_many(Vec::new()).expect("continues");
    assert_eq!(outcome, Outcome::Done(HostValue::Int(BUSY_TOTAL)));
}

#[test]
fn a_slice_ending_in_the_last_native_call_ends_the_run() {
    // `sum` drains the range natively: the slice ends there, and the run ends
    // before the frame loop could pause.
    let program = Program::compile("sum(range(100000))", "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options::default());
    ctx.set_time_slice(Some(Duration::ZERO));
    let outcome = ctx.run(&program).expect("runs");
    assert_eq!(outcome, Outcome::Done(HostValue::Int(4_999_950_000)));
    assert!(!ctx.is_paused());
}

#[test]
fn a_nested_run_is_not_cut() {
    // The key function runs in a nested run (called by the native sort):
    // the slice ends inside it, and the pause comes after the sort.
    let source = "\
def key(n):
    s = 0
    for i in range(2000):
        s += (n * i) % 7
    return s

print(sorted(range(300), key=key)[:5])
";
    let program = Program::compile(source, "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options::default());
    ctx.set_time_slice(Some(Duration::ZERO));
    let (value, _) = run_sliced(&mut ctx, &program);
    assert_eq!(value, HostValue::None);
    assert_eq!(ctx.stdout(), "[0, 7, 14, 21, 28]\n");
}

#[test]
fn a_snapshot_of_a_slice_pause_continues_elsewhere() {
    let program = Program::compile(BUSY, "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options::default());
    ctx.set_time_slice(Some(Duration::ZERO));
    assert_eq!(ctx.run(&program), Ok(Outcome::HostCalls(Vec::new())));
    let mut restored = Ctx::restore(&ctx.snapshot()).expect("restores");
    let outcome = restored.resume_many(Vec::new()).expect("continues");
    assert_eq!(outcome, Outcome::Done(HostValue::Int(BUSY_TOTAL)));
}

const APP: &str = "\
from fastapi import FastAPI

app = FastAPI()

@app.get('/sum/{n}')
def total(n: int):
    return {'sum': sum(i * i for i in range(n))}
";

#[test]
fn a_request_paused_at_its_slice_is_continued_with_no_replies() {
    let mut app = App::boot(APP, Ctx::new(Options::default())).expect("boots");
    app.ctx_mut().set_time_slice(Some(Duration::ZERO));
    let request = Request {
        method: "GET".to_owned(),
        path: "/sum/100000".to_owned(),
        ..Request::default()
    };
    let mut step = app.begin_handle(&request, false).expect("starts");
    let mut pauses = 0;
    while step == Step::Paused {
        assert!(app.is_paused() && app.pending_calls().is_empty());
        pauses += 1;
        step = app.resume_handle(Vec::new()).expect("continues");
    }
    assert!(pauses >= 1);
    let Step::Done(response) = step else {
        unreachable!()
    };
    assert_eq!(response.status, 200);
    assert_eq!(
        String::from_utf8_lossy(&response.body),
        r#"{"sum":333328333350000}"#
    );
    // The whole-request API continues slice pauses itself.
    let response = app.handle(&request).expect("handles");
    assert_eq!(response.status, 200);
}
