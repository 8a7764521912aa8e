//! The data attributes of builtin objects that CPython implements as
//! descriptors on their types: `__class__` and `__dict__` of every object,
//! `args`/`__cause__`/`__context__` of exceptions, `__closure__`/`__code__`/
//! `__defaults__` of functions, `fget` of properties, `__func__` of methods,
//! `cell_contents` of cells, `start` of slices.

use super::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::class::{Instance, Layout};
use crate::value::object::Object;
use crate::value::symbol::{AttrMap, Symbol};
use crate::value::{ObjId, Value};

/// The names [`Vm::function_attr`] answers (any other name copies nothing).
const FUNCTION_ATTRS: &[&str] = &[
    "__name__",
    "__qualname__",
    "__doc__",
    "__module__",
    "__globals__",
    "__defaults__",
    "__kwdefaults__",
    "__closure__",
    "__code__",
    "__annotations__",
];

impl Vm {
    /// Attributes that win over the instance `__dict__` (data descriptors of
    /// builtin types): `__class__`, `__dict__`, the exception fields.
    pub(crate) fn data_special_attr(
        &mut self,
        obj: Value,
        name: Symbol,
    ) -> RunResult<Option<Value>> {
        let text = self.interner.name(name);
        if text == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let Value::Obj(id) = obj else {
            return Ok(None);
        };
        if text == "__dict__" {
            if self.may_have_slots(id) && self.slot_names(self.type_of(obj)).is_some() {
                return Err(self.no_attribute_error(obj, name));
            }
            return self.instance_dict(id);
        }
        let Object::Exception(e) = self.heap.get(id) else {
            return Ok(None);
        };
        let (args, cause, context, suppress) =
            (e.args.clone(), e.cause, e.context, e.suppress_context);
        Ok(Some(match text {
            "args" => self.new_tuple(args),
            "__cause__" => cause.unwrap_or(Value::None),
            "__context__" => context.unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(suppress),
            "__traceback__" => self.traceback_of(id),
            _ => return Ok(None),
        }))
    }

