//! The HTTP driver: performs the request that `requests` (through
//! `_pyex_io.http`) describes, with reqwest over rustls (ring provider).
//!
//! The caller blocks until the reply is ready: reqwest's async client runs on
//! a current-thread tokio runtime owned by the [`Session`] (what reqwest's
//! `blocking` wrapper does on a thread of its own; the wrapper cannot time out
//! each read of a body, which requests' read timeout needs).
//!
//! ## What it does, and why here rather than in reqwest
//! - **Redirects are followed by this driver** (reqwest's policy is `none`),
//!   with requests' rules (`Session.resolve_redirects`): 301 turns POST into
//!   GET, 302/303 turn anything but HEAD into GET and drop the body and its
//!   headers, 307/308 keep method and body, `Authorization` and cookies are
//!   dropped when the host changes, at most `max_redirects` (30) are followed.
//!   **Every hop is checked against the grants before it is sent**; a hop the
//!   grants refuse ends the request with a `permission` error (requests
//!   raises `PermissionError` naming the refused method and URL and the URL
//!   that redirected there) and nothing is sent to that URL.
//! - **Grant headers** (secrets such as `Authorization`) are injected into
//!   each hop from the grant that allows that hop, replacing a header of the
//!   same name, and are never part of the reply.
//! - **Timeouts** are requests': a connect timeout and a read timeout that
//!   applies to each read (a slow but steady body does not time out).
//!
//! ## The request (plain data from the `requests` module)
//! `{"method", "url", "headers": [(name, value)...], "body": bytes | None,
//! "connect_timeout": float, "read_timeout": float, "allow_redirects": bool,
//! "max_redirects": int}`.
//!
//! ## The reply
//! A response `{"status", "reason", "headers": [(name, value)...] (in order,
//! duplicates kept), "url", "content": bytes, "elapsed": float seconds,
//! "request": {"method", "url", "headers"} (the last hop as sent, without
//! injected headers), "history": [response...] (the redirects followed)}`, or
//! an error `{"error": kind, "message", "url", "history"}` with kind one of
//! `connect_timeout`, `read_timeout` (`"phase": "headers" | "body"`),
//! `connection` (`"reason": "refused" | "dns" | "other"`), `permission`,
//! `too_many_redirects`, `invalid_url`, `invalid_header`, `content_decoding`.
//!
//! ## Divergences from requests (documented in the README)
//! - Header names of the response are title-cased (`Content-Type`,
//!   `X-Request-Id`): hyper lower-cases them, the original case is lost.
//! - No proxies (the host's proxy variables are not the program's business).
//!
//! Bodies sent with `Content-Encoding: gzip` / `deflate` (zlib or raw) are
//! decoded as urllib3 decodes them, the headers left as received; one that
//! does not decode is a `content_decoding` error.

use std::fmt::Write as _;
use std::io::Read as _;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Client, Method, Url};

use super::url::check_network;
use super::Grants;
use crate::host::{HostValue, Reply};

/// Clients kept per timeout pair (reqwest sets timeouts per client).
const MAX_CLIENTS: usize = 8;

/// The HTTP state of one run: the runtime the requests run on and reqwest
/// clients (connection pools) reused across requests, one per distinct
/// (connect, read) timeout pair. Created empty; the runtime starts on first use.
#[derive(Default)]
pub struct Session {
    /// A current-thread runtime (no thread of its own).
    runtime: Option<tokio::runtime::Runtime>,
    /// `((connect ms, read ms), client)`, most recently created last.
    clients: Vec<((u64, u64), Client)>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "http::Session({} clients)", self.clients.len())
    }
}

/// What the grants say about one hop: the headers to inject, or why it is refused.
pub type HopCheck<'a> = dyn Fn(&str, &str) -> Result<Vec<(String, String)>, String> + 'a;

/// One request as the driver sends it (one hop of a redirect chain).
#[derive(Clone, Debug)]
struct Request {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<Vec<u8>>,
    connect_timeout: Duration,
    read_timeout: Duration,
    allow_redirects: bool,
    max_redirects: usize,
}

/// One response received (the final one, or a redirect of the history).
struct Received {
    status: u16,
    reason: String,
    headers: Vec<(String, String)>,
    url: String,
    content: Vec<u8>,
    elapsed: f64,
}

