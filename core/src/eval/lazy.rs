//! Lazy builtin iterators whose steps may run Python code: `map`, `filter`,
//! `enumerate`/`zip` over generators or user iterators, and the old sequence
//! protocol (`__getitem__` with 0, 1, ..). A step waits for the inner step or
//! the callback as a [`Cont::Step`] on the frame stack; what it produces goes
//! to whoever asked (a `for` loop, a consumer, `next()`), like a generator's
//! yielded value.

use super::call::{Args, Called};
use super::cont::Cont;
use super::frame::{Frame, NativeFrame, Pending};
use super::iter::Next;
use super::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::iter::Iter;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// How many lazy iterators may wrap each other before a step counts as
/// "may run Python code" without looking further (bounds the Rust recursion).
const PLAIN_CHECK_DEPTH: u32 = 32;

impl Vm {
    /// Whether a step of builtin iterator `id` surely runs no Python code.
    pub(crate) fn iter_is_plain(&self, id: ObjId) -> bool {
        self.iter_is_plain_at(id, 0)
    }

    fn iter_is_plain_at(&self, id: ObjId, depth: u32) -> bool {
        let value_is_plain = |v: Value| match v {
            Value::Obj(inner) => {
                depth < PLAIN_CHECK_DEPTH
                    && matches!(self.heap.get(inner), Object::Iter(_))
                    && self.iter_is_plain_at(inner, depth + 1)
            }
            _ => false,
        };
        match self.heap.get(id) {
            Object::Iter(
                Iter::Map { .. }
                | Iter::Filter { .. }
                | Iter::GetItem { .. }
                | Iter::Callable { .. },
            ) => false,
            Object::Iter(Iter::Enumerate { inner, .. }) => value_is_plain(*inner),
            Object::Iter(Iter::Zip { inner, .. }) => inner.iter().all(|v| value_is_plain(*v)),
            _ => true,
        }
    }

    /// One step of a lazy iterator; `got`: the inner items gathered so far.
    pub(crate) fn lazy_step(&mut self, iter: ObjId, mut got: Vec<Value>) -> RunResult<Next> {
        let Object::Iter(state) = self.heap.get(iter) else {
            return Err(RunError::internal("lazy step on a non-iterator"));
        };
        match state.clone() {
            Iter::Map { func, inner } => {
                while let Some(&it) = inner.get(got.len()) {
                    match self.inner_step(iter, &got, it)? {
                        Some(Next::Item(v)) => got.push(v),
                        Some(other) => return Ok(other),
                        None => return Ok(Next::Pushed),
                    }
                }
                Ok(match self.call(func, Args::positional(got))? {
                    Called::Value(v) => Next::Item(v),
                    Called::Pushed => Next::Pushed,
                    Called::Host(call) => Next::Host(call),
                })
            }
            Iter::Zip { inner, .. } => {
                if inner.is_empty() {
                    return Ok(Next::Done);
                }
                while let Some(&it) = inner.get(got.len()) {
                    match self.inner_step(iter, &got, it)? {
                        Some(Next::Item(v)) => got.push(v),
                        Some(Next::Done) => return self.zip_exhausted(iter, got.len()),
                        Some(other) => return Ok(other),
                        None => return Ok(Next::Pushed),
                    }
                }
                Ok(Next::Item(self.new_tuple(got)))
            }
            Iter::Enumerate { inner, .. } => match self.inner_step(iter, &got, inner)? {
                Some(Next::Item(v)) => Ok(Next::Item(self.enumerated(iter, v))),
                Some(other) => Ok(other),
                None => Ok(Next::Pushed),
            },
            Iter::Filter { func, inner } => self.filter_step(iter, func, inner, got.pop()),
            Iter::GetItem { obj, index, step } => {
                if index < 0 {
                    return Ok(Next::Done);
                }
                if let Some(Object::Iter(Iter::GetItem { index, .. })) = self.heap.get_mut(iter) {
                    *index += step;
                }
                let Some(f) = self.user_dunder(obj, "__getitem__") else {
                    return Ok(Next::Done);
                };
                let then = Cont::Step {
                    iter,
                    got: Vec::new(),
                    candidate: None,
                };
                let args = Args::positional(vec![obj, Value::Int(index)]);
                match self.call_then(f, args, then) {
                    Ok(called) => Ok(Vm::next_of(called)),
                    Err(e) if self.ends_sequence(&e) => Ok(Next::Done),
                    Err(e) => Err(e),
                }
            }
            Iter::Callable { func, .. } => {
                if func == Value::None {
                    return Ok(Next::Done);
                }
                let then = Cont::Step {
                    iter,
                    got: Vec::new(),
                    candidate: None,
                };
                let called = self.call_then(func, Args::positional(Vec::new()), then)?;
                Ok(Vm::next_of(called))
            }
            _ => Ok(match self.builtin_next(iter)? {
                Some(v) => Next::Item(v),
                None => Next::Done,
            }),
        }
    }

