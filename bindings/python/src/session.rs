//! `pyex.Ctx` and `pyex.Program`: a context keeps its heap, globals, files
//! and output between runs; a program is compiled once and run in many
//! contexts. The GIL is released while pyex computes and taken again only to
//! call a host function (a Python callable of a host module).

use std::time::Duration;

use pyex::{Ctx, HostModule, HostValue, Options, Outcome};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{IntoPyDict, PyBytes, PyDict, PyString};

use crate::convert::to_python;
use crate::errors;

/// A compiled program: reusable in any number of contexts, and picklable.
#[pyclass(module = "pyex._pyex", name = "Program", frozen)]
pub struct PyProgram {
    pub(crate) program: pyex::Program,
}

#[pymethods]
impl PyProgram {
    /// The file name given at compile time (shown in tracebacks).
    #[getter]
    fn filename(&self) -> &str {
        self.program.filename()
    }

    /// The source text.
    #[getter]
    fn source(&self) -> &str {
        self.program.source()
    }

    /// The program as bytes (what pickling stores).
    fn to_bytes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let bytes = bincode::serialize(&self.program)
            .map_err(|e| PyValueError::new_err(format!("cannot serialise program: {e}")))?;
        Ok(PyBytes::new(py, &bytes))
    }

    /// A program from [`PyProgram::to_bytes`].
    #[staticmethod]
    fn from_bytes(bytes: &[u8]) -> PyResult<Self> {
        let program = bincode::deserialize(bytes)
            .map_err(|e| PyValueError::new_err(format!("not a pyex program: {e}")))?;
        Ok(PyProgram { program })
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(PyObject, (Bound<'py, PyBytes>,))> {
        let py = slf.py();
        let from_bytes = py.get_type::<PyProgram>().getattr("from_bytes")?.unbind();
        Ok((from_bytes, (slf.get().to_bytes(py)?,)))
    }

    fn __repr__(&self) -> String {
        format!("<pyex.Program {:?}>", self.program.filename())
    }
}

/// Compiles `source`, raising `PyexSyntaxError` when it does not compile.
pub fn compile_source(py: Python<'_>, source: &str, filename: &str) -> PyResult<pyex::Program> {
    pyex::Program::compile(source, filename)
        .map_err(|e| errors::syntax_error(py, &e, filename, source))
}

use crate::host::Modules;

/// An interpreter context.
#[pyclass(module = "pyex._pyex", name = "Ctx")]
pub struct PyCtx {
    ctx: Ctx,
    modules: Modules,
    /// The I/O drivers' state for this context's runs (not in snapshots).
    io: pyex::io::IoSession,
}

/// Reads the `modules=` option.
fn read_modules(modules: Option<&Bound<'_, PyDict>>) -> PyResult<Modules> {
    let Some(modules) = modules else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (name, functions) in modules.iter() {
        let name: String = name.extract()?;
        let functions = functions.downcast::<PyDict>().map_err(|_| {
            PyTypeError::new_err(format!("modules['{name}'] must be a dict of callables"))
        })?;
        let mut fns = Vec::new();
        for (fname, f) in functions.iter() {
            let fname: String = fname.extract()?;
            if !f.is_callable() {
                return Err(PyTypeError::new_err(format!(
                    "modules['{name}']['{fname}'] is not callable"
                )));
            }
            let awaitable = crate::host::is_async(&f)?;
            fns.push((fname, f.unbind(), awaitable));
        }
        out.push((name, fns));
    }
    Ok(out)
}

/// Reads the `files=` option: `{path: str | bytes}`.
fn read_files(files: Option<&Bound<'_, PyDict>>) -> PyResult<pyex::fs::Fs> {
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    if let Some(files) = files {
        for (path, content) in files.iter() {
            let path: String = path.extract()?;
            let bytes = if let Ok(s) = content.downcast::<PyString>() {
                s.to_str()?.as_bytes().to_vec()
            } else if let Ok(b) = content.downcast::<PyBytes>() {
                b.as_bytes().to_vec()
            } else {
                return Err(PyTypeError::new_err(format!(
                    "files['{path}'] must be str or bytes"
                )));
            };
            entries.push((path, bytes));
        }
    }
    Ok(pyex::fs::Fs::memory(entries))
}

/// Reads `timeout=` (seconds) and `limits=` (`{"time": s, "memory": bytes,
/// "recursion": n, "steps": n, "output": bytes, "open_files": n, "fs_bytes": bytes}`).
fn read_limits(
    options: &mut Options,
    timeout: Option<f64>,
    limits: Option<&Bound<'_, PyDict>>,
) -> PyResult<()> {
    let seconds = |s: f64| {
        Duration::try_from_secs_f64(s)
            .map_err(|_| PyValueError::new_err(format!("invalid time limit: {s}")))
    };
    if let Some(t) = timeout {
        options.limits.time = Some(seconds(t)?);
    }
    let Some(limits) = limits else {
        return Ok(());
    };
    for (key, value) in limits.iter() {
        match key.extract::<String>()?.as_str() {
            "time" => options.limits.time = Some(seconds(value.extract()?)?),
            "memory" => options.limits.memory = Some(value.extract()?),
            "recursion" => options.recursion_limit = value.extract()?,
            "steps" => options.limits.steps = Some(value.extract()?),
            "output" => options.limits.output = Some(value.extract()?),
            "open_files" => options.limits.open_files = Some(value.extract()?),
            "fs_bytes" => options.limits.fs_bytes = Some(value.extract()?),
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown limit '{other}' (time, memory, recursion, steps, output, open_files, fs_bytes)"
                )))
            }
        }
    }
    Ok(())
}

