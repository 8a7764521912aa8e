//! Attributes of class objects, as CPython's `type.__getattribute__`: data
//! descriptors of the metaclass, then the class's own MRO (descriptors read
//! with no instance: functions stay plain, `classmethod`s bind to the class),
//! then metaclass methods, then the type's own data (`__name__`, `__mro__`,
//! `__dict__`, ...) and the methods of builtin types (`dict.fromkeys`).

use super::vm::Vm;
use crate::exc::{lookup, ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::symbol::Symbol;
use crate::value::{ObjId, Value};

impl Vm {
    /// `Class.name`.
    pub(crate) fn type_getattribute(&mut self, class: ObjId, name: Symbol) -> RunResult<Value> {
        if let Some(v) = self.type_find(class, name)? {
            return Ok(v);
        }
        let cname = self
            .class(class)
            .map(|c| c.name.to_string())
            .unwrap_or_default();
        Err(lookup::class_no_attribute_of(
            &cname,
            self.interner.name(name),
            Value::Obj(class),
        ))
    }

    /// [`Vm::type_getattribute`] with `None` for a missing name (or an
    /// `AttributeError` raised while finding it): probing a class
    /// (`getattr(cls, "__origin__", None)`, `hasattr`) builds no exception
    /// (message and suggestion) only to drop it.
    pub(crate) fn type_lookup(&mut self, class: ObjId, name: Symbol) -> RunResult<Option<Value>> {
        match self.type_find(class, name) {
            Err(e) if self.error_matches(&e, ExcKind::AttributeError) => Ok(None),
            found => found,
        }
    }

    /// The attribute `type.__getattribute__` finds, else what a metaclass
    /// `__getattr__` answers (called, as in CPython, for a missing name and
    /// for an `AttributeError` raised while finding it; its own error passes
    /// through); `None` when nothing has it.
    fn type_find(&mut self, class: ObjId, name: Symbol) -> RunResult<Option<Value>> {
        let found = self.type_find_plain(class, name);
        let meta = self.type_of(Value::Obj(class));
        match &found {
            Ok(Some(_)) => return found,
            Err(e) if !self.error_matches(e, ExcKind::AttributeError) => return found,
            _ => {}
        }
        if self.is_user_class(meta) {
            let getattr = self.interner.intern("__getattr__");
            if let Some(hook) = self.lookup_type_attr(meta, getattr) {
                let attr_name = self.new_str(self.interner.name(name).to_owned());
                return self
                    .call_hook(hook, vec![Value::Obj(class), attr_name])
                    .map(Some);
            }
        }
        found
    }

    /// [`Vm::type_find`] without the metaclass `__getattr__` hook.
    fn type_find_plain(&mut self, class: ObjId, name: Symbol) -> RunResult<Option<Value>> {
        let meta = self.type_of(Value::Obj(class));
        let meta_attr = if self.is_user_class(meta) {
            self.lookup_type_attr(meta, name)
        } else {
            None
        };
        if let Some(a) = meta_attr {
            if self.is_data_descriptor(a) {
                return self.descr_get(a, Some(Value::Obj(class)), meta).map(Some);
            }
        }
        if let Some(v) = self.lookup_type_attr(class, name) {
            return self.descr_get(v, None, class).map(Some);
        }
        if meta_attr.is_some() {
            // The class's own MRO (builtin bases included: `object.__new__`)
            // comes before the metaclass's non-data attributes.
            if let Some(method) = self.builtin_class_method(class, name) {
                return Ok(Some(method));
            }
        }
        if let Some(a) = meta_attr {
            return self.descr_get(a, Some(Value::Obj(class)), meta).map(Some);
        }
        if let Some(v) = self.class_special_attr(class, name)? {
            return Ok(Some(v));
        }
        if let Some(method) = self.builtin_class_method(class, name) {
            return Ok(Some(method));
        }
        if let Some(v) = self.metaclass_method(meta, class, name) {
            return Ok(Some(v));
        }
        Ok(None)
    }

    /// A builtin method found along the class's MRO (`dict.fromkeys`,
    /// `object.__new__`), bound to the class if it is a classmethod.
    fn builtin_class_method(&mut self, class: ObjId, name: Symbol) -> Option<Value> {
        let method = crate::builtins::class_method(self, class, name)?;
        let is_class_method = matches!(
            method.as_obj().map(|id| self.heap.get(id)),
            Some(Object::Builtin(b)) if crate::builtins::is_class_method(*b)
        );
        if is_class_method {
            return Some(self.bound(method, Value::Obj(class)));
        }
        Some(method)
    }

    /// A builtin method of the metaclass (`type.mro`, `type.__subclasses__`)
    /// bound to the class.
    fn metaclass_method(&mut self, meta: ObjId, class: ObjId, name: Symbol) -> Option<Value> {
        let method = crate::builtins::class_method(self, meta, name)?;
        Some(self.bound(method, Value::Obj(class)))
    }

    /// The data every class has: `__name__`, `__qualname__`, `__module__`,
    /// `__doc__`, `__bases__`, `__base__`, `__mro__`, `__dict__`, `__class__`.
    fn class_special_attr(&mut self, class: ObjId, name: Symbol) -> RunResult<Option<Value>> {
        let Some(c) = self.class(class) else {
            return Err(RunError::internal("class attribute of a non-class"));
        };
        // Only the requested field is copied (a miss copies nothing).
        let text = match self.interner.name(name) {
            "__name__" => c.name.to_string(),
            "__qualname__" => c.qualname.to_string(),
            "__module__" => c.module.to_string(),
            "__doc__" => return Ok(Some(Value::None)),
            "__class__" => return Ok(Some(Value::Obj(self.type_of(Value::Obj(class))))),
            "__bases__" => {
                let items = c.bases.iter().copied().map(Value::Obj).collect();
                return Ok(Some(self.new_tuple(items)));
            }
            "__base__" => {
                return Ok(Some(
                    c.bases.first().map_or(Value::None, |b| Value::Obj(*b)),
                ));
            }
            "__mro__" => {
                let items = c.mro.iter().copied().map(Value::Obj).collect();
                return Ok(Some(self.new_tuple(items)));
            }
            "__dict__" => return self.class_dict(class).map(Some),
            _ => return Ok(None),
        };
        Ok(Some(self.new_str(text)))
    }

    /// `Class.__dict__`: a snapshot of the class namespace (CPython gives a
    /// read-only live `mappingproxy`; here it is a `dict` copy).
    pub(crate) fn class_dict(&mut self, class: ObjId) -> RunResult<Value> {
        let attrs: Vec<(Symbol, Value)> = self
            .class(class)
            .map(|c| c.attrs.iter().collect())
            .unwrap_or_default();
        let d = self.new_dict();
        for (k, v) in attrs {
            let key = self.new_str(self.interner.name(k).to_owned());
            self.dict_set(d, key, v)?;
        }
        Ok(d)
    }

    /// `Class.name = value`: a metaclass data descriptor, else the namespace.
    pub(crate) fn set_class_attr(
        &mut self,
        class: ObjId,
        name: Symbol,
        value: Value,
    ) -> RunResult<()> {
        let meta = self.type_of(Value::Obj(class));
        if self.is_user_class(meta) {
            if let Some(a) = self.type_attr(meta, name) {
                if self.is_data_descriptor(a) {
                    return self.descr_set(a, Value::Obj(class), Some(value));
                }
            }
        }
        let text = self.interner.name(name);
        // The name fields kept outside the namespace take the value's text
        // (no copy of it for any other name).
        let text_value = match text {
            "__name__" | "__qualname__" | "__module__" => self.str_value(value),
            _ => None,
        };
        if matches!(text, "__name__" | "__qualname__")
            && !self.class(class).is_some_and(|c| c.builtin)
        {
            match &text_value {
                None => {
                    let class_name = self
                        .class(class)
                        .map(|c| c.name.to_string())
                        .unwrap_or_default();
                    return Err(RunError::new(
                        ExcKind::TypeError,
                        format!(
                            "can only assign string to {class_name}.{text}, not '{}'",
                            self.type_name(value)
                        ),
                    ));
                }
                Some(new) if text == "__name__" && new.contains('\0') => {
                    return Err(RunError::new(
                        ExcKind::ValueError,
                        "type name must not contain null characters",
                    ));
                }
                Some(_) => {}
            }
        }
        match self.heap.get_mut(class) {
            Some(Object::Class(c)) if !c.builtin => {
                let c = std::sync::Arc::make_mut(c);
                let text_value = text_value.unwrap_or_default();
                match text {
                    "__name__" => c.name = text_value.into(),
                    "__qualname__" => c.qualname = text_value.into(),
                    "__module__" => {
                        c.module = text_value.into();
                        c.attrs.set(name, value);
                    }
                    _ => c.attrs.set(name, value),
                }
                self.type_cache.forget(name, text);
                Ok(())
            }
            Some(Object::Class(c)) => Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "cannot set '{text}' attribute of immutable type '{}'",
                    c.name
                ),
            )),
            _ => Err(RunError::internal("set_class_attr on a non-class")),
        }
    }

    /// `del Class.name`.
    pub(crate) fn del_class_attr(&mut self, class: ObjId, name: Symbol) -> RunResult<()> {
        let text = self.interner.name(name);
        match self.heap.get_mut(class) {
            Some(Object::Class(c)) if !c.builtin => {
                let c = std::sync::Arc::make_mut(c);
                if c.attrs.remove(name).is_some() {
                    self.type_cache.forget(name, text);
                    return Ok(());
                }
                let cname = c.name.to_string();
                Err(lookup::class_no_attribute(&cname, text))
            }
            Some(Object::Class(c)) => Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "cannot set '{text}' attribute of immutable type '{}'",
                    c.name
                ),
            )),
            _ => Err(RunError::internal("del_class_attr on a non-class")),
        }
    }

    /// `Class.mro()`.
    pub(crate) fn class_mro_list(&mut self, class: ObjId) -> Value {
        let mro = self.class(class).map(|c| c.mro.clone()).unwrap_or_default();
        self.new_list(mro.into_iter().map(Value::Obj).collect())
    }

    /// `Class.__subclasses__()`: the live classes that list `class` as a base.
    pub(crate) fn class_subclasses(&mut self, class: ObjId) -> Value {
        let found: Vec<Value> = self
            .heap
            .objects()
            .filter_map(|(id, obj)| match obj {
                Object::Class(c) if c.bases.contains(&class) => Some(Value::Obj(id)),
                _ => None,
            })
            .collect();
        self.new_list(found)
    }
}
