//! [`Ctx`]: everything one run touches (heap, frames, globals, output), and
//! the run/resume API over it.

use crate::compile::Program;
use crate::eval::vm::{Stop, Vm};
use crate::exc::PyError;
use crate::host::{HostCall, HostModule, HostValue, Reply};

/// How a `Ctx` is set up.
#[derive(Clone, Debug)]
pub struct Options {
    /// Modules whose functions the host implements (each call pauses the run).
    pub host_modules: Vec<HostModule>,
    /// `sys.getrecursionlimit()` (CPython's default is 1000).
    pub recursion_limit: usize,
    /// Time and memory limits.
    pub limits: crate::limits::Limits,
    /// What `input()` reads, line by line; `None` (or used up) raises `EOFError`.
    pub stdin: Option<String>,
    /// The files `open()` and `import` see (default: an empty in-memory filesystem).
    pub fs: crate::fs::Fs,
    /// `sys.argv` (default: `["main.py"]`).
    pub argv: Vec<String>,
    /// `os.environ`, as `(name, value)` pairs (default: empty; the process's own
    /// environment is never visible to the program).
    pub env: Vec<(String, String)>,
    /// URL prefixes the program may request (`requests`); none by default.
    pub network: Vec<crate::io::NetworkGrant>,
    /// Capabilities granted to the program (`"sql"`, `"boto3"`); none by default.
    pub capabilities: Vec<String>,
    /// Record line counts, call counts and call times ([`Ctx::profile`]);
    /// off, the instruction loop runs without the profiling hook.
    pub profile: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            host_modules: Vec::new(),
            recursion_limit: 1000,
            limits: crate::limits::Limits::default(),
            stdin: None,
            fs: crate::fs::Fs::default(),
            argv: vec!["main.py".to_owned()],
            env: Vec::new(),
            network: Vec::new(),
            capabilities: Vec::new(),
            profile: false,
        }
    }
}

/// How a run ended (so far).
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The program finished; the value of its last expression statement (else `None`).
    Done(HostValue),
    /// The program called a host function and waits for `Ctx::resume`.
    HostCall(HostCall),
    /// The asyncio loop waits for these host calls (awaitable host functions
    /// called from several tasks): perform them concurrently and continue with
    /// `Ctx::resume_many` (protocol: `host.rs`).
    HostCalls(Vec<HostCall>),
}

/// Why [`Ctx::compile`] gave no program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileError {
    /// The source does not compile: the program's own `SyntaxError`.
    Syntax(crate::syntax::SyntaxError),
    /// The time limit ended the compile (`TimeoutError: execution exceeded
    /// time limit`; [`Ctx::limit_exceeded`] says `Time`).
    Limit(PyError),
}

/// An interpreter context: owns the heap, frames, modules and captured output.
///
/// A `Ctx` is `Send` (it can move between threads between calls) and is used
/// by one thread at a time.
///
/// ```
/// use pyex::{Ctx, Options, Outcome, Program, HostValue};
/// let program = Program::compile("x = 6 * 7\nprint(x)\nx", "main.py").unwrap();
/// let mut ctx = Ctx::new(Options::default());
/// assert_eq!(ctx.run(&program).unwrap(), Outcome::Done(HostValue::Int(42)));
/// assert_eq!(ctx.stdout(), "42\n");
/// ```
#[derive(Clone, Debug)]
pub struct Ctx {
    vm: Vm,
    /// The limit that ended the last run/resume call, if one did.
    limit: Option<crate::limits::LimitKind>,
    /// The parse deadline the current run/resume call replaced on this
    /// thread (put back when it ends: `syntax/deadline.rs`).
    outer_deadline: Option<std::time::Instant>,
}

const _: fn() = || {
    fn is_send<T: Send>() {}
    is_send::<Ctx>();
};

