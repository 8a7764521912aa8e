//! Pre-imported modules: the template machine imports the stdlib modules
//! web apps need (typing, json, re, dataclasses, pydantic, fastapi, ...)
//! once per process; a `Ctx`'s `import fastapi` then registers the prepared
//! module objects (shared copy-on-write through the template heap) instead
//! of running their bodies again.
//!
//! Each prepared module carries its closure: the modules a fresh import of it
//! registers, in the order a fresh import registers them (a pre-order walk of
//! the import requests recorded while the template imported them), so
//! `sys.modules` looks the same as after a fresh import. A prepared import is
//! used only when it would give what a fresh one gives: no module of the
//! closure is shadowed by a file of the `Ctx` filesystem or a host module, or
//! already imported differently; modules whose state depends on `Ctx` options
//! (`os`, `random`, ...) are never prepared. `sys` is prepared with its
//! per-`Ctx` parts (`argv`, `modules`) rebuilt when it is registered.

use rustc_hash::FxHashMap;

use super::module_table::ModuleTable;
use super::vm::Vm;
use crate::fs::FileSystem;
use crate::value::{ObjId, Value};

/// The modules the template imports (with everything they import).
const ROOTS: &[&str] = &[
    "typing",
    "collections",
    "functools",
    "json",
    "re",
    "dataclasses",
    "enum",
    "pydantic",
    "fastapi",
    "jinja2",
    "markdown",
    "os",
    "uuid",
    "datetime",
];

/// Modules whose state depends on the `Ctx` or the moment (entropy, the
/// clock at import): a module importing one of these is not prepared. The
/// roots must not import them either: the template has to be the same in
/// every process of a build (a snapshot is restored against another
/// process's template): `time` reads the clock at its first use, not at
/// import.
const UNPREPARABLE: &[&str] = &["random", "_random", "secrets"];

/// Modules whose state depends on `Options::env` (`os.environ`): prepared
/// ones are used only by a `Ctx` whose environment is the template's.
const ENV_DEPENDENT: &[&str] = &["os", "_pyex"];

/// `sys.modules` entries a module's body writes itself (`os.py`:
/// `sys.modules['os.path'] = path`): `(module, key, value module)`, written
/// again when the prepared module is registered.
const SYS_MODULES_WRITES: &[(&str, &str, &str)] = &[("os", "os.path", "posixpath")];

/// Run after the roots' imports: `typing`'s aliases of the builtin scalar
/// classes (`List[str]`, `Optional[int]`, `Dict[str, Any]`, ...), which
/// typing caches by parameters (CPython's `_tp_cache`), built once in the
/// template instead of once per `Ctx` that uses them.
const WARM_TYPING: &str = "try:
    import typing
    for _class in (str, int, float, bool, bytes, typing.Any):
        for _alias in (typing.List, typing.Set, typing.FrozenSet, typing.Sequence,
                       typing.Iterable, typing.Type, typing.Optional):
            _alias[_class]
        typing.Dict[str, _class]
except Exception:
    pass
";

/// What the template records while importing [`ROOTS`].
#[derive(Clone, Debug, Default)]
pub(crate) struct ImportLog {
    /// Modules being imported, innermost last (the requester of an import).
    stack: Vec<Box<str>>,
    /// `(requester, requested)` in request order.
    edges: Vec<(Box<str>, Box<str>)>,
    /// Registered modules: `(name, id, in sys.modules)`, in order.
    registered: Vec<(Box<str>, ObjId, bool)>,
}

impl ImportLog {
    /// Records that the innermost module being imported asks for `name`.
    pub(crate) fn request(&mut self, name: &str) {
        let from = self
            .stack
            .last()
            .cloned()
            .unwrap_or_else(|| "__main__".into());
        self.edges.push((from, name.into()));
    }

    /// Records a registration (and the request it answers).
    pub(crate) fn register(&mut self, name: &str, id: ObjId, in_sys_modules: bool) {
        self.request(name);
        self.registered.push((name.into(), id, in_sys_modules));
    }

    /// `name`'s import starts (its body or native set-up runs).
    pub(crate) fn enter(&mut self, name: &str) {
        self.stack.push(name.into());
    }

    /// The innermost import finished.
    pub(crate) fn leave(&mut self) {
        self.stack.pop();
    }
}

/// One prepared module.
#[derive(Debug)]
struct PreparedModule {
    id: ObjId,
    /// Whether a fresh import adds it to `sys.modules` (an alias like `os.path` is not).
    in_sys_modules: bool,
    /// Indices of the modules a fresh import registers, in order (itself first).
    closure: Vec<usize>,
}

