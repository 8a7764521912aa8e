//! Subscripts: `obj[key]`, `obj[key] = v`, `del obj[key]`, slices.

use num_traits::ToPrimitive;

use super::arith::Num;
use super::vm::Vm;
use crate::exc::{lookup, ops, ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// Resolved slice bounds over a sequence of a given length.
pub(crate) struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SliceIndices {
    /// The selected indexes, in order.
    pub(crate) fn indexes(&self) -> impl Iterator<Item = usize> + '_ {
        let mut i = self.start;
        std::iter::from_fn(move || {
            let more = if self.step > 0 {
                i < self.stop
            } else {
                i > self.stop
            };
            if !more {
                return None;
            }
            let current = i;
            i += self.step;
            Some(current as usize)
        })
    }
}

impl Vm {
    /// An index operand as `i64` (`None` if it is not an int).
    pub(crate) fn index_value(&self, v: Value) -> Option<i64> {
        match self.num(v)? {
            Num::Int(i) => Some(i),
            Num::Big(b) => Some(
                b.to_i64()
                    .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN
                    } else {
                        i64::MAX
                    }),
            ),
            Num::Float(_) => None,
        }
    }

    /// `slice.indices(len)` with CPython's clamping.
    pub(crate) fn slice_indices(&self, slice: ObjId, len: usize) -> RunResult<SliceIndices> {
        let Object::Slice(s) = self.heap.get(slice) else {
            return Err(RunError::internal("expected a slice"));
        };
        let len = len as i64;
        let part = |v: Value| -> RunResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                other => self.index_value(other).map(Some).ok_or_else(|| {
                    RunError::new(
                        ExcKind::TypeError,
                        "slice indices must be integers or None or have an __index__ method",
                    )
                }),
            }
        };
        let step = part(s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(RunError::new(
                ExcKind::ValueError,
                "slice step cannot be zero",
            ));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: Option<i64>, default: i64| match v {
            None => default,
            Some(i) if i < 0 => (i.saturating_add(len)).max(lower),
            Some(i) => i.min(upper),
        };
        let first = clamp(part(s.start)?, if step < 0 { upper } else { lower });
        let last = clamp(part(s.stop)?, if step < 0 { lower } else { upper });
        Ok(SliceIndices {
            start: first,
            stop: last,
            step,
        })
    }

    /// Normalises a sequence index (negative from the end).
    fn seq_index(&self, key: Value, len: usize, what: &str) -> RunResult<usize> {
        let Some(i) = self.index_value(key) else {
            // `range object index out of range`, but `range indices must be ...`.
            let container = what.strip_suffix(" object").unwrap_or(what);
            return Err(ops::bad_index_type(container, &self.type_name(key)));
        };
        let i = if i < 0 {
            i.saturating_add(len as i64)
        } else {
            i
        };
        if i < 0 || i >= len as i64 {
            return Err(lookup::index_out_of_range(what));
        }
        Ok(i as usize)
    }

    /// `obj[key]`: a user `__getitem__` of a builtin subclass first.
    pub(crate) fn get_item(&mut self, obj: Value, key: Value) -> RunResult<Value> {
        match self.subclass_dunder(obj, "__getitem__", &[key])? {
            Some(v) => Ok(v),
            None => self.builtin_get_item(obj, key),
        }
    }

    /// `r[key]` for a range object `id`: an element or a sub-range.
    fn range_get_item(&mut self, id: ObjId, slice: Option<ObjId>, key: Value) -> RunResult<Value> {
        let r = match self.heap.get(id) {
            Object::Range(r) => *r,
            Object::BigRange(r) => {
                let r = (**r).clone();
                return crate::builtins::big_range_item(self, &r, key);
            }
            _ => return Err(RunError::internal("range_get_item on a non-range")),
        };
        let len = r.len() as usize;
        if let Some(s) = slice {
            let ix = self.slice_indices(s, len)?;
            let range = crate::value::iter::Range {
                start: r.at(ix.start),
                stop: r.at(ix.stop),
                step: r.step.saturating_mul(ix.step),
            };
            return Ok(Value::Obj(self.heap.alloc(Object::Range(range))));
        }
        let i = self.seq_index(key, len, "range object")?;
        Ok(Value::Int(r.at(i as i64)))
    }

    /// `obj[key]` for builtin containers (and `__getitem__` of user classes).
    fn builtin_get_item(&mut self, obj: Value, key: Value) -> RunResult<Value> {
        let Value::Obj(id) = obj else {
            return Err(ops::not_subscriptable(&self.type_name(obj)));
        };
        let key = self.index_key(obj, key)?;
        let slice = key
            .as_obj()
            .filter(|k| matches!(self.heap.get(*k), Object::Slice(_)));
        match self.heap.get(id) {
            Object::Re(_) => crate::stdlib::re::matchobj::getitem(self, id, key),
            Object::List(items) | Object::Tuple(items) => {
                let (len, is_list) = (items.len(), matches!(self.heap.get(id), Object::List(_)));
                if let Some(s) = slice {
                    let indices = self.slice_indices(s, len)?;
                    let picked: Vec<Value> = match self.heap.get(id) {
                        Object::List(items) | Object::Tuple(items) => indices
                            .indexes()
                            .filter_map(|i| items.get(i).copied())
                            .collect(),
                        _ => Vec::new(),
                    };
                    return Ok(if is_list {
                        self.new_list(picked)
                    } else {
                        self.new_tuple(picked)
                    });
                }
                let what = if is_list { "list" } else { "tuple" };
                let i = self.seq_index(key, len, what)?;
                match self.heap.get(id) {
                    Object::List(items) | Object::Tuple(items) => items
                        .get(i)
                        .copied()
                        .ok_or_else(|| lookup::index_out_of_range(what)),
                    _ => Err(RunError::internal("sequence vanished")),
                }
            }
            Object::Str(s) => {
                let len = s.char_len();
                if let Some(sl) = slice {
                    let indices = self.slice_indices(sl, len)?;
                    let Object::Str(s) = self.heap.get(id) else {
                        return Err(RunError::internal("str vanished"));
                    };
                    let text: String = if s.is_ascii() {
                        let bytes = s.as_str().as_bytes();
                        indices
                            .indexes()
                            .filter_map(|i| bytes.get(i).map(|b| char::from(*b)))
                            .collect()
                    } else if indices.step == 1 {
                        // A run of code points: one slice of the UTF-8 text.
                        let start = usize::try_from(indices.start).unwrap_or(0);
                        let stop = usize::try_from(indices.stop).unwrap_or(0).max(start);
                        let (from, to) = (s.byte_offset(start), s.byte_offset(stop));
                        s.as_str().get(from..to).unwrap_or_default().to_owned()
                    } else {
                        let chars: Vec<char> = s.as_str().chars().collect();
                        indices
                            .indexes()
                            .filter_map(|i| chars.get(i).copied())
                            .collect()
                    };
                    return Ok(self.new_str(text));
                }
                let i = self.seq_index(key, len, "string")?;
                let Object::Str(s) = self.heap.get(id) else {
                    return Err(RunError::internal("str vanished"));
                };
                let c = s
                    .char_at(i)
                    .ok_or_else(|| lookup::index_out_of_range("string"))?;
                Ok(self.new_str(c.to_string()))
            }
            Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_) => {
                self.bytes_get_item(obj, slice, key)
            }
            Object::Dict(_) => match self.dict_get(id, key)? {
                Some(v) => Ok(v),
                None => self.dict_missing(obj, key),
            },
            Object::DictView(dict, crate::value::iter::DictView::Proxy) => {
                let dict = *dict;
                match self.dict_get(dict, key)? {
                    Some(v) => Ok(v),
                    None => self.dict_missing(Value::Obj(dict), key),
                }
            }
            Object::Range(_) | Object::BigRange(_) => self.range_get_item(id, slice, key),
            Object::Instance(_) | Object::Class(_) => self.dunder_getitem(obj, key),
            _ => Err(ops::not_subscriptable(&self.type_name(obj))),
        }
    }

    fn dunder_getitem(&mut self, obj: Value, key: Value) -> RunResult<Value> {
        if let Some(class) = obj.as_obj().filter(|id| self.class(*id).is_some()) {
            return self.class_getitem(class, key);
        }
        let sym = self.interner.intern_static("__getitem__");
        if let Some(f) = self.lookup_type_attr(self.type_of(obj), sym) {
            self.call_nested(f, vec![obj, key])
        } else {
            let name = if matches!(
                obj.as_obj().map(|id| self.heap.get(id)),
                Some(Object::Class(_))
            ) {
                "type".to_owned()
            } else {
                self.type_name(obj)
            };
            Err(ops::not_subscriptable(&name))
        }
    }

    /// `obj[key] = value`.
    pub(crate) fn set_item(&mut self, obj: Value, key: Value, value: Value) -> RunResult<()> {
        let Value::Obj(id) = obj else {
            return Err(ops::no_item_assignment(&self.type_name(obj)));
        };
        if self
            .subclass_dunder(obj, "__setitem__", &[key, value])?
            .is_some()
        {
            return Ok(());
        }
        let key = self.index_key(obj, key)?;
        match self.heap.get(id) {
            Object::List(items) => {
                let len = items.len();
                if let Some(s) = key
                    .as_obj()
                    .filter(|k| matches!(self.heap.get(*k), Object::Slice(_)))
                {
                    return self.set_slice(id, s, len, value);
                }
                let i = self.seq_index(key, len, "list assignment")?;
                if let Some(Object::List(items)) = self.heap.get_mut(id) {
                    if let Some(slot) = items.get_mut(i) {
                        *slot = value;
                    }
                }
                Ok(())
            }
            Object::Dict(_) => self.dict_set(obj, key, value),
            Object::ByteArray(_) => self.bytearray_set_item(id, key, value),
            Object::Instance(_) => {
                let sym = self.interner.intern_static("__setitem__");
                match self.lookup_type_attr(self.type_of(obj), sym) {
                    Some(f) => self.call_nested(f, vec![obj, key, value]).map(|_| ()),
                    None => Err(ops::no_item_assignment(&self.type_name(obj))),
                }
            }
            _ => Err(ops::no_item_assignment(&self.type_name(obj))),
        }
    }

    fn set_slice(&mut self, list: ObjId, slice: ObjId, len: usize, value: Value) -> RunResult<()> {
        let indices = self.slice_indices(slice, len)?;
        let scalar = matches!(
            value,
            Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None
        ) || matches!(
            value.as_obj().map(|id| self.heap.get(id)),
            Some(Object::BigInt(_) | Object::Complex(..))
        );
        if scalar {
            return Err(RunError::new(
                ExcKind::TypeError,
                "can only assign an iterable",
            ));
        }
        let new_items = self.collect_values(value)?;
        let Some(Object::List(items)) = self.heap.get_mut(list) else {
            return Err(RunError::internal("list vanished"));
        };
        if indices.step == 1 {
            let start = indices.start.max(0) as usize;
            let stop = (indices.stop.max(indices.start)).max(0) as usize;
            items.splice(start.min(items.len())..stop.min(items.len()), new_items);
            return Ok(());
        }
        let targets: Vec<usize> = indices.indexes().collect();
        if targets.len() != new_items.len() {
            return Err(RunError::new(
                ExcKind::ValueError,
                format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new_items.len(),
                    targets.len()
                ),
            ));
        }
        for (i, v) in targets.into_iter().zip(new_items) {
            if let Some(slot) = items.get_mut(i) {
                *slot = v;
            }
        }
        Ok(())
    }

    /// `del obj[key]`.
    pub(crate) fn del_item(&mut self, obj: Value, key: Value) -> RunResult<()> {
        let Value::Obj(id) = obj else {
            return Err(ops::no_item_deletion(&self.type_name(obj)));
        };
        if self.subclass_dunder(obj, "__delitem__", &[key])?.is_some() {
            return Ok(());
        }
        let key = self.index_key(obj, key)?;
        match self.heap.get(id) {
            Object::List(items) => {
                let len = items.len();
                if let Some(s) = key
                    .as_obj()
                    .filter(|k| matches!(self.heap.get(*k), Object::Slice(_)))
                {
                    let indices = self.slice_indices(s, len)?;
                    let mut doomed: Vec<usize> = indices.indexes().collect();
                    doomed.sort_unstable();
                    if let Some(Object::List(items)) = self.heap.get_mut(id) {
                        for i in doomed.into_iter().rev() {
                            if i < items.len() {
                                items.remove(i);
                            }
                        }
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, len, "list assignment")?;
                if let Some(Object::List(items)) = self.heap.get_mut(id) {
                    items.remove(i);
                }
                Ok(())
            }
            Object::Dict(_) => match self.dict_remove(id, key)? {
                Some(_) => Ok(()),
                None => Err(lookup::key_error(key)),
            },
            Object::ByteArray(_) => self.bytearray_del_item(id, key),
            _ => Err(ops::no_item_deletion(&self.type_name(obj))),
        }
    }
}

