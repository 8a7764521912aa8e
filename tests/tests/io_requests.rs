//! Runs every case in `conformance/io/requests/<name>.py` against the local HTTP test
//! server (`scripts/services/http_server.py`, started here if `PYEX_HTTP_TEST_PORT` names
//! none) and compares what pyex prints with what CPython printed running the same program
//! with the real `requests` (recorded by `conformance/io/requests/record`).
//!
//! Each case runs as `main.py` with `os.environ["PYEX_HTTP_BASE"]` set to the server's
//! `http://127.0.0.1:PORT` and a grant of that prefix for every method (plus GET grants a
//! case asks for on `# grant: PREFIX` lines); the port is
//! replaced by `PORT` in both outputs. Filter by name: `cargo test -p pyex-tests --test
//! io_requests -- pagination`. With `PYEX_REQUESTS_DEV=1` the working copies of the
//! `requests` and `urllib.parse` modules are used (no rebuild after editing them).

use std::path::Path;

use pyex::io::NetworkGrant;
use pyex::{Limits, Options};
use pyex_tests::http_server;
use pyex_tests::io_run::{run, Printed};
use pyex_tests::{case_name, judge, recorded};

/// Every method requests has, granted on the test server's whole origin.
const METHODS: &[&str] = &["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/// The test server's origin for every method, plus a GET grant of each prefix the case
/// names on a `# grant: PREFIX` line (e.g. an unreachable port it expects to fail).
fn grants(base: &str, source: &str) -> Vec<NetworkGrant> {
    let mut grants = vec![NetworkGrant {
        allowed_url_prefix: format!("{base}/"),
        methods: METHODS.iter().map(|m| (*m).to_owned()).collect(),
        headers: Vec::new(),
    }];
    for line in source.lines() {
        if let Some(prefix) = line.strip_prefix("# grant: ") {
            grants.push(NetworkGrant::new(prefix.trim()));
        }
    }
    grants
}

/// `main.py`, plus (with `PYEX_REQUESTS_DEV=1`) the working copies of the modules as a
/// package on the filesystem, which imports find before the embedded modules.
fn files(source: &str) -> pyex::fs::Fs {
    let mut files: Vec<(String, String)> = vec![("main.py".to_owned(), source.to_owned())];
    if std::env::var_os("PYEX_REQUESTS_DEV").is_some() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src/stdlib/python");
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let target = match name.as_str() {
                "requests.py" => "requests/__init__.py".to_owned(),
                "requests_version.py" => "requests/__version__.py".to_owned(),
                "urllib_parse.py" => "urllib/parse.py".to_owned(),
                other => match other.strip_prefix("requests_") {
                    Some(rest) => format!("requests/{rest}"),
                    None => continue,
                },
            };
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            files.push((target, text));
        }
        files.push(("urllib/__init__.py".to_owned(), String::new()));
    }
    pyex::fs::Fs::memory(files.iter().map(|(n, t)| (n.as_str(), t.as_str())))
}

#[expect(
    clippy::needless_pass_by_value,
    reason = "datatest-stable hands over the file contents by value"
)]
fn matches_requests(path: &Path, source: String) -> datatest_stable::Result<()> {
    let case = case_name(path);
    let port = http_server::port()?;
    let base = format!("http://127.0.0.1:{port}");
    let options = Options {
        limits: Limits {
            time: Some(std::time::Duration::from_secs(20)),
            ..Limits::default()
        },
        fs: files(&source),
        env: vec![("PYEX_HTTP_BASE".to_owned(), base.clone())],
        network: grants(&base, &source),
        ..Options::default()
    };
    let printed = run(&source, options);
    let normalise = |text: &str| text.replace(&port.to_string(), "PORT");
    let printed = Printed {
        stdout: normalise(&printed.stdout),
        stderr: normalise(&printed.stderr),
        code: printed.code,
    };
    let outcome = recorded::compare(path, &printed, "CPython + requests")
        .map_err(|problems| format!("{case}:\n{problems}"));
    Ok(judge(&case, outcome)?)
}

datatest_stable::harness!(matches_requests, "../conformance/io/requests", r"\.py$");
