//! `int` beyond the `i64` fast path: normalisation between [`Value::Int`] and
//! `Object::BigInt`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::Value;
/// The `Value` for a big int result: immediate when it fits in an `i64`.
///
/// Returns `Err(big)` when the caller must allocate it on the heap.
pub(crate) fn normalize(n: BigInt) -> Result<Value, BigInt> {
    match n.to_i64() {
        Some(i) => Ok(Value::Int(i)),
        None => Err(n),
    }
}

/// `x / y` for ints, correctly rounded like CPython's `long_true_divide`
/// (exact for huge operands: `(10**400 + 1) / 10**399` is `10.0`).
///
/// Returns `None` when the quotient is too large for a float; `y` must not be 0.
pub(crate) fn true_divide(x: &BigInt, y: &BigInt) -> Option<f64> {
    const MANT: i64 = 53;
    const MIN_EXP: i64 = -1074;
    let negative = x.is_negative() != y.is_negative();
    let sign = |f: f64| if negative { -f } else { f };
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.is_zero() {
        return Some(sign(0.0));
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1025 {
        return None;
    }
    if diff < MIN_EXP - 2 {
        return Some(sign(0.0));
    }
    // q = floor(a / b * 2**-shift) carries 2-3 bits past the final precision,
    // plus a sticky bit for a non-zero remainder, so one rounding step is exact.
    let shift = (diff - MANT - 2).max(MIN_EXP - 2);
    let (num, den) = if shift >= 0 {
        (a.clone(), b << shift as usize)
    } else {
        (a << shift.unsigned_abs() as usize, b.clone())
    };
    let (q, r) = (&num / &den, &num % &den);
    let q = q.to_u64()? | u64::from(!r.is_zero());
    let top = i64::from(64 - q.leading_zeros()) - 1 + shift;
    let drop = if top >= -1022 {
        i64::from(64 - q.leading_zeros()) - MANT
    } else {
        MIN_EXP - shift
    }
    .max(0);
    let mut m = q >> drop;
    if drop > 0 {
        let rest = q & ((1 << drop) - 1);
        let half = 1 << (drop - 1);
        if rest > half || (rest == half && m & 1 == 1) {
            m += 1;
        }
    }
    let exp = (shift + drop) as i32;
    // m < 2**54 and the result is exact at this precision, so scaling by a
    // normal power of two first never rounds twice.
    let value = if exp < -1022 {
        m as f64 * 2f64.powi(-1022) * 2f64.powi(exp + 1022)
    } else {
        m as f64 * 2f64.powi(exp)
    };
    value.is_finite().then(|| sign(value))
}

#[cfg(test)]
mod tests {
    use super::true_divide;
    use num_bigint::BigInt;

    fn div(x: &str, y: &str) -> Option<f64> {
        true_divide(&x.parse().unwrap(), &y.parse().unwrap())
    }

    fn pow(base: i64, e: usize) -> BigInt {
        num_traits::pow(BigInt::from(base), e)
    }

    #[test]
    #[expect(
        clippy::unreadable_literal,
        reason = "CPython's reprs, compared digit for digit"
    )]
    fn true_divide_rounds_like_cpython() {
        let s = |n: BigInt| n.to_string();
        assert_eq!(div(&s(pow(10, 400) + 1), &s(pow(10, 399))), Some(10.0));
        assert_eq!(div("1", &s(pow(2, 1074))), Some(5e-324));
        assert_eq!(div("3", &s(pow(2, 1075))), Some(1e-323));
        assert_eq!(div("1", &s(pow(2, 1075))), Some(0.0));
        assert_eq!(div(&s(pow(2, 1080) + 1), &s(pow(2, 2150))), Some(8e-323));
        assert_eq!(
            div(&s(pow(2, 1000)), &s(pow(3, 5))),
            Some(4.409500441095751e298)
        );
        assert_eq!(div(&s(pow(2, 60) + 1), "3"), Some(3.843071682022823e17));
        assert_eq!(div(&s(pow(10, 30)), "7"), Some(1.4285714285714285e29));
        assert_eq!(
            div(&s(-pow(10, 400)), &s(pow(7, 300))),
            Some(-2.9552076050124082e146)
        );
        assert_eq!(div(&s(pow(10, 400)), "3"), None);
        assert_eq!(div("0", "-5").map(f64::is_sign_negative), Some(true));
    }
}
