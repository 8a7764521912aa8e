//! The quick path of the instruction loop: the few instructions that dominate
//! plain Python code (locals, constants, jumps, small-int and float
//! arithmetic and comparisons), done inline in [`Vm::execute`]'s loop without
//! the call into the general `step` and its large stack frame.
//!
//! Each case either completes the instruction exactly as `step` would, or
//! declines (returns `false`, touching nothing) and `step` does it — including
//! every error path, so messages and tracebacks have one source.

#![expect(
    clippy::inline_always,
    reason = "the point of this file: measured, fib(25) runs 36% fewer instructions with these inlined into the loop"
)]

use super::frame::PyFrame;
use super::iter::Next;
use super::vm::Vm;
use crate::compile::code::{BinOp, CmpOp, Code, Instr};
use crate::compile::Program;
use crate::value::{Object, Value};

impl Vm {
    /// Does `instr` if it is a quick case; `false` means "not done, use `step`".
    /// A call or return of a plain Python function switches `frame` and
    /// `code` to the callee or caller ([`Vm::call_in_loop`], [`Vm::return_in_loop`]).
    #[inline(always)]
    pub(super) fn quick<'p>(
        &mut self,
        frame: &mut Box<PyFrame>,
        code: &mut &'p Code,
        program: &'p Program,
        program_index: u32,
        instr: Instr,
    ) -> bool {
        match instr {
            Instr::Call(_) | Instr::CallMethod(_) => {
                self.call_in_loop(frame, code, program, program_index, instr)
            }
            Instr::ReturnValue => self.return_in_loop(frame, code, program, program_index),
            Instr::LoadFast(slot) => match frame.locals.get(slot as usize) {
                Some(Some(v)) => {
                    let v = *v;
                    frame.stack.push(v);
                    true
                }
                _ => false,
            },
            Instr::StoreFast(slot) => {
                if (slot as usize) < frame.locals.len() {
                    if let Some(v) = frame.stack.pop() {
                        frame.locals[slot as usize] = Some(v);
                        return true;
                    }
                }
                false
            }
            Instr::LoadConst(i) => match self
                .programs
                .get(frame.code.program as usize)
                .and_then(|l| l.consts.get(frame.code.index as usize))
                .and_then(|c| c.get(i as usize))
            {
                Some(v) => {
                    frame.stack.push(*v);
                    true
                }
                None => false,
            },
            Instr::Jump(target) => {
                frame.pc = target;
                true
            }
            Instr::PopJumpIfFalse(target) => Vm::quick_jump(frame, target, false),
            Instr::PopJumpIfTrue(target) => Vm::quick_jump(frame, target, true),
            Instr::BinaryOp(op) | Instr::InplaceOp(op) => Vm::quick_binary(frame, op),
            Instr::PopTop => frame.stack.pop().is_some(),
            Instr::LoadGlobal(n) => self.quick_load_global(frame, n),
            Instr::LoadAttr(n) => self.quick_load_attr(frame, n),
            Instr::StoreAttr(n) => self.quick_store_attr(frame, n),
            Instr::LoadMethod(n) => self.quick_load_method(frame, n),
            Instr::ForIter(target) => self.quick_for_iter(frame, target),
            Instr::BinarySubscr => self.quick_subscr(frame),
            Instr::StoreSubscr => self.quick_store_subscr(frame),
            Instr::UnpackSequence(n) => self.quick_unpack(frame, n),
            Instr::CompareOp(op) => Vm::quick_compare(frame, op),
            _ => false,
        }
    }

    /// `LoadGlobal`: the module's global, else the builtin (what
    /// [`Vm::load_global`] does; a missing name is `step`'s `NameError`).
    #[inline(always)]
    fn quick_load_global(&self, frame: &mut PyFrame, n: u32) -> bool {
        let sym = self.symbol(frame.code, n);
        match self
            .module_get(frame.globals, sym)
            .or_else(|| self.module_get(self.builtins, sym))
        {
            Some(v) => {
                frame.stack.push(v);
                true
            }
            None => false,
        }
    }

    /// `obj.name` read from the instance's own attributes ([`Vm::instance_attr_fast`]).
    #[inline(always)]
    fn quick_load_attr(&mut self, frame: &mut PyFrame, n: u32) -> bool {
        let Some(&obj) = frame.stack.last() else {
            return false;
        };
        let name = self.symbol(frame.code, n);
        let Some(v) = self.instance_attr_fast(obj, name) else {
            return false;
        };
        if let Some(top) = frame.stack.last_mut() {
            *top = v;
        }
        true
    }

    /// `obj.name = value` into the instance's own attributes ([`Vm::set_instance_attr_fast`]).
    #[inline(always)]
    fn quick_store_attr(&mut self, frame: &mut PyFrame, n: u32) -> bool {
        let [.., value, obj] = frame.stack.as_slice() else {
            return false;
        };
        let (value, obj) = (*value, *obj);
        let name = self.symbol(frame.code, n);
        if !self.set_instance_attr_fast(obj, name, value) {
            return false;
        }
        frame.stack.truncate(frame.stack.len() - 2);
        true
    }

    /// `obj.name` for a call, when it is a Python function found on the
    /// class ([`Vm::instance_method_fast`]): pushes `(function, obj)` without
    /// making a bound method.
    #[inline(always)]
    fn quick_load_method(&mut self, frame: &mut PyFrame, n: u32) -> bool {
        let Some(&obj) = frame.stack.last() else {
            return false;
        };
        let name = self.symbol(frame.code, n);
        let Some(function) = self.instance_method_fast(obj, name) else {
            return false;
        };
        if let Some(top) = frame.stack.last_mut() {
            *top = function;
        }
        frame.stack.push(obj);
        true
    }

    /// `for` over a range or a list/tuple iterator ([`Vm::next_range_or_seq`]).
    #[inline(always)]
    fn quick_for_iter(&mut self, frame: &mut PyFrame, target: u32) -> bool {
        let Some(Value::Obj(id)) = frame.stack.last() else {
            return false;
        };
        match self.next_range_or_seq(*id) {
            Some(Next::Item(v)) => frame.stack.push(v),
            Some(_) => {
                frame.stack.pop();
                frame.pc = target;
            }
            None => return false,
        }
        true
    }

    /// The index `i` into a sequence of `len` items (negative from the end), if in range.
    #[inline(always)]
    fn quick_index(i: i64, len: usize) -> Option<usize> {
        let i = if i < 0 { i.checked_add(len as i64)? } else { i };
        usize::try_from(i).ok().filter(|&i| i < len)
    }

    /// `seq[i]` for a plain list or tuple and an in-range int (every other
    /// case, errors included, is `step`'s).
    #[inline(always)]
    fn quick_subscr(&self, frame: &mut PyFrame) -> bool {
        let Some((Value::Obj(id), Value::Int(i))) = Vm::top_two(frame) else {
            return false;
        };
        let item = match self.heap.get_plain(id) {
            Some(Object::List(items) | Object::Tuple(items)) => {
                Vm::quick_index(i, items.len()).and_then(|i| items.get(i).copied())
            }
            _ => None,
        };
        match item {
            Some(v) => Vm::replace_two(frame, v),
            None => false,
        }
    }

    /// `list[i] = value` for a plain list and an in-range int.
    #[inline(always)]
    fn quick_store_subscr(&mut self, frame: &mut PyFrame) -> bool {
        let [.., value, Value::Obj(id), Value::Int(i)] = frame.stack.as_slice() else {
            return false;
        };
        let (value, id, i) = (*value, *id, *i);
        let Some(Object::List(items)) = self.heap.get_plain_mut(id) else {
            return false;
        };
        let Some(slot) = Vm::quick_index(i, items.len()).and_then(|i| items.get_mut(i)) else {
            return false;
        };
        *slot = value;
        frame.stack.truncate(frame.stack.len() - 3);
        true
    }

    /// `a, b = t` for a plain tuple or list of exactly `n` items.
    #[inline(always)]
    fn quick_unpack(&self, frame: &mut PyFrame, n: u32) -> bool {
        let Some(Value::Obj(id)) = frame.stack.last() else {
            return false;
        };
        let items = match self.heap.get_plain(*id) {
            Some(Object::Tuple(items) | Object::List(items)) if items.len() == n as usize => items,
            _ => return false,
        };
        frame.stack.pop();
        frame.stack.extend(items.iter().rev());
        true
    }

    /// A conditional jump on a bool, int or None (anything else may call `__bool__`).
    #[inline(always)]
    fn quick_jump(frame: &mut PyFrame, target: u32, jump_if: bool) -> bool {
        let truth = match frame.stack.last() {
            Some(Value::Bool(b)) => *b,
            Some(Value::Int(i)) => *i != 0,
            Some(Value::None) => false,
            _ => return false,
        };
        frame.stack.pop();
        if truth == jump_if {
            frame.pc = target;
        }
        true
    }

    /// The two operands on top of the stack, if both are immediate numbers.
    #[inline(always)]
    fn top_two(frame: &PyFrame) -> Option<(Value, Value)> {
        match frame.stack.as_slice() {
            [.., a, b] => Some((*a, *b)),
            _ => None,
        }
    }

    /// Replaces the two operands by `result`.
    #[inline(always)]
    fn replace_two(frame: &mut PyFrame, result: Value) -> bool {
        frame.stack.pop();
        if let Some(top) = frame.stack.last_mut() {
            *top = result;
        }
        true
    }

    /// `+ - *` on machine ints (declining on overflow: `step` goes big) and on floats.
    #[inline(always)]
    fn quick_binary(frame: &mut PyFrame, op: BinOp) -> bool {
        let result = match Vm::top_two(frame) {
            Some((Value::Int(a), Value::Int(b))) => match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::Mul => a.checked_mul(b),
                _ => None,
            }
            .map(Value::Int),
            Some((Value::Float(a), Value::Float(b))) => Vm::float_op(op, a, b),
            // An int operand is converted like CPython's `PyLong_AsDouble`
            // (round half to even), which `as` also does for every i64.
            #[expect(clippy::cast_precision_loss, reason = "CPython rounds the same way")]
            Some((Value::Int(a), Value::Float(b))) => Vm::float_op(op, a as f64, b),
            #[expect(clippy::cast_precision_loss, reason = "CPython rounds the same way")]
            Some((Value::Float(a), Value::Int(b))) => Vm::float_op(op, a, b as f64),
            _ => None,
        };
        match result {
            Some(v) => Vm::replace_two(frame, v),
            None => false,
        }
    }

    /// `+ - *` on floats.
    #[inline(always)]
    fn float_op(op: BinOp, a: f64, b: f64) -> Option<Value> {
        match op {
            BinOp::Add => Some(a + b),
            BinOp::Sub => Some(a - b),
            BinOp::Mul => Some(a * b),
            _ => None,
        }
        // A NaN result takes the slow path, which gives it its own identity.
        .filter(|r| !r.is_nan())
        .map(Value::Float)
    }

    /// Comparisons of machine ints and floats (an int is compared with a
    /// float only when it converts exactly; CPython compares exactly).
    #[inline(always)]
    fn quick_compare(frame: &mut PyFrame, op: CmpOp) -> bool {
        let result = match Vm::top_two(frame) {
            Some((Value::Int(a), Value::Int(b))) => Vm::ordered(op, a.cmp(&b)),
            Some((Value::Float(a), Value::Float(b))) => Vm::float_compare(op, a, b),
            Some((Value::Int(a), Value::Float(b))) => match Vm::exact_f64(a) {
                Some(a) => Vm::float_compare(op, a, b),
                None => return false,
            },
            Some((Value::Float(a), Value::Int(b))) => match Vm::exact_f64(b) {
                Some(b) => Vm::float_compare(op, a, b),
                None => return false,
            },
            _ => return false,
        };
        Vm::replace_two(frame, Value::Bool(result))
    }

    /// `i` as a float, if that is exact.
    #[inline(always)]
    fn exact_f64(i: i64) -> Option<f64> {
        const EXACT: i64 = 1 << f64::MANTISSA_DIGITS;
        #[expect(clippy::cast_precision_loss, reason = "exact below 2**53")]
        (-EXACT..=EXACT).contains(&i).then_some(i as f64)
    }

    /// A comparison on floats, NaN included (every order test is false, `!=` true).
    #[inline(always)]
    #[expect(clippy::float_cmp, reason = "Python's float equality is exact")]
    fn float_compare(op: CmpOp, a: f64, b: f64) -> bool {
        match op {
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }
    }

    /// A comparison given the operands' order.
    #[inline(always)]
    fn ordered(op: CmpOp, order: std::cmp::Ordering) -> bool {
        match op {
            CmpOp::Lt => order.is_lt(),
            CmpOp::Le => order.is_le(),
            CmpOp::Eq => order.is_eq(),
            CmpOp::Ne => order.is_ne(),
            CmpOp::Gt => order.is_gt(),
            CmpOp::Ge => order.is_ge(),
        }
    }
}
