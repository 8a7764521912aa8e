//! The HTTP driver (`pyex::io::http`) against the local test server: requests
//! are performed directly (no Python), each hop checked by a closure standing
//! for the grants. Covers what the `requests` module relies on: status, reason,
//! headers in order with duplicates, bodies (large, chunked, binary), redirects
//! by requests' rules with every hop checked, injected headers, timeouts and
//! connection errors as structured values.

use pyex::io::http::{perform_checked, Session};
use pyex::{HostValue, Reply};
use pyex_tests::http_server::base_url;

fn s(text: &str) -> HostValue {
    HostValue::Str(text.to_owned())
}

/// A request dict as the `requests` module builds it.
fn request(method: &str, path: &str, extra: &[(&str, HostValue)]) -> HostValue {
    let mut fields = vec![
        (s("method"), s(method)),
        (s("url"), s(&format!("{}{path}", base_url().unwrap()))),
        (s("headers"), HostValue::List(Vec::new())),
        (s("body"), HostValue::None),
        (s("connect_timeout"), HostValue::Float(5.0)),
        (s("read_timeout"), HostValue::Float(5.0)),
    ];
    for (name, value) in extra {
        fields.retain(|(k, _)| k != &s(name));
        fields.push((s(name), value.clone()));
    }
    HostValue::Dict(fields)
}

fn headers(pairs: &[(&str, &str)]) -> HostValue {
    HostValue::List(
        pairs
            .iter()
            .map(|(k, v)| HostValue::Tuple(vec![s(k), s(v)]))
            .collect(),
    )
}

/// Everything allowed to 127.0.0.1, nothing else; no injected headers.
fn local_only(_method: &str, url: &str) -> Result<Vec<(String, String)>, String> {
    if url.starts_with(&base_url().unwrap()) {
        Ok(Vec::new())
    } else {
        Err(format!("network access to {url} is not granted"))
    }
}

fn perform(req: &HostValue) -> Vec<(HostValue, HostValue)> {
    let mut session = Session::default();
    match perform_checked(req, &local_only, &mut session) {
        Reply::Value(HostValue::Dict(fields)) => fields,
        other => panic!("unexpected reply {other:?}"),
    }
}

fn field<'a>(reply: &'a [(HostValue, HostValue)], name: &str) -> &'a HostValue {
    &reply
        .iter()
        .find(|(k, _)| k == &s(name))
        .unwrap_or_else(|| panic!("no field {name} in {reply:?}"))
        .1
}

fn body_json(reply: &[(HostValue, HostValue)]) -> serde_json::Value {
    match field(reply, "content") {
        HostValue::Bytes(b) => serde_json::from_slice(b).unwrap(),
        other => panic!("content {other:?}"),
    }
}