/// The profile of `ctx` as a dict (`None` when profiling is off).
pub fn profile_dict<'py>(py: Python<'py>, ctx: &Ctx) -> PyResult<Option<Bound<'py, PyDict>>> {
    let Some(report) = ctx.profile() else {
        return Ok(None);
    };
    let dict = PyDict::new(py);
    dict.set_item("line_counts", report.line_counts.into_py_dict(py)?)?;
    dict.set_item("call_counts", report.call_counts.into_py_dict(py)?)?;
    dict.set_item("call_us", report.call_us.into_py_dict(py)?)?;
    Ok(Some(dict))
}

/// Reads `root=` (a host directory) or `s3=` (a bucket under a key prefix,
/// `{"bucket", "prefix", "endpoint_url", "region", "access_key_id",
/// "secret_access_key"}`) as the filesystem instead of `files=`'s memory.
pub fn read_fs(
    root: Option<std::path::PathBuf>,
    s3: Option<&Bound<'_, PyDict>>,
) -> PyResult<Option<pyex::fs::Fs>> {
    match (root, s3) {
        (Some(_), Some(_)) => Err(PyValueError::new_err(
            "give either root= or s3= as the filesystem, not both",
        )),
        (Some(root), None) => pyex::fs::Fs::local(&root).map(Some).map_err(|e| {
            PyValueError::new_err(format!("root: cannot use {} ({e})", root.display()))
        }),
        (None, Some(s3)) => read_s3(s3).map(|fs| Some(pyex::fs::Fs::S3(fs))),
        (None, None) => Ok(None),
    }
}

/// The keys `s3=` accepts.
const S3_KEYS: [&str; 6] = [
    "bucket",
    "prefix",
    "endpoint_url",
    "region",
    "access_key_id",
    "secret_access_key",
];

/// The `s3=` dict as an S3 filesystem (`bucket` required, every value a str).
fn read_s3(s3: &Bound<'_, PyDict>) -> PyResult<pyex::fs::S3Fs> {
    let text = |key: &str| -> PyResult<Option<String>> {
        match s3.get_item(key)? {
            Some(value) => value
                .extract()
                .map_err(|_| PyTypeError::new_err(format!("s3['{key}'] must be a str"))),
            None => Ok(None),
        }
    };
    for key in s3.keys() {
        let key: String = key.extract()?;
        if !S3_KEYS.contains(&key.as_str()) {
            return Err(PyValueError::new_err(format!(
                "unknown s3 option '{key}' (expected one of {})",
                S3_KEYS.join(", ")
            )));
        }
    }
    let bucket = text("bucket")?.unwrap_or_default();
    if bucket.is_empty() {
        return Err(PyValueError::new_err(
            "s3: 'bucket' must be a non-empty str",
        ));
    }
    let mut fs = pyex::fs::S3Fs::new(bucket, &text("prefix")?.unwrap_or_default());
    fs.endpoint_url = text("endpoint_url")?;
    fs.region = text("region")?;
    fs.access_key_id = text("access_key_id")?;
    fs.secret_access_key = text("secret_access_key")?;
    Ok(fs)
}

impl PyCtx {
    /// The context itself (`pyex.Lambda.boot` boots an app in it).
    pub fn into_ctx(self) -> Ctx {
        self.ctx
    }

