//! The instruction loop: runs one Python frame until it returns, raises,
//! yields, calls into another frame, or pauses for the host.
//!
//! Each arm of the `match` is one instruction; anything longer than a few
//! lines is a named function in the file of its concept (`ops.rs`,
//! `attr.rs`, `call.rs`, `exc.rs`, ...).

use super::call::{Args, Called};
use super::frame::{Frame, Pending, PyFrame};
use super::iter::Next;
use super::vm::Vm;
use crate::compile::code::{Code, Instr, CONST_SET};
use crate::exc::{ExcKind, RunError, RunResult};
use crate::host::HostCall;
use crate::value::object::Object;
use crate::value::Value;

/// How [`Vm::execute`] left its frame.
pub(crate) enum Exit {
    /// The frame returned a value.
    Return(Box<PyFrame>, Value),
    /// An exception escaped the frame.
    Raise(Box<PyFrame>, RunError),
    /// A generator frame yielded.
    Yield(Box<PyFrame>, Value),
    /// The frame is back on the stack with new frames above it.
    Suspended,
    /// The frame is back on the stack; the host must answer this call.
    Pause(HostCall),
    /// The machine itself is broken.
    Fatal(RunError),
}

/// The result of running one instruction.
pub(super) enum Step {
    /// Go on with the next instruction.
    Next,
    /// Leave the frame.
    Exit(Exit),
    /// Run this callee next (the caller is parked on the frame stack).
    Enter(Box<PyFrame>),
    /// The frame is now a callee of the same program (its caller parked on
    /// the frame stack): the loop takes the callee's code and goes on.
    Switched,
    /// The frame returned this value.
    Leave(Value),
    /// The (generator) frame yielded this value.
    Yield(Value),
}

impl Vm {
    /// Runs `frame` from its `pc`, first taking delivery of `self.pending`;
    /// when profiling is on, the hook in `profile.rs` runs before each
    /// instruction.
    pub(crate) fn execute(
        &mut self,
        frame: Box<PyFrame>,
        program: &crate::compile::Program,
    ) -> Exit {
        // A loop entered again and again for a few instructions each (a
        // generator drained by a builtin) never reaches its own periodic
        // check: the entries are counted too.
        if let Err(limit) = self.native_tick() {
            self.frames.push(Frame::Python(frame));
            return Exit::Fatal(limit);
        }
        if self.profile.is_some() {
            self.execute_loop::<true>(frame, program)
        } else {
            self.execute_loop::<false>(frame, program)
        }
    }

