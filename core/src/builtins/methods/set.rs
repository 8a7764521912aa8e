//! Methods of `set` and `frozenset`. <https://docs.python.org/3/library/stdtypes.html#set>

use crate::compile::code::BinOp;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{lookup, ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

fn set_id(vm: &Vm, receiver: Value) -> RunResult<ObjId> {
    match receiver {
        Value::Obj(id) if vm.is_set(receiver) => Ok(id),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires a 'set' object",
        )),
    }
}

/// A `set` used as a key is looked up as the equal `frozenset`, as CPython's
/// `set_discard_key`/`set_contains_key` retry an unhashable set.
pub(crate) fn frozen_key(vm: &mut Vm, v: Value) -> RunResult<Value> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Set(_)) => vm.copy_set(v, true),
        _ => Ok(v),
    }
}

/// `set.add(x)`.
pub(crate) fn add(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("set.add")?;
    vm.set_add(receiver, v)?;
    Ok(Value::None)
}

/// `set.discard(x)`.
pub(crate) fn discard(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("set.discard")?;
    let v = frozen_key(vm, v)?;
    let id = set_id(vm, receiver)?;
    vm.set_discard(id, v)?;
    Ok(Value::None)
}

/// `set.remove(x)`.
pub(crate) fn remove(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("set.remove")?;
    let v = frozen_key(vm, v)?;
    let id = set_id(vm, receiver)?;
    if vm.set_discard(id, v)? {
        Ok(Value::None)
    } else {
        Err(lookup::key_error(v))
    }
}

/// `set.pop()`.
pub(crate) fn pop(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("set.pop")?;
    let id = set_id(vm, receiver)?;
    match vm.heap.get_mut(id) {
        Some(Object::Set(s)) => s
            .pop()
            .ok_or_else(|| RunError::new(ExcKind::KeyError, "pop from an empty set")),
        _ => Err(RunError::internal("pop on a non-set")),
    }
}

/// `set.clear()`.
pub(crate) fn clear(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("set.clear")?;
    let id = set_id(vm, receiver)?;
    if let Some(Object::Set(s)) = vm.heap.get_mut(id) {
        s.clear();
    }
    Ok(Value::None)
}

/// `set.copy()`.
pub(crate) fn copy(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("set.copy")?;
    let id = set_id(vm, receiver)?;
    let frozen = matches!(vm.heap.get(id), Object::FrozenSet(_));
    vm.copy_set(receiver, frozen)
}

/// `set.update(*iterables)`.
pub(crate) fn update(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let id = set_id(vm, receiver)?;
    for it in args.positional {
        if vm.is_set(it) {
            vm.set_update_op(BinOp::Or, id, it)?;
            continue;
        }
        for item in vm.collect_values(it)? {
            vm.set_add(receiver, item)?;
        }
    }
    Ok(Value::None)
}

/// Applies `op` between the receiver and each argument (any iterable).
fn fold(vm: &mut Vm, receiver: Value, args: Args, op: BinOp) -> RunResult<Value> {
    let frozen = matches!(
        receiver.as_obj().map(|id| vm.heap.get(id)),
        Some(Object::FrozenSet(_))
    );
    let items = vm.set_items(receiver);
    let mut acc = vm.new_set(&items, frozen)?;
    for other in args.positional {
        let other = if vm.is_set(other) {
            other
        } else {
            let items = vm.collect_values(other)?;
            vm.new_set(&items, false)?
        };
        acc = vm.set_binary(op, acc, other)?.unwrap_or(acc);
    }
    Ok(acc)
}

/// `set.union(*others)`.
pub(crate) fn union(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    fold(vm, receiver, args, BinOp::Or)
}

/// `set.intersection(*others)`.
pub(crate) fn intersection(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    fold(vm, receiver, args, BinOp::And)
}

/// `set.difference(*others)`.
pub(crate) fn difference(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    fold(vm, receiver, args, BinOp::Sub)
}

/// `set.symmetric_difference(other)`.
pub(crate) fn symmetric_difference(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [other] = args.exact("symmetric_difference")?;
    let other = as_set(vm, other)?;
    Ok(vm
        .set_binary(BinOp::Xor, receiver, other)?
        .unwrap_or(receiver))
}

fn as_set(vm: &mut Vm, v: Value) -> RunResult<Value> {
    if vm.is_set(v) {
        return Ok(v);
    }
    let items = vm.collect_values(v)?;
    vm.new_set(&items, false)
}

/// `set.issubset(other)`.
pub(crate) fn issubset(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [other] = args.exact("issubset")?;
    let other = as_set(vm, other)?;
    vm.set_is_subset(receiver, other).map(Value::Bool)
}

/// `set.issuperset(other)`.
pub(crate) fn issuperset(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [other] = args.exact("issuperset")?;
    let other = as_set(vm, other)?;
    vm.set_is_subset(other, receiver).map(Value::Bool)
}

/// `set.isdisjoint(other)`.
pub(crate) fn isdisjoint(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [other] = args.exact("isdisjoint")?;
    let other = as_set(vm, other)?;
    let common = vm.set_binary(BinOp::And, receiver, other)?;
    Ok(Value::Bool(
        common.is_none_or(|c| vm.set_items(c).is_empty()),
    ))
}

/// In-place forms: `intersection_update`, `difference_update` (each
/// argument in turn), `symmetric_difference_update` (exactly one).
fn update_with(vm: &mut Vm, receiver: Value, args: Args, op: BinOp) -> RunResult<Value> {
    let id = set_id(vm, receiver)?;
    let others = if op == BinOp::Xor {
        let [other] = args.exact("symmetric_difference_update")?;
        vec![other]
    } else {
        args.positional
    };
    for other in others {
        let other = as_set(vm, other)?;
        vm.set_update_op(op, id, other)?;
    }
    Ok(Value::None)
}

/// `set.intersection_update(*others)`.
pub(crate) fn intersection_update(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    update_with(vm, receiver, args, BinOp::And)
}

/// `set.difference_update(*others)`.
pub(crate) fn difference_update(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    update_with(vm, receiver, args, BinOp::Sub)
}

/// `set.symmetric_difference_update(other)`.
pub(crate) fn symmetric_difference_update(
    vm: &mut Vm,
    receiver: Value,
    args: Args,
) -> RunResult<Value> {
    update_with(vm, receiver, args, BinOp::Xor)
}