    /// The host modules (`pyex.Lambda` answers its apps' host calls with them).
    pub fn take_modules(&mut self) -> Modules {
        std::mem::take(&mut self.modules)
    }

    /// A context for the given options.
    #[expect(
        clippy::too_many_arguments,
        reason = "the keyword arguments of pyex.run and Ctx(), as the Python API documents them"
    )]
    pub fn build(
        modules: Option<&Bound<'_, PyDict>>,
        files: Option<&Bound<'_, PyDict>>,
        timeout: Option<f64>,
        limits: Option<&Bound<'_, PyDict>>,
        stdin: Option<String>,
        argv: Option<Vec<String>>,
        profile: bool,
        fs: Option<pyex::fs::Fs>,
        grants: pyex::io::Grants,
    ) -> PyResult<Self> {
        let modules = read_modules(modules)?;
        let mut options = Options {
            host_modules: modules
                .iter()
                .map(|(name, fns)| HostModule {
                    name: name.clone(),
                    functions: fns.iter().filter(|f| !f.2).map(|f| f.0.clone()).collect(),
                    async_functions: fns.iter().filter(|f| f.2).map(|f| f.0.clone()).collect(),
                })
                .collect(),
            stdin,
            fs: read_files(files)?,
            network: grants.network,
            capabilities: grants.capabilities,
            env: grants.env,
            ..Options::default()
        };
        if let Some(argv) = argv {
            options.argv = argv;
        }
        read_limits(&mut options, timeout, limits)?;
        if let Some(fs) = fs {
            options.fs = fs;
        }
        options.profile = profile;
        Ok(PyCtx {
            ctx: Ctx::new(options),
            modules,
            io: pyex::io::IoSession::default(),
        })
    }

    /// Runs `program` to the end, answering its host calls; the GIL is
    /// released while pyex computes.
    pub fn run_program(&mut self, py: Python<'_>, program: &pyex::Program) -> PyResult<HostValue> {
        let ctx = &mut self.ctx;
        let mut outcome = py.allow_threads(|| ctx.run(program));
        loop {
            match outcome {
                Ok(Outcome::Done(value)) => return Ok(value),
                Err(error) => {
                    return Err(errors::run_error_with_limit(
                        py,
                        &error,
                        self.ctx.limit_exceeded(),
                    ))
                }
                Ok(Outcome::HostCall(call)) if !call.is_io() => {
                    let reply = crate::host::answer(py, &self.modules, &call);
                    let ctx = &mut self.ctx;
                    outcome = py.allow_threads(|| ctx.resume(reply));
                }
                Ok(Outcome::HostCall(_) | Outcome::HostCalls(_)) => {
                    let (ctx, io, modules) = (&mut self.ctx, &mut self.io, &self.modules);
                    outcome = py.allow_threads(|| {
                        let calls = ctx.pending_calls().to_vec();
                        let replies = crate::io::answer_pending(&calls, ctx.grants(), io, modules);
                        ctx.resume_many(replies)
                    });
                }
            }
        }
    }

    /// The core context (for reading its profile).
    pub fn core(&self) -> &Ctx {
        &self.ctx
    }

    /// What the programs printed so far (for `Result.stdout`).
    pub fn stdout_text(&self) -> String {
        self.ctx.stdout().to_owned()
    }

    /// The captured stderr, copied.
    pub fn stderr_text(&self) -> String {
        self.ctx.stderr().to_owned()
    }

    /// The program to run: a `Program`, or source compiled as `main.py`.
    fn program_of(
        &mut self,
        py: Python<'_>,
        program: &Bound<'_, PyAny>,
    ) -> PyResult<pyex::Program> {
        if let Ok(p) = program.downcast::<PyProgram>() {
            return Ok(p.get().program.clone());
        }
        let source: String = program
            .extract()
            .map_err(|_| PyTypeError::new_err("run() takes source text (str) or a pyex.Program"))?;
        self.compile(py, &source, "main.py")
    }

    /// Compiles `source` for a run in this context, under its time limit (a
    /// source too slow to parse is the limit's `PyexLimitError`); the GIL is
    /// released meanwhile.
    pub fn compile(
        &mut self,
        py: Python<'_>,
        source: &str,
        filename: &str,
    ) -> PyResult<pyex::Program> {
        let ctx = &mut self.ctx;
        match py.allow_threads(|| ctx.compile(source, filename)) {
            Ok(program) => Ok(program),
            Err(pyex::CompileError::Syntax(e)) => {
                Err(errors::syntax_error(py, &e, filename, source))
            }
            Err(pyex::CompileError::Limit(e)) => Err(errors::run_error_with_limit(
                py,
                &e,
                self.ctx.limit_exceeded(),
            )),
        }
    }
}

