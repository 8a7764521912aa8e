//! The S3 driver: performs the `_pyex_io.s3` requests of `boto3` and of the S3 filesystem
//! with `aws-sdk-s3` (path-style addressing, `SigV4`, rustls with ring) on a current-thread
//! tokio runtime kept in the [`Session`] for the whole run.
//!
//! A request is a dict: `operation` (the AWS name, `PutObject`), `params` (boto3's parameter
//! names), `endpoint_url`, `region`, `credentials` (the program's own, optional), `timeout`
//! (seconds), and `filesystem` (set only by the S3 filesystem's natives, which the gate lets
//! through without the `boto3` capability; see [`super::s3_policy`]). The driver never trusts
//! it blindly: the endpoint is re-checked against the grants, and credentials, region and
//! endpoint default to the grants' environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
//! `AWS_SESSION_TOKEN`, `AWS_REGION`, `AWS_ENDPOINT_URL`).
//!
//! The reply is plain data the Python module shapes like botocore's responses:
//! `{"status", "headers", "data"}` on success, `{"status", "headers", "error"}` for an S3
//! error (the `<Error>` body's fields, or the HTTP status for a body-less HEAD answer), and
//! `{"transport": "connect" | "timeout" | "credentials", "url", "message"}` when no answer came.
//!
//! Source code layout: `s3.rs` (session, clients, dispatch, errors), `s3/params.rs`
//! (reading parameters, writing fields), `s3/objects.rs` and `s3/buckets.rs` (one function
//! per operation).

mod buckets;
mod objects;
mod params;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_sdk_s3::config::interceptors::BeforeDeserializationInterceptorContextRef;
use aws_sdk_s3::config::{ConfigBag, Intercept, RuntimeComponents};
use aws_sdk_s3::error::{BoxError, SdkError};

use super::s3_policy::{self, Target};
use super::Grants;
use crate::host::{HostValue, Reply};
use params::{field, text, BadRequest, Fields};

/// The S3 state of one run: the runtime and the clients made so far (one per endpoint,
/// region and credentials), so connections are reused across requests.
#[derive(Default)]
pub struct Session {
    /// The runtime every request is driven on (made on first use).
    runtime: Option<tokio::runtime::Runtime>,
    /// Clients by target and timeout.
    clients: Vec<Cached>,
}

/// A client made for a target and timeout, with its response capture.
type Cached = ((Target, Duration), aws_sdk_s3::Client, Capture);

/// The status and headers of the last response (botocore reports both in
/// `ResponseMetadata`; the SDK's outputs keep neither).
#[derive(Clone, Debug, Default)]
struct Capture(Arc<Mutex<Option<Answer>>>);

/// An answer's status and headers (lowercase names, in order).
type Answer = (u16, Vec<(String, String)>);

impl Intercept for Capture {
    fn name(&self) -> &'static str {
        "PyexCaptureResponse"
    }

    fn read_before_deserialization(
        &self,
        context: &BeforeDeserializationInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        _: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let response = context.response();
        let headers = response
            .headers()
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.to_owned()))
            .collect();
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some((response.status().as_u16(), headers));
        }
        Ok(())
    }
}

impl Capture {
    /// The captured status and headers (taken).
    fn take(&self) -> (u16, Vec<(String, String)>) {
        self.0
            .lock()
            .ok()
            .and_then(|mut slot| slot.take())
            .unwrap_or((0, Vec::new()))
    }
}

/// Why an operation gave no data.
pub(crate) enum Failure {
    /// The request cannot be sent as given.
    Bad(BadRequest),
    /// S3 answered with an error: its fields (`Code`, `Message`, ...).
    Service(Fields),
    /// No answer: `connect`, `timeout` (with a message).
    Transport(&'static str, String),
}

impl From<BadRequest> for Failure {
    fn from(e: BadRequest) -> Failure {
        Failure::Bad(e)
    }
}

/// Turns an SDK error into a [`Failure`].
#[expect(
    clippy::needless_pass_by_value,
    reason = "used as `map_err(failure)`, which hands the error over by value"
)]
pub(crate) fn failure<E>(e: SdkError<E, aws_sdk_s3::config::http::HttpResponse>) -> Failure
where
    E: std::error::Error + 'static,
{
    match &e {
        SdkError::ServiceError(se) => {
            let raw = se.raw();
            let status = raw.status().as_u16();
            Failure::Service(error_fields(status, raw.body().bytes().unwrap_or_default()))
        }
        SdkError::ResponseError(re) => {
            let raw = re.raw();
            let status = raw.status().as_u16();
            Failure::Service(error_fields(status, raw.body().bytes().unwrap_or_default()))
        }
        SdkError::TimeoutError(_) => Failure::Transport("timeout", e.to_string()),
        SdkError::DispatchFailure(d) if d.is_timeout() => {
            Failure::Transport("timeout", format!("{d:?}"))
        }
        SdkError::DispatchFailure(d) => Failure::Transport("connect", format!("{d:?}")),
        _ => Failure::Transport(
            "connect",
            aws_sdk_s3::error::DisplayErrorContext(&e).to_string(),
        ),
    }
}

