//! Descriptors and `super`: `property`, `staticmethod`, `classmethod`, and
//! attribute lookup through `super()` (zero-argument form via the caller's
//! `__class__` cell and first argument).

use super::frame::Frame;
use super::vm::Vm;
use crate::compile::code::Code;
use crate::exc::{lookup, ExcKind, RunError, RunResult};
use crate::value::function::BoundMethod;
use crate::value::object::Object;
use crate::value::symbol::Symbol;
use crate::value::{ObjId, Value};

impl Vm {
    /// Calls a user hook or descriptor method (`__get__`, `__getattr__`,
    /// property getters, ...) to completion. All attribute-protocol callbacks
    /// go through here, so making them resumable later is one change.
    pub(crate) fn call_hook(&mut self, f: Value, args: Vec<Value>) -> RunResult<Value> {
        self.call_nested(f, args)
    }

    /// Whether `attr` (found on a type) is a data descriptor: a `property`, or
    /// an object whose type defines `__set__` or `__delete__`.
    pub(crate) fn is_data_descriptor(&mut self, attr: Value) -> bool {
        let Value::Obj(id) = attr else {
            return false;
        };
        match self.heap.get(id) {
            Object::Property(_) => true,
            Object::Instance(_) => {
                let class = self.type_of(attr);
                let (set, delete) = (
                    self.interner.intern_static("__set__"),
                    self.interner.intern_static("__delete__"),
                );
                self.type_attr(class, set).is_some() || self.type_attr(class, delete).is_some()
            }
            _ => false,
        }
    }

    /// `attr.__get__(obj, class)` for a class attribute `attr` read through
    /// `obj` (an instance, or `None` when read on the class itself).
    pub(crate) fn descr_get(
        &mut self,
        attr: Value,
        obj: Option<Value>,
        class: ObjId,
    ) -> RunResult<Value> {
        let Value::Obj(id) = attr else {
            return Ok(attr);
        };
        Ok(match (self.heap.get(id), obj) {
            (Object::Function(_) | Object::Builtin(_), Some(receiver)) => {
                self.bind_method(attr, receiver)
            }
            (Object::StaticMethod(f), _) => *f,
            (Object::ClassMethod(f), _) => {
                let f = *f;
                self.bound(f, Value::Obj(class))
            }
            (Object::Property(p), Some(receiver)) => {
                let fget = p.fget;
                if fget == Value::None {
                    let name = self.property_name(attr);
                    return Err(crate::exc::lookup::property_no_getter(
                        name.as_deref(),
                        &self.type_qualname(receiver),
                    ));
                }
                return self.call_hook(fget, vec![receiver]);
            }
            (Object::Instance(_), _) => {
                let get = self.interner.intern_static("__get__");
                let Some(f) = self.lookup_type_attr(self.type_of(attr), get) else {
                    return Ok(attr);
                };
                let obj = obj.unwrap_or(Value::None);
                return self.call_hook(f, vec![attr, obj, Value::Obj(class)]);
            }
            _ => attr,
        })
    }