    /// `filter`: items until the predicate accepts one; `first`: an item
    /// already taken from the inner iterator.
    fn filter_step(
        &mut self,
        iter: ObjId,
        func: Value,
        inner: Value,
        first: Option<Value>,
    ) -> RunResult<Next> {
        let mut next = first;
        loop {
            let v = match next.take() {
                Some(v) => v,
                None => match self.inner_step(iter, &[], inner)? {
                    Some(Next::Item(v)) => v,
                    Some(other) => return Ok(other),
                    None => return Ok(Next::Pushed),
                },
            };
            if func == Value::None {
                if self.truthy(v)? {
                    return Ok(Next::Item(v));
                }
                continue;
            }
            let base = self.frames.len();
            self.frames.push(step_frame(iter, Vec::new(), Some(v)));
            let called = self.call(func, Args::positional(vec![v]));
            match called {
                Ok(Called::Pushed) => return Ok(Next::Pushed),
                Ok(Called::Host(call)) => return Ok(Next::Host(call)),
                _ => {}
            }
            self.frames.truncate(base);
            if let Called::Value(r) = called? {
                if self.truthy(r)? {
                    return Ok(Next::Item(v));
                }
            }
        }
    }

    /// Steps `inner` with this iterator's step waiting below; `None` when
    /// Python code runs (the item will be delivered to the waiting step).
    fn inner_step(&mut self, iter: ObjId, got: &[Value], inner: Value) -> RunResult<Option<Next>> {
        let base = self.frames.len();
        self.frames.push(step_frame(iter, got.to_vec(), None));
        let next = self.iter_next(inner);
        match next {
            Ok(Next::Pushed) => return Ok(None),
            Ok(Next::Host(call)) => return Ok(Some(Next::Host(call))),
            _ => {}
        }
        self.frames.truncate(base);
        next.map(Some)
    }

    /// `(count, v)` for an enumerate step, advancing its count.
    fn enumerated(&mut self, iter: ObjId, v: Value) -> Value {
        let mut n = 0;
        if let Some(Object::Iter(Iter::Enumerate { count, .. })) = self.heap.get_mut(iter) {
            n = *count;
            *count += 1;
        }
        self.new_tuple(vec![Value::Int(n), v])
    }

    /// A waiting lazy step receives what it waited for.
    pub(crate) fn resume_step(
        &mut self,
        iter: ObjId,
        mut got: Vec<Value>,
        candidate: Option<Value>,
        delivered: Pending,
    ) -> RunResult<Called> {
        let v = match delivered {
            Pending::Value(v) => v,
            Pending::Exhausted if matches!(self.heap.get(iter), Object::Iter(Iter::Zip { .. })) => {
                let next = self.zip_exhausted(iter, got.len())?;
                return Ok(self.called_of(next));
            }
            Pending::Exhausted => return Ok(self.called_of(Next::Done)),
            Pending::Error(e)
                if self.is_stop_iteration(&e)
                    || (self.ends_sequence(&e)
                        && matches!(self.heap.get(iter), Object::Iter(Iter::GetItem { .. }))) =>
            {
                return Ok(self.called_of(Next::Done))
            }
            Pending::Error(e) => return Err(e),
            Pending::Returned(_) => return Err(RunError::internal("lazy step delivery")),
        };
        let next = match self.heap.get(iter) {
            Object::Iter(Iter::GetItem { .. }) => Next::Item(v),
            Object::Iter(Iter::Callable { sentinel, .. }) => {
                let sentinel = *sentinel;
                self.callable_item(iter, v, sentinel)?
            }
            Object::Iter(Iter::Enumerate { .. }) => Next::Item(self.enumerated(iter, v)),
            Object::Iter(Iter::Filter { func, inner }) => {
                let (func, inner) = (*func, *inner);
                match candidate {
                    Some(c) if self.truthy(v)? => Next::Item(c),
                    Some(_) => self.filter_step(iter, func, inner, None)?,
                    None => self.filter_step(iter, func, inner, Some(v))?,
                }
            }
            _ => {
                got.push(v);
                self.lazy_step(iter, got)?
            }
        };
        Ok(self.called_of(next))
    }

