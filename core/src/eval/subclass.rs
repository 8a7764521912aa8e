//! Instances of user subclasses of builtin types (`class Tree(dict)`): the
//! object is the builtin one, so every builtin operation works on it; these
//! helpers let the operations that CPython dispatches through the type
//! (`obj[key]`, `__missing__`) reach the user's overrides first.

use super::vm::Vm;
use crate::exc::{lookup, RunResult};
use crate::value::Value;

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
        let Some(class) = obj
            .as_obj()
            .and_then(|id| self.heap.subclassed(id))
            .map(|s| s.class)
        else {
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

    /// `d[key]` missed: `type(d).__missing__(d, key)` for dict subclasses, else `KeyError`.
    pub(crate) fn dict_missing(&mut self, obj: Value, key: Value) -> RunResult<Value> {
        match self.subclass_dunder(obj, "__missing__", &[key])? {
            Some(v) => Ok(v),
            None => Err(lookup::key_error(key)),
        }
    }
}
