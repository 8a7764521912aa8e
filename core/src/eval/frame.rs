//! Frames: every Python-level activation is data ([`PyFrame`]), and builtins
//! that wait for Python code to return are state machines ([`NativeFrame`]).
//! The whole stack can be paused between two instructions and serialised.

use serde::{Deserialize, Serialize};

use crate::compile::CodeId;
use crate::value::{ObjId, Value};

/// How a generator's frame hands results to whoever resumed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum GenMode {
    /// `for`/builtins: a `return` means "exhausted".
    Iter,
    /// `yield from` (`Send`): a `return` delivers its value.
    Send,
    /// `next()`/`send()`: a `return` raises `StopIteration(value)`.
    Next,
    /// An async generator driven by the awaitable `asend`/`athrow`/`aclose`
    /// step (`eval/coroutine.rs` translates its yields and its end).
    Async(ObjId),
}

/// The activation of a code object.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct PyFrame {
    /// The code being run.
    pub code: CodeId,
    /// Index of the next instruction.
    pub pc: u32,
    /// Local slots (`None`: unbound).
    pub locals: Vec<Option<Value>>,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Cells: own cells then the closure's.
    pub cells: Vec<ObjId>,
    /// The module whose globals this code sees.
    pub globals: ObjId,
    /// A class body's namespace (`LoadName`/`StoreName`).
    pub namespace: Option<ObjId>,
    /// The generator that owns this frame, and how it was resumed.
    pub generator: Option<(ObjId, GenMode)>,
    /// For a running generator: the exception its resumer was handling,
    /// restored when it yields or finishes (CPython's `gi_exc_state` swap).
    pub outer_handled: Option<Value>,
}

impl PyFrame {
    /// Calls `f` with every value the frame holds (collector roots).
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        self.locals.iter().flatten().for_each(|v| f(*v));
        self.stack.iter().for_each(|v| f(*v));
        self.cells.iter().for_each(|c| f(Value::Obj(*c)));
        f(Value::Obj(self.globals));
        if let Some(ns) = self.namespace {
            f(Value::Obj(ns));
        }
        if let Some((gen, _)) = self.generator {
            f(Value::Obj(gen));
        }
        if let Some(v) = self.outer_handled {
            f(v);
        }
    }

    /// Bytes held by the frame's buffers.
    pub(crate) fn size_bytes(&self) -> usize {
        std::mem::size_of::<PyFrame>()
            + (self.locals.capacity() + self.stack.capacity()) * std::mem::size_of::<Value>()
            + self.cells.capacity() * 4
    }
}

/// A builtin waiting for Python code it called to return.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum NativeFrame {
    /// `Class(...)`: `__init__` is running; the call's result is the instance.
    Init {
        /// The new instance.
        instance: Value,
    },
    /// A class body is running; then the class is built from its namespace.
    BuildClass {
        /// The class name.
        name: Box<str>,
        /// `__bases__`.
        bases: Vec<ObjId>,
        /// The body's namespace.
        namespace: ObjId,
        /// Keywords of the class statement (`metaclass=M`, `**kw` for `__init_subclass__`).
        #[serde(default)]
        keywords: Vec<(crate::value::symbol::Symbol, Value)>,
    },
    /// The bottom of a nested run (a builtin calling back into Python the
    /// non-resumable way): the value delivered here ends the nested loop.
    Barrier,
    /// `sorted(items, key=f)` / `list.sort(key=f)`: computing keys one call at a time.
    SortKeys {
        /// The items to sort.
        items: Vec<Value>,
        /// Keys computed so far.
        keys: Vec<Value>,
        /// The key function.
        key: Value,
        /// Sort descending.
        reverse: bool,
        /// The list to sort in place (`list.sort`), else a new list is the result.
        target: Option<Value>,
    },
    /// `next(generator, default)`: exhaustion gives `default`.
    NextDefault {
        /// What to return when the generator is exhausted.
        default: Value,
    },
    /// A builtin or operator waiting for a call it made (see `cont.rs`).
    Cont(super::cont::Cont),
    /// An import statement waiting for a module's code to run (`eval/import.rs`).
    Import(Box<super::import::ImportJob>),
}

impl NativeFrame {
    /// Calls `f` with every value the frame holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            NativeFrame::Init { instance } => f(*instance),
            NativeFrame::BuildClass {
                bases,
                namespace,
                keywords,
                ..
            } => {
                for b in bases {
                    f(Value::Obj(*b));
                }
                f(Value::Obj(*namespace));
                for (_, v) in keywords {
                    f(*v);
                }
            }
            NativeFrame::Barrier => {}
            NativeFrame::Cont(cont) => cont.trace(f),
            NativeFrame::Import(job) => job.trace(f),
            NativeFrame::NextDefault { default } => f(*default),
            NativeFrame::SortKeys {
                items,
                keys,
                key,
                target,
                ..
            } => {
                for v in items.iter().chain(keys.iter()) {
                    f(*v);
                }
                f(*key);
                if let Some(t) = target {
                    f(*t);
                }
            }
        }
    }
}

/// One entry of the frame stack.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum Frame {
    /// Python code.
    Python(Box<PyFrame>),
    /// A builtin in the middle of calling back into Python.
    Native(NativeFrame),
}

/// What is handed to the frame below when the top frame finishes.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum Pending {
    /// A return value (or a generator's yielded value).
    Value(Value),
    /// An iterator is exhausted (`ForIter` jumps out of its loop).
    Exhausted,
    /// A delegated-to generator returned this (`Send` jumps).
    Returned(Value),
    /// An exception propagates.
    Error(crate::exc::RunError),
}
