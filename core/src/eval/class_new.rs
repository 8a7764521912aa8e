//! Making classes: after a class body ran (`finish_class`), from
//! `type(name, bases, dict)` and from metaclasses (`type.__new__`). Computes
//! the C3 MRO, the instance layout, the metaclass, and does what CPython's
//! `type_new` does to the namespace (`__hash__ = None` next to `__eq__`,
//! implicit `staticmethod(__new__)`/`classmethod(__init_subclass__)`), then
//! calls `__set_name__` and the parent's `__init_subclass__`.

use super::call::{Args, Called};
use super::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::class::{Class, Layout};
use crate::value::object::Object;
use crate::value::symbol::AttrMap;
use crate::value::{ObjId, Value};

impl Vm {
    /// Makes the class once its body has run: `metaclass(name, bases, ns, **kw)`.
    /// A Python metaclass (or other callable) is called like any callee:
    /// its frames run in the frame loop (and can pause) and deliver the class.
    pub(crate) fn finish_class(
        &mut self,
        name: &str,
        bases: Vec<ObjId>,
        namespace: ObjId,
        keywords: Vec<(crate::value::symbol::Symbol, Value)>,
    ) -> RunResult<Called> {
        let attrs = match self.heap.get_mut(namespace) {
            Some(Object::Namespace(attrs)) => std::mem::take(attrs),
            _ => return Err(RunError::internal("class namespace lost")),
        };
        let mut keywords = keywords;
        let metaclass = self.interner.intern_static("metaclass");
        let explicit = keywords
            .iter()
            .position(|(k, _)| *k == metaclass)
            .map(|i| keywords.remove(i).1);
        let meta = self.derive_metaclass(explicit, &bases)?;
        let user_meta = match meta {
            Value::Obj(meta_id) => self.is_user_class(meta_id),
            _ => true,
        };
        match meta {
            Value::Obj(meta_id) if !user_meta => self
                .make_class(meta_id, name, bases, attrs, &keywords)
                .map(Called::Value),
            _ => {
                let name_value = self.new_str(name.to_owned());
                let bases_value = self.new_tuple(bases.iter().map(|b| Value::Obj(*b)).collect());
                let ns = self.attrs_dict(&attrs)?;
                self.call(
                    meta,
                    Args {
                        positional: vec![name_value, bases_value, ns],
                        keywords,
                    },
                )
            }
        }
    }

