//! Making and reading builtin objects: str, list, tuple, dict, slice,
//! constants; the dict operations that need key hashing and equality.

use super::frame::PyFrame;
use super::vm::Vm;
use crate::compile::code::{Const, Instr};
use crate::exc::{RunError, RunResult};
use crate::value::dict::Dict;
use crate::value::iter::Slice;
use crate::value::object::Object;
use crate::value::str::PyStr;
use crate::value::{ObjId, Value};

impl Vm {
    /// A new `str`.
    pub(crate) fn new_str(&mut self, text: String) -> Value {
        Value::Obj(self.heap.alloc(Object::Str(PyStr::new(text))))
    }

    /// A new `list`.
    pub(crate) fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Object::List(items)))
    }

    /// A new `tuple` (the shared empty tuple when `items` is empty).
    pub(crate) fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple);
        }
        Value::Obj(self.heap.alloc(Object::Tuple(items)))
    }

    /// A new empty `dict`.
    pub(crate) fn new_dict(&mut self) -> Value {
        Value::Obj(self.heap.alloc(Object::Dict(Dict::default())))
    }

    /// `BuildSlice`.
    pub(crate) fn new_slice(&mut self, parts: &[Value]) -> Value {
        let get = |i: usize| parts.get(i).copied().unwrap_or(Value::None);
        Value::Obj(self.heap.alloc(Object::Slice(Slice {
            start: get(0),
            stop: get(1),
            step: get(2),
        })))
    }

    /// The run-time value of a compile-time constant.
    pub(crate) fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => self.int_value(b.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Complex(im) => self.new_complex((0.0, *im)),
            Const::Str(s) => self.new_str(String::from(&**s)),
            Const::Bytes(b) => Value::Obj(self.heap.alloc(Object::Bytes(b.to_vec()))),
            Const::Ellipsis => Value::Obj(self.ellipsis),
            Const::Tuple(items) => {
                let items = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(items)
            }
        }
    }

    /// `NotImplemented`.
    pub(crate) fn not_implemented(&self) -> Value {
        Value::Obj(self.not_implemented)
    }

    /// The text of a `str` value.
    pub(crate) fn str_value(&self, v: Value) -> Option<String> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Str(s)) => Some(s.as_str().to_owned()),
            _ => None,
        }
    }

    /// The items of a list.
    pub(crate) fn list_items(&self, v: Value) -> RunResult<Vec<Value>> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::List(items)) => Ok(items.clone()),
            _ => Err(RunError::internal("expected a list")),
        }
    }

    /// The items of a tuple.
    pub(crate) fn tuple_items(&self, v: Value) -> RunResult<Vec<Value>> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Tuple(items)) => Ok(items.clone()),
            _ => Err(RunError::internal("expected a tuple")),
        }
    }

    /// The `(key, value)` pairs of a dict, in order.
    pub(crate) fn dict_entries(&self, v: Value) -> RunResult<Vec<(Value, Value)>> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Dict(d)) => Ok(d.iter().map(|e| (e.key, e.value)).collect()),
            _ => Err(RunError::internal("expected a dict")),
        }
    }

    /// The slot of `key` in the hash table of `table` (a dict, set or
    /// frozenset), and the key's hash. Keys the builtin comparison cannot
    /// decide (user `__eq__`) are compared afterwards through Python code.
    pub(super) fn table_find(
        &mut self,
        table: ObjId,
        key: Value,
    ) -> RunResult<(i64, Option<usize>)> {
        let hash = self.hash(key)?;
        let mut undecided = Vec::new();
        let found = probe(self.heap.get(table), hash, |k| {
            k.is(key)
                || match self.eq_builtin(k, key) {
                    Some(equal) => equal,
                    None => {
                        undecided.push(k);
                        false
                    }
                }
        })?;
        if found.is_some() || undecided.is_empty() {
            return Ok((hash, found));
        }
        // Keys with a user `__eq__` compare through Python code (a nested run).
        for candidate in undecided {
            if self.eq(candidate, key)? {
                let found = probe(self.heap.get(table), hash, |k| k.is(candidate))?;
                return Ok((hash, found));
            }
        }
        Ok((hash, None))
    }

    /// `dict[key]` without raising: `None` when absent.
    pub(crate) fn dict_get(&mut self, dict: ObjId, key: Value) -> RunResult<Option<Value>> {
        let (_, found) = self.table_find(dict, key)?;
        Ok(found.and_then(|ix| match self.heap.get(dict) {
            Object::Dict(d) => d.entry(ix).map(|e| e.value),
            _ => None,
        }))
    }

    /// `dict[key] = value`.
    pub(crate) fn dict_set(&mut self, dict: Value, key: Value, value: Value) -> RunResult<()> {
        let Value::Obj(id) = dict else {
            return Err(RunError::internal("expected a dict"));
        };
        let (hash, found) = self.table_find(id, key)?;
        self.dict_store(id, hash, found, key, value)
    }

    /// [`Vm::dict_set`] of a `str` key whose hash is `hash`: appended at
    /// once when no entry has that hash (no key can equal it, so nothing is
    /// compared), else through [`Vm::dict_set`].
    pub(crate) fn dict_set_str(&mut self, dict: ObjId, key: Value, hash: i64, value: Value) {
        let unseen =
            matches!(self.heap.get(dict), Object::Dict(d) if d.find(hash, |_| true).is_none());
        // A str key always hashes.
        let _ = if unseen {
            self.dict_store(dict, hash, None, key, value)
        } else {
            self.dict_set(Value::Obj(dict), key, value)
        };
    }

    /// Stores `key: value` in dict `id`, at entry `found` or as a new entry
    /// with `hash`, and mirrors the store into a module's globals.
    fn dict_store(
        &mut self,
        id: ObjId,
        hash: i64,
        found: Option<usize>,
        key: Value,
        value: Value,
    ) -> RunResult<()> {
        let Some(Object::Dict(d)) = self.heap.get_mut(id) else {
            return Err(RunError::internal("expected a dict"));
        };
        if let Some(ix) = found {
            d.set_value(ix, value);
        } else {
            d.insert_new(hash, key, value);
            self.heap.note_growth(40);
        }
        if !self.globals_dicts.is_empty() {
            self.mirror_dict_store(id, key, Some(value));
        }
        Ok(())
    }

    /// `del dict[key]`; returns the removed value.
    pub(crate) fn dict_remove(&mut self, dict: ObjId, key: Value) -> RunResult<Option<Value>> {
        let (_, found) = self.table_find(dict, key)?;
        let Some(ix) = found else {
            return Ok(None);
        };
        if !self.globals_dicts.is_empty() {
            self.mirror_dict_store(dict, key, None);
        }
        match self.heap.get_mut(dict) {
            Some(Object::Dict(d)) => Ok(d.remove_at(ix).map(|e| e.value)),
            _ => Ok(None),
        }
    }

    /// `BuildMap`: `[k1, v1, .., kn, vn]`.
    pub(crate) fn build_map(&mut self, items: &[Value]) -> RunResult<Value> {
        let dict = self.new_dict();
        for pair in items.chunks(2) {
            if let [k, v] = pair {
                self.dict_set(dict, *k, *v)?;
            }
        }
        Ok(dict)
    }

    /// `BuildString`: joins str parts.
    pub(crate) fn concat_strs(&mut self, parts: &[Value]) -> RunResult<Value> {
        let mut out = String::new();
        for part in parts {
            match part.as_obj().map(|id| self.heap.get(id)) {
                Some(Object::Str(s)) => out.push_str(s.as_str()),
                _ => return Err(RunError::internal("BuildString of a non-str")),
            }
        }
        Ok(self.new_str(out))
    }

    /// `ListAppend`/`ListExtend`/`MapAdd`/`DictUpdate` into the collection `depth` deep.
    pub(crate) fn collection_add(
        &mut self,
        frame: &mut PyFrame,
        instr: Instr,
        depth: u32,
    ) -> RunResult<()> {
        let value = frame
            .stack
            .pop()
            .ok_or_else(|| RunError::internal("collection_add underflow"))?;
        let key = if matches!(instr, Instr::MapAdd(_)) {
            Some(
                frame
                    .stack
                    .pop()
                    .ok_or_else(|| RunError::internal("MapAdd underflow"))?,
            )
        } else {
            None
        };
        let target = frame
            .stack
            .len()
            .checked_sub(depth as usize)
            .and_then(|i| frame.stack.get(i))
            .copied()
            .ok_or_else(|| RunError::internal("collection_add depth"))?;
        match instr {
            Instr::ListAppend(_) => self.list_push(target, value),
            Instr::ListExtend(_) => {
                let items = self.star_items(value)?;
                for item in items {
                    self.list_push(target, item)?;
                }
                Ok(())
            }
            Instr::MapAdd(_) => self.dict_set(target, key.unwrap_or(Value::None), value),
            _ => self.dict_update(target, value),
        }
    }

    /// `list.append`.
    pub(crate) fn list_push(&mut self, list: Value, value: Value) -> RunResult<()> {
        match list.as_obj().and_then(|id| self.heap.get_mut(id)) {
            Some(Object::List(items)) => {
                items.push(value);
                self.heap.note_growth(std::mem::size_of::<Value>());
                Ok(())
            }
            _ => Err(RunError::internal("append to a non-list")),
        }
    }

    /// `dict.update(other)` for a dict or an iterable of pairs.
    pub(crate) fn dict_update(&mut self, dict: Value, other: Value) -> RunResult<()> {
        if let Ok(entries) = self.dict_entries(other) {
            for (k, v) in entries {
                self.dict_set(dict, k, v)?;
            }
            return Ok(());
        }
        if let Some(keys) = self.user_dunder(other, "keys") {
            // The mapping protocol (`collections.abc.Mapping` subclasses):
            // `other.keys()`, then `other[key]` for each.
            let keys = self.call_nested(keys, vec![other])?;
            for k in self.collect_values(keys)? {
                let v = self.get_item(other, k)?;
                self.dict_set(dict, k, v)?;
            }
            return Ok(());
        }
        for (i, item) in self.collect_values(other)?.into_iter().enumerate() {
            let pair = self.collect_values(item).map_err(|_| {
                RunError::new(
                    crate::exc::ExcKind::TypeError,
                    format!("cannot convert dictionary update sequence element #{i} to a sequence"),
                )
            })?;
            let [k, v] = pair.as_slice() else {
                return Err(RunError::new(
                    crate::exc::ExcKind::ValueError,
                    format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    ),
                ));
            };
            self.dict_set(dict, *k, *v)?;
        }
        Ok(())
    }
}

/// Looks `hash` up in the table of a dict or set object with `eq` deciding
/// candidate keys.
fn probe(obj: &Object, hash: i64, eq: impl FnMut(Value) -> bool) -> RunResult<Option<usize>> {
    match obj {
        Object::Dict(d) => Ok(d.find(hash, eq)),
        Object::Set(s) | Object::FrozenSet(s) => Ok(s.find(hash, eq)),
        _ => Err(RunError::internal("expected a dict or a set")),
    }
}
