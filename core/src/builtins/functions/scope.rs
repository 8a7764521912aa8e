//! Builtins that see the caller's scope or run source text: `eval`, `exec`,
//! `globals`, `locals`, `dir`, `vars`.
//!
//! `eval`/`exec` compile the source as a program named `<string>` and run its
//! module code in a nested loop. Its globals are the caller's module (plain
//! `exec(src)` at module level) or a fresh module filled from the given dicts,
//! whose names are copied back into them afterwards. `globals()` and
//! `locals()` return snapshots: writing to them does not rebind variables.

use crate::compile::code::CodeKind;
use crate::compile::CodeId;
use crate::eval::call::{Args, Called};
use crate::eval::frame::Frame;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::{Module, Object};
use crate::value::symbol::{AttrMap, Symbol};
use crate::value::{ObjId, Value};

use super::compile::{compile_source, compiled_of, Compiled, RESULT};

/// <https://docs.python.org/3/library/functions.html#eval>
pub(crate) fn builtin_eval(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    run_source(vm, &args, "eval")
}

/// <https://docs.python.org/3/library/functions.html#exec>
pub(crate) fn builtin_exec(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    run_source(vm, &args, "exec")
}

fn run_source(vm: &mut Vm, args: &Args, mode: &'static str) -> RunResult<Value> {
    let bound = args.bind(vm, mode, &["source", "globals", "locals"], 1)?;
    let source = bound[0].unwrap_or(Value::None);
    let globals = bound[1].filter(|v| *v != Value::None);
    let locals = bound[2].filter(|v| *v != Value::None);
    let compiled = compiled_of(vm, source);
    let text = match (&compiled, vm.str_value(source), vm.buffer(source)) {
        (Some(_), _, _) => String::new(),
        (None, Some(t), _) => t,
        (None, None, Some(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!("{mode}() arg 1 must be a string, bytes or code object"),
            ));
        }
    };
    for (v, what) in [(globals, "globals"), (locals, "locals")] {
        if let Some(v) = v {
            if !matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Dict(_))) {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!("{mode}() {what} must be a dict, not {}", vm.type_name(v)),
                ));
            }
        }
    }
    let compiled = match compiled {
        Some(c) => c,
        None => {
            let program = compile_source(vm, &text, mode, "<string>")?;
            Compiled {
                program: vm.load(&program),
                mode,
            }
        }
    };
    let caller = caller_scope(vm);
    let direct =
        mode == "exec" && globals.is_none() && caller.as_ref().is_some_and(|c| c.is_module);
    let module = match (direct, &caller) {
        (true, Some(c)) => c.globals,
        _ => temp_module(vm, globals, locals, caller.as_ref())?,
    };
    let code = CodeId {
        program: compiled.program,
        index: 0,
    };
    let frame = vm.new_frame(code, module, Vec::new(), &[])?;
    vm.run_nested(|vm| {
        vm.push_python(frame)?;
        Ok(Called::Pushed)
    })?;
    let result_sym = vm.interner.intern(RESULT);
    let result = match vm.heap.get(module) {
        Object::Module(m) if compiled.mode != "exec" => m.attrs.get(result_sym),
        _ => None,
    };
    if let Some(Object::Module(m)) = vm.heap.get_mut(module) {
        m.attrs.remove(result_sym);
    }
    if !direct {
        write_back(vm, module, globals, locals)?;
    }
    match (compiled.mode, result) {
        ("eval", Some(v)) => Ok(v),
        ("single", Some(v)) if v != Value::None => {
            let mut shown = vm.repr(v)?;
            shown.push('\n');
            vm.write_to(None, &shown)?;
            Ok(Value::None)
        }
        _ => Ok(Value::None),
    }
}

/// What `globals()`/`locals()`/`dir()` see of the calling frame.
struct CallerScope {
    globals: ObjId,
    is_module: bool,
    /// The caller's local names and values (function frames), in slot order.
    locals: Vec<(String, Value)>,
}

/// The innermost Python frame on the stack: the builtin's caller.
fn caller_scope(vm: &Vm) -> Option<CallerScope> {
    let frame = vm.frames.iter().rev().find_map(|f| match f {
        Frame::Python(p) => Some(p),
        Frame::Native(_) => None,
    })?;
    let program = vm.program_of(frame.code).ok()?;
    let code = Vm::code_in(&program, frame.code).ok()?;
    if let Some(ns) = frame.namespace {
        let locals = match vm.heap.get(ns) {
            Object::Namespace(attrs) => attrs
                .iter()
                .map(|(k, v)| (vm.interner.name(k).to_owned(), v))
                .collect(),
            _ => Vec::new(),
        };
        return Some(CallerScope {
            globals: frame.globals,
            is_module: false,
            locals,
        });
    }
    let is_module = code.kind == CodeKind::Module;
    let mut locals = Vec::new();
    if !is_module {
        for (name, value) in code.varnames.iter().zip(&frame.locals) {
            if let Some(v) = value {
                locals.push((name.to_string(), *v));
            }
        }
        let cells = code.cellvars.iter().chain(code.freevars.iter());
        for (name, cell) in cells.zip(&frame.cells) {
            if let Object::Cell(Some(v)) = vm.heap.get(*cell) {
                if !locals.iter().any(|(n, _)| n == &**name) {
                    locals.push((name.to_string(), *v));
                }
            }
        }
    }
    Some(CallerScope {
        globals: frame.globals,
        is_module,
        locals,
    })
}