impl Vm {
    /// `b[i]` (an int) or `b[slice]` (same type) of a bytes-like object.
    fn bytes_get_item(&mut self, obj: Value, slice: Option<ObjId>, key: Value) -> RunResult<Value> {
        let id = obj
            .as_obj()
            .ok_or_else(|| RunError::internal("bytes without handle"))?;
        let is_view = matches!(self.heap.get(id), Object::MemoryView(_));
        let data = self.buffer(obj).ok_or_else(|| {
            RunError::new(
                ExcKind::ValueError,
                "operation forbidden on released memoryview object",
            )
        })?;
        let len = data.len();
        if let Some(sl) = slice {
            let indices = self.slice_indices(sl, len)?;
            if is_view && indices.step == 1 {
                if let Object::MemoryView(m) = self.heap.get(id) {
                    let mut view = *m;
                    let start = m.start + indices.start.max(0) as usize;
                    view.stop =
                        (m.start + indices.stop.max(indices.start).max(0) as usize).max(start);
                    view.start = start;
                    return Ok(Value::Obj(self.heap.alloc(Object::MemoryView(view))));
                }
            }
            let data = self.buffer(obj).unwrap_or_default();
            let picked: Vec<u8> = indices
                .indexes()
                .filter_map(|i| data.get(i).copied())
                .collect();
            let kind = self
                .bytes_kind(obj)
                .unwrap_or(crate::value::bytes::BytesKind::Bytes);
            return Ok(self.new_bytes_of(kind, picked));
        }
        let what = match self.heap.get(id) {
            Object::Bytes(_) => "index",
            Object::ByteArray(_) => "bytearray",
            _ => "memoryview",
        };
        let Some(i) = self.index_value(key) else {
            let message = if is_view {
                "memoryview: invalid slice key".to_owned()
            } else {
                format!(
                    "byte indices must be integers or slices, not {}",
                    self.type_name(key)
                )
            };
            return Err(RunError::new(ExcKind::TypeError, message));
        };
        let i = if i < 0 {
            i.saturating_add(len as i64)
        } else {
            i
        };
        let data = self.buffer(obj).unwrap_or_default();
        match usize::try_from(i).ok().and_then(|i| data.get(i)) {
            Some(b) => Ok(Value::Int(i64::from(*b))),
            None if is_view => Err(RunError::new(
                ExcKind::IndexError,
                "index out of bounds on dimension 1",
            )),
            None if what == "index" => {
                Err(RunError::new(ExcKind::IndexError, "index out of range"))
            }
            None => Err(lookup::index_out_of_range(what)),
        }
    }