impl Ctx {
    /// A fresh context.
    #[expect(
        clippy::needless_pass_by_value,
        reason = "options are given to the Ctx for good"
    )]
    pub fn new(options: Options) -> Ctx {
        let mut vm = Vm::from_template(&options);
        vm.heap.reserve_like_boots();
        Ctx {
            vm,
            limit: None,
            outer_deadline: None,
        }
    }

    /// Compiles `source` (shown as `filename` in tracebacks) under this
    /// context's time limit. The compile counts as compute time of the run
    /// that follows (a host resets the count before the compile, as it did
    /// before a run), and a source that would take longer than the time left
    /// to parse ends with the time limit's `TimeoutError` near the limit,
    /// not after the parse. [`Program::compile`] has no limit.
    pub fn compile(&mut self, source: &str, filename: &str) -> Result<Program, CompileError> {
        self.limit = None;
        self.vm.usage.started = Some(std::time::Instant::now());
        let outer = crate::syntax::deadline::set(self.vm.deadline());
        let compiled = Program::compile(source, filename);
        let expired = crate::syntax::deadline::take_expired();
        crate::syntax::deadline::restore(outer);
        self.vm.usage.pause();
        match compiled {
            Ok(program) => Ok(program),
            Err(_) if expired => {
                self.limit = Some(crate::limits::LimitKind::Time);
                Err(CompileError::Limit(crate::limits::timeout_error()))
            }
            Err(error) => Err(CompileError::Syntax(error)),
        }
    }

    /// Runs `program` as `__main__` until it finishes or calls the host.
    pub fn run(&mut self, program: &Program) -> Result<Outcome, PyError> {
        self.begin();
        let result = self.vm.start(program).and_then(|()| {
            if let Some(profile) = self.vm.profile.as_deref_mut() {
                profile.main = self.vm.frames.last().and_then(|f| match f {
                    crate::eval::frame::Frame::Python(f) => Some(f.code.program),
                    crate::eval::frame::Frame::Native(_) => None,
                });
            }
            self.vm.run()
        });
        self.finish(result)
    }

    /// Continues a run paused at `Outcome::HostCall` (or a batch of one
    /// call) with the host's reply.
    pub fn resume(&mut self, reply: Reply) -> Result<Outcome, PyError> {
        self.vm.reply(reply).map_err(resume_error)?;
        self.begin();
        let result = self.vm.run();
        self.finish(result)
    }

    /// Continues a run paused at `Outcome::HostCalls` with one reply per
    /// call, by id, in any order. A missing, unknown or duplicate id is a
    /// `ValueError` and leaves the run paused.
    pub fn resume_many(&mut self, replies: Vec<(u64, Reply)>) -> Result<Outcome, PyError> {
        self.vm.reply_many(replies).map_err(resume_error)?;
        self.begin();
        let result = self.vm.run();
        self.finish(result)
    }

    /// Gives each later run or resume call a time slice: once it has computed
    /// `slice` (checked every few thousand instructions, outside nested runs),
    /// the call returns `Outcome::HostCalls` with no call, and
    /// `resume_many(vec![])` continues the run where it paused. For a host
    /// that runs short calls on a thread it must give back soon (a BEAM
    /// normal scheduler) and moves longer runs elsewhere. Native work between
    /// two checks (a sort, a big regex match) is not cut. `None` (the
    /// default): every call runs to its end or to a host call.
    pub fn set_time_slice(&mut self, slice: Option<std::time::Duration>) {
        self.vm.slice.length = slice;
    }

    /// Whether a run is paused (at host calls, or at the end of a time slice):
    /// the next call must be a resume, not a new run.
    pub fn is_paused(&self) -> bool {
        !self.vm.frames.is_empty()
    }

    /// The host calls the run is paused at (empty when it is not paused at
    /// one): what a host that restored a snapshot must answer.
    pub fn pending_calls(&self) -> &[HostCall] {
        &self.vm.host_wait.calls
    }

    /// What the host granted this run (network, capabilities, environment):
    /// what a binding passes to `io::perform` for an I/O pause.
    pub fn grants(&self) -> &crate::io::Grants {
        &self.vm.grants
    }

    /// Replaces the grants, e.g. on a restored `Ctx` to rotate a token or
    /// narrow access. `os.environ` already built by the program keeps the old
    /// environment; drivers and later `os.environ` imports see the new one.
    pub fn set_grants(&mut self, grants: crate::io::Grants) {
        self.vm.grants = grants;
    }

    /// The limits the context runs under (from `Options`, or from the snapshot
    /// it was restored from).
    pub fn limits(&self) -> &crate::limits::Limits {
        &self.vm.limits
    }

    /// Replaces the limits, e.g. on a restored `Ctx`: a snapshot carries the
    /// limits it was made with, and its checksum catches damage but not bytes
    /// crafted by whoever can write the snapshot store; a host that reads
    /// snapshots from such a store re-imposes its own limits here. What the
    /// run used so far (compute time, steps) is kept.
    pub fn set_limits(&mut self, limits: crate::limits::Limits) {
        self.vm.limits = limits;
    }

    /// Starts a compute interval (a run or resume call).
    fn begin(&mut self) {
        self.limit = None;
        let now = std::time::Instant::now();
        self.vm.usage.started = Some(now);
        self.vm.slice.end = self.vm.slice.length.and_then(|d| now.checked_add(d));
        self.vm.slice.ended = false;
        // `exec`, `eval`, `compile` and `import` parse under the time limit too.
        self.outer_deadline = crate::syntax::deadline::set(self.vm.deadline());
        if let Some(profile) = self.vm.profile.as_deref_mut() {
            profile.resume();
        }
    }

    /// The limit that ended the last run/resume call (`None`: it finished,
    /// paused, or raised an ordinary exception).
    pub fn limit_exceeded(&self) -> Option<crate::limits::LimitKind> {
        self.limit
    }

    /// What profiling recorded so far (`None` unless `Options::profile`).
    pub fn profile(&self) -> Option<crate::ProfileReport> {
        self.vm.profile.as_ref().map(|p| p.report())
    }

    /// The instructions executed so far (in blocks of 4096; see `Limits::steps`).
    pub fn steps(&self) -> u64 {
        self.vm.usage.steps
    }

    /// What the program printed to stdout so far.
    pub fn stdout(&self) -> &str {
        &self.vm.stdout
    }

    /// Takes (and clears) what the program printed to stdout so far.
    pub fn take_stdout(&mut self) -> String {
        std::mem::take(&mut self.vm.stdout)
    }

    /// What the program wrote to stderr so far (tracebacks are in `PyError`).
    pub fn stderr(&self) -> &str {
        &self.vm.stderr
    }

    /// The filesystem as the program left it (read files back after a run).
    pub fn fs(&self) -> &crate::fs::Fs {
        &self.vm.fs
    }

    /// The whole state (heap, frames, globals, output, files, limits used,
    /// profile, loaded programs) as bytes: a paused `Ctx` restored with
    /// [`Ctx::restore`] continues where it stopped (format: `snapshot.rs`).
    pub fn snapshot(&self) -> Vec<u8> {
        crate::snapshot::write(&self.vm)
    }

    /// A `Ctx` from [`Ctx::snapshot`] bytes. Foreign, truncated, corrupted
    /// or other-version bytes are an error (`ValueError: invalid snapshot:
    /// ...`), never a crash. Restoring the same bytes twice gives two
    /// independent contexts (forks).
    pub fn restore(bytes: &[u8]) -> Result<Ctx, PyError> {
        Ok(Ctx {
            vm: crate::snapshot::read(bytes)?,
            limit: None,
            outer_deadline: None,
        })
    }

    /// Compute time of the runs so far (time paused for the host excluded):
    /// what the time limit is measured against, and what a host reports as cost.
    pub fn compute_time(&self) -> std::time::Duration {
        self.vm.usage.total()
    }

    /// Starts the compute-time count again: a host that runs one program after
    /// another in the same context gives each run the whole time limit.
    pub fn reset_compute_time(&mut self) {
        self.vm.usage = crate::limits::Usage::default();
    }

    /// Runs the collector now; returns the number of objects freed.
    pub fn collect_garbage(&mut self) -> usize {
        self.vm.collect_garbage()
    }

    /// `(template chunks this context copied, its own heap slots, live or
    /// free for reuse)`: what a snapshot carries besides the frames
    /// (diagnostics for the benches and the NIF's memory report).
    #[doc(hidden)]
    pub fn heap_chunks(&self) -> (usize, usize) {
        self.vm.heap.chunk_counts()
    }

    /// Live heap objects and their estimated bytes.
    pub fn heap_usage(&self) -> (usize, usize) {
        self.vm.heap_usage()
    }

    /// Binds `name` in `__main__` to `value`: how the lambda layer hands a
    /// request to its driver program without compiling per request.
    pub(crate) fn set_main_global(&mut self, name: &str, value: &HostValue) {
        let value = self.vm.value_from_host(value);
        let main = self.vm.main_module();
        self.vm.set_module_attr(main, name, value);
    }

    /// The machine: the lambda layer's native request path reads the app's
    /// routes and builds a handler's arguments in its heap (`lambda/native`).
    pub(crate) fn vm_mut(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Runs `callee(*args)` (a Python function) as a run of its own: what
    /// [`Ctx::run`] is for a program, with the call's return value as the
    /// result (the lambda layer's native request path calls a handler so).
    pub(crate) fn run_call(
        &mut self,
        callee: crate::value::Value,
        args: Vec<crate::value::Value>,
    ) -> Result<Outcome, PyError> {
        use crate::eval::call::{Args, Called};
        self.begin();
        let result = if self.vm.frames.is_empty() {
            self.vm.depth = 0;
            match self.vm.call(callee, Args::positional(args)) {
                Ok(Called::Pushed) => self.vm.run(),
                Ok(Called::Value(v)) => Ok(Stop::Done(v)),
                Ok(Called::Host(call)) => Ok(Stop::HostCall(call)),
                Err(e) => Err(e),
            }
        } else {
            Err(crate::exc::RunError::internal(
                "run() while a run is paused",
            ))
        };
        self.finish(result)
    }

    /// Ends a compute interval with how the run stopped.
    fn finish(&mut self, result: Result<Stop, crate::exc::RunError>) -> Result<Outcome, PyError> {
        self.vm.usage.pause();
        crate::syntax::deadline::restore(self.outer_deadline.take());
        if let Some(profile) = self.vm.profile.as_deref_mut() {
            profile.pause();
        }
        match result {
            Ok(Stop::Done(value)) => Ok(Outcome::Done(self.vm.host_value(value))),
            Ok(Stop::HostCall(call)) => Ok(if self.vm.host_wait.batch {
                Outcome::HostCalls(self.vm.host_wait.calls.clone())
            } else {
                Outcome::HostCall(call)
            }),
            Ok(Stop::Sliced) => {
                self.vm.host_wait.sliced = true;
                Ok(Outcome::HostCalls(Vec::new()))
            }
            Err(error) => {
                let is_limit = matches!(error, crate::exc::RunError::Limit(_));
                let error = self.vm.py_error(error);
                self.limit = crate::limits::LimitKind::of_error(&error).filter(|_| {
                    is_limit || matches!(&*error.kind, "RecursionError" | "MemoryError")
                });
                Err(error)
            }
        }
    }
}

/// A resume call the paused run cannot take (`ValueError`, no traceback).
fn resume_error(message: String) -> PyError {
    PyError {
        kind: "ValueError".to_owned(),
        message,
        traceback: String::new(),
    }
}
