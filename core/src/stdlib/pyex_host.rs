//! `_pyex_host`: awaitable host functions (not a CPython module). Its Python
//! part wraps a host module's async functions in `async def`s whose calls
//! register with the running asyncio loop; the loop hands every pending call
//! over at once with [`wait`] (protocol: `host.rs`).

use super::NativeModule;
use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// The module: `wait` in Rust, the wrappers in Python.
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_pyex_host",
    constants: &[],
    init: None,
    python: Some(include_str!("python/pyex_host.py")),
};

/// `_pyex_host.wait(calls)`: pauses the run at every call of `calls`, a list
/// of `(host_function, args_tuple, kwargs_dict)`; resumed, returns one
/// `(True, value)` or `(False, exception)` per call, in order.
pub(crate) fn wait(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [calls] = args.exact("wait")?;
    let mut batch = Vec::new();
    for item in vm.list_items(calls)? {
        let parts = vm.tuple_items(item)?;
        let [function, positional, keywords] = parts.as_slice() else {
            return Err(RunError::new(
                ExcKind::TypeError,
                "wait() expects (function, args, kwargs) triples",
            ));
        };
        let Some(Object::HostFunction(h)) = function.as_obj().map(|id| vm.heap.get(id)) else {
            return Err(RunError::new(
                ExcKind::TypeError,
                "wait() expects host functions",
            ));
        };
        let (module, name) = (h.module.to_string(), h.name.to_string());
        let mut call_args = Args::positional(vm.tuple_items(*positional)?);
        for (key, value) in vm.dict_entries(*keywords)? {
            let Some(key) = vm.str_value(key) else {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "keywords must be strings",
                ));
            };
            call_args.keywords.push((vm.interner.intern(&key), value));
        }
        batch.push(vm.host_call(module, name, &call_args)?);
    }
    if batch.is_empty() {
        return Ok(Called::Value(vm.new_list(Vec::new())));
    }
    Ok(Called::Host(vm.pause_at_batch(batch)?))
}
