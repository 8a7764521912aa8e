//! The S3 conformance cases, run under Pyex against a real S3-protocol server (the local
//! `s3s-fs` of `scripts/services/s3.sh`, an instance of this test's own, stopped at the end):
//!
//! - `conformance/io/boto3/<case>.py`: recorded by CPython with the real boto3 against the
//!   same kind of server (`conformance/io/record`); here with the capability `boto3` and the
//!   server's `AWS_*` variables as the environment. The store is emptied before each case.
//! - `conformance/io/s3fs/<case>.py`: recorded by CPython on a local directory; here on the
//!   S3 filesystem (a bucket, the case's own prefix), with no capability.
//! - refusals: no capability, an ungranted `endpoint_url`, a forged filesystem request.
//!
//! Every I/O pause is performed with `pyex::io::perform` and resumed, as a binding does.
//! Filter by name: `cargo test -p pyex-tests --test io_s3 -- pagination`.

use std::path::{Path, PathBuf};
use std::process::Command;

use pyex::{Limits, Options};
use pyex_tests::io_run::{self, Printed};
use pyex_tests::recorded;

/// The test's own S3 server, stopped on drop.
struct Server {
    state: PathBuf,
    env: Vec<(String, String)>,
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/services/s3.sh")
}

impl Server {
    fn start() -> Result<Server, String> {
        let state =
            std::env::temp_dir().join(format!("pyex-s3-conformance-{}", std::process::id()));
        let out = Command::new(script())
            .arg("start")
            .env("PYEX_S3_STATE", &state)
            .output()
            .map_err(|e| format!("cannot run s3.sh: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "s3.sh start failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let env = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.strip_prefix("export "))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        Ok(Server { state, env })
    }

    fn reset(&self) {
        let _ = Command::new(script())
            .arg("reset")
            .env("PYEX_S3_STATE", &self.state)
            .status();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new(script())
            .arg("stop")
            .env("PYEX_S3_STATE", &self.state)
            .status();
    }
}

/// Runs `source` as `main.py` with `options` under a 30 s limit, performing every I/O pause.
fn run(source: &str, mut options: Options) -> Printed {
    options.limits = Limits {
        time: Some(std::time::Duration::from_secs(30)),
        ..Limits::default()
    };
    io_run::run(source, options)
}

/// `Ok` when the run matches what CPython recorded beside `path`.
fn compare(path: &Path, actual: &Printed) -> Result<(), String> {
    recorded::compare(path, actual, "CPython")
}

fn cases(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../conformance/io")
        .join(dir);
    let mut cases: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "py"))
                .collect()
        })
        .unwrap_or_default();
    cases.sort();
    cases
}

/// Options for a boto3 case: the capability and the server's environment.
fn boto3_options(server: &Server, source: &str) -> Options {
    Options {
        fs: pyex::fs::Fs::memory([("main.py", source)]),
        env: server.env.clone(),
        capabilities: vec!["boto3".into()],
        ..Options::default()
    }
}

/// Options for an S3-filesystem case: bucket `s3fs-cases`, prefix `<case>/`.
fn s3fs_options(server: &Server, case: &str) -> Options {
    Options {
        fs: pyex::fs::Fs::S3(pyex::fs::S3Fs::new("s3fs-cases", case)),
        env: server.env.clone(),
        ..Options::default()
    }
}

