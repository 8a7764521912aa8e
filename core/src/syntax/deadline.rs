//! The time limit, as seen by the parser: a source that takes seconds to parse
//! (a megabyte of statements with a syntax error at the end, which the pest
//! path reads several times to report CPython's error) ends with the run's
//! `TimeoutError` near the limit instead of after the parse.
//!
//! The deadline is a thread-local set around a compile (`Ctx::compile`) and
//! around each run (`exec`/`eval`/`compile`/`import` parse inside it), so the
//! parser's signatures stay as they are. The parser looks at the clock at
//! cheap points only, never per token: every [`STATEMENTS_PER_CHECK`]
//! statements of the fast parser, and between the pest path's passes over
//! the failed statement. A pest pass cannot be interrupted: the error
//! report's second pass (with pest's error detail, at least twice the cost
//! of the first over the same text) is not started when twice the first
//! pass's time would end past the deadline. When the deadline has passed
//! the parser gives up with any `SyntaxError`, and the caller asks
//! [`take_expired`] which of the two it was.

use std::cell::Cell;
use std::time::Instant;

/// Statements the fast parser reads between two looks at the clock.
pub(super) const STATEMENTS_PER_CHECK: u32 = 64;

thread_local! {
    /// When parsing must stop (`None`: no time limit).
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
    /// Whether a parse gave up because the deadline passed.
    static EXPIRED: Cell<bool> = const { Cell::new(false) };
}

/// Sets the deadline for parses on this thread; returns the one it replaces
/// (to put back with [`restore`]: compiles can nest inside runs).
pub(crate) fn set(deadline: Option<Instant>) -> Option<Instant> {
    EXPIRED.with(|e| e.set(false));
    DEADLINE.with(|d| d.replace(deadline))
}

/// Clears the deadline a run left on this thread: for a host that caught a
/// panic out of a run (the run could not put back the deadline it had set,
/// so every later parse on the thread would find it passed).
pub fn clear() {
    EXPIRED.with(|e| e.set(false));
    DEADLINE.with(|d| d.set(None));
}

/// Puts back the deadline that [`set`] replaced.
pub(crate) fn restore(previous: Option<Instant>) {
    DEADLINE.with(|d| d.set(previous));
}

/// Whether the deadline has passed (and records it for [`take_expired`]).
pub(crate) fn passed() -> bool {
    let Some(deadline) = DEADLINE.with(Cell::get) else {
        return false;
    };
    let passed = Instant::now() >= deadline;
    if passed {
        EXPIRED.with(|e| e.set(true));
    }
    passed
}

/// Whether work that will take at least `cost` cannot end before the
/// deadline (and records it for [`take_expired`]): a pass that cannot be
/// interrupted is not started when it would certainly end past the limit.
pub(crate) fn cannot_finish(cost: std::time::Duration) -> bool {
    let Some(deadline) = DEADLINE.with(Cell::get) else {
        return false;
    };
    let late = Instant::now()
        .checked_add(cost)
        .is_none_or(|end| end >= deadline);
    if late {
        EXPIRED.with(|e| e.set(true));
    }
    late
}

/// Whether the last parse on this thread gave up at the deadline (cleared
/// by the call): its `SyntaxError` is then not the program's, and the caller
/// reports the time limit instead.
pub(crate) fn take_expired() -> bool {
    EXPIRED.with(|e| e.replace(false))
}
