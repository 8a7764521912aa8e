//! [`Vm`]: the machine state of a `Ctx`, and the frame loop.
//!
//! The loop pops the top frame and runs it (`interp.rs`) until it returns,
//! raises, yields, calls (the callee's frame is pushed above it) or pauses.
//! What a finished frame hands to the frame below travels as [`Pending`].
//! A Python call never recurses on the Rust stack.

use serde::{Deserialize, Serialize};

use super::coroutine::AsyncExit;
use super::frame::{Frame, GenMode, Pending, PyFrame};
use super::interp::Exit;
use super::types::Types;
use crate::compile::code::Code;
use crate::compile::code::GenKind;
use crate::compile::{CodeId, Program};
use crate::exc::{RunError, RunResult};
use crate::host::{HostCall, HostModule};
use crate::value::object::Module;
use crate::value::symbol::{AttrMap, Interner, Symbol};
use crate::value::{Heap, ObjId, Object, Value};

/// How [`Vm::run`] stopped.
#[derive(Debug)]
pub(crate) enum Stop {
    /// The outermost frame returned this.
    Done(Value),
    /// A host function was called.
    HostCall(HostCall),
    /// The time slice ended ([`crate::Ctx::set_time_slice`]).
    Sliced,
}

/// What one frame on the frame stack costs outside the heap (its slot, the
/// boxed frame, a typical value stack and locals), for the memory limit.
const FRAME_BYTES: usize = std::mem::size_of::<Frame>()
    + std::mem::size_of::<PyFrame>()
    + 32 * std::mem::size_of::<Value>();

/// One program loaded into the machine, with its names and constants resolved.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Loaded {
    pub program: Program,
    /// The program's name table as symbols.
    pub symbols: Vec<Symbol>,
    /// Constants of each code, materialised on the heap.
    pub consts: Vec<Vec<Value>>,
}

