//! `math`. <https://docs.python.org/3/library/math.html>
//!
//! Floats use Rust's `f64` functions (the platform libm, as CPython does); the
//! integer functions (`factorial`, `comb`, `gcd`, `isqrt`, ...) are exact.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{Const, NativeModule};
use crate::eval::arith::{floor_divmod, to_f64, Num};
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

/// The module's constants.
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "math",
    constants: &[
        ("pi", Const::Float(std::f64::consts::PI)),
        ("e", Const::Float(std::f64::consts::E)),
        ("tau", Const::Float(std::f64::consts::TAU)),
        ("inf", Const::Float(f64::INFINITY)),
        ("nan", Const::Float(f64::NAN)),
    ],
    init: None,
    python: None,
};

/// A real-number argument as a float (`TypeError: must be real number, not str`);
/// a user object converts through its `__float__`, else `__index__`, as
/// CPython's `PyFloat_AsDouble` (so `math.sqrt(Fraction(1, 4))` works).
pub(crate) fn float_arg(vm: &mut Vm, v: Value) -> RunResult<f64> {
    if let Some(n) = vm.num(v) {
        return to_f64(&n);
    }
    let converted = match vm.user_conversion(v, "__float__", "float")? {
        Some(r) => Some(r),
        None => vm.user_conversion(v, "__index__", "int")?,
    };
    match converted.and_then(|r| vm.num(r)) {
        Some(n) => to_f64(&n),
        None => Err(RunError::new(
            ExcKind::TypeError,
            format!("must be real number, not {}", vm.type_name(v)),
        )),
    }
}

/// An int argument as a big integer (`TypeError: 'x' object cannot be interpreted as an integer`).
pub(crate) fn int_arg(vm: &Vm, v: Value) -> RunResult<BigInt> {
    match vm.num(v) {
        Some(Num::Int(i)) => Ok(BigInt::from(i)),
        Some(Num::Big(b)) => Ok(b),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ),
        )),
    }
}

/// `ValueError: math domain error`.
pub(crate) fn domain_error() -> RunError {
    RunError::new(ExcKind::ValueError, "math domain error")
}

/// What a finite argument giving an infinite result means (CPython's `math_1`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Infinite {
    /// `OverflowError: math range error` (`exp(1000)`).
    Overflow,
    /// `ValueError: math domain error`: a pole (`atanh(1)`).
    Domain,
    /// A legitimate result (`degrees(1e308)`).
    Allowed,
}

/// `r = f(x)` with CPython's errors: NaN from a non-NaN is a domain error.
pub(crate) fn checked_result(x: f64, r: f64, infinite: Infinite) -> RunResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        match infinite {
            Infinite::Overflow => return Err(range_error()),
            Infinite::Domain => return Err(domain_error()),
            Infinite::Allowed => {}
        }
    }
    Ok(Value::Float(r))
}

/// `OverflowError: math range error`.
pub(crate) fn range_error() -> RunError {
    RunError::new(ExcKind::OverflowError, "math range error")
}

macro_rules! unary {
    ($name:ident, $f:expr, $infinite:ident) => {
        #[doc = concat!("`math.", stringify!($name), "(x)`.")]
        pub(crate) fn $name(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
            let [x] = args.exact(stringify!($name))?;
            let x = float_arg(vm, x)?;
            let f: fn(f64) -> f64 = $f;
            checked_result(x, f(x), Infinite::$infinite)
        }
    };
}

unary!(sqrt, f64::sqrt, Domain);
unary!(exp, f64::exp, Overflow);
unary!(sin, f64::sin, Domain);
unary!(cos, f64::cos, Domain);
unary!(tan, f64::tan, Domain);
unary!(asin, f64::asin, Domain);
unary!(acos, f64::acos, Domain);
unary!(atan, f64::atan, Domain);
unary!(fabs, f64::abs, Domain);
unary!(degrees, f64::to_degrees, Allowed);
unary!(radians, f64::to_radians, Allowed);
unary!(sinh, f64::sinh, Overflow);
unary!(cosh, f64::cosh, Overflow);
unary!(tanh, f64::tanh, Domain);
unary!(asinh, f64::asinh, Domain);
unary!(acosh, f64::acosh, Domain);
unary!(atanh, f64::atanh, Domain);
unary!(expm1, f64::exp_m1, Overflow);
unary!(log1p, f64::ln_1p, Domain);
unary!(exp2, f64::exp2, Overflow);

