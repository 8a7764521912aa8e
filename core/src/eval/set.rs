//! Set operations over the heap: adding with hashing and equality, membership,
//! the `| & - ^` operators and subset comparisons.

use super::vm::Vm;
use crate::compile::code::{BinOp, CmpOp};
use crate::exc::{RunError, RunResult};
use crate::value::object::Object;
use crate::value::set::PySet;
use crate::value::{ObjId, Value};

impl Vm {
    /// A new `set` (or `frozenset`) of `items`, added in order.
    pub(crate) fn new_set(&mut self, items: &[Value], frozen: bool) -> RunResult<Value> {
        let id = self.heap.alloc(if frozen {
            Object::FrozenSet(PySet::default())
        } else {
            Object::Set(PySet::default())
        });
        for item in items {
            self.set_insert(id, *item)?;
        }
        Ok(Value::Obj(id))
    }

    /// A set with the same elements and CPython's layout for a copy of `source`.
    pub(crate) fn copy_set(&mut self, source: Value, frozen: bool) -> RunResult<Value> {
        let table = self
            .set_table(source)
            .map(PySet::copy_of)
            .ok_or_else(|| RunError::internal("copy of a non-set"))?;
        Ok(Value::Obj(self.heap.alloc(if frozen {
            Object::FrozenSet(table)
        } else {
            Object::Set(table)
        })))
    }

    /// A new set with `source`'s elements merged in (`set_merge` into an
    /// empty set: one resize for all of them, then `source`'s table order).
    pub(crate) fn merge_into_new_set(&mut self, source: Value) -> RunResult<Value> {
        let id = self.heap.alloc(Object::Set(PySet::default()));
        self.merge_sets(id, source)?;
        Ok(Value::Obj(id))
    }

    /// Adds `source`'s elements to `target` in `source`'s table order (`set_merge`).
    fn merge_sets(&mut self, target: ObjId, source: Value) -> RunResult<()> {
        let entries = self
            .set_table(source)
            .map(PySet::entries)
            .unwrap_or_default();
        if let Some(Object::Set(s) | Object::FrozenSet(s)) = self.heap.get_mut(target) {
            s.reserve_for_merge(entries.len());
        }
        for (_, key) in entries {
            self.set_insert(target, key)?;
        }
        Ok(())
    }

    /// `target op= other` for a set `target` and set `other`, in place as
    /// CPython does it (so the table keeps CPython's layout and order): `|`
    /// merges, `-` discards, `^` toggles each of `other`'s elements; `&`
    /// replaces the table with the intersection's.
    pub(crate) fn set_update_op(
        &mut self,
        op: BinOp,
        target: ObjId,
        other: Value,
    ) -> RunResult<()> {
        if other == Value::Obj(target) && matches!(op, BinOp::Sub | BinOp::Xor) {
            if let Some(Object::Set(s)) = self.heap.get_mut(target) {
                s.clear();
            }
            return Ok(());
        }
        match op {
            BinOp::Or => self.merge_sets(target, other),
            BinOp::Sub | BinOp::Xor => {
                for key in self.set_items(other) {
                    if !self.set_discard(target, key)? && op == BinOp::Xor {
                        self.set_insert(target, key)?;
                    }
                }
                Ok(())
            }
            _ => {
                if let Some(result) = self.set_binary(op, Value::Obj(target), other)? {
                    let table = self.set_table(result).cloned().unwrap_or_default();
                    if let Some(Object::Set(s)) = self.heap.get_mut(target) {
                        *s = table;
                    }
                }
                Ok(())
            }
        }
    }

