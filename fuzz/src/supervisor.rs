//! The supervisor: runs workers as child processes (this binary with
//! `--worker`), reads their progress lines, and when a worker dies (a stack
//! overflow aborts the process) or reports a hang, regenerates the input
//! that did it from its index, writes it out, and starts a new worker after it.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::mutate::Corpus;
use crate::report::{self, Failure};
use crate::targets;
use crate::worker::{Plan, HANG_EXIT, MEMORY_EXIT};

/// Counts of one target.
#[derive(Clone, Debug, Default)]
struct Counts {
    programs: u64,
    /// Inputs that could not be compared (differential runs CPython rejects).
    skipped: u64,
    failures: u64,
}

/// When the supervised run began (progress lines report the rate since).
static STARTED: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

/// What one worker process did.
struct WorkerEnd {
    /// The index to continue from (`None`: the plan is done).
    next: Option<u64>,
}

/// Runs the plan under supervision; prints the summary; returns the exit
/// status (1 if any input failed).
pub fn run(plan: &Plan) -> i32 {
    let started = *STARTED.get_or_init(Instant::now);
    let mut counts = vec![Counts::default(); plan.targets.len()];
    let mut failures: Vec<String> = Vec::new();
    let mut from = plan.from;
    loop {
        let remaining = plan.seconds.map(|s| s - started.elapsed().as_secs_f64());
        if remaining.is_some_and(|r| r <= 0.0) || from >= plan.until {
            break;
        }
        let part = Plan {
            from,
            seconds: remaining,
            ..plan.clone()
        };
        match run_worker(&part, &mut counts, &mut failures) {
            Ok(WorkerEnd { next: Some(next) }) => from = next,
            Ok(WorkerEnd { next: None }) => break,
            Err(message) => {
                let _ = writeln!(std::io::stderr(), "pyex-fuzz: {message}");
                return 2;
            }
        }
    }
    summary(plan, &counts, &failures, started.elapsed().as_secs_f64());
    i32::from(!failures.is_empty())
}

/// One worker process from `plan.from`.
fn run_worker(
    plan: &Plan,
    counts: &mut [Counts],
    failures: &mut Vec<String>,
) -> Result<WorkerEnd, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find own executable: {e}"))?;
    let names: Vec<&str> = plan.targets.iter().map(|t| t.name()).collect();
    let mut command = Command::new(exe);
    command
        .arg("--worker")
        .args(["--targets", &names.join(",")])
        .args(["--seed", &plan.seed.to_string()])
        .args(["--from", &plan.from.to_string()])
        .args(["--until", &plan.until.to_string()])
        .arg("--out")
        .arg(&plan.out)
        .arg("--corpus")
        .arg(&plan.corpus)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(s) = plan.seconds {
        command.args(["--seconds", &format!("{s:.3}")]);
    }
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start a worker: {e}"))?;
    let mut stderr = child.stderr.take();
    let tail = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(s) = stderr.as_mut() {
            let _ = s.read_to_string(&mut text);
        }
        let cut = text.len().saturating_sub(4000);
        text.get(cut..).unwrap_or_default().to_owned()
    });
    let stdout = child.stdout.take().ok_or("no worker stdout")?;
    let mut last = None;
    let mut end = None;
    let mut hang = None;
    let mut progress = Instant::now();
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        if progress.elapsed().as_secs() >= 60 {
            progress = Instant::now();
            report_progress(plan, counts);
        }
        let mut words = line.split(' ');
        let (tag, index) = (
            words.next(),
            words.next().and_then(|w| w.parse::<u64>().ok()),
        );
        match (tag, index) {
            (Some("S"), Some(i)) => {
                last = Some(i);
                counts[(i % counts.len() as u64) as usize].programs += 1;
            }
            (Some("F"), Some(i)) => {
                counts[(i % counts.len() as u64) as usize].failures += 1;
                let failure = format!(
                    "{} #{i}: {}",
                    plan.targets[(i % plan.targets.len() as u64) as usize].name(),
                    words.next().unwrap_or("?")
                );
                let _ = writeln!(std::io::stderr(), "pyex-fuzz: FAILED {failure}");
                failures.push(failure);
            }
            (Some("K"), Some(i)) => counts[(i % counts.len() as u64) as usize].skipped += 1,
            (Some("H" | "M"), Some(i)) => hang = Some(i),
            (Some("END"), Some(i)) => end = Some(i),
            _ => {}
        }
    }
    let status = child.wait().map_err(|e| format!("worker lost: {e}"))?;
    let stderr_tail = tail.join().unwrap_or_default();
    if end.is_some() {
        return Ok(WorkerEnd { next: None });
    }
    let Some(killer) = hang.or(last) else {
        return Err(format!(
            "a worker died before its first input ({status}): {stderr_tail}"
        ));
    };
    let kind = match status.code() {
        Some(HANG_EXIT) => "hang",
        Some(MEMORY_EXIT) => "memory",
        _ => "abort",
    };
    let target = plan.targets[(killer % plan.targets.len() as u64) as usize];
    let corpus = Corpus::load(&plan.corpus);
    let source = targets::source_for(target, plan.seed, killer, &corpus);
    let details = format!("the worker process ended ({status}) while running this input; its stderr ended with:\n{stderr_tail}");
    report::write(
        &plan.out,
        &Failure {
            target,
            kind,
            seed: plan.seed,
            index: killer,
            source: &source,
            details: &details,
        },
    );
    counts[(killer % counts.len() as u64) as usize].failures += 1;
    let failure = format!("{} #{killer}: {kind}", target.name());
    let _ = writeln!(std::io::stderr(), "pyex-fuzz: FAILED {failure}");
    failures.push(failure);
    Ok(WorkerEnd {
        next: Some(killer + 1),
    })
}

