//! The import system: `import a.b`, `from .m import x`, `from m import *`,
//! modules found in `sys.modules`, host modules, `.py` files and packages in
//! the Ctx filesystem, Rust modules (`stdlib/`) and Python-source stdlib
//! modules — in that order, as CPython's finders (a local `random.py`
//! shadows the stdlib one).
//!
//! A statement's modules are loaded one after the other by an [`ImportJob`]:
//! a module found as source gets its module object registered first (so a
//! circular import sees it partially initialised, as in CPython), then its
//! code runs as a frame above a `NativeFrame::Import` that continues the job
//! when the code returns. <https://docs.python.org/3/reference/import.html>

use serde::{Deserialize, Serialize};

use super::call::{Args, Called};
use super::frame::{Frame, NativeFrame, Pending};
use super::vm::Vm;
use crate::compile::{CodeId, Program};
use crate::exc::{lookup, ExcKind, RunError, RunResult};
use crate::fs::FileSystem;
use crate::value::object::{HostFunction, Module, Object};
use crate::value::symbol::{AttrMap, Symbol};
use crate::value::{ObjId, Value};

/// Run in a host module with awaitable functions: makes them `async def`s
/// (`_pyex_host.wrap_all`).
const ASYNC_HOST_FUNCTIONS: &str =
    "import _pyex_host\n_pyex_host.wrap_all(globals())\ndel _pyex_host\n";

/// One module an import statement needs.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct ImportStep {
    /// Its absolute dotted name.
    name: Box<str>,
    /// A `from package import name` candidate: absent is not an error.
    optional: bool,
}

/// The modules an import statement still has to load, and what it returns.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct ImportJob {
    /// Remaining steps, the next one last.
    steps: Vec<ImportStep>,
    /// The module whose code is running now (its name and object).
    running: Option<(Box<str>, ObjId)>,
    /// The module the statement receives (`import a.b` gets `a`).
    result: Box<str>,
}

impl ImportJob {
    /// The objects the job holds (collector roots).
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        if let Some((_, id)) = &self.running {
            f(Value::Obj(*id));
        }
    }
}

/// Where a module's code comes from.
enum Found {
    /// A `.py` file (or a package's `__init__.py`) in the filesystem.
    Source {
        /// The file's path (`/pkg/__init__.py`).
        file: String,
        /// The package directory, for a package.
        package_dir: Option<String>,
    },
    /// A directory without `__init__.py`: a namespace package.
    Namespace(String),
    /// A Python-source stdlib module embedded in the binary.
    Embedded(&'static str),
}

impl Vm {
    /// `ImportName`: the statement's `(level, fromlist)` and the dotted `name`.
    pub(crate) fn import_name(
        &mut self,
        name: Symbol,
        spec: Value,
        globals: ObjId,
    ) -> RunResult<Called> {
        let (level, fromlist) = self.import_spec(spec)?;
        let relative = self.interner.name(name).to_owned();
        let absolute = self.resolve_name(&relative, level, globals)?;
        if let Some(log) = self.import_log.as_deref_mut() {
            for (i, _) in absolute.match_indices('.') {
                log.request(&absolute[..i]);
            }
            log.request(&absolute);
            for item in &fromlist {
                log.request(&format!("{absolute}.{item}"));
            }
        }
        if let Some(id) = self.imported_from(&absolute, &fromlist) {
            return Ok(Called::Value(Value::Obj(id)));
        }
        if fromlist.is_empty() {
            if let Some(id) = self.cached_module(&absolute) {
                let top = absolute.split('.').next().unwrap_or_default();
                if let Some(top) = self.cached_module(top) {
                    return Ok(Called::Value(Value::Obj(top)));
                }
                return Ok(Called::Value(Value::Obj(id)));
            }
        }
        let mut steps: Vec<ImportStep> = Vec::new();
        for (i, _) in absolute.match_indices('.') {
            steps.push(ImportStep {
                name: absolute[..i].into(),
                optional: false,
            });
        }
        steps.push(ImportStep {
            name: absolute.as_str().into(),
            optional: false,
        });
        for item in fromlist.iter().filter(|n| *n != "*") {
            steps.push(ImportStep {
                name: format!("{absolute}.{item}").into(),
                optional: true,
            });
        }
        steps.reverse();
        let result = if fromlist.is_empty() {
            absolute.split('.').next().unwrap_or_default().into()
        } else {
            absolute.into()
        };
        let job = ImportJob {
            steps,
            running: None,
            result,
        };
        self.continue_import(job)
    }

