//! `range` objects whose bounds do not fit a machine int
//! (`range(10**20, 10**20 + 5)`). The common `range` stays the `i64`
//! [`Range`](super::iter::Range); this form is made only when an argument
//! is a big int, so `for i in range(n)` pays nothing for it.

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};
use serde::{Deserialize, Serialize};

/// `range(start, stop, step)` over arbitrary-precision ints.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct BigRange {
    /// First value.
    pub start: BigInt,
    /// Bound (exclusive).
    pub stop: BigInt,
    /// Non-zero step.
    pub step: BigInt,
}

impl BigRange {
    /// `len(range)` (may exceed any machine int).
    pub(crate) fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            BigInt::zero()
        } else {
            (hi - lo - BigInt::one()) / step + BigInt::one()
        }
    }

    /// The `i`-th element (`0 <= i < len`).
    pub(crate) fn at(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// The position of `v` in the range, if it is an element.
    pub(crate) fn position(&self, v: &BigInt) -> Option<BigInt> {
        let inside = if self.step.is_positive() {
            *v >= self.start && *v < self.stop
        } else {
            *v <= self.start && *v > self.stop
        };
        let offset = v - &self.start;
        (inside && (&offset % &self.step).is_zero()).then(|| offset / &self.step)
    }
}

/// Iteration state over a [`BigRange`].
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct BigRangeIter {
    /// The next value.
    pub next: BigInt,
    /// Values left.
    pub left: BigInt,
    /// The step.
    pub step: BigInt,
}

impl BigRangeIter {
    /// The next value, advancing; `None` when exhausted.
    pub(crate) fn step(&mut self) -> Option<BigInt> {
        if !self.left.is_positive() {
            return None;
        }
        let v = self.next.clone();
        self.next += &self.step;
        self.left -= BigInt::one();
        Some(v)
    }
}
