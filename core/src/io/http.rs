//! The http driver: HTTP(S) requests (reqwest, blocking, rustls): owned by io-http.
//! This is the skeleton's stub: every request gets a `NotImplementedError` reply.

use super::Grants;
use crate::host::{HostValue, Reply};

/// The driver's per-run state (kept in [`super::IoSession`], not in a
/// snapshot). `Default` must be cheap: connect lazily, on first use.
#[derive(Default)]
pub struct Session {}

/// Performs the request dict `request` (blocking), re-checking `grants`.
pub fn perform(request: &HostValue, grants: &Grants, session: &mut Session) -> Reply {
    let _ = (request, grants, session);
    Reply::Error {
        kind: "NotImplementedError".to_owned(),
        message: "the http driver is not built yet".to_owned(),
    }
}