    /// [`Vm::execute`]'s loop; `PROFILE` adds the hook. One generic loop
    /// rather than a flag tested per instruction (6% more instructions on
    /// fib) or a hand-written second copy (which kept `step` from being
    /// inlined into the plain one).
    fn execute_loop<const PROFILE: bool>(
        &mut self,
        mut frame: Box<PyFrame>,
        program: &crate::compile::Program,
    ) -> Exit {
        let mut code = match Vm::code_in(program, frame.code) {
            Ok(c) => c,
            Err(e) => return Exit::Fatal(e),
        };
        if let Some(pending) = self.pending.take() {
            let pending = match self.throw_into_delegate(&mut frame, code, pending) {
                Ok(Some(pending)) => pending,
                Ok(None) => {
                    self.recycle(frame);
                    return Exit::Suspended;
                }
                Err(e) => Pending::Error(e),
            };
            if let Err(error) = self.receive(&mut frame, code, pending) {
                if let Err(error) = self.handle_error(&mut frame, code, error) {
                    return Exit::Raise(frame, error);
                }
            }
        }
        // Every frame this loop switches to belongs to this program.
        let program_index = frame.code.program;
        let mut ticks: u32 = 0;
        loop {
            let Some(&instr) = code.instrs.get(frame.pc as usize) else {
                return Exit::Fatal(RunError::internal("pc out of range"));
            };
            if PROFILE {
                self.profile_tick(&frame, code);
            }
            frame.pc += 1;
            if self.quick(&mut frame, &mut code, program, program_index, instr) {
                // Done inline; fall through to the tick count.
            } else {
                match self.step(&mut frame, code, instr) {
                    Ok(Step::Next) => {}
                    Ok(Step::Exit(exit)) => {
                        // What is left here is the placeholder that replaced the moved frame.
                        self.recycle(frame);
                        return exit;
                    }
                    Ok(Step::Switched) => match Vm::code_in(program, frame.code) {
                        Ok(callee_code) => code = callee_code,
                        Err(e) => return Exit::Fatal(e),
                    },
                    Ok(Step::Enter(callee)) => {
                        if let Some(exit) = self.enter_in_loop(
                            &mut frame,
                            &mut code,
                            program,
                            program_index,
                            callee,
                        ) {
                            self.recycle(frame);
                            return exit;
                        }
                    }
                    Ok(Step::Yield(value)) => {
                        if let Some(exit) =
                            self.yield_in_loop(&mut frame, &mut code, program, program_index, value)
                        {
                            self.recycle(frame);
                            return exit;
                        }
                    }
                    Ok(Step::Leave(value)) => {
                        if let Some(exit) =
                            self.leave_in_loop(&mut frame, &mut code, program, program_index, value)
                        {
                            self.recycle(frame);
                            return exit;
                        }
                    }
                    Err(error) => {
                        if let Err(error) = self.handle_error(&mut frame, code, error) {
                            return Exit::Raise(frame, error);
                        }
                    }
                }
            }
            ticks = ticks.wrapping_add(1);
            if ticks.is_multiple_of(crate::limits::CHECK_EVERY) {
                if let Err(limit) = self.check_limits() {
                    self.frames.push(Frame::Python(frame));
                    return Exit::Fatal(limit);
                }
                if self.slice.end.is_some() && self.slice_over() && self.nested == 0 {
                    self.frames.push(Frame::Python(frame));
                    return Exit::Suspended;
                }
                if self.heap.wants_collect() && self.nested == 0 {
                    self.frames.push(Frame::Python(frame));
                    self.collect_garbage();
                    return Exit::Suspended;
                }
            }
        }
    }

    /// Takes what the frame above left for this one.
    pub(super) fn receive(
        &mut self,
        frame: &mut PyFrame,
        code: &Code,
        pending: Pending,
    ) -> RunResult<()> {
        let current = frame
            .pc
            .checked_sub(1)
            .and_then(|pc| code.instrs.get(pc as usize).copied());
        match pending {
            Pending::Value(v) => self.land(frame, code, v),
            Pending::Exhausted => {
                frame.stack.pop();
                match current {
                    Some(Instr::ForIter(target)) => frame.pc = target,
                    _ => return Err(RunError::internal("exhausted outside ForIter")),
                }
            }
            Pending::Returned(v) => {
                frame.stack.pop();
                frame.stack.push(v);
                match current {
                    Some(Instr::Send(target)) => frame.pc = target,
                    _ => return Err(RunError::internal("returned outside Send")),
                }
            }
            Pending::Error(error) => {
                if let Some(Instr::ForIter(target)) = current {
                    if self.is_stop_iteration(&error) {
                        frame.stack.pop();
                        frame.pc = target;
                        return Ok(());
                    }
                }
                return Err(error);
            }
        }
        Ok(())
    }

    #[inline]
    fn pop(frame: &mut PyFrame) -> RunResult<Value> {
        frame
            .stack
            .pop()
            .ok_or_else(|| RunError::internal("value stack underflow"))
    }

    fn top(frame: &PyFrame) -> RunResult<Value> {
        frame
            .stack
            .last()
            .copied()
            .ok_or_else(|| RunError::internal("value stack underflow"))
    }

    fn pop_n(frame: &mut PyFrame, n: u32) -> RunResult<Vec<Value>> {
        let n = n as usize;
        if frame.stack.len() < n {
            return Err(RunError::internal("value stack underflow"));
        }
        Ok(frame.stack.split_off(frame.stack.len() - n))
    }

    /// [`Vm::pop_n`] for a call's arguments: the vector has room for one
    /// more, which the call takes when it puts a receiver in front (a bound
    /// method's `self`, `__init__`'s instance) without growing it.
    fn pop_args(frame: &mut PyFrame, n: u32) -> RunResult<Vec<Value>> {
        let n = n as usize;
        let Some(at) = frame.stack.len().checked_sub(n) else {
            return Err(RunError::internal("value stack underflow"));
        };
        let mut values = Vec::with_capacity(n + 1);
        values.extend_from_slice(&frame.stack[at..]);
        frame.stack.truncate(at);
        Ok(values)
    }

