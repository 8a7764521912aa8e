//! The complex functions of `cmath`, ported from CPython's `Modules/cmathmodule.c`: each
//! computes the C99 Annex G result and says which floating-point exception it signals
//! ([`Errno`]), from which the module raises `ValueError`/`OverflowError` as CPython does.

use std::f64::consts::{E, LN_10, LN_2, PI};

use super::special::{self, Table};

/// A complex number: (real, imaginary).
pub(crate) type Complex = (f64, f64);

/// The `errno` CPython's C functions set: what the result means for the caller.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Errno {
    /// A good result.
    Ok,
    /// `EDOM`: `ValueError: math domain error`.
    Domain,
    /// `ERANGE`: `OverflowError: math range error`.
    Range,
}

/// A function's result with its errno.
pub(crate) type Outcome = (Complex, Errno);

/// `DBL_MAX / 4`: past it, the inverse functions avoid overflowing intermediates.
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
/// `DBL_MANT_DIG`.
const MANT_DIG: i32 = 53;
/// An odd power of two turning a subnormal into a normal (`CM_SCALE_UP`).
const SCALE_UP: i32 = 2 * (MANT_DIG / 2) + 1;
/// `CM_SCALE_DOWN`.
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}

fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

/// glibc's (fdlibm's) `asinh`, which CPython calls; Rust's `f64::asinh` differs in the
/// last bit for some arguments.
pub(crate) fn real_asinh(x: f64) -> f64 {
    let ax = x.abs();
    if !x.is_finite() {
        return x + x;
    }
    if ax < 2f64.powi(-28) {
        return x;
    }
    let w = if ax > 2f64.powi(28) {
        ax.ln() + LN_2
    } else if ax > 2.0 {
        (2.0 * ax + 1.0 / ((ax * ax + 1.0).sqrt() + ax)).ln()
    } else {
        let t = ax * ax;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// `x * 2**exp`.
fn ldexp(x: f64, exp: i32) -> f64 {
    x * 2f64.powi(exp)
}

/// CPython's `special_type`: the row/column of `d` in a special-value table.
fn kind(d: f64) -> usize {
    if d.is_finite() {
        let positive = d.is_sign_positive();
        match (d == 0.0, positive) {
            (false, true) => 4,
            (false, false) => 1,
            (true, true) => 3,
            (true, false) => 2,
        }
    } else if d.is_nan() {
        6
    } else if d.is_sign_positive() {
        5
    } else {
        0
    }
}

/// The table's value for a non-finite `z` (`SPECIAL_VALUE`).
fn special(z: Complex, table: &Table) -> Option<Outcome> {
    if z.0.is_finite() && z.1.is_finite() {
        return None;
    }
    Some((table[kind(z.0)][kind(z.1)], Errno::Ok))
}

fn neg(z: Complex) -> Complex {
    (-z.0, -z.1)
}

/// `(a.re, a.im) -> (-a.im, a.re)`: multiplication by i.
fn times_i(z: Complex) -> Complex {
    (-z.1, z.0)
}

/// `-i * z`.
fn times_minus_i(z: Complex) -> Complex {
    (z.1, -z.0)
}

/// `cmath.sqrt`.
pub(crate) fn sqrt(z: Complex) -> Outcome {
    if let Some(r) = special(z, &special::SQRT) {
        return r;
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::Ok);
    }
    let mut ax = z.0.abs();
    let ay = z.1.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        ((s, d.copysign(z.1)), Errno::Ok)
    } else {
        ((d, s.copysign(z.1)), Errno::Ok)
    }
}

/// `cmath.acos`.
pub(crate) fn acos(z: Complex) -> Outcome {
    if let Some(r) = special(z, &special::ACOS) {
        return r;
    }
    let r = if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        (
            z.1.abs().atan2(z.0),
            -((z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0).copysign(z.1),
        )
    } else {
        let s1 = sqrt((1.0 - z.0, -z.1)).0;
        let s2 = sqrt((1.0 + z.0, z.1)).0;
        (
            2.0 * s1.0.atan2(s2.0),
            real_asinh(s2.0 * s1.1 - s2.1 * s1.0),
        )
    };
    (r, Errno::Ok)
}

