//! Resource limits checked by the evaluator. Wall time, steps and heap size
//! are checked every few thousand instructions (so loops and deep call chains
//! are covered); the recursion limit at each call; output, open files and
//! filesystem bytes where a program writes or opens; big allocations before
//! they happen ([`Vm::reserve`]). A limit is not a Python exception: `except`
//! cannot catch it, it ends the run, and [`crate::Ctx::limit_exceeded`] says which.

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::eval::vm::Vm;
use crate::exc::{ExcKind, PyError, RunError, RunResult};

/// The largest single allocation a program may request at once (bytes);
/// `'x' * 10**12` fails with `MemoryError` before allocating.
pub(crate) const MAX_ALLOCATION: usize = 1 << 30;

/// Instructions between two periodic limit checks (the step count advances
/// by this much at each check, so a step limit is exact to within it).
pub(crate) const CHECK_EVERY: u32 = 4096;

/// Bytes of the items of a string, bytes, list or tuple (what a
/// concatenation copies); 0 for other objects.
pub(crate) fn seq_bytes(object: &crate::value::object::Object) -> usize {
    use crate::value::object::Object;
    match object {
        Object::Str(s) => s.as_str().len(),
        Object::Bytes(b) => b.len(),
        Object::List(items) | Object::Tuple(items) => {
            items.len() * std::mem::size_of::<crate::value::Value>()
        }
        _ => 0,
    }
}

/// Limits for one `Ctx` (`None`: unlimited).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    /// Wall time a run may compute (time paused for the host does not count).
    pub time: Option<Duration>,
    /// Bytes the heap may hold (checked at collections and before big allocations).
    pub memory: Option<usize>,
    /// Bytecode instructions a run may execute (counted in blocks of 4096).
    #[serde(default)]
    pub steps: Option<u64>,
    /// Bytes the program may write to stdout and stderr together.
    #[serde(default)]
    pub output: Option<usize>,
    /// Files the program may hold open at once.
    #[serde(default)]
    pub open_files: Option<usize>,
    /// Bytes the program's filesystem may hold (checked at each write).
    #[serde(default)]
    pub fs_bytes: Option<usize>,
}

/// A host's time slice (`Ctx::set_time_slice`): how long one run or resume
/// call may compute before it pauses, so that a host scheduler thread (a
/// BEAM normal scheduler) is given back in time; not a limit, the run goes on
/// when the host continues it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Slice {
    /// The slice per call (`None`: calls run to their end).
    pub length: Option<Duration>,
    /// When the current call's slice ends.
    pub end: Option<Instant>,
    /// Set when the slice ended at a periodic check: the frame loop pauses.
    pub ended: bool,
}

/// Which limit ended a run ([`crate::Ctx::limit_exceeded`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LimitKind {
    /// `Limits::time`.
    Time,
    /// `Limits::steps`.
    Steps,
    /// `Limits::memory`, or an allocation too big for the machine.
    Memory,
    /// The recursion limit (an uncaught `RecursionError`).
    Recursion,
    /// `Limits::output`.
    Output,
    /// `Limits::open_files`.
    OpenFiles,
    /// `Limits::fs_bytes`.
    FsBytes,
}

impl LimitKind {
    /// The name bindings report (`:time`, `"steps"`, ...).
    pub fn name(self) -> &'static str {
        match self {
            LimitKind::Time => "time",
            LimitKind::Steps => "steps",
            LimitKind::Memory => "memory",
            LimitKind::Recursion => "recursion",
            LimitKind::Output => "output",
            LimitKind::OpenFiles => "open_files",
            LimitKind::FsBytes => "fs_bytes",
        }
    }

    /// The limit behind an error that ended a run, if any.
    pub(crate) fn of_error(error: &PyError) -> Option<LimitKind> {
        Some(match (error.kind.as_str(), error.message.as_str()) {
            ("TimeoutError", "execution exceeded time limit") => LimitKind::Time,
            ("TimeoutError", "execution exceeded step limit") => LimitKind::Steps,
            ("MemoryError", _) => LimitKind::Memory,
            ("RecursionError", _) => LimitKind::Recursion,
            ("OSError", "output limit exceeded") => LimitKind::Output,
            ("OSError", m) if m.starts_with("[Errno 24]") => LimitKind::OpenFiles,
            ("OSError", m) if m.starts_with("[Errno 28]") => LimitKind::FsBytes,
            _ => return None,
        })
    }
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
    /// Instructions executed (in blocks of [`CHECK_EVERY`]).
    #[serde(default)]
    pub steps: u64,
    /// Items native loops have drained since the run began ([`Vm::native_tick`]).
    #[serde(skip)]
    pub native_ticks: u32,
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

/// A limit error: `kind: message`, with no Python traceback.
#[cold]
fn limit(kind: &str, message: &str) -> RunError {
    RunError::Limit(Box::new(limit_error(kind, message)))
}

/// The `PyError` of a limit: `kind: message`, with no Python traceback.
fn limit_error(kind: &str, message: &str) -> PyError {
    PyError {
        kind: kind.to_owned(),
        message: message.to_owned(),
        traceback: format!("{kind}: {message}\n"),
    }
}

/// `TimeoutError: execution exceeded time limit` as the host sees it (a
/// compile that ran out of time: `Ctx::compile`).
#[cold]
pub(crate) fn timeout_error() -> PyError {
    limit_error("TimeoutError", "execution exceeded time limit")
}

