//! `pyex.Lambda`: boot a FastAPI app written in Python once, then handle many
//! requests; a `StreamingResponse` is pulled one generator step per `next()`.
//! Host calls and I/O during boot and requests are answered as in `Ctx.run`
//! (`io::answer_pending`): the app's handlers may call `requests`, `sql`, ...

use pyex::lambda::{App, Request, Response};
use pyex::{HostCall, Reply};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};

use crate::convert::to_python;
use crate::errors;
use crate::session::PyCtx;

/// A booted web app (its state persists between requests).
#[pyclass(module = "pyex._pyex", name = "Lambda")]
pub struct PyLambda {
    app: App,
    /// Host modules the app's handlers may call.
    modules: crate::host::Modules,
    /// The I/O drivers' state (not in snapshots).
    io: pyex::io::IoSession,
}

impl PyLambda {
    /// A lambda around `app` with `modules` and a fresh I/O session.
    fn new(app: App, modules: crate::host::Modules) -> Self {
        PyLambda {
            app,
            modules,
            io: pyex::io::IoSession::default(),
        }
    }

    /// Runs `f` on the app without the GIL, answering its host calls and I/O.
    fn with_host<T: Send>(
        &mut self,
        py: Python<'_>,
        f: impl FnOnce(&mut App, pyex::lambda::HostAnswer<'_>) -> T + Send,
    ) -> T {
        let grants = self.app.ctx().grants().clone();
        let (app, io, modules) = (&mut self.app, &mut self.io, &self.modules);
        answering(py, io, modules, &grants, |host| f(app, host))
    }
}

/// Runs `f` without the GIL, with a host answer that performs I/O under
/// `grants` and calls the host functions of `modules`.
fn answering<T: Send>(
    py: Python<'_>,
    io: &mut pyex::io::IoSession,
    modules: &crate::host::Modules,
    grants: &pyex::io::Grants,
    f: impl FnOnce(pyex::lambda::HostAnswer<'_>) -> T + Send,
) -> T {
    py.allow_threads(|| {
        let mut answer = |calls: &[HostCall]| -> Vec<(u64, Reply)> {
            crate::io::answer_pending(calls, grants, io, modules)
        };
        f(&mut answer)
    })
}

#[pymethods]
impl PyLambda {
    /// Runs `source` (a program that creates a `fastapi.FastAPI()` app) in a
    /// new context with the given files and limits.
    #[staticmethod]
    #[pyo3(signature = (source, *, files=None, timeout=None, limits=None, modules=None, network=None, capabilities=None, env=None, s3=None))]
    #[expect(
        clippy::too_many_arguments,
        reason = "the keyword arguments of Lambda.boot, as the Python API documents them"
    )]
    fn boot(
        py: Python<'_>,
        source: &str,
        files: Option<&Bound<'_, PyDict>>,
        timeout: Option<f64>,
        limits: Option<&Bound<'_, PyDict>>,
        modules: Option<&Bound<'_, PyDict>>,
        network: Option<&Bound<'_, PyList>>,
        capabilities: Option<Vec<String>>,
        env: Option<&Bound<'_, PyDict>>,
        s3: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let grants = crate::io::read_grants(network, capabilities, env)?;
        let fs = crate::session::read_fs(None, s3)?;
        let mut built = PyCtx::build(
            modules, files, timeout, limits, None, None, false, fs, grants,
        )?;
        let modules = built.take_modules();
        let ctx = built.into_ctx();
        let program = crate::session::compile_source(py, source, "main.py")?;
        let mut io = pyex::io::IoSession::default();
        let grants = ctx.grants().clone();
        let app = answering(py, &mut io, &modules, &grants, |host| {
            App::boot_program_with_host(&program, ctx, Some(host))
        })
        .map_err(|e| errors::run_error(py, &e))?;
        Ok(PyLambda { app, modules, io })
    }

    /// Handles one request (`{"method", "path", "query", "headers", "body"}`):
    /// `{"status", "headers", "body"}`, the body of a JSON response decoded.
    fn handle(&mut self, py: Python<'_>, request: &Bound<'_, PyDict>) -> PyResult<PyObject> {
        let request = read_request(py, request)?;
        let response = self
            .with_host(py, |app, host| app.handle_with_host(&request, host))
            .map_err(|e| errors::run_error(py, &e))?;
        response_dict(py, &response, None)
    }