    /// `e.args = ...`, `e.__cause__ = ...`: fields of exceptions; `true` when set.
    pub(crate) fn set_special_attr(
        &mut self,
        id: ObjId,
        name: Symbol,
        value: Value,
    ) -> RunResult<bool> {
        match self.interner.name(name) {
            "__class__" => return self.set_class_of(id, value).map(|()| true),
            "__dict__" => {
                return Err(RunError::new(
                    ExcKind::AttributeError,
                    "cannot replace __dict__ here",
                ))
            }
            _ => {}
        }
        // Only functions and exceptions have other settable fields (the
        // name is copied out for them alone).
        if !matches!(
            self.heap.get(id),
            Object::Function(_) | Object::Exception(_)
        ) {
            return Ok(false);
        }
        let text = self.interner.name(name).to_owned();
        if let Object::Function(_) = self.heap.get(id) {
            return self.set_function_attr(id, &text, value);
        }
        if !matches!(self.heap.get(id), Object::Exception(_)) {
            return Ok(false);
        }
        let items = if text == "args" {
            Some(self.collect_values(value)?)
        } else {
            None
        };
        // `exc.__traceback__ = tb` (contextlib restores the original traceback after a
        // generator re-raises): the entries of `tb`, stored in the exception's order.
        let traceback = match value.as_obj().map(|v| self.heap.get(v)) {
            _ if text != "__traceback__" => None,
            _ if value == Value::None => Some(Vec::new()),
            Some(Object::Traceback(entries)) => Some(entries.iter().rev().copied().collect()),
            _ => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "__traceback__ must be a traceback or None",
                ))
            }
        };
        let Some(Object::Exception(e)) = self.heap.get_mut(id) else {
            return Ok(false);
        };
        match text.as_str() {
            "args" => e.args = items.unwrap_or_default(),
            "__cause__" => {
                e.cause = (value != Value::None).then_some(value);
                e.suppress_context = true;
            }
            "__context__" => e.context = (value != Value::None).then_some(value),
            "__suppress_context__" => e.suppress_context = value == Value::Bool(true),
            "__traceback__" => e.traceback = traceback.unwrap_or_default(),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `f.__name__ = ...`, `f.__qualname__ = ...`, `f.__defaults__ = ...`: the function's own
    /// fields, which argument errors read (`namedtuple` renames its generated `__new__`).
    /// `true` when the value is fully stored; the names also go to `__dict__` (`false`).
    fn set_function_attr(&mut self, id: ObjId, text: &str, value: Value) -> RunResult<bool> {
        match text {
            "__name__" | "__qualname__" => {
                let Some(new) = self.str_value(value) else {
                    return Err(RunError::new(
                        ExcKind::TypeError,
                        format!("{text} must be set to a string object"),
                    ));
                };
                if let Some(Object::Function(f)) = self.heap.get_mut(id) {
                    if text == "__name__" {
                        f.name = new.into();
                    } else {
                        f.qualname = new.into();
                    }
                }
                Ok(false)
            }
            "__defaults__" => {
                let defaults = match value.as_obj().map(|v| self.heap.get(v)) {
                    _ if value == Value::None => Vec::new(),
                    Some(Object::Tuple(items)) => items.clone(),
                    _ => {
                        return Err(RunError::new(
                            ExcKind::TypeError,
                            "__defaults__ must be set to a tuple object",
                        ))
                    }
                };
                if let Some(Object::Function(f)) = self.heap.get_mut(id) {
                    f.defaults = defaults;
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `obj.__class__ = C`: allowed between user classes of plain instances.
    fn set_class_of(&mut self, id: ObjId, value: Value) -> RunResult<()> {
        let Some(new) = value.as_obj().filter(|c| self.class(*c).is_some()) else {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "__class__ must be set to a class, not '{}' object",
                    self.type_name(value)
                ),
            ));
        };
        let old = self.type_of(Value::Obj(id));
        let plain = |vm: &Vm, c: ObjId| {
            vm.is_user_class(c) && vm.class(c).is_some_and(|k| k.layout == Layout::Object)
        };
        if !plain(self, old) || !plain(self, new) {
            return Err(RunError::new(
                ExcKind::TypeError,
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if let Some(Object::Instance(inst)) = self.heap.get_mut(id) {
            inst.class = new;
        }
        Ok(())
    }

    /// Attributes of builtin objects looked up after the class: function,
    /// method, cell, property, slice and generator data.
    pub(crate) fn special_attr(&mut self, obj: Value, name: Symbol) -> RunResult<Option<Value>> {
        // An instance of a user class has none of these (its `__class__` and
        // `__dict__` are `data_special_attr`'s): a missing attribute of one
        // copies no name.
        if let Some(Object::Instance(_)) = obj.as_obj().map(|id| self.heap.get(id)) {
            return Ok(None);
        }
        let text = self.interner.name(name).to_owned();
        if let Some(v) = crate::builtins::data_attr(self, obj, &text) {
            return Ok(Some(v));
        }
        let Value::Obj(id) = obj else {
            return Ok(None);
        };
        if let Object::Function(_) = self.heap.get(id) {
            return self.function_attr(id, &text);
        }
        if let Object::Exception(_) = self.heap.get(id) {
            return Ok(self.exception_field(id, &text));
        }
        if let Object::Re(_) = self.heap.get(id) {
            return crate::stdlib::re::objects::attribute(self, id, &text);
        }
        if let Object::File(_) = self.heap.get(id) {
            return Ok(crate::stdlib::io::methods::attribute(self, id, &text));
        }
        if let Object::Traceback(_) = self.heap.get(id) {
            return Ok(self.traceback_attr(id, &text));
        }
        Ok(Some(match (self.heap.get(id), text.as_str()) {
            (Object::Complex(re, _), "real") => Value::Float(*re),
            (Object::Complex(_, im), "imag") => Value::Float(*im),
            (Object::Slice(s), "start") => s.start,
            (Object::Slice(s), "stop") => s.stop,
            (Object::Slice(s), "step") => s.step,
            (Object::BoundMethod(m), "__self__") => m.receiver,
            (Object::BoundMethod(m), "__func__") => m.function,
            (Object::BoundMethod(m), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
                let f = m.function;
                return match self.get_attr(f, name) {
                    Ok(v) => Ok(Some(v)),
                    Err(_) => Ok(None),
                };
            }
            (Object::Cell(Some(v)), "cell_contents") => *v,
            (Object::Cell(None), "cell_contents") => {
                return Err(RunError::new(ExcKind::ValueError, "Cell is empty"))
            }
            (Object::Property(p), "fget") => p.fget,
            (Object::Property(p), "fset") => p.fset,
            (Object::Property(p), "fdel") => p.fdel,
            (Object::Property(p), "__doc__") if p.doc != Value::None => p.doc,
            (Object::Property(p), "__doc__") => {
                let fget = p.fget;
                return Ok(Some(self.doc_of(fget)));
            }
            (Object::StaticMethod(f) | Object::ClassMethod(f), "__func__" | "__wrapped__") => *f,
            (Object::Property(p), "__isabstractmethod__") => {
                let fget = p.fget;
                return self.is_abstract(fget).map(|b| Some(Value::Bool(b)));
            }
            (Object::StaticMethod(f) | Object::ClassMethod(f), "__isabstractmethod__") => {
                let f = *f;
                return self.is_abstract(f).map(|b| Some(Value::Bool(b)));
            }
            (Object::Generator(g), "__name__") => {
                let name = g.name.to_string();
                self.new_str(name)
            }
            (Object::Generator(g), "__qualname__") => {
                let name = g.qualname.to_string();
                self.new_str(name)
            }
            (Object::Builtin(b), "__name__" | "__qualname__") => {
                let full = crate::builtins::name(*b);
                let short = if text == "__name__" {
                    full.rsplit('.').next().unwrap_or_default().to_owned()
                } else {
                    full
                };
                self.new_str(short)
            }
            (Object::Builtin(_), "__doc__") => Value::None,
            // Other attributes of a bound method are its function's (`method_getattro`),
            // e.g. a flag a decorator set: `unittest.expectedFailure`.
            (Object::BoundMethod(m), _) => {
                let f = m.function;
                return Ok(self.get_attr(f, name).ok());
            }
            _ => return Ok(None),
        }))
    }

    /// The fields exceptions of some classes have beyond `args`:
    /// `StopIteration.value`, `SystemExit.code`, `OSError.errno`, ...
    fn exception_field(&mut self, id: ObjId, text: &str) -> Option<Value> {
        let Object::Exception(e) = self.heap.get(id) else {
            return None;
        };
        if text == "value" && e.kind.is_subclass_of(ExcKind::StopIteration) {
            return Some(e.args.first().copied().unwrap_or(Value::None));
        }
        if text == "code" && e.kind.is_subclass_of(ExcKind::SystemExit) {
            let args = e.args.clone();
            return Some(match args.as_slice() {
                [] => Value::None,
                [one] => *one,
                _ => self.new_tuple(args),
            });
        }
        if let Some(value) = unicode_error_field(e, text) {
            return Some(value);
        }
        let os_field = matches!(text, "errno" | "strerror" | "filename" | "filename2");
        if os_field && e.kind.is_subclass_of(ExcKind::OSError) {
            return Some(Value::None);
        }
        if matches!(text, "name" | "path" | "msg") && e.kind.is_subclass_of(ExcKind::ImportError) {
            let message = e.args.first().and_then(|m| self.str_value(*m));
            return Some(match (text, message) {
                ("msg", Some(m)) => self.new_str(m),
                ("name", Some(m)) => match import_error_module(&m) {
                    Some(module) => self.new_str(module.to_owned()),
                    None => Value::None,
                },
                _ => Value::None,
            });
        }
        if matches!(text, "name" | "obj")
            && (e.kind.is_subclass_of(ExcKind::NameError)
                || e.kind.is_subclass_of(ExcKind::AttributeError))
        {
            return Some(Value::None);
        }
        None
    }

    /// `__doc__` of a function (or `None`).
    fn doc_of(&mut self, f: Value) -> Value {
        if f == Value::None {
            return Value::None;
        }
        let doc = self.interner.intern("__doc__");
        self.get_attr(f, doc).unwrap_or(Value::None)
    }

    /// `getattr(f, "__isabstractmethod__", False)`.
    pub(crate) fn is_abstract(&mut self, f: Value) -> RunResult<bool> {
        if f == Value::None {
            return Ok(false);
        }
        let sym = self.interner.intern("__isabstractmethod__");
        match self.get_attr(f, sym) {
            Ok(v) => self.truthy(v),
            Err(e) if self.error_matches(&e, ExcKind::AttributeError) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The attributes of a Python function that are not in its `__dict__`.
    fn function_attr(&mut self, id: ObjId, text: &str) -> RunResult<Option<Value>> {
        let Object::Function(f) = self.heap.get(id) else {
            return Ok(None);
        };
        if !FUNCTION_ATTRS.contains(&text) {
            return Ok(None);
        }
        let (code_id, defaults, kwdefaults, closure, globals) = (
            f.code,
            f.defaults.clone(),
            f.kwdefaults.clone(),
            f.closure.clone(),
            f.globals,
        );
        let (fname, qualname) = (f.name.to_string(), f.qualname.to_string());
        Ok(Some(match text {
            "__name__" => self.new_str(fname),
            "__qualname__" => self.new_str(qualname),
            "__doc__" => Value::None,
            "__module__" => self.module_name_of(globals),
            "__globals__" => self.instance_dict(globals)?.unwrap_or(Value::None),
            "__defaults__" if defaults.is_empty() => Value::None,
            "__defaults__" => self.new_tuple(defaults),
            "__kwdefaults__" => self.kwdefaults_dict(code_id, kwdefaults)?,
            "__closure__" if closure.is_empty() => Value::None,
            "__closure__" => self.new_tuple(closure.into_iter().map(Value::Obj).collect()),
            "__code__" => self.code_object(code_id)?,
            "__annotations__" => {
                let d = self.new_dict();
                let sym = self.interner.intern("__annotations__");
                if let Some(Object::Function(f)) = self.heap.get_mut(id) {
                    f.attrs.set(sym, d);
                }
                d
            }
            _ => return Ok(None),
        }))
    }

    /// The attributes a new function starts with: `__annotations__` (when
    /// the `def` had any) and `__doc__` (its docstring).
    pub(crate) fn function_attrs(
        &mut self,
        annotations: Option<Value>,
        doc: Option<&str>,
    ) -> AttrMap {
        let mut attrs = AttrMap::default();
        if let Some(a) = annotations {
            attrs.set(self.interner.intern("__annotations__"), a);
        }
        if let Some(d) = doc {
            let doc = self.new_str(d.to_owned());
            attrs.set(self.interner.intern("__doc__"), doc);
        }
        attrs
    }

    /// `__name__` of the module whose globals are `globals`.
    fn module_name_of(&mut self, globals: ObjId) -> Value {
        let name = self.interner.intern("__name__");
        match self.heap.get(globals) {
            Object::Module(m) => m.attrs.get(name).unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    /// `f.__kwdefaults__`: a dict of the keyword-only defaults, or `None`.
    fn kwdefaults_dict(
        &mut self,
        code_id: crate::compile::CodeId,
        kwdefaults: Vec<Option<Value>>,
    ) -> RunResult<Value> {
        if kwdefaults.iter().all(Option::is_none) {
            return Ok(Value::None);
        }
        let program = self.program_of(code_id)?;
        let code = Vm::code_in(&program, code_id)?;
        let first = code.params.positional as usize;
        let names: Vec<String> = code
            .varnames
            .iter()
            .skip(first)
            .map(ToString::to_string)
            .collect();
        let d = self.new_dict();
        for (name, default) in names.into_iter().zip(kwdefaults) {
            if let Some(v) = default {
                let key = self.new_str(name);
                self.dict_set(d, key, v)?;
            }
        }
        Ok(d)
    }

    /// `f.__code__`: an object of class `code` with the basic `co_*` fields.
    fn code_object(&mut self, code_id: crate::compile::CodeId) -> RunResult<Value> {
        let program = self.program_of(code_id)?;
        let code = Vm::code_in(&program, code_id)?;
        let p = &code.params;
        let argcount = p.positional;
        let nlocals = code.varnames.len();
        let varnames: Vec<String> = code.varnames.iter().map(ToString::to_string).collect();
        let freevars: Vec<String> = code.freevars.iter().map(ToString::to_string).collect();
        let (name, qualname) = (code.name.to_string(), code.qualname.to_string());
        let flags = code_flags(code);
        let line = code
            .spans
            .first()
            .map_or(1, |s| self.line_of(code_id, s.start));
        let mut attrs = AttrMap::default();
        let mut set = |vm: &mut Vm, key: &str, value: Value| {
            let sym = vm.interner.intern(key);
            attrs.set(sym, value);
        };
        let name_value = self.new_str(name);
        set(self, "co_name", name_value);
        let qualname_value = self.new_str(qualname);
        set(self, "co_qualname", qualname_value);
        set(self, "co_argcount", Value::Int(i64::from(argcount)));
        set(self, "co_posonlyargcount", Value::Int(i64::from(p.posonly)));
        set(self, "co_kwonlyargcount", Value::Int(i64::from(p.kwonly)));
        set(self, "co_nlocals", Value::Int(nlocals as i64));
        set(self, "co_flags", Value::Int(flags));
        set(self, "co_firstlineno", Value::Int(i64::from(line)));
        let names: Vec<Value> = varnames.into_iter().map(|n| self.new_str(n)).collect();
        let names = self.new_tuple(names);
        set(self, "co_varnames", names);
        let free: Vec<Value> = freevars.into_iter().map(|n| self.new_str(n)).collect();
        let free = self.new_tuple(free);
        set(self, "co_freevars", free);
        let filename = self.new_str(program.filename().to_owned());
        set(self, "co_filename", filename);
        let mut instance = Instance::new(self.types.code);
        instance.attrs = attrs;
        Ok(Value::Obj(self.heap.alloc(Object::Instance(instance))))
    }

    /// Module attributes that are not globals: `__dict__`.
    pub(crate) fn module_special_attr(
        &mut self,
        id: ObjId,
        name: Symbol,
    ) -> RunResult<Option<Value>> {
        match self.interner.name(name) {
            "__dict__" => self.instance_dict(id),
            "__class__" => Ok(Some(Value::Obj(self.types.module))),
            _ => Ok(None),
        }
    }
}

/// `co_flags`: `CO_OPTIMIZED | CO_NEWLOCALS` for functions, `CO_VARARGS`,
/// `CO_VARKEYWORDS`, and the generator kind (`CO_GENERATOR`, `CO_COROUTINE`,
/// `CO_ASYNC_GENERATOR`), which `inspect.iscoroutinefunction` reads.
fn code_flags(code: &crate::compile::code::Code) -> i64 {
    use crate::compile::code::{CodeKind, GenKind};
    let mut flags = 0;
    if code.kind == CodeKind::Function {
        flags |= 0x1 | 0x2;
    }
    if code.params.varargs {
        flags |= 0x4;
    }
    if code.params.varkw {
        flags |= 0x8;
    }
    if code.is_generator {
        flags |= match code.gen_kind {
            GenKind::Generator => 0x20,
            GenKind::Coroutine => 0x80,
            GenKind::AsyncGenerator => 0x200,
        };
    }
    flags
}

/// The module an import error names (`ImportError.name`), read back from the messages the
/// import system raises: `No module named 'x'` and `cannot import name 'n' from 'm' (...)`.
fn import_error_module(message: &str) -> Option<&str> {
    let rest = message
        .strip_prefix("No module named '")
        .or_else(|| {
            message
                .strip_prefix("cannot import name '")
                .and_then(|r| r.split_once("' from '").map(|(_, m)| m))
        })
        .or_else(|| {
            message
                .split_once("from partially initialized module '")
                .map(|(_, m)| m)
        })?;
    rest.split_once('\'').map(|(module, _)| module)
}

/// `UnicodeEncodeError`/`UnicodeDecodeError`'s `encoding`, `object`,
/// `start`, `end` and `reason` (its five `args`), `UnicodeTranslateError`'s
/// last four (its `encoding` is `None`).
fn unicode_error_field(e: &crate::value::exception::Exception, text: &str) -> Option<Value> {
    let names = ["encoding", "object", "start", "end", "reason"];
    let at = names.iter().position(|n| *n == text)?;
    if e.kind.is_subclass_of(ExcKind::UnicodeTranslateError) && e.args.len() == 4 {
        return if at == 0 {
            Some(Value::None)
        } else {
            e.args.get(at - 1).copied()
        };
    }
    let coded = e.kind.is_subclass_of(ExcKind::UnicodeEncodeError)
        || e.kind.is_subclass_of(ExcKind::UnicodeDecodeError);
    (coded && e.args.len() == 5)
        .then(|| e.args.get(at).copied())
        .flatten()
}
