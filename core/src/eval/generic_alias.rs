//! `types.GenericAlias` (`list[int]`, `dict[str, int]`, `Cls[T]` through
//! `__class_getitem__`) and `types.UnionType` (`int | None`), the values
//! annotations evaluate to. Both are instances of builtin classes holding
//! `__origin__`/`__args__` as attributes; their reprs are CPython's.

use super::vm::Vm;
use crate::exc::{ops, RunResult};
use crate::value::class::Instance;
use crate::value::object::Object;
use crate::value::symbol::AttrMap;
use crate::value::{ObjId, Value};

/// Builtin classes that can be parameterised (`list[int]`).
const GENERIC_BUILTINS: &[&str] = &["list", "dict", "tuple", "set", "frozenset", "type"];

impl Vm {
    /// `Class[key]`: `__class_getitem__`, or a `GenericAlias` of a builtin container.
    pub(crate) fn class_getitem(&mut self, class: ObjId, key: Value) -> RunResult<Value> {
        let sym = self.interner.intern("__class_getitem__");
        if let Some(f) = self.lookup_type_attr(class, sym) {
            let bound = self.descr_get(f, None, class)?;
            return self.call_hook(bound, vec![key]);
        }
        let meta = self.type_of(Value::Obj(class));
        let getitem = self.interner.intern("__getitem__");
        if self.is_user_class(meta) {
            if let Some(f) = self.lookup_type_attr(meta, getitem) {
                return self.call_hook(f, vec![Value::Obj(class), key]);
            }
        }
        let generic = self
            .class(class)
            .is_some_and(|c| c.builtin && GENERIC_BUILTINS.contains(&&*c.name));
        if !generic {
            return Err(ops::not_subscriptable("type"));
        }
        let args = match key.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => vec![key],
        };
        Ok(self.generic_alias(Value::Obj(class), args))
    }

    /// A new `GenericAlias(origin, args)`.
    pub(crate) fn generic_alias(&mut self, origin: Value, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        let mut attrs = AttrMap::default();
        attrs.set(self.interner.intern("__origin__"), origin);
        attrs.set(self.interner.intern("__args__"), args);
        let mut instance = Instance::new(self.types.generic_alias);
        instance.attrs = attrs;
        Value::Obj(self.heap.alloc(Object::Instance(instance)))
    }

    /// `a | b` of types (`int | None`): a `UnionType`, or `None` when the
    /// operands are not types.
    pub(crate) fn type_union(&mut self, a: Value, b: Value) -> Option<Value> {
        if !self.is_type_like(a) || !self.is_type_like(b) {
            return None;
        }
        let mut args = Vec::new();
        for side in [a, b] {
            for item in self.union_members(side) {
                if !args.contains(&item) {
                    args.push(item);
                }
            }
        }
        let args = self.new_tuple(args);
        let mut instance = Instance::new(self.types.union_type);
        instance.attrs.set(self.interner.intern("__args__"), args);
        Some(Value::Obj(self.heap.alloc(Object::Instance(instance))))
    }

    /// The members of a union operand (`None` stands for `NoneType`).
    fn union_members(&mut self, v: Value) -> Vec<Value> {
        if v == Value::None {
            return vec![Value::Obj(self.types.none)];
        }
        if let Some(args) = self.alias_field(v, self.types.union_type, "__args__") {
            return self.tuple_items(args).unwrap_or_default();
        }
        vec![v]
    }

    /// Whether `v` can be an operand of a type union.
    fn is_type_like(&self, v: Value) -> bool {
        match v {
            Value::None => true,
            Value::Obj(id) => match self.heap.get(id) {
                Object::Class(_) => true,
                Object::Instance(inst) => {
                    inst.class == self.types.generic_alias || inst.class == self.types.union_type
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// `v.field` when `v` is an instance of the builtin class `class`.
    fn alias_field(&mut self, v: Value, class: ObjId, field: &str) -> Option<Value> {
        let sym = self.interner.intern(field);
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Instance(inst)) if inst.class == class => inst.attrs.get(sym),
            _ => None,
        }
    }

    /// The classes a `UnionType` stands for in `isinstance`, if `v` is one.
    pub(crate) fn union_classes(&mut self, v: Value) -> Option<Vec<Value>> {
        let args = self.alias_field(v, self.types.union_type, "__args__")?;
        self.tuple_items(args).ok()
    }

    /// `alias.__origin__` when `v` is a `GenericAlias` (calling one calls it).
    pub(crate) fn alias_origin(&mut self, v: Value) -> Option<Value> {
        self.alias_field(v, self.types.generic_alias, "__origin__")
    }

    /// `==` of two aliases: same origin and arguments (a union's in any order);
    /// `None` when either is not an alias.
    pub(crate) fn alias_eq(&mut self, a: Value, b: Value) -> RunResult<Option<bool>> {
        if let (Some(x), Some(y)) = (self.union_classes(a), self.union_classes(b)) {
            return Ok(Some(x.len() == y.len() && x.iter().all(|m| y.contains(m))));
        }
        let (Some(oa), Some(ob)) = (self.alias_origin(a), self.alias_origin(b)) else {
            return Ok(None);
        };
        let args = |vm: &mut Vm, v: Value| {
            vm.alias_field(v, vm.types.generic_alias, "__args__")
                .unwrap_or(Value::None)
        };
        let (aa, ab) = (args(self, a), args(self, b));
        Ok(Some(oa == ob && self.eq(aa, ab)?))
    }

    /// `repr` of a `GenericAlias` or `UnionType`; `None` for other instances.
    pub(crate) fn alias_repr(&mut self, v: Value) -> RunResult<Option<String>> {
        if let Some(args) = self.union_classes(v) {
            let parts: RunResult<Vec<String>> =
                args.into_iter().map(|a| self.type_arg_repr(a)).collect();
            return Ok(Some(parts?.join(" | ")));
        }
        let Some(origin) = self.alias_field(v, self.types.generic_alias, "__origin__") else {
            return Ok(None);
        };
        let args = self
            .alias_field(v, self.types.generic_alias, "__args__")
            .map(|t| self.tuple_items(t).unwrap_or_default())
            .unwrap_or_default();
        let head = self.type_arg_repr(origin)?;
        let parts: RunResult<Vec<String>> =
            args.into_iter().map(|a| self.type_arg_repr(a)).collect();
        let parts = parts?;
        let inner = if parts.is_empty() {
            "()".to_owned()
        } else {
            parts.join(", ")
        };
        Ok(Some(format!("{head}[{inner}]")))
    }

    /// One argument of an alias repr, as CPython's `ga_repr_item`.
    fn type_arg_repr(&mut self, v: Value) -> RunResult<String> {
        if v == Value::Obj(self.ellipsis) {
            return Ok("...".to_owned());
        }
        if let Value::Obj(id) = v {
            if let Some(c) = self.class(id) {
                if id == self.types.none {
                    return Ok("None".to_owned());
                }
                return Ok(if &*c.module == "builtins" {
                    c.qualname.to_string()
                } else {
                    format!("{}.{}", c.module, c.qualname)
                });
            }
        }
        self.repr(v)
    }
}