fn header(reply: &[(HostValue, HostValue)], name: &str) -> Vec<String> {
    let HostValue::List(items) = field(reply, "headers") else {
        panic!("headers")
    };
    items
        .iter()
        .filter_map(|pair| match pair {
            HostValue::Tuple(kv) if kv[0] == s(name) => match &kv[1] {
                HostValue::Str(v) => Some(v.clone()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

#[test]
fn get_returns_status_reason_headers_and_body() {
    let reply = perform(&request(
        "GET",
        "/echo?a=1&a=2",
        &[("headers", headers(&[("X-Token", "t1"), ("Accept", "*/*")]))],
    ));
    assert_eq!(field(&reply, "status"), &HostValue::Int(200));
    assert_eq!(field(&reply, "reason"), &s("OK"));
    assert_eq!(header(&reply, "Content-Type"), ["application/json"]);
    assert_eq!(header(&reply, "Server"), ["pyex-test-server"]);
    let echo = body_json(&reply);
    assert_eq!(echo["method"], "GET");
    assert_eq!(echo["query"], serde_json::json!([["a", "1"], ["a", "2"]]));
    assert_eq!(echo["headers"]["x-token"], "t1");
    assert!(matches!(field(&reply, "history"), HostValue::List(h) if h.is_empty()));
}

#[test]
fn post_body_and_custom_reason_and_duplicate_headers() {
    let reply = perform(&request(
        "POST",
        "/echo",
        &[
            ("body", HostValue::Bytes(b"{\"x\": 1}".to_vec())),
            ("headers", headers(&[("Content-Type", "application/json")])),
        ],
    ));
    assert_eq!(body_json(&reply)["json"]["x"], 1);
    let reply = perform(&request("GET", "/status/418?reason=Teapot+Time", &[]));
    assert_eq!(field(&reply, "status"), &HostValue::Int(418));
    assert_eq!(field(&reply, "reason"), &s("Teapot Time"));
    let reply = perform(&request("GET", "/response-headers?X-A=1&X-B=2&X-A=3", &[]));
    assert_eq!(header(&reply, "X-A"), ["1", "3"]);
}

#[test]
fn large_chunked_and_binary_bodies_arrive_whole() {
    let reply = perform(&request("GET", "/bytes/3000000", &[]));
    let HostValue::Bytes(content) = field(&reply, "content") else {
        panic!()
    };
    assert_eq!(content.len(), 3_000_000);
    assert_eq!(content[1], 38);
    let reply = perform(&request("GET", "/stream/4", &[]));
    assert_eq!(header(&reply, "Transfer-Encoding"), ["chunked"]);
    let HostValue::Bytes(content) = field(&reply, "content") else {
        panic!()
    };
    assert_eq!(content.split(|b| *b == b'\n').count(), 5);
}

#[test]
fn redirects_follow_requests_rules() {
    let reply = perform(&request("GET", "/redirect/3", &[]));
    assert_eq!(field(&reply, "status"), &HostValue::Int(200));
    assert_eq!(
        field(&reply, "url"),
        &s(&format!("{}/echo", base_url().unwrap()))
    );
    assert!(matches!(field(&reply, "history"), HostValue::List(h) if h.len() == 3));
    // 303 turns POST into GET and drops the body; 307 keeps both.
    let post = |status: &str| {
        request(
            "POST",
            &format!("/redirect-to?url=/echo&status_code={status}"),
            &[
                ("body", HostValue::Bytes(b"a=1".to_vec())),
                (
                    "headers",
                    headers(&[("Content-Type", "application/x-www-form-urlencoded")]),
                ),
            ],
        )
    };
    let echo = body_json(&perform(&post("303")));
    assert_eq!(
        (echo["method"].as_str(), echo["body"].as_str()),
        (Some("GET"), Some(""))
    );
    let echo = body_json(&perform(&post("307")));
    assert_eq!(
        (echo["method"].as_str(), echo["body"].as_str()),
        (Some("POST"), Some("a=1"))
    );
    let reply = perform(&request(
        "GET",
        "/redirect/2",
        &[("allow_redirects", HostValue::Bool(false))],
    ));
    assert_eq!(field(&reply, "status"), &HostValue::Int(302));
    assert_eq!(header(&reply, "Location"), ["/redirect/1"]);
}

#[test]
fn redirect_to_an_ungranted_host_is_refused_before_it_is_sent() {
    let reply = perform(&request("GET", "/redirect-offhost", &[]));
    assert_eq!(field(&reply, "error"), &s("permission"));
    let HostValue::Str(message) = field(&reply, "message") else {
        panic!()
    };
    assert!(message.contains("http://localhost:"), "{message}");
    assert!(message.contains("redirected from"), "{message}");
    assert!(matches!(field(&reply, "history"), HostValue::List(h) if h.len() == 1));
}

#[test]
fn too_many_redirects_is_an_error_value() {
    let reply = perform(&request(
        "GET",
        "/redirect-loop",
        &[("max_redirects", HostValue::Int(5))],
    ));
    assert_eq!(field(&reply, "error"), &s("too_many_redirects"));
    assert_eq!(field(&reply, "message"), &s("Exceeded 5 redirects."));
}

#[test]
fn granted_headers_are_injected_but_not_returned() {
    let inject = |_: &str, _: &str| {
        Ok(vec![(
            "Authorization".to_owned(),
            "Bearer secret-token".to_owned(),
        )])
    };
    let mut session = Session::default();
    let req = request(
        "GET",
        "/api/secure",
        &[("headers", headers(&[("Authorization", "Bearer guessed")]))],
    );
    let Reply::Value(HostValue::Dict(reply)) = perform_checked(&req, &inject, &mut session) else {
        panic!()
    };
    assert_eq!(field(&reply, "status"), &HostValue::Int(200));
    let text = format!("{:?}", field(&reply, "request"));
    assert!(!text.contains("secret-token"), "{text}");
}

#[test]
fn timeouts_and_refused_connections_are_structured() {
    let reply = perform(&request(
        "GET",
        "/delay/2",
        &[("read_timeout", HostValue::Float(0.3))],
    ));
    assert_eq!(field(&reply, "error"), &s("read_timeout"));
    assert_eq!(field(&reply, "phase"), &s("headers"));
    // Steady chunks each within the read timeout: no timeout (requests' per-read semantics).
    let reply = perform(&request(
        "GET",
        "/slow-body?chunks=3&delay=0.3",
        &[("read_timeout", HostValue::Float(0.8))],
    ));
    assert_eq!(field(&reply, "status"), &HostValue::Int(200));
    let reply = perform(&request(
        "GET",
        "/slow-body?chunks=2&delay=1",
        &[("read_timeout", HostValue::Float(0.4))],
    ));
    assert_eq!(field(&reply, "error"), &s("read_timeout"));
    assert_eq!(field(&reply, "phase"), &s("body"));
    let closed = HostValue::Dict(vec![
        (s("method"), s("GET")),
        (s("url"), s("http://127.0.0.1:1/")),
    ]);
    let mut session = Session::default();
    let allow_all = |_: &str, _: &str| Ok(Vec::new());
    let Reply::Value(HostValue::Dict(reply)) = perform_checked(&closed, &allow_all, &mut session)
    else {
        panic!()
    };
    assert_eq!(field(&reply, "error"), &s("connection"));
    assert_eq!(field(&reply, "reason"), &s("refused"));
}

// ---- The `requests` module under grants: refusals and injected headers. ----

use pyex::io::NetworkGrant;
use pyex::Options;
use pyex_tests::io_run;

fn grant(path: &str, methods: &[&str], headers: &[(&str, &str)]) -> NetworkGrant {
    NetworkGrant {
        allowed_url_prefix: format!("{}{path}", base_url().unwrap()),
        methods: methods.iter().map(|m| (*m).to_owned()).collect(),
        headers: headers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
    }
}

/// Runs `body` (after `import requests` and `BASE = ...`) with `network` grants; its stdout
/// with the port replaced by PORT.
fn program(body: &str, network: Vec<NetworkGrant>) -> String {
    let base = base_url().unwrap();
    let source = format!("import requests\nBASE = {base:?}\n{body}");
    let printed = io_run::run(
        &source,
        Options {
            network,
            ..Options::default()
        },
    );
    assert_eq!(printed.code, 0, "{}{}", printed.stdout, printed.stderr);
    let port = pyex_tests::http_server::port().unwrap().to_string();
    printed.stdout.replace(&port, "PORT")
}

const TRY: &str = "
def attempt(call):
    try:
        r = call()
        print('sent', r.status_code)
    except PermissionError as e:
        print(type(e).__name__, e)
";

#[test]
fn an_ungranted_url_or_method_raises_permission_error() {
    let out = program(
        &format!(
            "{TRY}
attempt(lambda: requests.get(BASE + '/api/users/1'))
attempt(lambda: requests.get(BASE + '/echo'))
attempt(lambda: requests.post(BASE + '/api/users', json={{'name': 'x'}}))
attempt(lambda: requests.get(BASE + '/api/../echo'))
attempt(lambda: requests.get('http://localhost:' + BASE.rsplit(':', 1)[1] + '/api/users/1'))
"
        ),
        vec![grant("/api/", &[], &[])],
    );
    assert_eq!(
        out,
        "sent 200\n\
         PermissionError network access denied: GET http://127.0.0.1:PORT/echo (no granted URL prefix matches)\n\
         PermissionError network access denied: POST http://127.0.0.1:PORT/api/users (method not granted for this URL)\n\
         PermissionError network access denied: GET http://127.0.0.1:PORT/echo (no granted URL prefix matches)\n\
         PermissionError network access denied: GET http://localhost:PORT/api/users/1 (no granted URL prefix matches)\n"
    );
}

#[test]
fn no_grants_means_no_network() {
    let out = program(
        &format!("{TRY}\nattempt(lambda: requests.get(BASE + '/echo'))\n"),
        Vec::new(),
    );
    assert!(
        out.starts_with("PermissionError network access denied: GET"),
        "{out}"
    );
}

#[test]
fn a_redirect_to_an_ungranted_url_is_refused() {
    let out = program(
        &format!(
            "{TRY}
attempt(lambda: requests.get(BASE + '/redirect-offhost'))
attempt(lambda: requests.get(BASE + '/redirect-to?url=/status/200'))
attempt(lambda: requests.get(BASE + '/redirect-to?url=/echo'))
r = requests.get(BASE + '/redirect-offhost', allow_redirects=False)
print(r.status_code, r.headers['Location'].replace(BASE.rsplit(':', 1)[1], 'PORT'))
"
        ),
        vec![
            grant("/redirect-offhost", &[], &[]),
            grant("/redirect-to", &[], &[]),
            grant("/echo", &[], &[]),
        ],
    );
    assert_eq!(
        out,
        "PermissionError network access denied: GET http://localhost:PORT/echo (no granted URL prefix matches) (redirected from http://127.0.0.1:PORT/redirect-offhost)\n\
         PermissionError network access denied: GET http://127.0.0.1:PORT/status/200 (no granted URL prefix matches) (redirected from http://127.0.0.1:PORT/redirect-to?url=/status/200)\n\
         sent 200\n\
         302 http://localhost:PORT/echo\n"
    );
}

#[test]
fn injected_headers_reach_the_server_but_never_the_program() {
    let out = program(
        "
r = requests.get(BASE + '/api/secure')
print(r.status_code, r.json())
print(dict(r.request.headers))
print(r.headers)
s = requests.Session()
r = s.get(BASE + '/api/secure', headers={'Authorization': 'Bearer guess'})
print(r.status_code, r.request.headers['Authorization'])
# A redirect to another grant does not carry the first grant's headers.
r = requests.get(BASE + '/redirect-to?url=/echo')
print(r.json()['headers'].get('x-secret'), r.json()['headers'].get('authorization'))
",
        vec![
            grant("/api/", &[], &[("Authorization", "Bearer secret-token")]),
            grant("/redirect-to", &[], &[("X-Secret", "s3cr3t")]),
            grant("/echo", &[], &[]),
        ],
    );
    assert!(!out.contains("secret-token"), "{out}");
    assert!(!out.contains("s3cr3t"), "{out}");
    assert!(out.starts_with("200 {'secure': True}\n"), "{out}");
    assert!(out.contains("\n200 Bearer guess\n"), "{out}");
    assert!(out.ends_with("None None\n"), "{out}");
}

#[test]
fn a_run_paused_in_requests_get_survives_a_snapshot() {
    use pyex::{Ctx, Outcome, Program};
    let base = base_url().unwrap();
    let source = format!(
        "import requests\nr = requests.get({:?}, params={{'n': 1}})\nprint(r.status_code, r.json()['query'])\n",
        format!("{base}/echo")
    );
    let program = Program::compile(&source, "main.py").unwrap();
    let mut ctx = Ctx::new(Options {
        network: vec![grant("/echo", &[], &[("X-Token", "t")])],
        ..Options::default()
    });
    let Ok(Outcome::HostCall(call)) = ctx.run(&program) else {
        panic!("expected an I/O pause")
    };
    assert!(call.is_io());
    // The paused run moves elsewhere; the host there performs the request with the grants
    // the snapshot carried.
    let mut restored = Ctx::restore(&ctx.snapshot()).unwrap();
    assert_eq!(restored.pending_calls(), std::slice::from_ref(&call));
    let mut session = pyex::io::IoSession::default();
    let reply = pyex::io::perform(&call, &restored.grants().clone(), &mut session);
    assert_eq!(
        restored.resume(reply).unwrap(),
        Outcome::Done(HostValue::None)
    );
    assert_eq!(restored.stdout(), "200 [['n', '1']]\n");
}
