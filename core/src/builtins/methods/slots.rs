//! The operator methods of builtin types called by name (`dict.__getitem__(self, k)`,
//! `super().__setitem__(k, v)`, `str.__add__(self, o)`), as used by subclasses
//! of builtin types. Each runs the builtin behaviour on the receiver with its
//! subclass record set aside, so it never dispatches back to the override
//! that called it.

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// CPython's check that a method of a builtin type called through the type
/// (`int.__add__("1", 2)`, `str.upper(5)`) receives an instance of it.
pub(crate) fn check_receiver(vm: &Vm, module: &str, name: &str, receiver: Value) -> RunResult<()> {
    let t = &vm.types;
    let class = match module {
        "int" => t.int,
        "float" => t.float,
        "complex" => t.complex,
        "str" => t.str,
        "bytes" => t.bytes,
        "bytearray" => t.bytearray,
        "list" => t.list,
        "tuple" => t.tuple,
        "dict" => t.dict,
        "set" => t.set,
        "frozenset" => t.frozenset,
        _ => return Ok(()),
    };
    if name == "__new__" || vm.is_subclass(vm.type_of(receiver), class) {
        return Ok(());
    }
    let got = vm.type_name(receiver);
    // Slot wrappers (`__add__`, `__len__`) word it differently from methods;
    // these dunders are plain methods in CPython.
    let method_dunder = matches!(
        (module, name),
        ("list" | "dict", "__getitem__")
            | ("dict", "__contains__")
            | (
                _,
                "__round__"
                    | "__format__"
                    | "__sizeof__"
                    | "__reversed__"
                    | "__getnewargs__"
                    | "__trunc__"
                    | "__floor__"
                    | "__ceil__"
                    | "__class_getitem__"
            )
    );
    let message = if name.starts_with("__") && !method_dunder {
        format!("descriptor '{name}' requires a '{module}' object but received a '{got}'")
    } else {
        format!("descriptor '{name}' for '{module}' objects doesn't apply to a '{got}' object")
    };
    Err(RunError::new(ExcKind::TypeError, message))
}

/// Runs `f` with `receiver` seen as its plain builtin object (its subclass
/// record set aside, so operators do not dispatch back to the override).
pub(crate) fn raw<T>(
    vm: &mut Vm,
    receiver: Value,
    f: impl FnOnce(&mut Vm) -> RunResult<T>,
) -> RunResult<T> {
    let saved = receiver
        .as_obj()
        .and_then(|id| vm.heap.take_subclassed(id).map(|s| (id, s)));
    let result = f(vm);
    if let Some((id, record)) = saved {
        vm.heap.restore_subclassed(id, record);
    }
    result
}

/// `T.__getitem__(self, key)` (for a `dict` subclass, a miss calls `__missing__`).
pub(crate) fn getitem(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [key] = args.exact("__getitem__")?;
    if let Some(id) = receiver.as_obj() {
        if matches!(vm.heap.get(id), Object::Dict(_)) {
            return match vm.dict_get(id, key)? {
                Some(v) => Ok(v),
                None => vm.dict_missing(receiver, key),
            };
        }
    }
    raw(vm, receiver, |vm| vm.get_item(receiver, key))
}

/// `T.__setitem__(self, key, value)`.
pub(crate) fn setitem(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [key, value] = args.exact("__setitem__")?;
    raw(vm, receiver, |vm| vm.set_item(receiver, key, value)).map(|()| Value::None)
}

/// `T.__delitem__(self, key)`.
pub(crate) fn delitem(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [key] = args.exact("__delitem__")?;
    raw(vm, receiver, |vm| vm.del_item(receiver, key)).map(|()| Value::None)
}

/// `T.__len__(self)`.
pub(crate) fn len(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__len__")?;
    raw(vm, receiver, |vm| vm.len(receiver)).map(|n| Value::Int(n as i64))
}

/// `T.__contains__(self, item)`.
pub(crate) fn contains(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [item] = args.exact("__contains__")?;
    raw(vm, receiver, |vm| vm.contains(receiver, item)).map(Value::Bool)
}

