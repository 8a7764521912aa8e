//! Attribute access: instances, classes (MRO lookup), modules, exceptions,
//! and the methods of builtin types (bound on access).

use super::vm::Vm;
use crate::exc::{lookup, ExcKind, RunError, RunResult};
use crate::value::function::BoundMethod;
use crate::value::object::Object;
use crate::value::symbol::Symbol;
use crate::value::{ObjId, Value};

impl Vm {
    /// Looks `name` up along the MRO of class `class`.
    pub(crate) fn lookup_type_attr(&self, class: ObjId, name: Symbol) -> Option<Value> {
        let c = self.class(class)?;
        c.mro
            .iter()
            .find_map(|k| self.class(*k).and_then(|k| k.attrs.get(name)))
    }

    /// `obj.name`.
    pub(crate) fn get_attr(&mut self, obj: Value, name: Symbol) -> RunResult<Value> {
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::Instance(inst) => {
                    let class = inst.class;
                    let own = inst.attrs.get(name);
                    if let Some(p) = self.class_property(class, name) {
                        let attr = Value::Obj(self.heap.alloc(Object::Property(p)));
                        return self.bind_class_attr(attr, Some(obj), class);
                    }
                    if let Some(v) = own {
                        return Ok(v);
                    }
                    return self.instance_class_attr(obj, class, name);
                }
                Object::Super {
                    class,
                    obj: receiver,
                } => {
                    let (class, receiver) = (*class, *receiver);
                    return self.super_attr(class, receiver, name);
                }
                Object::Module(m) => {
                    return if let Some(v) = m.attrs.get(name) {
                        Ok(v)
                    } else {
                        let module = m.name.to_string();
                        Err(lookup::module_no_attribute(
                            &module,
                            self.interner.name(name),
                        ))
                    };
                }
                Object::Class(_) => return self.class_attr(id, name),
                Object::Exception(e) => {
                    if let Some(v) = e.attrs.get(name) {
                        return Ok(v);
                    }
                    let class = e.class;
                    if let Some(v) = self.exception_attr(id, name) {
                        return Ok(v);
                    }
                    return self.instance_class_attr(obj, class, name);
                }
                Object::Function(f) => {
                    if let Some(v) = f.attrs.get(name) {
                        return Ok(v);
                    }
                    let (fname, qualname) = (f.name.to_string(), f.qualname.to_string());
                    match self.interner.name(name) {
                        "__name__" => return Ok(self.new_str(fname)),
                        "__qualname__" => return Ok(self.new_str(qualname)),
                        "__doc__" => return Ok(Value::None),
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        self.builtin_attr(obj, name)
    }

    /// An attribute found on the class of an instance (methods are bound).
    fn instance_class_attr(&mut self, obj: Value, class: ObjId, name: Symbol) -> RunResult<Value> {
        if let Some(v) = self.lookup_type_attr(class, name) {
            return self.bind_class_attr(v, Some(obj), class);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        let getattr = self.interner.intern("__getattr__");
        if let Some(f) = self.lookup_type_attr(class, getattr) {
            let attr_name = self.new_str(self.interner.name(name).to_owned());
            return self.call_nested(f, vec![obj, attr_name]);
        }
        if let Some(v) = self.builtin_method(obj, name) {
            return Ok(v);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        let type_name = self.type_name(obj);
        Err(lookup::no_attribute(&type_name, self.interner.name(name)))
    }

    /// Attributes every object has: `__class__`, `__dict__`, and the data
    /// attributes of some builtin types (`slice.start`, `function.__defaults__`).
    fn special_attr(&mut self, obj: Value, name: Symbol) -> RunResult<Option<Value>> {
        let text = self.interner.name(name).to_owned();
        if text == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let Value::Obj(id) = obj else {
            return Ok(None);
        };
        Ok(match (self.heap.get(id), text.as_str()) {
            (Object::Instance(inst), "__dict__") => {
                let attrs: Vec<_> = inst.attrs.iter().collect();
                let d = self.new_dict();
                for (k, v) in attrs {
                    let key = self.new_str(self.interner.name(k).to_owned());
                    self.dict_set(d, key, v)?;
                }
                Some(d)
            }
            (Object::File(_), attr) => crate::stdlib::io::methods::attribute(self, id, attr),
            (Object::Complex(re, _), "real") => Some(Value::Float(*re)),
            (Object::Complex(_, im), "imag") => Some(Value::Float(*im)),
            (Object::Slice(s), "start") => Some(s.start),
            (Object::Slice(s), "stop") => Some(s.stop),
            (Object::Slice(s), "step") => Some(s.step),
            (Object::Function(f), "__defaults__") => {
                let defaults = f.defaults.clone();
                Some(if defaults.is_empty() {
                    Value::None
                } else {
                    self.new_tuple(defaults)
                })
            }
            (Object::Function(f), "__kwdefaults__") => {
                let (code_id, kwdefaults) = (f.code, f.kwdefaults.clone());
                if kwdefaults.iter().all(Option::is_none) {
                    return Ok(Some(Value::None));
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
                Some(d)
            }
            (Object::Function(f), "__dict__") => {
                let attrs: Vec<_> = f.attrs.iter().collect();
                let d = self.new_dict();
                for (k, v) in attrs {
                    let key = self.new_str(self.interner.name(k).to_owned());
                    self.dict_set(d, key, v)?;
                }
                Some(d)
            }
            (Object::BoundMethod(m), "__self__") => Some(m.receiver),
            (Object::BoundMethod(m), "__func__") => Some(m.function),
            (Object::Generator(g), "__name__") => {
                let name = g.name.to_string();
                Some(self.new_str(name))
            }
            _ => None,
        })
    }

    /// A class attribute read through an instance: functions become bound methods.
    fn bind(&mut self, attr: Value, receiver: Value) -> Value {
        match attr {
            Value::Obj(f)
                if matches!(self.heap.get(f), Object::Function(_) | Object::Builtin(_)) =>
            {
                Value::Obj(self.heap.alloc(Object::BoundMethod(BoundMethod {
                    receiver,
                    function: attr,
                })))
            }
            other => other,
        }
    }

    /// `Class.name`.
    fn class_attr(&mut self, class: ObjId, name: Symbol) -> RunResult<Value> {
        if let Some(v) = self.lookup_type_attr(class, name) {
            return self.bind_class_attr(v, None, class);
        }
        let Some(c) = self.class(class) else {
            return Err(RunError::internal("class_attr on a non-class"));
        };
        let (cname, qualname, module, bases, mro) = (
            c.name.to_string(),
            c.qualname.to_string(),
            c.module.to_string(),
            c.bases.clone(),
            c.mro.clone(),
        );
        match self.interner.name(name) {
            "__name__" => return Ok(self.new_str(cname)),
            "__qualname__" => return Ok(self.new_str(qualname)),
            "__module__" => return Ok(self.new_str(module)),
            "__doc__" => return Ok(Value::None),
            "__bases__" => {
                let items = bases.into_iter().map(Value::Obj).collect();
                return Ok(self.new_tuple(items));
            }
            "__mro__" => {
                let items = mro.into_iter().map(Value::Obj).collect();
                return Ok(self.new_tuple(items));
            }
            _ => {}
        }
        if let Some(method) = crate::builtins::class_method(self, class, name) {
            let is_class_method = matches!(
                method.as_obj().map(|id| self.heap.get(id)),
                Some(Object::Builtin(b)) if crate::builtins::is_class_method(*b)
            );
            if is_class_method {
                return Ok(self.bound(method, Value::Obj(class)));
            }
            return Ok(method);
        }
        Err(lookup::class_no_attribute(&cname, self.interner.name(name)))
    }

    /// `args`, `__cause__`, `__context__`, `value` of exceptions.
    fn exception_attr(&mut self, id: ObjId, name: Symbol) -> Option<Value> {
        let Object::Exception(e) = self.heap.get(id) else {
            return None;
        };
        let (args, cause, context, suppress) =
            (e.args.clone(), e.cause, e.context, e.suppress_context);
        let exit = e.kind == crate::exc::ExcKind::SystemExit;
        match self.interner.name(name) {
            "args" => Some(self.new_tuple(args)),
            "code" if exit => Some(match args.as_slice() {
                [] => Value::None,
                [one] => *one,
                _ => self.new_tuple(args),
            }),
            "__cause__" => Some(cause.unwrap_or(Value::None)),
            "__context__" => Some(context.unwrap_or(Value::None)),
            "__suppress_context__" => Some(Value::Bool(suppress)),
            "__traceback__" => Some(Value::None),
            _ => None,
        }
    }

    /// Methods and data attributes of builtin types.
    fn builtin_attr(&mut self, obj: Value, name: Symbol) -> RunResult<Value> {
        if let Some(v) = self.builtin_method(obj, name) {
            return Ok(v);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        let type_name = self.type_name(obj);
        Err(lookup::no_attribute(&type_name, self.interner.name(name)))
    }

    /// A builtin method of `obj`'s type, bound to `obj`.
    fn builtin_method(&mut self, obj: Value, name: Symbol) -> Option<Value> {
        let class = self.type_of(obj);
        let builtin = self.class(class).is_some_and(|c| c.builtin);
        let method = if builtin {
            self.cached_builtin_method(class, name)?
        } else {
            crate::builtins::class_method(self, class, name)?
        };
        Some(self.bind(method, obj))
    }

    /// `obj.name = value`.
    pub(crate) fn set_attr(&mut self, obj: Value, name: Symbol, value: Value) -> RunResult<()> {
        if let Value::Obj(id) = obj {
            if let Object::Instance(inst) = self.heap.get(id) {
                if let Some(p) = self.class_property(inst.class, name) {
                    return self.property_set(p, obj, name, value);
                }
            }
            match self.heap.get_mut(id) {
                Some(Object::Instance(inst)) => {
                    inst.attrs.set(name, value);
                    return Ok(());
                }
                Some(Object::Class(c)) if !c.builtin => {
                    c.attrs.set(name, value);
                    return Ok(());
                }
                Some(Object::Class(c)) => {
                    let msg = format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        self.interner.name(name),
                        c.name
                    );
                    return Err(RunError::new(ExcKind::TypeError, msg));
                }
                Some(Object::Module(m)) => {
                    m.attrs.set(name, value);
                    return Ok(());
                }
                Some(Object::Function(f)) => {
                    f.attrs.set(name, value);
                    return Ok(());
                }
                Some(Object::Exception(e)) => {
                    e.attrs.set(name, value);
                    return Ok(());
                }
                _ => {}
            }
        }
        let type_name = self.type_name(obj);
        Err(lookup::no_attribute(&type_name, self.interner.name(name)))
    }

    /// `del obj.name`.
    pub(crate) fn del_attr(&mut self, obj: Value, name: Symbol) -> RunResult<()> {
        let removed = match obj.as_obj().and_then(|id| self.heap.get_mut(id)) {
            Some(Object::Instance(inst)) => inst.attrs.remove(name),
            Some(Object::Class(c)) if !c.builtin => c.attrs.remove(name),
            Some(Object::Module(m)) => m.attrs.remove(name),
            Some(Object::Function(f)) => f.attrs.remove(name),
            Some(Object::Exception(e)) => e.attrs.remove(name),
            _ => None,
        };
        if removed.is_some() {
            Ok(())
        } else {
            let type_name = self.type_name(obj);
            Err(lookup::no_attribute(&type_name, self.interner.name(name)))
        }
    }

    /// `type(obj).name` bound to `obj` (`__enter__`/`__exit__` of `with`).
    pub(crate) fn load_special(&mut self, obj: Value, name: Symbol) -> RunResult<Value> {
        let class = self.type_of(obj);
        if let Some(v) = self.lookup_type_attr(class, name) {
            return Ok(self.bind(v, obj));
        }
        let enter = self.interner.intern("__enter__");
        let missed_exit = name != enter && self.lookup_type_attr(class, enter).is_some();
        let suffix = if missed_exit {
            " (missed __exit__ method)"
        } else {
            ""
        };
        Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "'{}' object does not support the context manager protocol{suffix}",
                self.type_name(obj)
            ),
        ))
    }
}

impl Vm {
    /// `LoadMethod`: `(function, obj)` when `obj.name` is a plain method
    /// (no bound-method object is made), else `(obj.name, NULL)`.
    pub(crate) fn load_method(&mut self, obj: Value, name: Symbol) -> RunResult<(Value, Value)> {
        let null = Value::Obj(ObjId::NULL);
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::Instance(inst) => {
                    if inst.attrs.get(name).is_some() {
                        return Ok((self.get_attr(obj, name)?, null));
                    }
                    let class = inst.class;
                    if let Some(attr) = self.lookup_type_attr(class, name) {
                        if self.is_python_function(attr) {
                            return Ok((attr, obj));
                        }
                    }
                }
                Object::Str(_)
                | Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::Tuple(_) => {
                    let class = self.type_of(obj);
                    if let Some(method) = self.cached_builtin_method(class, name) {
                        return Ok((method, obj));
                    }
                }
                _ => {}
            }
        }
        Ok((self.get_attr(obj, name)?, null))
    }

    /// A builtin method of builtin class `class`, cached per `(class, name)`.
    pub(crate) fn cached_builtin_method(&mut self, class: ObjId, name: Symbol) -> Option<Value> {
        if let Some(found) = self.method_cache.get(&(class, name)) {
            return *found;
        }
        let found = crate::builtins::class_method(self, class, name);
        self.method_cache.insert((class, name), found);
        found
    }
}