/// The refusals: each program must end with this `PermissionError` text in its traceback,
/// and nothing may have been sent (the bucket it names never appears).
fn refusals(server: &Server) -> Vec<(&'static str, String, Options)> {
    let granted = |source: &str| boto3_options(server, source);
    let no_capability = Options {
        env: server.env.clone(),
        ..Options::default()
    };
    vec![
        (
            "import boto3\nboto3.client('s3').create_bucket(Bucket='refused-1')\n",
            "PermissionError: capability \"boto3\" is not granted".to_owned(),
            no_capability.clone(),
        ),
        (
            "import boto3\nboto3.client('s3', endpoint_url='http://127.0.0.1:9').create_bucket(Bucket='refused-2')\n",
            "PermissionError: boto3: endpoint_url \"http://127.0.0.1:9\" is not allowed".to_owned(),
            granted(""),
        ),
        (
            "import boto3\nboto3.client('s3', endpoint_url='http://169.254.169.254').list_buckets()\n",
            "PermissionError: boto3: endpoint_url \"http://169.254.169.254\" is not allowed".to_owned(),
            granted(""),
        ),
        (
            "import _pyex_io\n_pyex_io.s3({'operation': 'CreateBucket', 'params': {'Bucket': 'refused-3'}, 'filesystem': {'bucket': 'x', 'endpoint_url': 'http://127.0.0.1:9'}})\n",
            "PermissionError: a program cannot make requests of the S3 filesystem".to_owned(),
            granted(""),
        ),
        (
            "import boto3\nboto3.client('s3', region_name='x.evil.com/').create_bucket(Bucket='refused-4')\n",
            "PermissionError: boto3: invalid region name".to_owned(),
            Options {
                env: server.env.iter().filter(|(k, _)| k != "AWS_ENDPOINT_URL").cloned().collect(),
                capabilities: vec!["boto3".into()],
                ..Options::default()
            },
        ),
    ]
}

#[expect(
    clippy::print_stdout,
    reason = "a harness-less test runner reports on stdout like libtest"
)]
fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str()));
    let server = match Server::start() {
        Ok(server) => server,
        Err(e) => {
            eprintln!("io_s3: {e}");
            std::process::exit(1);
        }
    };
    let (mut passed, mut failed) = (0, 0);
    let mut report = |name: String, outcome: Result<(), String>| match outcome {
        Ok(()) => {
            passed += 1;
            println!("test {name} ... ok");
        }
        Err(why) => {
            failed += 1;
            println!("test {name} ... FAILED\n{why}\n");
        }
    };
    for case in cases("boto3") {
        let name = format!(
            "boto3/{}",
            case.file_stem().unwrap_or_default().to_string_lossy()
        );
        if !wanted(&name) {
            continue;
        }
        server.reset();
        let source = std::fs::read_to_string(&case).unwrap_or_default();
        let actual = run(&source, boto3_options(&server, &source));
        report(name, compare(&case, &actual));
    }
    for case in cases("s3fs") {
        let stem = case
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let name = format!("s3fs/{stem}");
        if !wanted(&name) {
            continue;
        }
        server.reset();
        let setup = run(
            "import boto3\nboto3.client('s3').create_bucket(Bucket='s3fs-cases')\n",
            boto3_options(&server, ""),
        );
        let source = std::fs::read_to_string(&case).unwrap_or_default();
        let actual = run(&source, s3fs_options(&server, &stem));
        let outcome = if setup.code != 0 {
            Err(format!("setup failed: {}", setup.stderr))
        } else {
            compare(&case, &actual)
        };
        report(name, outcome);
    }
    for (i, (source, want, options)) in refusals(&server).into_iter().enumerate() {
        let name = format!("refused/{i}");
        if !wanted(&name) {
            continue;
        }
        server.reset();
        let actual = run(source, options);
        let listing = run(
            "import boto3\nprint(sorted(b['Name'] for b in boto3.client('s3').list_buckets()['Buckets']))\n",
            boto3_options(&server, ""),
        );
        let outcome = if !actual.stderr.contains(&want) {
            Err(format!("expected {want:?} in:\n{}", actual.stderr))
        } else if listing.stdout != "[]\n" {
            Err(format!("something was sent: buckets {}", listing.stdout))
        } else {
            Ok(())
        };
        report(name, outcome);
    }
    println!("\n{passed} passed, {failed} failed");
    drop(server);
    if failed > 0 {
        std::process::exit(1);
    }
}
