//! The iterator protocol: `iter()`, one step of `next()`, unpacking.

use super::call::{Args, Called};
use super::frame::{GenMode, Pending};
use super::vm::Vm;
use crate::exc::{ops, RunError, RunResult};
use crate::value::iter::{DictView, Iter};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// One step of an iterator.
pub(crate) enum Next {
    /// The next item.
    Item(Value),
    /// Exhausted.
    Done,
    /// Python code is running to produce it (delivered as `Pending`).
    Pushed,
    /// Producing it called a host function: the run pauses (the item is the reply).
    Host(crate::host::HostCall),
}

impl Vm {
    /// `iter(value)`.
    pub(crate) fn get_iter(&mut self, value: Value) -> RunResult<Value> {
        if let Some(it) = self.subclass_dunder(value, "__iter__", &[])? {
            return Ok(it);
        }
        let Value::Obj(id) = value else {
            return Err(ops::not_iterable(&self.type_name(value)));
        };
        let iter = match self.heap.get(id) {
            Object::List(_) | Object::Tuple(_) => Iter::Seq { seq: id, index: 0 },
            Object::Str(_) => Iter::Str {
                text: id,
                offset: 0,
            },
            Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_) => Iter::Values {
                items: self
                    .buffer(value)
                    .unwrap_or_default()
                    .iter()
                    .map(|x| Value::Int(i64::from(*x)))
                    .collect(),
                index: 0,
            },
            Object::BigRange(r) => {
                Iter::BigRange(Box::new(crate::value::big_range::BigRangeIter {
                    next: r.start.clone(),
                    left: r.len(),
                    step: r.step.clone(),
                }))
            }
            Object::Range(r) => Iter::Range {
                next: r.start,
                left: r.len(),
                step: r.step,
            },
            Object::Dict(d) => Iter::Dict {
                dict: id,
                index: 0,
                len: d.len(),
                view: DictView::Keys,
            },
            Object::DictView(dict, view) => {
                let (dict, view) = (*dict, *view);
                let view = if view == DictView::Proxy {
                    DictView::Keys
                } else {
                    view
                };
                let len = match self.heap.get(dict) {
                    Object::Dict(d) => d.len(),
                    _ => 0,
                };
                Iter::Dict {
                    dict,
                    index: 0,
                    len,
                    view,
                }
            }
            Object::Set(s) | Object::FrozenSet(s) => Iter::Set {
                set: id,
                index: 0,
                len: s.len(),
            },
            Object::Generator(g) if g.kind != crate::compile::code::GenKind::Generator => {
                return Err(ops::not_iterable(&self.type_name(value)));
            }
            Object::Iter(_) | Object::Generator(_) => return Ok(value),
            Object::AsyncOp(op)
                if matches!(op.kind, crate::value::awaitable::AsyncOpKind::Await) =>
            {
                return Ok(value)
            }
            _ => return self.user_iter(value),
        };
        Ok(Value::Obj(self.heap.alloc(Object::Iter(iter))))
    }

    /// `iter()` of an instance: its `__iter__` (nested call).
    fn user_iter(&mut self, value: Value) -> RunResult<Value> {
        if let Some(f) = self.user_dunder(value, "__iter__") {
            let it = self.call_nested(f, vec![value])?;
            return match self.iter_result(it)? {
                Called::Value(it) => Ok(it),
                _ => Err(RunError::internal("iter result")),
            };
        }
        // Builtin types with an `__iter__` method (file objects).
        let name = self.interner.intern_static("__iter__");
        if let Some(f) = self.lookup_type_attr(self.type_of(value), name) {
            return self.call_nested(f, vec![value]);
        }
        if self.user_dunder(value, "__getitem__").is_some() {
            let it = Iter::GetItem {
                obj: value,
                index: 0,
                step: 1,
            };
            return Ok(Value::Obj(self.heap.alloc(Object::Iter(it))));
        }
        Err(ops::not_iterable(&self.type_name(value)))
    }

    /// The next item of a builtin iterator (`None`: exhausted).
    pub(crate) fn builtin_next(&mut self, id: ObjId) -> RunResult<Option<Value>> {
        if let Some(next) = self.next_range_or_seq(id) {
            return Ok(match next {
                Next::Item(v) => Some(v),
                _ => None,
            });
        }
        let Some(Object::Iter(iter)) = self.heap.get_mut(id) else {
            return Err(RunError::internal("builtin_next on a non-iterator"));
        };
        match iter {
            Iter::Values { items, index } => {
                let item = items.get(*index).copied();
                *index += 1;
                Ok(item)
            }
            // Dict and set iterators step their index in place (no copy of
            // the iterator object).
            &mut Iter::Dict {
                dict,
                index,
                len,
                view,
            } => {
                let (item, next) = self.dict_iter_next(dict, index, len, view)?;
                if let Some(Object::Iter(Iter::Dict { index, .. })) = self.heap.get_mut(id) {
                    *index = next;
                }
                Ok(item)
            }
            &mut Iter::Set { set, index, len } => {
                let (item, next) = self.set_iter_next(set, index, len)?;
                if let Some(Object::Iter(Iter::Set { index, .. })) = self.heap.get_mut(id) {
                    *index = next;
                }
                Ok(item)
            }
            _ => self.builtin_next_slow(id),
        }
    }

    /// The step of a range iterator or a list/tuple iterator (`Item` or
    /// `Done`); `None` for every other object. The instruction loop's
    /// quick path calls it too.
    #[inline]
    pub(crate) fn next_range_or_seq(&mut self, id: ObjId) -> Option<Next> {
        match self.heap.get_mut(id)? {
            Object::Iter(Iter::Range { next, left, step }) => {
                if *left <= 0 {
                    return Some(Next::Done);
                }
                let v = *next;
                *next = next.wrapping_add(*step);
                *left -= 1;
                Some(Next::Item(Value::Int(v)))
            }
            Object::Iter(Iter::Seq { seq, index }) => {
                let (seq, i) = (*seq, *index);
                let item = match self.heap.get(seq) {
                    Object::List(items) | Object::Tuple(items) => items.get(i).copied(),
                    _ => None,
                };
                if item.is_some() {
                    if let Some(Object::Iter(Iter::Seq { index, .. })) = self.heap.get_mut(id) {
                        *index += 1;
                    }
                }
                Some(item.map_or(Next::Done, Next::Item))
            }
            _ => None,
        }
    }

    fn builtin_next_slow(&mut self, id: ObjId) -> RunResult<Option<Value>> {
        let Object::Iter(iter) = self.heap.get(id).clone() else {
            return Err(RunError::internal("builtin_next on a non-iterator"));
        };
        let (item, new_state) = match iter {
            Iter::Str { text, offset } => {
                let Object::Str(s) = self.heap.get(text) else {
                    return Err(RunError::internal("str iterator over a non-str"));
                };
                match s
                    .as_str()
                    .get(offset..)
                    .and_then(|rest| rest.chars().next())
                {
                    Some(c) => {
                        let item = self.new_str(c.to_string());
                        (
                            Some(item),
                            Iter::Str {
                                text,
                                offset: offset + c.len_utf8(),
                            },
                        )
                    }
                    None => (None, Iter::Str { text, offset }),
                }
            }
            Iter::Reversed { seq, left } => {
                let item = left.checked_sub(1).and_then(|i| match self.heap.get(seq) {
                    Object::List(items) | Object::Tuple(items) => items.get(i).copied(),
                    _ => None,
                });
                (
                    item,
                    Iter::Reversed {
                        seq,
                        left: left.saturating_sub(1),
                    },
                )
            }
            Iter::Enumerate { inner, count } => match self.next_nested(inner)? {
                Some(v) => {
                    let item = self.new_tuple(vec![Value::Int(count), v]);
                    (
                        Some(item),
                        Iter::Enumerate {
                            inner,
                            count: count + 1,
                        },
                    )
                }
                None => (None, Iter::Enumerate { inner, count }),
            },
            Iter::Zip { inner, strict } => {
                let mut items = Vec::with_capacity(inner.len());
                for it in &inner {
                    match self.next_nested(*it)? {
                        Some(v) => items.push(v),
                        None => return self.zip_exhausted(id, items.len()).map(|_| None),
                    }
                }
                let item = if items.is_empty() {
                    None
                } else {
                    Some(self.new_tuple(items))
                };
                (item, Iter::Zip { inner, strict })
            }
            lazy @ (Iter::Map { .. }
            | Iter::Filter { .. }
            | Iter::GetItem { .. }
            | Iter::Callable { .. }) => return self.lazy_next_nested(id, lazy),
            Iter::BigRange(mut state) => {
                let item = state.step().map(|n| self.int_value(n));
                (item, Iter::BigRange(state))
            }
            other => (None, other),
        };
        if let Some(Object::Iter(slot)) = self.heap.get_mut(id) {
            *slot = new_state;
        }
        Ok(item)
    }

    /// One step over a set: the element and the iterator's next index.
    fn set_iter_next(
        &mut self,
        set: ObjId,
        index: usize,
        len: usize,
    ) -> RunResult<(Option<Value>, usize)> {
        let (Object::Set(s) | Object::FrozenSet(s)) = self.heap.get(set) else {
            return Err(RunError::internal("set iterator over a non-set"));
        };
        if s.len() != len {
            return Err(RunError::new(
                crate::exc::ExcKind::RuntimeError,
                "Set changed size during iteration",
            ));
        }
        Ok(match s.next_entry(index) {
            Some((slot, _, key)) => (Some(key), slot + 1),
            None => (None, index),
        })
    }

    /// One step over a dict view: the item and the iterator's next index.
    fn dict_iter_next(
        &mut self,
        dict: ObjId,
        index: usize,
        len: usize,
        view: DictView,
    ) -> RunResult<(Option<Value>, usize)> {
        let Object::Dict(d) = self.heap.get(dict) else {
            return Err(RunError::internal("dict iterator over a non-dict"));
        };
        if d.len() != len {
            return Err(RunError::new(
                crate::exc::ExcKind::RuntimeError,
                "dictionary changed size during iteration",
            ));
        }
        let Some((i, e)) = d.next_entry(index) else {
            return Ok((None, index));
        };
        let (k, v) = (e.key, e.value);
        let item = match view {
            DictView::Keys | DictView::Proxy => k,
            DictView::Values => v,
            DictView::Items => self.new_tuple(vec![k, v]),
        };
        Ok((Some(item), i + 1))
    }

    /// One step of any iterator, run to completion (nested run for generators).
    pub(crate) fn next_nested(&mut self, it: Value) -> RunResult<Option<Value>> {
        self.native_tick()?;
        if let Value::Obj(id) = it {
            match self.heap.get(id) {
                Object::Iter(_) => return self.builtin_next(id),
                Object::Generator(_) => {
                    return self.run_nested(|vm| {
                        vm.resume_generator(id, GenMode::Iter, Pending::Value(Value::None))
                    });
                }
                _ => {}
            }
        }
        let name = self.interner.intern_static("__next__");
        let Some(f) = self.lookup_type_attr(self.type_of(it), name) else {
            return Err(RunError::new(
                crate::exc::ExcKind::TypeError,
                format!("'{}' object is not an iterator", self.type_name(it)),
            ));
        };
        match self.call_nested(f, vec![it]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_stop_iteration(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// One step of any iterator; generators and `__next__` push frames (the
    /// current frame must be parked below).
    pub(crate) fn iter_next(&mut self, it: Value) -> RunResult<Next> {
        if let Value::Obj(id) = it {
            match self.heap.get(id) {
                Object::Iter(_) => {
                    if !self.iter_is_plain(id) {
                        return self.lazy_step(id, Vec::new());
                    }
                    return Ok(match self.builtin_next(id)? {
                        Some(v) => Next::Item(v),
                        None => Next::Done,
                    });
                }
                Object::Generator(_) => {
                    let called =
                        self.resume_generator(id, GenMode::Iter, Pending::Value(Value::None))?;
                    return Ok(Vm::next_of(called));
                }
                _ => {}
            }
        }
        let name = self.interner.intern_static("__next__");
        let Some(f) = self.lookup_type_attr(self.type_of(it), name) else {
            return Err(RunError::new(
                crate::exc::ExcKind::TypeError,
                format!("'{}' object is not an iterator", self.type_name(it)),
            ));
        };
        let called = self.call(f, Args::positional(vec![it]))?;
        Ok(Vm::next_of(called))
    }

    /// A step of a lazy iterator run to completion (nested calls).
    fn lazy_next_nested(&mut self, id: ObjId, state: Iter) -> RunResult<Option<Value>> {
        match state {
            Iter::Map { func, inner } => {
                let mut args = Vec::with_capacity(inner.len());
                for it in inner {
                    match self.next_nested(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_nested(func, args).map(Some)
            }
            Iter::Filter { func, inner } => {
                while let Some(v) = self.next_nested(inner)? {
                    let keep = if func == Value::None {
                        v
                    } else {
                        self.call_nested(func, vec![v])?
                    };
                    if self.truthy(keep)? {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            Iter::Callable { func, sentinel } => {
                if func == Value::None {
                    return Ok(None);
                }
                let v = self.call_nested(func, Vec::new());
                match v {
                    Ok(v) => match self.callable_item(id, v, sentinel)? {
                        Next::Item(v) => Ok(Some(v)),
                        _ => Ok(None),
                    },
                    Err(e) if self.is_stop_iteration(&e) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Iter::GetItem { obj, index, step } => {
                if index < 0 {
                    return Ok(None);
                }
                if let Some(Object::Iter(Iter::GetItem { index, .. })) = self.heap.get_mut(id) {
                    *index += step;
                }
                let key = Value::Int(index);
                match self.get_item(obj, key) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.ends_sequence(&e) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Ok(None),
        }
    }

    /// All items of an iterable, run to completion (nested run where needed).
    pub(crate) fn collect_values(&mut self, iterable: Value) -> RunResult<Vec<Value>> {
        if let Value::Obj(id) = iterable {
            match self.heap.get(id) {
                Object::List(items) | Object::Tuple(items)
                    if !self.subclass_defines(iterable, "__iter__") =>
                {
                    return Ok(items.clone())
                }
                _ => {}
            }
        }
        let it = self.get_iter(iterable)?;
        let mut items = Vec::new();
        while let Some(v) = self.next_nested(it)? {
            items.push(v);
            if items
                .len()
                .is_multiple_of(crate::limits::CHECK_EVERY as usize)
            {
                // The items are not on the heap yet: count them against the limit.
                self.reserve(items.len() * std::mem::size_of::<Value>())?;
            }
        }
        Ok(items)
    }

    /// `a, b, *c = seq`: `before` targets, then (with a star) a list and `after` more.
    pub(crate) fn unpack(
        &mut self,
        seq: Value,
        before: usize,
        after: Option<usize>,
    ) -> RunResult<Vec<Value>> {
        let is_iterable = match seq {
            // A class unpacks when its metaclass iterates (`A, B = SomeEnum`).
            Value::Obj(id) if matches!(self.heap.get(id), Object::Class(_)) => {
                self.meta_dunder(seq, "__iter__").is_some()
            }
            Value::Obj(id) => !matches!(
                self.heap.get(id),
                Object::Function(_) | Object::Builtin(_) | Object::BigInt(_)
            ),
            _ => false,
        };
        if !is_iterable {
            return Err(ops::cannot_unpack(&self.type_name(seq)));
        }
        let items = self.collect_values(seq)?;
        self.unpack_items(items, before, after)
    }

    /// Checks the count of unpacked `items` against the targets; with a star,
    /// the middle becomes a list.
    pub(crate) fn unpack_items(
        &mut self,
        items: Vec<Value>,
        before: usize,
        after: Option<usize>,
    ) -> RunResult<Vec<Value>> {
        match after {
            None => {
                if items.len() > before {
                    return Err(ops::too_many_to_unpack(before));
                }
                if items.len() < before {
                    return Err(ops::not_enough_to_unpack(before, items.len()));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    let msg = format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    );
                    return Err(RunError::new(crate::exc::ExcKind::ValueError, msg));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                let mut out = items;
                out.push(self.new_list(middle));
                out.extend(tail);
                Ok(out)
            }
        }
    }
}
