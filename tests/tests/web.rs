//! Runs every web case in `conformance/web/cases/<name>.py`: boots the app with
//! `pyex::lambda::App`, replays the requests recorded in `<name>.expected.json`
//! and compares each response (status, headers in order, body) with what
//! `conformance/web/record` got from the real FastAPI's `TestClient` (the
//! requests themselves are written by hand in `<name>.requests.json`).
//!
//! Filter by name like any test: `cargo test -p pyex-tests --test web -- todo`.
//! Cases listed in `conformance/known_failures.txt` (as `web/cases/<name>.py`) are
//! expected to fail. With `PYEX_WEB_DEV=1` the working copies of the modules are used.

use std::path::Path;

use pyex::lambda::{App, Request};
use pyex::{Ctx, Limits, Options};
use pyex_tests::{case_name, judge};
use serde_json::Value;

/// The request a response was recorded for, exactly as the recorder sent it
/// (`{"method", "path", "headers": [[name, value]], "body"}`).
fn request(spec: &Value) -> Request {
    let headers = spec["headers"]
        .as_array()
        .map(|pairs| {
            pairs
                .iter()
                .map(|pair| {
                    let part = |i: usize| pair[i].as_str().unwrap_or_default().to_owned();
                    (part(0), part(1))
                })
                .collect()
        })
        .unwrap_or_default();
    Request {
        method: spec["method"].as_str().unwrap_or("GET").to_owned(),
        path: spec["path"].as_str().unwrap_or("/").to_owned(),
        query: String::new(),
        headers,
        body: spec["body"]
            .as_str()
            .unwrap_or_default()
            .as_bytes()
            .to_vec(),
    }
}

fn load(path: &Path, ext: &str) -> Result<Vec<Value>, String> {
    let file = path.with_extension(ext);
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    match serde_json::from_str(&text) {
        Ok(Value::Array(items)) => Ok(items),
        _ => Err(format!("{}: not a JSON list", file.display())),
    }
}

/// With `PYEX_WEB_DEV=1`, the app's filesystem holds the working copies of
/// `fastapi`/`pydantic` (imports find files before embedded modules), so
/// editing them needs no rebuild; otherwise an empty filesystem.
fn dev_modules() -> pyex::fs::Fs {
    if std::env::var_os("PYEX_WEB_DEV").is_none() {
        return pyex::fs::Fs::default();
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src/stdlib/python");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_default();
    let mut files = vec![
        ("pydantic.py".to_owned(), read("pydantic.py")),
        ("pydantic_core.py".to_owned(), read("pydantic_core.py")),
        ("fastapi/__init__.py".to_owned(), read("fastapi.py")),
    ];
    for sub in [
        "responses",
        "requests",
        "exceptions",
        "encoders",
        "routing",
        "status",
        "params",
    ] {
        files.push((
            format!("fastapi/{sub}.py"),
            read(&format!("fastapi_{sub}.py")),
        ));
    }
    pyex::fs::Fs::memory(files.iter().map(|(p, s)| (p.as_str(), s.as_str())))
}

/// One case: every response must match FastAPI's.
#[expect(
    clippy::needless_pass_by_value,
    reason = "datatest-stable hands over the file contents by value"
)]
fn matches_fastapi(path: &Path, source: String) -> datatest_stable::Result<()> {
    let expected = load(path, "expected.json")?;
    let ctx = Ctx::new(Options {
        limits: Limits {
            time: Some(std::time::Duration::from_mins(1)),
            ..Limits::default()
        },
        fs: dev_modules(),
        ..Options::default()
    });
    let mut app = match App::boot(&source, ctx) {
        Ok(app) => app,
        Err(e) => {
            let outcome = Err(format!("boot failed:\n{}", e.traceback));
            return Ok(judge(&case_name(path), outcome)?);
        }
    };
    let mut problems = Vec::new();
    for want in &expected {
        let spec = &want["request"];
        let got = app
            .handle(&request(spec))
            .map_err(|e| format!("handle failed:\n{}", e.traceback))?;
        let headers: Vec<Value> = got
            .headers
            .iter()
            .map(|(k, v)| Value::Array(vec![Value::from(k.as_str()), Value::from(v.as_str())]))
            .collect();
        let got = serde_json::json!({
            "request": spec,
            "status": got.status,
            "headers": headers,
            "body": String::from_utf8_lossy(&got.body),
        });
        if &got != want {
            problems.push(format!(
                "{} {}\n  FastAPI: {want}\n  pyex:    {got}\n  stderr: {}",
                spec["method"],
                spec["path"],
                app.ctx().stderr()
            ));
        }
    }
    let outcome = if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} of {} responses differ:\n{}",
            problems.len(),
            expected.len(),
            problems.join("\n")
        ))
    };
    Ok(judge(&case_name(path), outcome)?)
}

datatest_stable::harness!(matches_fastapi, "../conformance/web/cases", r"\.py$");
