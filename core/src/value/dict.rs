//! `dict`: insertion-ordered hash table, laid out like CPython's (a dense
//! entry array plus a sparse index table probed with CPython's perturbation
//! scheme), so that order and growth behave the same.
//!
//! The table never compares keys itself: callers pass an equality closure,
//! because comparing two `str` keys needs the heap the dict lives in.

use serde::{Deserialize, Serialize};

use super::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;

/// One key/value pair with the key's cached hash.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(crate) struct DictEntry {
    /// `hash(key)`.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// A Python `dict`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct Dict {
    /// Entries in insertion order; `None` where one was deleted.
    entries: Vec<Option<DictEntry>>,
    /// Open-addressing index into `entries` (empty until the first insert).
    indices: Vec<u32>,
    len: usize,
}

impl Dict {
    /// `len(d)`.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The entry index of the key with `hash` for which `eq` holds.
    pub(crate) fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            match self.indices.get(i).copied() {
                None | Some(EMPTY) => return None,
                Some(DUMMY) => {}
                Some(ix) => {
                    if let Some(Some(entry)) = self.entries.get(ix as usize) {
                        if entry.hash == hash && eq(entry.key) {
                            return Some(ix as usize);
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The entry at index `ix` (from [`Dict::find`]).
    pub(crate) fn entry(&self, ix: usize) -> Option<&DictEntry> {
        self.entries.get(ix).and_then(Option::as_ref)
    }

    /// Replaces the value of the entry at `ix`.
    pub(crate) fn set_value(&mut self, ix: usize, value: Value) {
        if let Some(Some(entry)) = self.entries.get_mut(ix) {
            entry.value = value;
        }
    }

    /// Appends a key known to be absent.
    pub(crate) fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.resize();
        }
        let ix = self.entries.len() as u32;
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.place(hash, ix);
        self.len += 1;
    }

    /// Removes the entry at `ix`; returns it.
    pub(crate) fn remove_at(&mut self, ix: usize) -> Option<DictEntry> {
        let entry = self.entries.get_mut(ix)?.take()?;
        let mask = self.indices.len() - 1;
        let mut perturb = entry.hash as u64;
        let mut i = (entry.hash as u64 as usize) & mask;
        while let Some(slot) = self.indices.get_mut(i) {
            if *slot == ix as u32 {
                *slot = DUMMY;
                break;
            }
            if *slot == EMPTY {
                break;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.len -= 1;
        Some(entry)
    }

    /// Removes everything.
    pub(crate) fn clear(&mut self) {
        *self = Dict::default();
    }

    /// Live entries in insertion order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &DictEntry> + '_ {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after entry index `from`, with its index
    /// (iterators walk the dict this way, surviving in-place value updates).
    pub(crate) fn next_entry(&self, from: usize) -> Option<(usize, &DictEntry)> {
        let rest = self.entries.get(from..)?;
        rest.iter()
            .enumerate()
            .find_map(|(i, e)| e.as_ref().map(|e| (from + i, e)))
    }

    /// Calls `f` with every key and value (for the collector).
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        for entry in self.iter() {
            f(entry.key);
            f(entry.value);
        }
    }

    /// Bytes held by the table.
    pub(crate) fn size_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<DictEntry>>() + self.indices.len() * 4
    }

    fn place(&mut self, hash: i64, ix: u32) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while let Some(slot) = self.indices.get_mut(i) {
            if *slot == EMPTY || *slot == DUMMY {
                *slot = ix;
                return;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Makes room for `additional` more keys at once, so that a bulk insert
    /// resizes the index (and regrows the entries) once instead of at each
    /// step. Only the index's size differs from inserting one by one: the
    /// order, which is the entries', is the same.
    pub(crate) fn reserve(&mut self, additional: usize) {
        let wanted = self.entries.len() + additional;
        if wanted * 3 > self.indices.len() * 2 {
            self.rebuild((wanted * 3).div_ceil(2).max(MIN_SIZE).next_power_of_two());
        }
        self.entries.reserve(additional);
    }

    /// Grows the index (CPython's growth rate: 3 * used) and compacts entries.
    fn resize(&mut self) {
        self.rebuild((self.len * 3).max(MIN_SIZE).next_power_of_two());
    }

    /// Compacts the entries and indexes them in a table of `size` slots.
    fn rebuild(&mut self, size: usize) {
        self.entries.retain(Option::is_some);
        self.indices = vec![EMPTY; size];
        let placed: Vec<(i64, u32)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.map(|e| (e.hash, i as u32)))
            .collect();
        for (hash, ix) in placed {
            self.place(hash, ix);
        }
    }
}