/// `cmath.acosh`.
pub(crate) fn acosh(z: Complex) -> Outcome {
    if let Some(r) = special(z, &special::ACOSH) {
        return r;
    }
    let r = if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        (
            (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0,
            z.1.atan2(z.0),
        )
    } else {
        let s1 = sqrt((z.0 - 1.0, z.1)).0;
        let s2 = sqrt((z.0 + 1.0, z.1)).0;
        (
            real_asinh(s1.0 * s2.0 + s1.1 * s2.1),
            2.0 * s1.1.atan2(s2.0),
        )
    };
    (r, Errno::Ok)
}

/// `cmath.asin(z) = -i asinh(iz)`.
pub(crate) fn asin(z: Complex) -> Outcome {
    let (s, errno) = asinh(times_i(z));
    (times_minus_i(s), errno)
}

/// `cmath.asinh`.
pub(crate) fn asinh(z: Complex) -> Outcome {
    if let Some(r) = special(z, &special::ASINH) {
        return r;
    }
    let r = if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        (re, z.1.atan2(z.0.abs()))
    } else {
        let s1 = sqrt((1.0 + z.1, -z.0)).0;
        let s2 = sqrt((1.0 - z.1, z.0)).0;
        (
            real_asinh(s1.0 * s2.1 - s2.0 * s1.1),
            z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
        )
    };
    (r, Errno::Ok)
}

/// `cmath.atan(z) = -i atanh(iz)`.
pub(crate) fn atan(z: Complex) -> Outcome {
    let (s, errno) = atanh(times_i(z));
    (times_minus_i(s), errno)
}

/// `cmath.atanh`.
#[expect(
    clippy::float_cmp,
    reason = "CPython tests z.real == 1 exactly (the pole of atanh)"
)]
pub(crate) fn atanh(z: Complex) -> Outcome {
    if let Some(r) = special(z, &special::ATANH) {
        return r;
    }
    if z.0 < 0.0 {
        let (r, errno) = atanh(neg(z));
        return (neg(r), errno);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large_double() || ay > sqrt_large_double() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        ((z.0 / 4.0 / h / h, (PI / 2.0).copysign(z.1)), Errno::Ok)
    } else if z.0 == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            ((f64::INFINITY, z.1), Errno::Domain)
        } else {
            let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
            ((re, (2f64.atan2(-ay) / 2.0).copysign(z.1)), Errno::Ok)
        }
    } else {
        let re = (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0;
        let im = -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
        ((re, im), Errno::Ok)
    }
}

/// The errno of `cosh`/`sinh` at a non-finite argument.
fn hyperbolic_special_errno(z: Complex) -> Errno {
    if z.1.is_infinite() && !z.0.is_nan() {
        Errno::Domain
    } else {
        Errno::Ok
    }
}

/// `ERANGE` when the result overflowed.
fn overflow_check(r: Complex) -> Outcome {
    if r.0.is_infinite() || r.1.is_infinite() {
        (r, Errno::Range)
    } else {
        (r, Errno::Ok)
    }
}

/// `(+-inf, finite nonzero y)`: the case the tables leave to `cos(y)`/`sin(y)`.
fn infinite_real(z: Complex) -> bool {
    z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0
}

/// `cmath.cos(z) = cosh(iz)`.
pub(crate) fn cos(z: Complex) -> Outcome {
    cosh(times_i(z))
}

/// `cmath.cosh`.
pub(crate) fn cosh(z: Complex) -> Outcome {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if infinite_real(z) {
            let im = f64::INFINITY.copysign(z.1.sin());
            (
                f64::INFINITY.copysign(z.1.cos()),
                if z.0 > 0.0 { im } else { -im },
            )
        } else {
            special::COSH[kind(z.0)][kind(z.1)]
        };
        return (r, hyperbolic_special_errno(z));
    }
    let r = if z.0.abs() > log_large_double() {
        let x_minus_one = z.0 - 1f64.copysign(z.0);
        (
            z.1.cos() * x_minus_one.cosh() * E,
            z.1.sin() * x_minus_one.sinh() * E,
        )
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    overflow_check(r)
}

/// `cmath.sin(z) = -i sinh(iz)`.
pub(crate) fn sin(z: Complex) -> Outcome {
    let (s, errno) = sinh(times_i(z));
    (times_minus_i(s), errno)
}