    /// Like `handle`, with `"chunks"`: an iterator over the body's chunks
    /// (bytes) that runs a `StreamingResponse`'s generator one step per `next()`.
    fn handle_stream(slf: &Bound<'_, Self>, request: &Bound<'_, PyDict>) -> PyResult<PyObject> {
        let py = slf.py();
        let request = read_request(py, request)?;
        let response = {
            let mut this = slf.borrow_mut();
            this.with_host(py, |app, host| app.handle_stream_with_host(&request, host))
                .map_err(|e| errors::run_error(py, &e))?
        };
        let chunks = Chunks {
            app: slf.clone().unbind(),
            stream: response.stream,
            whole: if response.stream.is_none() {
                Some(response.body.clone())
            } else {
                None
            },
        };
        response_dict(py, &response, Some(Py::new(py, chunks)?.into_any()))
    }

    /// Everything the app printed so far.
    #[getter]
    fn stdout(&self) -> String {
        self.app.ctx().stdout().to_owned()
    }

    /// The app's whole state as bytes (`Lambda.restore` continues from them).
    fn snapshot<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.app.snapshot())
    }

    /// An app from `snapshot()` bytes.
    #[staticmethod]
    fn restore(py: Python<'_>, data: &[u8]) -> PyResult<Self> {
        let app = App::restore(data).map_err(|e| errors::run_error(py, &e))?;
        Ok(PyLambda::new(app, Vec::new()))
    }
}

/// The chunks of one streamed response.
#[pyclass(module = "pyex._pyex", name = "Chunks")]
pub struct Chunks {
    app: Py<PyLambda>,
    stream: Option<i64>,
    whole: Option<Vec<u8>>,
}

#[pymethods]
impl Chunks {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<PyObject>> {
        if let Some(body) = self.whole.take() {
            return Ok(Some(PyBytes::new(py, &body).into_any().unbind()));
        }
        let Some(stream) = self.stream else {
            return Ok(None);
        };
        let mut lambda = self.app.borrow_mut(py);
        match lambda.with_host(py, |app, host| app.next_chunk_with_host(stream, host)) {
            Ok(Some(chunk)) => Ok(Some(PyBytes::new(py, &chunk).into_any().unbind())),
            Ok(None) => {
                self.stream = None;
                Ok(None)
            }
            Err(e) => Err(errors::run_error(py, &e)),
        }
    }
}

fn read_request(py: Python<'_>, request: &Bound<'_, PyDict>) -> PyResult<Request> {
    let text = |key: &str, default: &str| -> PyResult<String> {
        match request.get_item(key)? {
            Some(v) if !v.is_none() => v.extract(),
            _ => Ok(default.to_owned()),
        }
    };
    let mut headers: Vec<(String, String)> = match request.get_item("headers")? {
        Some(h) if h.is_instance_of::<PyDict>() => h.downcast::<PyDict>()?.items().extract()?,
        Some(h) if !h.is_none() => h.extract()?,
        _ => Vec::new(),
    };
    let body = match request.get_item("body")? {
        None => Vec::new(),
        Some(b) if b.is_none() => Vec::new(),
        Some(b) if b.is_instance_of::<PyBytes>() => b.extract()?,
        Some(b) if b.is_instance_of::<PyString>() => b.extract::<String>()?.into_bytes(),
        Some(b) if b.is_instance_of::<PyDict>() || b.is_instance_of::<PyList>() => {
            if !headers
                .iter()
                .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
            {
                headers.push(("content-type".to_owned(), "application/json".to_owned()));
            }
            let dumped = py.import("json")?.call_method1("dumps", (b,))?;
            dumped.extract::<String>()?.into_bytes()
        }
        Some(_) => {
            return Err(PyTypeError::new_err(
                "body must be bytes, str, dict or list",
            ))
        }
    };
    Ok(Request {
        method: text("method", "GET")?,
        path: text("path", "/")?,
        query: text("query", "")?,
        headers,
        body,
    })
}

fn response_dict(
    py: Python<'_>,
    response: &Response,
    chunks: Option<PyObject>,
) -> PyResult<PyObject> {
    let dict = PyDict::new(py);
    dict.set_item("status", response.status)?;
    let headers = PyDict::new(py);
    for (k, v) in &response.headers {
        headers.set_item(k, v)?;
    }
    dict.set_item("headers", headers)?;
    match chunks {
        Some(chunks) => dict.set_item("chunks", chunks)?,
        None => match &response.json {
            Some(json) => dict.set_item("body", to_python(py, json)?)?,
            None => dict.set_item("body", PyBytes::new(py, &response.body))?,
        },
    }
    Ok(dict.into_any().unbind())
}