/// The [`SYS_MODULES_WRITES`] of the modules in `closure`: `(position in
/// closure after which the body's write happens, key, value)` — after the
/// writing module's own imports, as its body runs to the end.
fn sys_modules_writes(prepared: &Prepared, closure: &[usize]) -> Vec<(usize, &'static str, ObjId)> {
    let mut writes = Vec::new();
    for (module, key, value) in SYS_MODULES_WRITES {
        let (Some(&m), Some(&v)) = (prepared.by_name.get(*module), prepared.by_name.get(*value))
        else {
            continue;
        };
        let inner = &prepared.modules[m].closure;
        if let Some(last) = closure.iter().rposition(|i| inner.contains(i)) {
            if closure.contains(&m) {
                writes.push((last, *key, prepared.modules[v].id));
            }
        }
    }
    writes
}

/// The template's prepared modules.
#[derive(Debug, Default)]
pub(crate) struct Prepared {
    names: Vec<Box<str>>,
    /// Each module's name as a `str` of the template heap: its `sys.modules`
    /// key (a `str` is immutable, so every `Ctx` shares it instead of making
    /// its own on each import).
    keys: Vec<ObjId>,
    modules: Vec<PreparedModule>,
    by_name: FxHashMap<Box<str>, usize>,
}

impl Prepared {
    /// Every prepared module object (collector roots: a `Ctx` must never
    /// free template objects a later import will register).
    pub(crate) fn roots(&self) -> impl Iterator<Item = Value> + '_ {
        self.modules.iter().map(|m| Value::Obj(m.id))
    }

    /// Whether the template prepared a module `name`.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }

    /// Builds the table from what the template recorded; `alive` is the
    /// template's module list after the imports (failed imports are not in it).
    fn from_log(log: &ImportLog, alive: &ModuleTable) -> Prepared {
        let mut prepared = Prepared::default();
        for (name, id, in_sys) in &log.registered {
            if !alive.contains(name, *id) || prepared.by_name.contains_key(name) {
                continue;
            }
            prepared.by_name.insert(name.clone(), prepared.names.len());
            prepared.names.push(name.clone());
            prepared.modules.push(PreparedModule {
                id: *id,
                in_sys_modules: *in_sys,
                closure: Vec::new(),
            });
        }
        let mut edges: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for (from, to) in &log.edges {
            edges.entry(from).or_default().push(to);
        }
        for index in 0..prepared.modules.len() {
            let closure = prepared.closure_of(index, &edges);
            let usable = closure
                .iter()
                .all(|&i| !UNPREPARABLE.contains(&&*prepared.names[i]));
            prepared.modules[index].closure = if usable { closure } else { Vec::new() };
        }
        prepared
    }

    /// The pre-order walk of the import requests from module `index`.
    fn closure_of(&self, index: usize, edges: &FxHashMap<&str, Vec<&str>>) -> Vec<usize> {
        let mut order = Vec::new();
        let mut seen = vec![false; self.modules.len()];
        let mut stack = vec![index];
        while let Some(at) = stack.pop() {
            if std::mem::replace(&mut seen[at], true) {
                continue;
            }
            order.push(at);
            let next = edges
                .get(&*self.names[at])
                .map(Vec::as_slice)
                .unwrap_or_default();
            for name in next.iter().rev() {
                if let Some(&i) = self.by_name.get(*name) {
                    if !seen[i] {
                        stack.push(i);
                    }
                }
            }
        }
        order
    }
}

/// Imports [`ROOTS`] into the template machine `vm` and returns the table of
/// prepared modules; `vm`'s own module list is left as it was (a `Ctx` sees
/// a prepared module only once it imports it). On any failure nothing is
/// prepared.
pub(crate) fn prepare(vm: &mut Vm) -> Prepared {
    let mut work = vm.clone();
    let mut source = String::new();
    for root in ROOTS {
        source.push_str("try:\n    import ");
        source.push_str(root);
        source.push_str("\nexcept Exception:\n    pass\n");
    }
    source.push_str(WARM_TYPING);
    let Ok(program) = crate::compile::Program::compile(&source, "<prepare>") else {
        return Prepared::default();
    };
    work.import_log = Some(Box::default());
    if work.start(&program).and_then(|()| work.run()).is_err() {
        return Prepared::default();
    }
    super::warm::warm_caches(&mut work);
    let Some(log) = work.import_log.take() else {
        return Prepared::default();
    };
    let mut prepared = Prepared::from_log(&log, &work.modules);
    prepared.keys = prepared
        .names
        .iter()
        .map(|name| match work.new_str(String::from(&**name)) {
            Value::Obj(id) => id,
            _ => unreachable!("a str is a heap object"),
        })
        .collect();
    work.modules.clone_from(&vm.modules);
    work.stdout.clear();
    work.stderr.clear();
    *vm = work;
    prepared
}

