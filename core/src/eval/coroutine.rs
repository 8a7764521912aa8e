//! Coroutines and async generators on the generator machinery (issue 14).
//!
//! A coroutine is an [`Object::Generator`] of kind [`GenKind::Coroutine`]:
//! `await x` is `GetAwaitable` then the `Send`/`YieldValue` loop of
//! `yield from`, so a suspension travels up frame by frame to whoever called
//! `coro.send()` (the asyncio task), exactly as in CPython.
//!
//! An async generator's frame yields two kinds of values: its own `yield v`
//! (CPython wraps them, `_PyAsyncGenValueWrapper`) and the values an `await`
//! inside it passes up. They are told apart by the instruction that yielded
//! (an await's `YieldValue` follows a `Send`). The awaitable returned by
//! `asend`/`athrow`/`aclose`/`__anext__` is an [`AsyncOp`]; `await` delegates
//! to it, and it resumes the generator's frame with `GenMode::Async(op)`, so
//! the frame's outcome is translated for the awaiting frame in
//! [`Vm::async_outcome`].

use super::call::{Args, Called};
use super::frame::{GenMode, Pending, PyFrame};
use super::vm::Vm;
use crate::compile::code::{GenKind, Instr};
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::awaitable::{AsyncOp, AsyncOpKind};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// How a frame driven by an [`AsyncOp`] stopped.
pub(crate) enum AsyncExit {
    /// It yielded (`wrapped`: a `yield` of the async generator itself).
    Yield {
        /// The yielded value.
        value: Value,
        /// A value of the generator, not one passed up by an `await`.
        wrapped: bool,
    },
    /// It returned.
    Return,
    /// It raised.
    Raise(RunError),
}