    /// `attr.__set__(obj, value)` (or `attr.__delete__(obj)` when `value` is
    /// `None`) for a data descriptor `attr` found on `obj`'s type.
    pub(crate) fn descr_set(
        &mut self,
        attr: Value,
        obj: Value,
        value: Option<Value>,
    ) -> RunResult<()> {
        if let Some(Object::Property(p)) = attr.as_obj().map(|id| self.heap.get(id)) {
            let f = if value.is_some() { p.fset } else { p.fdel };
            if f == Value::None {
                let pname = self.property_name(attr);
                let type_name = self.type_qualname(obj);
                return Err(if value.is_some() {
                    crate::exc::lookup::property_no_setter(pname.as_deref(), &type_name)
                } else {
                    crate::exc::lookup::property_no_deleter(pname.as_deref(), &type_name)
                });
            }
            let mut args = vec![obj];
            args.extend(value);
            return self.call_hook(f, args).map(drop);
        }
        let hook = self.interner.intern(if value.is_some() {
            "__set__"
        } else {
            "__delete__"
        });
        match self.lookup_type_attr(self.type_of(attr), hook) {
            Some(f) => {
                let mut args = vec![attr, obj];
                args.extend(value);
                self.call_hook(f, args).map(drop)
            }
            None => Err(RunError::new(
                ExcKind::AttributeError,
                if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                },
            )),
        }
    }

    /// The name a property was given by `__set_name__`, for error messages.
    pub(crate) fn property_name(&self, prop: Value) -> Option<String> {
        match prop.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Property(p)) => p.name.map(|n| self.interner.name(n).to_owned()),
            _ => None,
        }
    }

    /// `type(obj).__qualname__`.
    pub(crate) fn type_qualname(&self, obj: Value) -> String {
        self.class(self.type_of(obj))
            .map(|c| c.qualname.to_string())
            .unwrap_or_default()
    }

    /// A class attribute read through an instance: Python functions and
    /// methods of builtin types become bound methods; builtin functions
    /// (`len`, `time.localtime`: CPython's `builtin_function_or_method` has
    /// no `__get__`) and everything else are returned as is.
    pub(crate) fn bind_method(&mut self, attr: Value, receiver: Value) -> Value {
        let binds = match attr.as_obj().map(|f| self.heap.get(f)) {
            Some(Object::Function(f)) => !f.native,
            Some(Object::Builtin(_)) => {
                !crate::builtins::is_static_builtin(self, attr)
                    && !crate::builtins::is_builtin_function(self, attr)
            }
            _ => false,
        };
        if binds {
            self.bound(attr, receiver)
        } else {
            attr
        }
    }

    /// A bound method object.
    pub(crate) fn bound(&mut self, function: Value, receiver: Value) -> Value {
        Value::Obj(
            self.heap
                .alloc(Object::BoundMethod(BoundMethod { receiver, function })),
        )
    }

    /// `super(class, obj).name`.
    pub(crate) fn super_attr(
        &mut self,
        class: ObjId,
        obj: Value,
        name: Symbol,
    ) -> RunResult<Value> {
        let start_type = match obj.as_obj() {
            Some(id) if self.class(id).is_some() && self.is_subclass(id, class) => id,
            _ => self.type_of(obj),
        };
        let mro = self
            .class(start_type)
            .map(|c| c.mro.clone())
            .unwrap_or_default();
        let after = mro
            .iter()
            .position(|c| *c == class)
            .map_or(mro.len(), |i| i + 1);
        let instance = (start_type != obj.as_obj().unwrap_or(start_type)).then_some(obj);
        for k in mro.get(after..).unwrap_or_default() {
            let found = self.class(*k).and_then(|c| c.attrs.get(name));
            if let Some(attr) = found {
                return self.descr_get(attr, instance, start_type);
            }
            if self.class(*k).is_some_and(|c| c.builtin) {
                if let Some(method) = crate::builtins::own_method(self, *k, name) {
                    if crate::builtins::is_static_builtin(self, method) {
                        return Ok(method);
                    }
                    return Ok(self.bound(method, obj));
                }
            }
        }
        Err(lookup::no_attribute("super", self.interner.name(name)))
    }

    /// `super()` with no arguments: `__class__` and the first argument of the calling frame.
    pub(crate) fn zero_arg_super(&mut self) -> RunResult<Value> {
        let Some(Frame::Python(frame)) = self.frames.last() else {
            return Err(RunError::new(
                ExcKind::RuntimeError,
                "super(): no arguments",
            ));
        };
        let program = self.program_of(frame.code)?;
        let code: &Code = Vm::code_in(&program, frame.code)?;
        let class_cell = code
            .freevars
            .iter()
            .position(|n| &**n == "__class__")
            .and_then(|i| frame.cells.get(code.cellvars.len() + i).copied());
        let class = match class_cell.map(|c| self.heap.get(c)) {
            Some(Object::Cell(Some(Value::Obj(c)))) => *c,
            _ => {
                return Err(RunError::new(
                    ExcKind::RuntimeError,
                    "super(): __class__ cell not found",
                ))
            }
        };
        if code.params.positional == 0 && !code.params.varargs {
            return Err(RunError::new(
                ExcKind::RuntimeError,
                "super(): no arguments",
            ));
        }
        let first = match code.cell_params.iter().find(|(_, slot)| *slot == 0) {
            Some((cell, _)) => match frame.cells.get(*cell as usize).map(|c| self.heap.get(*c)) {
                Some(Object::Cell(Some(v))) => Some(*v),
                _ => None,
            },
            None => frame.locals.first().copied().flatten(),
        };
        let obj =
            first.ok_or_else(|| RunError::new(ExcKind::RuntimeError, "super(): arg[0] deleted"))?;
        Ok(Value::Obj(self.heap.alloc(Object::Super { class, obj })))
    }
}
