//! Arithmetic on `bool`/`int`/`float`: the `i64` fast path, big ints on
//! overflow, floats, with CPython's results and error messages.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::vm::Vm;
use crate::compile::code::BinOp;
use crate::exc::{ops, ExcKind, RunError, RunResult};
use crate::value::int::normalize;
use crate::value::object::Object;
use crate::value::Value;

/// The largest int a multiplication, power or shift may produce (bits):
/// 2**(2**22), 512 KiB of digits (1.26 million decimal digits). CPython has no such cap, but a single
/// native bignum product of bigger operands outlasts any time limit.
const MAX_INT_BITS: u64 = 1 << 22;

/// Results above this many bits read the clock before they are computed:
/// the instruction loop checks the time limit only every few thousand
/// instructions, and a run of big multiplications (squaring a matrix of
/// big ints in a loop) would otherwise outlast the limit by seconds.
const TIMED_INT_BITS: u64 = 1 << 16;

/// A number borrowed out of a value.
#[derive(Clone, Debug)]
pub(crate) enum Num {
    /// `bool` or small `int`.
    Int(i64),
    /// Big `int`.
    Big(BigInt),
    /// `float`.
    Float(f64),
}

impl Vm {
    /// The number in `v`, if it is one.
    pub(crate) fn num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Bool(b) => Some(Num::Int(i64::from(b))),
            Value::Int(i) => Some(Num::Int(i)),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(id) => match self.heap.get(id) {
                Object::BigInt(b) => Some(Num::Big(b.clone())),
                Object::Float(f) => Some(Num::Float(*f)),
                _ => None,
            },
            Value::None => None,
        }
    }

    /// The int of float `f` rounded by `round` (`f64::trunc` for `int(f)`),
    /// with CPython's errors for NaN and the infinities.
    pub(crate) fn float_to_int(&mut self, f: f64, round: fn(f64) -> f64) -> RunResult<Value> {
        if f.is_nan() {
            return Err(RunError::new(
                ExcKind::ValueError,
                "cannot convert float NaN to integer",
            ));
        }
        if f.is_infinite() {
            return Err(RunError::new(
                ExcKind::OverflowError,
                "cannot convert float infinity to integer",
            ));
        }
        let r = round(f);
        if r.abs() < 9.0e18 {
            return Ok(Value::Int(r as i64));
        }
        let big: Option<BigInt> = num_traits::FromPrimitive::from_f64(r);
        Ok(self.int_value(big.unwrap_or_default()))
    }

    /// `f`, or a NaN with its own payload when `f` is a NaN: CPython makes a
    /// new float object for every result, so two NaNs computed separately are
    /// not `is`-identical (and `[nan1] == [nan2]` is false). Floats are
    /// immediates here, so the payload bits (a counter) are their identity;
    /// `repr`, `hash` and arithmetic ignore them.
    pub(crate) fn fresh_if_nan(&mut self, f: f64) -> f64 {
        const PAYLOAD: u64 = (1 << 51) - 1;
        if !f.is_nan() {
            return f;
        }
        self.nan_serial = (self.nan_serial % PAYLOAD) + 1;
        let sign = f.to_bits() & (1 << 63);
        f64::from_bits(sign | 0x7ff8_0000_0000_0000 | self.nan_serial)
    }

    /// A big int result as a value.
    pub(crate) fn int_value(&mut self, n: BigInt) -> Value {
        match normalize(n) {
            Ok(v) => v,
            Err(big) => Value::Obj(self.heap.alloc(Object::BigInt(big))),
        }
    }

    /// `a op b` for numbers; `None` when the types do not support `op`.
    pub(crate) fn numeric_op(&mut self, op: BinOp, a: &Num, b: &Num) -> Option<RunResult<Value>> {
        match (a, b) {
            // Numbers have no `@`: the caller reports the unsupported operands.
            _ if op == BinOp::MatMul => None,
            (Num::Int(x), Num::Int(y)) => Some(self.int_op(op, *x, *y)),
            (Num::Float(_), _) | (_, Num::Float(_)) => {
                let (x, y) = match (to_f64(a), to_f64(b)) {
                    (Ok(x), Ok(y)) => (x, y),
                    (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
                };
                float_op(op, x, y).map(|r| r.map(|f| Value::Float(self.fresh_if_nan(f))))
            }
            _ => Some(self.big_op(op, to_big(a), to_big(b))),
        }
    }

    /// `int op int` on machine ints, overflowing into big ints.
    pub(crate) fn int_op(&mut self, op: BinOp, x: i64, y: i64) -> RunResult<Value> {
        let fast = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv if y != 0 => x.checked_div(y).and_then(|q| {
                let r = x.checked_rem(y)?;
                Some(if r != 0 && ((r < 0) != (y < 0)) {
                    q - 1
                } else {
                    q
                })
            }),
            BinOp::Mod if y != 0 => x.checked_rem(y).map(|r| {
                if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                }
            }),
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::RShift if y >= 0 => Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }),
            BinOp::LShift if (0..63).contains(&y) => {
                x.checked_shl(y as u32).filter(|r| r >> y == x)
            }
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(ops::zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    // Both exact as floats, so one IEEE division rounds correctly.
                    return Ok(Value::Float(x as f64 / y as f64));
                }
                return Ok(Value::Float(int_true_div(
                    &BigInt::from(x),
                    &BigInt::from(y),
                )?));
            }
            BinOp::Pow if y >= 0 => u32::try_from(y).ok().and_then(|e| x.checked_pow(e)),
            _ => None,
        };
        match fast {
            Some(v) => Ok(Value::Int(v)),
            None => self.big_op(op, BigInt::from(x), BigInt::from(y)),
        }
    }

    /// Checks that an int result of `bits` bits may be built: a bare
    /// `MemoryError` above [`MAX_INT_BITS`] (one native multiplication of
    /// such ints would outlast any time limit), the memory limit's error when
    /// the heap cannot hold it, and above [`TIMED_INT_BITS`] the time limit.
    fn reserve_int(&self, bits: u64) -> RunResult<()> {
        if bits > MAX_INT_BITS {
            return Err(RunError::new(ExcKind::MemoryError, ""));
        }
        if bits > TIMED_INT_BITS {
            self.check_time()?;
        }
        self.reserve(usize::try_from(bits / 8).unwrap_or(usize::MAX))
    }

    /// `int op int` on big ints.
    fn big_op(&mut self, op: BinOp, x: BigInt, y: BigInt) -> RunResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                self.reserve_int(x.bits().saturating_add(y.bits()))?;
                x * y
            }
            BinOp::FloorDiv | BinOp::Mod => {
                if y.is_zero() {
                    let m = if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    };
                    return Err(ops::zero_division(m));
                }
                let (q, r) = floor_divmod(&x, &y);
                if op == BinOp::Mod {
                    r
                } else {
                    q
                }
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(ops::zero_division("division by zero"));
                }
                return Ok(Value::Float(int_true_div(&x, &y)?));
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (xf, yf) = (big_to_f64(&x)?, big_to_f64(&y)?);
                    return float_op(BinOp::Pow, xf, yf)
                        .unwrap_or(Ok(f64::NAN))
                        .map(Value::Float);
                }
                let Some(e) = y.to_u32() else {
                    return Err(RunError::new(ExcKind::MemoryError, ""));
                };
                self.reserve_int(x.bits().saturating_mul(u64::from(e)))?;
                num_traits::pow::Pow::pow(x, e)
            }
            BinOp::LShift | BinOp::RShift => {
                if y.is_negative() {
                    return Err(RunError::new(ExcKind::ValueError, "negative shift count"));
                }
                let shift = y.to_usize().unwrap_or(usize::MAX);
                if op == BinOp::RShift {
                    if shift > x.bits() as usize {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    } else {
                        x >> shift
                    }
                } else if x.is_zero() {
                    BigInt::zero()
                } else {
                    if shift > 64 * 1024 * 1024 {
                        return Err(RunError::new(
                            ExcKind::OverflowError,
                            "too many digits in integer",
                        ));
                    }
                    self.reserve_int(x.bits().saturating_add(shift as u64))?;
                    x << shift
                }
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            // Reached from `int_op` (two plain ints): numbers have no `@`.
            BinOp::MatMul => return Err(ops::unsupported_binary("@", "int", "int")),
        };
        Ok(self.int_value(r))
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        Num::Float(f) => BigInt::from(*f as i64),
    }
}