impl Vm {
    /// The kind of generator object `v` is, if it is one.
    pub(crate) fn gen_kind(&self, v: Value) -> Option<GenKind> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Generator(g)) => Some(g.kind),
            _ => None,
        }
    }

    /// `type(v).name` bound to `v`, for builtin and user types alike.
    pub(crate) fn special_method(
        &mut self,
        v: Value,
        name: &'static str,
    ) -> RunResult<Option<Value>> {
        let sym = self.interner.intern_static(name);
        let class = self.type_of(v);
        if let Some(attr) = self.type_attr(class, sym) {
            return self.descr_get(attr, Some(v), class).map(Some);
        }
        if self.class(class).is_some_and(|c| c.builtin) {
            if let Some(m) = self.cached_builtin_method(class, sym) {
                return Ok(Some(self.bind_method(m, v)));
            }
        }
        Ok(None)
    }

    /// `GetAwaitable`: a coroutine or async-generator step is awaited directly;
    /// anything else through its `__await__()`.
    pub(crate) fn get_awaitable(&mut self, v: Value, source: u32) -> RunResult<Called> {
        if let Some(id) = v.as_obj() {
            match self.heap.get(id) {
                Object::Generator(g) if g.kind == GenKind::Coroutine => {
                    if g.finished {
                        return Err(reused_coroutine());
                    }
                    return Ok(Called::Value(v));
                }
                Object::AsyncOp(_) => return Ok(Called::Value(v)),
                _ => {}
            }
        }
        let is_generator = self.gen_kind(v).is_some();
        match self.special_method(v, "__await__")? {
            Some(method) if !is_generator => self.call(method, Args::positional(Vec::new())),
            _ => {
                let t = self.type_name(v);
                Err(RunError::new(
                    ExcKind::TypeError,
                    match source {
                        1 | 2 => {
                            let method = if source == 1 {
                                "__aenter__"
                            } else {
                                "__aexit__"
                            };
                            format!("'async with' received an object from {method} that does not implement __await__: {t}")
                        }
                        3 => format!("'async for' received an invalid object from __anext__: {t}"),
                        _ => format!("object {t} can't be used in 'await' expression"),
                    },
                ))
            }
        }
    }

    /// Whether `v` is an iterator (what `__await__()` must return).
    pub(crate) fn is_iterator(&mut self, v: Value) -> bool {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Iter(_) | Object::Generator(_) | Object::AsyncOp(_)) => true,
            _ => matches!(self.special_method(v, "__next__"), Ok(Some(_))),
        }
    }

    /// `GetAIter`: `__aiter__()` of the `async for` iterable.
    pub(crate) fn get_aiter(&mut self, v: Value) -> RunResult<Called> {
        if self.gen_kind(v) == Some(GenKind::AsyncGenerator) {
            return Ok(Called::Value(v));
        }
        match self.special_method(v, "__aiter__")? {
            Some(method) => self.call(method, Args::positional(Vec::new())),
            None => Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    self.type_name(v)
                ),
            )),
        }
    }

    /// `GetANext`: `__anext__()` of the async iterator.
    pub(crate) fn get_anext(&mut self, v: Value) -> RunResult<Called> {
        if let Some(id) = v
            .as_obj()
            .filter(|_| self.gen_kind(v) == Some(GenKind::AsyncGenerator))
        {
            let kind = AsyncOpKind::ASend {
                value: Value::None,
                default: None,
            };
            return Ok(Called::Value(self.new_async_op(id, kind)));
        }
        match self.special_method(v, "__anext__")? {
            Some(method) => self.call(method, Args::positional(Vec::new())),
            None => Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                    self.type_name(v)
                ),
            )),
        }
    }

    /// A new awaitable step of generator `gen`.
    pub(crate) fn new_async_op(&mut self, gen: ObjId, kind: AsyncOpKind) -> Value {
        Value::Obj(self.heap.alloc(Object::AsyncOp(AsyncOp {
            gen,
            kind,
            started: false,
            done: false,
        })))
    }

    /// Sends `input` (a value or an exception) into the awaitable `op`.
    pub(crate) fn async_op_send(&mut self, op: ObjId, input: Pending) -> RunResult<Called> {
        let Object::AsyncOp(o) = self.heap.get(op) else {
            return Err(RunError::internal("async_op_send on a non-awaitable"));
        };
        let (gen, kind, started, done) = (o.gen, o.kind, o.started, o.done);
        if kind == AsyncOpKind::Await {
            return self.resume_generator(gen, GenMode::Send, input);
        }
        if done {
            let what = match kind {
                AsyncOpKind::ASend { .. } => "__anext__()/asend()",
                _ => "aclose()/athrow()",
            };
            return Err(RunError::new(
                ExcKind::RuntimeError,
                format!("cannot reuse already awaited {what}"),
            ));
        }
        let input = if started {
            input
        } else {
            if let Some(Object::AsyncOp(o)) = self.heap.get_mut(op) {
                o.started = true;
            }
            match (kind, input) {
                (AsyncOpKind::ASend { value, .. }, Pending::Value(_)) => Pending::Value(value),
                (AsyncOpKind::AThrow { exc }, _) => Pending::Error(Vm::reraise(exc)),
                (AsyncOpKind::AClose, _) => {
                    let exit = RunError::new(ExcKind::GeneratorExit, String::new()).without_args();
                    Pending::Error(exit)
                }
                (_, other) => other,
            }
        };
        let (gen_started, gen_finished) = match self.heap.get(gen) {
            Object::Generator(g) => (g.started, g.finished),
            _ => (true, true),
        };
        let closing = kind == AsyncOpKind::AClose;
        if gen_finished || (closing && !gen_started) {
            self.finish_generator(gen);
            return Ok(self.async_finished(op, AsyncExit::Return));
        }
        self.resume_generator(gen, GenMode::Async(op), input)
    }

    /// Delivers the end of an async step: sets `self.pending` for the
    /// awaiting frame (which the frame loop hands it as if a frame returned).
    fn async_finished(&mut self, op: ObjId, exit: AsyncExit) -> Called {
        self.pending = Some(self.async_outcome(op, exit));
        Called::Pushed
    }

    /// What the frame awaiting `op` receives when the async generator's frame
    /// stops as `exit` says.
    pub(crate) fn async_outcome(&mut self, op: ObjId, exit: AsyncExit) -> Pending {
        let Some(Object::AsyncOp(o)) = self.heap.get_mut(op) else {
            return Pending::Error(RunError::internal("async outcome without its awaitable"));
        };
        let kind = o.kind;
        let passed_up = matches!(exit, AsyncExit::Yield { wrapped: false, .. });
        if !passed_up {
            o.done = true;
        }
        let closing = kind == AsyncOpKind::AClose;
        match exit {
            AsyncExit::Yield {
                value,
                wrapped: false,
            } => Pending::Value(value),
            AsyncExit::Yield { .. } if closing => Pending::Error(RunError::new(
                ExcKind::RuntimeError,
                "async generator ignored GeneratorExit",
            )),
            AsyncExit::Yield { value, .. } => Pending::Returned(value),
            AsyncExit::Return => match kind {
                AsyncOpKind::AClose => Pending::Returned(Value::None),
                AsyncOpKind::ASend {
                    default: Some(d), ..
                } => Pending::Returned(d),
                _ => Pending::Error(
                    RunError::new(ExcKind::StopAsyncIteration, String::new()).without_args(),
                ),
            },
            AsyncExit::Raise(error) => {
                let ends = self.error_matches(&error, ExcKind::GeneratorExit)
                    || self.error_matches(&error, ExcKind::StopAsyncIteration);
                if closing && ends {
                    return Pending::Returned(Value::None);
                }
                if let AsyncOpKind::ASend {
                    default: Some(d), ..
                } = kind
                {
                    if self.error_matches(&error, ExcKind::StopAsyncIteration) {
                        return Pending::Returned(d);
                    }
                }
                Pending::Error(error)
            }
        }
    }

    /// Whether `frame` (of an async generator) is suspended in an `await`
    /// rather than at its own `yield`.
    pub(crate) fn yielded_in_await(&self, frame: &PyFrame) -> bool {
        let Ok(program) = self.program_of(frame.code) else {
            return false;
        };
        let Ok(code) = Vm::code_in(&program, frame.code) else {
            return false;
        };
        let at = frame
            .pc
            .checked_sub(2)
            .and_then(|pc| code.instrs.get(pc as usize).copied());
        matches!(at, Some(Instr::Send(_)))
    }

    /// PEP 479 for each kind of generator: `StopIteration` (and, out of an
    /// async generator, `StopAsyncIteration`) escaping becomes a `RuntimeError`.
    pub(crate) fn gen_raised(&mut self, error: RunError, kind: GenKind) -> RunError {
        let what = match kind {
            GenKind::Generator => return self.generator_raised(error, "generator"),
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        };
        if kind == GenKind::AsyncGenerator
            && self.error_matches(&error, ExcKind::StopAsyncIteration)
        {
            return self.chained_runtime_error(error, "async generator raised StopAsyncIteration");
        }
        self.generator_raised(error, what)
    }
}

