//! The native jinja2 renderer's instructions beyond output and control flow
//! (`jinja_render.rs`): names, lookups, calls, filters, tests, operators,
//! loops, blocks and inheritance.

use std::sync::Arc;

use super::jinja_filters;
use super::jinja_ir::{LoopAttr, Op};
use super::jinja_render::{helper, After, Flow, Loop, Render};
use super::jinja_values as values;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// A call's positional and keyword arguments.
type CallArgs = (Vec<Value>, Vec<(crate::value::symbol::Symbol, Value)>);

fn internal(what: &str) -> RunError {
    RunError::internal(format!("render: {what}"))
}

impl Render {
    /// Pushes slot `slot`, resolving its name from the context the first time.
    pub(super) fn load(&mut self, vm: &mut Vm, slot: u32) -> RunResult<Flow> {
        let frame = self.frame()?;
        if let Some(Some(v)) = frame.slots.get(slot as usize) {
            let v = *v;
            self.stack.push(v);
            return Ok(Flow::Next);
        }
        let tmpl = Arc::clone(&frame.tmpl);
        let func = frame.func;
        let name = tmpl
            .funcs
            .get(func as usize)
            .and_then(|f| f.slots.get(slot as usize))
            .ok_or_else(|| internal("slot"))?;
        let ctx = self.ctx()?;
        let found = match ctx.vars.iter().find(|(n, _)| **n == *name.name) {
            Some((_, v)) => Some(*v),
            None => ctx
                .parent
                .iter()
                .find_map(|d| values::dict_get_str(vm, *d, &name.name, name.hash)),
        };
        if let Some(v) = found {
            if let Some(s) = self.frame()?.slots.get_mut(slot as usize) {
                *s = Some(v);
            }
            self.stack.push(v);
            return Ok(Flow::Next);
        }
        let key = vm.new_str(name.name.to_string());
        self.call_helper(
            helper::UNDEFINED_NAME,
            vec![self.env, key],
            After::Cache(slot),
        )
    }

    /// The instructions `step` leaves to this file.
    pub(super) fn step_more(&mut self, vm: &mut Vm, op: Op) -> RunResult<Flow> {
        match op {
            Op::GetAttr(c) => self.getattr(vm, c),
            Op::GetItem => {
                let arg = self.pop()?;
                let obj = self.pop()?;
                if let Some(v) = values::getitem(vm, obj, arg)? {
                    self.stack.push(v);
                    return Ok(Flow::Next);
                }
                self.call_helper(helper::GETITEM, vec![self.env, obj, arg], After::Push)
            }
            Op::Call(npos, kw) => {
                let (positional, keywords) = self.call_args(vm, npos, kw)?;
                let callee = self.pop()?;
                self.after = After::Push;
                Ok(Flow::Call(
                    callee,
                    Args {
                        positional,
                        keywords,
                    },
                ))
            }
            Op::Filter(index, packed) => self.filter(vm, index, packed, false),
            Op::Test(index, packed) => self.filter(vm, index, packed, true),
            Op::Binary(kind) => {
                let b = self.pop()?;
                let a = self.pop()?;
                if let Some(v) = values::binary(vm, kind, a, b) {
                    self.stack.push(v);
                    return Ok(Flow::Next);
                }
                self.call_helper(helper::BINARY + kind as usize, vec![a, b], After::Push)
            }
            Op::Unary(neg) => {
                let v = self.pop()?;
                if let Some(r) = values::unary(neg, v) {
                    self.stack.push(r);
                    return Ok(Flow::Next);
                }
                let h = if neg { helper::NEG } else { helper::POS };
                self.call_helper(h, vec![v], After::Push)
            }
            Op::Compare(kind) => {
                let b = self.pop()?;
                let a = self.pop()?;
                if let Some(r) = values::compare(vm, kind, a, b)? {
                    self.stack.push(Value::Bool(r));
                    return Ok(Flow::Next);
                }
                let args = if kind == super::jinja_ir::CmpKind::In {
                    vec![b, a]
                } else {
                    vec![a, b]
                };
                self.call_helper(helper::COMPARE + kind as usize, args, After::Push)
            }
            Op::Concat(n, autoescape) => {
                let items = self.pop_n(n as usize)?;
                let markup = self.helper(helper::MARKUP)?;
                if let Some(v) = values::concat(vm, &items, autoescape, markup) {
                    self.stack.push(v);
                    return Ok(Flow::Next);
                }
                let tuple = vm.new_tuple(items);
                let h = if autoescape {
                    helper::MARKUP_JOIN
                } else {
                    helper::STR_JOIN
                };
                self.call_helper(h, vec![tuple], After::Push)
            }
            Op::BuildList(n) | Op::BuildTuple(n) => {
                let items = self.pop_n(n as usize)?;
                let v = if matches!(op, Op::BuildList(_)) {
                    vm.new_list(items)
                } else {
                    vm.new_tuple(items)
                };
                self.stack.push(v);
                Ok(Flow::Next)
            }
            Op::Undefined(c) => {
                let hint = self.constant(c)?;
                // jinja2's `cond_expr_undefined`: the plain class, whatever the environment's
                self.call_helper(helper::UNDEFINED, vec![hint], After::Push)
            }
            Op::Unpack(n) => self.unpack(vm, n),
            Op::Swap | Op::ListAppend | Op::BuildSlice | Op::BuildDict(_) => {
                self.step_stack(vm, op)
            }
            _ => self.step_flow(vm, op),
        }
    }