/// A module holding the names `eval`/`exec` code sees.
fn temp_module(
    vm: &mut Vm,
    globals: Option<Value>,
    locals: Option<Value>,
    caller: Option<&CallerScope>,
) -> RunResult<ObjId> {
    let mut attrs = AttrMap::default();
    let fill = |vm: &mut Vm, attrs: &mut AttrMap, dict: Value| -> RunResult<()> {
        for (k, v) in vm.dict_entries(dict)? {
            if let Some(name) = vm.str_value(k) {
                let sym = vm.interner.intern(&name);
                attrs.set(sym, v);
            }
        }
        Ok(())
    };
    match globals {
        Some(g) => fill(vm, &mut attrs, g)?,
        None => {
            if let Some(c) = caller {
                if let Object::Module(m) = vm.heap.get(c.globals) {
                    attrs = m.attrs.clone();
                }
                for (name, v) in &c.locals {
                    let sym = vm.interner.intern(name);
                    attrs.set(sym, *v);
                }
            }
        }
    }
    if let Some(l) = locals {
        fill(vm, &mut attrs, l)?;
    }
    Ok(vm.heap.alloc(Object::Module(Module {
        name: "__main__".into(),
        attrs,
    })))
}

/// Copies what the code left in `module` back into the given dicts (locals
/// first, like CPython's `STORE_NAME`), adding `__builtins__` to globals.
fn write_back(
    vm: &mut Vm,
    module: ObjId,
    globals: Option<Value>,
    locals: Option<Value>,
) -> RunResult<()> {
    let Some(target) = locals.or(globals) else {
        return Ok(());
    };
    let entries: Vec<(String, Value)> = match vm.heap.get(module) {
        Object::Module(m) => m
            .attrs
            .iter()
            .map(|(k, v)| (vm.interner.name(k).to_owned(), v))
            .filter(|(k, _)| k != RESULT)
            .collect(),
        _ => Vec::new(),
    };
    if let Some(g) = globals {
        let key = vm.new_str("__builtins__".to_owned());
        if vm
            .dict_get(g.as_obj().unwrap_or(ObjId::NULL), key)?
            .is_none()
        {
            let builtins = Value::Obj(vm.builtins);
            vm.dict_set(g, key, builtins)?;
        }
    }
    let original: Vec<(String, Value)> = match (locals, globals) {
        (Some(_), Some(g)) => vm
            .dict_entries(g)?
            .into_iter()
            .filter_map(|(k, v)| vm.str_value(k).map(|k| (k, v)))
            .collect(),
        _ => Vec::new(),
    };
    for (name, value) in entries {
        let from_globals = original.iter().any(|(k, v)| *k == name && v.is(value));
        if from_globals {
            continue;
        }
        let key = vm.new_str(name);
        vm.dict_set(target, key, value)?;
    }
    Ok(())
}

/// A dict of `(name, value)` pairs.
fn names_dict(vm: &mut Vm, names: Vec<(String, Value)>) -> RunResult<Value> {
    let d = vm.new_dict();
    for (k, v) in names {
        let key = vm.new_str(k);
        vm.dict_set(d, key, v)?;
    }
    Ok(d)
}

fn module_names(vm: &Vm, module: ObjId) -> Vec<(String, Value)> {
    match vm.heap.get(module) {
        Object::Module(m) => m
            .attrs
            .iter()
            .map(|(k, v)| (vm.interner.name(k).to_owned(), v))
            .collect(),
        _ => Vec::new(),
    }
}

/// <https://docs.python.org/3/library/functions.html#globals>
pub(crate) fn builtin_globals(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("globals")?;
    match caller_scope(vm) {
        Some(c) => vm.globals_dict(c.globals),
        None => vm.globals_dict(vm.builtins),
    }
}

/// <https://docs.python.org/3/library/functions.html#locals>
pub(crate) fn builtin_locals(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("locals")?;
    if let Some(c) = caller_scope(vm).filter(|c| c.is_module) {
        return vm.globals_dict(c.globals);
    }
    let names = scope_names(vm);
    names_dict(vm, names)
}

/// The caller's local names (its module's names at module level).
fn scope_names(vm: &Vm) -> Vec<(String, Value)> {
    match caller_scope(vm) {
        Some(c) if c.is_module => module_names(vm, c.globals),
        Some(c) => c.locals,
        None => Vec::new(),
    }
}

