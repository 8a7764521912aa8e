//! The worker: runs inputs `from..` in process, each under `catch_unwind`
//! on a thread with a known stack ([`STACK`], the NIF's), while the main
//! thread watches for hangs.
//!
//! Protocol on stdout (read by `supervisor.rs`): `S <index>` before each
//! input, `F <index> <kind>` after a failure was written, `K <index>` for a skipped (not comparable) input, `H <index>` when
//! an input hangs (the worker then exits with [`HANG_EXIT`]), `M <index>`
//! when the process grows past [`MEMORY_CAP`] (exit [`MEMORY_EXIT`]), `END <index>`
//! when it stops normally. A stack overflow or abort kills the process: the
//! last `S` line names the input.

use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::mutate::Corpus;
use crate::report::{self, Failure};
use crate::rng::Rng;
use crate::targets::{self, Target, Verdict};

/// The runner thread's stack: what the NIF gives each run (bindings/nif/src/stack.rs).
pub const STACK: usize = 16 << 20;

/// A single input computing longer than this (time on a CPU: the fuzzer
/// runs niced on a shared machine, where wall time says little) is a hang
/// (parsing and compiling are not under the evaluator's time limit, hence
/// the margin).
pub const HANG: Duration = Duration::from_secs(20);

/// A single input taking longer than this in wall time is a hang even if it
/// does not compute (a wait that never ends).
pub const HANG_WALL: Duration = Duration::from_secs(300);

/// The worker's exit status after reporting a hang.
pub const HANG_EXIT: i32 = 86;

/// Resident memory above which the running input is a memory failure: the
/// `eval` and `restore` limits allow a 64 MiB heap, so a worker this large
/// holds memory the heap accounting does not see (the watchdog ends it
/// before it can take the machine down).
pub const MEMORY_CAP: u64 = 1 << 30;

/// The worker's exit status after reporting a memory failure.
pub const MEMORY_EXIT: i32 = 87;

/// What a worker runs.
#[derive(Clone, Debug)]
pub struct Plan {
    pub targets: Vec<Target>,
    pub seed: u64,
    pub from: u64,
    /// Stop before this index.
    pub until: u64,
    /// Stop when this much time has passed.
    pub seconds: Option<f64>,
    pub out: PathBuf,
    pub corpus: PathBuf,
}

/// The last panic's message and place (the hook keeps it instead of printing).
static PANIC: Mutex<String> = Mutex::new(String::new());

/// Runs the plan; returns the process exit status.
pub fn run(plan: Plan) -> i32 {
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut slot) = PANIC.lock() {
            *slot = info.to_string();
        }
    }));
    let current: Arc<Mutex<Option<Running>>> = Arc::new(Mutex::new(None));
    let shared = Arc::clone(&current);
    let runner = std::thread::Builder::new()
        .name("fuzz-runner".into())
        .stack_size(STACK)
        .spawn(move || run_inputs(&plan, &shared));
    let Ok(runner) = runner else {
        return 2;
    };
    loop {
        std::thread::sleep(Duration::from_millis(20));
        if runner.is_finished() {
            return runner.join().unwrap_or(2);
        }
        let running = current.lock().ok().and_then(|c| *c);
        let Some(Running {
            index,
            started,
            cpu_at_start,
        }) = running
        else {
            continue;
        };
        let cpu = runner_cpu_time()
            .zip(cpu_at_start)
            .map(|(now, then)| now.saturating_sub(then));
        if cpu.unwrap_or_else(|| started.elapsed()) > HANG || started.elapsed() > HANG_WALL {
            emit(&format!("H {index}"));
            std::process::exit(HANG_EXIT);
        }
        if resident_bytes().is_some_and(|bytes| bytes > MEMORY_CAP) {
            emit(&format!("M {index}"));
            std::process::exit(MEMORY_EXIT);
        }
    }
}

/// The input the runner thread is on.
#[derive(Clone, Copy, Debug)]
struct Running {
    index: u64,
    started: Instant,
    /// The runner's CPU time when it started the input.
    cpu_at_start: Option<Duration>,
}

/// The runner thread's `schedstat` file (set by the runner when it starts).
static RUNNER_SCHEDSTAT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// The CPU time of the runner thread so far (`None` off Linux).
fn runner_cpu_time() -> Option<Duration> {
    let text = std::fs::read_to_string(RUNNER_SCHEDSTAT.get()?).ok()?;
    let nanos: u64 = text.split(' ').next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// This process's resident memory (Linux `/proc/self/statm`; `None` elsewhere).
fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split(' ').nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// Writes one protocol line to stdout, flushed. A worker whose supervisor
/// is gone (the pipe is closed) stops.
fn emit(line: &str) {
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{line}").and_then(|()| out.flush()).is_err() {
        std::process::exit(3);
    }
}

fn run_inputs(plan: &Plan, current: &Mutex<Option<Running>>) -> i32 {
    if let Ok(task) = std::fs::read_link("/proc/thread-self") {
        let _ = RUNNER_SCHEDSTAT.set(PathBuf::from("/proc").join(task).join("schedstat"));
    }
    let corpus = Corpus::load(&plan.corpus);
    let started = Instant::now();
    let mut driver = None;
    let mut index = plan.from;
    while index < plan.until
        && plan
            .seconds
            .is_none_or(|s| started.elapsed().as_secs_f64() < s)
    {
        let target = plan.targets[(index % plan.targets.len() as u64) as usize];
        emit(&format!("S {index}"));
        if let Ok(mut c) = current.lock() {
            *c = Some(Running {
                index,
                started: Instant::now(),
                cpu_at_start: targets::thread_cpu_time(),
            });
        }
        let source = targets::source_for(target, plan.seed, index, &corpus);
        let verdict = run_one(target, &source, plan.seed, index, &mut driver);
        if verdict == Verdict::Skipped {
            emit(&format!("K {index}"));
        }
        if let Verdict::Fail(kind, details) = verdict {
            let failure = Failure {
                target,
                kind,
                seed: plan.seed,
                index,
                source: &source,
                details: &details,
            };
            report::write(&plan.out, &failure);
            emit(&format!("F {index} {kind}"));
        }
        if let Ok(mut c) = current.lock() {
            *c = None;
        }
        index += 1;
    }
    emit(&format!("END {index}"));
    0
}

/// One input through one target, a panic turned into a failure.
pub fn run_one(
    target: Target,
    source: &str,
    seed: u64,
    index: u64,
    driver: &mut Option<crate::diff::Driver>,
) -> Verdict {
    let result = catch_unwind(AssertUnwindSafe(|| match target {
        Target::Parse => targets::check_parse(source),
        Target::Compile => targets::check_compile(source),
        Target::Eval => targets::check_eval(source),
        Target::Restore => {
            let mut rng = Rng::for_input(seed, "restore-mutation", index);
            crate::restore::check_restore(source, &mut rng)
        }
        Target::Diff => crate::diff::check(source, driver),
    }));
    match result {
        Ok(verdict) => verdict,
        Err(_) => {
            pyex::recover_thread();
            let message = PANIC.lock().map(|m| m.clone()).unwrap_or_default();
            Verdict::Fail("panic", message)
        }
    }
}