    /// The byte value of an item stored into a bytearray.
    fn byte_value(&self, v: Value) -> RunResult<u8> {
        let Some(i) = self.index_value(v) else {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ),
            ));
        };
        u8::try_from(i)
            .map_err(|_| RunError::new(ExcKind::ValueError, "byte must be in range(0, 256)"))
    }

    /// `bytearray[key] = value` (an int, or bytes-like / iterable of ints for a slice).
    fn bytearray_set_item(&mut self, id: ObjId, key: Value, value: Value) -> RunResult<()> {
        let len = self.buffer(Value::Obj(id)).map_or(0, <[u8]>::len);
        let slice = key
            .as_obj()
            .filter(|k| matches!(self.heap.get(*k), Object::Slice(_)));
        let Some(sl) = slice else {
            let Some(i) = self.index_value(key) else {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "bytearray indices must be integers or slices, not {}",
                        self.type_name(key)
                    ),
                ));
            };
            let i = if i < 0 {
                i.saturating_add(len as i64)
            } else {
                i
            };
            let byte = self.byte_value(value)?;
            return match (usize::try_from(i).ok(), self.heap.get_mut(id)) {
                (Some(i), Some(Object::ByteArray(b))) if i < b.len() => {
                    b[i] = byte;
                    Ok(())
                }
                _ => Err(lookup::index_out_of_range("bytearray")),
            };
        };
        let new: Vec<u8> = match self.buffer(value) {
            Some(b) => b.to_vec(),
            None if self.index_value(value).is_some() || self.str_value(value).is_some() => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            None => {
                let items = self.collect_values(value)?;
                items
                    .into_iter()
                    .map(|v| self.byte_value(v))
                    .collect::<RunResult<_>>()?
            }
        };
        let indices = self.slice_indices(sl, len)?;
        let targets: Vec<usize> = indices.indexes().collect();
        let Some(Object::ByteArray(b)) = self.heap.get_mut(id) else {
            return Err(RunError::internal("bytearray vanished"));
        };
        if indices.step == 1 {
            let start = (indices.start.max(0) as usize).min(b.len());
            let stop = (indices.stop.max(indices.start).max(0) as usize).min(b.len());
            b.splice(start..stop, new);
            return Ok(());
        }
        if targets.len() != new.len() {
            return Err(RunError::new(
                ExcKind::ValueError,
                format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    targets.len()
                ),
            ));
        }
        for (i, v) in targets.into_iter().zip(new) {
            if let Some(slot) = b.get_mut(i) {
                *slot = v;
            }
        }
        Ok(())
    }

    /// `del bytearray[key]`.
    fn bytearray_del_item(&mut self, id: ObjId, key: Value) -> RunResult<()> {
        let len = self.buffer(Value::Obj(id)).map_or(0, <[u8]>::len);
        let mut doomed: Vec<usize> = match key
            .as_obj()
            .filter(|k| matches!(self.heap.get(*k), Object::Slice(_)))
        {
            Some(sl) => self.slice_indices(sl, len)?.indexes().collect(),
            None => vec![self.seq_index(key, len, "bytearray")?],
        };
        doomed.sort_unstable();
        if let Some(Object::ByteArray(b)) = self.heap.get_mut(id) {
            for i in doomed.into_iter().rev() {
                if i < b.len() {
                    b.remove(i);
                }
            }
        }
        Ok(())
    }
}
