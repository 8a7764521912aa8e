//! Snapshots: a run paused anywhere (nested calls, loops, generators,
//! with-blocks, try/finally) is written to bytes, restored and resumed;
//! restoring twice forks; damaged bytes are an error, never a crash; one
//! compiled program runs in many contexts on many threads at once.

use pyex::{Ctx, HostModule, HostValue, Options, Outcome, Program, Reply};

fn options() -> Options {
    Options {
        host_modules: vec![HostModule::new("pyex", &["suspend"])],
        ..Options::default()
    }
}

const PAUSES: &str = r#"
import pyex

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name)
        return False

def numbers(n):
    total = 0
    for i in range(n):
        total += pyex.suspend(("gen", i))
        yield total

def nested(depth):
    if depth == 0:
        return pyex.suspend(("nested", depth))
    return nested(depth - 1) + 1

def guarded():
    try:
        with Resource("r"):
            got = pyex.suspend(("with", 0))
            print("in with", got)
        return got
    finally:
        print("finally", pyex.suspend(("finally", 0)))

live = [{"k": i} for i in range(100)]
out = []
for j in range(3):
    out.append(pyex.suspend(("loop", j)))
print("loop", out)
print("nested", nested(5))
print("generator", list(numbers(4)))
print("guarded", guarded())
squares = sorted(live, key=lambda d: -d["k"])[:2]
print(squares, sum(d["k"] for d in live))
"#;

/// The reply to the `n`th pause.
fn reply(n: i64) -> Reply {
    Reply::Value(HostValue::Int(n * 10 + 1))
}

