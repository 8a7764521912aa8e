//! [`AsyncOp`]: the awaitables CPython makes in C for async generators
//! (`async_generator_asend`, `async_generator_athrow`) and for a coroutine's
//! `__await__()` (`coroutine_wrapper`). Each drives one generator object's
//! frame; `await` delegates to it like `yield from` (see `eval/coroutine.rs`).

use serde::{Deserialize, Serialize};

use super::{ObjId, Value};

/// What an [`AsyncOp`] does to its generator.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) enum AsyncOpKind {
    /// `agen.asend(value)` / `agen.__anext__()` (value `None`); `default`
    /// answers `StopAsyncIteration` (`anext(agen, default)`).
    ASend {
        /// The first value sent in.
        value: Value,
        /// What exhaustion returns instead of raising.
        default: Option<Value>,
    },
    /// `agen.athrow(exc)`: the exception is thrown in first.
    AThrow {
        /// The exception instance.
        exc: Value,
    },
    /// `agen.aclose()`: `GeneratorExit` is thrown in; it must not yield.
    AClose,
    /// `coro.__await__()`: sends and throws go straight to the coroutine.
    Await,
}

/// One awaitable operation on the generator (or coroutine) `gen`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct AsyncOp {
    /// The async generator or coroutine.
    pub gen: ObjId,
    /// The operation.
    pub kind: AsyncOpKind,
    /// Its first step ran (later sends pass their value through).
    pub started: bool,
    /// It delivered its result (awaiting it again is an error).
    pub done: bool,
}

impl AsyncOp {
    /// Calls `f` with every value it holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        f(Value::Obj(self.gen));
        match self.kind {
            AsyncOpKind::ASend { value, default } => {
                f(value);
                if let Some(d) = default {
                    f(d);
                }
            }
            AsyncOpKind::AThrow { exc } => f(exc),
            AsyncOpKind::AClose | AsyncOpKind::Await => {}
        }
    }

    /// The Python type name (`type(op).__name__`).
    pub(crate) fn type_name(&self) -> &'static str {
        match self.kind {
            AsyncOpKind::ASend { .. } => "async_generator_asend",
            AsyncOpKind::AThrow { .. } | AsyncOpKind::AClose => "async_generator_athrow",
            AsyncOpKind::Await => "coroutine_wrapper",
        }
    }
}
