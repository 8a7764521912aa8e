//! jinja2 and markdown through the public API: templates loaded from the Ctx
//! filesystem, a host call that pauses the run in the middle of a render, and
//! a snapshot taken at that pause which restores (on another thread) into a
//! Ctx that finishes the page exactly as an uninterrupted run does.

use pyex::fs::Fs;
use pyex::{Ctx, HostModule, HostValue, Options, Outcome, Program, Reply};

const MAIN: &str = r#"
import db
import markdown
from jinja2 import Environment, FileSystemLoader

env = Environment(loader=FileSystemLoader("/templates"), autoescape=True)
page = env.get_template("post.html")
print(page.render(title="Hello & welcome", fetch=db.fetch, body=markdown.markdown("*fast* `code`")))
"#;

const BASE: &str = "<title>{% block title %}{% endblock %}</title>\n{% block main %}{% endblock %}";

const POST: &str = r#"{% extends "base.html" %}{% block title %}{{ title }}{% endblock %}
{% block main %}{% for id in [1, 2] %}<p>{{ loop.index }}: {{ fetch(id) }}</p>{% endfor %}
{{ body|safe }}{% endblock %}"#;

fn options() -> Options {
    Options {
        host_modules: vec![HostModule::new("db", &["fetch"])],
        fs: Fs::memory([
            ("templates/base.html", BASE.as_bytes()),
            ("templates/post.html", POST.as_bytes()),
        ]),
        ..Options::default()
    }
}

/// Answers `db.fetch(n)` with `"<row n>"` until the run ends; returns what it printed.
fn finish(mut ctx: Ctx, mut outcome: Result<Outcome, pyex::PyError>) -> String {
    while let Ok(Outcome::HostCall(call)) = &outcome {
        let HostValue::Int(n) = call.args[0] else {
            panic!("fetch takes an int: {call:?}")
        };
        outcome = ctx.resume(Reply::Value(HostValue::Str(format!("<row {n}>"))));
    }
    assert!(outcome.is_ok(), "{outcome:?}");
    ctx.take_stdout()
}

#[test]
fn render_pauses_for_the_host_and_survives_a_snapshot() {
    let program = Program::compile(MAIN, "main.py").expect("compiles");
    let mut ctx = Ctx::new(options());
    let first = ctx.run(&program);
    let whole = finish(ctx, first);
    assert_eq!(
        whole,
        "<title>Hello &amp; welcome</title>\n<p>1: &lt;row 1&gt;</p><p>2: &lt;row 2&gt;</p>\n\
         <p><em>fast</em> <code>code</code></p>\n"
    );

    let mut ctx = Ctx::new(options());
    let Ok(Outcome::HostCall(call)) = ctx.run(&program) else {
        panic!("expected the render to pause at db.fetch");
    };
    assert_eq!(call.function, "fetch");
    let bytes = ctx.snapshot();
    let resumed = std::thread::spawn(move || {
        let mut ctx = Ctx::restore(&bytes).expect("restores");
        let outcome = ctx.resume(Reply::Value(HostValue::Str("<row 1>".into())));
        finish(ctx, outcome)
    })
    .join()
    .expect("thread");
    assert_eq!(resumed, whole);
}

/// The template runtime's native helpers hand values they do not know to their Python
/// versions; a program that imports `_jinja2_native` without jinja2 gets those too (not an
/// internal error).
#[test]
fn native_template_helpers_work_without_jinja2_imported() {
    let source = "import _jinja2_native as n\nprint(repr(n.title(5)), repr(n.upper(3.5)), repr(n.lower('MiXeD')))\n";
    let program = Program::compile(source, "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options::default());
    let outcome = ctx.run(&program);
    assert!(outcome.is_ok(), "{:?}", outcome.err().map(|e| e.traceback));
    assert_eq!(ctx.take_stdout(), "'5' '3.5' 'mixed'\n");
}