/// <https://docs.python.org/3/library/functions.html#dir>
pub(crate) fn builtin_dir(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("dir", 0, 1)?.to_vec();
    let mut names: Vec<String> = match parts.first() {
        None => scope_names(vm).into_iter().map(|(k, _)| k).collect(),
        Some(obj) => vm.attribute_names(*obj)?,
    };
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// <https://docs.python.org/3/library/functions.html#vars>
pub(crate) fn builtin_vars(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("vars", 0, 1)?.to_vec();
    let Some(&v) = parts.first() else {
        let names = scope_names(vm);
        return names_dict(vm, names);
    };
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Module(_)) => {
            let names = module_names(vm, v.as_obj().unwrap_or(ObjId::NULL));
            return names_dict(vm, names);
        }
        Some(Object::Class(c)) => {
            let names: Vec<(String, Value)> = c
                .attrs
                .iter()
                .map(|(k, v)| (vm.interner.name(k).to_owned(), v))
                .collect();
            return names_dict(vm, names);
        }
        _ => {}
    }
    let sym = vm.interner.intern("__dict__");
    vm.get_attr(v, sym).map_err(|_| {
        RunError::new(
            ExcKind::TypeError,
            "vars() argument must have __dict__ attribute",
        )
    })
}

impl Vm {
    /// The names `dir(obj)` lists: instance attributes, then everything along
    /// the class's MRO, then the builtin methods of builtin types.
    pub(crate) fn attribute_names(&mut self, obj: Value) -> RunResult<Vec<String>> {
        let mut names: Vec<String> = Vec::new();
        let mut classes = Vec::new();
        match obj.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Module(m)) => {
                names.extend(
                    m.attrs
                        .iter()
                        .map(|(k, _)| self.interner.name(k).to_owned()),
                );
                return Ok(names);
            }
            Some(Object::Instance(_) | Object::Exception(_) | Object::Function(_)) => {
                let id = obj.as_obj().unwrap_or(ObjId::NULL);
                names.extend(self.own_attr_names(id));
                classes.push(self.type_of(obj));
            }
            Some(Object::Class(_)) => classes.push(obj.as_obj().unwrap_or(ObjId::NULL)),
            _ => classes.push(self.type_of(obj)),
        }
        for class in classes {
            let mro = self.class(class).map(|c| c.mro.clone()).unwrap_or_default();
            for k in mro {
                let Some(c) = self.class(k) else { continue };
                names.extend(
                    c.attrs
                        .iter()
                        .map(|(s, _)| self.interner.name(s).to_owned()),
                );
                if c.builtin {
                    let module = c.name.to_string();
                    names.extend(
                        crate::builtins::module_functions(&module)
                            .into_iter()
                            .map(|(n, _)| n.to_owned()),
                    );
                    names.extend(OBJECT_DUNDERS.iter().map(|s| (*s).to_owned()));
                    names.extend(data_attr_names(&module).iter().map(|s| (*s).to_owned()));
                    names.extend(exception_fields(&module).iter().map(|s| (*s).to_owned()));
                }
            }
        }
        Ok(names)
    }
}

/// The fields (member and getset descriptors) builtin exception class
/// `name` adds for `dir()`, as CPython lists them.
fn exception_fields(name: &str) -> &'static [&'static str] {
    const UNICODE: &[&str] = &["encoding", "end", "object", "reason", "start"];
    match name {
        "BaseException" => &[
            "__cause__",
            "__context__",
            "__dict__",
            "__setstate__",
            "__suppress_context__",
            "__traceback__",
            "args",
        ],
        "OSError" => &[
            "characters_written",
            "errno",
            "filename",
            "filename2",
            "strerror",
        ],
        "StopIteration" => &["value"],
        "SystemExit" => &["code"],
        "ImportError" => &["msg", "name", "path"],
        "NameError" => &["name"],
        "AttributeError" => &["name", "obj"],
        "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError" => UNICODE,
        _ => &[],
    }
}

/// The data attributes (getset descriptors) of builtin type `module`.
fn data_attr_names(module: &str) -> &'static [&'static str] {
    match module {
        "int" => &["denominator", "imag", "numerator", "real"],
        "float" | "complex" => &["imag", "real"],
        "range" | "slice" => &["start", "step", "stop"],
        _ => &[],
    }
}

impl Vm {
    /// The error for setting or deleting attribute `name` that `obj` does not
    /// have as a settable one: a builtin data attribute is not writable
    /// (`(1).real = 2`), anything else is missing.
    pub(crate) fn unsettable_attr_error(&mut self, obj: Value, name: Symbol) -> RunError {
        let type_name = self.type_name(obj);
        let owner = if type_name == "bool" {
            "int"
        } else {
            type_name.as_str()
        };
        let attr = self.interner.name(name);
        if data_attr_names(owner).contains(&attr) {
            return RunError::new(
                ExcKind::AttributeError,
                format!("attribute '{attr}' of '{owner}' objects is not writable"),
            );
        }
        self.no_attribute_error(obj, name)
    }
}

/// The special methods every object has (`dir(object())`).
const OBJECT_DUNDERS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];