    /// The table of a set or frozenset.
    pub(crate) fn set_table(&self, v: Value) -> Option<&PySet> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Set(s) | Object::FrozenSet(s)) => Some(s),
            _ => None,
        }
    }

    /// Whether `v` is a set or frozenset.
    pub(crate) fn is_set(&self, v: Value) -> bool {
        self.set_table(v).is_some()
    }

    /// `set.add(key)` on any set object (frozensets while being built).
    fn set_insert(&mut self, set: ObjId, key: Value) -> RunResult<()> {
        let (hash, found) = self.table_find(set, key)?;
        if found.is_none() {
            if let Some(Object::Set(s) | Object::FrozenSet(s)) = self.heap.get_mut(set) {
                s.insert_new(hash, key);
            }
            self.heap.note_growth(32);
        }
        Ok(())
    }

    /// `set.add(key)`.
    pub(crate) fn set_add(&mut self, set: Value, key: Value) -> RunResult<()> {
        match set {
            Value::Obj(id) if matches!(self.heap.get(id), Object::Set(_)) => {
                self.set_insert(id, key)
            }
            _ => Err(RunError::internal("set_add on a non-set")),
        }
    }

    /// `key in set`.
    pub(crate) fn set_contains(&mut self, set: ObjId, key: Value) -> RunResult<bool> {
        Ok(self.table_find(set, key)?.1.is_some())
    }

    /// `set.discard(key)`: whether it was there.
    pub(crate) fn set_discard(&mut self, set: ObjId, key: Value) -> RunResult<bool> {
        let (_, found) = self.table_find(set, key)?;
        let Some(slot) = found else {
            return Ok(false);
        };
        if let Some(Object::Set(s)) = self.heap.get_mut(set) {
            s.remove_at(slot);
        }
        Ok(true)
    }

    /// The elements in table order.
    pub(crate) fn set_items(&self, v: Value) -> Vec<Value> {
        self.set_table(v)
            .map(|s| s.entries().into_iter().map(|(_, k)| k).collect())
            .unwrap_or_default()
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` (the result has `a`'s type).
    pub(crate) fn set_binary(&mut self, op: BinOp, a: Value, b: Value) -> RunResult<Option<Value>> {
        if !self.is_set(a) || !self.is_set(b) {
            return Ok(None);
        }
        let frozen = matches!(
            a.as_obj().map(|id| self.heap.get(id)),
            Some(Object::FrozenSet(_))
        );
        let (left, right) = (self.set_items(a), self.set_items(b));
        let Some(b_id) = b.as_obj() else {
            return Ok(None);
        };
        let Some(a_id) = a.as_obj() else {
            return Ok(None);
        };
        let mut out = Vec::new();
        match op {
            BinOp::Or => {
                let result = self.copy_set(a, frozen)?;
                if let Value::Obj(id) = result {
                    self.merge_sets(id, b)?;
                }
                return Ok(Some(result));
            }
            BinOp::And => {
                let (small, big) = if left.len() < right.len() {
                    (&left, b_id)
                } else {
                    (&right, a_id)
                };
                for item in small.clone() {
                    if self.set_contains(big, item)? {
                        out.push(item);
                    }
                }
            }
            BinOp::Sub => {
                for item in left {
                    if !self.set_contains(b_id, item)? {
                        out.push(item);
                    }
                }
            }
            BinOp::Xor => {
                // CPython copies `b`, then toggles `a`'s elements in the copy.
                let _ = (right, a_id, b_id);
                let result = self.copy_set(b, false)?;
                if let Value::Obj(id) = result {
                    self.set_update_op(BinOp::Xor, id, a)?;
                }
                return if frozen {
                    self.copy_set(result, true).map(Some)
                } else {
                    Ok(Some(result))
                };
            }
            _ => return Ok(None),
        }
        self.new_set(&out, frozen).map(Some)
    }

    /// Whether every element of `a` is in `b`.
    pub(crate) fn set_is_subset(&mut self, a: Value, b: Value) -> RunResult<bool> {
        let Some(b_id) = b.as_obj() else {
            return Ok(false);
        };
        for item in self.set_items(a) {
            if !self.set_contains(b_id, item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Set comparisons: `==` and the subset/superset orders.
    pub(crate) fn set_compare(&mut self, op: CmpOp, a: Value, b: Value) -> RunResult<Option<bool>> {
        let set_view = |vm: &Vm, v: Value| {
            matches!(
                v.as_obj().map(|id| vm.heap.get(id)),
                Some(Object::DictView(_, view)) if matches!(
                    view,
                    crate::value::iter::DictView::Keys | crate::value::iter::DictView::Items
                )
            )
        };
        let (va, vb) = (set_view(self, a), set_view(self, b));
        let views_and_sets = (va && (vb || self.is_set(b))) || (vb && self.is_set(a));
        if views_and_sets {
            let left = self.collect_values(a)?;
            let left = self.new_set(&left, false)?;
            let right = self.collect_values(b)?;
            let right = self.new_set(&right, false)?;
            return self.set_compare(op, left, right);
        }
        if !self.is_set(a) || !self.is_set(b) {
            return Ok(None);
        }
        let (la, lb) = (self.set_items(a).len(), self.set_items(b).len());
        Ok(Some(match op {
            CmpOp::Eq => la == lb && self.set_is_subset(a, b)?,
            CmpOp::Ne => !(la == lb && self.set_is_subset(a, b)?),
            CmpOp::Le => self.set_is_subset(a, b)?,
            CmpOp::Lt => la < lb && self.set_is_subset(a, b)?,
            CmpOp::Ge => self.set_is_subset(b, a)?,
            CmpOp::Gt => la > lb && self.set_is_subset(b, a)?,
        }))
    }

    /// `hash(frozenset)` (CPython's `frozenset_hash`).
    pub(crate) fn frozenset_hash(&self, v: Value) -> i64 {
        let entries = self.set_table(v).map(PySet::entries).unwrap_or_default();
        let shuffle = |h: u64| ((h ^ 0x055B_4DB3) ^ (h << 16)).wrapping_mul(3_644_798_167);
        let mut hash: u64 = 0;
        for (h, _) in &entries {
            hash ^= shuffle(*h as u64);
        }
        hash ^= (entries.len() as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }
}

impl Vm {
    /// Set operators with a `dict_keys`/`dict_items` view on either side (the
    /// view acts as a set), and `dict | dict`.
    pub(crate) fn view_binary(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> RunResult<Option<Value>> {
        let is_dict = |vm: &Vm, v: Value| {
            matches!(v.as_obj().map(|id| vm.heap.get(id)), Some(Object::Dict(_)))
        };
        if op == BinOp::Or && is_dict(self, a) && is_dict(self, b) {
            let merged = self.new_dict();
            self.dict_update(merged, a)?;
            self.dict_update(merged, b)?;
            return Ok(Some(merged));
        }
        let is_view = |vm: &Vm, v: Value| {
            matches!(
                v.as_obj().map(|id| vm.heap.get(id)),
                Some(Object::DictView(_, view)) if matches!(
                    view,
                    crate::value::iter::DictView::Keys | crate::value::iter::DictView::Items
                )
            )
        };
        if !is_view(self, a) && !is_view(self, b) {
            return Ok(None);
        }
        if !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) {
            return Ok(None);
        }
        let left = self.collect_values(a)?;
        let left = self.new_set(&left, false)?;
        let right = self.collect_values(b)?;
        let right = self.new_set(&right, false)?;
        self.set_binary(op, left, right)
    }
}
