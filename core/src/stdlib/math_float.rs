//! `math`'s functions on the representation of floats: `fmod`, `remainder`,
//! `modf`, `frexp`, `ldexp`, `nextafter`, `ulp`, with CPython's special
//! cases for infinities and NaN (`Modules/mathmodule.c`).

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::math::{domain_error, float_arg, range_error};
use crate::eval::arith::Num;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

/// `math.fmod(x, y)`: the C remainder, with the sign of `x`.
pub(crate) fn fmod(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x, y] = args.exact("fmod")?;
    let (x, y) = (float_arg(vm, x)?, float_arg(vm, y)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

/// `math.remainder(x, y)`: IEEE 754 remainder (`x - n*y`, `n` the nearest
/// integer to `x/y`, ties to even), CPython's `m_remainder`.
pub(crate) fn remainder(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x, y] = args.exact("remainder")?;
    let (x, y) = (float_arg(vm, x)?, float_arg(vm, y)?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(if x.is_nan() { x } else { y }));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (size, modulus) = (x.abs(), y.abs());
    let m = size % modulus;
    let c = modulus - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (size - m)) % modulus)
    };
    Ok(Value::Float(1.0_f64.copysign(x) * r))
}

/// `math.modf(x)`: `(fractional part, integer part)`, both with `x`'s sign.
pub(crate) fn modf(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("modf")?;
    let x = float_arg(vm, x)?;
    let (frac, int) = if x.is_infinite() {
        (0.0_f64.copysign(x), x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// `x` as `(m, e)` with `x == m * 2**e`, `0.5 <= |m| < 1` (C's `frexp`).
fn split_exponent(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // Scale subnormals into the normal range first.
    let (x, offset) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exp + offset)
}

/// `math.frexp(x)`.
pub(crate) fn frexp(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("frexp")?;
    let (m, e) = split_exponent(float_arg(vm, x)?);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// `math.ldexp(x, i)`: `x * 2**i` rounded once (an `i` of any size).
pub(crate) fn ldexp(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x, i] = args.exact("ldexp")?;
    let x = float_arg(vm, x)?;
    let i = match vm.num(i) {
        Some(Num::Int(i)) => i,
        Some(Num::Big(b)) => b.to_i64().unwrap_or(if b < BigInt::from(0) {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => {
            return Err(RunError::new(
                ExcKind::TypeError,
                "Expected an int as second argument to ldexp.",
            ))
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let (m, e) = split_exponent(x);
    let exp = e.saturating_add(i);
    if exp > 1024 {
        return Err(range_error());
    }
    // m * 2**53 is an exact 53-bit integer; round it once to the precision
    // the result exponent leaves (fewer bits for subnormal results).
    let mant = (m.abs() * 2f64.powi(53)) as u64;
    let shift = exp.saturating_sub(53);
    let drop = (-1074_i64).saturating_sub(shift).clamp(0, 64);
    let mut kept = if drop >= 64 { 0 } else { mant >> drop };
    if drop > 0 && drop < 64 {
        let rest = mant & ((1 << drop) - 1);
        let half = 1u64 << (drop - 1);
        if rest > half || (rest == half && kept & 1 == 1) {
            kept += 1;
        }
    }
    if kept == 0 {
        return Ok(Value::Float(0.0_f64.copysign(x)));
    }
    // Here -1074 <= shift + drop <= 971.
    let scale = (shift + drop) as i32;
    let value = if scale < -1022 {
        kept as f64 * 2f64.powi(-1022) * 2f64.powi(scale + 1022)
    } else {
        kept as f64 * 2f64.powi(scale.min(1100))
    };
    if value.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(value.copysign(x)))
}

/// `math.nextafter(x, y)`: the next float after `x` towards `y`.
pub(crate) fn nextafter(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x, y] = args.exact("nextafter")?;
    let (x, y) = (float_arg(vm, x)?, float_arg(vm, y)?);
    Ok(Value::Float(if x.is_nan() || y.is_nan() {
        f64::NAN
    } else {
        match x.partial_cmp(&y) {
            Some(std::cmp::Ordering::Less) => x.next_up(),
            Some(std::cmp::Ordering::Greater) => x.next_down(),
            _ => y,
        }
    }))
}

/// `math.ulp(x)`: the value of the least significant bit of `x`.
pub(crate) fn ulp(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("ulp")?;
    let x = float_arg(vm, x)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = x.next_up();
    Ok(Value::Float(if up.is_infinite() {
        x - x.next_down()
    } else {
        up - x
    }))
}
