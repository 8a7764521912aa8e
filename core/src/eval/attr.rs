//! Attribute access, as CPython's `object.__getattribute__` /
//! `object.__setattr__` / `object.__delattr__`: data descriptors on the type
//! win over the instance `__dict__`, which wins over other class attributes;
//! user `__getattribute__`/`__getattr__`/`__setattr__`/`__delattr__` hooks;
//! modules; builtin objects (their methods are bound on access).
//!
//! Class attributes (`type.__getattribute__`) are in `class_attr.rs`, the
//! descriptor protocol in `descriptor.rs`, the data attributes of builtin
//! objects (`f.__closure__`, `e.args`) in `special_attr.rs`.

use super::type_cache::{AttrEntry, Hooks};
use super::vm::Vm;
use crate::exc::{lookup, ExcKind, RunError, RunResult};
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

    /// [`Vm::lookup_type_attr`], memoised (the paths every attribute access takes).
    pub(crate) fn type_attr(&mut self, class: ObjId, name: Symbol) -> Option<Value> {
        self.attr_entry(class, name).found
    }

    /// The attribute hooks of `class` (none for builtin classes).
    pub(crate) fn hooks(&mut self, class: ObjId) -> Hooks {
        if let Some(hooks) = self.type_cache.hooks(class) {
            return hooks;
        }
        let hooks = if self.is_user_class(class) {
            let mut find = |name: &'static str| {
                let sym = self.interner.intern_static(name);
                self.lookup_type_attr(class, sym)
            };
            Hooks {
                getattribute: find("__getattribute__"),
                getattr: find("__getattr__"),
                setattr: find("__setattr__"),
                delattr: find("__delattr__"),
            }
        } else {
            Hooks::default()
        };
        self.type_cache.remember_hooks(class, hooks);
        hooks
    }

    /// Whether `class` is a user-defined class (not a builtin type).
    pub(crate) fn is_user_class(&self, class: ObjId) -> bool {
        self.class(class).is_some_and(|c| !c.builtin)
    }

    /// Whether `v` is an instance of a user-defined class (including
    /// instances of user subclasses of builtin types).
    pub(crate) fn is_user_object(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => {
                matches!(self.heap.get(id), Object::Instance(_))
                    || self.heap.subclassed(id).is_some()
            }
            _ => false,
        }
    }

    /// `obj.name`.
    pub(crate) fn get_attr(&mut self, obj: Value, name: Symbol) -> RunResult<Value> {
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Object::Class(_) => return self.type_getattribute(id, name),
                Object::Super {
                    class,
                    obj: receiver,
                } => {
                    let (class, receiver) = (*class, *receiver);
                    return self.super_attr(class, receiver, name);
                }
                Object::Module(m) => {
                    if let Some(v) = m.attrs.get(name) {
                        return Ok(v);
                    }
                    let module = m.name.to_string();
                    if let Some(v) = self.module_special_attr(id, name)? {
                        return Ok(v);
                    }
                    return Err(lookup::module_no_attribute_of(
                        &module,
                        self.interner.name(name),
                        obj,
                    ));
                }
                _ => {}
            }
            let class = self.type_of(obj);
            if self.is_user_class(class) {
                return self.user_getattr(obj, class, name);
            }
        }
        self.generic_getattr(obj, name)
    }

    /// The [`AttrEntry`] of `(class, name)`, memoised.
    fn attr_entry(&mut self, class: ObjId, name: Symbol) -> AttrEntry {
        if let Some(entry) = self.type_cache.entry(class, name) {
            return entry;
        }
        let found = self.lookup_type_attr(class, name);
        let hooks = self.hooks(class);
        let descriptor = found.is_some_and(|a| self.is_data_descriptor(a));
        let special = matches!(self.interner.name(name), "__class__" | "__dict__");
        let slot_refused = !descriptor && self.slot_refuses(class, name);
        let entry = AttrEntry {
            found,
            plain_get: !descriptor && hooks.getattribute.is_none(),
            plain_set: !descriptor && !special && !slot_refused && hooks.setattr.is_none(),
            slot_refused,
        };
        self.type_cache.remember_entry(class, name, entry);
        entry
    }

    /// Whether the object behind `id` is of a kind `__slots__` governs: an
    /// instance of a user class, or of a user subclass of a builtin type.
    pub(crate) fn may_have_slots(&self, id: ObjId) -> bool {
        matches!(self.heap.get(id), Object::Instance(_)) || self.heap.subclassed(id).is_some()
    }

    /// Whether instances of `class` have no `__dict__` and `name` is none of
    /// their slots: [`Vm::slot_names`] answered without making the list (every
    /// attribute miss asks).
    fn slot_refuses(&mut self, class: ObjId, name: Symbol) -> bool {
        let slots_sym = self.interner.intern_static("__slots__");
        let text = self.interner.name(name);
        let mut listed = false;
        self.each_slot(class, slots_sym, |n| listed |= n == text)
            .is_some()
            && !listed
    }

    /// The attribute names instances of `class` may hold when every user
    /// class in its MRO declares `__slots__` (without `__dict__`); `None` when
    /// instances have a `__dict__`.
    pub(crate) fn slot_names(&mut self, class: ObjId) -> Option<Vec<String>> {
        let slots_sym = self.interner.intern_static("__slots__");
        let mut names = Vec::new();
        self.each_slot(class, slots_sym, |n| names.push(n.to_owned()))?;
        Some(names)
    }

    /// Gives `each` the slot names of every user class in `class`'s MRO when
    /// all of them declare `__slots__` (`slots_sym`) without `__dict__`;
    /// `None` when instances have a `__dict__` (the names given before it
    /// was found mean nothing then).
    fn each_slot(&self, class: ObjId, slots_sym: Symbol, mut each: impl FnMut(&str)) -> Option<()> {
        let c = self.class(class).filter(|c| !c.builtin)?;
        // The common case, a class without `__slots__`, answers at once.
        c.attrs.get(slots_sym)?;
        for &k in &c.mro {
            let k = self.class(k)?;
            if k.builtin {
                continue;
            }
            let Value::Obj(declared) = k.attrs.get(slots_sym)? else {
                return None;
            };
            let one = [Value::Obj(declared)];
            let names: &[Value] = match self.heap.get(declared) {
                Object::Str(_) => &one,
                Object::Tuple(items) | Object::List(items) => items,
                _ => return None,
            };
            for n in names {
                if let Some(Object::Str(n)) = n.as_obj().map(|id| self.heap.get(id)) {
                    if n.as_str() == "__dict__" {
                        return None;
                    }
                    each(n.as_str());
                }
            }
        }
        Some(())
    }

    /// `obj.name` when `obj` is an instance of a user class without a
    /// `__getattribute__` hook, the name is in its own attributes and no
    /// data descriptor on the class shadows it: the common case of reading
    /// `self.x`, answered without the general protocol. `None` otherwise.
    #[inline]
    pub(crate) fn instance_attr_fast(&mut self, obj: Value, name: Symbol) -> Option<Value> {
        let Value::Obj(id) = obj else {
            return None;
        };
        let Object::Instance(inst) = self.heap.get(id) else {
            return None;
        };
        if inst.dict.is_some() {
            return None;
        }
        let (own, class) = (inst.attrs.get(name)?, inst.class);
        self.attr_entry(class, name).plain_get.then_some(own)
    }

    /// `obj.name = value` for an instance of a user class without a
    /// `__setattr__` hook when no data descriptor on the class intercepts the
    /// name: stores into its own attributes. `false` when the general
    /// protocol must run.
    #[inline]
    pub(crate) fn set_instance_attr_fast(
        &mut self,
        obj: Value,
        name: Symbol,
        value: Value,
    ) -> bool {
        let Value::Obj(id) = obj else {
            return false;
        };
        let class = match self.heap.get(id) {
            Object::Instance(inst) if inst.dict.is_none() => inst.class,
            _ => return false,
        };
        if class == self.types.object || !self.attr_entry(class, name).plain_set {
            return false;
        }
        let grown = match self.heap.get_mut(id) {
            Some(Object::Instance(inst)) => {
                let full = inst.attrs.is_full();
                let before = inst.attrs.len();
                inst.attrs.set(name, value);
                let after = inst.attrs.len();
                if !full || after == before {
                    return true;
                }
                after
            }
            _ => return false,
        };
        // A new attribute that had to grow the map: remember the size for
        // the class's next instances.
        let hint = self.instance_hints.entry(class).or_insert(0);
        *hint = (*hint).max(u8::try_from(grown).unwrap_or(u8::MAX));
        true
    }

    /// The Python function that `obj.name(...)` calls when `obj` is an instance
    /// of a user class that does not shadow `name` and has no
    /// `__getattribute__` hook: `LoadMethod` then passes `obj` as the first
    /// argument without making a bound method. `None` otherwise.
    #[inline]
    pub(crate) fn instance_method_fast(&mut self, obj: Value, name: Symbol) -> Option<Value> {
        let Value::Obj(id) = obj else {
            return None;
        };
        let Object::Instance(inst) = self.heap.get(id) else {
            return None;
        };
        if inst.dict.is_some() || inst.attrs.get(name).is_some() {
            return None;
        }
        let entry = self.attr_entry(inst.class, name);
        entry
            .found
            .filter(|f| entry.plain_get && self.binds_as_method(*f))
    }

    /// Attribute access on an instance of a user class: `__getattribute__`
    /// (the user's or `object`'s), then `__getattr__` on `AttributeError`.
    fn user_getattr(&mut self, obj: Value, class: ObjId, name: Symbol) -> RunResult<Value> {
        let hooks = self.hooks(class);
        let result = match (hooks.getattribute, hooks.getattr) {
            (Some(hook), _) => {
                let attr_name = self.new_str(self.interner.name(name).to_owned());
                self.call_hook(hook, vec![obj, attr_name])
            }
            // `__getattr__` replaces the `AttributeError` of a missing
            // name: none is built only to be dropped.
            (None, Some(hook)) => match self.generic_lookup(obj, name) {
                Ok(Some(v)) => return Ok(v),
                Ok(None) => return self.call_getattr_hook(hook, obj, name),
                Err(e) => Err(e),
            },
            (None, None) => self.generic_getattr(obj, name),
        };
        match result {
            Err(e) if self.error_matches(&e, ExcKind::AttributeError) => {
                match self.hooks(class).getattr {
                    Some(hook) => self.call_getattr_hook(hook, obj, name),
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    /// `type(obj).__getattr__(obj, name)`.
    fn call_getattr_hook(&mut self, hook: Value, obj: Value, name: Symbol) -> RunResult<Value> {
        let attr_name = self.new_str(self.interner.name(name).to_owned());
        self.call_hook(hook, vec![obj, attr_name])
    }

    /// `object.__getattribute__(obj, name)`: data descriptor, then the
    /// instance `__dict__`, then other class attributes and builtin methods.
    pub(crate) fn generic_getattr(&mut self, obj: Value, name: Symbol) -> RunResult<Value> {
        if let Value::Obj(id) = obj {
            if let Object::Class(_) = self.heap.get(id) {
                return self.type_getattribute(id, name);
            }
        }
        match self.generic_lookup(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute_error(obj, name)),
        }
    }

    /// `obj.name`, or `None` where `get_attr` would raise `AttributeError`: what
    /// `hasattr` and `getattr(obj, name, default)` need (CPython's
    /// `_PyObject_LookupAttr`). Probing a missing name (`hasattr(s,
    /// "__html__")` in every Jinja2 output) then builds no exception (its
    /// message and suggestion) only to drop it.
    pub(crate) fn lookup_attr(&mut self, obj: Value, name: Symbol) -> RunResult<Option<Value>> {
        let plain = match obj {
            Value::Obj(id) => match self.heap.get(id) {
                Object::Class(_) => return self.type_lookup(id, name),
                Object::Super { .. } | Object::Module(_) => false,
                _ => {
                    let class = self.type_of(obj);
                    !self.is_user_class(class) || {
                        let hooks = self.hooks(class);
                        hooks.getattribute.is_none() && hooks.getattr.is_none()
                    }
                }
            },
            _ => true,
        };
        if plain {
            return self.generic_lookup(obj, name);
        }
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.error_matches(&e, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// [`Vm::generic_getattr`] with `None` for a missing attribute (never
    /// called for a class: both callers send classes to `type_getattribute`).
    fn generic_lookup(&mut self, obj: Value, name: Symbol) -> RunResult<Option<Value>> {
        let class = self.type_of(obj);
        let attr = self.type_attr(class, name);
        if let Some(a) = attr {
            if self.is_data_descriptor(a) {
                return self.descr_get(a, Some(obj), class).map(Some);
            }
        }
        if let Some(v) = self.data_special_attr(obj, name)? {
            return Ok(Some(v));
        }
        if let Value::Obj(id) = obj {
            if let Some(v) = self.own_attr(id, name)? {
                return Ok(Some(v));
            }
        }
        if let Some(a) = attr {
            return self.descr_get(a, Some(obj), class).map(Some);
        }
        if let Some(v) = self.builtin_method(obj, name) {
            return Ok(Some(v));
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        Ok(None)
    }

    /// `AttributeError: 'T' object has no attribute 'x'` (with a suggestion).
    pub(crate) fn no_attribute_error(&mut self, obj: Value, name: Symbol) -> RunError {
        let type_name = self.type_name(obj);
        lookup::no_attribute_of(&type_name, self.interner.name(name), obj)
    }

    /// A builtin method of `obj`'s type, bound to `obj`.
    pub(crate) fn builtin_method(&mut self, obj: Value, name: Symbol) -> Option<Value> {
        let class = self.type_of(obj);
        let builtin = self.class(class).is_some_and(|c| c.builtin);
        let method = if builtin {
            self.cached_builtin_method(class, name)?
        } else if let Some(found) = self.type_cache.builtin_method(class, name) {
            found?
        } else {
            let found = crate::builtins::class_method(self, class, name);
            self.type_cache.remember_builtin_method(class, name, found);
            found?
        };
        if crate::builtins::is_static_builtin(self, method) {
            return Some(method);
        }
        Some(self.bind_method(method, obj))
    }

    /// `obj.name = value`.
    pub(crate) fn set_attr(&mut self, obj: Value, name: Symbol, value: Value) -> RunResult<()> {
        if self.set_instance_attr_fast(obj, name, value) {
            return Ok(());
        }
        let class = self.type_of(obj);
        // For a class, `class` is its metaclass: a user metaclass's `__setattr__` runs too
        // (an Enum class refuses to reassign its members).
        if self.is_user_class(class) {
            if let Some(hook) = self.hooks(class).setattr {
                let attr_name = self.new_str(self.interner.name(name).to_owned());
                return self.call_hook(hook, vec![obj, attr_name, value]).map(drop);
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__(obj, name, value)`.
    pub(crate) fn generic_setattr(
        &mut self,
        obj: Value,
        name: Symbol,
        value: Value,
    ) -> RunResult<()> {
        let Value::Obj(id) = obj else {
            return Err(self.unsettable_attr_error(obj, name));
        };
        if self.class(id).is_some() {
            return self.set_class_attr(id, name, value);
        }
        let class = self.type_of(obj);
        if let Some(a) = self.type_attr(class, name) {
            if self.is_data_descriptor(a) {
                return self.descr_set(a, obj, Some(value));
            }
        }
        if self.set_special_attr(id, name, value)? {
            return Ok(());
        }
        if self.may_have_slots(id) && self.attr_entry(class, name).slot_refused {
            let type_name = self.type_name(obj);
            return Err(lookup::no_attribute(&type_name, self.interner.name(name)));
        }
        if self.set_own_attr(id, name, value)? {
            return Ok(());
        }
        if self.lookup_type_attr(class, name).is_some() || self.builtin_method(obj, name).is_some()
        {
            return Err(RunError::new(
                ExcKind::AttributeError,
                format!(
                    "'{}' object attribute '{}' is read-only",
                    self.type_name(obj),
                    self.interner.name(name)
                ),
            ));
        }
        Err(self.unsettable_attr_error(obj, name))
    }

    /// `del obj.name`.
    pub(crate) fn del_attr(&mut self, obj: Value, name: Symbol) -> RunResult<()> {
        let class = self.type_of(obj);
        if self.is_user_class(class) {
            if let Some(hook) = self.hooks(class).delattr {
                let attr_name = self.new_str(self.interner.name(name).to_owned());
                return self.call_hook(hook, vec![obj, attr_name]).map(drop);
            }
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__(obj, name)`.
    pub(crate) fn generic_delattr(&mut self, obj: Value, name: Symbol) -> RunResult<()> {
        let Value::Obj(id) = obj else {
            return Err(self.unsettable_attr_error(obj, name));
        };
        if self.class(id).is_some() {
            return self.del_class_attr(id, name);
        }
        let class = self.type_of(obj);
        if let Some(a) = self.type_attr(class, name) {
            if self.is_data_descriptor(a) {
                return self.descr_set(a, obj, None);
            }
        }
        if self.del_own_attr(id, name)? {
            return Ok(());
        }
        Err(self.unsettable_attr_error(obj, name))
    }

    /// `type(obj).name` bound to `obj` (`__enter__`/`__exit__` of `with`).
    pub(crate) fn load_special(&mut self, obj: Value, name: Symbol) -> RunResult<Value> {
        let class = self.type_of(obj);
        if let Some(v) = self.type_attr(class, name) {
            return self.descr_get(v, Some(obj), class);
        }
        if self.class(class).is_some_and(|c| c.builtin) {
            if let Some(v) = self.cached_builtin_method(class, name) {
                return Ok(self.bind_method(v, obj));
            }
        }
        let is_async = matches!(self.interner.name(name), "__aenter__" | "__aexit__");
        let (enter, protocol, exit) = if is_async {
            ("__aenter__", "asynchronous context manager", "__aexit__")
        } else {
            ("__enter__", "context manager", "__exit__")
        };
        let enter = self.interner.intern(enter);
        let missed_exit = name != enter && self.lookup_type_attr(class, enter).is_some();
        let suffix = if missed_exit {
            format!(" (missed {exit} method)")
        } else {
            String::new()
        };
        Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "'{}' object does not support the {protocol} protocol{suffix}",
                self.type_name(obj)
            ),
        ))
    }

    /// `LoadMethod`: `(function, obj)` when `obj.name` is a plain method
    /// (no bound-method object is made), else `(obj.name, NULL)`.
    pub(crate) fn load_method(&mut self, obj: Value, name: Symbol) -> RunResult<(Value, Value)> {
        let null = Value::Obj(ObjId::NULL);
        if let Some(function) = self.instance_method_fast(obj, name) {
            return Ok((function, obj));
        }
        let builtin_container = matches!(
            obj.as_obj().and_then(|id| self.heap.get_plain(id)),
            Some(
                Object::Str(_)
                    | Object::List(_)
                    | Object::Dict(_)
                    | Object::Set(_)
                    | Object::Tuple(_)
            )
        );
        if builtin_container {
            let class = self.type_of(obj);
            if let Some(method) = self.cached_builtin_method(class, name) {
                return Ok((method, obj));
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
