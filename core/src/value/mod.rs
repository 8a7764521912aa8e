//! Python values and the object heap.
//!
//! A [`Value`] is a small `Copy` word: `None`, `bool`, a machine int, a float,
//! or a handle ([`ObjId`]) to an [`Object`] in the per-`Ctx` [`Heap`] arena.
//! See `README.md` beside this file for the memory choice and its reasons.
//!
//! Source code layout:
//! - `heap.rs`: the arena, byte accounting and the mark-and-sweep collector.
//! - `chunk.rs`: the arena's copy-on-write chunks, shared with the template heap.
//! - `object.rs`: the [`Object`] enum (one variant per heap type) and tracing.
//! - `int.rs`, `str.rs`, `dict.rs`, `class.rs`, `exception.rs`, `function.rs`,
//!   `iter.rs`: one file per type's representation.
//! - `hash.rs`: CPython-compatible hashing of numbers, str and tuples.
//! - `symbol.rs`: the identifier interner and attribute maps.
//! - `repr.rs`, `printable.rs`: CPython's `repr` of literals.

pub(crate) mod awaitable;
pub(crate) mod big_range;
pub(crate) mod bytes;
pub(crate) mod case;
pub(crate) mod chunk;
pub(crate) mod class;
pub(crate) mod dict;
pub(crate) mod exception;
pub(crate) mod function;
pub(crate) mod hash;
pub(crate) mod heap;
pub(crate) mod int;
pub(crate) mod iter;
pub(crate) mod object;
pub(crate) mod printable;
pub mod repr;
pub(crate) mod set;
pub(crate) mod str;
pub(crate) mod symbol;

use serde::{Deserialize, Serialize};

pub(crate) use heap::Heap;
pub(crate) use object::Object;

/// A handle to an object in the [`Heap`]: an index into its slot vector.
///
/// Handles are only meaningful inside the `Ctx` that allocated them; they are
/// never handed to the host (values cross the boundary as `HostValue`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ObjId(pub(crate) u32);

impl ObjId {
    /// The slot index.
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }

    /// A handle that is never allocated: marks "no receiver" between
    /// `LoadMethod` and `CallMethod` (CPython's NULL on the stack).
    pub(crate) const NULL: ObjId = ObjId(u32::MAX);
}

/// A Python value: immediates inline, everything else by heap handle.
///
/// Ints that fit in an `i64` are immediate; larger ones are `Object::BigInt`
/// (results are normalised back to `Int` whenever they fit, so `Int` and
/// `BigInt` never hold the same number).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// A machine-sized `int`.
    Int(i64),
    /// A `float`.
    Float(f64),
    /// Any other object.
    Obj(ObjId),
}

// The evaluator copies values constantly; keep them two words.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    /// The heap handle, if this is an object.
    pub(crate) fn as_obj(self) -> Option<ObjId> {
        match self {
            Value::Obj(id) => Some(id),
            _ => None,
        }
    }

    /// Same object (`is`): immediates compare by value, like CPython's cached small objects.
    pub(crate) fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => self == other,
        }
    }
}