/// The whole state of an interpreter context.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Vm {
    pub heap: Heap,
    pub interner: Interner,
    pub frames: Vec<Frame>,
    /// What the last finished frame hands to the frame below.
    pub pending: Option<Pending>,
    /// Loaded programs, the template's first (a snapshot stores the others).
    #[serde(with = "crate::snapshot::own_programs")]
    pub programs: Vec<std::sync::Arc<Loaded>>,
    pub types: Types,
    pub builtins: ObjId,
    /// The `NotImplemented` singleton.
    pub not_implemented: ObjId,
    /// The `Ellipsis` singleton.
    pub ellipsis: ObjId,
    /// The empty tuple: a singleton, as in CPython (`() is ()`).
    pub empty_tuple: ObjId,
    /// `(module, dict)`: the live `globals()` dicts made so far (`module_dict.rs`).
    pub globals_dicts: Vec<(ObjId, ObjId)>,
    /// The payload of the last NaN made by [`Vm::fresh_if_nan`].
    pub nan_serial: u64,
    /// Imported modules by name.
    pub modules: super::module_table::ModuleTable,
    pub host_modules: Vec<HostModule>,
    /// The files `open()` and imports see.
    pub fs: crate::fs::Fs,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// What the host granted: network, capabilities and the environment
    /// `os.environ` shows (`Options::env`).
    pub grants: crate::io::Grants,
    /// The exception being handled (`sys.exc_info()`).
    pub handled: Option<Value>,
    /// Cached function objects of builtins, by builtin id (a snapshot stores
    /// the entries that differ from the template's).
    #[serde(with = "crate::snapshot::own_builtin_objects")]
    pub builtin_objects: Vec<Option<ObjId>>,
    pub stdout: String,
    pub stderr: String,
    /// The unread rest of the host-provided stdin (`input()`).
    pub stdin: Option<String>,
    pub recursion_limit: usize,
    /// Python frames on the stack (the recursion depth).
    pub depth: usize,
    /// Nesting of non-resumable callbacks (`run_nested`).
    pub nested: u32,
    /// Time and memory limits.
    pub limits: crate::limits::Limits,
    /// What the run used of them so far.
    pub usage: crate::limits::Usage,
    /// The profiler, when `Options::profile` is on (`None`: the loop without the hook runs).
    pub profile: Option<Box<super::profile::Profile>>,
    /// The host calls the run is paused at (`host.rs`, "The host-call protocol").
    pub host_wait: crate::host::Waiting,
    /// Nesting of builtins recursing into containers (repr, ==, <, hash).
    #[serde(skip)]
    pub native_depth: u32,
    /// The callbacks running in nested runs, outermost first (named in
    /// the error when a host call is made inside one; never paused, so not state).
    #[serde(skip)]
    pub nested_callees: Vec<Value>,
    /// Buffers of finished frames, reused by calls (not part of the state).
    #[serde(skip)]
    #[expect(
        clippy::vec_box,
        reason = "frames move between this pool and the stack as boxes"
    )]
    pub frame_pool: Vec<Box<PyFrame>>,
    /// Methods of builtin classes by `(class, name)` (builtin classes never change).
    #[serde(skip)]
    pub method_cache:
        std::collections::HashMap<(ObjId, Symbol), Option<Value>, rustc_hash::FxBuildHasher>,
    /// Class attribute lookups and hooks by class (see `type_cache.rs`).
    #[serde(skip)]
    pub type_cache: super::type_cache::TypeCache,
    /// Set only while the template imports its prepared modules (`prepared.rs`).
    #[serde(skip)]
    pub import_log: Option<Box<super::prepared::ImportLog>>,
    /// Attributes the instances of a class grew to, by class: a new instance's
    /// attribute map is allocated that size at once instead of growing in
    /// steps (a hint only: lost on collection and in snapshots).
    #[serde(skip)]
    pub instance_hints: std::collections::HashMap<ObjId, u8, rustc_hash::FxBuildHasher>,
    /// The response `_fastapi_native.respond` rendered during this run, for
    /// the lambda layer to take when the run ends (`lambda/native/respond.rs`).
    #[serde(skip)]
    pub lambda_out: Option<Box<crate::lambda::Response>>,
    /// The host's time slice per run/resume call (`Ctx::set_time_slice`).
    #[serde(skip)]
    pub slice: crate::limits::Slice,
    /// Materialise every code's constants when a program is loaded (the
    /// template, whose programs every `Ctx` shares) rather than at a code's
    /// first `LoadConst` (a `Ctx`'s own programs: a boot runs the module
    /// body, not the route functions it defines).
    #[serde(skip)]
    pub eager_consts: bool,
}

impl Vm {
    /// A machine with the builtins set up.
    pub(crate) fn new(options: &crate::Options) -> Vm {
        let mut heap = Heap::default();
        let types = Types::new(&mut heap);
        let builtins = heap.alloc(Object::Module(Module {
            name: "builtins".into(),
            attrs: AttrMap::default(),
        }));
        let not_implemented = heap.alloc(Object::Instance(crate::value::class::Instance::new(
            types.not_implemented_type,
        )));
        let ellipsis = heap.alloc(Object::Instance(crate::value::class::Instance::new(
            types.ellipsis_type,
        )));
        let empty_tuple = heap.alloc(Object::Tuple(Vec::new()));
        let mut vm = Vm {
            not_implemented,
            ellipsis,
            empty_tuple,
            globals_dicts: Vec::new(),
            nan_serial: 0,
            heap,
            interner: Interner::default(),
            frames: Vec::new(),
            pending: None,
            programs: Vec::new(),
            types,
            builtins,
            modules: super::module_table::ModuleTable::default(),
            host_modules: Vec::new(),
            fs: crate::fs::Fs::default(),
            argv: Vec::new(),
            grants: crate::io::Grants::default(),
            handled: None,
            builtin_objects: Vec::new(),
            stdout: String::new(),
            stderr: String::new(),
            stdin: None,
            recursion_limit: 0,
            depth: 0,
            nested: 0,
            frame_pool: Vec::new(),
            nested_callees: Vec::new(),
            native_depth: 0,
            limits: crate::limits::Limits::default(),
            usage: crate::limits::Usage::default(),
            profile: None,
            host_wait: crate::host::Waiting::default(),
            method_cache: std::collections::HashMap::default(),
            type_cache: super::type_cache::TypeCache::default(),
            import_log: None,
            instance_hints: std::collections::HashMap::default(),
            lambda_out: None,
            slice: crate::limits::Slice::default(),
            eager_consts: true,
        };
        vm.configure(options);
        crate::builtins::install(&mut vm);
        vm
    }

