//! `_collections`: the C helper of CPython's `collections` module that makes
//! `Counter(iterable)` fast (<https://github.com/python/cpython/blob/3.11/Modules/_collectionsmodule.c>).

use super::NativeModule;
use crate::compile::code::BinOp;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::RunResult;
use crate::value::object::Object;
use crate::value::Value;

/// The module (functions only).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_collections",
    constants: &[],
    init: None,
    python: None,
};

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`
/// for each element, straight on the dict. Returns `False` without touching
/// anything when the fast path does not apply (the mapping overrides `get` or
/// `__setitem__`, or the iterable may run Python code: a generator or a user
/// iterator), so the Python loop in `collections.py` does the work instead.
pub(crate) fn count_elements(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [mapping, iterable] = args.exact("_count_elements")?;
    let Some(dict) = mapping
        .as_obj()
        .filter(|id| matches!(vm.heap.get(*id), Object::Dict(_)))
    else {
        return Ok(Value::Bool(false));
    };
    if vm.subclass_defines(mapping, "get") || vm.subclass_defines(mapping, "__setitem__") {
        return Ok(Value::Bool(false));
    }
    let plain = match iterable.as_obj().map(|id| vm.heap.get(id)) {
        Some(
            Object::List(_)
            | Object::Tuple(_)
            | Object::Str(_)
            | Object::Dict(_)
            | Object::Set(_)
            | Object::FrozenSet(_)
            | Object::Range(_)
            | Object::Bytes(_)
            | Object::DictView(..),
        ) => !vm.is_subclassed(iterable),
        _ => false,
    };
    if !plain {
        return Ok(Value::Bool(false));
    }
    for item in vm.collect_values(iterable)? {
        let count = match vm.dict_get(dict, item)? {
            None => Value::Int(1),
            Some(Value::Int(n)) if n < i64::MAX => Value::Int(n + 1),
            Some(n) => vm.binary_op(BinOp::Add, n, Value::Int(1))?,
        };
        vm.dict_set(mapping, item, count)?;
    }
    Ok(Value::Bool(true))
}
