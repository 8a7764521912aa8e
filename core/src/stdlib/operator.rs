//! `_operator`: the parts of `operator` that must be native to match CPython
//! (whose `operator` module takes them from its C `_operator`); the rest of
//! `operator` is Python (`python/operator.py`).

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::RunResult;
use crate::value::Value;

/// The module (its functions are rows of the builtins table).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_operator",
    constants: &[],
    init: None,
    python: None,
};

/// `operator.index(a)`: <https://docs.python.org/3/library/operator.html#operator.index>
pub(crate) fn index(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [a] = args.exact("index")?;
    vm.index_of(a)
}