    /// The metaclass of a new class: the explicit one, else the most derived
    /// metaclass of the bases (CPython's `_PyType_CalculateMetaclass`).
    fn derive_metaclass(&mut self, explicit: Option<Value>, bases: &[ObjId]) -> RunResult<Value> {
        let mut winner = match explicit {
            Some(Value::Obj(m)) if self.class(m).is_some() => m,
            Some(other) => return Ok(other),
            None => self.types.type_,
        };
        for base in bases {
            let meta = self.type_of(Value::Obj(*base));
            if self.is_subclass(meta, winner) {
                winner = meta;
            } else if !self.is_subclass(winner, meta) {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                     subclass of the metaclasses of all its bases",
                ));
            }
        }
        Ok(Value::Obj(winner))
    }

    /// The keywords of a class statement, from the dict `BuildClass` popped.
    pub(crate) fn class_keywords(
        &mut self,
        keywords: Option<Value>,
    ) -> RunResult<Vec<(crate::value::symbol::Symbol, Value)>> {
        let Some(d) = keywords else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for (k, v) in self.dict_entries(d)? {
            let name = self.str_value(k).unwrap_or_default();
            out.push((self.interner.intern(&name), v));
        }
        Ok(out)
    }

    /// A `dict` of a class namespace.
    fn attrs_dict(&mut self, attrs: &AttrMap) -> RunResult<Value> {
        let d = self.new_dict();
        for (k, v) in attrs.iter() {
            let key = self.new_str(self.interner.name(k).to_owned());
            self.dict_set(d, key, v)?;
        }
        Ok(d)
    }

    /// `type(name, bases, dict)` / `type.__new__(meta, name, bases, dict)`.
    pub(crate) fn type_new(&mut self, meta: ObjId, args: &Args) -> RunResult<Value> {
        let [name, bases, ns] = match args.positional.as_slice() {
            [name, bases, ns] => [*name, *bases, *ns],
            _ => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "type() takes 1 or 3 arguments",
                ))
            }
        };
        let checks = [(name, 1, "str"), (bases, 2, "tuple"), (ns, 3, "dict")];
        for (v, pos, want) in checks {
            let ok = match want {
                "str" => matches!(v.as_obj().map(|id| self.heap.get(id)), Some(Object::Str(_))),
                "tuple" => matches!(
                    v.as_obj().map(|id| self.heap.get(id)),
                    Some(Object::Tuple(_))
                ),
                _ => matches!(
                    v.as_obj().map(|id| self.heap.get(id)),
                    Some(Object::Dict(_))
                ),
            };
            if !ok {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "type.__new__() argument {pos} must be {want}, not {}",
                        self.type_name(v)
                    ),
                ));
            }
        }
        let name = self.str_value(name).unwrap_or_default();
        let mut base_ids = Vec::new();
        for base in self.tuple_items(bases)? {
            match base {
                Value::Obj(id) if self.class(id).is_some() => base_ids.push(id),
                _ => return Err(RunError::new(ExcKind::TypeError, "bases must be types")),
            }
        }
        let mut attrs = AttrMap::default();
        for (key, value) in self.dict_entries(ns)? {
            // Interned straight from the string object (no copy of its text).
            let Some(Object::Str(key)) = key.as_obj().map(|id| self.heap.get(id)) else {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "attribute name must be string",
                ));
            };
            attrs.set(self.interner.intern(key.as_str()), value);
        }
        self.make_class(meta, &name, base_ids, attrs, &args.keywords)
    }

    /// Creates the class object and runs the class-creation hooks.
    pub(crate) fn make_class(
        &mut self,
        meta: ObjId,
        name: &str,
        bases: Vec<ObjId>,
        attrs: AttrMap,
        keywords: &[(crate::value::symbol::Symbol, Value)],
    ) -> RunResult<Value> {
        let bases = if bases.is_empty() {
            vec![self.types.object]
        } else {
            bases
        };
        let mro_tail = self.c3_merge(&bases)?;
        let layout = mro_tail
            .iter()
            .filter_map(|c| self.class(*c).map(|c| c.layout))
            .find(|l| *l != Layout::Object)
            .unwrap_or(Layout::Object);
        let mut attrs = attrs;
        self.check_slots(&attrs)?;
        let qualname = self.take_str_attr(&mut attrs, "__qualname__");
        let module_sym = self.interner.intern_static("__module__");
        let module = attrs
            .get(module_sym)
            .and_then(|v| self.str_value(v))
            .unwrap_or_else(|| "__main__".to_owned());
        let classcell = self.interner.intern_static("__classcell__");
        let cell = attrs.remove(classcell);
        self.adjust_namespace(&mut attrs);
        let set_names: Vec<_> = attrs.iter().collect();
        let id = self.heap.alloc(Object::Class(std::sync::Arc::new(Class {
            name: name.into(),
            qualname: qualname.unwrap_or_else(|| name.to_owned()).into(),
            module: module.into(),
            bases,
            mro: Vec::new(),
            attrs,
            layout,
            builtin: false,
            meta: (meta != self.types.type_).then_some(meta),
        })));
        let mut mro = vec![id];
        mro.extend(mro_tail);
        if let Some(c) = self.heap.class_mut(id) {
            c.mro = mro;
        }
        if let Some(Value::Obj(cell)) = cell {
            if let Some(Object::Cell(slot)) = self.heap.get_mut(cell) {
                *slot = Some(Value::Obj(id));
            }
        }
        self.call_set_names(id, &set_names)?;
        self.call_init_subclass(id, keywords)?;
        Ok(Value::Obj(id))
    }

    /// `type_new`'s checks of a `__slots__` string, tuple or list: every
    /// item a string and an identifier, `__dict__` at most once.
    fn check_slots(&mut self, attrs: &AttrMap) -> RunResult<()> {
        let Some(declared) = attrs.get(self.interner.intern_static("__slots__")) else {
            return Ok(());
        };
        let items = match declared.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Tuple(items) | Object::List(items)) => items.clone(),
            _ if self.str_value(declared).is_some() => vec![declared],
            _ => return Ok(()),
        };
        let mut has_dict = false;
        for item in items {
            let Some(name) = self.str_value(item) else {
                let message = format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(item)
                );
                return Err(RunError::new(ExcKind::TypeError, message));
            };
            if !crate::builtins::is_identifier(&name) {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "__slots__ must be identifiers",
                ));
            }
            if name == "__dict__" {
                if has_dict {
                    let message = "__dict__ slot disallowed: we already got one";
                    return Err(RunError::new(ExcKind::TypeError, message));
                }
                has_dict = true;
            }
        }
        Ok(())
    }

    /// Removes a string attribute from a namespace (`__qualname__`).
    fn take_str_attr(&mut self, attrs: &mut AttrMap, name: &'static str) -> Option<String> {
        let sym = self.interner.intern_static(name);
        attrs.remove(sym).and_then(|v| self.str_value(v))
    }

    /// What `type_new` does to the namespace: `__doc__` defaults to `None`,
    /// `__eq__` without `__hash__` sets `__hash__ = None`, `__new__` is a
    /// staticmethod and `__init_subclass__`/`__class_getitem__` classmethods.
    fn adjust_namespace(&mut self, attrs: &mut AttrMap) {
        let doc = self.interner.intern_static("__doc__");
        if attrs.get(doc).is_none() {
            attrs.set(doc, Value::None);
        }
        let (eq, hash) = (
            self.interner.intern_static("__eq__"),
            self.interner.intern_static("__hash__"),
        );
        if attrs.get(eq).is_some() && attrs.get(hash).is_none() {
            attrs.set(hash, Value::None);
        }
        let new = self.interner.intern_static("__new__");
        if let Some(f) = attrs.get(new).filter(|f| self.is_python_function(*f)) {
            let wrapped = self.heap.alloc(Object::StaticMethod(f));
            attrs.set(new, Value::Obj(wrapped));
        }
        for name in ["__init_subclass__", "__class_getitem__"] {
            let sym = self.interner.intern_static(name);
            if let Some(f) = attrs.get(sym).filter(|f| self.is_python_function(*f)) {
                let wrapped = self.heap.alloc(Object::ClassMethod(f));
                attrs.set(sym, Value::Obj(wrapped));
            }
        }
    }

    /// `value.__set_name__(class, name)` for every namespace entry that has it.
    fn call_set_names(
        &mut self,
        class: ObjId,
        entries: &[(crate::value::symbol::Symbol, Value)],
    ) -> RunResult<()> {
        let set_name = self.interner.intern_static("__set_name__");
        for (name, value) in entries {
            if let Some(Object::Property(p)) = value.as_obj().and_then(|id| self.heap.get_mut(id)) {
                p.name = Some(*name);
                continue;
            }
            if !self.is_user_object(*value) {
                continue;
            }
            let value_class = self.type_of(*value);
            if let Some(f) = self.lookup_type_attr(value_class, set_name) {
                let name = self.new_str(self.interner.name(*name).to_owned());
                self.call_hook(f, vec![*value, Value::Obj(class), name])?;
            }
        }
        Ok(())
    }

    /// `super(class, class).__init_subclass__(**keywords)`.
    fn call_init_subclass(
        &mut self,
        class: ObjId,
        keywords: &[(crate::value::symbol::Symbol, Value)],
    ) -> RunResult<()> {
        let sym = self.interner.intern_static("__init_subclass__");
        let mro = self.class(class).map(|c| c.mro.clone()).unwrap_or_default();
        let found = mro
            .iter()
            .skip(1)
            .find_map(|k| self.class(*k).and_then(|c| c.attrs.get(sym)));
        let Some(hook) = found else {
            if !keywords.is_empty() {
                let name = self
                    .class(class)
                    .map(|c| c.name.to_string())
                    .unwrap_or_default();
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!("{name}.__init_subclass__() takes no keyword arguments"),
                ));
            }
            return Ok(());
        };
        let bound = self.descr_get(hook, None, class)?;
        self.call_nested_args(
            bound,
            Args {
                positional: Vec::new(),
                keywords: keywords.to_vec(),
            },
        )
        .map(drop)
    }

    /// C3 linearisation of `bases` (the MRO without the class itself).
    fn c3_merge(&self, bases: &[ObjId]) -> RunResult<Vec<ObjId>> {
        let mut sequences: Vec<Vec<ObjId>> = bases
            .iter()
            .map(|b| self.class(*b).map(|c| c.mro.clone()).unwrap_or_default())
            .collect();
        sequences.push(bases.to_vec());
        let mut result = Vec::new();
        loop {
            sequences.retain(|s| !s.is_empty());
            if sequences.is_empty() {
                return Ok(result);
            }
            let candidate = sequences
                .iter()
                .filter_map(|s| s.first().copied())
                .find(|c| sequences.iter().all(|s| !s[1..].contains(c)));
            let Some(next) = candidate else {
                let mut heads: Vec<ObjId> = Vec::new();
                for head in sequences.iter().filter_map(|s| s.first()) {
                    if !heads.contains(head) {
                        heads.push(*head);
                    }
                }
                let names: Vec<String> = heads
                    .iter()
                    .filter_map(|b| self.class(*b).map(|c| c.name.to_string()))
                    .collect();
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    ),
                ));
            };
            result.push(next);
            for s in &mut sequences {
                if s.first() == Some(&next) {
                    s.remove(0);
                }
            }
        }
    }
}
