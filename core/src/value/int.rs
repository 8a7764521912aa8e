//! `int` beyond the `i64` fast path: normalisation between [`Value::Int`] and
//! `Object::BigInt`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

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
