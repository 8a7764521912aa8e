//! Standard-library modules. A Rust module's functions are rows of the
//! builtins table (`builtins/mod.rs`) whose `module` is the module's name; its
//! constants are listed in its [`NativeModule`], which may also carry Python
//! source run in the module's namespace when it is imported (for the parts
//! where Python is the natural language). Modules written wholly in Python are
//! embedded sources ([`python_source`]) kept as `.py` files in `python/`
//! (modelled on CPython's pure-Python versions and its docs' "roughly
//! equivalent" code), compiled once per process.

#![expect(
    clippy::needless_pass_by_value,
    reason = "module functions share the builtin signature, taking their Args by value"
)]

pub(crate) mod abc;
pub(crate) mod cmath;
pub(crate) mod collections;
pub(crate) mod datetime_core;
pub(crate) mod datetime_format;
pub(crate) mod datetime_parse;
pub(crate) mod fastapi_boot;
pub(crate) mod hashlib;
pub(crate) mod io;
pub(crate) mod jinja2_native;
pub(crate) mod jinja_filters;
pub(crate) mod jinja_ir;
pub(crate) mod jinja_render;
pub(crate) mod jinja_steps;
pub(crate) mod jinja_values;
pub(crate) mod json;
pub(crate) mod json_encode;
pub(crate) mod json_scan;
pub(crate) mod markdown;
pub(crate) mod markupsafe;
pub(crate) mod math;
pub(crate) mod math_float;
pub(crate) mod operator;
pub(crate) mod posix;
pub(crate) mod pydantic_native;
pub(crate) mod pyex;
pub(crate) mod pyex_host;
pub(crate) mod pyex_io;
pub(crate) mod pyex_s3fs;
pub(crate) mod random_core;
pub(crate) mod re;
pub(crate) mod sys;
pub(crate) mod unicodedata;

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::compile::Program;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::{ObjId, Value};

/// A module constant.
pub(crate) enum Const {
    /// A float.
    Float(f64),
    /// An int.
    Int(i64),
    /// A str.
    Str(&'static str),
}

/// Sets up the attributes of a native module that are not constants.
pub(crate) type InitFn = fn(&mut Vm, ObjId) -> RunResult<()>;

/// A Rust-implemented module: its name and constants (functions come from the builtins table).
pub(crate) struct NativeModule {
    pub name: &'static str,
    pub constants: &'static [(&'static str, Const)],
    /// Builds the module's other attributes (objects that need the heap).
    pub init: Option<InitFn>,
    /// Python code run in the module's namespace after `init`.
    pub python: Option<&'static str>,
}

/// Every native module. Adding one = one file + one line here.
pub(crate) const MODULES: &[&NativeModule] = &[
    &abc::MODULE,
    &math::MODULE,
    &json::MODULE,
    &sys::MODULE,
    &io::MODULE,
    &pyex::MODULE,
    &pyex_host::MODULE,
    &pyex_io::MODULE,
    &random_core::MODULE,
    &datetime_core::MODULE,
    &posix::MODULE,
    &operator::MODULE,
    &re::MODULE,
    &hashlib::MODULE,
    &collections::MODULE,
    &cmath::MODULE,
    &markupsafe::MODULE,
    &jinja2_native::MODULE,
    &fastapi_boot::MODULE,
    &pydantic_native::MODULE,
    &markdown::MODULE,
    &unicodedata::MODULE,
    &pyex_s3fs::MODULE,
    &crate::lambda::native::respond::MODULE,
];