/// `x` as `(m, e)` with `x == m * 2**e` and `m` in `[0.5, 1)`, `m` correctly
/// rounded to 53 bits (CPython's `_PyLong_Frexp`); `x` must be positive.
fn big_frexp(x: &BigInt) -> (f64, i64) {
    let bits = x.bits();
    let shift = bits.saturating_sub(55);
    let top = x >> shift;
    let sticky = u64::from(&(top.clone() << shift) != x);
    let top = top.to_u64().unwrap_or(0) | sticky;
    let mut m = top as f64 / 2f64.powi(bits.min(55) as i32);
    let mut e = bits as i64;
    if m >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    (m, e)
}

/// CPython's `loghelper`: `func(x)` for a positive number, computed from
/// `frexp` for ints too large for a float (`math.log(10**400)` works).
fn log_helper(vm: &mut Vm, v: Value, func: fn(f64) -> f64) -> RunResult<f64> {
    if let Some(Num::Big(b)) = vm.num(v) {
        if !b.is_positive() {
            return Err(domain_error());
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(func(x));
        }
        let (m, e) = big_frexp(&b);
        return Ok(func(m) + func(2.0) * e as f64);
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(func(x))
}

/// `math.log10(x)`.
pub(crate) fn log10(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("log10")?;
    log_helper(vm, x, f64::log10).map(Value::Float)
}

/// `math.log2(x)`.
pub(crate) fn log2(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("log2")?;
    log_helper(vm, x, f64::log2).map(Value::Float)
}

/// `math.log(x[, base])`.
pub(crate) fn log(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("log", 1, 2)?.to_vec();
    let num = log_helper(vm, parts[0], f64::ln)?;
    match parts.get(1) {
        Some(base) => {
            let den = log_helper(vm, *base, f64::ln)?;
            if den == 0.0 {
                return Err(RunError::new(
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            Ok(Value::Float(num / den))
        }
        None => Ok(Value::Float(num)),
    }
}

/// `math.pow(x, y)`.
pub(crate) fn pow(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x, y] = args.exact("pow")?;
    let (x, y) = (float_arg(vm, x)?, float_arg(vm, y)?);
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        // 0 ** negative is a pole; anything else overflowed.
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

/// `math.atan2(y, x)`.
pub(crate) fn atan2(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [y, x] = args.exact("atan2")?;
    Ok(Value::Float(float_arg(vm, y)?.atan2(float_arg(vm, x)?)))
}

/// `math.hypot(*coordinates)`.
pub(crate) fn hypot(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let mut total = 0.0_f64;
    for v in &args.positional {
        total = total.hypot(float_arg(vm, *v)?);
    }
    Ok(Value::Float(total))
}

/// `math.copysign(x, y)`.
pub(crate) fn copysign(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x, y] = args.exact("copysign")?;
    Ok(Value::Float(float_arg(vm, x)?.copysign(float_arg(vm, y)?)))
}

/// `math.floor`/`ceil`/`trunc` of `v`: a user object answers through its own
/// `dunder` (`Fraction.__floor__`), else through its float value.
fn to_int(
    vm: &mut Vm,
    v: Value,
    round: fn(f64) -> f64,
    name: &str,
    dunder: &'static str,
) -> RunResult<Value> {
    if let Some(f) = vm.user_dunder(v, dunder) {
        return vm.call_nested(f, vec![v]);
    }
    match vm.num(v) {
        Some(Num::Int(_) | Num::Big(_)) => Ok(match v {
            Value::Bool(b) => Value::Int(i64::from(b)),
            other => other,
        }),
        Some(Num::Float(f)) => vm.float_to_int(f, round),
        // `trunc` has no float fallback (CPython's `math_trunc`).
        None if name == "trunc" => Err(RunError::new(
            ExcKind::TypeError,
            format!("type {} doesn't define __trunc__ method", vm.type_name(v)),
        )),
        None => {
            let f = float_arg(vm, v)?;
            vm.float_to_int(f, round)
        }
    }
}

/// `math.floor(x)`.
pub(crate) fn floor(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("floor")?;
    to_int(vm, x, f64::floor, "floor", "__floor__")
}

/// `math.ceil(x)`.
pub(crate) fn ceil(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("ceil")?;
    to_int(vm, x, f64::ceil, "ceil", "__ceil__")
}

/// `math.trunc(x)`.
pub(crate) fn trunc(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("trunc")?;
    to_int(vm, x, f64::trunc, "trunc", "__trunc__")
}

/// `math.isnan(x)`.
pub(crate) fn isnan(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("isnan")?;
    Ok(Value::Bool(float_arg(vm, x)?.is_nan()))
}

/// `math.isinf(x)`.
pub(crate) fn isinf(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("isinf")?;
    Ok(Value::Bool(float_arg(vm, x)?.is_infinite()))
}

/// `math.isfinite(x)`.
pub(crate) fn isfinite(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [x] = args.exact("isfinite")?;
    Ok(Value::Bool(float_arg(vm, x)?.is_finite()))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub(crate) fn isclose(vm: &mut Vm, _: Value, mut args: Args) -> RunResult<Value> {
    let rel = args.take_keyword(vm, "rel_tol");
    let abs = args.take_keyword(vm, "abs_tol");
    args.no_more_keywords(vm, "isclose")?;
    let [a, b] = args.exact("isclose")?;
    let (a, b) = (float_arg(vm, a)?, float_arg(vm, b)?);
    let rel = rel.map_or(Ok(1e-9), |v| float_arg(vm, v))?;
    let abs = abs.map_or(Ok(0.0), |v| float_arg(vm, v))?;
    if rel < 0.0 || abs < 0.0 {
        return Err(RunError::new(
            ExcKind::ValueError,
            "tolerances must be non-negative",
        ));
    }
    #[expect(
        clippy::float_cmp,
        reason = "exact equality first, as CPython's isclose does"
    )]
    let identical = a == b;
    if identical {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

/// `math.factorial(n)`.
pub(crate) fn factorial(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [n] = args.exact("factorial")?;
    let n = int_arg(vm, n)?;
    if n.is_negative() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_u64().filter(|n| *n <= 100_000).ok_or_else(|| {
        RunError::new(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 100000",
        )
    })?;
    let mut acc = BigInt::one();
    for k in 2..=n {
        acc *= k;
        if k % 256 == 0 {
            vm.check_time()?;
        }
    }
    Ok(vm.int_value(acc))
}

/// `math.comb(n, k)`.
pub(crate) fn comb(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [n, k] = args.exact("comb")?;
    let (n, k) = (int_arg(vm, n)?, int_arg(vm, k)?);
    if n.is_negative() || k.is_negative() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "n must be a non-negative integer",
        ));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = (&n - &k).min(k).to_u64().unwrap_or(0);
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
        if i % 256 == 255 {
            vm.check_time()?;
        }
    }
    Ok(vm.int_value(acc))
}

/// `math.perm(n, k=None)`.
pub(crate) fn perm(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("perm", 1, 2)?.to_vec();
    let n = int_arg(vm, parts[0])?;
    let k = match parts.get(1) {
        Some(k) if *k != Value::None => int_arg(vm, *k)?,
        _ => n.clone(),
    };
    if n.is_negative() || k.is_negative() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "n must be a non-negative integer",
        ));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut acc = BigInt::one();
    for i in 0..k.to_u64().unwrap_or(0) {
        acc *= &n - i;
        if i % 256 == 255 {
            vm.check_time()?;
        }
    }
    Ok(vm.int_value(acc))
}

