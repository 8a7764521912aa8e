//! The fuzz targets and their inputs. An input is a pure function of
//! `(target, seed, index)`: the supervisor regenerates the input that killed
//! a worker from its index alone.
//!
//! - `parse`: `parse_module` never panics; where the fast parser accepts a
//!   source, the pest reference accepts it with an identical tree.
//! - `compile`: `Program::compile` never panics.
//! - `eval`: a run under small limits ends with a result, a Python
//!   exception or a limit error, never a panic or an internal error, and a
//!   time limit fires within twice its length.
//! - `restore`: `restore.rs`.

use std::time::{Duration, Instant};

use pyex::syntax::{parse_module, parse_module_fast, parse_module_reference};
use pyex::{Ctx, Limits, Options, Program};

use crate::mutate::Corpus;
use crate::rng::Rng;

/// What is fuzzed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Parse,
    Compile,
    Eval,
    Restore,
    /// Differential runs against CPython (`diff.rs`; not part of `all`).
    Diff,
}

impl Target {
    /// The target named `name`; `all` is every target but `diff`.
    pub fn parse_list(name: &str) -> Option<Vec<Target>> {
        Some(match name {
            "parse" => vec![Target::Parse],
            "compile" => vec![Target::Compile],
            "eval" => vec![Target::Eval],
            "restore" => vec![Target::Restore],
            "diff" => vec![Target::Diff],
            "all" => vec![
                Target::Parse,
                Target::Compile,
                Target::Eval,
                Target::Restore,
            ],
            _ => return None,
        })
    }

    /// The target's name on the command line and in file names.
    pub fn name(self) -> &'static str {
        match self {
            Target::Parse => "parse",
            Target::Compile => "compile",
            Target::Eval => "eval",
            Target::Restore => "restore",
            Target::Diff => "diff",
        }
    }
}

/// How one input ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing wrong.
    Ok,
    /// A failure of this kind (`panic`, `mismatch`, `internal`, `slow`, `diff`), with details.
    Fail(&'static str, String),
    /// Not comparable (a differential input CPython rejects).
    Skipped,
}

/// The time limit of `eval` runs; a run must end within twice this.
pub const TIME_LIMIT: Duration = Duration::from_millis(250);

/// The limits of `eval` and `restore` runs.
pub fn small_limits() -> Limits {
    Limits {
        time: Some(TIME_LIMIT),
        memory: Some(64 << 20),
        steps: Some(2_000_000),
        output: Some(64 << 10),
        open_files: Some(16),
        fs_bytes: Some(1 << 20),
    }
}

/// The source fuzzed as input `index` of `target`: a generated program or a
/// mutated conformance case (the `eval` target mostly gets generated ones).
pub fn source_for(target: Target, seed: u64, index: u64, corpus: &Corpus) -> String {
    let mut rng = Rng::for_input(seed, target.name(), index);
    let generated = match target {
        Target::Parse | Target::Compile => rng.chance(40),
        Target::Eval => rng.chance(70),
        Target::Diff => rng.chance(60),
        Target::Restore => true,
    };
    if generated {
        crate::gen::program(rng)
    } else {
        corpus.mutant(&mut rng)
    }
}

/// The longest a parse may compute (generous: debug builds). Parsing is not
/// under the evaluator's time limit, so a slow parse is a hang. Judged on
/// the thread's CPU time where known (wall time on a loaded machine says little).
pub const PARSE_BUDGET: Duration = Duration::from_secs(10);

/// Runs the parse checks on `source`.
pub fn check_parse(source: &str) -> Verdict {
    let (started, cpu_before) = (Instant::now(), thread_cpu_time());
    let combined = parse_module(source);
    let took = thread_cpu_time().zip(cpu_before).map_or_else(
        || started.elapsed(),
        |(after, before)| after.saturating_sub(before),
    );
    if took > PARSE_BUDGET {
        return Verdict::Fail("slow", format!("parse_module took {took:?}"));
    }
    let Some(fast) = parse_module_fast(source) else {
        return Verdict::Ok;
    };
    match parse_module_reference(source) {
        Ok(reference) if reference == fast => {
            if combined.as_ref().ok() == Some(&fast) {
                Verdict::Ok
            } else {
                Verdict::Fail(
                    "mismatch",
                    "parse_module differs from the fast parser's tree".into(),
                )
            }
        }
        Ok(_) => Verdict::Fail(
            "mismatch",
            "fast and reference parsers build different trees".into(),
        ),
        Err(e) => Verdict::Fail(
            "mismatch",
            format!(
                "the fast parser accepts what the reference rejects: {}",
                e.render("main.py", source)
            ),
        ),
    }
}

/// Compiles `source` (errors are fine; a panic is caught by the caller).
pub fn check_compile(source: &str) -> Verdict {
    let _ = Program::compile(source, "main.py");
    Verdict::Ok
}

/// A fresh context with the small limits, `main.py` in its filesystem.
pub fn limited_ctx(source: &str, options: Options) -> Ctx {
    Ctx::new(Options {
        limits: small_limits(),
        fs: pyex::fs::Fs::memory([("main.py", source)]),
        ..options
    })
}

/// Runs `source` under the small limits: no internal error, time limit on time.
///
/// "On time" is judged on the time the run was on a CPU: the time limit
/// counts wall time, so a run that the scheduler kept waiting (the fuzzer
/// runs niced on a shared machine) ends late without any fault of the
/// evaluator; a run that computed for more than twice the limit did not
/// check the limit in time (one native operation ran between two checks).
pub fn check_eval(source: &str) -> Verdict {
    let Ok(program) = Program::compile(source, "main.py") else {
        return Verdict::Ok;
    };
    let mut ctx = limited_ctx(source, Options::default());
    let cpu_before = thread_cpu_time();
    let started = Instant::now();
    let result = ctx.run(&program);
    let took = started.elapsed();
    let cpu = thread_cpu_time()
        .zip(cpu_before)
        .map(|(after, before)| after.saturating_sub(before));
    if let Err(error) = &result {
        if error.kind == "SystemError" && error.message.contains("internal error") {
            return Verdict::Fail(
                "internal",
                format!("{}: {}\n{}", error.kind, error.message, error.traceback),
            );
        }
    }
    if took <= TIME_LIMIT * 2 || cpu.is_some_and(|c| c <= TIME_LIMIT * 2) {
        return Verdict::Ok;
    }
    Verdict::Fail(
        "slow",
        format!(
            "the run took {took:?} ({cpu:?} on a CPU), more than twice the {TIME_LIMIT:?} time limit"
        ),
    )
}

/// The time the calling thread has spent on a CPU (Linux
/// `/proc/thread-self/schedstat`, nanoseconds; `None` elsewhere).
pub fn thread_cpu_time() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = text.split(' ').next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}