/// Modules written in Python, embedded in the binary: `(name, source)`.
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("__future__", FUTURE),
    ("itertools", include_str!("python/itertools.py")),
    ("functools", include_str!("python/functools.py")),
    ("operator", include_str!("python/operator.py")),
    ("contextlib", include_str!("python/contextlib.py")),
    ("copy", include_str!("python/copy.py")),
    ("string", include_str!("python/string.py")),
    ("io", include_str!("python/io.py")),
    ("collections", include_str!("python/collections.py")),
    ("collections.abc", include_str!("python/collections_abc.py")),
    (
        "_collections_user",
        include_str!("python/collections_user.py"),
    ),
    ("typing", include_str!("python/typing.py")),
    ("dataclasses", include_str!("python/dataclasses.py")),
    ("importlib", IMPORTLIB),
    ("os", include_str!("python/os.py")),
    ("posixpath", include_str!("python/posixpath.py")),
    ("json", include_str!("python/json.py")),
    ("fnmatch", include_str!("python/fnmatch.py")),
    ("glob", include_str!("python/glob.py")),
    ("pathlib", include_str!("python/pathlib.py")),
    ("bisect", include_str!("python/bisect.py")),
    ("heapq", include_str!("python/heapq.py")),
    ("time", include_str!("python/time.py")),
    ("types", include_str!("python/types.py")),
    ("inspect", include_str!("python/inspect.py")),
    ("shutil", include_str!("python/shutil.py")),
    ("textwrap", include_str!("python/textwrap.py")),
    ("pprint", include_str!("python/pprint.py")),
    ("random", include_str!("python/random.py")),
    ("datetime", include_str!("python/datetime.py")),
    ("_strptime", include_str!("python/_strptime.py")),
    ("enum", include_str!("python/enum.py")),
    ("calendar", include_str!("python/calendar.py")),
    ("zoneinfo", include_str!("python/zoneinfo.py")),
    ("_csv", include_str!("python/_csv.py")),
    ("csv", include_str!("python/csv.py")),
    ("html", include_str!("python/html.py")),
    ("urllib", "__path__ = []\n"),
    ("urllib.parse", include_str!("python/urllib_parse.py")),
    ("requests", include_str!("python/requests.py")),
    (
        "requests.__version__",
        include_str!("python/requests_version.py"),
    ),
    ("requests.utils", include_str!("python/requests_utils.py")),
    (
        "requests.exceptions",
        include_str!("python/requests_exceptions.py"),
    ),
    (
        "requests.structures",
        include_str!("python/requests_structures.py"),
    ),
    (
        "requests.status_codes",
        include_str!("python/requests_status_codes.py"),
    ),
    (
        "requests.cookies",
        include_str!("python/requests_cookies.py"),
    ),
    ("requests.auth", include_str!("python/requests_auth.py")),
    ("requests.models", include_str!("python/requests_models.py")),
    (
        "requests.adapters",
        include_str!("python/requests_adapters.py"),
    ),
    (
        "requests.sessions",
        include_str!("python/requests_sessions.py"),
    ),
    ("requests.api", include_str!("python/requests_api.py")),
    ("pydantic_core", include_str!("python/pydantic_core.py")),
    ("pydantic", include_str!("python/pydantic.py")),
    ("fastapi", include_str!("python/fastapi.py")),
    (
        "fastapi.responses",
        include_str!("python/fastapi_responses.py"),
    ),
    (
        "fastapi.requests",
        include_str!("python/fastapi_requests.py"),
    ),
    (
        "fastapi.exceptions",
        include_str!("python/fastapi_exceptions.py"),
    ),
    (
        "fastapi.encoders",
        include_str!("python/fastapi_encoders.py"),
    ),
    ("fastapi.routing", include_str!("python/fastapi_routing.py")),
    ("fastapi.status", include_str!("python/fastapi_status.py")),
    ("fastapi.params", include_str!("python/fastapi_params.py")),
    ("_botocore_model", include_str!("python/_botocore_model.py")),
    ("_boto3_transfer", include_str!("python/_boto3_transfer.py")),
    ("botocore", include_str!("python/botocore.py")),
    (
        "botocore.exceptions",
        include_str!("python/botocore_exceptions.py"),
    ),
    ("botocore.config", include_str!("python/botocore_config.py")),
    (
        "botocore.response",
        include_str!("python/botocore_response.py"),
    ),
    (
        "botocore.httpchecksum",
        include_str!("python/botocore_httpchecksum.py"),
    ),
    (
        "botocore.paginate",
        include_str!("python/botocore_paginate.py"),
    ),
    (
        "botocore.validate",
        include_str!("python/botocore_validate.py"),
    ),
    (
        "botocore.errorfactory",
        include_str!("python/botocore_errorfactory.py"),
    ),
    ("botocore.client", include_str!("python/botocore_client.py")),
    ("boto3", include_str!("python/boto3.py")),
    ("boto3.session", include_str!("python/boto3_session.py")),
    ("boto3.s3", include_str!("python/boto3_s3.py")),
    (
        "boto3.s3.transfer",
        include_str!("python/boto3_s3_transfer.py"),
    ),
    ("html.entities", include_str!("python/html_entities.py")),
    ("binascii", include_str!("python/binascii.py")),
    ("base64", include_str!("python/base64.py")),
    ("statistics", include_str!("python/statistics.py")),
    ("hashlib", include_str!("python/hashlib.py")),
    ("hmac", include_str!("python/hmac.py")),
    ("uuid", include_str!("python/uuid.py")),
    ("sql", include_str!("python/sql.py")),
    ("secrets", include_str!("python/secrets.py")),
    ("traceback", include_str!("python/traceback.py")),
    ("logging", include_str!("python/logging.py")),
    ("platform", include_str!("python/platform.py")),
    ("struct", include_str!("python/struct.py")),
    ("weakref", include_str!("python/weakref.py")),
    ("warnings", include_str!("python/warnings.py")),
    ("array", include_str!("python/array.py")),
    ("numbers", include_str!("python/numbers.py")),
    ("fractions", include_str!("python/fractions.py")),
    ("asyncio", include_str!("python/asyncio.py")),
    (
        "asyncio.exceptions",
        include_str!("python/asyncio_exceptions.py"),
    ),
    (
        "asyncio.coroutines",
        include_str!("python/asyncio_coroutines.py"),
    ),
    ("asyncio.events", include_str!("python/asyncio_events.py")),
    ("asyncio.futures", include_str!("python/asyncio_futures.py")),
    ("asyncio.tasks", include_str!("python/asyncio_tasks.py")),
    ("asyncio.mixins", include_str!("python/asyncio_mixins.py")),
    ("asyncio.locks", include_str!("python/asyncio_locks.py")),
    ("asyncio.queues", include_str!("python/asyncio_queues.py")),
    (
        "asyncio.timeouts",
        include_str!("python/asyncio_timeouts.py"),
    ),
    (
        "asyncio.taskgroups",
        include_str!("python/asyncio_taskgroups.py"),
    ),
    ("decimal", include_str!("python/decimal.py")),
    ("argparse", include_str!("python/argparse.py")),
    ("shlex", include_str!("python/shlex.py")),
    ("difflib", include_str!("python/difflib.py")),
    ("unittest", include_str!("python/unittest/__init__.py")),
    ("unittest.case", include_str!("python/unittest/case.py")),
    ("unittest.result", include_str!("python/unittest/result.py")),
    ("unittest.suite", include_str!("python/unittest/suite.py")),
    ("unittest.loader", include_str!("python/unittest/loader.py")),
    ("unittest.runner", include_str!("python/unittest/runner.py")),
    ("unittest.main", include_str!("python/unittest/main.py")),
    ("unittest.util", include_str!("python/unittest/util.py")),
    (
        "unittest.signals",
        include_str!("python/unittest/signals.py"),
    ),
    ("unittest._log", include_str!("python/unittest/_log.py")),
    ("markupsafe", include_str!("python/markupsafe.py")),
    (
        "_jinja2_exceptions",
        include_str!("python/_jinja2_exceptions.py"),
    ),
    ("_jinja2_runtime", include_str!("python/_jinja2_runtime.py")),
    ("_jinja2_filters", include_str!("python/_jinja2_filters.py")),
    ("_jinja2_exprs", include_str!("python/_jinja2_exprs.py")),
    ("_jinja2_parser", include_str!("python/_jinja2_parser.py")),
    ("_jinja2_codegen", include_str!("python/_jinja2_codegen.py")),
    ("_jinja2_ir", include_str!("python/_jinja2_ir.py")),
    ("jinja2", include_str!("python/jinja2.py")),
    ("markdown", include_str!("python/markdown.py")),
];