/// A failed request: the `error` kind, its message and extra fields.
struct Failure {
    kind: &'static str,
    message: String,
    extra: Vec<(&'static str, HostValue)>,
}

impl Failure {
    fn new(kind: &'static str, message: impl Into<String>) -> Self {
        Failure {
            kind,
            message: message.into(),
            extra: Vec::new(),
        }
    }
}

/// Performs the request dict `req` (blocking): every hop (the first request
/// and each redirect) must be allowed by `grants`, whose matching grant's
/// headers are injected.
pub fn perform(req: &HostValue, grants: &Grants, session: &mut Session) -> Reply {
    let check = |method: &str, url: &str| {
        check_network(grants, method, url).map(|grant| grant.headers.clone())
    };
    perform_checked(req, &check, session)
}

/// [`perform`] with the grants given as a check of each hop (method, URL):
/// the headers to inject, or why the hop is refused.
pub fn perform_checked(req: &HostValue, check: &HopCheck<'_>, session: &mut Session) -> Reply {
    let request = match parse_request(req) {
        Ok(request) => request,
        Err(message) => {
            return Reply::Error {
                kind: "TypeError".to_owned(),
                message,
            }
        }
    };
    let mut history: Vec<Received> = Vec::new();
    let mut current = request;
    loop {
        let hop = check(&current.method, &current.url)
            .map_err(|refusal| refused(refusal, &history))
            .and_then(|injected| send(session, &current, &injected));
        let received = match hop {
            Ok(received) => received,
            Err(failure) => return failure_reply(failure, &current.url, &history),
        };
        let next = if current.allow_redirects {
            next_hop(&current, &received)
        } else {
            None
        };
        let Some(next) = next else {
            return Reply::Value(response_value(received, &current, history));
        };
        if history.len() >= current.max_redirects {
            let message = format!("Exceeded {} redirects.", current.max_redirects);
            history.push(received);
            let failure = Failure::new("too_many_redirects", message);
            return failure_reply(failure, &current.url, &history);
        }
        history.push(received);
        current = next;
    }
}

/// The failure for a hop the grants refuse (a redirect, or the first request
/// if the gate was bypassed): names the refused method and URL.
fn refused(refusal: String, history: &[Received]) -> Failure {
    match history.last() {
        Some(from) => Failure::new(
            "permission",
            format!("{refusal} (redirected from {})", from.url),
        ),
        None => Failure::new("permission", refusal),
    }
}

/// Reads the request dict; a malformed one is the module's bug (`TypeError`).
fn parse_request(req: &HostValue) -> Result<Request, String> {
    let HostValue::Dict(fields) = req else {
        return Err("_pyex_io.http() expects a request dict".to_owned());
    };
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| matches!(k, HostValue::Str(s) if s == name))
            .map(|(_, v)| v)
    };
    let text = |name: &str| match field(name) {
        Some(HostValue::Str(s)) => Ok(s.clone()),
        _ => Err(format!("http request field {name:?} must be a str")),
    };
    let seconds = |name: &str| match field(name) {
        Some(HostValue::Float(f)) if f.is_finite() && *f > 0.0 => Ok(Duration::from_secs_f64(*f)),
        Some(HostValue::Int(i)) if *i > 0 => Ok(Duration::from_secs(i.unsigned_abs())),
        None | Some(HostValue::None) => Ok(Duration::from_secs(30)),
        _ => Err(format!(
            "http request field {name:?} must be a positive number"
        )),
    };
    let body = match field("body") {
        Some(HostValue::Bytes(b)) => Some(b.clone()),
        Some(HostValue::Str(s)) => Some(s.clone().into_bytes()),
        None | Some(HostValue::None) => None,
        _ => return Err("http request field 'body' must be bytes or None".to_owned()),
    };
    Ok(Request {
        method: text("method")?.to_ascii_uppercase(),
        url: text("url")?,
        headers: parse_headers(field("headers"))?,
        body,
        connect_timeout: seconds("connect_timeout")?,
        read_timeout: seconds("read_timeout")?,
        allow_redirects: !matches!(field("allow_redirects"), Some(HostValue::Bool(false))),
        max_redirects: match field("max_redirects") {
            Some(HostValue::Int(n)) => usize::try_from(*n).unwrap_or(0),
            _ => 30,
        },
    })
}

