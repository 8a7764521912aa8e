//! Frame switches the instruction loop does itself, without going back to
//! the frame loop: entering a Python callee, a generator yielding to or
//! finishing under its `for` loop, returning to the caller, and a `throw`
//! into a generator suspended in `yield from`.

use super::frame::{Frame, NativeFrame, Pending, PyFrame};
use super::interp::Exit;
use super::vm::Vm;
use crate::compile::code::{Code, Instr};
use crate::exc::{RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

impl Vm {
    /// `Step::Enter`: runs the callee next in this loop when it belongs to the
    /// same program; otherwise pushes it for the frame loop (`Some` exit).
    pub(super) fn enter_in_loop<'p>(
        &mut self,
        frame: &mut Box<PyFrame>,
        code: &mut &'p Code,
        program: &'p crate::compile::Program,
        program_index: u32,
        callee: Box<PyFrame>,
    ) -> Option<Exit> {
        match Vm::code_in(program, callee.code) {
            Ok(callee_code) if callee.code.program == program_index => {
                self.depth += 1;
                let placeholder = std::mem::replace(frame, callee);
                self.recycle(placeholder);
                *code = callee_code;
                None
            }
            _ => Some(match self.push_python(callee) {
                Ok(()) => Exit::Suspended,
                Err(e) => Exit::Fatal(e),
            }),
        }
    }

    /// `Call(n)` and `CallMethod(n)` of a plain Python function of this
    /// program given exactly its positional parameters (`Function::fast`),
    /// done in the loop: the callee's frame is filled straight from the
    /// caller's stack and becomes the running frame. `false` (touching
    /// nothing) leaves every other call, and the recursion error, to `step`;
    /// what is done here is what `step`'s `fast_call` and `enter` do.
    #[inline(always)]
    #[expect(
        clippy::inline_always,
        reason = "inlined into the instruction loop like quick.rs; one call per Python call"
    )]
    pub(super) fn call_in_loop<'p>(
        &mut self,
        frame: &mut Box<PyFrame>,
        code: &mut &'p Code,
        program: &'p crate::compile::Program,
        program_index: u32,
        instr: Instr,
    ) -> bool {
        let len = frame.stack.len();
        let (callee_at, args_from) = match instr {
            Instr::Call(n) => match len.checked_sub(n as usize + 1) {
                Some(base) => (base, base + 1),
                None => return false,
            },
            Instr::CallMethod(n) => match len.checked_sub(n as usize + 2) {
                // `[callable, self_or_null, a1..an]`
                Some(base) if frame.stack[base + 1] == Value::Obj(crate::value::ObjId::NULL) => {
                    (base, base + 2)
                }
                Some(base) => (base, base + 1),
                None => return false,
            },
            _ => return false,
        };
        let Value::Obj(id) = frame.stack[callee_at] else {
            return false;
        };
        let Object::Function(f) = self.heap.get(id) else {
            return false;
        };
        let Some((params, nlocals)) = f.fast else {
            return false;
        };
        if params as usize != len - args_from
            || f.code.program != program_index
            || self.depth >= self.recursion_limit
        {
            return false;
        }
        let Ok(callee_code) = Vm::code_in(program, f.code) else {
            return false;
        };
        let (code_id, globals, closed) = (f.code, f.globals, !f.closure.is_empty());
        let mut callee = self.blank_frame();
        callee
            .locals
            .extend(frame.stack[args_from..].iter().map(|v| Some(*v)));
        callee.locals.resize(nlocals.max(params) as usize, None);
        if closed {
            if let Object::Function(f) = self.heap.get(id) {
                callee.cells.extend_from_slice(&f.closure);
            }
        }
        callee.code = code_id;
        callee.pc = 0;
        callee.globals = globals;
        frame.stack.truncate(callee_at);
        let parked = std::mem::replace(frame, callee);
        self.frames.push(Frame::Python(parked));
        self.depth += 1;
        *code = callee_code;
        true
    }

    /// `ReturnValue` of a plain (non-generator) frame whose caller is a
    /// Python frame of this program, done in the loop: the value lands in the
    /// caller ([`Vm::land`]), which becomes the running frame. Everything
    /// else (`__init__`'s instance, generators, other programs) is
    /// [`Vm::leave_in_loop`]'s; this is its first case.
    #[inline(always)]
    #[expect(
        clippy::inline_always,
        reason = "inlined into the instruction loop like quick.rs; one call per Python call"
    )]
    pub(super) fn return_in_loop<'p>(
        &mut self,
        frame: &mut Box<PyFrame>,
        code: &mut &'p Code,
        program: &'p crate::compile::Program,
        program_index: u32,
    ) -> bool {
        let Some(&value) = frame.stack.last() else {
            return false;
        };
        if frame.generator.is_some() {
            return false;
        }
        let Some((caller, caller_code)) = self.caller_in(program, program_index) else {
            return false;
        };
        frame.stack.pop();
        let finished = std::mem::replace(frame, caller);
        self.recycle(finished);
        self.land(frame, caller_code, value);
        self.depth = self.depth.saturating_sub(1);
        *code = caller_code;
        true
    }

    /// Pops the Python caller of the running frame if it is in this program.
    #[inline]
    fn caller_in<'p>(
        &mut self,
        program: &'p crate::compile::Program,
        program_index: u32,
    ) -> Option<(Box<PyFrame>, &'p Code)> {
        let same =
            matches!(self.frames.last(), Some(Frame::Python(c)) if c.code.program == program_index);
        if !same {
            return None;
        }
        let Some(Frame::Python(caller)) = self.frames.pop() else {
            return None;
        };
        match Vm::code_in(program, caller.code) {
            Ok(caller_code) => Some((caller, caller_code)),
            Err(_) => {
                self.frames.push(Frame::Python(caller));
                None
            }
        }
    }

    /// `Step::Yield`: a generator hands `value` to its Python caller in this loop.
    pub(super) fn yield_in_loop<'p>(
        &mut self,
        frame: &mut Box<PyFrame>,
        code: &mut &'p Code,
        program: &'p crate::compile::Program,
        program_index: u32,
        value: Value,
    ) -> Option<Exit> {
        let caller = frame
            .generator
            .filter(|(_, mode)| !matches!(mode, super::frame::GenMode::Async(_)))
            .and_then(|_| self.caller_in(program, program_index));
        let (Some((gen, _)), Some((mut caller, caller_code))) = (frame.generator, caller) else {
            let yielded = std::mem::replace(frame, self.blank_frame());
            return Some(Exit::Yield(yielded, value));
        };
        self.depth = self.depth.saturating_sub(1);
        // As the frame loop delivers it: a `for` pushes it, a call of
        // `next(g)` too, whatever instruction resumed the generator takes it.
        self.land(&mut caller, caller_code, value);
        let mut suspended = std::mem::replace(frame, caller);
        suspended.generator = None;
        self.suspend_generator(gen, suspended);
        *code = caller_code;
        None
    }

    /// `Step::Leave`: returns to a Python caller in this loop (a plain call, or
    /// the end of a generator driven by `for`); else hands over to the frame loop.
    pub(super) fn leave_in_loop<'p>(
        &mut self,
        frame: &mut Box<PyFrame>,
        code: &mut &'p Code,
        program: &'p crate::compile::Program,
        program_index: u32,
        value: Value,
    ) -> Option<Exit> {
        let generator = frame.generator;
        let iterating = matches!(generator, Some((_, super::frame::GenMode::Iter)));
        let mut value = value;
        if generator.is_none() && value == Value::None {
            // `__init__` returned None: the call of the class gives the
            // instance (what `resume_native` does for `NativeFrame::Init`).
            if let Some(Frame::Native(NativeFrame::Init { instance })) = self.frames.last() {
                value = *instance;
                self.frames.pop();
            }
        }
        if generator.is_none() || iterating {
            if let Some((mut caller, caller_code)) = self.caller_in(program, program_index) {
                let at = caller
                    .pc
                    .checked_sub(1)
                    .and_then(|pc| caller_code.instrs.get(pc as usize).copied());
                match (generator, at) {
                    (None, _) => self.land(&mut caller, caller_code, value),
                    (Some((gen, _)), Some(Instr::ForIter(target))) => {
                        // The generator driving this `for` is exhausted: the loop ends.
                        self.handled = frame.outer_handled;
                        self.finish_generator(gen);
                        caller.stack.pop();
                        caller.pc = target;
                    }
                    _ => {
                        self.frames.push(Frame::Python(caller));
                        let finished = std::mem::replace(frame, self.blank_frame());
                        return Some(Exit::Return(finished, value));
                    }
                }
                self.depth = self.depth.saturating_sub(1);
                let finished = std::mem::replace(frame, caller);
                self.recycle(finished);
                *code = caller_code;
                return None;
            }
        }
        let finished = std::mem::replace(frame, self.blank_frame());
        Some(Exit::Return(finished, value))
    }

    /// An exception thrown into a generator suspended in `yield from` goes to
    /// the generator it delegates to (with this frame parked at its `Send`);
    /// `None` when that happened, else the pending value unchanged.
    pub(super) fn throw_into_delegate(
        &mut self,
        frame: &mut Box<PyFrame>,
        code: &Code,
        pending: Pending,
    ) -> RunResult<Option<Pending>> {
        let Pending::Error(error) = pending else {
            return Ok(Some(pending));
        };
        let at = |i: u32| {
            frame
                .pc
                .checked_sub(i)
                .and_then(|pc| code.instrs.get(pc as usize).copied())
        };
        let delegating = matches!(
            (at(1), at(2)),
            (Some(Instr::YieldValue), Some(Instr::Send(_)))
        );
        let sub = frame.stack.last().copied().and_then(Value::as_obj);
        let Some(sub) = sub.filter(|s| {
            delegating && matches!(self.heap.get(*s), Object::Generator(_) | Object::AsyncOp(_))
        }) else {
            return Ok(Some(Pending::Error(error)));
        };
        frame.pc -= 1;
        let parked = std::mem::replace(frame, self.blank_frame());
        self.frames.push(Frame::Python(parked));
        let resumed = if matches!(self.heap.get(sub), Object::AsyncOp(_)) {
            self.async_op_send(sub, Pending::Error(error))
        } else {
            self.resume_generator(sub, super::frame::GenMode::Send, Pending::Error(error))
        };
        match resumed {
            Ok(_) => Ok(None),
            Err(e) => {
                // The delegate could not take it (finished, running): raise here.
                match self.frames.pop() {
                    Some(Frame::Python(back)) => {
                        let placeholder = std::mem::replace(frame, back);
                        self.recycle(placeholder);
                    }
                    _ => return Err(RunError::internal("parked frame lost")),
                }
                Err(e)
            }
        }
    }

    /// Gives `v`, the result of the current instruction's call (a dunder, a
    /// truth test), to the frame: jumps take it as their condition, stores
    /// discard it, everything else pushes it.
    pub(super) fn land(&self, frame: &mut PyFrame, code: &Code, v: Value) {
        let at = frame
            .pc
            .checked_sub(1)
            .and_then(|pc| code.instrs.get(pc as usize).copied());
        match at {
            Some(
                instr @ (Instr::PopJumpIfFalse(_)
                | Instr::PopJumpIfTrue(_)
                | Instr::JumpIfFalseOrPop(_)
                | Instr::JumpIfTrueOrPop(_)),
            ) => Vm::apply_jump(frame, instr, v == Value::Bool(true)),
            Some(
                Instr::StoreSubscr
                | Instr::DeleteSubscr
                | Instr::StoreAttr(_)
                | Instr::DeleteAttr(_)
                | Instr::ListExtend(_),
            ) => {}
            Some(Instr::UnpackSequence(_) | Instr::UnpackEx(_)) => {
                // An unpacking consumer delivers the targets' values as a tuple.
                if let Some(Object::Tuple(items)) = v.as_obj().map(|id| self.heap.get(id)) {
                    frame.stack.extend(items.iter().rev().copied());
                }
            }
            Some(Instr::LoadMethod(_)) => {
                // A property read by `obj.name(...)`: the value is the callee.
                frame.stack.push(v);
                frame.stack.push(Value::Obj(crate::value::ObjId::NULL));
            }
            _ => frame.stack.push(v),
        }
    }

    /// A conditional jump with its condition known (the tested value, if the
    /// instruction keeps it, is on top of the stack).
    pub(super) fn apply_jump(frame: &mut PyFrame, instr: Instr, truth: bool) {
        match instr {
            Instr::PopJumpIfFalse(target) if !truth => frame.pc = target,
            Instr::PopJumpIfTrue(target) if truth => frame.pc = target,
            Instr::JumpIfFalseOrPop(target) => {
                if truth {
                    frame.stack.pop();
                } else {
                    frame.pc = target;
                }
            }
            Instr::JumpIfTrueOrPop(target) => {
                if truth {
                    frame.pc = target;
                } else {
                    frame.stack.pop();
                }
            }
            _ => {}
        }
    }

    /// The value `depth` below the top (after a pop of the operand).
    pub(super) fn top_at(frame: &PyFrame, depth: u32) -> RunResult<Value> {
        frame
            .stack
            .len()
            .checked_sub(depth as usize)
            .and_then(|i| frame.stack.get(i))
            .copied()
            .ok_or_else(|| RunError::internal("stack depth"))
    }

    /// Whether draining the value on top (`[*gen]`, `a, b = gen`) may run
    /// Python code, so a resumable consumer does it.
    pub(super) fn top_needs_consumer(&mut self, frame: &PyFrame) -> bool {
        let Some(&v) = frame.stack.last() else {
            return false;
        };
        match v.as_obj().map(|id| (id, self.heap.get(id))) {
            Some((_, Object::Generator(_) | Object::Instance(_))) => true,
            Some((id, Object::Iter(_))) => !self.iter_is_plain(id),
            _ => false,
        }
    }
}
