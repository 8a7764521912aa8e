//! The heap's slots in fixed-size chunks, each either shared with the
//! process-wide template heap or private to one heap (copy on first write).
//!
//! Every `Ctx` starts as a copy of the template machine (`Vm::from_template`).
//! The template's chunks and their table are leaked once per process (a
//! `&'static` reference), so copying the template heap copies no slot and no
//! table — no reference counts, no object copies — and a `Ctx` shares every
//! chunk it has not written with every other `Ctx`. Writing a slot of a
//! template chunk first copies that chunk ([`Chunks::slots_mut`]).
//! A snapshot carries only the private chunks (`heap.rs`'s serde): a template
//! chunk is the same in every process running the same build.

use serde::{Deserialize, Serialize};

use super::class::Subclassed;
use super::Object;

/// log2 of the slots per chunk: small enough that copying a template chunk
/// on its first write is cheap, large enough that the per-heap index of
/// copies (4 bytes per chunk, made at the first write) is. A boot of the
/// bench's blog app writes a few dozen template objects (`sys.modules`,
/// module-level lists and dicts of fastapi/pydantic), each copying its
/// chunk (and every object in it): with 8 slots the boot costs 420K
/// instructions, with 16 423K.
pub(crate) const CHUNK_BITS: u32 = 3;
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

/// A heap's chunk table: the template's chunks, shared until written.
///
/// The template's table is leaked once per process and shared by reference,
/// so copying a heap made from the template copies no table at all: the
/// per-heap index of copies stays empty until the heap first writes a
/// template chunk (a fresh `Ctx` used to copy 16 bytes per template chunk,
/// 20 KB for the web stack's template, into caches it then had to share with
/// the program).
#[derive(Clone, Debug, Default)]
pub(crate) struct Chunks {
    /// The template's slots, by chunk.
    template: &'static [&'static Slots],
    /// Per chunk: 1 + the index of this heap's copy in [`Chunks::copies`],
    /// 0: none; empty until the first copy (then one entry per chunk).
    copy_index: Vec<u32>,
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
        let mut table: Vec<&'static Slots> = Vec::new();
        loop {
            let mut chunk: Vec<Slot> = slots.by_ref().take(CHUNK_SLOTS).collect();
            if chunk.is_empty() {
                break;
            }
            chunk.resize_with(CHUNK_SLOTS, Slot::free);
            let Ok(chunk) = Box::<Slots>::try_from(chunk.into_boxed_slice()) else {
                unreachable!("a chunk holds CHUNK_SLOTS slots")
            };
            table.push(Box::leak(chunk));
        }
        Chunks {
            template: Box::leak(table.into_boxed_slice()),
            copy_index: Vec::new(),
            copies: Vec::new(),
        }
    }

    /// The number of chunks.
    pub(crate) fn len(&self) -> usize {
        self.template.len()
    }

    /// The slots of chunk `index`, for reading.
    #[inline]
    pub(crate) fn slots(&self, index: usize) -> Option<&Slots> {
        let template = self.template.get(index)?;
        match self.copy_index.get(index) {
            None | Some(0) => Some(template),
            Some(&n) => self.copies.get(n as usize - 1).map(|c| &**c),
        }
    }

    /// The slots of chunk `index`, for writing: a template chunk is copied first.
    #[inline]
    pub(crate) fn slots_mut(&mut self, index: usize) -> Option<&mut Slots> {
        let template = *self.template.get(index)?;
        let n = match self.copy_index.get(index) {
            Some(&n) if n != 0 => n,
            _ => self.add_copy(index, copy(template)),
        };
        self.copies.get_mut(n as usize - 1).map(|c| &mut **c)
    }

    /// Files `slots` as this heap's copy of chunk `index` (in range); returns
    /// 1 + its index in [`Chunks::copies`].
    fn add_copy(&mut self, index: usize, slots: Box<Slots>) -> u32 {
        if self.copy_index.is_empty() {
            self.copy_index = vec![0; self.template.len()];
        }
        self.copies.push(slots);
        let n = self.copies.len() as u32;
        self.copy_index[index] = n;
        n
    }

    /// Every chunk's slots, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Slots> + '_ {
        (0..self.len()).filter_map(|i| self.slots(i))
    }

    /// The chunks this heap copied (wrote), with their indices.
    pub(crate) fn copied(&self) -> impl Iterator<Item = (usize, &Slots)> + '_ {
        self.copy_index
            .iter()
            .enumerate()
            .filter(|(_, &n)| n != 0)
            .filter_map(|(i, _)| Some((i, self.slots(i)?)))
    }

    /// Replaces chunk `index` with this heap's copy `slots` (deserialised:
    /// exactly [`CHUNK_SLOTS`] of them); `None` if either is out of range.
    pub(crate) fn set_copy(&mut self, index: usize, slots: Vec<Slot>) -> Option<()> {
        let slots: Box<Slots> = slots.into_boxed_slice().try_into().ok()?;
        self.template.get(index)?;
        match self.copy_index.get(index) {
            Some(&n) if n != 0 => *self.copies.get_mut(n as usize - 1)? = slots,
            _ => {
                self.add_copy(index, slots);
            }
        }
        Some(())
    }
}
