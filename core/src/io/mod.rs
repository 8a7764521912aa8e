//! I/O with real services (HTTP, PostgreSQL, S3): the request pauses the run
//! like a host call, the host performs it, the run resumes with the reply.
//!
//! ## The protocol
//! Python stdlib modules (`requests`, `sql`, `boto3`) build a plain request
//! dict and call `_pyex_io.http(req)`, `_pyex_io.sql(req)` or `_pyex_io.s3(req)`
//! (the native module `stdlib/pyex_io.rs`). That call ends `Ctx::run` /
//! `Ctx::resume` with an `Outcome::HostCall` whose `module` is [`IO_MODULE`]
//! ([`HostCall::is_io`]) and whose one argument is the request dict. The host
//! performs it ([`perform`], behind cargo feature `io`) and continues with
//! `Ctx::resume(reply)`. So a run paused at I/O is an ordinary paused run: it
//! can be snapshotted, restored elsewhere and resumed; waiting is not compute time.
//!
//! ## The gate
//! Everything is denied unless the host granted it ([`Grants`], set through
//! `Options` and [`crate::Ctx::set_grants`]). The gate runs in the core,
//! inside `_pyex_io` itself, before the run pauses: `http` checks method and
//! URL against the network grants ([`url::check_network`]), `sql` needs the
//! capability `"sql"`, `s3` the capability `"boto3"` (and a program-chosen
//! `endpoint_url` must pass the network check). A refusal raises
//! `PermissionError` naming what was refused; nothing pauses, nothing is sent.
//! Drivers check again before they send (and before following a redirect):
//! the host never trusts a request only because the core let it through.
//!
//! ## Where secrets live
//! Injected headers ([`NetworkGrant::headers`]) live only in the grants: the
//! core never copies them into the program's heap, a request dict, a reply or
//! an error message; the HTTP driver adds them to the outgoing request.
//! Database and cloud credentials come from `Options::env` (`DATABASE_URL`,
//! `AWS_*`), which the program also sees as `os.environ` (that is the issue's
//! design: the host gives the program exactly that environment). Grants travel
//! inside a snapshot (like limits), so a snapshot is as secret as its grants;
//! a host that restores one may replace them ([`crate::Ctx::set_grants`]).

pub mod url;

#[cfg(feature = "io")]
pub mod http;
#[cfg(feature = "io")]
pub mod s3;
pub mod s3_policy;
#[cfg(feature = "io")]
pub mod sql;

use serde::{Deserialize, Serialize};

use crate::host::HostCall;
#[cfg(feature = "io")]
use crate::host::{HostValue, Reply};

/// The module name of I/O host calls (`HostCall::module`).
pub const IO_MODULE: &str = "_pyex_io";

/// The capability `_pyex_io.sql` needs.
pub const CAPABILITY_SQL: &str = "sql";
/// The capability `_pyex_io.s3` needs.
pub const CAPABILITY_S3: &str = "boto3";

/// What the host lets a program reach. Everything else is denied.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grants {
    /// URL prefixes (with methods and injected headers) the program may request.
    pub network: Vec<NetworkGrant>,
    /// Named capabilities: `"sql"` (PostgreSQL via `DATABASE_URL`), `"boto3"` (S3).
    pub capabilities: Vec<String>,
    /// The environment: what `os.environ` shows and where drivers find
    /// `DATABASE_URL` and the `AWS_*` settings (`Options::env`).
    pub env: Vec<(String, String)>,
}

impl Grants {
    /// Whether capability `name` is granted.
    pub fn has_capability(&self, name: &str) -> bool {
        self.capabilities.iter().any(|c| c == name)
    }

    /// The value of environment variable `name`, if the host set it.
    pub fn env_var(&self, name: &str) -> Option<&str> {
        self.env
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One allowed URL prefix: matched by parsed components (scheme, host, port,
/// path segments; see [`url`]), never as a string prefix.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkGrant {
    /// E.g. `"https://api.example.com/v1/"`: same scheme, host and port, and
    /// a path under `/v1/` (segment-wise: `/v10` is not under `/v1`).
    pub allowed_url_prefix: String,
    /// Allowed methods, upper case; empty means `GET` and `HEAD`.
    pub methods: Vec<String>,
    /// Headers the driver adds to every matching request (credentials):
    /// never visible to the program.
    pub headers: Vec<(String, String)>,
}

impl NetworkGrant {
    /// A grant of `prefix` for `GET` and `HEAD`, injecting no headers.
    pub fn new(prefix: &str) -> Self {
        NetworkGrant {
            allowed_url_prefix: prefix.to_owned(),
            methods: Vec::new(),
            headers: Vec::new(),
        }
    }

    /// Whether `method` (any case) is allowed by this grant.
    pub fn allows_method(&self, method: &str) -> bool {
        if self.methods.is_empty() {
            return method.eq_ignore_ascii_case("GET") || method.eq_ignore_ascii_case("HEAD");
        }
        self.methods.iter().any(|m| m.eq_ignore_ascii_case(method))
    }
}

impl HostCall {
    /// Whether this is an I/O request (`module == "_pyex_io"`) the binding
    /// performs itself, rather than a call of a host module the user supplied.
    pub fn is_io(&self) -> bool {
        self.module == IO_MODULE
    }
}

/// The drivers' per-run state (HTTP connection pool, the PostgreSQL client
/// reused within one run, the S3 client). Not part of a snapshot: a restored
/// run starts with a fresh one (an open transaction does not survive that).
#[cfg(feature = "io")]
#[derive(Default)]
pub struct IoSession {
    /// HTTP driver state.
    pub http: http::Session,
    /// PostgreSQL driver state.
    pub sql: sql::Session,
    /// S3 driver state.
    pub s3: s3::Session,
}

#[cfg(feature = "io")]
impl std::fmt::Debug for IoSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("IoSession")
    }
}