#[pymethods]
impl PyCtx {
    #[new]
    #[pyo3(signature = (*, modules=None, files=None, timeout=None, limits=None, stdin=None, argv=None, profile=false, root=None, network=None, capabilities=None, env=None, s3=None))]
    #[expect(
        clippy::too_many_arguments,
        reason = "the keyword arguments of Ctx(), as the Python API documents them"
    )]
    fn new(
        modules: Option<&Bound<'_, PyDict>>,
        files: Option<&Bound<'_, PyDict>>,
        timeout: Option<f64>,
        limits: Option<&Bound<'_, PyDict>>,
        stdin: Option<String>,
        argv: Option<Vec<String>>,
        profile: bool,
        root: Option<std::path::PathBuf>,
        network: Option<&Bound<'_, pyo3::types::PyList>>,
        capabilities: Option<Vec<String>>,
        env: Option<&Bound<'_, PyDict>>,
        s3: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let grants = crate::io::read_grants(network, capabilities, env)?;
        let fs = read_fs(root, s3)?;
        PyCtx::build(
            modules, files, timeout, limits, stdin, argv, profile, fs, grants,
        )
    }

    /// Replaces what the context is granted (e.g. after `restore`, to rotate
    /// a token): network, capabilities and environment, all at once.
    #[pyo3(signature = (*, network=None, capabilities=None, env=None))]
    fn set_grants(
        &mut self,
        network: Option<&Bound<'_, pyo3::types::PyList>>,
        capabilities: Option<Vec<String>>,
        env: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<()> {
        self.ctx
            .set_grants(crate::io::read_grants(network, capabilities, env)?);
        Ok(())
    }

    /// Runs source text or a `Program` in this context (its globals, files
    /// and output persist between runs) and returns the value of the last
    /// expression statement. Each run gets the whole time limit, compiling
    /// its source included (as in the Elixir binding).
    fn run(&mut self, py: Python<'_>, program: &Bound<'_, PyAny>) -> PyResult<PyObject> {
        self.ctx.reset_compute_time();
        let program = self.program_of(py, program)?;
        let value = self.run_program(py, &program)?;
        to_python(py, &value)
    }

    /// Everything the programs printed so far.
    #[getter]
    fn stdout(&self) -> &str {
        self.ctx.stdout()
    }

    /// What went to `sys.stderr` (tracebacks of uncaught exceptions included).
    #[getter]
    fn stderr(&self) -> &str {
        self.ctx.stderr()
    }

    /// Returns the captured stdout and clears it.
    fn take_stdout(&mut self) -> String {
        self.ctx.take_stdout()
    }

    /// The files of the context's in-memory filesystem, `{path: bytes}`.
    fn files<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        if let Some(memory) = self.ctx.fs().as_memory() {
            for (path, content) in memory.files() {
                dict.set_item(path, PyBytes::new(py, content))?;
            }
        }
        Ok(dict)
    }

    /// The whole state as bytes: `Ctx.restore(bytes)` continues from it, in
    /// this process or another one.
    fn snapshot<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.ctx.snapshot())
    }

    /// A context from `snapshot()` bytes; host modules are given again
    /// (callables do not travel inside snapshots).
    #[staticmethod]
    #[pyo3(signature = (snapshot, *, modules=None))]
    fn restore(
        py: Python<'_>,
        snapshot: &[u8],
        modules: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let ctx = Ctx::restore(snapshot).map_err(|e| errors::snapshot_error(py, &e))?;
        Ok(PyCtx {
            ctx,
            modules: read_modules(modules)?,
            io: pyex::io::IoSession::default(),
        })
    }

    /// What profiling recorded (a context made with `profile=True`, else `None`):
    /// `{"line_counts": {line: n}, "call_counts": {name: n}, "call_us": {name: µs}}`.
    fn profile<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        profile_dict(py, &self.ctx)
    }

    /// The limit that ended the last run (`"time"`, `"memory"`, ...), or `None`.
    fn limit_exceeded(&self) -> Option<&'static str> {
        self.ctx.limit_exceeded().map(pyex::LimitKind::name)
    }

    /// Frees unreachable objects now; returns how many were freed.
    fn collect_garbage(&mut self) -> usize {
        self.ctx.collect_garbage()
    }
}