/// `[(name, value), ...]` (lists or tuples of two str).
fn parse_headers(value: Option<&HostValue>) -> Result<Vec<(String, String)>, String> {
    let items = match value {
        None | Some(HostValue::None) => return Ok(Vec::new()),
        Some(HostValue::List(items) | HostValue::Tuple(items)) => items,
        Some(_) => return Err("http request field 'headers' must be a list of pairs".to_owned()),
    };
    items
        .iter()
        .map(|item| match item {
            HostValue::List(pair) | HostValue::Tuple(pair) => match pair.as_slice() {
                [HostValue::Str(name), HostValue::Str(value)] => Ok((name.clone(), value.clone())),
                _ => Err("each header must be a (str, str) pair".to_owned()),
            },
            _ => Err("each header must be a (str, str) pair".to_owned()),
        })
        .collect()
}

/// The client for this request's timeouts (created once, then reused).
fn client_for(session: &mut Session, request: &Request) -> Result<Client, Failure> {
    let key = (
        request.connect_timeout.as_millis() as u64,
        request.read_timeout.as_millis() as u64,
    );
    if let Some((_, client)) = session.clients.iter().find(|(k, _)| *k == key) {
        return Ok(client.clone());
    }
    let client = reqwest::ClientBuilder::new()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .http1_title_case_headers()
        .connect_timeout(request.connect_timeout)
        .read_timeout(request.read_timeout)
        .build()
        .map_err(|e| Failure::new("connection", format!("cannot build an HTTP client: {e}")))?;
    if session.clients.len() >= MAX_CLIENTS {
        session.clients.remove(0);
    }
    session.clients.push((key, client.clone()));
    Ok(client)
}

/// The headers of one hop: the program's, then the grant's replacing same names.
fn hop_headers(request: &Request, injected: &[(String, String)]) -> Result<HeaderMap, Failure> {
    let mut map = HeaderMap::new();
    let mut put = |name: &str, value: &str, replace: bool| -> Result<(), Failure> {
        let header = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Failure::new("invalid_header", format!("Invalid header name {name:?}")))?;
        let value = HeaderValue::from_str(value).map_err(|_| {
            Failure::new(
                "invalid_header",
                format!("Invalid leading whitespace, reserved character(s), or return character(s) in header value: {value:?}"),
            )
        })?;
        if replace {
            map.insert(header, value);
        } else {
            map.append(header, value);
        }
        Ok(())
    };
    for (name, value) in &request.headers {
        put(name, value, false)?;
    }
    for (name, value) in injected {
        put(name, value, true)?;
    }
    Ok(map)
}

/// Sends one hop and reads the whole response (blocking on the session's runtime).
fn send(
    session: &mut Session,
    request: &Request,
    injected: &[(String, String)],
) -> Result<Received, Failure> {
    let url = Url::parse(&request.url)
        .map_err(|e| Failure::new("invalid_url", format!("Invalid URL {:?}: {e}", request.url)))?;
    let method = Method::from_bytes(request.method.as_bytes()).map_err(|_| {
        Failure::new(
            "invalid_url",
            format!("Invalid method {:?}", request.method),
        )
    })?;
    let headers = hop_headers(request, injected)?;
    let client = client_for(session, request)?;
    let mut builder = client.request(method, url).headers(headers);
    if let Some(body) = &request.body {
        builder = builder.body(body.clone());
    }
    let runtime = match &session.runtime {
        Some(runtime) => runtime,
        None => {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| {
                    Failure::new("connection", format!("cannot start the HTTP runtime: {e}"))
                })?;
            session.runtime.insert(runtime)
        }
    };
    let mut received = runtime.block_on(exchange(builder))?;
    received.url.clone_from(&request.url);
    Ok(received)
}

/// Sends the request, then reads the status line, headers and whole body.
async fn exchange(builder: reqwest::RequestBuilder) -> Result<Received, Failure> {
    let started = Instant::now();
    let mut response = builder
        .send()
        .await
        .map_err(|e| transport_failure(&e, "headers"))?;
    let elapsed = started.elapsed().as_secs_f64();
    let status = response.status();
    let reason = response
        .extensions()
        .get::<hyper::ext::ReasonPhrase>()
        .map(|phrase| String::from_utf8_lossy(phrase.as_bytes()).into_owned())
        .or_else(|| status.canonical_reason().map(str::to_owned))
        .unwrap_or_default();
    let headers: Vec<(String, String)> = response
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
            (title_case(name.as_str()), value)
        })
        .collect();
    let mut content = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| transport_failure(&e, "body"))?
    {
        content.extend_from_slice(&chunk);
    }
    let content = decode_content(&headers, content)?;
    Ok(Received {
        status: status.as_u16(),
        reason,
        headers,
        url: String::new(),
        content,
        elapsed,
    })
}

