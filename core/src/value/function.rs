//! Python functions, bound methods and generators.

use serde::{Deserialize, Serialize};

use super::symbol::AttrMap;
use super::{ObjId, Value};
use crate::compile::CodeId;
use crate::eval::frame::PyFrame;

/// A function made by `def` or `lambda`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Function {
    /// Its code.
    pub code: CodeId,
    /// `__name__`.
    pub name: std::sync::Arc<str>,
    /// `__qualname__` (used in argument errors, like CPython 3.10+).
    pub qualname: std::sync::Arc<str>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, one per parameter (`None`: required).
    pub kwdefaults: Vec<Option<Value>>,
    /// Cells of the free variables, in the code's `freevars` order.
    pub closure: Vec<ObjId>,
    /// The module whose globals the function sees.
    pub globals: ObjId,
    /// `__dict__` (function attributes, `__doc__`).
    pub attrs: AttrMap,
    /// Set when a call needs no argument binding beyond copying `n` positional
    /// arguments and no cells: `(n, number of local slots)`.
    pub fast: Option<(u32, u32)>,
    /// Set by `_pyex.native_function`: a function of a stdlib module that is
    /// written in C in CPython (`time.localtime`). Like a builtin it does not
    /// bind as a method when stored on a class, and its repr is
    /// `<built-in function name>`.
    pub native: bool,
}

impl Function {
    /// Calls `f` with every value the function holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        self.defaults.iter().for_each(|v| f(*v));
        self.kwdefaults.iter().flatten().for_each(|v| f(*v));
        self.closure.iter().for_each(|c| f(Value::Obj(*c)));
        f(Value::Obj(self.globals));
        self.attrs.iter().for_each(|(_, v)| f(v));
    }
}

/// `obj.method`: a callable bound to its receiver.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct BoundMethod {
    /// `__self__`.
    pub receiver: Value,
    /// `__func__` (a Python function or a builtin method).
    pub function: Value,
}

/// A generator: its frame, suspended at a `yield`, lives here between resumes.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Generator {
    /// The suspended frame; `None` while it runs or once it finished.
    pub frame: Option<Box<PyFrame>>,
    /// Whether its frame is on the frame stack right now.
    pub running: bool,
    /// It ran to completion (or raised).
    pub finished: bool,
    /// It was resumed at least once (a fresh one only accepts `None`).
    pub started: bool,
    /// The exception being handled inside it while suspended.
    pub handled: Option<Value>,
    /// `__name__`.
    pub name: std::sync::Arc<str>,
    /// `__qualname__`.
    pub qualname: std::sync::Arc<str>,
    /// Generator, coroutine or async generator.
    #[serde(default)]
    pub kind: crate::compile::code::GenKind,
}

impl Generator {
    /// Calls `f` with every value the generator holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        if let Some(frame) = &self.frame {
            frame.trace(f);
        }
        if let Some(v) = self.handled {
            f(v);
        }
    }

    /// Bytes held by the suspended frame.
    pub(crate) fn size_bytes(&self) -> usize {
        self.frame.as_ref().map_or(0, |f| f.size_bytes())
    }
}