/// Runs PAUSES; at each pause, `step` may swap the Ctx for another
/// (restored from a snapshot). Returns the stdout and the pause count.
fn drive(mut step: impl FnMut(Ctx) -> Ctx) -> (String, i64) {
    let program = Program::compile(PAUSES, "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    let mut outcome = ctx.run(&program).unwrap();
    let mut n = 0;
    let mut out = String::new();
    while let Outcome::HostCall(_) = outcome {
        out.push_str(&ctx.take_stdout());
        ctx = step(ctx);
        outcome = ctx.resume(reply(n)).unwrap();
        n += 1;
    }
    out.push_str(&ctx.take_stdout());
    (out, n)
}

#[test]
fn every_kind_of_pause_survives_a_snapshot_and_restore() {
    let (straight, pauses) = drive(|ctx| ctx);
    assert!(straight.contains("loop [1, 11, 21]"), "{straight}");
    assert!(straight.contains("finally"), "{straight}");
    assert_eq!(pauses, 3 + 1 + 4 + 2);
    let (restored, _) = drive(|ctx| {
        let bytes = ctx.snapshot();
        drop(ctx);
        Ctx::restore(&bytes).unwrap()
    });
    assert_eq!(restored, straight);
    // Each restore on another thread, as after a process restart.
    let (threaded, _) = drive(|ctx| {
        let bytes = ctx.snapshot();
        std::thread::spawn(move || Ctx::restore(&bytes).unwrap())
            .join()
            .unwrap()
    });
    assert_eq!(threaded, straight);
}

#[test]
fn restoring_twice_gives_independent_forks() {
    let source = "import pyex\ncount = 0\nwhile True:\n    count += pyex.suspend(count)\n    print(count)\n    if count > 100: break\ncount";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    assert!(matches!(ctx.run(&program), Ok(Outcome::HostCall(_))));
    let bytes = ctx.snapshot();
    let mut a = Ctx::restore(&bytes).unwrap();
    let mut b = Ctx::restore(&bytes).unwrap();
    assert!(matches!(
        a.resume(Reply::Value(HostValue::Int(5))),
        Ok(Outcome::HostCall(_))
    ));
    assert_eq!(
        b.resume(Reply::Value(HostValue::Int(500))).unwrap(),
        Outcome::Done(HostValue::Int(500))
    );
    assert!(matches!(
        a.resume(Reply::Value(HostValue::Int(7))),
        Ok(Outcome::HostCall(_))
    ));
    assert_eq!(a.stdout(), "5\n12\n");
    assert_eq!(b.stdout(), "500\n");
    // The original is untouched by its forks.
    assert_eq!(ctx.stdout(), "");
}

/// A tiny deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn thousands_of_damaged_snapshots_are_errors_not_crashes() {
    let program =
        Program::compile("import pyex\nx = [1, 2]\npyex.suspend(x)\n", "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    ctx.run(&program).unwrap();
    let good = ctx.snapshot();
    assert!(Ctx::restore(&good).is_ok());
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    for round in 0..3000 {
        let mut bad = good.clone();
        match round % 5 {
            0 => {
                let at = rng.below(bad.len());
                bad[at] ^= 1 << rng.below(8);
            }
            1 => {
                for _ in 0..=rng.below(20) {
                    let at = rng.below(bad.len());
                    bad[at] = rng.next() as u8;
                }
            }
            2 => bad.truncate(rng.below(bad.len())),
            3 => bad.extend((0..=rng.below(64)).map(|_| rng.next() as u8)),
            _ => {
                let len = rng.below(200);
                bad = (0..len).map(|_| rng.next() as u8).collect();
                if round % 2 == 0 {
                    bad.splice(0..0, *b"PYEXSNAP");
                }
            }
        }
        if bad == good {
            continue;
        }
        let error = Ctx::restore(&bad).unwrap_err();
        assert_eq!(error.kind, "ValueError");
        assert!(
            error.message.starts_with("invalid snapshot: "),
            "{}",
            error.message
        );
    }
    let error = Ctx::restore(b"").unwrap_err();
    assert_eq!(
        error.message,
        "invalid snapshot: not a pyex snapshot (bad magic)"
    );
}

#[test]
fn a_snapshot_of_another_version_is_refused_by_name() {
    let mut bytes = Ctx::new(Options::default()).snapshot();
    bytes[8] = bytes[8].wrapping_add(1);
    let error = Ctx::restore(&bytes).unwrap_err();
    assert!(
        error.message.contains("format version"),
        "{}",
        error.message
    );
}

#[test]
fn one_program_runs_in_many_contexts_on_many_threads() {
    let source = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nimport os\nn = int(os.environ['N'])\nprint(n)\nfib(n)";
    let program = Program::compile(source, "main.py").unwrap();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let program = program.clone();
            std::thread::spawn(move || {
                (0..10)
                    .map(|i| {
                        let n = (t + i) % 15;
                        let mut ctx = Ctx::new(Options {
                            env: vec![("N".into(), n.to_string())],
                            ..Options::default()
                        });
                        let Outcome::Done(HostValue::Int(v)) = ctx.run(&program).unwrap() else {
                            panic!("not an int");
                        };
                        assert_eq!(ctx.stdout(), format!("{n}\n"));
                        (n, v)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let fib = |n: i64| {
        let (mut a, mut b) = (0i64, 1i64);
        for _ in 0..n {
            (a, b) = (b, a + b);
        }
        a
    };
    for thread in threads {
        for (n, v) in thread.join().unwrap() {
            assert_eq!(v, fib(n));
        }
    }
}

#[test]
fn limits_used_and_the_profile_travel_in_the_snapshot() {
    let source = "import pyex\ndef f(n):\n    return n + 1\nfor i in range(3):\n    f(i)\npyex.suspend()\nf(9)\n";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(Options {
        profile: true,
        ..options()
    });
    ctx.run(&program).unwrap();
    let mut restored = Ctx::restore(&ctx.snapshot()).unwrap();
    assert_eq!(restored.compute_time(), ctx.compute_time());
    restored.resume(Reply::Value(HostValue::None)).unwrap();
    let profile = restored.profile().unwrap();
    assert_eq!(profile.call_counts.get("f"), Some(&4));
    assert_eq!(profile.line_counts.get(&3), Some(&4));
}

/// A snapshot carries its limits (here: none); a host that reads snapshots
/// from a store others can write re-imposes its own with `set_limits`
/// (pyex-fuzz restores damaged snapshots with repaired checksums, whose
/// limits may say "none", and runs them under its small limits this way).
#[test]
fn a_restored_context_runs_under_the_limits_the_host_sets() {
    let source = "import pyex\npyex.suspend()\nwhile True:\n    pass\n";
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    ctx.run(&program).unwrap();
    let mut restored = Ctx::restore(&ctx.snapshot()).unwrap();
    assert_eq!(restored.limits(), &pyex::Limits::default());
    let limits = pyex::Limits {
        time: Some(std::time::Duration::from_millis(100)),
        ..pyex::Limits::default()
    };
    restored.set_limits(limits.clone());
    assert_eq!(restored.limits(), &limits);
    let error = restored.resume(Reply::Value(HostValue::None)).unwrap_err();
    assert_eq!(error.message, "execution exceeded time limit");
    assert_eq!(restored.limit_exceeded(), Some(pyex::LimitKind::Time));
}

/// A function's constants are made at its first `LoadConst`: a function first
/// called after a restore gets them in the restored context, one object per
/// constant as CPython's code objects hold them (`is` between two calls).
/// Expected output recorded with python3 (the suspend call removed).
#[test]
fn constants_of_a_function_first_called_after_a_restore() {
    let source = r#"
import pyex

def constants():
    return ("text", b"bytes", 2**70, 1.5, 2j, None, True, ..., (1, ("a", 2.5)), frozenset({3}))

def first_half():
    return ["é" * 3, -7, 10**20 + 1]

print(first_half())
pyex.suspend(0)
got = constants()
print(got, got[0] is constants()[0])
"#;
    let program = Program::compile(source, "main.py").unwrap();
    let mut ctx = Ctx::new(options());
    let outcome = ctx.run(&program).unwrap();
    assert!(matches!(outcome, Outcome::HostCall(_)));
    let mut out = ctx.take_stdout();
    let mut restored = Ctx::restore(&ctx.snapshot()).unwrap();
    drop(ctx);
    let outcome = restored.resume(Reply::Value(HostValue::None)).unwrap();
    assert!(matches!(outcome, Outcome::Done(_)));
    out.push_str(&restored.take_stdout());
    assert_eq!(
        out,
        "['ééé', -7, 100000000000000000001]\n\
         ('text', b'bytes', 1180591620717411303424, 1.5, 2j, None, True, Ellipsis, (1, ('a', 2.5)), frozenset({3})) True\n"
    );
}
