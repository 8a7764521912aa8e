//! TEMPORARY (io-s3 until io-core's skeleton lands): the I/O contract types the S3 driver
//! is written against. Replaced by io-core's module on merge.

use crate::host::{HostCall, HostValue, Reply};

/// The `module` of every I/O host call.
pub const IO_MODULE: &str = "_pyex_io";

/// A URL prefix the program may reach.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NetworkGrant {
    /// The prefix.
    pub allowed_url_prefix: String,
    /// Methods (empty: GET, HEAD).
    pub methods: Vec<String>,
    /// Headers injected by the driver.
    pub headers: Vec<(String, String)>,
}

/// What the host allows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grants {
    /// URL prefixes.
    pub network: Vec<NetworkGrant>,
    /// Capabilities (`sql`, `boto3`).
    pub capabilities: Vec<String>,
    /// The environment.
    pub env: Vec<(String, String)>,
}

/// Whether `url` with `method` is allowed (temporary: plain prefix match).
pub fn check_network<'g>(grants: &'g Grants, method: &str, url: &str) -> Result<&'g NetworkGrant, String> {
    grants
        .network
        .iter()
        .find(|g| url.starts_with(&g.allowed_url_prefix) && (g.methods.is_empty() && (method == "GET" || method == "HEAD") || g.methods.iter().any(|m| m == method)))
        .ok_or_else(|| format!("{method} {url} is not allowed"))
}

/// Per-run driver state.
#[cfg(feature = "io")]
#[derive(Default)]
pub struct IoSession {
    /// The S3 client.
    pub s3: s3::Session,
}

#[cfg(feature = "io")]
pub mod s3;
pub mod s3_policy;

/// Performs an I/O call.
#[cfg(feature = "io")]
pub fn perform(call: &HostCall, grants: &Grants, session: &mut IoSession) -> Reply {
    let Some(req) = call.args.first() else {
        return Reply::Error { kind: "TypeError".into(), message: "no request".into() };
    };
    match call.function.as_str() {
        "s3" => s3::perform(req, grants, &mut session.s3),
        other => Reply::Error { kind: "NotImplementedError".into(), message: other.into() },
    }
}

#[allow(dead_code)]
fn _unused(_: HostValue) {}
