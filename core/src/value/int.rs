//! `int` beyond the `i64` fast path: normalisation between [`Value::Int`] and
//! `Object::BigInt`, and conversions.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::Value;

/// Either representation of an int, borrowed for arithmetic.
#[derive(Clone, Debug)]
pub(crate) enum IntRef<'a> {
    /// Machine int (also `bool`).
    Small(i64),
    /// Heap big int.
    Big(&'a BigInt),
}

impl IntRef<'_> {
    /// As a `BigInt` (allocates for small ints).
    pub(crate) fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }

    /// As an `f64`, `None` when too large (CPython's OverflowError).
    pub(crate) fn to_f64(&self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(*i as f64),
            IntRef::Big(b) => b.to_f64().filter(|f| f.is_finite()),
        }
    }
}

/// The `Value` for a big int result: immediate when it fits in an `i64`.
///
/// Returns `Err(big)` when the caller must allocate it on the heap.
pub(crate) fn normalize(n: BigInt) -> Result<Value, BigInt> {
    match n.to_i64() {
        Some(i) => Ok(Value::Int(i)),
        None => Err(n),
    }
}