/// A progress line on stderr: programs per target and failures so far.
fn report_progress(plan: &Plan, counts: &[Counts]) {
    let total: u64 = counts.iter().map(|c| c.programs).sum();
    let failed: u64 = counts.iter().map(|c| c.failures).sum();
    let per_target: Vec<String> = plan
        .targets
        .iter()
        .zip(counts)
        .map(|(t, c)| format!("{} {}", t.name(), c.programs))
        .collect();
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load = load.split(' ').next().unwrap_or("?");
    let seconds = STARTED.get().map_or(0.0, |s| s.elapsed().as_secs_f64());
    let rate = total as f64 / seconds.max(1e-9);
    let _ = writeln!(
        std::io::stderr(),
        "pyex-fuzz: {total} programs in {seconds:.0} s ({}), {failed} failures, {rate:.1} programs/s, load {load}",
        per_target.join(", ")
    );
}

/// Prints programs, failures and programs/second per target.
fn summary(plan: &Plan, counts: &[Counts], failures: &[String], seconds: f64) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "pyex-fuzz: seed {}, {seconds:.1} s", plan.seed);
    let _ = writeln!(
        out,
        "{:<10} {:>10} {:>9} {:>9} {:>11}",
        "target", "programs", "skipped", "failures", "programs/s"
    );
    let (mut programs, mut skipped, mut failed) = (0, 0, 0);
    for (target, c) in plan.targets.iter().zip(counts) {
        programs += c.programs;
        skipped += c.skipped;
        failed += c.failures;
        let rate = c.programs as f64 / seconds.max(1e-9);
        let _ = writeln!(
            out,
            "{:<10} {:>10} {:>9} {:>9} {:>11.1}",
            target.name(),
            c.programs,
            c.skipped,
            c.failures,
            rate
        );
    }
    let rate = programs as f64 / seconds.max(1e-9);
    let _ = writeln!(
        out,
        "{:<10} {programs:>10} {skipped:>9} {failed:>9} {rate:>11.1}",
        "total"
    );
    for f in failures {
        let _ = writeln!(out, "FAILED {f}");
    }
    if !failures.is_empty() {
        let _ = writeln!(out, "failing inputs written to {}", display(&plan.out));
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}