/// A number as a float (`OverflowError` for huge ints).
pub(crate) fn to_f64(n: &Num) -> RunResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Float(f) => Ok(*f),
        Num::Big(b) => big_to_f64(b),
    }
}

fn big_to_f64(b: &BigInt) -> RunResult<f64> {
    b.to_f64()
        .filter(|f| f.is_finite())
        .ok_or_else(ops::int_too_large_for_float)
}

/// Floor division and modulo with the sign of the divisor (Python's rules).
pub(crate) fn floor_divmod(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    let (q, r) = (x / y, x % y);
    if !r.is_zero() && (r.is_negative() != y.is_negative()) {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}

/// `x / y` for ints, correctly rounded (CPython's `long_true_divide`).
fn int_true_div(x: &BigInt, y: &BigInt) -> RunResult<f64> {
    crate::value::int::true_divide(x, y).ok_or_else(|| {
        RunError::new(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        )
    })
}

/// `x op y` for floats; `None` if floats do not support `op`.
pub(crate) fn float_op(op: BinOp, x: f64, y: f64) -> Option<RunResult<f64>> {
    Some(match op {
        BinOp::Add => Ok(x + y),
        BinOp::Sub => Ok(x - y),
        BinOp::Mul => Ok(x * y),
        BinOp::TrueDiv => {
            if y == 0.0 {
                Err(ops::zero_division("float division by zero"))
            } else {
                Ok(x / y)
            }
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                Err(ops::zero_division("float floor division by zero"))
            } else {
                Ok(float_divmod(x, y).0)
            }
        }
        BinOp::Mod => {
            if y == 0.0 {
                Err(ops::zero_division("float modulo"))
            } else {
                Ok(float_divmod(x, y).1)
            }
        }
        BinOp::Pow => float_pow(x, y),
        _ => return None,
    })
}

/// CPython's `float_divmod`.
pub(crate) fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m == 0.0 {
        m = 0.0_f64.copysign(y);
    } else if (y < 0.0) != (m < 0.0) {
        m += y;
        div -= 1.0;
    }
    let floordiv = if div == 0.0 {
        0.0_f64.copysign(x / y)
    } else {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    };
    (floordiv, m)
}

fn float_pow(x: f64, y: f64) -> RunResult<f64> {
    if x == 0.0 && y < 0.0 {
        return Err(ops::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(RunError::new(ExcKind::ValueError, "math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(RunError::new(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}
