//! Resource limits checked by the evaluator: wall time and heap size, checked
//! every few thousand instructions (so loops and deep call chains are covered);
//! the recursion limit is checked at each call. A limit is not a Python
//! exception: `except` cannot catch it, and it ends the run.

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::exc::{PyError, RunError};

/// The largest single allocation a program may request at once (bytes);
/// `'x' * 10**12` fails with `MemoryError` before allocating.
pub(crate) const MAX_ALLOCATION: usize = 1 << 30;

/// Limits for one `Ctx`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    /// Wall time a run may compute (time paused for the host does not count).
    pub time: Option<Duration>,
    /// Bytes the heap may hold (checked at collections).
    pub memory: Option<usize>,
}

/// What a `Ctx` has used of its limits so far (travels inside snapshots).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct Usage {
    /// Compute time of earlier run/resume calls.
    pub elapsed: Duration,
    /// When the current run/resume call started (not serialised: a restored
    /// snapshot starts a new interval).
    #[serde(skip)]
    pub started: Option<Instant>,
}

impl Usage {
    /// Compute time so far, the current interval included.
    pub(crate) fn total(&self) -> Duration {
        self.elapsed + self.started.map_or(Duration::ZERO, |s| s.elapsed())
    }

    /// Closes the current interval (the run paused or ended).
    pub(crate) fn pause(&mut self) {
        if let Some(started) = self.started.take() {
            self.elapsed += started.elapsed();
        }
    }
}

/// `TimeoutError: execution exceeded time limit`.
#[cold]
pub(crate) fn timeout() -> RunError {
    RunError::Limit(Box::new(PyError {
        kind: "TimeoutError".to_owned(),
        message: "execution exceeded time limit".to_owned(),
        traceback: "TimeoutError: execution exceeded time limit\n".to_owned(),
    }))
}

/// `MemoryError: memory limit exceeded`.
#[cold]
pub(crate) fn out_of_memory() -> RunError {
    RunError::Limit(Box::new(PyError {
        kind: "MemoryError".to_owned(),
        message: "memory limit exceeded".to_owned(),
        traceback: "MemoryError: memory limit exceeded\n".to_owned(),
    }))
}