/// `data` decoded from `coding` (`None`: not a coding this driver decodes).
fn inflate(coding: &str, data: &[u8]) -> std::io::Result<Option<Vec<u8>>> {
    let mut out = Vec::new();
    match coding {
        "gzip" | "x-gzip" => {
            flate2::read::MultiGzDecoder::new(data).read_to_end(&mut out)?;
        }
        "deflate" => {
            if flate2::read::ZlibDecoder::new(data)
                .read_to_end(&mut out)
                .is_err()
            {
                out.clear();
                flate2::read::DeflateDecoder::new(data).read_to_end(&mut out)?;
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(out))
}

/// The body without its `Content-Encoding` (gzip, deflate as zlib or raw; others
/// left as they are), decoded last-applied first, as urllib3 does.
fn decode_content(headers: &[(String, String)], content: Vec<u8>) -> Result<Vec<u8>, Failure> {
    let Some((_, encodings)) = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-encoding"))
    else {
        return Ok(content);
    };
    let mut content = content;
    for coding in encodings.rsplit(',').map(|c| c.trim().to_ascii_lowercase()) {
        content = match inflate(&coding, &content) {
            Ok(Some(decoded)) => decoded,
            Ok(None) => continue,
            Err(e) => {
                return Err(Failure::new(
                    "content_decoding",
                    format!(
                        "('Received response with content-encoding: {coding}, but failed to decode it.', error('{e}'))"
                    ),
                ))
            }
        };
    }
    Ok(content)
}

/// `content-type` → `Content-Type` (hyper lower-cases names; most servers send this case).
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = true;
    for c in name.chars() {
        out.push(if upper { c.to_ascii_uppercase() } else { c });
        upper = c == '-';
    }
    out
}

/// Classifies a reqwest error as requests would (timeout phase, refused, DNS).
fn transport_failure(error: &reqwest::Error, phase: &str) -> Failure {
    let detail = error_chain(error);
    if error.is_timeout() {
        let kind = if error.is_connect() {
            "connect_timeout"
        } else {
            "read_timeout"
        };
        let mut failure = Failure::new(kind, detail);
        failure
            .extra
            .push(("phase", HostValue::Str(phase.to_owned())));
        return failure;
    }
    let lower = detail.to_ascii_lowercase();
    let reason = if lower.contains("refused") {
        "refused"
    } else if lower.contains("dns") || lower.contains("resolve") || lower.contains("name") {
        "dns"
    } else {
        "other"
    };
    let mut failure = Failure::new("connection", detail);
    failure
        .extra
        .push(("reason", HostValue::Str(reason.to_owned())));
    failure
        .extra
        .push(("phase", HostValue::Str(phase.to_owned())));
    failure
}

/// An error and its causes, `: `-separated (reqwest's Display stops at the top).
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let _ = write!(text, ": {cause}");
        source = cause.source();
    }
    text
}

/// The request that follows a redirect response, by requests' rules; `None`
/// when `received` is not a redirect (or has no usable Location).
fn next_hop(current: &Request, received: &Received) -> Option<Request> {
    if !matches!(received.status, 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    let location = received
        .headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("location"))
        .map(|(_, value)| value.as_str())?;
    let base = Url::parse(&current.url).ok()?;
    let mut target = base.join(location).ok()?;
    if target.fragment().is_none() {
        target.set_fragment(base.fragment());
    }
    let mut next = current.clone();
    next.url = target.to_string();
    redirect_method(received.status, &current.method).clone_into(&mut next.method);
    if !matches!(received.status, 307 | 308) {
        next.body = None;
        next.headers.retain(|(name, _)| {
            !["content-length", "content-type", "transfer-encoding"]
                .iter()
                .any(|drop| name.eq_ignore_ascii_case(drop))
        });
    }
    let same_host = base.host_str() == target.host_str()
        && base.port_or_known_default() == target.port_or_known_default();
    carry_cookies(&mut next, received, same_host);
    if !same_host && !is_https_upgrade(&base, &target) {
        next.headers
            .retain(|(name, _)| !name.eq_ignore_ascii_case("authorization"));
    }
    Some(next)
}

/// requests' `rebuild_method`.
fn redirect_method(status: u16, method: &str) -> &str {
    match (status, method) {
        (302 | 303, m) if m != "HEAD" => "GET",
        (301, "POST") => "GET",
        (_, m) => m,
    }
}

/// requests' `should_strip_auth` exception: http → https on the default ports keeps it.
fn is_https_upgrade(from: &Url, to: &Url) -> bool {
    from.scheme() == "http"
        && to.scheme() == "https"
        && from.host_str() == to.host_str()
        && matches!(from.port(), None | Some(80))
        && matches!(to.port(), None | Some(443))
}

