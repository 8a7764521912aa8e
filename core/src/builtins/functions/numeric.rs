//! Numeric builtins: `abs`, `round`, `divmod`, `pow` (`sum`, `min`, `max` are
//! consumers, in `iter.rs`).

use num_bigint::BigInt;
use num_traits::Signed;

use crate::compile::code::BinOp;
use crate::eval::arith::{float_divmod, floor_divmod, Num};
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// <https://docs.python.org/3/library/functions.html#abs>
pub(crate) fn builtin_abs(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("abs")?;
    match vm.num(v) {
        Some(Num::Int(i)) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.int_value(BigInt::from(i).abs()),
        }),
        Some(Num::Big(b)) => Ok(vm.int_value(b.abs())),
        Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
        None if vm.complex_of(v)?.is_some() => {
            let (re, im) = vm.complex_of(v)?.unwrap_or((0.0, 0.0));
            Ok(Value::Float(re.hypot(im)))
        }
        None => {
            let sym = vm.interner.intern("__abs__");
            if let Some(f) = vm.lookup_type_attr(vm.type_of(v), sym) {
                return vm.call_nested(f, vec![v]);
            }
            Err(RunError::new(
                ExcKind::TypeError,
                format!("bad operand type for abs(): '{}'", vm.type_name(v)),
            ))
        }
    }
}

/// <https://docs.python.org/3/library/functions.html#round>
pub(crate) fn builtin_round(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let bound = args.bind(vm, "round", &["number", "ndigits"], 1)?;
    let parts: Vec<Value> = bound.iter().flatten().copied().collect();
    let ndigits = bound[1].filter(|v| *v != Value::None);
    match (vm.num(parts[0]), ndigits) {
        (Some(Num::Float(f)), None) => vm.float_to_int(f, f64::round_ties_even),
        (Some(Num::Float(f)), Some(n)) => {
            let n = vm.int_arg(n)?;
            let r = round_float(f, n);
            if r.is_infinite() && f.is_finite() {
                return Err(RunError::new(
                    ExcKind::OverflowError,
                    "rounded value too large to represent",
                ));
            }
            Ok(Value::Float(r))
        }
        (Some(Num::Int(_) | Num::Big(_)), None) => Ok(match parts[0] {
            Value::Bool(b) => Value::Int(i64::from(b)),
            other => other,
        }),
        (Some(whole @ (Num::Int(_) | Num::Big(_))), Some(n)) => {
            let n = vm.int_arg(n)?;
            let x = match whole {
                Num::Big(b) => b,
                Num::Int(i) => BigInt::from(i),
                Num::Float(_) => return Err(RunError::internal("round of an int")),
            };
            if n >= 0 {
                return Ok(vm.int_value(x));
            }
            // Past the number's own digit count every rounding gives 0.
            let digits = x.bits() * 30_103 / 100_000 + 2;
            let exponent = u32::try_from(n.unsigned_abs().min(digits)).unwrap_or(u32::MAX);
            let pow = BigInt::from(10).pow(exponent);
            let (q, r) = floor_divmod(&x, &pow);
            let twice = &r * 2;
            let q = if twice > pow || (twice == pow && (&q % 2) != BigInt::from(0)) {
                q + 1
            } else {
                q
            };
            Ok(vm.int_value(q * pow))
        }
        (None, _) => {
            if let Some(f) = vm.user_dunder(parts[0], "__round__") {
                let mut call = vec![parts[0]];
                call.extend(parts.get(1).copied().filter(|n| *n != Value::None));
                return vm.call_nested(f, call);
            }
            Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(parts[0])
                ),
            ))
        }
    }
}

/// `round(x, n)` for floats: correctly rounded through the decimal string, half to even.
fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || n > 320 {
        return x;
    }
    if n < -320 {
        return 0.0_f64.copysign(x);
    }
    if n >= 0 {
        let text = format!("{x:.prec$}", prec = n as usize);
        return text.parse().unwrap_or(x);
    }
    round_to_power_of_ten(x, (-n) as usize)
}

/// `round(x, -k)`: rounds the exact decimal value of `x` to a multiple of
/// `10**k`, ties to even, as CPython's `double_round` (dtoa mode 3) does.
fn round_to_power_of_ten(x: f64, k: usize) -> f64 {
    // 1100 decimals show every binary fraction of an f64 exactly.
    let text = format!("{:.1100}", x.abs());
    let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
    let padded = format!("{int_part:0>width$}", width = k + 1);
    let (head, tail) = padded.split_at(padded.len() - k);
    let below_is_zero = |s: &str| s.bytes().all(|b| b == b'0');
    let up = match tail.as_bytes().first() {
        Some(b'6'..=b'9') => true,
        Some(b'5') if !below_is_zero(&tail[1..]) || !below_is_zero(frac) => true,
        Some(b'5') => head.bytes().last().is_some_and(|d| (d - b'0') % 2 == 1),
        _ => false,
    };
    let mut digits: num_bigint::BigUint = head.parse().unwrap_or_default();
    if up {
        digits += 1u32;
    }
    let rounded = format!("{digits}{}", "0".repeat(k));
    rounded.parse::<f64>().unwrap_or(f64::INFINITY).copysign(x)
}