    /// A fresh machine for `options`: a copy of a process-wide machine with
    /// the builtins set up (building the builtin types and functions is most
    /// of a cold run's set-up time; copying them is several times cheaper).
    pub(crate) fn from_template(options: &crate::Options) -> Vm {
        let mut vm = template().clone();
        vm.configure(options);
        vm
    }

    /// Applies the per-`Ctx` settings of `options`.
    fn configure(&mut self, options: &crate::Options) {
        self.host_modules.clone_from(&options.host_modules);
        self.recursion_limit = options.recursion_limit;
        self.limits = options.limits.clone();
        self.stdin.clone_from(&options.stdin);
        self.fs.clone_from(&options.fs);
        self.argv.clone_from(&options.argv);
        self.grants = crate::io::Grants {
            network: options.network.clone(),
            capabilities: options.capabilities.clone(),
            env: options.env.clone(),
        };
        self.profile = options.profile.then(Box::default);
    }

    /// Loads `program` and pushes its module frame (as `__main__`).
    pub(crate) fn start(&mut self, program: &Program) -> RunResult<()> {
        if !self.frames.is_empty() {
            return Err(RunError::internal("run() while a run is paused"));
        }
        let index = self.load(program);
        let main = self.main_module();
        self.set_main_file(main, program);
        let code = CodeId {
            program: index,
            index: 0,
        };
        let frame = self.new_frame(code, main, Vec::new(), &[])?;
        self.depth = 0;
        self.push_python(frame)
    }

    /// `__main__`, created on first use.
    pub(crate) fn main_module(&mut self) -> ObjId {
        if let Some(id) = self.modules.get("__main__") {
            return id;
        }
        let mut attrs = AttrMap::default();
        let name = self.interner.intern("__name__");
        let main_str = self.new_str("__main__".to_owned());
        attrs.set(name, main_str);
        let id = self.heap.alloc(Object::Module(Module {
            name: "__main__".into(),
            attrs,
        }));
        self.modules.push("__main__".into(), id);
        id
    }

    /// Makes `program` runnable here; returns its index.
    pub(crate) fn load(&mut self, program: &Program) -> u32 {
        if let Some(i) = self.programs.iter().position(|l| l.program.same(program)) {
            return i as u32;
        }
        let data = program.data();
        let symbols = data.names.iter().map(|n| self.interner.intern(n)).collect();
        let consts = if self.eager_consts {
            data.codes
                .iter()
                .map(|code| code.consts.iter().map(|c| self.const_value(c)).collect())
                .collect()
        } else {
            vec![Vec::new(); data.codes.len()]
        };
        self.programs.push(std::sync::Arc::new(Loaded {
            program: program.clone(),
            symbols,
            consts,
        }));
        (self.programs.len() - 1) as u32
    }

    /// Materialises the constants of code `id` (first `LoadConst` of a code
    /// whose program was loaded lazily, see [`Vm::eager_consts`]).
    #[cold]
    #[inline(never)]
    pub(crate) fn materialize_consts(&mut self, id: CodeId) -> RunResult<()> {
        let program = self.program_of(id)?;
        let code = Vm::code_in(&program, id)?;
        let values: Vec<Value> = code.consts.iter().map(|c| self.const_value(c)).collect();
        let loaded = self
            .programs
            .get_mut(id.program as usize)
            .ok_or_else(|| RunError::internal("unknown program"))?;
        let consts = std::sync::Arc::make_mut(loaded)
            .consts
            .get_mut(id.index as usize)
            .ok_or_else(|| RunError::internal("unknown code"))?;
        *consts = values;
        Ok(())
    }

