//! The one-operand methods of `int` and `float` called by name
//! (`(10).__index__()`, `(2.5).__int__()`, `int.__neg__(self)` from a
//! subclass), and `int`'s bitwise operator methods.
//!
//! Each works on the receiver's plain number (a subclass's record set aside),
//! so an override calling `int.__neg__(self)` does not dispatch back to itself.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::compile::code::UnOp;
use crate::eval::arith::Num;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

/// The receiver as its plain number.
fn number(vm: &Vm, receiver: Value) -> RunResult<Num> {
    vm.num(receiver).ok_or_else(|| {
        RunError::new(
            ExcKind::TypeError,
            format!(
                "descriptor requires a number, not '{}'",
                vm.type_name(receiver)
            ),
        )
    })
}

/// A number as an exact `int` (bools and subclass instances become plain
/// ints); a float is rounded by `round` first.
fn to_int(vm: &mut Vm, receiver: Value, round: fn(f64) -> f64) -> RunResult<Value> {
    match number(vm, receiver)? {
        Num::Int(i) => Ok(Value::Int(i)),
        Num::Big(b) => Ok(vm.int_value(b)),
        Num::Float(f) => vm.float_to_int(f, round),
    }
}

/// `int.__index__()` / `int.__int__()` / `float.__int__()` / `__trunc__()`.
pub(crate) fn dunder_int(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__int__")?;
    to_int(vm, receiver, f64::trunc)
}

/// `__floor__()`.
pub(crate) fn dunder_floor(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__floor__")?;
    to_int(vm, receiver, f64::floor)
}

/// `__ceil__()`.
pub(crate) fn dunder_ceil(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__ceil__")?;
    to_int(vm, receiver, f64::ceil)
}

/// `__float__()` (`OverflowError` for ints too large).
pub(crate) fn dunder_float(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__float__")?;
    let n = number(vm, receiver)?;
    crate::eval::arith::to_f64(&n).map(Value::Float)
}

/// `__abs__()`.
pub(crate) fn dunder_abs(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__abs__")?;
    Ok(match number(vm, receiver)? {
        Num::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.int_value(BigInt::from(i).abs()),
        },
        Num::Big(b) => vm.int_value(b.abs()),
        Num::Float(f) => Value::Float(f.abs()),
    })
}

/// `__bool__()`.
pub(crate) fn dunder_bool(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__bool__")?;
    Ok(Value::Bool(match number(vm, receiver)? {
        Num::Int(i) => i != 0,
        Num::Big(_) => true,
        Num::Float(f) => f != 0.0,
    }))
}

/// `op receiver` on the plain number.
fn unary(vm: &mut Vm, receiver: Value, op: UnOp) -> RunResult<Value> {
    let n = number(vm, receiver)?;
    let plain = match n {
        Num::Int(i) => Value::Int(i),
        Num::Big(b) => vm.int_value(b),
        Num::Float(f) => Value::Float(f),
    };
    vm.unary_op(op, plain)
}

/// `__neg__()`.
pub(crate) fn dunder_neg(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__neg__")?;
    unary(vm, receiver, UnOp::Neg)
}

/// `__pos__()`.
pub(crate) fn dunder_pos(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__pos__")?;
    unary(vm, receiver, UnOp::Pos)
}

/// `int.__invert__()`.
pub(crate) fn dunder_invert(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__invert__")?;
    unary(vm, receiver, UnOp::Invert)
}
