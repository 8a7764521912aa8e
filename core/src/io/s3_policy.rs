//! What an S3 request may reach (built without the `io` feature: the gate of
//! `_pyex_io.s3` runs in the core before the run pauses, and the driver checks again).
//!
//! - A program's request (from `boto3`) needs the capability `boto3`. Its endpoint is the
//!   program's `endpoint_url=` only when that is the grants' `AWS_ENDPOINT_URL` or a URL the
//!   network grants allow for the operation's method; without one it is `AWS_ENDPOINT_URL`,
//!   else AWS's own `https://s3.<region>.amazonaws.com` (the region must be a plain name).
//!   A program may not mark its request as the filesystem's.
//! - The S3 filesystem's requests are made by the core itself (`fs/s3.rs`) from the host's
//!   configuration (bucket, prefix, endpoint, credentials): they carry `filesystem` and need
//!   no capability.
//!
//! Credentials are the program's own `aws_access_key_id=` ones when it gives them, else
//! the grants' environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`).

use std::fmt::Write as _;

use super::Grants;
use crate::host::HostValue;

/// Where and as whom a request is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The endpoint (scheme, host, port), without a trailing `/`.
    pub endpoint: String,
    /// The signing region.
    pub region: String,
    /// Access key id (empty: none found).
    pub access_key_id: String,
    /// Secret access key.
    pub secret_access_key: String,
    /// Session token, if any.
    pub session_token: Option<String>,
}

/// The value of `key` in `value` (a dict), if it is a str.
fn text<'v>(value: &'v HostValue, key: &str) -> Option<&'v str> {
    let HostValue::Dict(entries) = value else {
        return None;
    };
    entries.iter().find_map(|(k, v)| match (k, v) {
        (HostValue::Str(k), HostValue::Str(v)) if k == key => Some(v.as_str()),
        _ => None,
    })
}

/// The dict under `key` in `value`.
fn dict<'v>(value: &'v HostValue, key: &str) -> Option<&'v HostValue> {
    let HostValue::Dict(entries) = value else {
        return None;
    };
    entries.iter().find_map(|(k, v)| match (k, v) {
        (HostValue::Str(k), HostValue::Dict(_)) if k == key => Some(v),
        _ => None,
    })
}

/// A variable of the grants' environment.
fn env<'g>(grants: &'g Grants, name: &str) -> Option<&'g str> {
    grants
        .env
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

/// The HTTP method of an S3 operation.
pub fn method(operation: &str) -> &'static str {
    match operation {
        "PutObject" | "CopyObject" | "CreateBucket" => "PUT",
        "HeadObject" | "HeadBucket" => "HEAD",
        "DeleteObject" | "DeleteBucket" => "DELETE",
        "DeleteObjects" => "POST",
        _ => "GET",
    }
}

/// `http://Host:9000/` → `http://host:9000` (for comparing endpoints).
fn normalize_endpoint(url: &str) -> String {
    let url = url.trim().trim_end_matches('/');
    match url.split_once("://") {
        Some((scheme, rest)) => format!(
            "{}://{}",
            scheme.to_ascii_lowercase(),
            rest.to_ascii_lowercase()
        ),
        None => url.to_ascii_lowercase(),
    }
}

/// Whether `region` is a plain region name (it becomes part of AWS's host name).
fn plain_region(region: &str) -> bool {
    !region.is_empty()
        && region.len() <= 64
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The URL a request goes to (path-style; the key percent-encoded except `/`), which the
/// network grants are checked against.
pub fn request_url(endpoint: &str, req: &HostValue) -> String {
    let mut url = endpoint.trim_end_matches('/').to_owned();
    let params = dict(req, "params");
    if let Some(bucket) = params.and_then(|p| text(p, "Bucket")) {
        url.push('/');
        url.push_str(&encode(bucket));
        if let Some(key) = params.and_then(|p| text(p, "Key")) {
            url.push('/');
            url.push_str(&encode(key));
        }
    }
    url
}

/// Percent-encoding of everything but unreserved characters and `/`.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The gate of `_pyex_io.s3` for a program's request: `Err` is the `PermissionError`
/// message (nothing is sent).
pub fn check(req: &HostValue, grants: &Grants) -> Result<(), String> {
    if !grants.capabilities.iter().any(|c| c == "boto3") {
        return Err("boto3 is not allowed: the host did not grant the capability 'boto3'".into());
    }
    if dict(req, "filesystem").is_some() || text(req, "filesystem").is_some() {
        return Err("a program cannot make requests of the S3 filesystem".into());
    }
    target(req, grants).map(|_| ())
}

/// Where a request goes and with which credentials, or why it may not be sent.
pub fn target(req: &HostValue, grants: &Grants) -> Result<Target, String> {
    let fs = dict(req, "filesystem");
    let operation = text(req, "operation").unwrap_or("");
    let region = fs
        .and_then(|f| text(f, "region"))
        .or_else(|| text(req, "region"))
        .or_else(|| env(grants, "AWS_REGION"))
        .or_else(|| env(grants, "AWS_DEFAULT_REGION"))
        .unwrap_or("us-east-1")
        .to_owned();
    let configured = env(grants, "AWS_ENDPOINT_URL");
    let endpoint = match (fs, text(req, "endpoint_url")) {
        (Some(fs), _) => match text(fs, "endpoint_url").or(configured) {
            Some(url) => url.to_owned(),
            None => aws_endpoint(&region)?,
        },
        (None, Some(given)) => {
            let same =
                configured.is_some_and(|c| normalize_endpoint(c) == normalize_endpoint(given));
            let url = request_url(given, req);
            if !same && super::url::check_network(grants, method(operation), &url).is_err() {
                return Err(format!(
                    "boto3: endpoint_url {given:?} is not allowed ({} {url} is not granted)",
                    method(operation)
                ));
            }
            given.to_owned()
        }
        (None, None) => match configured {
            Some(url) => url.to_owned(),
            None => aws_endpoint(&region)?,
        },
    };
    let creds = fs
        .and_then(|f| text(f, "access_key_id").map(|_| f))
        .or_else(|| dict(req, "credentials").filter(|c| text(c, "access_key_id").is_some()));
    let (access_key_id, secret_access_key, session_token) = match creds {
        Some(c) => (
            text(c, "access_key_id").unwrap_or(""),
            text(c, "secret_access_key").unwrap_or(""),
            text(c, "session_token"),
        ),
        None => (
            env(grants, "AWS_ACCESS_KEY_ID").unwrap_or(""),
            env(grants, "AWS_SECRET_ACCESS_KEY").unwrap_or(""),
            env(grants, "AWS_SESSION_TOKEN"),
        ),
    };
    Ok(Target {
        endpoint: endpoint.trim_end_matches('/').to_owned(),
        region,
        access_key_id: access_key_id.to_owned(),
        secret_access_key: secret_access_key.to_owned(),
        session_token: session_token.map(str::to_owned),
    })
}

/// AWS's S3 endpoint for `region`.
fn aws_endpoint(region: &str) -> Result<String, String> {
    if plain_region(region) {
        Ok(format!("https://s3.{region}.amazonaws.com"))
    } else {
        Err(format!("boto3: invalid region name {region:?}"))
    }
}