/// The fields of an S3 error answer: the children of its `<Error>` element, or (no body:
/// a HEAD request) the status as `Code` and its reason as `Message`, as botocore makes them.
fn error_fields(status: u16, body: &[u8]) -> Fields {
    let mut fields = Fields::default();
    let text = String::from_utf8_lossy(body);
    if let Some(children) = xml_error_children(&text) {
        for (name, value) in children {
            fields.put(&name, HostValue::Str(value));
        }
        return fields;
    }
    fields.put("Code", HostValue::Str(status.to_string()));
    fields.put("Message", HostValue::Str(reason(status).to_owned()));
    fields.put("__from_status", HostValue::Bool(true));
    fields
}

/// The `(name, text)` children of the `<Error>` element of an XML body.
fn xml_error_children(body: &str) -> Option<Vec<(String, String)>> {
    let start = body.find("<Error>")? + "<Error>".len();
    let end = body[start..].find("</Error>")? + start;
    let mut rest = &body[start..end];
    let mut out = Vec::new();
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>')? + open;
        let tag = &rest[open + 1..close];
        if let Some(name) = tag.strip_suffix('/') {
            out.push((name.trim().to_owned(), String::new()));
            rest = &rest[close + 1..];
            continue;
        }
        let end_tag = format!("</{tag}>");
        let value_end = rest[close + 1..].find(&end_tag)? + close + 1;
        out.push((tag.to_owned(), xml_unescape(&rest[close + 1..value_end])));
        rest = &rest[value_end + end_tag.len()..];
    }
    Some(out)
}

