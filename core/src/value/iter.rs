//! `range`, `slice` and the iterators over builtin containers.

use serde::{Deserialize, Serialize};

use super::{ObjId, Value};

/// `range(start, stop, step)` over machine ints.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(crate) struct Range {
    /// First value.
    pub start: i64,
    /// Bound (exclusive).
    pub stop: i64,
    /// Non-zero step.
    pub step: i64,
}

impl Range {
    /// `len(range)`.
    pub(crate) fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start, self.stop, self.step)
        } else {
            (self.stop, self.start, -self.step)
        };
        if lo >= hi {
            0
        } else {
            ((i128::from(hi) - i128::from(lo) - 1) / i128::from(step) + 1) as i64
        }
    }

    /// The `i`-th element (`0 <= i < len`).
    pub(crate) fn at(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// `slice(start, stop, step)`.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(crate) struct Slice {
    /// Start (or None).
    pub start: Value,
    /// Stop (or None).
    pub stop: Value,
    /// Step (or None).
    pub step: Value,
}

/// Which view of a dict an iterator walks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum DictView {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// `(key, value)` tuples.
    Items,
    /// Not a view but `types.MappingProxyType`: a read-only live mapping over
    /// the dict (`dict_keys.mapping`), iterating its keys.
    Proxy,
}

/// An iterator over a builtin container (the iterator protocol's state).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum Iter {
    /// Over a list or tuple, re-reading its length each step (lists may grow).
    Seq {
        /// The list or tuple.
        seq: ObjId,
        /// Next index.
        index: usize,
    },
    /// Over a list or tuple backwards (`reversed`).
    Reversed {
        /// The list or tuple.
        seq: ObjId,
        /// Items left (the next index is `left - 1`).
        left: usize,
    },
    /// Over a str, by code point.
    Str {
        /// The str.
        text: ObjId,
        /// Byte offset of the next code point.
        offset: usize,
    },
    /// Over a range.
    Range {
        /// Next value.
        next: i64,
        /// Values left.
        left: i64,
        /// Step.
        step: i64,
    },
    /// Over a dict's keys, values or items.
    Dict {
        /// The dict.
        dict: ObjId,
        /// Next entry index.
        index: usize,
        /// The dict's length when iteration started.
        len: usize,
        /// What to yield.
        view: DictView,
    },
    /// Over a set, in table order.
    Set {
        /// The set or frozenset.
        set: ObjId,
        /// Next slot.
        index: usize,
        /// Its size when iteration started.
        len: usize,
    },
    /// `enumerate(inner, start)`.
    Enumerate {
        /// The wrapped iterator.
        inner: Value,
        /// The next count.
        count: i64,
    },
    /// `zip(*iterators, strict=)`.
    Zip {
        /// The wrapped iterators.
        inner: Vec<Value>,
        /// `strict=True`: unequal lengths raise `ValueError`.
        strict: bool,
    },
    /// `map(func, *iterators)`: lazy, one call per step.
    Map {
        /// The function.
        func: Value,
        /// The wrapped iterators.
        inner: Vec<Value>,
    },
    /// `filter(func, iterator)`: lazy, one predicate call per item.
    Filter {
        /// The predicate (`None`: the item's truth).
        func: Value,
        /// The wrapped iterator.
        inner: Value,
    },
    /// `iter(func, sentinel)`: `func()` until it returns `sentinel`.
    Callable {
        /// The function (`None` once the sentinel was seen).
        func: Value,
        /// The value that ends the iteration.
        sentinel: Value,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, .. until `IndexError`.
    GetItem {
        /// The object with `__getitem__`.
        obj: Value,
        /// The next index.
        index: i64,
        /// 1, or -1 for `reversed()` (which stops below index 0).
        step: i64,
    },
    /// Over a `range` with bounds past 64 bits.
    BigRange(Box<super::big_range::BigRangeIter>),
    /// Over a snapshot of values (dict views, sorted output, ...).
    Values {
        /// The values, in order.
        items: Vec<Value>,
        /// Next index.
        index: usize,
    },
}

impl Iter {
    /// Calls `f` with every value the iterator holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            Iter::Seq { seq, .. } | Iter::Reversed { seq, .. } => f(Value::Obj(*seq)),
            Iter::Str { text, .. } => f(Value::Obj(*text)),
            Iter::Range { .. } | Iter::BigRange(_) => {}
            Iter::Dict { dict, .. } => f(Value::Obj(*dict)),
            Iter::Set { set, .. } => f(Value::Obj(*set)),
            Iter::Enumerate { inner, .. } => f(*inner),
            Iter::Zip { inner, .. } => inner.iter().for_each(|v| f(*v)),
            Iter::Values { items, .. } => items.iter().for_each(|v| f(*v)),
            Iter::Map { func, inner } => {
                f(*func);
                for v in inner {
                    f(*v);
                }
            }
            Iter::Filter { func, inner } => {
                f(*func);
                f(*inner);
            }
            Iter::GetItem { obj, .. } => f(*obj),
            Iter::Callable { func, sentinel } => {
                f(*func);
                f(*sentinel);
            }
        }
    }
}
