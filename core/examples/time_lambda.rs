//! Boots the bench's blog app (`conformance/web/cases/blog_pages.py`) and
//! answers one kind of request N times, for instruction counts under
//! valgrind: `time_lambda boot N`, `time_lambda list N`, `time_lambda page N`,
//! `time_lambda post N` (a pydantic-validated body; 409 after the first);
//! `time_lambda compile N` compiles the app's source (with `PYEX_APP=FILE`,
//! any program's, app or not), `time_lambda cold N`
//! boots from source (compile + fresh `Ctx` + run, as `Pyex.Lambda.boot/2`).
//! Wall time on a shared machine is noisy; instructions are not.
//! `time_lambda mix N` compiles the source and drops the program, then boots
//! the compiled app, N times: a cold boot's work without a fresh program (the
//! wall time above `compile` + `boot` is what each half costs the other in
//! caches). `time_lambda ctx N` makes (and drops) a fresh `Ctx` N times.
//! `time_lambda get N PATH` answers GET PATH instead (with `PYEX_APP=FILE`,
//! of another app).

#![expect(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a measuring tool prints its result"
)]

use pyex::lambda::{App, Request};
use pyex::{Ctx, Options, Program};

#[global_allocator]
static GLOBAL: pyex_alloc::Allocator = pyex_alloc::Allocator;

const BLOG: &str = include_str!("../../conformance/web/cases/blog_pages.py");
const MARKDOWN: &str = "# Getting started\n\nPyex runs **Python** inside your *host*. It has:\n\n- a parser\n- an evaluator with `frames`\n- snapshots\n\n| Feature | State |\n|---------|-------|\n| run | done |\n| snapshot | done |\n\n```python\ndef hello(name):\n    return f\"hi {name}\"\n```\n\n> Quoted with a [link](https://example.com).\n";

/// The bench's POST body (`core/benches/lambda.rs`): 201 once, then 409.
const POST_BODY: &str = r#"{"title": "Bench", "body": "b", "tags": ["x"]}"#;

fn request(method: &str, path: &str, body: &str) -> Request {
    Request {
        method: method.to_owned(),
        path: path.to_owned(),
        headers: vec![("content-type".to_owned(), "application/json".to_owned())],
        body: body.as_bytes().to_vec(),
        ..Request::default()
    }
}

/// One boot after the first (the prepared template exists): a function of
/// its own so that `callgrind --toggle-collect='*warm_boot*'` sees only it.
#[inline(never)]
fn warm_boot(program: &Program) -> Result<App, pyex::PyError> {
    App::boot_program(program, Ctx::new(Options::default()))
}

/// One compile of the app's source (a function for `--toggle-collect`).
#[inline(never)]
fn compile(source: &str) -> Result<Program, pyex::SyntaxError> {
    Program::compile(source, "main.py")
}

/// A boot from source, as a host that has not seen the app boots it
/// (`Pyex.Lambda.boot/2`): compile + fresh `Ctx` + run.
#[inline(never)]
fn cold_boot(source: &str) -> Result<App, pyex::PyError> {
    App::boot(source, Ctx::new(Options::default()))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map_or("list", String::as_str);
    let n: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1);
    let source = std::env::var("PYEX_APP")
        .ok()
        .and_then(|file| std::fs::read_to_string(file).ok())
        .unwrap_or_else(|| BLOG.to_owned());
    let Ok(program) = Program::compile(&source, "main.py") else {
        eprintln!("the app does not compile");
        return;
    };
    if what == "compile" {
        // Any program compiles (`PYEX_APP=conformance/cases/...`): no app needed.
        let start = std::time::Instant::now();
        let ok = (0..n).filter(|_| compile(&source).is_ok()).count();
        let each = start.elapsed() / n.max(1) as u32;
        println!("compile: {ok} of {n}, {each:?} each");
        return;
    }
    let boot = || App::boot_program(&program, Ctx::new(Options::default()));
    let Ok(mut app) = boot() else {
        eprintln!("the app does not boot");
        return;
    };
    for i in 0..5 {
        let body = format!(
            r#"{{"title": "Post number {i}", "body": {MARKDOWN:?}, "tags": ["t{i}", "all"]}}"#
        );
        let _ = app.handle(&request("POST", "/posts", &body));
    }
    let start = std::time::Instant::now();
    // Each operation's wall time, for the percentiles printed at the end.
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let began = std::time::Instant::now();
        let status = match what {
            "boot" => warm_boot(&program).map_or(500, |_| 200),
            "compile" => compile(&source).map_or(500, |_| 200),
            "cold" => cold_boot(&source).map_or(500, |_| 200),
            "mix" => {
                drop(compile(&source));
                warm_boot(&program).map_or(500, |_| 200)
            }
            "ctx" => {
                drop(std::hint::black_box(Ctx::new(Options::default())));
                200
            }
            "get" => app
                .handle(&request("GET", args.get(3).map_or("/", String::as_str), ""))
                .map_or(500, |r| r.status),
            "page" => app
                .handle(&request("GET", "/posts/post-number-3", ""))
                .map_or(500, |r| r.status),
            "post" => app
                .handle(&request("POST", "/posts", POST_BODY))
                .map_or(500, |r| {
                    if matches!(r.status, 201 | 409) {
                        200
                    } else {
                        r.status
                    }
                }),
            _ => app
                .handle(&request("GET", "/posts", ""))
                .map_or(500, |r| r.status),
        };
        times.push(began.elapsed());
        if status != 200 {
            eprintln!("status {status}");
            return;
        }
    }
    let each = start.elapsed() / n.max(1) as u32;
    times.sort_unstable();
    let at = |q: usize| {
        times
            .get(times.len() * q / 100)
            .copied()
            .unwrap_or_default()
    };
    println!(
        "{what} x{n}: {each:?} each (p50 {:?}, p90 {:?}, p99 {:?})",
        at(50),
        at(90),
        at(99)
    );
}