/// The Cookie header of the next hop: the request's cookies plus those the
/// redirect response set, on the same host only (a minimal cookie jar: the
/// `requests` module keeps the real one from the reply's headers).
fn carry_cookies(next: &mut Request, received: &Received, same_host: bool) {
    let mut cookies: Vec<(String, String)> = Vec::new();
    next.headers.retain(|(name, value)| {
        if name.eq_ignore_ascii_case("cookie") {
            for part in value.split(';') {
                if let Some((k, v)) = part.trim().split_once('=') {
                    cookies.push((k.to_owned(), v.to_owned()));
                }
            }
            false
        } else {
            true
        }
    });
    if !same_host {
        return;
    }
    for (name, value) in &received.headers {
        if !name.eq_ignore_ascii_case("set-cookie") {
            continue;
        }
        let pair = value.split(';').next().unwrap_or_default();
        if let Some((k, v)) = pair.trim().split_once('=') {
            cookies.retain(|(existing, _)| existing != k);
            cookies.push((k.to_owned(), v.to_owned()));
        }
    }
    if !cookies.is_empty() {
        let joined: Vec<String> = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
        next.headers.push(("Cookie".to_owned(), joined.join("; ")));
    }
}

fn text(s: &str) -> HostValue {
    HostValue::Str(s.to_owned())
}

fn pairs(items: &[(String, String)]) -> HostValue {
    HostValue::List(
        items
            .iter()
            .map(|(k, v)| HostValue::Tuple(vec![text(k), text(v)]))
            .collect(),
    )
}

/// One received response as plain data (without history).
fn received_fields(received: Received) -> Vec<(HostValue, HostValue)> {
    vec![
        (text("status"), HostValue::Int(i64::from(received.status))),
        (text("reason"), HostValue::Str(received.reason)),
        (text("headers"), pairs(&received.headers)),
        (text("url"), HostValue::Str(received.url)),
        (text("content"), HostValue::Bytes(received.content)),
        (text("elapsed"), HostValue::Float(received.elapsed)),
    ]
}

fn history_value(history: Vec<Received>) -> HostValue {
    HostValue::List(
        history
            .into_iter()
            .map(|r| HostValue::Dict(received_fields(r)))
            .collect(),
    )
}

/// The reply for a response: its fields, the last hop as sent, the history.
fn response_value(received: Received, last: &Request, history: Vec<Received>) -> HostValue {
    let mut fields = received_fields(received);
    let request = HostValue::Dict(vec![
        (text("method"), text(&last.method)),
        (text("url"), text(&last.url)),
        (text("headers"), pairs(&last.headers)),
    ]);
    fields.push((text("request"), request));
    fields.push((text("history"), history_value(history)));
    HostValue::Dict(fields)
}

/// The reply for a failure: `{"error", "message", "url", "history", ...}`.
fn failure_reply(failure: Failure, url: &str, history: &[Received]) -> Reply {
    let history: Vec<Received> = history
        .iter()
        .map(|r| Received {
            status: r.status,
            reason: r.reason.clone(),
            headers: r.headers.clone(),
            url: r.url.clone(),
            content: r.content.clone(),
            elapsed: r.elapsed,
        })
        .collect();
    let mut fields = vec![
        (text("error"), text(failure.kind)),
        (text("message"), HostValue::Str(failure.message)),
        (text("url"), text(url)),
        (text("history"), history_value(history)),
    ];
    for (name, value) in failure.extra {
        fields.push((text(name), value));
    }
    Reply::Value(HostValue::Dict(fields))
}

#[cfg(test)]
mod tests {
    use super::{redirect_method, title_case};

    #[test]
    fn title_cases_header_names() {
        assert_eq!(title_case("content-type"), "Content-Type");
        assert_eq!(title_case("x-request-id"), "X-Request-Id");
        assert_eq!(title_case("etag"), "Etag");
    }

    #[test]
    fn redirect_methods_follow_requests() {
        assert_eq!(redirect_method(301, "POST"), "GET");
        assert_eq!(redirect_method(301, "PUT"), "PUT");
        assert_eq!(redirect_method(302, "DELETE"), "GET");
        assert_eq!(redirect_method(303, "HEAD"), "HEAD");
        assert_eq!(redirect_method(307, "POST"), "POST");
        assert_eq!(redirect_method(308, "PATCH"), "PATCH");
    }
}