    /// The code behind `id` (with its program kept alive by the returned handle).
    pub(crate) fn program_of(&self, id: CodeId) -> RunResult<Program> {
        self.programs
            .get(id.program as usize)
            .map(|l| l.program.clone())
            .ok_or_else(|| RunError::internal("unknown program"))
    }

    /// Looks up a code object inside a program handle.
    pub(crate) fn code_in(program: &Program, id: CodeId) -> RunResult<&Code> {
        program
            .data()
            .codes
            .get(id.index as usize)
            .ok_or_else(|| RunError::internal("unknown code"))
    }

    /// The symbol of name `index` of the program running `code`.
    pub(crate) fn symbol(&self, code: CodeId, index: u32) -> Symbol {
        self.programs
            .get(code.program as usize)
            .and_then(|l| l.symbols.get(index as usize))
            .copied()
            .unwrap_or(Symbol(0))
    }

    /// Pushes a Python frame, enforcing the recursion limit.
    pub(crate) fn push_python(&mut self, frame: Box<PyFrame>) -> RunResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(crate::exc::ops::recursion());
        }
        self.depth += 1;
        self.frames.push(Frame::Python(frame));
        Ok(())
    }

    /// Runs frames until the stack is empty or the program pauses.
    pub(crate) fn run(&mut self) -> RunResult<Stop> {
        match self.run_frames() {
            Ok(LoopEnd::Done(v)) => Ok(Stop::Done(v)),
            Ok(LoopEnd::Host(call)) => Ok(Stop::HostCall(call)),
            Ok(LoopEnd::Sliced) => Ok(Stop::Sliced),
            Ok(LoopEnd::Barrier(_) | LoopEnd::BarrierError(_)) => {
                Err(RunError::internal("barrier at top level"))
            }
            Err(e) => {
                self.frames.clear();
                self.depth = 0;
                self.handled = None;
                // A limit can end the run while an exception is on its way
                // down: the next run must not receive it.
                self.pending = None;
                self.native_depth = 0;
                self.nested = 0;
                self.nested_callees.clear();
                Err(e)
            }
        }
    }

    /// The frame loop shared by [`Vm::run`] and nested runs.
    pub(crate) fn run_frames(&mut self) -> RunResult<LoopEnd> {
        // The program of the last frame run: consecutive frames usually share it.
        let mut current: Option<(u32, Program)> = None;
        loop {
            // (With no frame left the run is ending: no pause.)
            if self.slice.ended && self.nested == 0 && !self.frames.is_empty() {
                self.slice.ended = false;
                return Ok(LoopEnd::Sliced);
            }
            let Some(top) = self.frames.pop() else {
                return match self.pending.take() {
                    Some(Pending::Value(v)) => Ok(LoopEnd::Done(v)),
                    Some(Pending::Error(e)) => Err(e),
                    _ => Ok(LoopEnd::Done(Value::None)),
                };
            };
            match top {
                Frame::Python(frame) => {
                    let index = frame.code.program;
                    if current.as_ref().map(|(i, _)| *i) != Some(index) {
                        current = Some((index, self.program_of(frame.code)?));
                    }
                    let Some((_, program)) = &current else {
                        return Err(RunError::internal("no program"));
                    };
                    let exit = self.execute(frame, program);
                    if let Some(end) = self.after_exit(exit)? {
                        return Ok(end);
                    }
                }
                Frame::Native(native) => {
                    let pending = self.pending.take();
                    match self.resume_native(native, pending) {
                        Ok(Some(end)) => return Ok(end),
                        Ok(None) => {}
                        Err(e @ (RunError::Internal(_) | RunError::Limit(_))) => return Err(e),
                        Err(e) => self.pending = Some(Pending::Error(e)),
                    }
                }
            }
            if self.heap.wants_collect() && self.nested == 0 {
                self.collect_garbage();
                self.check_memory()?;
            }
        }
    }

    /// Turns how a frame stopped into what the next frame receives.
    fn after_exit(&mut self, exit: Exit) -> RunResult<Option<LoopEnd>> {
        match exit {
            Exit::Suspended => {}
            Exit::Pause(call) => return Ok(Some(LoopEnd::Host(call))),
            Exit::Return(frame, value) => {
                self.depth = self.depth.saturating_sub(1);
                let generator = frame.generator;
                if generator.is_some() {
                    self.handled = frame.outer_handled;
                }
                self.recycle(frame);
                self.pending = Some(match generator {
                    Some((gen, mode)) => {
                        self.finish_generator(gen);
                        match mode {
                            GenMode::Iter => Pending::Exhausted,
                            GenMode::Send => Pending::Returned(value),
                            GenMode::Next => Pending::Error(self.stop_iteration(value)),
                            GenMode::Async(op) => self.async_outcome(op, AsyncExit::Return),
                        }
                    }
                    None => Pending::Value(value),
                });
            }
            Exit::Yield(mut frame, value) => {
                self.depth = self.depth.saturating_sub(1);
                let mut pending = Pending::Value(value);
                if let Some((gen, mode)) = frame.generator.take() {
                    if let GenMode::Async(op) = mode {
                        let wrapped = !self.yielded_in_await(&frame);
                        pending = self.async_outcome(op, AsyncExit::Yield { value, wrapped });
                    }
                    self.suspend_generator(gen, frame);
                }
                self.pending = Some(pending);
            }
            Exit::Raise(frame, error) => {
                self.depth = self.depth.saturating_sub(1);
                let mut error = error;
                let generator = frame.generator;
                if generator.is_some() {
                    self.handled = frame.outer_handled;
                }
                self.recycle(frame);
                let mut pending = None;
                if let Some((gen, mode)) = generator {
                    let kind = match self.heap.get(gen) {
                        Object::Generator(g) => g.kind,
                        _ => GenKind::Generator,
                    };
                    self.finish_generator(gen);
                    error = self.gen_raised(error, kind);
                    if let GenMode::Async(op) = mode {
                        pending = Some(self.async_outcome(op, AsyncExit::Raise(error.clone())));
                    }
                }
                self.pending = Some(pending.unwrap_or(Pending::Error(error)));
            }
            Exit::Fatal(error) => return Err(error),
        }
        Ok(None)
    }

    /// All roots: frames, pending values, modules, registries.
    pub(crate) fn collect_garbage(&mut self) -> usize {
        let mut roots: Vec<Value> = Vec::new();
        let mut add = |v: Value| roots.push(v);
        for frame in &self.frames {
            match frame {
                Frame::Python(f) => f.trace(&mut add),
                Frame::Native(n) => n.trace(&mut add),
            }
        }
        match &self.pending {
            Some(Pending::Value(v) | Pending::Returned(v)) => add(*v),
            Some(Pending::Error(RunError::Raised(id))) => add(Value::Obj(*id)),
            Some(Pending::Error(RunError::New(e))) => {
                if let Some(v) = e.args.held_value() {
                    add(v);
                }
            }
            _ => {}
        }
        for loaded in &self.programs {
            loaded.consts.iter().flatten().for_each(|v| add(*v));
        }
        self.types
            .all()
            .into_iter()
            .for_each(|c| add(Value::Obj(c)));
        for id in [
            self.types.none,
            self.types.function,
            self.types.builtin,
            self.types.method,
            self.types.module,
            self.types.cell,
            self.types.generator,
            self.types.iterator,
            self.types.not_implemented_type,
            self.types.ellipsis_type,
        ] {
            add(Value::Obj(id));
        }
        for id in &self.types.async_kinds {
            add(Value::Obj(*id));
        }
        add(Value::Obj(self.builtins));
        add(Value::Obj(self.not_implemented));
        add(Value::Obj(self.ellipsis));
        add(Value::Obj(self.empty_tuple));
        for (module, dict) in &self.globals_dicts {
            add(Value::Obj(*module));
            add(Value::Obj(*dict));
        }
        self.modules.ids().for_each(|m| add(Value::Obj(m)));
        self.handled.iter().for_each(|v| add(*v));
        self.builtin_objects
            .iter()
            .flatten()
            .for_each(|b| add(Value::Obj(*b)));
        if self.import_log.is_none() {
            roots.extend(prepared().roots());
        }
        self.type_cache.clear();
        self.instance_hints.clear();
        self.heap.collect(roots)
    }

    /// Fails the run when the heap holds more than the memory limit.
    pub(crate) fn check_memory(&self) -> RunResult<()> {
        match self.limits.memory {
            Some(max) if self.heap.live_bytes() > max => Err(crate::limits::out_of_memory()),
            _ => Ok(()),
        }
    }

    /// Periodic limit checks from the instruction loop (every
    /// [`crate::limits::CHECK_EVERY`] instructions). Kept out of line: the
    /// instruction loop's code stays as small as before the check grew.
    #[cold]
    #[inline(never)]
    pub(crate) fn check_limits(&mut self) -> RunResult<()> {
        self.count_steps()?;
        if let Some(max) = self.limits.time {
            if self.usage.total() > max {
                return Err(crate::limits::timeout());
            }
        }
        if self.limits.memory.is_some_and(|max| {
            let live = self.heap.live_bytes();
            // Frames live outside the heap: a raised recursion limit would
            // otherwise grow them unchecked (estimated per frame).
            let frames = self.frames.len() * FRAME_BYTES;
            live.saturating_add(frames) > max * 2 || frames > max
        }) {
            return Err(crate::limits::out_of_memory());
        }
        Ok(())
    }

    /// Live objects and estimated bytes.
    pub(crate) fn heap_usage(&self) -> (usize, usize) {
        (self.heap.live_objects(), self.heap.live_bytes())
    }
}

