//! Generators: a suspended frame kept in the heap, moved onto the frame stack
//! to resume (O(1), no replay) and back into the heap at each `yield`.

use super::call::Called;
use super::frame::{GenMode, Pending};
use super::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

impl Vm {
    /// Resumes generator `gen`, delivering `input` (a sent value or a thrown
    /// exception); its results go to the current top frame as `mode` says.
    pub(crate) fn resume_generator(
        &mut self,
        gen: ObjId,
        mode: GenMode,
        input: Pending,
    ) -> RunResult<Called> {
        let Some(Object::Generator(g)) = self.heap.get_mut(gen) else {
            return Err(RunError::internal("resume of a non-generator"));
        };
        if g.running {
            return Err(RunError::new(
                ExcKind::ValueError,
                "generator already executing",
            ));
        }
        let started = g.started;
        let kind = g.kind;
        let Some(mut frame) = g.frame.take().filter(|_| !g.finished) else {
            return match (input, mode) {
                (Pending::Error(e), _) => Err(e),
                _ if kind == crate::compile::code::GenKind::Coroutine => {
                    Err(super::coroutine::reused_coroutine())
                }
                (_, GenMode::Async(_)) => {
                    Err(RunError::new(ExcKind::StopAsyncIteration, String::new()).without_args())
                }
                (_, GenMode::Iter) => {
                    self.pending = Some(Pending::Exhausted);
                    Ok(Called::Pushed)
                }
                (_, GenMode::Send) => {
                    self.pending = Some(Pending::Returned(Value::None));
                    Ok(Called::Pushed)
                }
                (_, GenMode::Next) => {
                    Err(RunError::new(ExcKind::StopIteration, String::new()).without_args())
                }
            };
        };
        g.running = true;
        g.started = true;
        let input = match input {
            Pending::Value(v) if !started => {
                if v != Value::None {
                    g.running = false;
                    g.frame = Some(frame);
                    return Err(RunError::new(
                        ExcKind::TypeError,
                        "can't send non-None value to a just-started generator",
                    ));
                }
                None
            }
            Pending::Error(e) if !started => {
                g.running = false;
                g.finished = true;
                return Err(e);
            }
            other => Some(other),
        };
        frame.generator = Some((gen, mode));
        frame.outer_handled = self.handled;
        let inner_handled = match self.heap.get(gen) {
            Object::Generator(g) => g.handled,
            _ => None,
        };
        self.handled = inner_handled;
        self.push_python(frame)?;
        self.pending = input;
        Ok(Called::Pushed)
    }

    /// For `for x in gen` run inside the instruction loop: the frame of a live,
    /// idle generator, set up to run with mode `Iter` (`None` if not eligible).
    pub(crate) fn take_generator_frame(
        &mut self,
        gen: ObjId,
    ) -> Option<Box<super::frame::PyFrame>> {
        let Some(Object::Generator(g)) = self.heap.get_mut(gen) else {
            return None;
        };
        if g.running || g.finished {
            return None;
        }
        let mut frame = g.frame.take()?;
        let started = std::mem::replace(&mut g.started, true);
        g.running = true;
        let inner_handled = g.handled;
        if started {
            // The value of the `yield` expression the generator is suspended in.
            frame.stack.push(Value::None);
        }
        frame.generator = Some((gen, GenMode::Iter));
        frame.outer_handled = std::mem::replace(&mut self.handled, inner_handled);
        Some(frame)
    }

    /// Puts a yielding frame back into its generator.
    pub(crate) fn suspend_generator(&mut self, gen: ObjId, mut frame: Box<super::frame::PyFrame>) {
        let inner_handled = std::mem::replace(&mut self.handled, frame.outer_handled.take());
        if let Some(Object::Generator(g)) = self.heap.get_mut(gen) {
            g.frame = Some(frame);
            g.running = false;
            g.handled = inner_handled;
        }
    }

    /// Marks a generator finished (returned or raised).
    pub(crate) fn finish_generator(&mut self, gen: ObjId) {
        if let Some(Object::Generator(g)) = self.heap.get_mut(gen) {
            g.frame = None;
            g.running = false;
            g.finished = true;
        }
    }

    /// `Send` of `yield from`: resumes `sub` with `value`.
    pub(crate) fn send_into(&mut self, sub: Value, value: Value) -> RunResult<Called> {
        if let Value::Obj(id) = sub {
            match self.heap.get(id) {
                Object::Generator(_) => {
                    return self.resume_generator(id, GenMode::Send, Pending::Value(value));
                }
                Object::AsyncOp(_) => return self.async_op_send(id, Pending::Value(value)),
                _ => {}
            }
        }
        if !self.is_iterator(sub) {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "__await__() returned non-iterator of type '{}'",
                    self.type_name(sub)
                ),
            ));
        }
        match self.iter_next(sub)? {
            super::iter::Next::Item(v) => Ok(Called::Value(v)),
            super::iter::Next::Done => {
                self.pending = Some(Pending::Returned(Value::None));
                Ok(Called::Pushed)
            }
            super::iter::Next::Pushed => Ok(Called::Pushed),
            super::iter::Next::Host(call) => Ok(Called::Host(call)),
        }
    }
}

impl RunError {
    /// The same builtin exception with empty `args` (bare `StopIteration`).
    pub(crate) fn without_args(self) -> RunError {
        match self {
            RunError::New(mut e) => {
                e.args = crate::exc::NewArgs::Empty;
                RunError::New(e)
            }
            other => other,
        }
    }
}
