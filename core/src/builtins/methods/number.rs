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
    Ok(receiver)
}

/// `bin(x)`, `oct(x)`, `hex(x)`.
pub(crate) fn radix(vm: &Vm, v: Value, name: &str, radix: u32, prefix: &str) -> RunResult<String> {
    let n = match vm.num(v) {
        Some(Num::Int(i)) => BigInt::from(i),
        Some(Num::Big(b)) => b,
        _ => {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ),
            ))
        }
    };
    let _ = name;
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(format!(
        "{sign}{prefix}{}",
        n.magnitude().to_str_radix(radix)
    ))
}