/// <https://docs.python.org/3/library/functions.html#divmod>
pub(crate) fn builtin_divmod(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [a, b] = args.exact("divmod")?;
    match (vm.num(a), vm.num(b)) {
        (Some(Num::Float(_)), Some(_)) | (Some(_), Some(Num::Float(_))) => {
            let (x, y) = (
                crate::eval::arith::to_f64(&vm.num(a).unwrap_or(Num::Int(0)))?,
                crate::eval::arith::to_f64(&vm.num(b).unwrap_or(Num::Int(0)))?,
            );
            if y == 0.0 {
                return Err(RunError::new(ExcKind::ZeroDivisionError, "float divmod()"));
            }
            let (q, r) = float_divmod(x, y);
            Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
        }
        (Some(_), Some(_)) => {
            let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
            let r = vm.binary_op(BinOp::Mod, a, b)?;
            Ok(vm.new_tuple(vec![q, r]))
        }
        _ => {
            let not_implemented = vm.not_implemented();
            for (receiver, other, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
                if let Some(f) = vm.user_dunder(receiver, name) {
                    let r = vm.call_nested(f, vec![receiver, other])?;
                    if r != not_implemented {
                        return Ok(r);
                    }
                }
            }
            Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    vm.type_name(a),
                    vm.type_name(b)
                ),
            ))
        }
    }
}

/// <https://docs.python.org/3/library/functions.html#pow>
pub(crate) fn builtin_pow(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let bound = args.bind(vm, "pow", &["base", "exp", "mod"], 2)?;
    let parts: Vec<Value> = bound.into_iter().flatten().collect();
    if let Some(&m) = parts.get(2).filter(|m| **m != Value::None) {
        let pow_sym = vm.interner.intern("__pow__");
        let class = vm.type_of(parts[0]);
        if let Some(hook) = vm.lookup_type_attr(class, pow_sym) {
            // `pow(x, y, m)` on a user type is `type(x).__pow__(x, y, m)`.
            let result = vm.call_nested(hook, vec![parts[0], parts[1], m])?;
            if result != vm.not_implemented() {
                return Ok(result);
            }
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    vm.type_name(parts[0]),
                    vm.type_name(parts[1]),
                    vm.type_name(m)
                ),
            ));
        }
        let is_complex = |vm: &Vm, v: Value| {
            matches!(
                v.as_obj().map(|id| vm.heap.get(id)),
                Some(Object::Complex(..))
            )
        };
        if parts.iter().any(|v| is_complex(vm, *v)) {
            return Err(RunError::new(ExcKind::ValueError, "complex modulo"));
        }
        let (
            Some(Num::Int(_) | Num::Big(_)),
            Some(Num::Int(_) | Num::Big(_)),
            Some(Num::Int(_) | Num::Big(_)),
        ) = (vm.num(parts[0]), vm.num(parts[1]), vm.num(m))
        else {
            return Err(RunError::new(
                ExcKind::TypeError,
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        let big = |vm: &Vm, v: Value| match vm.num(v) {
            Some(Num::Int(i)) => BigInt::from(i),
            Some(Num::Big(b)) => b,
            _ => BigInt::from(0),
        };
        let (base, exp, modulus) = (big(vm, parts[0]), big(vm, parts[1]), big(vm, m));
        if modulus == BigInt::from(0) {
            return Err(RunError::new(
                ExcKind::ValueError,
                "pow() 3rd argument cannot be 0",
            ));
        }
        let result = if exp.is_negative() {
            let inverse = mod_inverse(&base, &modulus).ok_or_else(|| {
                RunError::new(
                    ExcKind::ValueError,
                    "base is not invertible for the given modulus",
                )
            })?;
            inverse.modpow(&-exp, &modulus)
        } else {
            base.modpow(&exp, &modulus)
        };
        let result = if !result.is_zero_like() && (result.is_negative() != modulus.is_negative()) {
            result + &modulus
        } else {
            result
        };
        return Ok(vm.int_value(result));
    }
    vm.binary_op(BinOp::Pow, parts[0], parts[1])
}

trait ZeroLike {
    fn is_zero_like(&self) -> bool;
}

impl ZeroLike for BigInt {
    fn is_zero_like(&self) -> bool {
        *self == BigInt::from(0)
    }
}

/// The inverse of `a` modulo `m` (extended Euclid).
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (floor_divmod(a, m).1, m.abs());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while r != BigInt::from(0) {
        let q = &old_r / &r;
        let next_r = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, next_r);
        let next_s = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, next_s);
    }
    (old_r == BigInt::from(1)).then(|| floor_divmod(&old_s, m).1)
}

/// <https://docs.python.org/3/library/functions.html#bin>
pub(crate) fn builtin_bin(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("bin")?;
    let text = crate::builtins::methods::number::radix(vm, v, 2, "0b")?;
    Ok(vm.new_str(text))
}

/// <https://docs.python.org/3/library/functions.html#oct>
pub(crate) fn builtin_oct(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("oct")?;
    let text = crate::builtins::methods::number::radix(vm, v, 8, "0o")?;
    Ok(vm.new_str(text))
}

/// <https://docs.python.org/3/library/functions.html#hex>
pub(crate) fn builtin_hex(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("hex")?;
    let text = crate::builtins::methods::number::radix(vm, v, 16, "0x")?;
    Ok(vm.new_str(text))
}