    /// `from absolute import names` when the statement has nothing to load
    /// (what [`Vm::continue_import`] would find, without its steps):
    /// `absolute` and its packages imported, and each name an attribute of
    /// it that is neither a module (registered under its dotted name by
    /// `alias_submodule`) nor a prepared submodule, or already imported
    /// under its dotted name.
    fn imported_from(&mut self, absolute: &str, fromlist: &[String]) -> Option<ObjId> {
        if fromlist.is_empty() || self.import_log.is_some() {
            return None;
        }
        let module = self.cached_module(absolute)?;
        for (i, _) in absolute.match_indices('.') {
            self.cached_module(&absolute[..i])?;
        }
        let prepared = super::vm::prepared();
        let mut dotted = String::with_capacity(absolute.len() + 24);
        for item in fromlist.iter().filter(|n| *n != "*") {
            dotted.clear();
            dotted.push_str(absolute);
            dotted.push('.');
            dotted.push_str(item);
            if self.cached_module(&dotted).is_some() {
                continue;
            }
            let sym = self.interner.intern(item);
            match self.module_attr(module, sym)? {
                Value::Obj(id) if matches!(self.heap.get(id), Object::Module(_)) => return None,
                _ if prepared.has(&dotted) => return None,
                _ => {}
            }
        }
        Some(module)
    }

    /// Decodes the `(level, fromlist)` constant of `ImportName`.
    fn import_spec(&self, spec: Value) -> RunResult<(usize, Vec<String>)> {
        let parts = self.tuple_items(spec)?;
        let level = match parts.first() {
            Some(Value::Int(i)) => usize::try_from(*i).unwrap_or(0),
            _ => 0,
        };
        let fromlist = match parts.get(1) {
            Some(v @ Value::Obj(_)) => self
                .tuple_items(*v)?
                .into_iter()
                .filter_map(|n| self.str_value(n))
                .collect(),
            _ => Vec::new(),
        };
        Ok((level, fromlist))
    }

