//! The heap's slots in fixed-size chunks, each either shared with the
//! process-wide template heap or private to one heap (copy on first write).
//!
//! Every `Ctx` starts as a copy of the template machine (`Vm::from_template`).
//! The template's chunks are leaked once per process (a [`Chunk`] holds a
//! `&'static` reference to its template slots), so copying the template heap copies one
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
/// A boot of the bench's blog app writes a few dozen template objects
/// (`sys.modules`, module-level lists and dicts of fastapi/pydantic), each
/// copying its chunk: with 16 slots the boot costs 1,021K instructions,
/// with 32 1,037K, with 64 1,071K (cloning the longer table of 16-slot
/// chunks costs ~8K more; the copies save ~45K).
pub(crate) const CHUNK_BITS: u32 = 4;
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

/// A chunk of slots: the template's (read-only, shared) until this heap
/// writes it, then this heap's own copy.
#[derive(Debug)]
pub(crate) struct Chunk {
    /// This heap's own slots, once it allocated or wrote here.
    owned: Option<Box<Slots>>,
    /// The template's slots (free slots for a chunk the template never had).
    template: &'static Slots,
}

impl Clone for Chunk {
    fn clone(&self) -> Chunk {
        Chunk {
            owned: self.owned.clone(),
            template: self.template,
        }
    }
}

/// A chunk of free slots, shared (leaked once per process).
fn free_slots() -> &'static Slots {
    static FREE: std::sync::OnceLock<&'static Slots> = std::sync::OnceLock::new();
    FREE.get_or_init(|| Box::leak(Box::new(std::array::from_fn(|_| Slot::free()))))
}

/// A private copy of template slots (a chunk's first write: kept out of line).
#[cold]
#[inline(never)]
fn copy(template: &'static Slots) -> Box<Slots> {
    Box::new(template.clone())
}

impl Chunk {
    /// A chunk of free slots, owned.
    pub(crate) fn new() -> Chunk {
        Chunk {
            owned: Some(Box::new(std::array::from_fn(|_| Slot::free()))),
            template: free_slots(),
        }
    }

    /// The slots, for reading.
    #[inline]
    pub(crate) fn slots(&self) -> &Slots {
        match &self.owned {
            Some(slots) => slots,
            None => self.template,
        }
    }

    /// The slots, for writing: a template chunk is copied first.
    #[inline]
    pub(crate) fn slots_mut(&mut self) -> &mut Slots {
        let template = self.template;
        self.owned.get_or_insert_with(|| copy(template))
    }

    /// Whether this chunk is still the template's.
    pub(crate) fn is_template(&self) -> bool {
        self.owned.is_none()
    }

    /// Makes an owned chunk a template chunk, leaking it: called once per
    /// process when the template heap is frozen.
    pub(crate) fn leak(self) -> Chunk {
        match self.owned {
            Some(slots) => Chunk {
                owned: None,
                template: Box::leak(slots),
            },
            None => self,
        }
    }

    /// A chunk from deserialised slots (exactly [`CHUNK_SLOTS`] of them).
    pub(crate) fn from_vec(slots: Vec<Slot>) -> Option<Chunk> {
        let slots: Box<Slots> = slots.into_boxed_slice().try_into().ok()?;
        Some(Chunk {
            owned: Some(slots),
            template: free_slots(),
        })
    }
}