    /// What `iter(func, sentinel)` makes of `func()`'s result `v`.
    pub(crate) fn callable_item(
        &mut self,
        iter: ObjId,
        v: Value,
        sentinel: Value,
    ) -> RunResult<Next> {
        if v.is(sentinel) || self.eq(v, sentinel)? {
            if let Some(Object::Iter(Iter::Callable { func, .. })) = self.heap.get_mut(iter) {
                *func = Value::None;
            }
            return Ok(Next::Done);
        }
        Ok(Next::Item(v))
    }

    /// Argument `k` (0-based) of a zip is exhausted: the zip is done, or
    /// with `strict=True` the lengths must agree (CPython's messages).
    pub(crate) fn zip_exhausted(&mut self, iter: ObjId, k: usize) -> RunResult<Next> {
        let Object::Iter(Iter::Zip {
            inner,
            strict: true,
        }) = self.heap.get(iter)
        else {
            return Ok(Next::Done);
        };
        let inner = inner.clone();
        let span = |n: usize| {
            if n == 1 {
                "argument 1".to_owned()
            } else {
                format!("arguments 1-{n}")
            }
        };
        if k > 0 {
            return Err(RunError::new(
                ExcKind::ValueError,
                format!("zip() argument {} is shorter than {}", k + 1, span(k)),
            ));
        }
        for (i, it) in inner.iter().enumerate().skip(1) {
            if self.next_nested(*it)?.is_some() {
                return Err(RunError::new(
                    ExcKind::ValueError,
                    format!("zip() argument {} is longer than {}", i + 1, span(i)),
                ));
            }
        }
        Ok(Next::Done)
    }

    /// `next(it[, default])` receives the step's result.
    pub(crate) fn resume_next(
        &mut self,
        default: Option<Value>,
        delivered: Pending,
    ) -> RunResult<Called> {
        match (delivered, default) {
            (Pending::Value(v), _) | (Pending::Exhausted, Some(v)) => Ok(Called::Value(v)),
            (Pending::Error(e), Some(v)) if self.is_stop_iteration(&e) => Ok(Called::Value(v)),
            (Pending::Error(e), _) => Err(e),
            _ => Err(RunError::new(ExcKind::StopIteration, String::new()).without_args()),
        }
    }

    /// `next(it[, default])` for any iterator, resumably.
    pub(crate) fn next_called(&mut self, it: Value, default: Option<Value>) -> RunResult<Called> {
        let base = self.frames.len();
        self.frames
            .push(Frame::Native(NativeFrame::Cont(Cont::Next { default })));
        let next = self.iter_next(it);
        match next {
            Ok(Next::Pushed) => return Ok(Called::Pushed),
            Ok(Next::Host(call)) => return Ok(Called::Host(call)),
            _ => {}
        }
        self.frames.truncate(base);
        let delivered = match next {
            Ok(Next::Item(v)) => Pending::Value(v),
            Ok(_) => Pending::Exhausted,
            Err(e) => Pending::Error(e),
        };
        self.resume_next(default, delivered)
    }

    /// A step's outcome as the result of a call: exhaustion is delivered as
    /// `Pending::Exhausted` to the frame waiting below.
    pub(crate) fn called_of(&mut self, next: Next) -> Called {
        match next {
            Next::Item(v) => Called::Value(v),
            Next::Done => {
                self.pending = Some(Pending::Exhausted);
                Called::Pushed
            }
            Next::Pushed => Called::Pushed,
            Next::Host(call) => Called::Host(call),
        }
    }

    /// A call's result as a step's outcome.
    pub(crate) fn next_of(called: Called) -> Next {
        match called {
            Called::Value(v) => Next::Item(v),
            Called::Pushed => Next::Pushed,
            Called::Host(call) => Next::Host(call),
        }
    }

    /// Whether `error` ends the old sequence protocol (`IndexError`, `StopIteration`).
    pub(crate) fn ends_sequence(&self, error: &RunError) -> bool {
        match error {
            RunError::New(e) => matches!(e.kind, ExcKind::IndexError | ExcKind::StopIteration),
            RunError::Raised(id) => {
                let class = self.types.exception(ExcKind::IndexError);
                self.is_instance(Value::Obj(*id), class) || self.is_stop_iteration(error)
            }
            _ => false,
        }
    }
}

/// The native frame of a waiting lazy step.
fn step_frame(iter: ObjId, got: Vec<Value>, candidate: Option<Value>) -> Frame {
    Frame::Native(NativeFrame::Cont(Cont::Step {
        iter,
        got,
        candidate,
    }))
}
