//! Answering host calls: one call (`Outcome::HostCall`) in the calling
//! thread, or a batch (`Outcome::HostCalls`) performed concurrently by
//! `pyex._host.run_batch` (a thread pool for plain callables, one asyncio loop
//! for `async def` ones).

use pyex::{HostCall, HostValue, Reply};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

use crate::convert::{from_python, to_python};

/// A host function: its name, the callable, and whether it is awaitable for
/// the program (an `async def`, or marked with `pyex.awaitable`).
pub type HostFn = (String, PyObject, bool);

/// The host modules of a context: `{module: {function: callable}}`.
pub type Modules = Vec<(String, Vec<HostFn>)>;

/// Whether `f` is awaitable for the program (`pyex._host.is_async`).
pub fn is_async(f: &Bound<'_, PyAny>) -> PyResult<bool> {
    f.py()
        .import("pyex._host")?
        .call_method1("is_async", (f,))?
        .extract()
}

/// The host function `call` names.
fn lookup<'m>(modules: &'m Modules, call: &HostCall) -> Result<&'m HostFn, Reply> {
    modules
        .iter()
        .find(|(m, _)| *m == call.module)
        .and_then(|(_, fns)| fns.iter().find(|(f, _, _)| *f == call.function))
        .ok_or_else(|| Reply::Error {
            kind: "AttributeError".to_owned(),
            message: format!(
                "module '{}' has no attribute '{}'",
                call.module, call.function
            ),
        })
}

/// The Python exception `error` as a reply (same class name inside the program).
fn error_reply(py: Python<'_>, error: &PyErr) -> Reply {
    exception_reply(error.value(py).as_any())
}

/// An exception object as a reply.
fn exception_reply(exc: &Bound<'_, PyAny>) -> Reply {
    Reply::Error {
        kind: exc
            .get_type()
            .name()
            .map_or_else(|_| "RuntimeError".to_owned(), |n| n.to_string()),
        message: exc.str().map_or_else(|_| String::new(), |s| s.to_string()),
    }
}

/// The positional and keyword arguments of `call` as Python objects.
fn arguments<'py>(
    py: Python<'py>,
    call: &HostCall,
) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
    let args = call
        .args
        .iter()
        .map(|a| to_python(py, a))
        .collect::<PyResult<Vec<_>>>()?;
    let kwargs = PyDict::new(py);
    for (k, v) in &call.kwargs {
        kwargs.set_item(k, to_python(py, v)?)?;
    }
    Ok((PyTuple::new(py, args)?, kwargs))
}

/// Calls the host function of `call` in this thread (an awaitable one runs
/// as a batch of one); its exception becomes an exception of the same class
/// name inside the program.
pub fn answer(py: Python<'_>, modules: &Modules, call: &HostCall) -> Reply {
    let (_, function, awaitable) = match lookup(modules, call) {
        Ok(found) => found,
        Err(reply) => return reply,
    };
    if *awaitable {
        let mut replies = answer_batch(py, modules, std::slice::from_ref(call));
        return replies
            .pop()
            .map_or_else(|| Reply::Value(HostValue::None), |(_, reply)| reply);
    }
    let result = arguments(py, call)
        .and_then(|(args, kwargs)| from_python(&function.bind(py).call(args, Some(&kwargs))?));
    match result {
        Ok(value) => Reply::Value(value),
        Err(error) => error_reply(py, &error),
    }
}

/// Performs every call of a batch concurrently; one `(id, reply)` per call.
pub fn answer_batch(py: Python<'_>, modules: &Modules, calls: &[HostCall]) -> Vec<(u64, Reply)> {
    let mut replies: Vec<(u64, Option<Reply>)> = Vec::new();
    let mut jobs = Vec::new();
    for call in calls {
        let job = lookup(modules, call).and_then(|(_, function, _)| {
            let (args, kwargs) = arguments(py, call).map_err(|e| error_reply(py, &e))?;
            Ok((function.clone_ref(py), args, kwargs))
        });
        match job {
            Ok(job) => {
                jobs.push(job);
                replies.push((call.id, None));
            }
            Err(reply) => replies.push((call.id, Some(reply))),
        }
    }
    let results = run_batch(py, jobs);
    let mut results = results.into_iter();
    replies
        .into_iter()
        .map(|(id, reply)| {
            let reply = reply.unwrap_or_else(|| {
                results.next().unwrap_or_else(|| Reply::Error {
                    kind: "RuntimeError".to_owned(),
                    message: "the host lost this call".to_owned(),
                })
            });
            (id, reply)
        })
        .collect()
}

/// `pyex._host.run_batch(jobs)` as replies, in the jobs' order.
fn run_batch<'py>(
    py: Python<'py>,
    jobs: Vec<(PyObject, Bound<'py, PyTuple>, Bound<'py, PyDict>)>,
) -> Vec<Reply> {
    let count = jobs.len();
    let results = (|| -> PyResult<Vec<Reply>> {
        let jobs = PyList::new(py, jobs)?;
        let results = py
            .import("pyex._host")?
            .call_method1("run_batch", (jobs,))?;
        let mut replies = Vec::new();
        for item in results.try_iter()? {
            let (ok, value): (bool, Bound<'_, PyAny>) = item?.extract()?;
            replies.push(match (ok, from_python(&value)) {
                (true, Ok(value)) => Reply::Value(value),
                (true, Err(error)) => error_reply(py, &error),
                (false, _) => exception_reply(&value),
            });
        }
        Ok(replies)
    })();
    results.unwrap_or_else(|error| {
        let reply = error_reply(py, &error);
        vec![reply; count]
    })
}
