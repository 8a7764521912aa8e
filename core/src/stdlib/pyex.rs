//! `_pyex`: interpreter hooks the Python-source stdlib modules need and the
//! core does not expose yet (not a CPython module; programs should not use it).

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::class::{Instance, Layout};
use crate::value::object::Object;
use crate::value::Value;

/// The module (functions only).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_pyex",
    constants: &[],
    init: None,
    python: None,
};

/// `_pyex.entropy()`: 64 unpredictable bits from the host (seeds `random`).
pub(crate) fn entropy(_: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    use std::hash::{BuildHasher, Hasher};
    let [] = args.exact("entropy")?;
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hasher.write_u128(nanos);
    Ok(Value::Int((hasher.finish() >> 1) as i64))
}

/// `_pyex.now_ns()`: the host's wall clock, nanoseconds since the epoch (for `time`).
pub(crate) fn now_ns(_: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [] = args.exact("now_ns")?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    Ok(Value::Int(i64::try_from(nanos).unwrap_or(i64::MAX)))
}

/// `_pyex.new_instance(cls)`: an instance of a plain class without running
/// `__init__` (what `object.__new__(cls)` gives; `copy` uses it).
pub(crate) fn new_instance(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [cls] = args.exact("new_instance")?;
    let Some((class, Layout::Object)) = cls
        .as_obj()
        .and_then(|id| vm.class(id).map(|c| (id, c.layout)))
    else {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("cannot create '{}' instances", vm.type_name(cls)),
        ));
    };
    Ok(Value::Obj(vm.heap.alloc(Object::Instance(Instance {
        class,
        attrs: crate::value::symbol::AttrMap::default(),
        dict: None,
    }))))
}

/// `_pyex.format_exception(exc)`: the text python3 prints for `exc` if it
/// went uncaught (its chain and traceback so far); `traceback` is built on it.
pub(crate) fn format_exception(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [exc] = args.exact("format_exception")?;
    let Some(id) = exc
        .as_obj()
        .filter(|id| matches!(vm.heap.get(*id), Object::Exception(_)))
    else {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("expected an exception, not '{}'", vm.type_name(exc)),
        ));
    };
    let text = vm.render_traceback(id);
    Ok(vm.new_str(text))
}