    /// Stack shuffles, list appends and slices.
    fn step_stack(&mut self, vm: &mut Vm, op: Op) -> RunResult<Flow> {
        match op {
            Op::Swap => {
                let b = self.pop()?;
                let a = self.pop()?;
                self.stack.push(b);
                self.stack.push(a);
                Ok(Flow::Next)
            }
            Op::ListAppend => {
                let v = self.pop()?;
                let list = self.stack.last().and_then(|l| l.as_obj());
                if let Some(Object::List(items)) = list.and_then(|id| vm.heap.get_mut(id)) {
                    items.push(v);
                }
                Ok(Flow::Next)
            }
            Op::BuildSlice => {
                let parts = self.pop_n(3)?;
                let [lower, upper, stride] = parts.as_slice() else {
                    return Err(internal("slice"));
                };
                let slice = crate::value::iter::Slice {
                    start: *lower,
                    stop: *upper,
                    step: *stride,
                };
                let id = vm.heap.alloc(Object::Slice(slice));
                self.stack.push(Value::Obj(id));
                Ok(Flow::Next)
            }
            Op::BuildDict(n) => {
                let items = self.pop_n(2 * n as usize)?;
                let d = vm.new_dict();
                for pair in items.chunks(2) {
                    if let [k, v] = pair {
                        vm.dict_set(d, *k, *v)?;
                    }
                }
                self.stack.push(d);
                Ok(Flow::Next)
            }
            _ => Err(internal("instruction")),
        }
    }

    /// `obj.name`: an exact dict answers natively; everything else goes to
    /// `env_getattr` (getattr, then getitem, then undefined).
    fn getattr(&mut self, vm: &mut Vm, c: u32) -> RunResult<Flow> {
        let obj = self.pop()?;
        let name = self.constant(c)?;
        let key = self
            .frames
            .last()
            .and_then(|f| f.tmpl.const_keys.get(c as usize).copied().flatten());
        if let (Some(id), Some(key)) = (obj.as_obj(), key) {
            if key.plain && values::is_exact_dict(vm, id) {
                let found = values::str_text(vm, name)
                    .and_then(|text| values::dict_get_str(vm, id, text, key.hash));
                return Ok(match found {
                    Some(v) => {
                        self.stack.push(v);
                        Flow::Next
                    }
                    None => self.call_helper(
                        helper::UNDEFINED_ATTR,
                        vec![self.env, obj, name],
                        After::Push,
                    )?,
                });
            }
        }
        self.call_helper(helper::GETATTR, vec![self.env, obj, name], After::Push)
    }

