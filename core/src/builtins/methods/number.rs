//! Methods of `int` and `float`.

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use crate::eval::arith::Num;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

fn big(vm: &Vm, v: Value) -> RunResult<BigInt> {
    match vm.num(v) {
        Some(Num::Int(i)) => Ok(BigInt::from(i)),
        Some(Num::Big(b)) => Ok(b),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires an 'int' object",
        )),
    }
}

/// `int.bit_length()`.
pub(crate) fn bit_length(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("int.bit_length")?;
    Ok(Value::Int(big(vm, receiver)?.bits() as i64))
}

/// `int.bit_count()`.
pub(crate) fn bit_count(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("int.bit_count")?;
    let n = big(vm, receiver)?;
    Ok(Value::Int(n.magnitude().count_ones() as i64))
}

/// `float.is_integer()`.
pub(crate) fn is_integer(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("float.is_integer")?;
    match vm.num(receiver) {
        Some(Num::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(true)),
    }
}

/// `float.as_integer_ratio()` / `int.as_integer_ratio()`.
pub(crate) fn as_integer_ratio(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("as_integer_ratio")?;
    let (num, den) = match vm.num(receiver) {
        Some(Num::Float(f)) => {
            if f.is_infinite() {
                return Err(RunError::new(
                    ExcKind::OverflowError,
                    "cannot convert Infinity to integer ratio",
                ));
            }
            if f.is_nan() {
                return Err(RunError::new(
                    ExcKind::ValueError,
                    "cannot convert NaN to integer ratio",
                ));
            }
            float_ratio(f)
        }
        _ => (big(vm, receiver)?, BigInt::one()),
    };
    let (n, d) = (vm.int_value(num), vm.int_value(den));
    Ok(vm.new_tuple(vec![n, d]))
}

