//! The exceptions a host sees: `PyexError` (a program raised and did not
//! catch), with `PyexSyntaxError` (the source did not compile) and
//! `PyexLimitError` (a limit ended the run; its `limit` attribute names it:
//! `"time"`, `"steps"`, `"memory"`, `"recursion"`, `"output"`, `"open_files"`,
//! `"fs_bytes"`) and `PyexSnapshotError` (bytes that are not a valid snapshot).
//! Each carries the Python type name, the message, the traceback text python3
//! would print and the exit status python3 would give.

use pyex::{PyError, SyntaxError};
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(
    _pyex,
    PyexError,
    PyException,
    "A Python exception ended a pyex run. Attributes: type_name, message, traceback, exit_code."
);
create_exception!(
    _pyex,
    PyexSyntaxError,
    PyexError,
    "The source did not compile (SyntaxError, IndentationError, TabError)."
);
create_exception!(
    _pyex,
    PyexLimitError,
    PyexError,
    "A limit given by the host (time, steps, memory, recursion, output, open files, filesystem bytes) ended the run; `limit` names it."
);
create_exception!(
    _pyex,
    PyexSnapshotError,
    PyexError,
    "Bytes given to Ctx.restore are not a valid snapshot (truncated, corrupted, foreign or another format version)."
);

/// Builds the exception of class `class` with the three attributes set.
fn raise_with(
    py: Python<'_>,
    class: &Bound<'_, pyo3::types::PyType>,
    type_name: &str,
    message: &str,
    traceback: &str,
    exit_code: i32,
) -> PyErr {
    let text = if message.is_empty() {
        type_name.to_owned()
    } else {
        format!("{type_name}: {message}")
    };
    let made = class.call1((text,)).and_then(|exc| {
        exc.setattr("type_name", type_name)?;
        exc.setattr("message", message)?;
        exc.setattr("traceback", traceback)?;
        exc.setattr("exit_code", exit_code)?;
        Ok(PyErr::from_value(exc))
    });
    made.unwrap_or_else(|e| e).clone_ref(py)
}

/// Whether the core ended the run because of a host-set limit rather than an
/// exception of the program (limits have no Python traceback).
fn is_limit(error: &PyError) -> bool {
    matches!(error.kind.as_str(), "TimeoutError" | "MemoryError")
        && !error.traceback.starts_with("Traceback")
}

/// The CPython exception for a run that ended with `error`.
pub fn run_error(py: Python<'_>, error: &PyError) -> PyErr {
    let class = if is_limit(error) {
        py.get_type::<PyexLimitError>()
    } else {
        py.get_type::<PyexError>()
    };
    raise_with(
        py,
        &class,
        &error.kind,
        &error.message,
        &error.traceback,
        error.exit_code(),
    )
}

/// The exception for a run that `limit` (from `Ctx::limit_exceeded`) ended:
/// `PyexLimitError` with `limit` set, else as [`run_error`].
pub fn run_error_with_limit(
    py: Python<'_>,
    error: &PyError,
    limit: Option<pyex::LimitKind>,
) -> PyErr {
    let Some(limit) = limit else {
        return run_error(py, error);
    };
    let class = py.get_type::<PyexLimitError>();
    let made = raise_with(
        py,
        &class,
        &error.kind,
        &error.message,
        &error.traceback,
        error.exit_code(),
    );
    // Setting a string attribute on a fresh exception cannot fail in practice.
    let _ = made.value(py).setattr("limit", limit.name());
    made
}

/// `PyexSnapshotError` for bytes `Ctx::restore` refused.
pub fn snapshot_error(py: Python<'_>, error: &PyError) -> PyErr {
    let class = py.get_type::<PyexSnapshotError>();
    raise_with(py, &class, &error.kind, &error.message, "", 1)
}

/// The CPython exception for source that did not compile.
pub fn syntax_error(py: Python<'_>, error: &SyntaxError, filename: &str, source: &str) -> PyErr {
    let class = py.get_type::<PyexSyntaxError>();
    let traceback = error.render(filename, source);
    raise_with(
        py,
        &class,
        &error.kind.to_string(),
        &error.msg,
        &traceback,
        1,
    )
}
