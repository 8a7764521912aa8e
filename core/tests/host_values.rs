//! Values crossing the host boundary (what the Elixir and Python bindings
//! convert), `Options::env` as `os.environ`, and `Ctx::compute_time`.

use pyex::{Ctx, HostModule, HostValue, Options, Outcome, Program, Reply};

/// Runs `source`, answering every `host.echo(x)` with `x` itself.
fn run_echo(source: &str, options: Options) -> HostValue {
    let program = Program::compile(source, "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options {
        host_modules: vec![HostModule::new("host", &["echo"])],
        ..options
    });
    let mut outcome = ctx.run(&program).expect("runs");
    while let Outcome::HostCall(call) = outcome {
        let value = call.args.first().cloned().unwrap_or(HostValue::None);
        outcome = ctx.resume(Reply::Value(value)).expect("resumes");
    }
    match outcome {
        Outcome::Done(value) => value,
        Outcome::HostCall(_) | Outcome::HostCalls(_) => unreachable!(),
    }
}

#[test]
fn bytes_sets_and_frozensets_cross_as_their_own_kinds() {
    let value = run_echo(
        "import host\n[host.echo(b'\\x00a'), host.echo(bytearray(b'z')), host.echo({3}), host.echo(frozenset({'f'}))]",
        Options::default(),
    );
    assert_eq!(
        value,
        HostValue::List(vec![
            HostValue::Bytes(vec![0, b'a']),
            HostValue::Bytes(vec![b'z']),
            HostValue::Set(vec![HostValue::Int(3)]),
            HostValue::FrozenSet(vec![HostValue::Str("f".into())]),
        ])
    );
}

#[test]
fn host_values_come_back_as_python_types() {
    let source = "\
import host
values = [b'xy', {1, 2}, frozenset({(1, 'a')}), {'k': [1.5, None]}]
[(type(host.echo(v)).__name__, host.echo(v) == v) for v in values]
";
    let pair =
        |name: &str| HostValue::Tuple(vec![HostValue::Str(name.into()), HostValue::Bool(true)]);
    assert_eq!(
        run_echo(source, Options::default()),
        HostValue::List(vec![
            pair("bytes"),
            pair("set"),
            pair("frozenset"),
            pair("dict")
        ])
    );
}

#[test]
fn values_nested_too_deeply_cross_as_opaque() {
    let source = "x = []\nfor _ in range(5000):\n    x = [x]\nx";
    let program = Program::compile(source, "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options::default());
    let Ok(Outcome::Done(mut value)) = ctx.run(&program) else {
        panic!("the run finishes");
    };
    let mut depth = 0;
    while let HostValue::List(mut items) = value {
        value = items.pop().unwrap_or(HostValue::None);
        depth += 1;
    }
    assert!(matches!(value, HostValue::Opaque(ref s) if s.contains("nested deeper")));
    assert!(depth > 500 && depth < 5000, "cut at {depth}");
}

#[test]
fn env_option_is_os_environ() {
    let options = Options {
        env: vec![
            ("API_KEY".into(), "sk-1".into()),
            ("MODE".into(), "test".into()),
        ],
        ..Options::default()
    };
    let source = "import os\n(os.environ['API_KEY'], os.getenv('MODE'), os.getenv('HOME', 'unset'), len(os.environ))";
    assert_eq!(
        run_echo(source, options),
        HostValue::Tuple(vec![
            HostValue::Str("sk-1".into()),
            HostValue::Str("test".into()),
            HostValue::Str("unset".into()),
            HostValue::Int(2),
        ])
    );
    assert_eq!(
        run_echo("import os\ndict(os.environ)", Options::default()),
        HostValue::Dict(vec![])
    );
}

#[test]
fn compute_time_grows_with_work_and_survives_pauses() {
    let program = Program::compile("sum(range(200000))", "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options::default());
    assert_eq!(ctx.compute_time(), std::time::Duration::ZERO);
    ctx.run(&program).expect("runs");
    assert!(ctx.compute_time() > std::time::Duration::ZERO);
}
