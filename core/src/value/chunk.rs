//! The heap's slots in fixed-size chunks, each either shared with the
//! process-wide template heap or private to one heap (copy on first write).
//!
//! Every `Ctx` starts as a copy of the template machine (`Vm::from_template`).
//! The template's chunks are leaked once per process (a [`Chunk`] holds a
//! `&'static` reference to its template slots), so copying the template heap
//! copies its table of chunks with one `memcpy` — no reference counts, no
//! object copies — and a `Ctx` shares every chunk it has not written with
//! every other `Ctx`. Writing a slot of a template chunk first copies that
//! chunk ([`Chunks::slots_mut`]).
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

/// One chunk of a heap's table: the template's slots, and which copy of
/// them this heap owns once it wrote there. `Copy`, so that copying a
/// table of template chunks (every fresh `Ctx`) is one `memcpy`.
#[derive(Clone, Copy, Debug)]
struct Chunk {
    /// The template's slots.
    template: &'static Slots,
    /// 1 + the index of this heap's copy in [`Chunks::copies`]; 0: none.
    copy: u32,
}

/// A heap's chunk table: the template's chunks, shared until written.
#[derive(Clone, Debug, Default)]
pub(crate) struct Chunks {
    table: Vec<Chunk>,
    /// This heap's copies of the template chunks it wrote.
    #[expect(
        clippy::vec_box,
        reason = "a chunk is large: growing the list moves pointers, not slots"
    )]
    copies: Vec<Box<Slots>>,
}

/// A private copy of template slots (a chunk's first write: kept out of line).
#[cold]
#[inline(never)]
fn copy(template: &'static Slots) -> Box<Slots> {
    Box::new(template.clone())
}

impl Chunks {
    /// The template table of `slots`, leaked (in chunks of
    /// [`CHUNK_SLOTS`], the last one filled with free slots): called once
    /// per process when the template heap is frozen.
    pub(crate) fn leak(slots: Vec<Slot>) -> Chunks {
        let mut slots = slots.into_iter();
        let mut table = Vec::new();
        loop {
            let mut chunk: Vec<Slot> = slots.by_ref().take(CHUNK_SLOTS).collect();
            if chunk.is_empty() {
                break;
            }
            chunk.resize_with(CHUNK_SLOTS, Slot::free);
            let Ok(chunk) = Box::<Slots>::try_from(chunk.into_boxed_slice()) else {
                unreachable!("a chunk holds CHUNK_SLOTS slots")
            };
            table.push(Chunk {
                template: Box::leak(chunk),
                copy: 0,
            });
        }
        Chunks {
            table,
            copies: Vec::new(),
        }
    }

    /// The number of chunks.
    pub(crate) fn len(&self) -> usize {
        self.table.len()
    }

    /// The slots of chunk `index`, for reading.
    #[inline]
    pub(crate) fn slots(&self, index: usize) -> Option<&Slots> {
        let chunk = self.table.get(index)?;
        match chunk.copy {
            0 => Some(chunk.template),
            n => self.copies.get(n as usize - 1).map(|c| &**c),
        }
    }

    /// The slots of chunk `index`, for writing: a template chunk is copied first.
    #[inline]
    pub(crate) fn slots_mut(&mut self, index: usize) -> Option<&mut Slots> {
        let chunk = self.table.get_mut(index)?;
        if chunk.copy == 0 {
            self.copies.push(copy(chunk.template));
            chunk.copy = self.copies.len() as u32;
        }
        self.copies
            .get_mut(chunk.copy as usize - 1)
            .map(|c| &mut **c)
    }

    /// Every chunk's slots, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Slots> + '_ {
        (0..self.len()).filter_map(|i| self.slots(i))
    }

    /// The chunks this heap copied (wrote), with their indices.
    pub(crate) fn copied(&self) -> impl Iterator<Item = (usize, &Slots)> + '_ {
        self.table
            .iter()
            .enumerate()
            .filter(|(_, c)| c.copy != 0)
            .filter_map(|(i, _)| Some((i, self.slots(i)?)))
    }

    /// Replaces chunk `index` with this heap's copy `slots` (deserialised:
    /// exactly [`CHUNK_SLOTS`] of them); `None` if either is out of range.
    pub(crate) fn set_copy(&mut self, index: usize, slots: Vec<Slot>) -> Option<()> {
        let slots: Box<Slots> = slots.into_boxed_slice().try_into().ok()?;
        let chunk = self.table.get_mut(index)?;
        match chunk.copy {
            0 => {
                self.copies.push(slots);
                chunk.copy = self.copies.len() as u32;
            }
            n => *self.copies.get_mut(n as usize - 1)? = slots,
        }
        Some(())
    }
}
