//! Pre-imported modules (`eval/prepared.rs`): an import served from the
//! template must look exactly like a fresh one, must not leak module state
//! between contexts, and must step aside when the context's filesystem,
//! host modules or environment would make a fresh import differ.

use pyex::fs::Fs;
use pyex::{Ctx, HostModule, HostValue, Options, Outcome, Program};

/// Runs `source` in a context made with `options`; returns its stdout.
fn run_with(source: &str, options: Options) -> String {
    let program = Program::compile(source, "main.py").expect("compiles");
    let mut ctx = Ctx::new(options);
    let outcome = ctx.run(&program).expect("runs");
    assert!(matches!(outcome, Outcome::Done(_)), "{outcome:?}");
    ctx.stdout().to_owned()
}

fn run(source: &str) -> String {
    run_with(source, Options::default())
}

/// The modules an import adds to `sys.modules`, in order.
const ADDED: &str = "\
import sys
before = list(sys.modules)
import uuid
print([m for m in sys.modules if m not in before])
import os
print(sorted(os.environ.items()))
";

#[test]
fn a_prepared_import_registers_what_a_fresh_one_does() {
    // A non-empty environment makes `os` (in uuid's closure) unpreparable:
    // that run imports everything freshly.
    let fresh = run_with(
        ADDED,
        Options {
            env: vec![("HOME".to_owned(), "/home/x".to_owned())],
            ..Options::default()
        },
    );
    let prepared = run(ADDED);
    let lines = |s: &str| s.lines().next().unwrap_or_default().to_owned();
    assert_eq!(lines(&fresh), lines(&prepared));
    assert!(fresh.contains("('HOME', '/home/x')"), "{fresh}");
    assert!(prepared.ends_with("[]\n"), "{prepared}");
}

#[test]
fn prepared_modules_are_consistent_and_sys_is_per_context() {
    let out = run_with(
        "import json, sys\nimport fastapi, pydantic\n\
         print(fastapi._json is json, sys.modules['pydantic'] is pydantic)\n\
         print('fastapi' in sys.modules, 'jinja2' in sys.modules, sys.argv)\n",
        Options {
            argv: vec!["app.py".to_owned(), "--x".to_owned()],
            ..Options::default()
        },
    );
    assert_eq!(out, "True True\nTrue False ['app.py', '--x']\n");
}

#[test]
fn module_state_does_not_leak_between_contexts() {
    let first =
        run("import json\njson.marker = 1\nimport typing\ntyping._extra = 2\nprint(json.marker)\n");
    assert_eq!(first, "1\n");
    let second =
        run("import json, typing\nprint(hasattr(json, 'marker'), hasattr(typing, '_extra'))\n");
    assert_eq!(second, "False False\n");
}

#[test]
fn a_local_module_shadows_a_prepared_one() {
    let options = Options {
        fs: Fs::memory([("json.py", "def dumps(x):\n    return 'local'\n")]),
        ..Options::default()
    };
    let out = run_with(
        "import json\nprint(json.dumps(1))\nimport fastapi\nprint(fastapi._json is json)\n",
        options,
    );
    assert_eq!(out, "local\nTrue\n");
}

#[test]
fn a_host_module_shadows_a_prepared_one() {
    let program =
        Program::compile("import markdown\nmarkdown.markdown('x')\n", "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options {
        host_modules: vec![HostModule::new("markdown", &["markdown"])],
        ..Options::default()
    });
    match ctx.run(&program).expect("runs") {
        Outcome::HostCall(call) => assert_eq!(call.function, "markdown"),
        other => panic!("expected a host call, got {other:?}"),
    }
}

#[test]
fn a_restored_context_keeps_and_adds_prepared_modules() {
    let program = Program::compile(
        "import fastapi\napp = fastapi.FastAPI()\n@app.get('/')\ndef home():\n    return {'ok': True}\n",
        "main.py",
    )
    .expect("compiles");
    let mut ctx = Ctx::new(Options::default());
    ctx.run(&program).expect("boots");
    let mut restored = Ctx::restore(&ctx.snapshot()).expect("restores");
    let more = Program::compile(
        "import sys, re, json\nprint(sorted(k for k in sys.modules if k in ('re', 'fastapi', 'json')))\n\
         print(re.sub('a', 'b', 'aa'), app.__class__.__name__)\nlen(sys.modules) > 3\n",
        "more.py",
    )
    .expect("compiles");
    let outcome = restored.run(&more).expect("runs");
    assert_eq!(outcome, Outcome::Done(HostValue::Bool(true)));
    assert_eq!(restored.stdout(), "['fastapi', 'json', 're']\nbb FastAPI\n");
}

/// A snapshot made by another process of the same build restores here: the
/// template (with its prepared modules) is built the same way in every
/// process. The test runs itself as a child process that writes the snapshot.
#[test]
fn a_snapshot_from_another_process_restores() {
    const CHILD: &str = "PYEX_PREPARED_SNAPSHOT_CHILD";
    if let Ok(path) = std::env::var(CHILD) {
        let program = Program::compile(
            "import fastapi, datetime, uuid\nimport pyex\napp = fastapi.FastAPI()\nx = pyex.wait()\nprint(x)\n",
            "main.py",
        )
        .expect("compiles");
        let mut ctx = Ctx::new(Options {
            host_modules: vec![HostModule::new("pyex", &["wait"])],
            ..Options::default()
        });
        let outcome = ctx.run(&program).expect("runs");
        assert!(matches!(outcome, Outcome::HostCall(_)), "{outcome:?}");
        std::fs::write(path, ctx.snapshot()).expect("writes");
        return;
    }
    let path = std::env::temp_dir().join(format!("pyex-prepared-{}.snap", std::process::id()));
    let status = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "a_snapshot_from_another_process_restores",
            "--nocapture",
        ])
        .env(CHILD, &path)
        .status()
        .expect("child runs");
    assert!(status.success());
    let bytes = std::fs::read(&path).expect("snapshot written");
    let _ = std::fs::remove_file(&path);
    let mut ctx = Ctx::restore(&bytes).expect("restores in another process");
    let outcome = ctx
        .resume(pyex::Reply::Value(HostValue::Int(7)))
        .expect("resumes");
    assert_eq!(outcome, Outcome::Done(HostValue::None));
    assert_eq!(ctx.stdout(), "7\n");
}

/// `datetime` and the `time` it imports are prepared; the clock and the
/// virtual sleeps are still this context's own.
#[test]
fn prepared_datetime_reads_this_runs_clock() {
    let source = "\
import sys
import datetime
print('time' in sys.modules)
start = datetime.datetime.now()
import time
print(time.monotonic() < 1)
time.sleep(3600)
print(round((datetime.datetime.now() - start).total_seconds() / 3600))
print(datetime.date(2024, 2, 29).strftime('%A %d %B %Y'))
";
    let expected = "True\nTrue\n1\nThursday 29 February 2024\n";
    assert_eq!(run(source), expected);
    assert_eq!(run(source), expected, "a second context starts clean");
}