/// XML's five entities decoded.
fn xml_unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The reason phrase of an HTTP status (Python's `http.client.responses`).
fn reason(status: u16) -> &'static str {
    match status {
        301 => "Moved Permanently",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        412 => "Precondition Failed",
        416 => "Requested Range Not Satisfiable",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// Performs one S3 request (see the module docs for its form and the reply's).
pub fn perform(req: &HostValue, grants: &Grants, session: &mut Session) -> Reply {
    let Some(operation) = text(req, "operation") else {
        return error_reply("ValueError", "an S3 request needs an operation");
    };
    let target = match s3_policy::target(req, grants) {
        Ok(target) => target,
        Err(message) => return error_reply("PermissionError", &message),
    };
    if target.access_key_id.is_empty() {
        return transport_reply(
            "credentials",
            &target.endpoint,
            "Unable to locate credentials",
        );
    }
    let url = s3_policy::request_url(&target.endpoint, req);
    let timeout = match field(req, "timeout") {
        Some(HostValue::Int(n)) => Duration::from_secs(u64::try_from(*n).unwrap_or(30)),
        Some(HostValue::Float(f)) if f.is_finite() && *f > 0.0 => Duration::from_secs_f64(*f),
        _ => Duration::from_secs(30),
    };
    let empty = HostValue::Dict(Vec::new());
    let params = field(req, "params").unwrap_or(&empty);
    let (client, capture) = match session.client(&target, timeout) {
        Ok(pair) => pair,
        Err(message) => return error_reply("OSError", &message),
    };
    let Some(runtime) = session.runtime.as_ref() else {
        return error_reply("OSError", "no runtime");
    };
    let result = runtime.block_on(dispatch(&client, operation, params));
    let (status, headers) = capture.take();
    match result {
        Ok(data) => Reply::Value(reply_dict(status, &headers, "data", data.into_value())),
        Err(Failure::Service(fields)) => {
            Reply::Value(reply_dict(status, &headers, "error", fields.into_value()))
        }
        Err(Failure::Transport(kind, message)) => transport_reply(kind, &url, &message),
        Err(Failure::Bad(bad)) => error_reply(bad.kind, &bad.message),
    }
}

/// Runs `operation` with `params` on `client`.
async fn dispatch(
    client: &aws_sdk_s3::Client,
    operation: &str,
    params: &HostValue,
) -> Result<Fields, Failure> {
    let p = params::Params::new(params, operation);
    match operation {
        "PutObject" => objects::put_object(client, p).await,
        "GetObject" => objects::get_object(client, p).await,
        "HeadObject" => objects::head_object(client, p).await,
        "DeleteObject" => objects::delete_object(client, p).await,
        "DeleteObjects" => objects::delete_objects(client, p).await,
        "CopyObject" => objects::copy_object(client, p).await,
        "ListObjectsV2" => buckets::list_objects_v2(client, p).await,
        "ListObjects" => buckets::list_objects(client, p).await,
        "CreateBucket" => buckets::create_bucket(client, p).await,
        "DeleteBucket" => buckets::delete_bucket(client, p).await,
        "HeadBucket" => buckets::head_bucket(client, p).await,
        "ListBuckets" => buckets::list_buckets(client, p).await,
        other => Err(Failure::Bad(BadRequest {
            kind: "NotImplementedError",
            message: format!("Pyex's boto3 does not support the S3 operation {other}"),
        })),
    }
}

/// `{"status": ..., "headers": [...], key: value}`.
fn reply_dict(status: u16, headers: &[(String, String)], key: &str, value: HostValue) -> HostValue {
    let headers = headers
        .iter()
        .map(|(k, v)| HostValue::Tuple(vec![HostValue::Str(k.clone()), HostValue::Str(v.clone())]))
        .collect();
    HostValue::Dict(vec![
        (
            HostValue::Str("status".into()),
            HostValue::Int(i64::from(status)),
        ),
        (HostValue::Str("headers".into()), HostValue::List(headers)),
        (HostValue::Str(key.into()), value),
    ])
}

/// A reply saying no answer came.
fn transport_reply(kind: &str, url: &str, message: &str) -> Reply {
    Reply::Value(HostValue::Dict(vec![
        (
            HostValue::Str("transport".into()),
            HostValue::Str(kind.into()),
        ),
        (HostValue::Str("url".into()), HostValue::Str(url.into())),
        (
            HostValue::Str("message".into()),
            HostValue::Str(message.into()),
        ),
    ]))
}

/// A Python exception for the program.
fn error_reply(kind: &str, message: &str) -> Reply {
    Reply::Error {
        kind: kind.into(),
        message: message.into(),
    }
}

impl Session {
    /// The client for `target` (made once per run), with the runtime started.
    fn client(
        &mut self,
        target: &Target,
        timeout: Duration,
    ) -> Result<(aws_sdk_s3::Client, Capture), String> {
        if self.runtime.is_none() {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| format!("cannot start the S3 runtime: {e}"))?;
            self.runtime = Some(runtime);
        }
        let key = (target.clone(), timeout);
        if let Some((_, client, capture)) = self.clients.iter().find(|(k, _, _)| *k == key) {
            return Ok((client.clone(), capture.clone()));
        }
        let capture = Capture::default();
        let client = build_client(target, timeout, capture.clone());
        self.clients.push((key, client.clone(), capture.clone()));
        Ok((client, capture))
    }
}

/// A client for `target`: path-style, no retries (the program sees each answer), TLS by
/// rustls with ring.
fn build_client(target: &Target, timeout: Duration, capture: Capture) -> aws_sdk_s3::Client {
    use aws_sdk_s3::config::{BehaviorVersion, Credentials, Region};
    use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
    let http = aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let credentials = Credentials::new(
        target.access_key_id.clone(),
        target.secret_access_key.clone(),
        target.session_token.clone(),
        None,
        "pyex",
    );
    let config = aws_sdk_s3::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(target.region.clone()))
        .endpoint_url(target.endpoint.clone())
        .force_path_style(true)
        .credentials_provider(credentials)
        .http_client(http)
        .retry_config(aws_sdk_s3::config::retry::RetryConfig::disabled())
        .timeout_config(
            aws_sdk_s3::config::timeout::TimeoutConfig::builder()
                .operation_timeout(timeout)
                .connect_timeout(timeout)
                .build(),
        )
        .interceptor(capture)
        .build();
    aws_sdk_s3::Client::from_conf(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_error_bodies() {
        let body = "<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>a&amp;b</Key></Error>";
        let children = xml_error_children(body).unwrap_or_default();
        assert_eq!(
            children,
            vec![
                ("Code".to_owned(), "NoSuchKey".to_owned()),
                (
                    "Message".to_owned(),
                    "The specified key does not exist.".to_owned()
                ),
                ("Key".to_owned(), "a&b".to_owned()),
            ]
        );
        assert!(xml_error_children("").is_none());
    }
}