/// `RuntimeError: cannot reuse already awaited coroutine`.
#[cold]
pub(crate) fn reused_coroutine() -> RunError {
    RunError::new(
        ExcKind::RuntimeError,
        "cannot reuse already awaited coroutine",
    )
}

impl Vm {
    /// Registers a new async generator with the running asyncio loop: while
    /// `asyncio.run` runs, `sys._pyex_asyncgens` is a list (CPython's
    /// `firstiter` hook, `sys.set_asyncgen_hooks`), and the loop's
    /// `shutdown_asyncgens` acloses those left unfinished. Finished ones are
    /// pruned every 256 registrations so the list stays small.
    pub(crate) fn track_asyncgen(&mut self, gen: ObjId) {
        let Some(sys) = self.cached_module("sys") else {
            return;
        };
        let name = self.interner.intern("_pyex_asyncgens");
        let Some(Value::Obj(list)) = self.module_attr(sys, name) else {
            return;
        };
        let finished: Vec<bool> = match self.heap.get(list) {
            Object::List(items) if items.len() % 256 == 255 => items
                .iter()
                .map(|v| {
                    matches!(v.as_obj().map(|id| self.heap.get(id)),
                        Some(Object::Generator(g)) if g.finished)
                })
                .collect(),
            _ => Vec::new(),
        };
        if let Some(Object::List(items)) = self.heap.get_mut(list) {
            if !finished.is_empty() {
                let mut keep = finished.iter().map(|f| !f);
                items.retain(|_| keep.next().unwrap_or(true));
            }
            items.push(Value::Obj(gen));
        }
    }
}
