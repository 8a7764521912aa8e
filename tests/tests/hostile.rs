//! Runs every hostile program in `conformance/hostile/<category>/<name>.py` with the
//! configuration of its `<name>.expect` (see `pyex_tests::hostile_case`) and checks, per case:
//! - the run ends with the expected error (or finishes), and the expected limit ended it;
//! - it took at most twice its time limit (compile included);
//! - the process allocated at most twice its memory limit above what it held before
//!   (a counting global allocator measures the peak);
//! - a canary file outside the Local filesystem's root keeps its content and mtime, and nothing
//!   new appears next to it;
//! - the same `Ctx` and a fresh one both run a normal program afterwards.
//!
//! Cases run one after another in this one process, so a case that hurt the host shows up in
//! the cases after it. `cargo test -p pyex-tests --test hostile [-- <name substring>]`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use pyex::{CompileError, Ctx, Limits, Options, Program};
use pyex_tests::hostile_case::{hostile_cases, HostileCase};

/// The system allocator, counting live bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

#[expect(
    unsafe_code,
    reason = "a global allocator is an unsafe trait; this one only counts"
)]
// SAFETY: every call is forwarded to `System` with the caller's arguments.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grow(new_size);
        }
        p
    }
}

fn grow(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes a case may allocate beyond its memory limit's double: the compiled program, the
/// source text and the interpreter's own structures (frames, template heap copies).
const SLACK: usize = 16 << 20;

/// The host directory of the `local` filesystem cases: `root/` is what the program sees,
/// `outside/canary.txt` is what it must never touch.
struct Sandbox {
    base: PathBuf,
    canary: PathBuf,
}

impl Sandbox {
    fn new(case: &HostileCase) -> Sandbox {
        let name = case.name.replace('/', "-");
        let base = std::env::temp_dir().join(format!("pyex-hostile-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let root = base.join("root");
        let outside = base.join("outside");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        let canary = outside.join("canary.txt");
        std::fs::write(
            &canary,
            "CANARY: the program must never read or change this\n",
        )
        .unwrap();
        std::fs::write(root.join("data.txt"), "inside the sandbox\n").unwrap();
        // The canary's host path, for the program to try as an absolute path.
        std::fs::write(
            root.join("canary_path.txt"),
            canary.to_string_lossy().as_bytes(),
        )
        .unwrap();
        // Made by the host before the run: links from inside the root to the outside.
        let link = |to: &std::path::Path, at: PathBuf| std::os::unix::fs::symlink(to, at);
        link("../outside/canary.txt".as_ref(), root.join("link_file")).unwrap();
        link("../outside".as_ref(), root.join("link_dir")).unwrap();
        link(&canary, root.join("abs_link")).unwrap();
        link("/etc".as_ref(), root.join("sub/etc_link")).unwrap();
        link("../../outside/new.txt".as_ref(), root.join("sub/dangling")).unwrap();
        std::fs::hard_link(&canary, root.join("hard_link")).unwrap();
        Sandbox { base, canary }
    }

    fn root(&self) -> PathBuf {
        self.base.join("root")
    }

    /// The canary's content and mtime, and the names next to it.
    fn state(&self) -> (Vec<u8>, SystemTime, Vec<String>) {
        let content = std::fs::read(&self.canary).unwrap();
        let mtime = std::fs::metadata(&self.canary).unwrap().modified().unwrap();
        let mut names: Vec<String> = std::fs::read_dir(self.base.join("outside"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        (content, mtime, names)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

fn options(case: &HostileCase, sandbox: &Sandbox) -> Options {
    let fs = if case.fs == "local" {
        pyex::fs::Fs::local(sandbox.root()).unwrap()
    } else {
        pyex::fs::Fs::memory([("data.txt", "inside the sandbox\n")])
    };
    Options {
        limits: Limits {
            time: Some(case.time),
            memory: Some(case.memory),
            steps: case.steps,
            output: case.output,
            ..Limits::default()
        },
        recursion_limit: case.recursion_limit,
        fs,
        // The only variable the program may see; the process's own (HOME, PATH) must not show.
        env: vec![(
            "CANARY".to_owned(),
            sandbox.canary.to_string_lossy().into_owned(),
        )],
        ..Options::default()
    }
}

/// How one run went.
struct Measured {
    outcome: String,
    limit: String,
    elapsed: Duration,
    peak: usize,
    output: usize,
}

fn run_case(case: &HostileCase, ctx: &mut Ctx, source: &str) -> Measured {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let start = Instant::now();
    // Compiled as the bindings do, under the context's time limit.
    let outcome = match ctx.compile(source, "main.py") {
        Err(CompileError::Syntax(error)) => format!("{}: {}", error.kind, error.msg),
        Err(CompileError::Limit(error)) => error.to_string(),
        Ok(program) => match ctx.run(&program) {
            Ok(_) => "ok".to_owned(),
            Err(error) => error.to_string(),
        },
    };
    if case.after.as_deref() == Some("snapshot") {
        let bytes = ctx.snapshot();
        let restored = Ctx::restore(&bytes);
        assert!(
            restored.is_ok(),
            "{}: the snapshot does not restore",
            case.name
        );
    }
    let elapsed = start.elapsed();
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    let limit = ctx.limit_exceeded().map_or("none", |l| l.name()).to_owned();
    let output = ctx.stdout().len() + ctx.stderr().len();
    Measured {
        outcome,
        limit,
        elapsed,
        peak,
        output,
    }
}

/// A normal program prints what it should in `ctx`.
fn healthy(ctx: &mut Ctx, source: &str, expected: &str) -> Result<(), String> {
    let program = Program::compile(source, "main.py").map_err(|e| e.to_string())?;
    ctx.take_stdout();
    ctx.reset_compute_time();
    match ctx.run(&program) {
        Ok(_) if ctx.stdout() == expected => Ok(()),
        Ok(_) => Err(format!("it printed {:?}", ctx.stdout())),
        Err(error) => Err(error.to_string()),
    }
}

fn check(case: &HostileCase) -> Result<Measured, String> {
    // A fresh host directory per case: a case that removes a link cannot weaken the next one.
    let sandbox = &Sandbox::new(case);
    let source = std::fs::read_to_string(&case.path).map_err(|e| e.to_string())?;
    let before = sandbox.state();
    let mut ctx = Ctx::new(options(case, sandbox));
    let run = run_case(case, &mut ctx, &source);
    let mut problems = Vec::new();
    if run.outcome != case.outcome {
        problems.push(format!(
            "ended with `{}`, expected `{}`",
            run.outcome, case.outcome
        ));
    }
    if run.limit != case.limit {
        problems.push(format!("limit {}, expected {}", run.limit, case.limit));
    }
    if run.elapsed > case.time * 2 {
        problems.push(format!("took {:?}, limit {:?}", run.elapsed, case.time));
    }
    if run.peak > case.memory * 2 + SLACK {
        problems.push(format!(
            "peak {} MiB, limit {} MiB",
            run.peak >> 20,
            case.memory >> 20
        ));
    }
    if let Some(max) = case.output {
        if run.output > max {
            problems.push(format!("printed {} bytes, limit {max}", run.output));
        }
    }
    if sandbox.state() != before {
        problems.push("the canary or its directory changed".to_owned());
    }
    if let Err(e) = healthy(&mut ctx, "print(sum(range(10)))", "45\n") {
        problems.push(format!(
            "the same Ctx cannot run a normal program afterwards: {e}"
        ));
    }
    drop(ctx);
    // A fresh Ctx sees pristine modules, whatever the case replaced in its own.
    let pristine = "import json, os\nprint(json.dumps([1]), os.sep, len('abc'), 1 + 1)";
    if let Err(e) = healthy(&mut Ctx::new(Options::default()), pristine, "[1] / 3 2\n") {
        problems.push(format!(
            "a fresh Ctx cannot run a normal program afterwards: {e}"
        ));
    }
    if problems.is_empty() {
        Ok(run)
    } else {
        Err(problems.join("; "))
    }
}

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let verbose = std::env::var_os("PYEX_HOSTILE_VERBOSE").is_some();
    let cases = hostile_cases().unwrap();
    let mut failures = Vec::new();
    let mut ran = 0;
    let start = Instant::now();
    for case in &cases {
        if !filter.is_empty() && !filter.iter().any(|f| case.name.contains(f.as_str())) {
            continue;
        }
        ran += 1;
        if verbose {
            eprintln!("...  {}", case.name);
        }
        match check(case) {
            Ok(run) => eprintln!(
                "ok   {:<40} {:>8.1?} {:>6} KiB  {}",
                case.name,
                run.elapsed,
                run.peak >> 10,
                run.outcome
            ),
            Err(problem) => {
                eprintln!("FAIL {}: {problem}", case.name);
                failures.push(case.name.clone());
            }
        }
    }
    eprintln!("{ran} hostile cases in {:.1?}", start.elapsed());
    if !failures.is_empty() {
        eprintln!("failed: {}", failures.join(", "));
        std::process::exit(1);
    }
    if ran == 0 && !filter.is_empty() {
        eprintln!("no case matches {filter:?}");
    }
}