fn gcd_pair(a: BigInt, b: BigInt) -> BigInt {
    let (mut a, mut b) = (a.abs(), b.abs());
    while !b.is_zero() {
        let r = floor_divmod(&a, &b).1;
        a = std::mem::replace(&mut b, r);
    }
    a
}

/// `math.gcd(*integers)`.
pub(crate) fn gcd(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let mut acc = BigInt::zero();
    for v in &args.positional {
        acc = gcd_pair(acc, int_arg(vm, *v)?);
    }
    Ok(vm.int_value(acc))
}

/// `math.lcm(*integers)`.
pub(crate) fn lcm(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let mut acc = BigInt::one();
    for v in &args.positional {
        let n = int_arg(vm, *v)?;
        if n.is_zero() {
            return Ok(Value::Int(0));
        }
        let g = gcd_pair(acc.clone(), n.clone());
        acc = (acc * n).abs() / g;
    }
    Ok(vm.int_value(acc))
}

/// `math.isqrt(n)`.
pub(crate) fn isqrt(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [n] = args.exact("isqrt")?;
    let n = int_arg(vm, n)?;
    if n.is_negative() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "isqrt() argument must be nonnegative",
        ));
    }
    Ok(vm.int_value(n.sqrt()))
}

/// `math.fsum(iterable)`: exact summation (Shewchuk), like CPython.
pub(crate) fn fsum(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [iterable] = args.exact("fsum")?;
    let mut partials: Vec<f64> = Vec::new();
    for v in vm.collect_values(iterable)? {
        let mut x = float_arg(vm, v)?;
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

/// `math.prod(iterable, *, start=1)`.
pub(crate) fn prod(vm: &mut Vm, _: Value, mut args: Args) -> RunResult<Value> {
    let start = args.take_keyword(vm, "start");
    let [iterable] = args.exact("prod")?;
    let mut acc = start.unwrap_or(Value::Int(1));
    for v in vm.collect_values(iterable)? {
        acc = vm.binary_op(crate::compile::code::BinOp::Mul, acc, v)?;
    }
    Ok(acc)
}