/// The process-wide template machine every `Ctx` starts as a copy of: the
/// builtins set up, its names frozen into the shared interner base and its
/// heap chunks shared by every copy (`value/chunk.rs`). Built on first use.
pub(crate) fn template() -> &'static Vm {
    &built_template().0
}

/// The template's pre-imported modules (`prepared.rs`).
pub(crate) fn prepared() -> &'static super::prepared::Prepared {
    &built_template().1
}

/// Whether the template pre-imports the prepared modules ([`set_prepared_imports`]).
static PREPARE_IMPORTS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Whether the process template pre-imports the stdlib modules web apps use
/// (typing, json, re, pydantic, fastapi, jinja2, ... — `prepared.rs`). On by
/// default: a host that runs many programs pays the preparation (tens of
/// milliseconds) once per process and every later import of those modules is
/// O(1). A one-shot runner such as the CLI turns it off before its first
/// `Ctx`, so a run starts in about a millisecond. No effect once the template
/// is built; snapshots are only valid between processes with the same setting.
pub fn set_prepared_imports(on: bool) {
    PREPARE_IMPORTS.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// The template machine and its prepared modules, built once per process.
fn built_template() -> &'static (Vm, super::prepared::Prepared) {
    static TEMPLATE: std::sync::OnceLock<(Vm, super::prepared::Prepared)> =
        std::sync::OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let mut vm = Vm::new(&crate::Options::default());
        let prepared = if PREPARE_IMPORTS.load(std::sync::atomic::Ordering::Relaxed) {
            super::prepared::prepare(&mut vm)
        } else {
            super::prepared::Prepared::default()
        };
        vm.eager_consts = false;
        vm.interner.freeze();
        vm.heap.freeze();
        vm.type_cache.freeze();
        (vm, prepared)
    })
}

/// How [`Vm::run_frames`] ended.
pub(crate) enum LoopEnd {
    /// The stack emptied with this value.
    Done(Value),
    /// Paused at a host call.
    Host(HostCall),
    /// Paused because the time slice ended (only at the top level).
    Sliced,
    /// A nested run's barrier received this result (`None`: exhausted).
    Barrier(Option<Value>),
    /// A nested run's barrier received this exception.
    BarrierError(RunError),
}