/// Performs the I/O request `call` (blocking) and returns the reply to
/// resume the run with. Not an I/O call, or a malformed one, gives an error
/// reply; the drivers re-check `grants` before sending anything.
#[cfg(feature = "io")]
pub fn perform(call: &HostCall, grants: &Grants, session: &mut IoSession) -> Reply {
    let IoSession { http, sql, s3 } = session;
    dispatch(call, grants, http, sql, s3)
}

/// [`perform`] over the drivers' sessions given one by one (a batch lends
/// each thread the parts it needs). A driver panic becomes a `SystemError`
/// reply rather than unwinding into the binding.
#[cfg(feature = "io")]
fn dispatch(
    call: &HostCall,
    grants: &Grants,
    http: &mut http::Session,
    sql: &mut sql::Session,
    s3: &mut s3::Session,
) -> Reply {
    let (true, [request @ HostValue::Dict(_)]) = (call.is_io(), call.args.as_slice()) else {
        return Reply::Error {
            kind: "TypeError".to_owned(),
            message: format!(
                "{}.{}() is not an I/O request with one dict argument",
                call.module, call.function
            ),
        };
    };
    let run = std::panic::AssertUnwindSafe(|| match call.function.as_str() {
        "http" => http::perform(request, grants, http),
        "sql" => sql::perform(request, grants, sql),
        "s3" => s3::perform(request, grants, s3),
        other => Reply::Error {
            kind: "NotImplementedError".to_owned(),
            message: format!("no I/O driver for {IO_MODULE}.{other}()"),
        },
    });
    std::panic::catch_unwind(run).unwrap_or_else(|_| Reply::Error {
        kind: "SystemError".to_owned(),
        message: "internal error: an I/O driver panicked".to_owned(),
    })
}

/// Performs a batch of I/O requests (an `Outcome::HostCalls`) and returns one
/// `(id, reply)` per call, in the calls' order. HTTP and S3 requests run
/// concurrently (a thread each: the first of each kind uses the run's
/// session, the others a fresh one); SQL requests run in order, on the run's
/// one connection, in one more thread (a PostgreSQL connection serves one
/// statement at a time, and order matters inside a transaction).
#[cfg(feature = "io")]
pub fn perform_many(
    calls: &[HostCall],
    grants: &Grants,
    session: &mut IoSession,
) -> Vec<(u64, Reply)> {
    let IoSession { http, sql, s3 } = session;
    let (mut http, mut s3) = (Some(http), Some(s3));
    let sql_calls: Vec<&HostCall> = calls.iter().filter(|c| c.function == "sql").collect();
    let mut replies: Vec<(u64, Reply)> = std::thread::scope(|scope| {
        let sql_thread = scope.spawn(move || {
            let mut fresh = IoSession::default();
            let replies: Vec<(u64, Reply)> = sql_calls
                .into_iter()
                .map(|call| {
                    let reply = dispatch(call, grants, &mut fresh.http, sql, &mut fresh.s3);
                    (call.id, reply)
                })
                .collect();
            replies
        });
        let mut threads = Vec::new();
        for call in calls.iter().filter(|c| c.function != "sql") {
            let lent_http = if call.function == "http" {
                http.take()
            } else {
                None
            };
            let lent_s3 = if call.function == "s3" {
                s3.take()
            } else {
                None
            };
            threads.push(scope.spawn(move || {
                let mut fresh = IoSession::default();
                let http = match lent_http {
                    Some(h) => h,
                    None => &mut fresh.http,
                };
                let s3 = match lent_s3 {
                    Some(s) => s,
                    None => &mut fresh.s3,
                };
                (call.id, dispatch(call, grants, http, &mut fresh.sql, s3))
            }));
        }
        let mut replies: Vec<(u64, Reply)> = Vec::new();
        for (thread, call) in threads
            .into_iter()
            .zip(calls.iter().filter(|c| c.function != "sql"))
        {
            replies.push(thread.join().unwrap_or_else(|_| (call.id, panicked())));
        }
        match sql_thread.join() {
            Ok(sql_replies) => replies.extend(sql_replies),
            Err(_) => replies.extend(
                calls
                    .iter()
                    .filter(|c| c.function == "sql")
                    .map(|c| (c.id, panicked())),
            ),
        }
        replies
    });
    replies.sort_by_key(|(id, _)| calls.iter().position(|c| c.id == *id));
    replies
}

/// The reply for a driver thread that died (a driver bug, never user input).
#[cfg(feature = "io")]
fn panicked() -> Reply {
    Reply::Error {
        kind: "SystemError".to_owned(),
        message: "internal error: an I/O driver panicked".to_owned(),
    }
}
