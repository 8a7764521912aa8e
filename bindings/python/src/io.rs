//! Grants and I/O for the Python binding: `network=`, `capabilities=` and
//! `env=` become the context's `pyex::io::Grants`; an I/O pause is performed
//! here, without the GIL (`pyex::io::perform`), while ordinary host calls of
//! the same pause are answered by their Python callables.

use pyex::io::{Grants, IoSession, NetworkGrant};
use pyex::{HostCall, Reply};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::host::Modules;

/// Reads `network=[{"allowed_url_prefix", "methods", "headers"}]`,
/// `capabilities=["sql", ...]` and `env={name: value}`.
pub fn read_grants(
    network: Option<&Bound<'_, PyList>>,
    capabilities: Option<Vec<String>>,
    env: Option<&Bound<'_, PyDict>>,
) -> PyResult<Grants> {
    let mut grants = Grants {
        capabilities: capabilities.unwrap_or_default(),
        ..Grants::default()
    };
    for item in network.into_iter().flat_map(pyo3::types::PyListMethods::iter) {
        grants.network.push(read_network_grant(&item)?);
    }
    for (name, value) in env.into_iter().flat_map(pyo3::types::PyDictMethods::iter) {
        let (name, value) = (name.str()?.to_string(), value.str()?.to_string());
        grants.env.push((name, value));
    }
    Ok(grants)
}

/// One `network=` entry: a dict with `allowed_url_prefix` (str), `methods`
/// (list of str, default GET and HEAD) and `headers` (dict, injected by the
/// driver, never visible to the program).
fn read_network_grant(item: &Bound<'_, PyAny>) -> PyResult<NetworkGrant> {
    let dict = item.downcast::<PyDict>().map_err(|_| {
        PyTypeError::new_err("network= takes a list of dicts with 'allowed_url_prefix'")
    })?;
    for key in dict.keys() {
        let key: String = key.extract()?;
        if !matches!(key.as_str(), "allowed_url_prefix" | "methods" | "headers") {
            return Err(PyValueError::new_err(format!(
                "unknown network grant key '{key}' (allowed_url_prefix, methods, headers)"
            )));
        }
    }
    let prefix: String = dict
        .get_item("allowed_url_prefix")?
        .ok_or_else(|| PyValueError::new_err("a network grant needs 'allowed_url_prefix'"))?
        .extract()?;
    let methods: Vec<String> = match dict.get_item("methods")? {
        Some(m) if !m.is_none() => m.extract()?,
        _ => Vec::new(),
    };
    let headers: Vec<(String, String)> = match dict.get_item("headers")? {
        Some(h) if !h.is_none() => h.downcast::<PyDict>()?.items().extract()?,
        _ => Vec::new(),
    };
    Ok(NetworkGrant {
        allowed_url_prefix: prefix,
        methods: methods.iter().map(|m| m.to_ascii_uppercase()).collect(),
        headers,
    })
}

/// One reply per pending call (by id), called WITHOUT the GIL: I/O calls
/// are performed concurrently by the drivers, ordinary host calls by their
/// Python callables (taking the GIL), at the same time.
pub fn answer_pending(
    calls: &[HostCall],
    grants: &Grants,
    io: &mut IoSession,
    modules: &Modules,
) -> Vec<(u64, Reply)> {
    let (io_calls, host_calls): (Vec<HostCall>, Vec<HostCall>) =
        calls.iter().cloned().partition(HostCall::is_io);
    let mut replies = std::thread::scope(|scope| {
        let performing = (!io_calls.is_empty())
            .then(|| scope.spawn(|| pyex::io::perform_many(&io_calls, grants, io)));
        let mut replies = match host_calls.as_slice() {
            [] => Vec::new(),
            [call] if calls.len() == 1 => {
                Python::with_gil(|py| vec![(call.id, crate::host::answer(py, modules, call))])
            }
            _ => Python::with_gil(|py| crate::host::answer_batch(py, modules, &host_calls)),
        };
        if let Some(performing) = performing {
            replies.extend(performing.join().unwrap_or_else(|_| {
                let reply = Reply::Error {
                    kind: "SystemError".to_owned(),
                    message: "internal error: an I/O driver panicked".to_owned(),
                };
                io_calls.iter().map(|c| (c.id, reply.clone())).collect()
            }));
        }
        replies
    });
    replies.sort_by_key(|(id, _)| calls.iter().position(|c| c.id == *id));
    replies
}
