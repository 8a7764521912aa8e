//! The S3 driver (`pyex::io::s3::perform`) against a real S3-protocol server: the local
//! `s3s-fs` that `scripts/services/s3.sh` starts (its own instance, stopped when the test
//! ends), with SigV4-signed requests. Runs with `--features io`.

#![cfg(feature = "io")]

use std::path::PathBuf;
use std::process::Command;

use pyex::io::s3::{perform, Session};
use pyex::io::Grants;
use pyex::{HostValue, Reply};

/// A server of this test's own, stopped on drop (also when an assertion fails).
struct Server {
    state: PathBuf,
    env: Vec<(String, String)>,
}

impl Server {
    fn start() -> Server {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/services/s3.sh");
        let state =
            std::env::temp_dir().join(format!("pyex-s3-driver-test-{}", std::process::id()));
        let out = Command::new(&script)
            .arg("start")
            .env("PYEX_S3_STATE", &state)
            .output()
            .expect("run s3.sh");
        assert!(
            out.status.success(),
            "s3.sh start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let env = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.strip_prefix("export "))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        Server { state, env }
    }

    fn var(&self, name: &str) -> String {
        self.env
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/services/s3.sh");
        let _ = Command::new(script)
            .arg("stop")
            .env("PYEX_S3_STATE", &self.state)
            .status();
    }
}

fn s(text: &str) -> HostValue {
    HostValue::Str(text.to_owned())
}

fn dict(entries: Vec<(&str, HostValue)>) -> HostValue {
    HostValue::Dict(entries.into_iter().map(|(k, v)| (s(k), v)).collect())
}

fn request(operation: &str, params: Vec<(&str, HostValue)>) -> HostValue {
    dict(vec![("operation", s(operation)), ("params", dict(params))])
}

fn get<'v>(value: &'v HostValue, key: &str) -> &'v HostValue {
    let HostValue::Dict(entries) = value else {
        panic!("not a dict: {value:?}");
    };
    entries
        .iter()
        .find(|(k, _)| *k == s(key))
        .map_or_else(|| panic!("no {key} in {value:?}"), |(_, v)| v)
}

fn value(reply: Reply) -> HostValue {
    match reply {
        Reply::Value(v) => v,
        Reply::Error { kind, message } => panic!("{kind}: {message}"),
    }
}

#[test]
fn performs_s3_operations_against_a_real_server() {
    let server = Server::start();
    let grants = Grants {
        capabilities: vec!["boto3".into()],
        env: server.env.clone(),
        ..Grants::default()
    };
    let mut session = Session::default();
    objects_and_listings(&grants, &mut session);
    refusals_and_failures(&server, &grants);
    let dropped = value(perform(
        &request("DeleteBucket", vec![("Bucket", s("driver"))]),
        &grants,
        &mut session,
    ));
    assert_eq!(get(&dropped, "status"), &HostValue::Int(204));
}

