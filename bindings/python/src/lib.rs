//! `pyex._pyex`: the pyex interpreter as a CPython extension. A CPython
//! program hands pyex source text (typically written by a model) and gets
//! back the value, the output and the files, without a subprocess and without
//! giving the program any access to the host beyond the modules and files it
//! passes in.

mod convert;
mod errors;
mod host;
mod io;
mod lambda;
mod session;

use pyo3::prelude::*;
use pyo3::types::PyDict;

use session::{PyCtx, PyProgram};

/// The allocator every pyex binary ships with: pyex allocates many small objects.
#[global_allocator]
static GLOBAL: pyex_alloc::Allocator = pyex_alloc::Allocator;

/// What `pyex.run` returns.
#[pyclass(module = "pyex._pyex", name = "Result", frozen)]
struct RunResult {
    /// The value of the program's last expression statement (`None` if there is none).
    #[pyo3(get)]
    value: PyObject,
    /// Everything the program printed.
    #[pyo3(get)]
    stdout: String,
    /// What went to `sys.stderr`.
    #[pyo3(get)]
    stderr: String,
    /// The context the program ran in (run more code in it, read its files, snapshot it).
    #[pyo3(get)]
    ctx: Py<PyCtx>,
    /// What profiling recorded (`profile=True`), else `None`.
    #[pyo3(get)]
    profile: Option<PyObject>,
}

#[pymethods]
impl RunResult {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "pyex.Result(value={}, stdout={:?})",
            self.value.bind(py).repr()?,
            self.stdout
        ))
    }
}

/// Compiles and runs `source` in a fresh context.
#[pyfunction]
#[expect(
    clippy::too_many_arguments,
    reason = "the keyword arguments of pyex.run, as the Python API documents them"
)]
#[pyo3(signature = (source, *, modules=None, files=None, timeout=None, limits=None, stdin=None, argv=None, profile=false, root=None, network=None, capabilities=None, env=None, s3=None))]
fn run(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
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
) -> PyResult<RunResult> {
    let grants = io::read_grants(network, capabilities, env)?;
    let fs = session::read_fs(root, s3)?;
    let mut ctx = PyCtx::build(
        modules, files, timeout, limits, stdin, argv, profile, fs, grants,
    )?;
    let program = match source.downcast::<PyProgram>() {
        Ok(p) => p.get().program.clone(),
        Err(_) => ctx.compile(py, &source.extract::<String>()?, "main.py")?,
    };
    let value = ctx.run_program(py, &program)?;
    let value = convert::to_python(py, &value)?;
    let ctx = Py::new(py, ctx)?;
    let (stdout, stderr, profile) = {
        let c = ctx.borrow(py);
        let profile = session::profile_dict(py, c.core())?.map(|d| d.into_any().unbind());
        (c.stdout_text(), c.stderr_text(), profile)
    };
    Ok(RunResult {
        value,
        stdout,
        stderr,
        ctx,
        profile,
    })
}

/// Compiles `source` into a reusable `Program` (`PyexSyntaxError` if it does not compile).
#[pyfunction]
#[pyo3(signature = (source, filename="main.py"))]
fn compile(py: Python<'_>, source: &str, filename: &str) -> PyResult<PyProgram> {
    Ok(PyProgram {
        program: session::compile_source(py, source, filename)?,
    })
}

#[pymodule]
fn _pyex(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_function(wrap_pyfunction!(run, m)?)?;
    m.add_function(wrap_pyfunction!(compile, m)?)?;
    m.add_class::<PyCtx>()?;
    m.add_class::<PyProgram>()?;
    m.add_class::<RunResult>()?;
    m.add_class::<lambda::PyLambda>()?;
    m.add_class::<lambda::Chunks>()?;
    m.add_class::<convert::Opaque>()?;
    m.add("PyexError", py.get_type::<errors::PyexError>())?;
    m.add("PyexSyntaxError", py.get_type::<errors::PyexSyntaxError>())?;
    m.add("PyexLimitError", py.get_type::<errors::PyexLimitError>())?;
    m.add(
        "PyexSnapshotError",
        py.get_type::<errors::PyexSnapshotError>(),
    )?;
    Ok(())
}