/// The exact fraction of a finite float, in lowest terms.
fn float_ratio(f: f64) -> (BigInt, BigInt) {
    if f == 0.0 {
        return (BigInt::zero(), BigInt::one());
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = if exponent == 0 {
        (bits & 0x000f_ffff_ffff_ffff) << 1
    } else {
        (bits & 0x000f_ffff_ffff_ffff) | 0x0010_0000_0000_0000
    };
    let mut num = BigInt::from(mantissa);
    let mut exp = exponent - 1075;
    while exp < 0 && (&num % 2u32).is_zero() {
        num >>= 1;
        exp += 1;
    }
    if f.is_sign_negative() {
        num = -num;
    }
    if exp >= 0 {
        (num << exp as usize, BigInt::one())
    } else {
        (num, BigInt::one() << (-exp) as usize)
    }
}

/// `int.conjugate()` / `float.conjugate()` / `complex.conjugate()`.
pub(crate) fn conjugate(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("conjugate")?;
    if let Some(crate::value::object::Object::Complex(re, im)) =
        receiver.as_obj().map(|id| vm.heap.get(id))
    {
        let (re, im) = (*re, -*im);
        return Ok(vm.new_complex((re, im)));
    }
    if let Value::Bool(b) = receiver {
        return Ok(Value::Int(i64::from(b)));
    }
    Ok(receiver)
}

/// `bin(x)`, `oct(x)`, `hex(x)`.
pub(crate) fn radix(vm: &mut Vm, v: Value, radix: u32, prefix: &str) -> RunResult<String> {
    let v = vm.index_of(v)?;
    let n = big(vm, v)?;
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(format!(
        "{sign}{prefix}{}",
        n.magnitude().to_str_radix(radix)
    ))
}

fn byteorder(vm: &Vm, v: Option<Value>) -> RunResult<bool> {
    match v.and_then(|v| vm.str_value(v)).as_deref() {
        Some("big") | None => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(RunError::new(
            ExcKind::ValueError,
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub(crate) fn to_bytes(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let bound = args.bind(vm, "to_bytes", &["length", "byteorder", "signed"], 0)?;
    let length = match bound[0] {
        Some(v) => vm.int_arg(v)?,
        None => 1,
    };
    let length = usize::try_from(length)
        .map_err(|_| RunError::new(ExcKind::ValueError, "length argument must be non-negative"))?;
    vm.reserve(length)?;
    let big_endian = byteorder(vm, bound[1])?;
    let signed = match bound[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = big(vm, receiver)?;
    if n.is_negative() && !signed {
        return Err(RunError::new(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(RunError::new(
            ExcKind::OverflowError,
            "int too big to convert",
        ));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.extend(bytes);
    if !big_endian {
        out.reverse();
    }
    Ok(Value::Obj(
        vm.heap.alloc(crate::value::object::Object::Bytes(out)),
    ))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
pub(crate) fn from_bytes(vm: &mut Vm, class: Value, args: Args) -> RunResult<Value> {
    let bound = args.bind(vm, "from_bytes", &["bytes", "byteorder", "signed"], 1)?;
    let source = bound[0].unwrap_or(Value::None);
    let big_endian = byteorder(vm, bound[1])?;
    let signed = bound[2];
    if vm.str_value(source).is_some() {
        return Err(RunError::new(
            ExcKind::TypeError,
            "cannot convert 'str' object to bytes",
        ));
    }
    let mut bytes: Vec<u8> = match vm.buffer(source) {
        Some(b) => b.to_vec(),
        None => vm
            .collect_values(source)?
            .into_iter()
            .map(|v| vm.int_arg(v).map(|i| i as u8))
            .collect::<RunResult<_>>()?,
    };
    if !big_endian {
        bytes.reverse();
    }
    let signed = match signed {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes)
    };
    if matches!(class, Value::Obj(id) if id == vm.types.bool) {
        return Ok(Value::Bool(!n.is_zero()));
    }
    Ok(vm.int_value(n))
}

/// Where a number sits in the tower: 0 int/bool, 1 float, 2 complex.
fn rank(vm: &Vm, v: Value) -> Option<u8> {
    match v {
        Value::Bool(_) | Value::Int(_) => Some(0),
        Value::Float(_) => Some(1),
        Value::Obj(id) => match vm.heap.get(id) {
            crate::value::object::Object::BigInt(_) => Some(0),
            crate::value::object::Object::Float(_) => Some(1),
            crate::value::object::Object::Complex(..) => Some(2),
            _ => None,
        },
        Value::None => None,
    }
}

/// Whether `x.__op__(y)` of a builtin number handles `y`: both are numbers
/// and `y` does not rank above `x`'s type in the tower (`int.__add__(1.5)` is
/// `NotImplemented`, `float.__radd__(3)` is not).
fn handles(vm: &Vm, receiver: Value, other: Value) -> bool {
    matches!((rank(vm, receiver), rank(vm, other)), (Some(mine), Some(theirs)) if theirs <= mine)
}

/// Runs `f` with both operands seen as plain builtin numbers, so an `int`
/// subclass calling `int.__add__(self, o)` does not dispatch back to itself.
fn plain_operands(
    vm: &mut Vm,
    a: Value,
    b: Value,
    f: impl FnOnce(&mut Vm) -> RunResult<Value>,
) -> RunResult<Value> {
    super::slots::raw(vm, a, |vm| super::slots::raw(vm, b, f))
}

/// `x.__op__(y)` / `x.__rop__(y)` of a builtin number: `NotImplemented` when
/// `y` is not a number `x`'s type handles, else the operator's result.
fn numeric_dunder(
    vm: &mut Vm,
    receiver: Value,
    args: &Args,
    op: crate::compile::code::BinOp,
    reflected: bool,
) -> RunResult<Value> {
    let [other] = args.exact("operator")?;
    if !handles(vm, receiver, other) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = if reflected {
        (other, receiver)
    } else {
        (receiver, other)
    };
    plain_operands(vm, a, b, |vm| vm.binary_op(op, a, b))
}

fn numeric_compare(
    vm: &mut Vm,
    receiver: Value,
    args: &Args,
    op: crate::compile::code::CmpOp,
) -> RunResult<Value> {
    let [other] = args.exact("comparison")?;
    if !handles(vm, receiver, other) {
        return Ok(vm.not_implemented());
    }
    plain_operands(vm, receiver, other, |vm| vm.compare(op, receiver, other))
}

macro_rules! binary_dunder {
    ($($name:ident => $op:ident, $reflected:expr;)*) => {$(
        #[doc = concat!("`number.", stringify!($name), "(other)`.")]
        pub(crate) fn $name(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
            numeric_dunder(vm, receiver, &args, crate::compile::code::BinOp::$op, $reflected)
        }
    )*};
}

binary_dunder! {
    dunder_add => Add, false;
    dunder_radd => Add, true;
    dunder_sub => Sub, false;
    dunder_rsub => Sub, true;
    dunder_mul => Mul, false;
    dunder_rmul => Mul, true;
    dunder_truediv => TrueDiv, false;
    dunder_rtruediv => TrueDiv, true;
    dunder_floordiv => FloorDiv, false;
    dunder_rfloordiv => FloorDiv, true;
    dunder_mod => Mod, false;
    dunder_rmod => Mod, true;
    dunder_pow => Pow, false;
    dunder_rpow => Pow, true;
    dunder_and => And, false;
    dunder_rand => And, true;
    dunder_or => Or, false;
    dunder_ror => Or, true;
    dunder_xor => Xor, false;
    dunder_rxor => Xor, true;
    dunder_lshift => LShift, false;
    dunder_rlshift => LShift, true;
    dunder_rshift => RShift, false;
    dunder_rrshift => RShift, true;
}

macro_rules! compare_dunder {
    ($($name:ident => $op:ident;)*) => {$(
        #[doc = concat!("`number.", stringify!($name), "(other)`.")]
        pub(crate) fn $name(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
            numeric_compare(vm, receiver, &args, crate::compile::code::CmpOp::$op)
        }
    )*};
}

compare_dunder! {
    dunder_lt => Lt;
    dunder_le => Le;
    dunder_gt => Gt;
    dunder_ge => Ge;
    dunder_eq => Eq;
    dunder_ne => Ne;
}
