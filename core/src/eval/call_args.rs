//! Building the arguments of `f(*args, **kwargs)` calls with CPython's
//! errors, which name the callee as `_PyObject_FunctionStr` does
//! (`__main__.f() got multiple values for keyword argument 'x'`).

use super::frame::PyFrame;
use super::vm::Vm;
use crate::exc::{call as msg, ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

impl Vm {
    /// The callee as CPython's `_PyObject_FunctionStr` names it, without the
    /// trailing `()`: `__main__.f`, `Cls.method` qualified by its module, `len`.
    pub(crate) fn function_str(&mut self, callee: Value) -> String {
        let (qualname, module) = (
            self.interner.intern_static("__qualname__"),
            self.interner.intern_static("__module__"),
        );
        let Some(qualname) = self
            .get_attr(callee, qualname)
            .ok()
            .and_then(|q| self.str_value(q))
        else {
            return format!("{} object", self.type_name(callee));
        };
        let module = match callee.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Builtin(_)) => None,
            _ => self
                .get_attr(callee, module)
                .ok()
                .and_then(|m| self.str_value(m)),
        };
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qualname}"),
            _ => qualname,
        }
    }

    /// `CallEx`'s positional part: a tuple, or any iterable (`f(*it)`).
    pub(crate) fn star_positional(
        &mut self,
        callee: Value,
        positional: Value,
    ) -> RunResult<Vec<Value>> {
        if let Some(Object::Tuple(items)) = positional.as_obj().map(|id| self.heap.get(id)) {
            return Ok(items.clone());
        }
        match self.collect_values(positional) {
            Ok(items) => Ok(items),
            Err(e)
                if self.error_matches(&e, ExcKind::TypeError) && !self.is_iterable(positional) =>
            {
                let name = self.function_str(callee);
                Err(msg::star_not_iterable(&name, &self.type_name(positional)))
            }
            Err(e) => Err(e),
        }
    }

    /// `[*v]` / `f(a, *v)`: the items of `v`, or CPython's `Value after *` error.
    pub(crate) fn star_items(&mut self, value: Value) -> RunResult<Vec<Value>> {
        match self.collect_values(value) {
            Err(e) if self.error_matches(&e, ExcKind::TypeError) && !self.is_iterable(value) => {
                Err(msg::value_after_star(&self.type_name(value)))
            }
            other => other,
        }
    }

    /// Whether `iter(v)` could work (a type with `__iter__` or `__getitem__`).
    fn is_iterable(&mut self, v: Value) -> bool {
        self.get_iter(v).is_ok()
    }

    /// `DictMerge(depth)`: `[f, args, kwargs, .., m] -> [f, args, kwargs, ..]`,
    /// merging mapping `m` into the call's keyword dict; duplicate keys and
    /// non-mappings raise CPython's errors naming `f`.
    pub(crate) fn dict_merge(&mut self, frame: &mut PyFrame, depth: u32) -> RunResult<()> {
        let value = frame
            .stack
            .pop()
            .ok_or_else(|| RunError::internal("DictMerge underflow"))?;
        let at = |d: u32| {
            frame
                .stack
                .len()
                .checked_sub(d as usize)
                .and_then(|i| frame.stack.get(i))
                .copied()
                .ok_or_else(|| RunError::internal("DictMerge depth"))
        };
        let (target, callee) = (at(depth)?, at(depth + 2)?);
        let Ok(entries) = self.dict_entries(value) else {
            let name = self.function_str(callee);
            return Err(msg::kwargs_not_mapping(&name, &self.type_name(value)));
        };
        let Value::Obj(dict) = target else {
            return Err(RunError::internal("DictMerge target"));
        };
        // Into an empty dict (the first mapping of the call) no key can
        // repeat: the mapping's own keys are distinct.
        let fresh = matches!(self.heap.get(dict), Object::Dict(d) if d.len() == 0);
        for (key, item) in entries {
            if !fresh && self.dict_get(dict, key)?.is_some() {
                let name = self.function_str(callee);
                return Err(match self.str_value(key) {
                    Some(k) => msg::multiple_keyword_values(&name, &k),
                    None => msg::keywords_must_be_strings(),
                });
            }
            self.dict_set(target, key, item)?;
        }
        Ok(())
    }
}