    fn constant(&mut self, frame: &PyFrame, i: u32) -> RunResult<Value> {
        let find = |vm: &Vm| {
            vm.programs
                .get(frame.code.program as usize)
                .and_then(|l| l.consts.get(frame.code.index as usize))
                .and_then(|c| c.get(i as usize))
                .copied()
        };
        if let Some(v) = find(self) {
            return Ok(v);
        }
        // The code's first `LoadConst` (its constants are made on first use).
        self.materialize_consts(frame.code)?;
        find(self).ok_or_else(|| RunError::internal("bad constant index"))
    }

    #[expect(
        clippy::too_many_lines,
        reason = "one arm per instruction, each a line or a call"
    )]
    pub(super) fn step(
        &mut self,
        frame: &mut Box<PyFrame>,
        code: &Code,
        instr: Instr,
    ) -> RunResult<Step> {
        use Instr as I;
        match instr {
            I::Nop => {}
            I::PopTop => {
                Vm::pop(frame)?;
            }
            I::Copy(n) => {
                let at = frame.stack.len().checked_sub(n as usize);
                let v = at
                    .and_then(|i| frame.stack.get(i))
                    .copied()
                    .ok_or_else(|| RunError::internal("Copy underflow"))?;
                frame.stack.push(v);
            }
            I::Swap(n) => {
                let len = frame.stack.len();
                if len < n as usize {
                    return Err(RunError::internal("Swap underflow"));
                }
                frame.stack.swap(len - 1, len - n as usize);
            }
            I::LoadConst(i) => {
                let v = self.constant(frame, i)?;
                frame.stack.push(v);
            }
            I::LoadFast(slot) => {
                let v = Vm::load_fast(frame, code, slot)?;
                frame.stack.push(v);
            }
            I::StoreFast(slot) => {
                let v = Vm::pop(frame)?;
                match frame.locals.get_mut(slot as usize) {
                    Some(local) => *local = Some(v),
                    None => return Err(RunError::internal("bad local slot")),
                }
            }
            I::DeleteFast(slot) => {
                Vm::load_fast(frame, code, slot)?;
                if let Some(local) = frame.locals.get_mut(slot as usize) {
                    *local = None;
                }
            }
            I::LoadDeref(i) | I::LoadClosure(i) | I::StoreDeref(i) | I::DeleteDeref(i) => {
                self.deref_op(frame, code, instr, i)?;
            }
            I::LoadClassDeref(i) => {
                let v = self.load_class_deref(frame, code, i)?;
                frame.stack.push(v);
            }
            I::LoadGlobal(n) => {
                let v = self.load_global(frame, n)?;
                frame.stack.push(v);
            }
            I::StoreGlobal(n) => {
                let v = Vm::pop(frame)?;
                let sym = self.symbol(frame.code, n);
                self.module_set(frame.globals, sym, v);
            }
            I::DeleteGlobal(n) => self.delete_global(frame, n)?,
            I::LoadName(n) => {
                let v = self.load_name(frame, n)?;
                frame.stack.push(v);
            }
            I::StoreName(n) => {
                let v = Vm::pop(frame)?;
                let sym = self.symbol(frame.code, n);
                match frame.namespace {
                    Some(ns) => self.namespace_set(ns, sym, v),
                    None => self.module_set(frame.globals, sym, v),
                }
            }
            I::DeleteName(n) => self.delete_name(frame, n)?,
            I::LoadAttr(n) => {
                let obj = Vm::pop(frame)?;
                let sym = self.symbol(frame.code, n);
                if let Some(fget) = self.property_getter(obj, sym) {
                    return self.call_landing(frame, code, fget, vec![obj]);
                }
                let v = self.get_attr(obj, sym)?;
                frame.stack.push(v);
            }
            I::StoreAttr(n) => {
                let obj = Vm::pop(frame)?;
                let v = Vm::pop(frame)?;
                let sym = self.symbol(frame.code, n);
                self.set_attr(obj, sym, v)?;
            }
            I::DeleteAttr(n) => {
                let obj = Vm::pop(frame)?;
                let sym = self.symbol(frame.code, n);
                self.del_attr(obj, sym)?;
            }
            I::LoadSpecial(n) => {
                let obj = Vm::pop(frame)?;
                let sym = self.symbol(frame.code, n);
                let v = self.load_special(obj, sym)?;
                frame.stack.push(v);
            }
            I::BinarySubscr => {
                let key = Vm::pop(frame)?;
                let obj = Vm::pop(frame)?;
                if let Some(f) = self.user_dunder(obj, "__getitem__") {
                    return self.call_landing(frame, code, f, vec![obj, key]);
                }
                let v = self.get_item(obj, key)?;
                frame.stack.push(v);
            }
            I::StoreSubscr => {
                let key = Vm::pop(frame)?;
                let obj = Vm::pop(frame)?;
                let v = Vm::pop(frame)?;
                if let Some(f) = self.user_dunder(obj, "__setitem__") {
                    return self.call_landing(frame, code, f, vec![obj, key, v]);
                }
                self.set_item(obj, key, v)?;
            }
            I::DeleteSubscr => {
                let key = Vm::pop(frame)?;
                let obj = Vm::pop(frame)?;
                if let Some(f) = self.user_dunder(obj, "__delitem__") {
                    return self.call_landing(frame, code, f, vec![obj, key]);
                }
                self.del_item(obj, key)?;
            }
            I::BinaryOp(op) => {
                let b = Vm::pop(frame)?;
                let a = Vm::pop(frame)?;
                if self.is_user_object(a) || self.is_user_object(b) {
                    return self.landing(frame, code, |vm| vm.binary_called(op, a, b, false));
                }
                let v = self.binary_op(op, a, b)?;
                frame.stack.push(v);
            }
            I::InplaceOp(op) => {
                let b = Vm::pop(frame)?;
                let a = Vm::pop(frame)?;
                if self.is_user_object(a) {
                    return self.landing(frame, code, |vm| vm.binary_called(op, a, b, true));
                }
                let v = self.inplace_op(op, a, b)?;
                frame.stack.push(v);
            }
            I::UnaryOp(op) => {
                let a = Vm::pop(frame)?;
                if self.is_user_object(a) {
                    return self.landing(frame, code, |vm| vm.unary_called(op, a));
                }
                let v = self.unary_op(op, a)?;
                frame.stack.push(v);
            }
            I::CompareOp(op) => {
                let b = Vm::pop(frame)?;
                let a = Vm::pop(frame)?;
                if self.is_user_object(a) || self.is_user_object(b) {
                    return self.landing(frame, code, |vm| vm.compare_called(op, a, b));
                }
                let v = self.compare(op, a, b)?;
                frame.stack.push(v);
            }
            I::IsOp(invert) => {
                let b = Vm::pop(frame)?;
                let a = Vm::pop(frame)?;
                frame.stack.push(Value::Bool(a.is(b) != invert));
            }
            I::ContainsOp(invert) => {
                let container = Vm::pop(frame)?;
                let item = Vm::pop(frame)?;
                if self.is_user_object(container) {
                    return self.landing(frame, code, |vm| {
                        vm.contains_called(container, item, invert)
                    });
                }
                let found = self.contains(container, item)?;
                frame.stack.push(Value::Bool(found != invert));
            }
            I::Jump(target) => frame.pc = target,
            I::PopJumpIfFalse(_)
            | I::PopJumpIfTrue(_)
            | I::JumpIfFalseOrPop(_)
            | I::JumpIfTrueOrPop(_) => {
                let v = match instr {
                    I::PopJumpIfFalse(_) | I::PopJumpIfTrue(_) => Vm::pop(frame)?,
                    _ => Vm::top(frame)?,
                };
                let truth = match v {
                    Value::Bool(b) => b,
                    _ if self.is_user_object(v) => {
                        return self.landing(frame, code, |vm| vm.truth_called(v, false));
                    }
                    _ => self.truthy(v)?,
                };
                Vm::apply_jump(frame, instr, truth);
            }
            I::GetIter => {
                let v = Vm::pop(frame)?;
                if self.is_user_object(v) {
                    return self.landing(frame, code, |vm| vm.iter_called(v));
                }
                let it = self.get_iter(v)?;
                frame.stack.push(it);
            }
            I::ForIter(target) => return self.for_iter(frame, target),
            I::BuildTuple(n) => {
                let items = Vm::pop_n(frame, n)?;
                let t = self.new_tuple(items);
                frame.stack.push(t);
            }
            I::BuildList(n) => {
                let items = Vm::pop_n(frame, n)?;
                let l = self.new_list(items);
                frame.stack.push(l);
            }
            I::BuildMap(n) => {
                let items = Vm::pop_n(frame, n * 2)?;
                let d = self.build_map(&items)?;
                frame.stack.push(d);
            }
            I::BuildSet(n) => {
                let folded = n & CONST_SET != 0;
                let items = Vm::pop_n(frame, n & !CONST_SET)?;
                let mut s = self.new_set(&items, folded)?;
                if folded {
                    // CPython folds a constant display into a frozenset constant
                    // and merges it into a new empty set (`SET_UPDATE`).
                    s = self.merge_into_new_set(s)?;
                }
                frame.stack.push(s);
            }
            I::SetAdd(depth) | I::SetUpdate(depth) => {
                let value = Vm::pop(frame)?;
                let target = frame
                    .stack
                    .len()
                    .checked_sub(depth as usize)
                    .and_then(|i| frame.stack.get(i))
                    .copied()
                    .ok_or_else(|| RunError::internal("SetAdd depth"))?;
                if matches!(instr, I::SetAdd(_)) {
                    self.set_add(target, value)?;
                } else {
                    for item in self.collect_values(value)? {
                        self.set_add(target, item)?;
                    }
                }
            }
            I::BuildString(n) => {
                let parts = Vm::pop_n(frame, n)?;
                let s = self.concat_strs(&parts)?;
                frame.stack.push(s);
            }
            I::BuildSlice(n) => {
                let parts = Vm::pop_n(frame, n)?;
                let s = self.new_slice(&parts);
                frame.stack.push(s);
            }
            I::ListExtend(depth) if self.top_needs_consumer(frame) => {
                let value = Vm::pop(frame)?;
                let list = Vm::top_at(frame, depth)?;
                let fold = super::consume::Fold::Extend { list };
                return self.landing(frame, code, |vm| vm.consume_called(value, fold));
            }
            I::ListAppend(depth)
            | I::ListExtend(depth)
            | I::MapAdd(depth)
            | I::DictUpdate(depth) => {
                self.collection_add(frame, instr, depth)?;
            }
            I::DictMerge(depth) => self.dict_merge(frame, depth)?,
            I::CheckEgMatch => {
                let class = Vm::pop(frame)?;
                let rest = Vm::pop(frame)?;
                let (rest, matched) = self.except_star_match(rest, class)?;
                frame.stack.push(rest);
                frame.stack.push(matched);
                frame.stack.push(Value::Bool(matched != Value::None));
            }
            I::PrepReraiseStar => {
                let raised = Vm::pop(frame)?;
                let orig = Vm::pop(frame)?;
                let result = self.prep_reraise_star(orig, raised)?;
                frame.stack.push(result);
            }
            I::ListToTuple => {
                let list = Vm::pop(frame)?;
                let items = self.list_items(list)?;
                let t = self.new_tuple(items);
                frame.stack.push(t);
            }
            I::FormatValue(flags) => {
                let spec = if flags & 4 != 0 {
                    Some(Vm::pop(frame)?)
                } else {
                    None
                };
                let v = Vm::pop(frame)?;
                if self.is_user_object(v) {
                    return self.landing(frame, code, |vm| vm.format_called(v, flags & 3, spec));
                }
                let s = self.format_value(v, flags & 3, spec)?;
                frame.stack.push(s);
            }
            I::UnpackSequence(_) | I::UnpackEx(_) if self.top_needs_consumer(frame) => {
                let seq = Vm::pop(frame)?;
                let (before, after) = match instr {
                    I::UnpackSequence(n) => (n, None),
                    I::UnpackEx(counts) => (counts & 0xffff, Some(counts >> 16)),
                    _ => (0, None),
                };
                let fold = super::consume::Fold::Unpack {
                    items: Vec::new(),
                    before,
                    after,
                };
                return self.landing(frame, code, |vm| vm.consume_called(seq, fold));
            }
            I::UnpackSequence(n) => {
                let seq = Vm::pop(frame)?;
                let items = self.unpack(seq, n as usize, None)?;
                frame.stack.extend(items.into_iter().rev());
            }
            I::UnpackEx(counts) => {
                let seq = Vm::pop(frame)?;
                let (before, after) = ((counts & 0xffff) as usize, (counts >> 16) as usize);
                let items = self.unpack(seq, before, Some(after))?;
                frame.stack.extend(items.into_iter().rev());
            }
            I::LoadMethod(n) => {
                let obj = Vm::pop(frame)?;
                let sym = self.symbol(frame.code, n);
                if let Some(fget) = self.property_getter(obj, sym) {
                    return self.call_landing(frame, code, fget, vec![obj]);
                }
                let (method, receiver) = self.load_method(obj, sym)?;
                frame.stack.push(method);
                frame.stack.push(receiver);
            }
            I::CallMethod(n) => return self.call_method(frame, n),
            I::Call(n) => {
                let base = frame.stack.len().checked_sub(n as usize + 1);
                let Some(base) = base else {
                    return Err(RunError::internal("Call underflow"));
                };
                let callee = frame.stack[base];
                if let Some(callee_frame) = self.fast_call(callee, &frame.stack[base + 1..]) {
                    return self.enter(frame, base, callee_frame);
                }
                let args = Vm::pop_args(frame, n)?;
                let callee = Vm::pop(frame)?;
                return self.call_parked(frame, callee, Args::positional(args));
            }
            I::CallKw(n) => {
                let names = Vm::pop(frame)?;
                let values = Vm::pop_args(frame, n)?;
                let callee = Vm::pop(frame)?;
                let args = self.keyword_args(values, names)?;
                return self.call_parked(frame, callee, args);
            }
            I::CallEx(has_kwargs) => {
                let kwargs = if has_kwargs == 1 {
                    Some(Vm::pop(frame)?)
                } else {
                    None
                };
                let positional = Vm::pop(frame)?;
                let callee = Vm::pop(frame)?;
                let args = self.star_args(callee, positional, kwargs)?;
                return self.call_parked(frame, callee, args);
            }
            I::MakeFunction { code: index, flags } => {
                let f = self.make_function(frame, index, flags)?;
                frame.stack.push(f);
            }
            I::BuildClass(n) => {
                let flag = crate::compile::code::BUILD_CLASS_KEYWORDS;
                let keywords = if n & flag != 0 {
                    Some(Vm::pop(frame)?)
                } else {
                    None
                };
                let bases = Vm::pop_n(frame, n & !flag)?;
                let name = Vm::pop(frame)?;
                let body = Vm::pop(frame)?;
                return self.parked(frame, |vm| vm.build_class(body, name, &bases, keywords));
            }
            I::ReturnValue => return Ok(Step::Leave(Vm::pop(frame)?)),
            I::YieldValue => return Ok(Step::Yield(Vm::pop(frame)?)),
            I::GetYieldFromIter => {
                let v = Vm::pop(frame)?;
                let it = self.get_iter(v)?;
                frame.stack.push(it);
            }
            I::Send(target) => return self.send(frame, target),
            I::GetAwaitable(source) => {
                let v = Vm::pop(frame)?;
                return self.parked(frame, |vm| vm.get_awaitable(v, source));
            }
            I::GetAIter => {
                let v = Vm::pop(frame)?;
                return self.parked(frame, |vm| vm.get_aiter(v));
            }
            I::GetANext => {
                let v = Vm::top(frame)?;
                return self.parked(frame, |vm| vm.get_anext(v));
            }
            I::EndAsyncFor => {
                let exc = Vm::pop(frame)?;
                Vm::pop(frame)?;
                let stop = self.types.exception(ExcKind::StopAsyncIteration);
                if !self.is_instance(exc, stop) {
                    return Err(Vm::reraise(exc));
                }
            }
            I::RaiseVarargs(n) => return Err(self.raise(frame, n)?),
            I::Reraise(_) => {
                let exc = Vm::pop(frame)?;
                return Err(Vm::reraise(exc));
            }
            I::PushExcInfo => {
                let exc = Vm::pop(frame)?;
                frame.stack.push(self.handled.unwrap_or(Value::None));
                frame.stack.push(exc);
                self.handled = Some(exc);
            }
            I::PopExcept => {
                let prev = Vm::pop(frame)?;
                self.handled = if prev == Value::None {
                    None
                } else {
                    Some(prev)
                };
            }
            I::CheckExcMatch => {
                let class = Vm::pop(frame)?;
                let exc = Vm::top(frame)?;
                let matched = self.exception_matches(exc, class)?;
                frame.stack.push(Value::Bool(matched));
            }
            I::WithExceptStart => {
                let exc = Vm::top(frame)?;
                let exit = frame
                    .stack
                    .len()
                    .checked_sub(3)
                    .and_then(|i| frame.stack.get(i))
                    .copied()
                    .ok_or_else(|| RunError::internal("WithExceptStart underflow"))?;
                let class = Value::Obj(self.type_of(exc));
                let tb = exc.as_obj().map_or(Value::None, |id| self.traceback_of(id));
                let args = Args::positional(vec![class, exc, tb]);
                return self.call_parked(frame, exit, args);
            }
            I::LoadAssertionError => {
                let class = self.types.exception(ExcKind::AssertionError);
                frame.stack.push(Value::Obj(class));
            }
            I::MatchPattern(operand) => self.match_pattern(frame, code, operand)?,
            I::ImportName(n) => {
                let sym = self.symbol(frame.code, n);
                let spec = Vm::pop(frame)?;
                let globals = frame.globals;
                return self.parked(frame, |vm| vm.import_name(sym, spec, globals));
            }
            I::ImportStar => {
                let module = Vm::pop(frame)?;
                self.import_star(module, frame.globals, frame.namespace)?;
            }
            I::ImportFrom(n) => {
                let module = Vm::top(frame)?;
                let sym = self.symbol(frame.code, n);
                let v = self.import_from(module, sym)?;
                frame.stack.push(v);
            }
        }
        Ok(Step::Next)
    }

    /// Parks the caller (its stack cut to `base`) and hands `callee` to the loop.
    fn enter(
        &mut self,
        frame: &mut Box<PyFrame>,
        base: usize,
        callee: Box<PyFrame>,
    ) -> RunResult<Step> {
        if self.depth >= self.recursion_limit {
            self.recycle(callee);
            return Err(crate::exc::ops::recursion());
        }
        frame.stack.truncate(base);
        if callee.code.program == frame.code.program {
            // The loop runs every frame of its program: switch in place.
            let parked = std::mem::replace(frame, callee);
            self.frames.push(Frame::Python(parked));
            self.depth += 1;
            return Ok(Step::Switched);
        }
        let parked = std::mem::replace(frame, self.blank_frame());
        self.frames.push(Frame::Python(parked));
        Ok(Step::Enter(callee))
    }

    /// Like [`Vm::parked`], but what `f` gives (now or later) lands as the
    /// current instruction says ([`Vm::land`]): pushed, a jump, or discarded.
    fn landing(
        &mut self,
        frame: &mut Box<PyFrame>,
        code: &Code,
        f: impl FnOnce(&mut Vm) -> RunResult<Called>,
    ) -> RunResult<Step> {
        let step = self.parked(frame, f)?;
        if let Step::Next = step {
            // An immediate value was pushed: let the instruction take it.
            let v = Vm::pop(frame)?;
            self.land(frame, code, v);
        }
        Ok(step)
    }

    /// Calls the dunder `f(args)` for the current instruction; its result lands.
    fn call_landing(
        &mut self,
        frame: &mut Box<PyFrame>,
        code: &Code,
        f: Value,
        args: Vec<Value>,
    ) -> RunResult<Step> {
        self.landing(frame, code, |vm| vm.call(f, Args::positional(args)))
    }

    /// Calls `callee` with the current frame parked below whatever it pushes.
    fn call_parked(
        &mut self,
        frame: &mut Box<PyFrame>,
        callee: Value,
        args: Args,
    ) -> RunResult<Step> {
        self.parked(frame, |vm| vm.call(callee, args))
    }

    /// Runs `f` with the current frame parked on the frame stack, so that `f`
    /// may push frames above it; an immediate value lands on the frame's stack.
    fn parked(
        &mut self,
        frame: &mut Box<PyFrame>,
        f: impl FnOnce(&mut Vm) -> RunResult<Called>,
    ) -> RunResult<Step> {
        let placeholder = self.blank_frame();
        let parked = std::mem::replace(frame, placeholder);
        self.frames.push(Frame::Python(parked));
        let below = self.frames.len();
        let result = f(self);
        match result {
            Ok(Called::Pushed) => return Ok(self.run_pushed_here(below)),
            Ok(Called::Host(call)) => return Ok(Step::Exit(Exit::Pause(call))),
            Ok(Called::Value(_)) | Err(_) => {}
        }
        match self.frames.pop() {
            Some(Frame::Python(back)) => {
                let placeholder = std::mem::replace(frame, back);
                self.recycle(placeholder);
            }
            _ => {
                return Ok(Step::Exit(Exit::Fatal(RunError::internal(
                    "parked frame lost",
                ))))
            }
        }
        match result {
            Ok(Called::Value(v)) => {
                frame.stack.push(v);
                Ok(Step::Next)
            }
            Err(e) => Err(e),
            Ok(_) => Ok(Step::Next),
        }
    }

    /// After a call pushed frames above the parked caller (`below` frames
    /// deep): when the top one is a Python frame that would run next with
    /// nothing pending, it is taken to run in this loop (`Step::Enter`)
    /// rather than leaving the loop for the frame loop, which would pop and
    /// run it the same way.
    fn run_pushed_here(&mut self, below: usize) -> Step {
        let runs_next = self.frames.len() > below
            && self.pending.is_none()
            && matches!(self.frames.last(), Some(Frame::Python(_)));
        if runs_next {
            if let Some(Frame::Python(callee)) = self.frames.pop() {
                // Counted again when the loop enters it.
                self.depth = self.depth.saturating_sub(1);
                return Step::Enter(callee);
            }
        }
        Step::Exit(Exit::Suspended)
    }

    /// `CallMethod(n)`: `[callable, self_or_null, a1..an]`.
    fn call_method(&mut self, frame: &mut Box<PyFrame>, n: u32) -> RunResult<Step> {
        let base = frame
            .stack
            .len()
            .checked_sub(n as usize + 2)
            .ok_or_else(|| RunError::internal("CallMethod underflow"))?;
        let (callee, receiver) = (frame.stack[base], frame.stack[base + 1]);
        let bound = receiver != Value::Obj(crate::value::ObjId::NULL);
        if bound {
            if let Some(callee_frame) = self.fast_call(callee, &frame.stack[base + 1..]) {
                return self.enter(frame, base, callee_frame);
            }
            if let Some(Object::Builtin(id)) = callee.as_obj().map(|c| self.heap.get(c)) {
                let id = *id;
                let args = Args::positional(frame.stack.split_off(base + 2));
                frame.stack.truncate(base);
                return self.parked(frame, |vm| {
                    crate::builtins::call(vm, id, Some(receiver), args)
                });
            }
        }
        let first = if bound { base + 1 } else { base + 2 };
        let args = Args::positional(Vm::pop_args(frame, (frame.stack.len() - first) as u32)?);
        frame.stack.truncate(base);
        self.call_parked(frame, callee, args)
    }

    fn for_iter(&mut self, frame: &mut Box<PyFrame>, target: u32) -> RunResult<Step> {
        let it = Vm::top(frame)?;
        if let Value::Obj(id) = it {
            if matches!(self.heap.get(id), Object::Iter(_) | Object::Range(_))
                && self.iter_is_plain(id)
            {
                if let Some(v) = self.builtin_next(id)? {
                    frame.stack.push(v);
                } else {
                    frame.stack.pop();
                    frame.pc = target;
                }
                return Ok(Step::Next);
            }
        }
        if let Value::Obj(id) = it {
            if matches!(self.heap.get(id), Object::Generator(_))
                && self.depth < self.recursion_limit
            {
                if let Some(gen_frame) = self.take_generator_frame(id) {
                    let parked = std::mem::replace(frame, self.blank_frame());
                    self.frames.push(Frame::Python(parked));
                    return Ok(Step::Enter(gen_frame));
                }
            }
        }
        self.parked(frame, |vm| match vm.iter_next(it)? {
            Next::Item(v) => Ok(Called::Value(v)),
            Next::Done => {
                vm.pending = Some(Pending::Exhausted);
                Ok(Called::Pushed)
            }
            Next::Pushed => Ok(Called::Pushed),
            Next::Host(call) => Ok(Called::Host(call)),
        })
    }

    fn send(&mut self, frame: &mut Box<PyFrame>, _target: u32) -> RunResult<Step> {
        let value = Vm::pop(frame)?;
        let sub = Vm::top(frame)?;
        self.parked(frame, |vm| vm.send_into(sub, value))
    }
}