/// `__future__`: the feature names (all of them already the behaviour of 3.11 or ignored).
const FUTURE: &str = "all_feature_names = ['nested_scopes', 'generators', 'division', \
'absolute_import', 'with_statement', 'print_function', 'unicode_literals', \
'barry_as_FLUFL', 'generator_stop', 'annotations']
nested_scopes = generators = division = absolute_import = with_statement = None
print_function = unicode_literals = barry_as_FLUFL = generator_stop = annotations = None
";

/// `importlib`: `import_module` over `__import__`.
const IMPORTLIB: &str = "import sys as _sys
def import_module(name, package=None):
    if name.startswith('.'):
        if not package:
            raise TypeError(\"the 'package' argument is required to perform a relative import for \" + repr(name))
        level = len(name) - len(name.lstrip('.'))
        base = package.rsplit('.', level - 1)[0]
        name = base + '.' + name[level:] if name[level:] else base
    __import__(name)
    return _sys.modules[name]
def invalidate_caches():
    pass
";

/// The source of embedded Python module `name`.
pub(crate) fn python_source(name: &str) -> Option<&'static str> {
    PYTHON_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, source)| *source)
}

/// The embedded source compiled as `<frozen name>` (a Python-source module
/// or a Rust module's Python part): snapshots refer to such programs by name.
pub(crate) fn embedded_source(filename: &str) -> Option<&'static str> {
    let name = filename.strip_prefix("<frozen ")?.strip_suffix('>')?;
    python_source(name).or_else(|| MODULES.iter().find(|m| m.name == name)?.python)
}

