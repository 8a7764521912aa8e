//! The heap's slots in fixed-size chunks, each either shared with the
//! process-wide template heap or private to one heap (copy on first write).
//!
//! Every `Ctx` starts as a copy of the template machine (`Vm::from_template`).
//! The template's chunks are leaked once per process ([`Chunk::Template`]
//! holds a `&'static` reference), so copying the template heap copies one
//! pointer per chunk — no reference counts, no object copies — and a `Ctx`
//! shares every chunk it has not written with every other `Ctx`. Writing a
//! slot of a template chunk first copies that chunk ([`Chunk::slots_mut`]).
//! A snapshot carries only the private chunks (`heap.rs`'s serde): a template
//! chunk is the same in every process running the same build.

use serde::{Deserialize, Serialize};

use super::class::Subclassed;
use super::Object;

/// log2 of the slots per chunk: small enough that copying a template chunk
/// on its first write is cheap, large enough that copying the chunk table is.
pub(crate) const CHUNK_BITS: u32 = 6;
/// Slots per chunk.
pub(crate) const CHUNK_SLOTS: usize = 1 << CHUNK_BITS;

/// One arena slot.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Slot {
    pub object: Object,
    /// Size counted for this object when it was allocated or last measured.
    pub size: u32,
    /// Set when the object is an instance of a user subclass of its builtin type.
    pub subclassed: Option<Box<Subclassed>>,
}

impl Slot {
    /// An unused slot.
    pub(crate) fn free() -> Slot {
        Slot {
            object: Object::Free,
            size: 0,
            subclassed: None,
        }
    }
}

/// The slots of one chunk.
pub(crate) type Slots = [Slot; CHUNK_SLOTS];

/// A chunk of slots: the template's (read-only, shared) or this heap's own.
#[derive(Debug)]
pub(crate) enum Chunk {
    /// A chunk of the process template heap, not written by this heap.
    Template(&'static Slots),
    /// A chunk this heap allocated or copied (on its first write).
    Owned(Box<Slots>),
}

impl Clone for Chunk {
    fn clone(&self) -> Chunk {
        match self {
            Chunk::Template(slots) => Chunk::Template(slots),
            Chunk::Owned(slots) => Chunk::Owned(slots.clone()),
        }
    }
}

impl Chunk {
    /// A chunk of free slots.
    pub(crate) fn new() -> Chunk {
        Chunk::Owned(Box::new(std::array::from_fn(|_| Slot::free())))
    }

    /// The slots, for reading.
    #[inline]
    pub(crate) fn slots(&self) -> &Slots {
        match self {
            Chunk::Template(slots) => slots,
            Chunk::Owned(slots) => slots,
        }
    }

    /// The slots, for writing: a template chunk is copied first.
    #[inline]
    pub(crate) fn slots_mut(&mut self) -> &mut Slots {
        if let Chunk::Template(shared) = *self {
            *self = Chunk::Owned(Box::new(shared.clone()));
        }
        match self {
            Chunk::Owned(slots) => slots,
            Chunk::Template(_) => self.slots_mut(),
        }
    }

    /// Whether this chunk is still the template's.
    pub(crate) fn is_template(&self) -> bool {
        matches!(self, Chunk::Template(_))
    }

    /// Makes an owned chunk a template chunk, leaking it: called once per
    /// process when the template heap is frozen.
    pub(crate) fn leak(self) -> Chunk {
        match self {
            Chunk::Owned(slots) => Chunk::Template(Box::leak(slots)),
            template @ Chunk::Template(_) => template,
        }
    }

    /// A chunk from deserialised slots (exactly [`CHUNK_SLOTS`] of them).
    pub(crate) fn from_vec(slots: Vec<Slot>) -> Option<Chunk> {
        let slots: Box<Slots> = slots.into_boxed_slice().try_into().ok()?;
        Some(Chunk::Owned(slots))
    }
}
