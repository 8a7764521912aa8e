//! The I/O gate: `_pyex_io` requests pause the run with an I/O host call
//! when the host granted them, and raise `PermissionError` (nothing paused)
//! when it did not. Grants travel inside a snapshot and can be replaced.

use pyex::io::{Grants, NetworkGrant, IO_MODULE};
use pyex::{Ctx, HostValue, Options, Outcome, Program, Reply};

fn run(source: &str, options: Options) -> (Ctx, Result<Outcome, pyex::PyError>) {
    let program = Program::compile(source, "main.py").expect("compiles");
    let mut ctx = Ctx::new(options);
    let outcome = ctx.run(&program);
    (ctx, outcome)
}

fn granted() -> Options {
    Options {
        network: vec![NetworkGrant {
            allowed_url_prefix: "https://api.example.com/v1/".into(),
            methods: vec!["GET".into(), "POST".into()],
            headers: vec![("Authorization".into(), "Bearer s3cr3t-token".into())],
        }],
        capabilities: vec!["sql".into()],
        env: vec![("DATABASE_URL".into(), "postgres://db/app".into())],
        ..Options::default()
    }
}

const SQL: &str = "\
import _pyex_io
try:
    row = _pyex_io.sql({'statement': 'select 1', 'params': []})
    print('reply', row)
except PermissionError as e:
    print('denied', e)
";

#[test]
fn granted_sql_pauses_with_an_io_call_and_resumes_with_the_reply() {
    let (mut ctx, outcome) = run(SQL, granted());
    let Ok(Outcome::HostCall(call)) = outcome else {
        panic!("expected an I/O pause, got {outcome:?}");
    };
    assert!(call.is_io());
    assert_eq!(
        (call.module.as_str(), call.function.as_str()),
        (IO_MODULE, "sql")
    );
    let HostValue::Dict(fields) = &call.args[0] else {
        panic!("request is not a dict: {:?}", call.args);
    };
    assert_eq!(
        fields[0],
        (
            HostValue::Str("statement".into()),
            HostValue::Str("select 1".into())
        )
    );
    let reply = HostValue::List(vec![HostValue::Int(1)]);
    let done = ctx.resume(Reply::Value(reply)).expect("resumes");
    assert_eq!(done, Outcome::Done(HostValue::None));
    assert_eq!(ctx.stdout(), "reply [1]\n");
}

#[test]
fn ungranted_sql_raises_permission_error_without_pausing() {
    let (ctx, outcome) = run(SQL, Options::default());
    assert_eq!(outcome.expect("runs"), Outcome::Done(HostValue::None));
    assert_eq!(ctx.stdout(), "denied capability \"sql\" is not granted\n");
}

#[test]
fn s3_needs_the_boto3_capability() {
    let source = "import _pyex_io\n_pyex_io.s3({'operation': 'list_buckets'})\n";
    let (_, outcome) = run(source, granted());
    let error = outcome.expect_err("denied");
    assert_eq!(error.kind, "PermissionError");
    assert_eq!(error.message, "capability \"boto3\" is not granted");
    let options = Options {
        capabilities: vec!["boto3".into()],
        ..Options::default()
    };
    let (_, outcome) = run(source, options);
    assert!(matches!(outcome, Ok(Outcome::HostCall(c)) if c.is_io() && c.function == "s3"));
}

#[test]
fn http_is_checked_against_the_network_grants() {
    let cases = [
        ("GET", "https://api.example.com/v1/users", true),
        ("POST", "https://api.example.com/v1/users", true),
        ("DELETE", "https://api.example.com/v1/users", false),
        ("GET", "https://api.example.com/v1/../admin", false),
        ("GET", "https://api.example.com.evil.org/v1/", false),
    ];
    for (method, url, allowed) in cases {
        let source =
            format!("import _pyex_io\n_pyex_io.http({{'method': {method:?}, 'url': {url:?}}})\n");
        let (_, outcome) = run(&source, granted());
        match outcome {
            Ok(Outcome::HostCall(call)) => assert!(allowed && call.is_io(), "{method} {url}"),
            Err(error) => {
                assert!(!allowed, "{method} {url}: {error:?}");
                assert_eq!(error.kind, "PermissionError");
                assert!(error.message.contains(url), "{}", error.message);
                assert!(error.message.contains(method), "{}", error.message);
            }
            other => panic!("{method} {url}: {other:?}"),
        }
    }
}

#[test]
fn injected_headers_never_reach_the_program() {
    let source = "\
import _pyex_io, os
seen = []
try:
    _pyex_io.http({'method': 'PUT', 'url': 'https://api.example.com/v1/x'})
except PermissionError as e:
    seen.append(str(e))
seen.append(repr(dict(os.environ)))
r = _pyex_io.http({'method': 'GET', 'url': 'https://api.example.com/v1/x', 'headers': {}})
seen.append(repr(r))
print(seen)
";
    let (mut ctx, outcome) = run(source, granted());
    let Ok(Outcome::HostCall(call)) = outcome else {
        panic!("expected a pause: {outcome:?}");
    };
    assert!(!format!("{call:?}").contains("s3cr3t"));
    let reply = HostValue::Dict(vec![(HostValue::Str("status".into()), HostValue::Int(200))]);
    ctx.resume(Reply::Value(reply)).expect("finishes");
    assert!(ctx.stdout().contains("'status': 200"), "{}", ctx.stdout());
    assert!(!ctx.stdout().contains("s3cr3t"), "{}", ctx.stdout());
}

#[test]
fn grants_travel_in_a_snapshot_and_can_be_replaced() {
    let (ctx, outcome) = run(SQL, granted());
    assert!(matches!(outcome, Ok(Outcome::HostCall(_))));
    let bytes = ctx.snapshot();
    let mut restored = Ctx::restore(&bytes).expect("restores");
    assert_eq!(restored.grants(), ctx.grants());
    assert!(restored.pending_calls()[0].is_io());
    restored.set_grants(Grants::default());
    assert_eq!(restored.grants(), &Grants::default());
    restored
        .resume(Reply::Value(HostValue::Int(7)))
        .expect("resumes");
    assert_eq!(restored.stdout(), "reply 7\n");
}

#[test]
fn os_environ_is_exactly_the_granted_environment() {
    let source = "import os\nprint(sorted(os.environ.items()))\nprint(os.environ.get('HOME'), os.environ.get('PATH'))\n";
    let (ctx, outcome) = run(source, granted());
    outcome.expect("runs");
    assert_eq!(
        ctx.stdout(),
        "[('DATABASE_URL', 'postgres://db/app')]\nNone None\n"
    );
    let (ctx, outcome) = run(source, Options::default());
    outcome.expect("runs");
    assert_eq!(ctx.stdout(), "[]\nNone None\n");
}