/// Compiles embedded source once per process (every `Ctx` shares the `Program`).
/// The running program's time limit does not apply: the compile is not the
/// program's work (the run stops at its limit at the next look at the clock),
/// and a parse cut at the deadline would fail as an internal error.
pub(crate) fn compile_embedded(source: &'static str, filename: &str) -> RunResult<Program> {
    static CACHE: OnceLock<Mutex<HashMap<usize, Program>>> = OnceLock::new();
    let key = source.as_ptr() as usize;
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(program) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(program);
    }
    let outer = crate::syntax::deadline::set(None);
    let program = Program::compile(source, filename);
    crate::syntax::deadline::restore(outer);
    let program =
        program.map_err(|e| RunError::internal(format!("embedded module {filename}: {e}")))?;
    if let Ok(mut c) = cache.lock() {
        c.insert(key, program.clone());
    }
    Ok(program)
}

impl Const {
    /// The constant as a value.
    pub(crate) fn value(&self, vm: &mut Vm) -> Value {
        match self {
            Const::Float(f) => Value::Float(*f),
            Const::Int(i) => Value::Int(*i),
            Const::Str(s) => vm.new_str((*s).to_owned()),
        }
    }
}

/// `TypeError: 'x' object cannot be interpreted as an integer`.
pub(crate) fn int_arg(vm: &Vm, v: Value) -> RunResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use crate::syntax::deadline;

    /// A run whose time limit passes while it imports an embedded module:
    /// the module compiles all the same (the run stops at its own next look
    /// at the clock), and the run's deadline is still in force afterwards.
    #[test]
    fn embedded_modules_compile_past_the_runs_deadline() {
        let source = super::python_source("heapq").expect("heapq is embedded");
        // A copy at its own address: not in the per-process cache yet.
        let source: &'static str = Box::leak(source.to_owned().into_boxed_str());
        let passed = Some(Instant::now());
        let outer = deadline::set(passed);
        let program = super::compile_embedded(source, "<frozen heapq>");
        let still = deadline::passed();
        deadline::restore(outer);
        assert!(program.is_ok(), "{:?}", program.err());
        assert!(still, "the run's deadline is put back");
    }
}
