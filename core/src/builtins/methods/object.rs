//! Methods of `object`, `BaseException` and `property`.

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::{Object, Property};
use crate::value::Value;

/// `object.__init__(self)`.
pub(crate) fn object_init(_vm: &mut Vm, _receiver: Value, _args: Args) -> RunResult<Value> {
    Ok(Value::None)
}

/// `BaseException.__init__(self, *args)`: sets `args`.
pub(crate) fn exception_init(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    if let Some(Object::Exception(e)) = receiver.as_obj().and_then(|id| vm.heap.get_mut(id)) {
        e.args = args.positional;
    }
    Ok(Value::None)
}

fn property_of(vm: &Vm, receiver: Value) -> RunResult<Property> {
    match receiver.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Property(p)) => Ok(*p),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires a 'property' object",
        )),
    }
}

fn with_property(
    vm: &mut Vm,
    receiver: Value,
    args: &Args,
    change: fn(&mut Property, Value),
) -> RunResult<Value> {
    let [f] = args.exact("property")?;
    let mut p = property_of(vm, receiver)?;
    change(&mut p, f);
    Ok(Value::Obj(vm.heap.alloc(Object::Property(p))))
}

/// `property.setter(f)`.
pub(crate) fn property_setter(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    with_property(vm, receiver, &args, |p, f| p.fset = f)
}

/// `property.getter(f)`.
pub(crate) fn property_getter(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    with_property(vm, receiver, &args, |p, f| p.fget = f)
}

/// `property.deleter(f)`.
pub(crate) fn property_deleter(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    with_property(vm, receiver, &args, |p, f| p.fdel = f)
}
