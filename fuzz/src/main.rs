//! The `pyex-fuzz` command (see the library's documentation).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use pyex_fuzz::targets::{self, Target, Verdict};
use pyex_fuzz::worker::{self, Plan};
use pyex_fuzz::{mutate, supervisor};

/// What the command line asks for.
struct Args {
    plan: Plan,
    worker: bool,
    replay: Option<PathBuf>,
    print: bool,
}

const USAGE: &str = "usage: pyex-fuzz --target parse|compile|eval|restore|diff|all --seed S \
(--iterations N | --seconds T) --out DIR [--corpus DIR] [--from I] [--replay FILE | --print]";

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut plan = Plan {
        targets: Vec::new(),
        seed: 0,
        from: 0,
        until: u64::MAX,
        seconds: None,
        out: PathBuf::from("fuzz-out"),
        corpus: root.join("conformance/cases"),
    };
    let (mut worker, mut replay, mut print, mut iterations) = (false, None, false, None);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        let number = |v: String| v.parse::<u64>().map_err(|_| format!("not a number: {v}"));
        match flag.as_str() {
            "--target" | "--targets" => {
                let v = value()?;
                for name in v.split(',') {
                    plan.targets
                        .extend(Target::parse_list(name).ok_or(format!("unknown target {name}"))?);
                }
            }
            "--seed" => plan.seed = number(value()?)?,
            "--from" => plan.from = number(value()?)?,
            "--until" => plan.until = number(value()?)?,
            "--iterations" => iterations = Some(number(value()?)?),
            "--seconds" => {
                let v = value()?;
                plan.seconds = Some(v.parse().map_err(|_| format!("not a number: {v}"))?);
            }
            "--out" => plan.out = PathBuf::from(value()?),
            "--corpus" => plan.corpus = PathBuf::from(value()?),
            "--worker" => worker = true,
            "--replay" => replay = Some(PathBuf::from(value()?)),
            "--print" => print = true,
            "--help" | "-h" => return Err(USAGE.to_owned()),
            _ => return Err(format!("unknown argument {flag}\n{USAGE}")),
        }
    }
    if plan.targets.is_empty() {
        return Err(format!("--target is required\n{USAGE}"));
    }
    if let Some(n) = iterations {
        plan.until = plan.from.saturating_add(n);
    }
    if !worker && replay.is_none() && !print && iterations.is_none() && plan.seconds.is_none() {
        return Err(format!("give --iterations or --seconds\n{USAGE}"));
    }
    Ok(Args {
        plan,
        worker,
        replay,
        print,
    })
}

/// Runs one input (a file, or the generated input at `--from`) in process.
fn replay(plan: &Plan, file: Option<&PathBuf>, print: bool) -> i32 {
    let target = plan.targets[0];
    let source = match file {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "pyex-fuzz: {}: {e}", path.display());
                return 2;
            }
        },
        None => targets::source_for(
            target,
            plan.seed,
            plan.from,
            &mutate::Corpus::load(&plan.corpus),
        ),
    };
    let mut out = std::io::stdout().lock();
    if print {
        let _ = out.write_all(source.as_bytes());
        return 0;
    }
    let started = std::time::Instant::now();
    let verdict = worker::run_one(target, &source, plan.seed, plan.from, &mut None);
    let took = started.elapsed();
    match verdict {
        Verdict::Ok => {
            let _ = writeln!(out, "ok ({took:.1?})");
            0
        }
        Verdict::Skipped => {
            let _ = writeln!(out, "skipped ({took:.1?})");
            0
        }
        Verdict::Fail(kind, details) => {
            let _ = writeln!(out, "{kind}\n{details}");
            1
        }
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "pyex-fuzz: {message}");
            return ExitCode::from(2);
        }
    };
    let status = if args.worker {
        worker::run(args.plan)
    } else if args.replay.is_some() || args.print {
        replay(&args.plan, args.replay.as_ref(), args.print)
    } else {
        supervisor::run(&args.plan)
    };
    ExitCode::from(u8::try_from(status).unwrap_or(2))
}
