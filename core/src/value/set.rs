//! `set` and `frozenset`: CPython's open-addressing table (`Objects/setobject.c`:
//! linear probes of 9 then perturbation, resize at 3/5 full to 4x used), so
//! that iteration order — which programs print — is CPython's.
//!
//! Like [`Dict`](super::dict::Dict), the table never compares keys itself:
//! callers pass an equality closure over the heap.

use serde::{Deserialize, Serialize};

use super::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
enum Slot {
    Empty,
    /// A deleted entry (keeps probe chains intact).
    Dummy,
    Active {
        hash: i64,
        key: Value,
    },
}

/// A Python `set` or `frozenset`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct PySet {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes scanning (CPython's `finger`).
    finger: usize,
}

impl Default for PySet {
    fn default() -> Self {
        PySet {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

impl PySet {
    /// `len(s)`.
    pub(crate) fn len(&self) -> usize {
        self.used
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The slot holding a key with `hash` for which `eq` holds.
    pub(crate) fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.table.get(j)? {
                    Slot::Empty => return None,
                    Slot::Active { hash: h, key } if *h == hash && eq(*key) => return Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Adds a key known to be absent (after [`PySet::find`] said so).
    pub(crate) fn insert_new(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut free: Option<usize> = None;
        let target = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.table.get(j) {
                    Some(Slot::Empty) | None => break 'search free.unwrap_or(j),
                    Some(Slot::Dummy) if free.is_none() => free = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        let was_empty = matches!(self.table.get(target), Some(Slot::Empty));
        if let Some(slot) = self.table.get_mut(target) {
            *slot = Slot::Active { hash, key };
        }
        self.used += 1;
        if was_empty {
            self.fill += 1;
            if self.fill * 5 >= mask * 3 {
                self.resize(if self.used > 50_000 {
                    self.used * 2
                } else {
                    self.used * 4
                });
            }
        }
    }

    /// Removes the entry in slot `i`; returns its key.
    pub(crate) fn remove_at(&mut self, i: usize) -> Option<Value> {
        let slot = self.table.get_mut(i)?;
        let Slot::Active { key, .. } = *slot else {
            return None;
        };
        *slot = Slot::Dummy;
        self.used -= 1;
        Some(key)
    }

    /// Removes and returns an arbitrary element (CPython's order).
    pub(crate) fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let mut i = self.finger & self.mask();
        for _ in 0..n {
            if matches!(self.table.get(i), Some(Slot::Active { .. })) {
                self.finger = i + 1;
                return self.remove_at(i);
            }
            i = (i + 1) & self.mask();
        }
        None
    }

    /// The first active entry at or after slot `from`: `(slot, hash, key)`.
    pub(crate) fn next_entry(&self, from: usize) -> Option<(usize, i64, Value)> {
        self.table
            .get(from..)?
            .iter()
            .enumerate()
            .find_map(|(k, s)| match s {
                Slot::Active { hash, key } => Some((from + k, *hash, *key)),
                _ => None,
            })
    }

    /// Every `(hash, key)` in table order.
    pub(crate) fn entries(&self) -> Vec<(i64, Value)> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Active { hash, key } => Some((*hash, *key)),
                _ => None,
            })
            .collect()
    }

    /// A copy made like CPython's `set_merge` into an empty set: the table
    /// is copied as is when the sizes agree, else re-inserted in table order.
    pub(crate) fn copy_of(other: &PySet) -> PySet {
        let mut copy = PySet::default();
        if other.used * 5 >= copy.mask() * 3 {
            copy.resize(other.used * 2);
        }
        if copy.table.len() == other.table.len() && other.fill == other.used {
            return PySet {
                finger: 0,
                ..other.clone()
            };
        }
        let mask = copy.mask();
        for (hash, key) in other.entries() {
            copy.insert_clean(mask, hash, key);
            copy.fill += 1;
            copy.used += 1;
        }
        copy
    }

    /// Grows the table ahead of merging `incoming` more entries (CPython's `set_merge`).
    pub(crate) fn reserve_for_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Removes everything.
    pub(crate) fn clear(&mut self) {
        *self = PySet::default();
    }

    /// Calls `f` with every key (for the collector).
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        for slot in &self.table {
            if let Slot::Active { key, .. } = slot {
                f(*key);
            }
        }
    }

    /// Bytes held by the table.
    pub(crate) fn size_bytes(&self) -> usize {
        self.table.len() * std::mem::size_of::<Slot>()
    }

    /// CPython's `set_table_resize`: the smallest power of two above `min_used`.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        let mask = size - 1;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(mask, hash, key);
            }
        }
    }

    fn insert_clean(&mut self, mask: usize, hash: i64, key: Value) {
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if let Some(slot @ Slot::Empty) = self.table.get_mut(j) {
                    *slot = Slot::Active { hash, key };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}
