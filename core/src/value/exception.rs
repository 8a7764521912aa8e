//! Exception instances: args, attributes, chaining and the traceback so far.

use serde::{Deserialize, Serialize};

use super::symbol::AttrMap;
use super::{ObjId, Value};
use crate::compile::CodeId;
use crate::exc::ExcKind;

/// One traceback line: the code and the instruction that was running.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(crate) struct TracebackEntry {
    /// The code object.
    pub code: CodeId,
    /// The index of the failing instruction.
    pub pc: u32,
}

/// An instance of `BaseException` or a subclass.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Exception {
    /// Its class.
    pub class: ObjId,
    /// The nearest builtin class (for matching builtin handlers quickly).
    pub kind: ExcKind,
    /// `args`.
    pub args: Vec<Value>,
    /// Other attributes set on it (user subclasses).
    pub attrs: AttrMap,
    /// Frames it unwound through, innermost last (CPython's `tb_next` order).
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__` (`raise ... from cause`).
    pub cause: Option<Value>,
    /// `__context__` (the exception being handled when this one was raised).
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
}

impl Exception {
    /// A fresh exception of class `class`.
    pub(crate) fn new(class: ObjId, kind: ExcKind, args: Vec<Value>) -> Self {
        Exception {
            class,
            kind,
            args,
            attrs: AttrMap::default(),
            traceback: Vec::new(),
            cause: None,
            context: None,
            suppress_context: false,
        }
    }

    /// An estimate of the bytes the exception holds besides its `Object`
    /// slot: the boxed record, `args`, attributes and the traceback, which
    /// grows by one entry per frame it unwinds (a caught `RecursionError`
    /// holds a thousand; without them the memory limit saw a third of what
    /// a loop that keeps such exceptions alive really held).
    pub(crate) fn size_bytes(&self) -> usize {
        let value = std::mem::size_of::<Value>();
        std::mem::size_of::<Exception>()
            + self.args.capacity() * value
            + self.attrs.len() * (value + 8)
            + self.traceback.capacity() * std::mem::size_of::<TracebackEntry>()
    }

    /// Calls `f` with every value the exception holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        f(Value::Obj(self.class));
        self.args.iter().for_each(|v| f(*v));
        self.attrs.iter().for_each(|(_, v)| f(v));
        self.cause.iter().chain(&self.context).for_each(|v| f(*v));
    }
}
