//! CPython-compatible `hash()` for numbers and tuples.
//!
//! Equal numbers hash equal across `bool`, `int` and `float` (reduction modulo
//! the Mersenne prime 2**61 - 1, as in CPython's `Python/pyhash.c`), and tuples
//! combine their items with CPython 3.11's xxHash-based scheme, so `hash()`
//! prints what CPython prints. `str` hashes are randomised per process in
//! CPython, so any stable hash will do there.

use std::hash::BuildHasher;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

const MODULUS_BITS: u32 = 61;
const MODULUS: u64 = (1 << MODULUS_BITS) - 1;
const HASH_INF: i64 = 314_159;

/// CPython never returns -1 from a hash (it means "error" in C).
fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for a machine int.
pub(crate) fn hash_i64(i: i64) -> i64 {
    let magnitude = (i.unsigned_abs() % MODULUS) as i64;
    fix_minus_one(if i < 0 { -magnitude } else { magnitude })
}

/// `hash(n)` for a big int.
pub(crate) fn hash_bigint(n: &BigInt) -> i64 {
    let (sign, magnitude) = (n.sign(), n.magnitude());
    let reduced = (magnitude % MODULUS).to_u64().unwrap_or(0) as i64;
    fix_minus_one(if sign == Sign::Minus {
        -reduced
    } else {
        reduced
    })
}

/// `hash(x)` for a float; `nan` hashes to 0 (CPython uses the object's identity).
pub(crate) fn hash_f64(value: f64) -> i64 {
    if value.is_infinite() {
        return if value > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if value.is_nan() {
        return 0;
    }
    let (mut mantissa, mut exponent) = frexp(value);
    let sign: i64 = if mantissa < 0.0 {
        mantissa = -mantissa;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while mantissa != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (MODULUS_BITS - 28));
        mantissa *= 268_435_456.0;
        exponent -= 28;
        let y = mantissa as u64;
        mantissa -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if exponent >= 0 {
        exponent % MODULUS_BITS as i32
    } else {
        MODULUS_BITS as i32 - 1 - ((-1 - exponent) % MODULUS_BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (MODULUS_BITS - e));
    fix_minus_one(x as i64 * sign)
}

/// `(m, e)` with `value == m * 2**e` and `0.5 <= |m| < 1` (C's `frexp`).
fn frexp(value: f64) -> (f64, i32) {
    if value == 0.0 || !value.is_finite() {
        return (value, 0);
    }
    let bits = value.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    if exp_bits == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(value * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let exponent = exp_bits - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (0x3fe << 52));
    (mantissa, exponent)
}

/// `hash(t)` for a tuple whose items hash to `items` (CPython 3.11 `tuplehash`).
pub(crate) fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let len = items.len() as u64;
    let mut acc = PRIME_5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(len ^ (PRIME_5 ^ 0x0035_D373));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// A stable hash of text (`hash(str)` is randomised in CPython; never printed by programs).
pub(crate) fn hash_str(text: &str) -> i64 {
    fix_minus_one(rustc_hash::FxBuildHasher.hash_one(text) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_like_cpython() {
        // Values from python3: hash(x) for each.
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_f64(-0.1), -230_584_300_921_369_408);
        assert_eq!(hash_f64(1e300), 1_224_995_262_755_759_164);
        assert_eq!(hash_f64(2.0), 2);
        assert_eq!(hash_tuple([1, 2].into_iter()), -3_550_055_125_485_641_917);
        assert_eq!(hash_tuple(std::iter::empty()), 5_740_354_900_026_072_187);
    }
}