/// Objects written, read, listed, copied and deleted in bucket `driver`.
fn objects_and_listings(grants: &Grants, session: &mut Session) {
    let mut run = |req: HostValue| value(perform(&req, grants, session));

    let created = run(request("CreateBucket", vec![("Bucket", s("driver"))]));
    assert_eq!(get(&created, "status"), &HostValue::Int(200));

    let put = run(request(
        "PutObject",
        vec![
            ("Bucket", s("driver")),
            ("Key", s("dir/hello.txt")),
            ("Body", HostValue::Bytes(b"hello".to_vec())),
            ("ContentType", s("text/plain")),
            ("Metadata", dict(vec![("owner", s("ada"))])),
        ],
    ));
    let HostValue::List(headers) = get(&put, "headers") else {
        panic!("headers")
    };
    assert!(headers.contains(&HostValue::Tuple(vec![
        s("etag"),
        s("\"5d41402abc4b2a76b9719d911017c592\"")
    ])));

    let got = run(request(
        "GetObject",
        vec![("Bucket", s("driver")), ("Key", s("dir/hello.txt"))],
    ));
    assert_eq!(
        get(get(&got, "data"), "Body"),
        &HostValue::Bytes(b"hello".to_vec())
    );

    let listed = run(request(
        "ListObjectsV2",
        vec![("Bucket", s("driver")), ("Delimiter", s("/"))],
    ));
    let data = get(&listed, "data");
    assert_eq!(get(data, "KeyCount"), &HostValue::Int(1));
    assert_eq!(
        get(data, "CommonPrefixes"),
        &HostValue::List(vec![dict(vec![("Prefix", s("dir/"))])])
    );

    let missing = run(request(
        "GetObject",
        vec![("Bucket", s("driver")), ("Key", s("nope"))],
    ));
    assert_eq!(get(&missing, "status"), &HostValue::Int(404));
    assert_eq!(get(get(&missing, "error"), "Code"), &s("NoSuchKey"));

    let head = run(request(
        "HeadObject",
        vec![("Bucket", s("driver")), ("Key", s("nope"))],
    ));
    assert_eq!(get(get(&head, "error"), "Code"), &s("404"));

    let copied = run(request(
        "CopyObject",
        vec![
            ("Bucket", s("driver")),
            ("Key", s("copy of hello.txt")),
            ("CopySource", s("driver/dir/hello.txt")),
        ],
    ));
    assert!(matches!(
        get(get(get(&copied, "data"), "CopyObjectResult"), "ETag"),
        HostValue::Str(_)
    ));

    let deleted = run(request(
        "DeleteObjects",
        vec![
            ("Bucket", s("driver")),
            (
                "Delete",
                dict(vec![(
                    "Objects",
                    HostValue::List(vec![
                        dict(vec![("Key", s("dir/hello.txt"))]),
                        dict(vec![("Key", s("copy of hello.txt"))]),
                    ]),
                )]),
            ),
        ],
    ));
    let HostValue::List(gone) = get(get(&deleted, "data"), "Deleted") else {
        panic!("Deleted")
    };
    assert_eq!(gone.len(), 2);
}

/// What the driver refuses or cannot do, as replies (never a panic).
fn refusals_and_failures(server: &Server, grants: &Grants) {
    let mut other = Session::default();

    // An unsupported parameter is refused, not ignored.
    let refused = perform(
        &request(
            "GetObject",
            vec![
                ("Bucket", s("driver")),
                ("Key", s("k")),
                ("SSECustomerKey", s("x")),
            ],
        ),
        grants,
        &mut other,
    );
    assert!(matches!(refused, Reply::Error { ref kind, .. } if kind == "NotImplementedError"));

    // Wrong credentials: the server checks the signature.
    let mut bad = request("ListBuckets", vec![]);
    if let HostValue::Dict(entries) = &mut bad {
        entries.push((
            s("credentials"),
            dict(vec![
                ("access_key_id", s("pyextestkey")),
                ("secret_access_key", s("wrong")),
            ]),
        ));
    }
    let denied = value(perform(&bad, grants, &mut other));
    assert_eq!(get(&denied, "status"), &HostValue::Int(403));

    // An endpoint the grants do not allow is refused before anything is sent.
    let mut elsewhere = request("ListBuckets", vec![]);
    if let HostValue::Dict(entries) = &mut elsewhere {
        entries.push((s("endpoint_url"), s("http://127.0.0.1:9")));
    }
    let refused = perform(&elsewhere, grants, &mut other);
    assert!(
        matches!(refused, Reply::Error { ref kind, .. } if kind == "PermissionError"),
        "{refused:?}"
    );

    // The same endpoint spelled as the grants do is fine.
    let mut same = request("ListBuckets", vec![]);
    if let HostValue::Dict(entries) = &mut same {
        entries.push((
            s("endpoint_url"),
            s(&format!("{}/", server.var("AWS_ENDPOINT_URL"))),
        ));
    }
    assert_eq!(
        get(&value(perform(&same, grants, &mut other)), "status"),
        &HostValue::Int(200)
    );

    // A server that is not there: a transport failure, not a panic.
    let dead = Grants {
        env: vec![
            ("AWS_ENDPOINT_URL".into(), "http://127.0.0.1:9".into()),
            ("AWS_ACCESS_KEY_ID".into(), "k".into()),
            ("AWS_SECRET_ACCESS_KEY".into(), "s".into()),
        ],
        ..grants.clone()
    };
    let failed = value(perform(
        &request("ListBuckets", vec![]),
        &dead,
        &mut Session::default(),
    ));
    assert_eq!(get(&failed, "transport"), &s("connect"));
}
