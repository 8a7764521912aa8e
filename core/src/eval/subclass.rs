//! Instances of user subclasses of builtin types (`class Tree(dict)`): the
//! object is the builtin one, so every builtin operation works on it; these
//! helpers let the operations that CPython dispatches through the type
//! (`obj[key]`, `__missing__`) reach the user's overrides first.

use super::vm::Vm;
use crate::exc::{lookup, ExcKind, RunError, RunResult};
use crate::value::{ObjId, Value};

impl Vm {
    /// Calls the user's override `name` (`__getitem__`, `__setitem__`, ...)
    /// when `obj` is an instance of a user subclass of a builtin type whose
    /// class defines it; `None` otherwise (the builtin behaviour applies).
    pub(crate) fn subclass_dunder(
        &mut self,
        obj: Value,
        name: &str,
        args: &[Value],
    ) -> RunResult<Option<Value>> {
        let Some(class) = self.subclass_of(obj) else {
            return Ok(None);
        };
        let sym = self.interner.intern(name);
        let Some(f) = self.lookup_type_attr(class, sym) else {
            return Ok(None);
        };
        let mut call_args = vec![obj];
        call_args.extend_from_slice(args);
        self.call_hook(f, call_args).map(Some)
    }

    /// `obj.__eq__(other)` / `__ne__` when a user class before the builtin base in
    /// the MRO defines it (`class Tag(str)` with `__eq__`); a mixin after the base
    /// (`class HTTP(int, Enum)`) does not override the builtin's comparison.
    fn subclass_comparison(
        &mut self,
        obj: Value,
        name: &'static str,
        other: Value,
    ) -> RunResult<Option<Value>> {
        let Some(class) = self.subclass_of(obj) else {
            return Ok(None);
        };
        let sym = self.interner.intern_static(name);
        let Some(f) = self.lookup_before_builtin(class, sym) else {
            return Ok(None);
        };
        self.call_hook(f, vec![obj, other]).map(Some)
    }

    /// `name` in the MRO of `class` up to its first builtin base: the dunders that
    /// every builtin type defines (`__hash__`, `__eq__`) stop there, as in CPython.
    fn lookup_before_builtin(
        &self,
        class: ObjId,
        name: crate::value::symbol::Symbol,
    ) -> Option<Value> {
        let mro = &self.class(class)?.mro;
        for k in mro {
            let c = self.class(*k)?;
            if c.builtin {
                return None;
            }
            if let Some(v) = c.attrs.get(name) {
                return Some(v);
            }
        }
        None
    }

    /// What the user class of builtin-subclass instance `v` defines as `name`
    /// before its builtin base (an override of a builtin method).
    pub(crate) fn subclass_override(&mut self, v: Value, name: &str) -> Option<Value> {
        let class = self.subclass_of(v)?;
        let sym = self.interner.intern(name);
        self.lookup_before_builtin(class, sym)
    }

    /// The user class of a builtin-subclass instance.
    fn subclass_of(&self, v: Value) -> Option<ObjId> {
        v.as_obj()
            .and_then(|id| self.heap.subclassed(id))
            .map(|s| s.class)
    }

    /// Whether `v` is an instance of a user subclass of a builtin type.
    pub(crate) fn is_subclassed(&self, v: Value) -> bool {
        v.as_obj()
            .is_some_and(|id| self.heap.subclassed(id).is_some())
    }

    /// Whether `v` is a builtin-subclass instance whose class defines `name`
    /// (then builtin fast paths must leave the operation to Python code).
    pub(crate) fn subclass_defines(&self, v: Value, name: &str) -> bool {
        let Some(class) = self.subclass_of(v) else {
            return false;
        };
        self.interner
            .get(name)
            .is_some_and(|sym| self.lookup_type_attr(class, sym).is_some())
    }

    /// `a != b` when either is a builtin-subclass instance: its `__ne__`,
    /// else the builtin comparison (builtin types define their own `__ne__`).
    pub(crate) fn subclass_ne(&mut self, a: Value, b: Value) -> RunResult<Option<bool>> {
        if !self.is_subclassed(a) && !self.is_subclassed(b) {
            return Ok(None);
        }
        let not_implemented = self.not_implemented();
        for (x, y) in [(b, a), (a, b)] {
            if let Some(r) = self.subclass_comparison(x, "__ne__", y)? {
                if r != not_implemented {
                    return self.truthy(r).map(Some);
                }
            }
        }
        let taken: Vec<_> = [a, b]
            .iter()
            .filter_map(|v| v.as_obj())
            .filter_map(|id| self.heap.take_subclassed(id).map(|s| (id, s)))
            .collect();
        let equal = self.eq_builtin(a, b);
        for (id, record) in taken {
            self.heap.restore_subclassed(id, record);
        }
        Ok(equal.map(|e| !e))
    }

    /// `len(obj)` through a user `__len__` of a builtin subclass.
    pub(crate) fn subclass_len(&mut self, obj: Value) -> RunResult<Option<usize>> {
        match self.subclass_dunder(obj, "__len__", &[])? {
            Some(n) => self.len_result(n).map(|n| Some(n as usize)),
            None => Ok(None),
        }
    }

    /// `bool(obj)` through a user `__bool__` (or `__len__`) of a builtin subclass.
    pub(crate) fn subclass_truthy(&mut self, obj: Value) -> RunResult<Option<bool>> {
        if let Some(b) = self.subclass_dunder(obj, "__bool__", &[])? {
            return match b {
                Value::Bool(b) => Ok(Some(b)),
                other => Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(other)
                    ),
                )),
            };
        }
        Ok(self.subclass_len(obj)?.map(|n| n > 0))
    }

    /// `hash(obj)` through a user `__hash__` of a builtin subclass (`None`
    /// in the class, as next to a user `__eq__`, makes it unhashable).
    pub(crate) fn subclass_hash(&mut self, obj: Value) -> RunResult<Option<i64>> {
        let Some(class) = self.subclass_of(obj) else {
            return Ok(None);
        };
        let sym = self.interner.intern("__hash__");
        match self.lookup_before_builtin(class, sym) {
            None => Ok(None),
            Some(Value::None) => Err(crate::exc::ops::unhashable(&self.type_name(obj))),
            Some(f) => match self.call_hook(f, vec![obj])? {
                Value::Int(i) => Ok(Some(i)),
                other => self.hash(other).map(Some),
            },
        }
    }

    /// `a == b` through a user `__eq__` of a builtin subclass on either side
    /// (the right operand first when its type is the subclass, as CPython).
    pub(crate) fn subclass_eq(&mut self, a: Value, b: Value) -> RunResult<Option<bool>> {
        let not_implemented = self.not_implemented();
        for (x, y) in [(b, a), (a, b)] {
            if let Some(r) = self.subclass_comparison(x, "__eq__", y)? {
                if r != not_implemented {
                    return self.truthy(r).map(Some);
                }
            }
        }
        Ok(None)
    }

    /// `d[key]` missed: `type(d).__missing__(d, key)` for dict subclasses, else `KeyError`.
    pub(crate) fn dict_missing(&mut self, obj: Value, key: Value) -> RunResult<Value> {
        match self.subclass_dunder(obj, "__missing__", &[key])? {
            Some(v) => Ok(v),
            None => Err(lookup::key_error(key)),
        }
    }
}
