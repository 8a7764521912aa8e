//! Profiling (`Options::profile`): how often each line of the main program
//! ran, how often each function was called and its inclusive time.
//!
//! When profiling is off nothing here runs: the instruction loop is compiled
//! twice (`Vm::execute_loop::<PROFILE>`), and the plain copy tests nothing
//! per instruction. When on, the hook ([`Vm::profile_tick`]) runs before
//! every instruction: a line event is counted when the line
//! changes within a frame or the frame jumps backwards (a loop re-running a
//! line), as CPython's tracing does; a call is counted when a function's
//! frame runs its first instruction; a shadow stack keyed by the frame depth
//! notices returns (the depth drops) and adds the elapsed time to the
//! function, counting a recursive function's time once (outermost call only).
//! Time paused for the host is not counted. Code of the embedded standard
//! library is not profiled.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::frame::PyFrame;
use super::vm::Vm;
use crate::compile::code::{Code, CodeKind};

/// What a profiled run recorded (returned by [`crate::Ctx::profile`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileReport {
    /// Line of the main program → times it ran.
    pub line_counts: BTreeMap<u32, u64>,
    /// Function (qualified name) → calls.
    pub call_counts: BTreeMap<String, u64>,
    /// Function (qualified name) → inclusive compute time in microseconds.
    pub call_us: BTreeMap<String, u64>,
}

/// A function call in progress.
#[derive(Clone, Debug)]
struct Active {
    depth: usize,
    name: String,
    /// When the outermost active call of this name started (`None`: an inner
    /// recursive call, whose time the outer one counts).
    start: Option<Instant>,
}

/// The profiler's state, held by the `Vm` while profiling is on.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct Profile {
    lines: BTreeMap<u32, u64>,
    calls: BTreeMap<String, u64>,
    time: BTreeMap<String, Duration>,
    /// The program index of `__main__` (its lines are counted).
    pub main: Option<u32>,
    #[serde(skip)]
    active: Vec<Active>,
    /// Per frame depth: the last `(pc, line)` seen.
    #[serde(skip)]
    last: Vec<(u32, u32)>,
    /// Line of each instruction, per code of the main program (built lazily).
    #[serde(skip)]
    line_tables: rustc_hash::FxHashMap<u32, Vec<u32>>,
    /// Open calls of each function name (recursion counts time once).
    #[serde(skip)]
    running: rustc_hash::FxHashMap<String, u32>,
    /// When the run paused for the host.
    #[serde(skip)]
    paused_at: Option<Instant>,
}

impl Profile {
    /// The counts so far, times in microseconds.
    pub(crate) fn report(&self) -> ProfileReport {
        let mut time = self.time.clone();
        let now = Instant::now();
        for call in &self.active {
            if let Some(start) = call.start {
                *time.entry(call.name.clone()).or_default() += now - start;
            }
        }
        ProfileReport {
            line_counts: self.lines.clone(),
            call_counts: self.calls.clone(),
            call_us: time
                .into_iter()
                .map(|(name, d)| (name, u64::try_from(d.as_micros()).unwrap_or(u64::MAX)))
                .collect(),
        }
    }

    /// The run paused (host call, end): open calls stop counting time.
    pub(crate) fn pause(&mut self) {
        self.paused_at.get_or_insert_with(Instant::now);
    }

    /// The run continues: open calls' start times skip the pause.
    pub(crate) fn resume(&mut self) {
        if let Some(paused) = self.paused_at.take() {
            let gap = paused.elapsed();
            for call in &mut self.active {
                call.start = call.start.map(|s| s + gap);
            }
        }
    }

    /// Calls at `depth` or deeper have returned.
    fn returned_to(&mut self, depth: usize) {
        while self.active.last().is_some_and(|a| a.depth >= depth) {
            let Some(call) = self.active.pop() else {
                break;
            };
            if let Some(open) = self.running.get_mut(&call.name) {
                *open = open.saturating_sub(1);
            }
            if let Some(start) = call.start {
                *self.time.entry(call.name).or_default() += start.elapsed();
            }
        }
    }

    /// A function call begins at `depth`.
    fn called(&mut self, depth: usize, name: &str) {
        self.returned_to(depth);
        *self.calls.entry(name.to_owned()).or_default() += 1;
        let open = self.running.entry(name.to_owned()).or_default();
        *open += 1;
        let start = (*open == 1).then(Instant::now);
        self.active.push(Active {
            depth,
            name: name.to_owned(),
            start,
        });
    }

    /// The frame at `depth` runs instruction `pc` of line `line`.
    fn line(&mut self, depth: usize, pc: u32, line: u32) {
        if self.last.len() <= depth {
            self.last.resize(depth + 1, (u32::MAX, 0));
        }
        let Some(last) = self.last.get_mut(depth) else {
            return;
        };
        let (last_pc, last_line) = *last;
        if pc == 0 || line != last_line || pc <= last_pc {
            *self.lines.entry(line).or_default() += 1;
        }
        *last = (pc, line);
    }
}

impl Vm {
    /// The profiling hook: runs before each instruction of a profiled run.
    pub(super) fn profile_tick(&mut self, frame: &PyFrame, code: &Code) {
        let depth = self.depth;
        let pc = frame.pc;
        let program = frame.code.program;
        let profiled = self
            .programs
            .get(program as usize)
            .is_some_and(|loaded| !loaded.program.data().filename.starts_with("<frozen"));
        let Some(profile) = self.profile.as_deref_mut() else {
            return;
        };
        profile.returned_to(depth + 1);
        if !profiled {
            return;
        }
        if pc == 0 && code.kind == CodeKind::Function {
            profile.called(depth, &code.qualname);
        }
        if profile.main != Some(program) {
            return;
        }
        let index = frame.code.index;
        if !profile.line_tables.contains_key(&index) {
            let table = self.line_table(frame.code, code);
            let Some(profile) = self.profile.as_deref_mut() else {
                return;
            };
            profile.line_tables.insert(index, table);
        }
        let Some(profile) = self.profile.as_deref_mut() else {
            return;
        };
        let line = profile
            .line_tables
            .get(&index)
            .and_then(|t| t.get(pc as usize))
            .copied()
            .unwrap_or(0);
        profile.line(depth, pc, line);
    }

    /// The source line of each instruction of `code`.
    fn line_table(&self, id: crate::compile::CodeId, code: &Code) -> Vec<u32> {
        let Some(loaded) = self.programs.get(id.program as usize) else {
            return Vec::new();
        };
        let index = loaded.program.data().line_index();
        code.spans
            .iter()
            .map(|span| index.line_col(span.start).0)
            .collect()
    }
}