    /// Pops a call's arguments: `npos` positional, then the keywords named by
    /// the tuple constant `kw`.
    fn call_args(&mut self, vm: &mut Vm, npos: u32, kw: u32) -> RunResult<CallArgs> {
        let names = self.constant(kw)?;
        let nkw = match names.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Tuple(items)) => items.len(),
            _ => 0,
        };
        if nkw == 0 {
            return Ok((self.pop_n(npos as usize)?, Vec::new()));
        }
        let kwvals = self.pop_n(nkw)?;
        let positional = self.pop_n(npos as usize)?;
        let mut keywords = Vec::with_capacity(nkw);
        for (i, v) in kwvals.into_iter().enumerate() {
            let Some(Object::Tuple(items)) = names.as_obj().map(|id| vm.heap.get(id)) else {
                break;
            };
            let Some(Object::Str(name)) = items
                .get(i)
                .and_then(|n| n.as_obj())
                .map(|id| vm.heap.get(id))
            else {
                return Err(internal("keyword name"));
            };
            keywords.push((vm.interner.intern(name.as_str()), v));
        }
        Ok((positional, keywords))
    }

    /// A filter (or test) call: natively when the builtin handles the
    /// values, else the Python callable with its prefix argument.
    fn filter(&mut self, vm: &mut Vm, index: u32, packed: u32, test: bool) -> RunResult<Flow> {
        let npos = (packed >> 16) as usize;
        if self.keyword_count(vm, packed & 0xffff)? == 0 {
            if let Some(v) = self.native_filter(vm, index, npos, test)? {
                let at = self.stack.len() - npos - 1;
                self.stack.truncate(at);
                self.stack.push(v);
                return Ok(Flow::Next);
            }
        }
        let (positional, keywords) = self.call_args(vm, npos as u32, packed & 0xffff)?;
        let value = self.pop()?;
        let frame = self.frames.last().ok_or_else(|| internal("frame"))?;
        let table = if test {
            &frame.tmpl.tests
        } else {
            &frame.tmpl.filters
        };
        let entry = table
            .get(index as usize)
            .ok_or_else(|| internal("filter"))?;
        let mut args = Vec::with_capacity(positional.len() + 2);
        args.extend(entry.prefix);
        args.push(value);
        args.extend(positional);
        self.after = After::Push;
        Ok(Flow::Call(
            entry.func,
            Args {
                positional: args,
                keywords,
            },
        ))
    }

    /// The number of keyword names in the tuple constant `kw`.
    fn keyword_count(&self, vm: &Vm, kw: u32) -> RunResult<usize> {
        let names = self.constant(kw)?;
        Ok(match names.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Tuple(items)) => items.len(),
            _ => 0,
        })
    }

    /// The builtin filter (test) `index` run natively on the value and the
    /// `npos` arguments on top of the stack (left there), or `None`.
    fn native_filter(
        &self,
        vm: &mut Vm,
        index: u32,
        npos: usize,
        test: bool,
    ) -> RunResult<Option<Value>> {
        let frame = self.frames.last().ok_or_else(|| internal("frame"))?;
        let tmpl = &frame.tmpl;
        let table = if test { &tmpl.tests } else { &tmpl.filters };
        let entry = table
            .get(index as usize)
            .ok_or_else(|| internal("filter"))?;
        let Some(name) = entry.native.as_deref() else {
            return Ok(None);
        };
        let at = self
            .stack
            .len()
            .checked_sub(npos + 1)
            .ok_or_else(|| internal("stack underflow"))?;
        let call = jinja_filters::Call {
            name,
            value: self.stack[at],
            args: &self.stack[at + 1..],
            keywords: &[],
            prefix: entry.prefix,
            autoescape: tmpl.autoescape,
            helpers: &tmpl.helpers,
        };
        if test {
            Ok(jinja_filters::test(vm, &call)?.map(Value::Bool))
        } else {
            jinja_filters::filter(vm, &call)
        }
    }

    /// `a, b = value`: a list or tuple of the right length natively, else
    /// `native_unpack` makes the tuple (or raises) and this runs again.
    fn unpack(&mut self, vm: &mut Vm, n: u32) -> RunResult<Flow> {
        let seq = self.pop()?;
        if let Some(items) = values::seq_items(vm, seq).filter(|i| i.len() == n as usize) {
            self.stack.extend(items.iter().rev());
            return Ok(Flow::Next);
        }
        self.redo()?;
        self.call_helper(
            helper::UNPACK,
            vec![seq, Value::Int(i64::from(n))],
            After::Push,
        )
    }

    /// Loops, blocks, inheritance, captures and returns.
    fn step_flow(&mut self, vm: &mut Vm, op: Op) -> RunResult<Flow> {
        match op {
            Op::ForStart(l, otherwise) => {
                let seq = self.pop()?;
                let Some(items) = values::seq_items(vm, seq).map(<[Value]>::to_vec) else {
                    self.redo()?;
                    return self.call_helper(helper::LIST, vec![seq], After::Push);
                };
                if items.is_empty() {
                    return self.jump(otherwise);
                }
                let frame = self.frame()?;
                frame.loops.truncate(l as usize);
                frame.loops.push(Loop { items, next: 0 });
                Ok(Flow::Next)
            }
            Op::ForNext(l, end) => {
                let frame = self.frame()?;
                let lp = frame
                    .loops
                    .get_mut(l as usize)
                    .ok_or_else(|| internal("loop"))?;
                match lp.items.get(lp.next).copied() {
                    Some(item) => {
                        lp.next += 1;
                        self.stack.push(item);
                        Ok(Flow::Next)
                    }
                    None => self.jump(end),
                }
            }
            Op::ForEnd(l) => {
                self.frame()?.loops.truncate(l as usize);
                Ok(Flow::Next)
            }
            Op::LoopAttr(l, attr) => self.loop_attr(vm, l, attr),
            Op::LoopCycle(l, n) => {
                let items = self.pop_n(n as usize)?;
                let frame = self.frame()?;
                let lp = frame
                    .loops
                    .get(l as usize)
                    .ok_or_else(|| internal("loop"))?;
                let i = lp.next.saturating_sub(1) % items.len().max(1);
                let v = items.get(i).copied().ok_or_else(|| internal("cycle"))?;
                self.stack.push(v);
                Ok(Flow::Next)
            }
            _ => self.step_blocks(vm, op),
        }
    }

    /// `loop.<attr>` of loop `l`.
    fn loop_attr(&mut self, vm: &mut Vm, l: u32, attr: LoopAttr) -> RunResult<Flow> {
        let frame = self.frame()?;
        let lp = frame
            .loops
            .get(l as usize)
            .ok_or_else(|| internal("loop"))?;
        let i = lp.next.saturating_sub(1);
        let n = lp.items.len();
        let int = |x: usize| Value::Int(i64::try_from(x).unwrap_or(i64::MAX));
        let v = match attr {
            LoopAttr::Index => int(i + 1),
            LoopAttr::Index0 => int(i),
            LoopAttr::Revindex => int(n - i),
            LoopAttr::Revindex0 => int(n - i - 1),
            LoopAttr::First => Value::Bool(i == 0),
            LoopAttr::Last => Value::Bool(i + 1 == n),
            LoopAttr::Length => int(n),
            LoopAttr::Depth => Value::Int(1),
            LoopAttr::Depth0 => Value::Int(0),
            LoopAttr::Previtem | LoopAttr::Nextitem => {
                let previous = attr == LoopAttr::Previtem;
                let near = if previous {
                    i.checked_sub(1).and_then(|j| lp.items.get(j))
                } else {
                    lp.items.get(i + 1)
                };
                if let Some(v) = near.copied() {
                    v
                } else {
                    let hint = if previous {
                        "there is no previous item"
                    } else {
                        "there is no next item"
                    };
                    let hint = vm.new_str(hint.to_owned());
                    return self.call_helper(helper::UNDEFINED, vec![hint], After::Push);
                }
            }
        };
        self.stack.push(v);
        Ok(Flow::Next)
    }
}