impl Vm {
    /// Registers prepared module `name` with its closure, if the template has
    /// it and a fresh import would give the same modules; `false`: import it
    /// the ordinary way.
    pub(crate) fn import_prepared(&mut self, name: &str) -> bool {
        if self.import_log.is_some() {
            return false;
        }
        let prepared = super::vm::prepared();
        let Some(module) = prepared
            .by_name
            .get(name)
            .and_then(|&i| prepared.modules.get(i))
        else {
            return false;
        };
        if module.closure.is_empty() {
            return false;
        }
        let Some(missing) = self.closure_missing(prepared, &module.closure) else {
            return false;
        };
        let writes = sys_modules_writes(prepared, &module.closure);
        // `sys.modules`, looked up once (no Python code runs in between).
        let mut sys_modules = self.sys_modules_dict().and_then(Value::as_obj);
        let adding = missing.iter().filter(|m| **m).count();
        self.reserve_keys(sys_modules, adding);
        self.modules.reserve(adding);
        for (k, &i) in module.closure.iter().enumerate() {
            let (name, m) = (&prepared.names[i], &prepared.modules[i]);
            if missing[k] {
                self.modules.push(std::borrow::Cow::Borrowed(&**name), m.id);
                if &**name == "sys" {
                    self.rebuild_sys(m.id);
                    sys_modules = self.sys_modules_dict().and_then(Value::as_obj);
                    let rest = missing[k..].iter().filter(|m| **m).count();
                    self.reserve_keys(sys_modules, rest);
                } else if let (true, Some(dict)) = (m.in_sys_modules, sys_modules) {
                    let hash = crate::value::hash::hash_str(name);
                    self.dict_set_str(dict, Value::Obj(prepared.keys[i]), hash, Value::Obj(m.id));
                }
            }
            for (_, key, value) in writes.iter().filter(|w| w.0 == k) {
                self.sys_modules_add(key, *value);
            }
        }
        true
    }

    /// Makes room for `count` more keys in `dict` (`sys.modules`, if it
    /// is a dict), which a prepared import fills in one go.
    fn reserve_keys(&mut self, dict: Option<ObjId>, count: usize) {
        if let Some(crate::value::Object::Dict(d)) = dict.and_then(|id| self.heap.get_mut(id)) {
            d.reserve(count);
        }
    }

    /// Which modules of `closure` are not imported yet (to register), if
    /// none of them is shadowed (filesystem, host module) or already
    /// imported as another object; `None`: the closure is not usable. (A
    /// closure holds each module once, so registering one does not change
    /// the answer for the others.)
    fn closure_missing(&self, prepared: &Prepared, closure: &[usize]) -> Option<Vec<bool>> {
        let probe_fs = !self.fs.has_no_paths();
        let mut missing = Vec::with_capacity(closure.len());
        let usable = closure.iter().all(|&i| {
            let name = &*prepared.names[i];
            let cached = self.cached_module(name);
            missing.push(cached.is_none());
            if let Some(id) = cached {
                return id == prepared.modules[i].id;
            }
            if self.host_modules.iter().any(|h| h.name == name) {
                return false;
            }
            // On an S3 filesystem `posix` rebinds its primitives when imported (`fs/s3.rs`).
            if name == "posix" && matches!(self.fs, crate::fs::Fs::S3(_)) {
                return false;
            }
            if ENV_DEPENDENT.contains(&name) && self.grants.env != super::vm::template().grants.env
            {
                return false;
            }
            if !probe_fs {
                return true;
            }
            let dir = name.replace('.', "/");
            !(self.fs.is_file(&format!("{dir}.py")) || self.fs.is_dir(&dir))
        });
        usable.then_some(missing)
    }

    /// The per-`Ctx` parts of a prepared `sys`: `argv` from the options and
    /// `modules` from this `Ctx`'s imports (as `sys`'s own set-up makes them).
    fn rebuild_sys(&mut self, sys: ObjId) {
        let argv = self.sys_argv();
        self.set_module_attr(sys, "argv", argv);
        let modules = self.sys_modules_table();
        self.set_module_attr(sys, "modules", modules);
    }
}