    /// The absolute name of `name` imported with `level` dots from `globals`.
    fn resolve_name(&mut self, name: &str, level: usize, globals: ObjId) -> RunResult<String> {
        if level == 0 {
            return Ok(name.to_owned());
        }
        let [package_sym, path_sym, name_sym] =
            ["__package__", "__path__", "__name__"].map(|n| self.interner.intern(n));
        let attr = |vm: &Vm, sym| vm.module_attr(globals, sym).and_then(|v| vm.str_value(v));
        let module_name = attr(self, name_sym).unwrap_or_default();
        let package = match attr(self, package_sym) {
            Some(p) => p,
            None if self.module_attr(globals, path_sym).is_some() => module_name,
            None => module_name
                .rsplit_once('.')
                .map(|(p, _)| p.to_owned())
                .unwrap_or_default(),
        };
        if package.is_empty() {
            return Err(lookup::no_parent_package());
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(lookup::beyond_top_level());
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// A global of a module, without raising.
    pub(crate) fn module_attr(&self, module: ObjId, name: Symbol) -> Option<Value> {
        match self.heap.get(module) {
            Object::Module(m) => m.attrs.get(name),
            _ => None,
        }
    }

    /// The module registered in `sys.modules` under `name`.
    pub(crate) fn cached_module(&self, name: &str) -> Option<ObjId> {
        self.modules.get(name)
    }

    /// Runs the job's remaining steps until one needs Python code to run
    /// (then the job waits on the frame stack) or all are done.
    pub(crate) fn continue_import(&mut self, mut job: ImportJob) -> RunResult<Called> {
        while let Some(step) = job.steps.pop() {
            if self.cached_module(&step.name).is_some()
                || self.alias_submodule(&step.name)
                || self.import_prepared(&step.name)
            {
                continue;
            }
            let (parent, child) = match step.name.rsplit_once('.') {
                Some((p, c)) => (Some(p.to_owned()), c.to_owned()),
                None => (None, step.name.to_string()),
            };
            if step.optional {
                let parent_id = parent.as_deref().and_then(|p| self.cached_module(p));
                let sym = self.interner.intern(&child);
                if parent_id.is_some_and(|p| self.module_attr(p, sym).is_some()) {
                    continue;
                }
            }
            if let Some(log) = self.import_log.as_deref_mut() {
                log.enter(&step.name);
            }
            let native = self.builtin_module(&step.name);
            if let Some(log) = self.import_log.as_deref_mut() {
                log.leave();
            }
            if let Some((id, tail)) = native? {
                match tail {
                    None => self.bind_submodule(&step.name, id),
                    Some(source) => {
                        let filename = format!("<frozen {}>", step.name);
                        let program = crate::stdlib::compile_embedded(source, &filename)?;
                        return self.run_module_code(job, &step.name, id, &program);
                    }
                }
                continue;
            }
            let found = match self.find_module(&step.name, parent.as_deref()) {
                Ok(found) => found,
                Err(_) if step.optional => continue,
                Err(e) => return Err(e),
            };
            let id = self.new_module(&step.name, &found);
            let program = match found {
                Found::Source { file, .. } => {
                    let bytes = self.fs.read(&file).map_err(|e| e.to_run_error(&file))?;
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    Program::compile(&text, &file).map_err(|e| {
                        if crate::syntax::deadline::take_expired() {
                            crate::limits::timeout()
                        } else {
                            RunError::new(ExcKind::SyntaxError, e.to_string())
                        }
                    })?
                }
                Found::Embedded(source) => {
                    let filename = format!("<frozen {}>", step.name);
                    crate::stdlib::compile_embedded(source, &filename)?
                }
                Found::Namespace(_) => {
                    self.bind_submodule(&step.name, id);
                    continue;
                }
            };
            return self.run_module_code(job, &step.name, id, &program);
        }
        let result = self
            .cached_module(&job.result)
            .ok_or_else(|| lookup::no_module(&job.result))?;
        Ok(Called::Value(Value::Obj(result)))
    }

    /// Runs a module's code as a frame above the job, which continues when it returns.
    fn run_module_code(
        &mut self,
        mut job: ImportJob,
        name: &str,
        id: ObjId,
        program: &Program,
    ) -> RunResult<Called> {
        let index = self.load(program);
        let code = CodeId {
            program: index,
            index: 0,
        };
        let frame = self.new_frame(code, id, Vec::new(), &[])?;
        job.running = Some((name.into(), id));
        if let Some(log) = self.import_log.as_deref_mut() {
            log.enter(name);
        }
        self.frames
            .push(Frame::Native(NativeFrame::Import(Box::new(job))));
        self.push_python(frame)?;
        Ok(Called::Pushed)
    }

    /// A module's code returned (`pending`): bind it and continue the job.
    pub(crate) fn resume_import(&mut self, mut job: ImportJob, pending: Pending) -> RunResult<()> {
        if let Some((name, id)) = job.running.take() {
            if let Some(log) = self.import_log.as_deref_mut() {
                log.leave();
            }
            if let Pending::Error(error) = pending {
                let _ = id;
                self.forget_module(&name);
                self.pending = Some(Pending::Error(error));
                return Ok(());
            }
            self.bind_submodule(&name, id);
        }
        match self.continue_import(job)? {
            Called::Value(v) => self.pending = Some(Pending::Value(v)),
            Called::Pushed => {}
            Called::Host(_) => return Err(RunError::internal("host call from an import")),
        }
        Ok(())
    }

    /// `os.path`: a module that its parent put in `sys.modules` (as an
    /// attribute) is registered under its dotted name.
    fn alias_submodule(&mut self, name: &str) -> bool {
        let Some((parent, child)) = name.rsplit_once('.') else {
            return false;
        };
        let Some(parent) = self.cached_module(parent) else {
            return false;
        };
        let sym = self.interner.intern(child);
        match self.module_attr(parent, sym) {
            Some(Value::Obj(id)) if matches!(self.heap.get(id), Object::Module(_)) => {
                self.modules.push(name.to_owned().into(), id);
                if let Some(log) = self.import_log.as_deref_mut() {
                    log.register(name, id, false);
                }
                true
            }
            _ => false,
        }
    }

    /// Sets a loaded submodule `a.b` as attribute `b` of its package `a`.
    fn bind_submodule(&mut self, name: &str, id: ObjId) {
        if let Some((parent, child)) = name.rsplit_once('.') {
            if let Some(parent) = self.cached_module(parent) {
                let sym = self.interner.intern(child);
                self.module_set(parent, sym, Value::Obj(id));
            }
        }
    }

    /// Finds `name` in the filesystem (below its package) or the embedded stdlib.
    fn find_module(&mut self, name: &str, parent: Option<&str>) -> RunResult<Found> {
        if let Some(parent) = parent {
            let parent_id = self.cached_module(parent);
            let path = self.interner.intern("__path__");
            if parent_id.and_then(|p| self.module_attr(p, path)).is_none() {
                return Err(lookup::not_a_package(name, parent));
            }
        }
        let dir = name.replace('.', "/");
        let init = format!("{dir}/__init__.py");
        if self.fs.is_file(&init) {
            return Ok(Found::Source {
                file: format!("/{init}"),
                package_dir: Some(format!("/{dir}")),
            });
        }
        let file = format!("{dir}.py");
        if self.fs.is_file(&file) {
            return Ok(Found::Source {
                file: format!("/{file}"),
                package_dir: None,
            });
        }
        if let Some(source) = crate::stdlib::python_source(name) {
            return Ok(Found::Embedded(source));
        }
        if self.fs.is_dir(&dir) {
            return Ok(Found::Namespace(format!("/{dir}")));
        }
        Err(lookup::no_module(name))
    }

    /// A new module object registered in `sys.modules`, with its dunders set.
    fn new_module(&mut self, name: &str, found: &Found) -> ObjId {
        let id = self.register_module(name);
        let is_package = matches!(
            found,
            Found::Source {
                package_dir: Some(_),
                ..
            } | Found::Namespace(_)
        );
        let package = if is_package {
            name.to_owned()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_owned())
                .unwrap_or_default()
        };
        let package = self.new_str(package);
        self.set_module_attr(id, "__package__", package);
        match found {
            Found::Source { file, package_dir } => {
                let file = self.new_str(file.clone());
                self.set_module_attr(id, "__file__", file);
                if let Some(dir) = package_dir {
                    let dir = self.new_str(dir.clone());
                    let path = self.new_list(vec![dir]);
                    self.set_module_attr(id, "__path__", path);
                }
            }
            Found::Namespace(dir) => {
                self.set_module_attr(id, "__file__", Value::None);
                let dir = self.new_str(dir.clone());
                let path = self.new_list(vec![dir]);
                self.set_module_attr(id, "__path__", path);
            }
            Found::Embedded(_) => {}
        }
        id
    }

    /// Sets global `name` of `module`.
    pub(crate) fn set_module_attr(&mut self, module: ObjId, name: &str, value: Value) {
        let sym = self.interner.intern(name);
        self.module_set(module, sym, value);
    }

    /// An empty module `name` (with `__name__`) registered in `sys.modules`.
    pub(crate) fn register_module(&mut self, name: &str) -> ObjId {
        let mut attrs = AttrMap::default();
        let dunder_name = self.interner.intern("__name__");
        let module_name = self.new_str(name.to_owned());
        attrs.set(dunder_name, module_name);
        let doc = self.interner.intern("__doc__");
        attrs.set(doc, Value::None);
        let id = self.heap.alloc(Object::Module(Module {
            name: name.into(),
            attrs,
        }));
        self.modules.push(name.to_owned().into(), id);
        if let Some(log) = self.import_log.as_deref_mut() {
            log.register(name, id, true);
        }
        self.sys_modules_add(name, id);
        id
    }

    /// A host module or a Rust stdlib module (with the Python source to run
    /// in its namespace, if it has some).
    fn builtin_module(&mut self, name: &str) -> RunResult<Option<(ObjId, Option<&'static str>)>> {
        if let Some(host) = self.host_modules.iter().find(|m| m.name == name).cloned() {
            let id = self.register_module(name);
            for function in &host.functions {
                let f = self.heap.alloc(Object::HostFunction(HostFunction {
                    module: name.into(),
                    name: function.as_str().into(),
                }));
                self.set_module_attr(id, function, Value::Obj(f));
            }
            if host.async_functions.is_empty() {
                return Ok(Some((id, None)));
            }
            let mut names = Vec::new();
            for function in &host.async_functions {
                let f = self.heap.alloc(Object::HostFunction(HostFunction {
                    module: name.into(),
                    name: function.as_str().into(),
                }));
                self.set_module_attr(id, function, Value::Obj(f));
                names.push(self.new_str(function.clone()));
            }
            let names = self.new_tuple(names);
            self.set_module_attr(id, "_pyex_async", names);
            return Ok(Some((id, Some(ASYNC_HOST_FUNCTIONS))));
        }
        let Some(native) = crate::stdlib::MODULES.iter().find(|m| m.name == name) else {
            return Ok(None);
        };
        let id = self.register_module(name);
        for (fname, builtin) in crate::builtins::module_functions(native.name) {
            let f = self.builtin_object(builtin);
            self.set_module_attr(id, fname, f);
        }
        for (cname, constant) in native.constants {
            let value = constant.value(self);
            self.set_module_attr(id, cname, value);
        }
        if let Some(init) = native.init {
            init(self, id)?;
        }
        Ok(Some((id, native.python)))
    }

    /// Imports a Rust stdlib module without Python code (for builtins that need one).
    pub(crate) fn import_native(&mut self, name: &str) -> RunResult<ObjId> {
        match self.builtin_module(name)? {
            Some((id, None)) => Ok(id),
            _ => Err(RunError::internal(format!("{name} is not a native module"))),
        }
    }

    /// `ImportFrom`: `module.name`, a submodule already in `sys.modules`, or CPython's `ImportError`.
    pub(crate) fn import_from(&mut self, module: Value, name: Symbol) -> RunResult<Value> {
        let Value::Obj(id) = module else {
            return Err(RunError::internal("import from a non-module"));
        };
        let Object::Module(m) = self.heap.get(id) else {
            return self.get_attr(module, name);
        };
        if let Some(v) = m.attrs.get(name) {
            return Ok(v);
        }
        let module_name = m.name.to_string();
        let text = self.interner.name(name).to_owned();
        if let Some(sub) = self.cached_module(&format!("{module_name}.{text}")) {
            return Ok(Value::Obj(sub));
        }
        let file_sym = self.interner.intern("__file__");
        let file = self.module_attr(id, file_sym);
        let location = file
            .and_then(|f| self.str_value(f))
            .unwrap_or_else(|| "unknown location".to_owned());
        let initializing = self.frames.iter().any(|f| {
            matches!(f, Frame::Native(NativeFrame::Import(job))
                if job.running.as_ref().is_some_and(|(_, m)| *m == id))
        });
        Err(lookup::cannot_import(
            &text,
            &module_name,
            &location,
            initializing,
        ))
    }

    /// `ImportStar`: binds the module's public names (`__all__`, else those
    /// not starting with `_`) in the current namespace.
    pub(crate) fn import_star(
        &mut self,
        module: Value,
        globals: ObjId,
        namespace: Option<ObjId>,
    ) -> RunResult<()> {
        let all_sym = self.interner.intern("__all__");
        let Some(Object::Module(m)) = module.as_obj().map(|id| self.heap.get(id)) else {
            return Err(RunError::internal("import * from a non-module"));
        };
        let pairs: Vec<(Symbol, Value)> = m.attrs.iter().collect();
        let all = pairs.iter().find(|(s, _)| *s == all_sym).map(|(_, v)| *v);
        let names: Vec<(Symbol, Value)> = match all {
            Some(all) => {
                let mut names = Vec::new();
                for item in self.iterate_sequence(all)? {
                    let text = self.str_value(item).ok_or_else(|| {
                        RunError::new(ExcKind::TypeError, "Item in __all__ must be str")
                    })?;
                    let sym = self.interner.intern(&text);
                    let value = self.import_from(module, sym)?;
                    names.push((sym, value));
                }
                names
            }
            None => pairs
                .into_iter()
                .filter(|(s, _)| !self.interner.name(*s).starts_with('_'))
                .collect(),
        };
        for (sym, value) in names {
            match namespace {
                Some(ns) => self.namespace_set(ns, sym, value),
                None => self.module_set(globals, sym, value),
            }
        }
        Ok(())
    }

    /// The items of a list or tuple (`__all__`).
    fn iterate_sequence(&self, v: Value) -> RunResult<Vec<Value>> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::List(items) | Object::Tuple(items)) => Ok(items.clone()),
            _ => Err(RunError::new(
                ExcKind::TypeError,
                format!("'{}' object is not iterable", self.type_name(v)),
            )),
        }
    }

    /// `<module 'm' from '/m.py'>`, `<module 'sys' (built-in)>`.
    pub(crate) fn module_repr(&mut self, id: ObjId) -> String {
        let Object::Module(m) = self.heap.get(id) else {
            return "<module>".to_owned();
        };
        let name = m.name.to_string();
        let [file, path] = ["__file__", "__path__"].map(|n| self.interner.intern(n));
        match (self.module_attr(id, file), self.module_attr(id, path)) {
            (Some(f), _) if self.str_value(f).is_some() => {
                let f = self.str_value(f).unwrap_or_default();
                format!("<module '{name}' from '{f}'>")
            }
            (_, Some(_)) => format!("<module '{name}' (namespace)>"),
            _ => format!("<module '{name}' (built-in)>"),
        }
    }

    /// Sets `__file__` of `__main__` to the program's filename.
    pub(crate) fn set_main_file(&mut self, main: ObjId, program: &Program) {
        let file = self.new_str(program.filename().to_owned());
        self.set_module_attr(main, "__file__", file);
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub(crate) fn builtin_import(vm: &mut Vm, _: Value, mut args: Args) -> RunResult<Called> {
    let given = args.positional.clone();
    let mut get = |i: usize, name: &str| {
        given
            .get(i)
            .copied()
            .or_else(|| args.take_keyword(vm, name))
    };
    let name = get(0, "name");
    let _ = (get(1, "globals"), get(2, "locals"));
    let fromlist = get(3, "fromlist");
    let level = get(4, "level");
    args.no_more_keywords(vm, "__import__")?;
    let Some(name) = name else {
        return Err(RunError::new(
            ExcKind::TypeError,
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    let text = vm.str_value(name).ok_or_else(|| {
        RunError::new(
            ExcKind::TypeError,
            format!(
                "__import__() argument 1 must be str, not {}",
                vm.type_name(name)
            ),
        )
    })?;
    if text.is_empty() {
        return Err(RunError::new(ExcKind::ValueError, "Empty module name"));
    }
    let level = match level {
        Some(Value::Int(l)) if l > 0 => {
            return Err(RunError::new(
                ExcKind::ImportError,
                format!("relative __import__ (level {l}) is not supported"),
            ))
        }
        _ => 0,
    };
    let names = match fromlist {
        Some(v @ Value::Obj(_)) => vm.collect_values(v)?,
        _ => Vec::new(),
    };
    let fromlist = vm.new_tuple(names);
    let spec = vm.new_tuple(vec![Value::Int(level), fromlist]);
    let sym = vm.interner.intern(&text);
    let main = vm.cached_module("__main__").unwrap_or(vm.builtins);
    vm.import_name(sym, spec, main)
}
