//! Web app benchmarks (the seed README's "HTTP handlers" table): cold boot of a
//! blog app (fresh `Ctx`, compile, run: routes registered, fastapi, pydantic,
//! jinja2 and markdown imported, templates loaded), a GET rendered by a Jinja2
//! template, a GET whose markdown body is converted and rendered by a template,
//! a POST whose body is validated by a pydantic model, and (table only) the
//! hello app's JSON GET. The app is the web
//! conformance case `conformance/web/cases/blog_pages.py` (its responses are
//! checked against real FastAPI/Jinja2/Python-Markdown by `tests/tests/web.rs`).
//!
//! Besides criterion's own report, `PYEX_BENCH_TABLE=1` prints avg/p50/p99 over
//! plain timed loops (1000 requests, 100 boots), the format of the seed table.

#![expect(
    clippy::print_stdout,
    clippy::cast_precision_loss,
    reason = "the bench prints its table; sample counts are small"
)]

use criterion::{criterion_group, criterion_main, Criterion};
use pyex::lambda::{App, Request};
use pyex::{Ctx, Options, Program};

#[global_allocator]
static GLOBAL: pyex_alloc::Allocator = pyex_alloc::Allocator;

const BLOG: &str = include_str!("../../conformance/web/cases/blog_pages.py");
/// The hello app (`GET /hello/World`: a JSON answer, no template): what the
/// request path around a handler costs.
const HELLO: &str = include_str!("../../conformance/web/cases/hello.py");

/// A post body of the kind the bench renders: headings, emphasis, a list, a
/// table and a fenced code block (the extensions the app enables).
const MARKDOWN: &str = "# Getting started\n\nPyex runs **Python** inside your *host*. It has:\n\n- a parser\n- an evaluator with `frames`\n- snapshots\n\n| Feature | State |\n|---------|-------|\n| run | done |\n| snapshot | done |\n\n```python\ndef hello(name):\n    return f\"hi {name}\"\n```\n\n> Quoted with a [link](https://example.com).\n";

fn get(path: &str) -> Request {
    Request {
        method: "GET".to_owned(),
        path: path.to_owned(),
        ..Request::default()
    }
}

fn post(path: &str, body: &str) -> Request {
    Request {
        method: "POST".to_owned(),
        path: path.to_owned(),
        headers: vec![("content-type".to_owned(), "application/json".to_owned())],
        body: body.as_bytes().to_vec(),
        ..Request::default()
    }
}

/// A booted blog with a few posts.
fn blog() -> App {
    let mut app = App::boot(BLOG, Ctx::new(Options::default())).expect("boots");
    for i in 0..5 {
        let body = format!(
            r#"{{"title": "Post number {i}", "body": {MARKDOWN:?}, "tags": ["t{i}", "all"]}}"#
        );
        let response = app.handle(&post("/posts", &body)).expect("handled");
        assert_eq!(response.status, 201);
    }
    app
}

fn cold_boot(program: &Program) -> App {
    App::boot_program(program, Ctx::new(Options::default())).expect("boots")
}

fn request(app: &mut App, request: &Request) {
    let response = app.handle(request).expect("handled");
    assert!(response.status < 300, "{response:?}");
}

/// avg / p50 / p99 of `n` timed calls of `f`, in microseconds.
fn table_row(name: &str, n: usize, mut f: impl FnMut()) {
    let mut times: Vec<f64> = (0..n)
        .map(|_| {
            let start = std::time::Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let avg = times.iter().sum::<f64>() / n as f64;
    let pct = |p: usize| times[(n * p / 100).min(n - 1)];
    println!(
        "| {name} | {avg:.0} us | {:.0} us | {:.0} us |",
        pct(50),
        pct(99)
    );
}

fn benches(c: &mut Criterion) {
    let program = Program::compile(BLOG, "main.py").expect("compiles");
    let list = get("/posts");
    let page = get("/posts/post-number-3");
    let create = post(
        "/posts",
        r#"{"title": "Bench", "body": "b", "tags": ["x"]}"#,
    );
    if std::env::var_os("PYEX_BENCH_TABLE").is_some() {
        println!("| Benchmark | avg | p50 | p99 |\n|---|---|---|---|");
        table_row("Cold boot (compile + execute routes)", 100, || {
            let program = Program::compile(BLOG, "main.py").expect("compiles");
            cold_boot(&program);
        });
        table_row("Boot, program compiled once", 100, || {
            cold_boot(&program);
        });
        let mut app = blog();
        table_row("GET /posts (Jinja2 template render)", 1000, || {
            request(&mut app, &list);
        });
        table_row("GET /posts/:slug (markdown + Jinja2)", 1000, || {
            request(&mut app, &page);
        });
        let mut app = blog();
        table_row("POST /posts (pydantic body, 409)", 1000, || {
            let _ = app.handle(&create);
        });
        let mut app = App::boot(HELLO, Ctx::new(Options::default())).expect("boots");
        let hello = get("/hello/World");
        table_row("GET /hello/World (JSON, no template)", 1000, || {
            request(&mut app, &hello);
        });
    }
    c.bench_function("blog cold boot (compiled program)", |b| {
        b.iter(|| cold_boot(&program));
    });
    let mut app = blog();
    c.bench_function("GET /posts (Jinja2)", |b| {
        b.iter(|| request(&mut app, &list));
    });
    c.bench_function("GET /posts/:slug (markdown + Jinja2)", |b| {
        b.iter(|| request(&mut app, &page));
    });
}

criterion_group! {
    name = lambda;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(lambda);