/// `cmath.sinh`.
pub(crate) fn sinh(z: Complex) -> Outcome {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if infinite_real(z) {
            let re = f64::INFINITY.copysign(z.1.cos());
            (
                if z.0 > 0.0 { re } else { -re },
                f64::INFINITY.copysign(z.1.sin()),
            )
        } else {
            special::SINH[kind(z.0)][kind(z.1)]
        };
        return (r, hyperbolic_special_errno(z));
    }
    let r = if z.0.abs() > log_large_double() {
        let x_minus_one = z.0 - 1f64.copysign(z.0);
        (
            z.1.cos() * x_minus_one.sinh() * E,
            z.1.sin() * x_minus_one.cosh() * E,
        )
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    overflow_check(r)
}

/// `cmath.tan(z) = -i tanh(iz)`.
pub(crate) fn tan(z: Complex) -> Outcome {
    let (s, errno) = tanh(times_i(z));
    (times_minus_i(s), errno)
}

/// `cmath.tanh`.
pub(crate) fn tanh(z: Complex) -> Outcome {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if infinite_real(z) {
            let im = 0f64.copysign(2.0 * z.1.sin() * z.1.cos());
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            special::TANH[kind(z.0)][kind(z.1)]
        };
        let errno = if z.1.is_infinite() && z.0.is_finite() {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (r, errno);
    }
    if z.0.abs() > log_large_double() {
        let im = 4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp();
        return ((1f64.copysign(z.0), im), Errno::Ok);
    }
    let tx = z.0.tanh();
    let ty = z.1.tan();
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx),
        Errno::Ok,
    )
}

/// `cmath.exp`.
pub(crate) fn exp(z: Complex) -> Outcome {
    if !z.0.is_finite() || !z.1.is_finite() {
        let r = if infinite_real(z) {
            let magnitude = if z.0 > 0.0 { f64::INFINITY } else { 0.0 };
            (magnitude.copysign(z.1.cos()), magnitude.copysign(z.1.sin()))
        } else {
            special::EXP[kind(z.0)][kind(z.1)]
        };
        let errno = if z.1.is_infinite() && (z.0.is_finite() || z.0 == f64::INFINITY) {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (r, errno);
    }
    let r = if z.0 > log_large_double() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    overflow_check(r)
}

/// `c_log`: the natural logarithm, accurate near 1 and for tiny or huge `|z|`.
pub(crate) fn log(z: Complex) -> Outcome {
    if let Some(r) = special(z, &special::LOG) {
        return r;
    }
    let ax = z.0.abs();
    let ay = z.1.abs();
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - f64::from(MANT_DIG) * LN_2
        } else {
            return ((f64::NEG_INFINITY, z.1.atan2(z.0)), Errno::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = ax.max(ay);
            let an = ax.min(ay);
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), Errno::Ok)
}

/// `cmath.log10`.
pub(crate) fn log10(z: Complex) -> Outcome {
    let (r, errno) = log(z);
    ((r.0 / LN_10, r.1 / LN_10), errno)
}

/// `cmath.rect(r, phi)`.
pub(crate) fn rect(r: f64, phi: f64) -> Outcome {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let z = (
                f64::INFINITY.copysign(phi.cos()),
                f64::INFINITY.copysign(phi.sin()),
            );
            if r > 0.0 {
                z
            } else {
                neg(z)
            }
        } else {
            special::RECT[kind(r)][kind(phi)]
        };
        let errno = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (z, errno);
    }
    if phi == 0.0 {
        return ((r, r * phi), Errno::Ok);
    }
    ((r * phi.cos(), r * phi.sin()), Errno::Ok)
}

/// `_Py_c_abs`: `hypot`, `ERANGE` when a finite `z` overflows.
pub(crate) fn abs(z: Complex) -> (f64, Errno) {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() || z.1.is_infinite() {
            return (f64::INFINITY, Errno::Ok);
        }
        return (f64::NAN, Errno::Ok);
    }
    let r = z.0.hypot(z.1);
    (
        r,
        if r.is_finite() {
            Errno::Ok
        } else {
            Errno::Range
        },
    )
}

/// `_Py_c_quot`: `a / b` by Smith's method, `EDOM` when `b` is zero.
pub(crate) fn quotient(a: Complex, b: Complex) -> Outcome {
    let abs_re = b.0.abs();
    let abs_im = b.1.abs();
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return ((0.0, 0.0), Errno::Domain);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (
            ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom),
            Errno::Ok,
        )
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        (
            ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom),
            Errno::Ok,
        )
    } else {
        ((f64::NAN, f64::NAN), Errno::Ok)
    }
}
