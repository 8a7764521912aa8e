//! `json.dumps(default=...)` whose `default` calls the host: the Rust encoder
//! waits on the frame stack while the run is paused, survives a snapshot and
//! restore at each pause, and an error the host reports propagates out of
//! `dumps` like any exception. Expected outputs are python3's for the same
//! program with `auth` a plain module (`double(x)` is `2 * x`, and raises
//! `ValueError("bad call")` for a non-int, as the host answers).

use pyex::{Ctx, HostModule, HostValue, Options, Outcome, Program, Reply};

fn options() -> Options {
    Options {
        host_modules: vec![HostModule::new("auth", &["double"])],
        ..Options::default()
    }
}

fn answer(call: &pyex::HostCall) -> Reply {
    match (call.function.as_str(), call.args.as_slice()) {
        ("double", [HostValue::Int(x)]) => Reply::Value(HostValue::Int(2 * x)),
        _ => Reply::Error {
            kind: "ValueError".into(),
            message: "bad call".into(),
        },
    }
}

const PROGRAM: &str = r#"import auth, json

class Money:
    def __init__(self, cents):
        self.cents = cents

def export(o):
    if isinstance(o, Money):
        return {"cents": auth.double(o.cents), "nested": [Money(1)] if o.cents > 5 else []}
    raise TypeError("no")

doc = {"a": Money(3), "b": [1, Money(10), "x"], "c": {"d": Money(2)}}
print(json.dumps(doc, default=export))
print(json.dumps(doc, default=export, indent=1, sort_keys=True))
try:
    json.dumps([Money("bad")], default=export)
except ValueError as e:
    print("ValueError", e)
"#;

const OUT: &str = r#"{"a": {"cents": 6, "nested": []}, "b": [1, {"cents": 20, "nested": [{"cents": 2, "nested": []}]}, "x"], "c": {"d": {"cents": 4, "nested": []}}}
{
 "a": {
  "cents": 6,
  "nested": []
 },
 "b": [
  1,
  {
   "cents": 20,
   "nested": [
    {
     "cents": 2,
     "nested": []
    }
   ]
  },
  "x"
 ],
 "c": {
  "d": {
   "cents": 4,
   "nested": []
  }
 }
}
ValueError bad call
"#;

/// Runs a restored snapshot to the end, answering host calls.
fn finish_restored(bytes: &[u8], reply: Reply) -> String {
    let mut ctx = Ctx::restore(bytes).expect("restores");
    let mut outcome = ctx.resume(reply);
    while let Ok(Outcome::HostCall(call)) = &outcome {
        let reply = answer(call);
        outcome = ctx.resume(reply);
    }
    assert!(outcome.is_ok(), "{outcome:?}");
    ctx.take_stdout()
}

#[test]
fn default_calling_the_host_pauses_resumes_and_snapshots() {
    let program = Program::compile(PROGRAM, "main.py").expect("compiles");
    let mut ctx = Ctx::new(options());
    let mut outcome = ctx.run(&program);
    let mut printed = String::new();
    let mut pauses = 0;
    while let Ok(Outcome::HostCall(call)) = &outcome {
        pauses += 1;
        let reply = answer(call);
        printed.push_str(&ctx.take_stdout());
        let restored = finish_restored(&ctx.snapshot(), reply.clone());
        assert_eq!(format!("{printed}{restored}"), OUT);
        outcome = ctx.resume(reply);
    }
    assert!(outcome.is_ok(), "{outcome:?}");
    printed.push_str(&ctx.take_stdout());
    assert_eq!(printed, OUT);
    assert_eq!(pauses, 9);
}
