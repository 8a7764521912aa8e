//! The grant flags: `--allow-url`, `--capability`, `--env`. Nothing is
//! granted by default, the process environment never leaks, and a granted
//! request pauses and is performed by the CLI (the stub drivers answer
//! `NotImplementedError` until the real ones land).

use std::process::Command;

const PYEX: &str = env!("CARGO_BIN_EXE_pyex");

const PROGRAM: &str = "\
import _pyex_io, os
print(sorted(os.environ))
for kind, req in [('http', {'method': 'POST', 'url': 'http://127.0.0.1:9/api/x'}),
                  ('http', {'method': 'DELETE', 'url': 'http://127.0.0.1:9/api/x'}),
                  ('http', {'url': 'http://127.0.0.1:9/apix'}),
                  ('sql', {'statement': 'select 1'}),
                  ('s3', {'operation': 'list_buckets'})]:
    try:
        getattr(_pyex_io, kind)(req)
        print(kind, 'performed')
    except PermissionError as e:
        print(kind, 'denied:', e)
    except Exception:  # the driver answered (a stub or a real error)
        print(kind, 'performed')
";

fn run(flags: &[&str]) -> String {
    let out = Command::new(PYEX)
        .args(flags)
        .args(["-c", PROGRAM])
        .env("HOME", "/home/secret")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn nothing_is_granted_by_default() {
    assert_eq!(
        run(&[]),
        "[]
http denied: network access denied: POST http://127.0.0.1:9/api/x (no granted URL prefix matches)
http denied: network access denied: DELETE http://127.0.0.1:9/api/x (no granted URL prefix matches)
http denied: network access denied: GET http://127.0.0.1:9/apix (no granted URL prefix matches)
sql denied: capability \"sql\" is not granted
s3 denied: capability \"boto3\" is not granted
"
    );
}

#[test]
fn granted_requests_are_performed() {
    let flags = [
        "--allow-url",
        "http://127.0.0.1:9/api/=GET,post",
        "--capability=sql",
        "--env",
        "DATABASE_URL=postgres://u@127.0.0.1/db",
        "--env=EMPTY=",
    ];
    assert_eq!(
        run(&flags),
        "['DATABASE_URL', 'EMPTY']
http performed
http denied: network access denied: DELETE http://127.0.0.1:9/api/x (method not granted for this URL)
http denied: network access denied: GET http://127.0.0.1:9/apix (no granted URL prefix matches)
sql performed
s3 denied: capability \"boto3\" is not granted
"
    );
}

#[test]
fn a_grant_flag_needs_its_value() {
    let out = Command::new(PYEX).arg("--capability").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .starts_with("argument expected for the --capability option"));
}
