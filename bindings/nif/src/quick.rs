//! Calls that run Python on the calling process's normal scheduler: a short
//! boot, request or run finishes there, without the hand-off to a dirty
//! scheduler (whose wake-up cost as much as the call). Each runs for at most
//! [`SLICE`] and then pauses as `{:host_calls, ref, []}` (a batch of no
//! calls, `pyex::Ctx::set_time_slice`), which the Elixir side continues with a
//! dirty NIF. Native work between two of the run's checks (a sort, a compile
//! of a small source) is not cut; the Elixir side sends big sources and
//! bodies to the dirty NIFs from the start.

use std::time::{Duration, Instant};

use rustler::Env;

/// How long a quick call may run Python before it pauses: a normal scheduler
/// must be given back within about a millisecond, and the run checks its
/// slice every few thousand instructions.
pub(crate) const SLICE: Duration = Duration::from_micros(500);

/// Runs a quick NIF's body, then tells the scheduler how much of its time
/// slice (1 ms) the call used.
pub(crate) fn timed<T>(env: Env<'_>, body: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let result = body();
    let percent = started.elapsed().as_micros() / 10;
    let percent = i32::try_from(percent.clamp(1, 100)).unwrap_or(100);
    rustler::schedule::consume_timeslice(env, percent);
    result
}