/// `T.__iter__(self)`.
pub(crate) fn iter(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__iter__")?;
    raw(vm, receiver, |vm| vm.get_iter(receiver))
}

/// `T.__eq__(self, other)`: `NotImplemented` when `other` is not of the
/// receiver's kind (`'a'.__eq__(1)`), as CPython's rich comparison slots.
pub(crate) fn eq(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [other] = args.exact("__eq__")?;
    let kind = |vm: &Vm, v: Value| match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(_)) => 1,
        Some(Object::List(_)) => 2,
        Some(Object::Tuple(_)) => 3,
        Some(Object::Dict(_)) => 4,
        Some(Object::Set(_) | Object::FrozenSet(_)) => 5,
        _ => 0,
    };
    let mine = kind(vm, receiver);
    if mine != 0 && kind(vm, other) != mine {
        return Ok(Value::Obj(vm.not_implemented));
    }
    raw(vm, receiver, |vm| vm.eq(receiver, other)).map(Value::Bool)
}

macro_rules! inplace_slots {
    ($($name:ident: $op:ident,)*) => {$(
        #[doc = concat!("`T.", stringify!($name), "(self, other)`: the in-place operator; a set")]
        #[doc = "with a non-set operand gives `NotImplemented`."]
        pub(crate) fn $name(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
            let [other] = args.exact(stringify!($name))?;
            let is_set = matches!(receiver.as_obj().map(|id| vm.heap.get(id)), Some(Object::Set(_)));
            if is_set && !vm.is_set(other) {
                return Ok(Value::Obj(vm.not_implemented));
            }
            raw(vm, receiver, |vm| {
                vm.inplace_op(crate::compile::code::BinOp::$op, receiver, other)
            })
        }
    )*};
}

inplace_slots! {
    __iadd__: Add,
    __imul__: Mul,
    __ior__: Or,
    __iand__: And,
    __isub__: Sub,
    __ixor__: Xor,
}

/// `list.__reversed__()`: `reversed(self)`.
pub(crate) fn reversed(
    vm: &mut Vm,
    receiver: Value,
    args: Args,
) -> RunResult<crate::eval::call::Called> {
    args.exact::<0>("__reversed__")?;
    crate::builtins::functions::iter::builtin_reversed(
        vm,
        Value::None,
        Args::positional(vec![receiver]),
    )
}

/// `int.__round__(ndigits=None)` / `float.__round__(...)`: `round(self, ...)`.
pub(crate) fn round(vm: &mut Vm, receiver: Value, mut args: Args) -> RunResult<Value> {
    args.positional.insert(0, receiver);
    crate::builtins::functions::numeric::builtin_round(vm, Value::None, args)
}

/// `T.__hash__(self)`.
pub(crate) fn hash(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__hash__")?;
    raw(vm, receiver, |vm| vm.hash(receiver)).map(Value::Int)
}

macro_rules! binary_slots {
    ($($name:ident: $op:ident,)*) => {$(
        #[doc = concat!("`T.", stringify!($name), "(self, other)`.")]
        pub(crate) fn $name(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
            let [other] = args.exact(stringify!($name))?;
            raw(vm, receiver, |vm| {
                vm.binary_op(crate::compile::code::BinOp::$op, receiver, other)
            })
        }
    )*};
}

binary_slots! {
    add: Add,
    sub: Sub,
    modulo: Mod,
}

/// `T.__mul__(self, n)`: a sequence's repeat count must be an index
/// (`(1,).__mul__('2')`: `'str' object cannot be interpreted as an integer`).
pub(crate) fn mul(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let is_seq = matches!(
        receiver.as_obj().map(|id| vm.heap.get(id)),
        Some(Object::Str(_) | Object::List(_) | Object::Tuple(_))
    );
    if let (true, [n]) = (is_seq, args.positional.as_slice()) {
        if vm.index_value(*n).is_none() && !vm.is_user_object(*n) {
            return Err(crate::exc::ops::not_an_integer(&vm.type_name(*n)));
        }
    }
    let [other] = args.exact("__mul__")?;
    raw(vm, receiver, |vm| {
        vm.binary_op(crate::compile::code::BinOp::Mul, receiver, other)
    })
}
