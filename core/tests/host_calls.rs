//! The public run/resume API: host functions pause the run anywhere Python
//! code can call them, and the run continues with the host's reply.

use pyex::{Ctx, HostModule, HostValue, Options, Outcome, Program, Reply};

fn options() -> Options {
    Options {
        host_modules: vec![HostModule::new("auth", &["get_user", "double"])],
        ..Options::default()
    }
}

/// Runs `source`, answering each `auth.double(x)` with `2 * x` and each
/// `auth.get_user()` with `"alice"`; returns the outcome and the calls seen.
fn run_answering(source: &str) -> (Result<Outcome, pyex::PyError>, Vec<String>, String) {
    let program = Program::compile(source, "main.py").expect("compiles");
    let mut ctx = Ctx::new(options());
    let mut calls = Vec::new();
    let mut outcome = ctx.run(&program);
    while let Ok(Outcome::HostCall(call)) = &outcome {
        calls.push(format!("{}.{}{:?}", call.module, call.function, call.args));
        let reply = match (call.function.as_str(), call.args.as_slice()) {
            ("double", [HostValue::Int(x)]) => Reply::Value(HostValue::Int(2 * x)),
            ("get_user", []) => Reply::Value(HostValue::Str("alice".into())),
            _ => Reply::Error {
                kind: "ValueError".into(),
                message: "bad call".into(),
            },
        };
        outcome = ctx.resume(reply);
    }
    (outcome, calls, ctx.take_stdout())
}

#[test]
fn pause_inside_function_called_from_list_comprehension() {
    let source = "\
import auth

def scaled(x):
    y = auth.double(x)
    return y + 1

result = [scaled(i) for i in range(3)]
print(result, auth.get_user())
result
";
    let (outcome, calls, stdout) = run_answering(source);
    assert_eq!(
        calls,
        [
            "auth.double[Int(0)]",
            "auth.double[Int(1)]",
            "auth.double[Int(2)]",
            "auth.get_user[]"
        ]
    );
    assert_eq!(stdout, "[1, 3, 5] alice\n");
    assert_eq!(
        outcome.unwrap(),
        Outcome::Done(HostValue::List(vec![
            HostValue::Int(1),
            HostValue::Int(3),
            HostValue::Int(5)
        ]))
    );
}

#[test]
fn pause_inside_generator_consumed_by_for() {
    let source = "\
import auth

def gen(n):
    for i in range(n):
        yield auth.double(i)

total = 0
for v in gen(4):
    total += v
print(total)
";
    let (outcome, calls, stdout) = run_answering(source);
    assert_eq!(calls.len(), 4);
    assert_eq!(stdout, "12\n");
    assert!(outcome.is_ok());
}

#[test]
fn host_errors_are_python_exceptions() {
    let source = "\
import auth
try:
    auth.double('x')
except ValueError as e:
    print('caught', e)
";
    let (outcome, _, stdout) = run_answering(source);
    assert_eq!(stdout, "caught bad call\n");
    assert!(outcome.is_ok());
}

#[test]
fn uncaught_exception_is_a_py_error_with_traceback() {
    let program = Program::compile("def f():\n    return 1 / 0\nf()\n", "main.py").unwrap();
    let mut ctx = Ctx::new(Options::default());
    let error = ctx.run(&program).unwrap_err();
    assert_eq!(error.kind, "ZeroDivisionError");
    assert_eq!(error.message, "division by zero");
    assert!(error
        .traceback
        .starts_with("Traceback (most recent call last):\n"));
}

#[test]
fn deep_recursion_is_a_recursion_error_not_a_crash() {
    let source = "def f(n):\n    return f(n + 1)\nf(0)\n";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(Options::default());
    let error = ctx.run(&program).unwrap_err();
    assert_eq!(error.kind, "RecursionError");
    // Past CPython's default limit, still no Rust recursion: 50,000 Python frames.
    let source = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(50000)\n";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(Options {
        recursion_limit: 100_000,
        ..Options::default()
    });
    assert_eq!(
        ctx.run(&program).unwrap(),
        Outcome::Done(HostValue::Int(50000))
    );
}

/// The execution-model proof: a pause inside a generator, inside a `with`
/// block, inside a function called from a list comprehension, snapshotted,
/// restored on another thread (twice: two independent runs), resumed.
#[test]
fn snapshot_at_a_deep_pause_restores_on_another_thread() {
    let source = "\
import auth

class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, kind, value, tb):
        print('exit', self.name)
        return False

def numbers(n):
    with Tag('gen'):
        for i in range(n):
            yield auth.double(i)

def total(n):
    return sum([v for v in numbers(n)]) + 1

print([total(k) for k in range(1, 3)])
";
    let program = Program::compile(source, "main.py").unwrap();
    let (outcome, _, expected) = run_answering(source);
    assert!(outcome.is_ok());
    // What python3 prints with an `auth` module whose double(x) is 2 * x.
    assert_eq!(
        expected,
        "enter gen\nexit gen\nenter gen\nexit gen\n[1, 3]\n"
    );
    let mut ctx = Ctx::new(options());
    let Ok(Outcome::HostCall(call)) = ctx.run(&program) else {
        panic!("expected a host call");
    };
    assert_eq!(call.function, "double");
    let printed_before = ctx.take_stdout();
    let bytes = ctx.snapshot();
    let finish = move |bytes: Vec<u8>| {
        std::thread::spawn(move || {
            let mut ctx = Ctx::restore(&bytes).expect("restores");
            let mut outcome = ctx.resume(Reply::Value(HostValue::Int(0)));
            while let Ok(Outcome::HostCall(call)) = &outcome {
                let HostValue::Int(x) = call.args[0] else {
                    panic!("int arg")
                };
                outcome = ctx.resume(Reply::Value(HostValue::Int(2 * x)));
            }
            assert!(outcome.is_ok(), "{outcome:?}");
            ctx.take_stdout()
        })
        .join()
        .unwrap()
    };
    let first = finish(bytes.clone());
    let second = finish(bytes);
    assert_eq!(format!("{printed_before}{first}"), expected);
    assert_eq!(first, second);
    assert!(Ctx::restore(b"garbage").is_err());
}

#[test]
fn pause_inside_sorted_key_and_list_sort_key() {
    let source = "\
import auth
words = ['bb', 'a', 'ccc']
print(sorted(words, key=lambda w: auth.double(len(w)), reverse=True))
nums = [3, 1, 2]
nums.sort(key=auth.double)
print(nums)
";
    let (outcome, calls, stdout) = run_answering(source);
    assert!(outcome.is_ok(), "{outcome:?}");
    assert_eq!(calls.len(), 6);
    assert_eq!(stdout, "['ccc', 'bb', 'a']\n[1, 2, 3]\n");
}