/// `TimeoutError: execution exceeded time limit`.
#[cold]
pub(crate) fn timeout() -> RunError {
    limit("TimeoutError", "execution exceeded time limit")
}

/// `TimeoutError: execution exceeded step limit`.
#[cold]
pub(crate) fn out_of_steps() -> RunError {
    limit("TimeoutError", "execution exceeded step limit")
}

/// `MemoryError: memory limit exceeded`.
#[cold]
pub(crate) fn out_of_memory() -> RunError {
    limit("MemoryError", "memory limit exceeded")
}

impl Vm {
    /// When the time limit ends the current compute interval (`None`: no
    /// time limit): the parse deadline of compiles in and before a run.
    pub(crate) fn deadline(&self) -> Option<Instant> {
        let max = self.limits.time?;
        Instant::now().checked_add(max.saturating_sub(self.usage.total()))
    }

    /// Checks that `bytes` more may be allocated at once: a bare `MemoryError`
    /// (CPython's, for an allocation no machine could make) above
    /// [`MAX_ALLOCATION`], the memory limit's error when the heap would
    /// exceed it. Called before building big strings, lists and ints.
    pub(crate) fn reserve(&self, bytes: usize) -> RunResult<()> {
        if bytes > MAX_ALLOCATION {
            return Err(RunError::new(ExcKind::MemoryError, ""));
        }
        match self.limits.memory {
            Some(max) if self.heap.live_bytes().saturating_add(bytes) > max => Err(out_of_memory()),
            _ => Ok(()),
        }
    }

    /// Checks that `extra` more bytes of output stay within the output limit.
    pub(crate) fn check_output(&self, extra: usize) -> RunResult<()> {
        match self.limits.output {
            Some(max) if self.stdout.len() + self.stderr.len() + extra > max => {
                Err(limit("OSError", "output limit exceeded"))
            }
            _ => Ok(()),
        }
    }

    /// Checks that one more file may be opened (counts the open files on the
    /// heap, only when the limit is set).
    pub(crate) fn check_open_files(&self) -> RunResult<()> {
        let Some(max) = self.limits.open_files else {
            return Ok(());
        };
        let open = self
            .heap
            .objects()
            .filter(|(_, o)| {
                matches!(o, crate::value::object::Object::File(f)
                    if !f.closed && matches!(f.target, crate::stdlib::io::Target::Path(_)))
            })
            .count();
        if open >= max {
            return Err(limit("OSError", "[Errno 24] Too many open files"));
        }
        Ok(())
    }

    /// Checks that the filesystem may grow from `old` to `new` bytes at one
    /// file (a write replacing `old` bytes with `new`).
    pub(crate) fn check_fs_growth(&self, old: usize, new: usize) -> RunResult<()> {
        let Some(max) = self.limits.fs_bytes else {
            return Ok(());
        };
        let total = crate::fs::FileSystem::total_bytes(&self.fs);
        if new > old && total.saturating_sub(old).saturating_add(new) > max {
            return Err(limit("OSError", "[Errno 28] No space left on device"));
        }
        Ok(())
    }

    /// The bytes `sep.join(items)` will hold (0 for items that are not
    /// strings), checked against the limits before the copy is made.
    pub(crate) fn joined_bytes(&self, items: &[crate::value::Value], sep: usize) -> usize {
        let texts: usize = items
            .iter()
            .filter_map(|v| v.as_obj())
            .map(|id| seq_bytes(self.heap.get(id)))
            .fold(0, usize::saturating_add);
        texts.saturating_add(sep.saturating_mul(items.len()))
    }

    /// Counts one item a builtin drains from an iterator (`list(itertools.count())`
    /// runs no instruction): every [`CHECK_EVERY`] items, the periodic checks.
    pub(crate) fn native_tick(&mut self) -> RunResult<()> {
        self.usage.native_ticks = self.usage.native_ticks.wrapping_add(1);
        if self.usage.native_ticks.is_multiple_of(CHECK_EVERY) {
            self.check_limits()?;
            if self.slice.end.is_some() {
                // Native work cannot pause: the frame loop does, once back at the top level.
                self.slice_over();
            }
        }
        Ok(())
    }

    /// The time limit alone, for native loops that run long without
    /// executing instructions (`math.comb` of big arguments): call it every
    /// few hundred iterations.
    pub(crate) fn check_time(&self) -> RunResult<()> {
        match self.limits.time {
            Some(max) if self.usage.total() > max => Err(timeout()),
            _ => Ok(()),
        }
    }

    /// Whether the current call's time slice is over; if so, the top-level
    /// frame loop pauses at its next frame boundary (a nested run cannot
    /// pause: the flag waits until it has returned).
    #[cold]
    #[inline(never)]
    pub(crate) fn slice_over(&mut self) -> bool {
        if self.slice.end.is_some_and(|end| Instant::now() >= end) {
            self.slice.end = None;
            self.slice.ended = true;
        }
        self.slice.ended
    }

    /// Counts a block of [`CHECK_EVERY`] instructions against the step limit.
    pub(crate) fn count_steps(&mut self) -> RunResult<()> {
        self.usage.steps += u64::from(CHECK_EVERY);
        match self.limits.steps {
            Some(max) if self.usage.steps > max => Err(out_of_steps()),
            _ => Ok(()),
        }
    }
}
