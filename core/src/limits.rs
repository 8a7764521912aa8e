//! Resource limits checked by the evaluator.

/// The largest single allocation a program may request at once (bytes);
/// `'x' * 10**12` fails with `MemoryError` before allocating.
pub(crate) const MAX_ALLOCATION: usize = 1 << 30;
