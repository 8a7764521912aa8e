//! The object arena: slots in copy-on-write chunks (`chunk.rs`) plus a free
//! list, with byte accounting and a mark-and-sweep collector run at safe points.
//!
//! Nothing here is reference counted: a value is a `Copy` handle, the `Ctx`
//! owns the arena, and dropping the `Ctx` frees every object at once. The
//! evaluator calls [`Heap::collect`] between instructions with every root it
//! holds (frames, module globals, registries), so no handle a builtin holds can
//! be freed under it: there is no safe point inside a builtin.

use serde::{Deserialize, Serialize};

use super::chunk::{Chunks, Slot, CHUNK_BITS, CHUNK_SLOTS};
use super::class::Subclassed;
use super::{ObjId, Object, Value};

/// Bytes allocated between two collections before the evaluator asks for one.
const MIN_COLLECT_BYTES: usize = 4 << 20;

/// Own slots the last booted app held ([`Heap::note_boot_size`]): a fresh
/// heap reserves that many ([`Heap::reserve_like_boots`]), so a boot's
/// allocations do not regrow (and copy) the `own` vector a dozen times.
static BOOT_SLOTS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The most slots [`BOOT_SLOTS`] reserves (an app that allocated more at
/// boot grows past it as any heap does).
const MAX_BOOT_SLOTS: usize = 1 << 15;

/// The per-`Ctx` object arena: the template heap's slots in chunks shared
/// until written (`chunk.rs`), then this heap's own objects in one vector.
///
/// Slot `i < shared` is in `chunks`; slot `i >= shared` is `own[i - shared]`.
/// A program's hot objects are its own: their access is a compare and an
/// index, as in a plain vector.
#[derive(Clone, Debug, Default)]
pub(crate) struct Heap {
    /// The template's slots, by chunk.
    chunks: Chunks,
    /// This heap's own slots.
    own: Vec<Slot>,
    /// Slots of the template heap: never freed here (see [`Heap::collect`]).
    shared: u32,
    /// Freed slots, all in owned chunks: reusing one never copies a template chunk.
    free: Vec<u32>,
    /// Number of live objects.
    live_objects: usize,
    /// Bytes held by live objects, as last measured.
    live_bytes: usize,
    /// Bytes allocated since the last collection.
    since_collect: usize,
    /// Live bytes right after the last collection (sets the next threshold).
    after_collect: usize,
}

static FREE: Object = Object::Free;

/// Index of a slot's chunk and of the slot inside it.
#[inline]
fn split(index: usize) -> (usize, usize) {
    (index >> CHUNK_BITS, index & (CHUNK_SLOTS - 1))
}

impl Heap {
    /// The slot behind `id`.
    #[inline]
    fn slot(&self, id: ObjId) -> Option<&Slot> {
        let index = id.index();
        match index.checked_sub(self.shared as usize) {
            Some(own) => self.own.get(own),
            None => self.template_slot(index),
        }
    }

    /// The template slot at `index` (out of line: the inlined access to
    /// this heap's own objects stays as small as a plain vector's).
    #[inline(never)]
    fn template_slot(&self, index: usize) -> Option<&Slot> {
        let (chunk, at) = split(index);
        self.chunks.slots(chunk).map(|s| &s[at])
    }

    /// The slot behind `id`, for writing (a template chunk becomes this heap's own).
    #[inline]
    fn slot_mut(&mut self, id: ObjId) -> Option<&mut Slot> {
        let index = id.index();
        match index.checked_sub(self.shared as usize) {
            Some(own) => self.own.get_mut(own),
            None => self.template_slot_mut(index),
        }
    }

    /// [`Heap::template_slot`] for writing (the chunk is copied on its first write).
    #[inline(never)]
    fn template_slot_mut(&mut self, index: usize) -> Option<&mut Slot> {
        let (chunk, at) = split(index);
        self.chunks.slots_mut(chunk).map(|s| &mut s[at])
    }

    /// Moves `object` into the heap and returns its handle.
    pub(crate) fn alloc(&mut self, object: Object) -> ObjId {
        let size = object.size_bytes();
        self.live_bytes += size;
        self.since_collect += size;
        self.live_objects += 1;
        let slot = Slot {
            object,
            size: size as u32,
            subclassed: None,
        };
        if let Some(index) = self.free.pop() {
            if let Some(free) = self.slot_mut(ObjId(index)) {
                *free = slot;
                return ObjId(index);
            }
        }
        self.own.push(slot);
        ObjId(self.shared + self.own.len() as u32 - 1)
    }

    /// The object behind `id` ([`Object::Free`] for a dangling handle, which
    /// callers treat like any unexpected type: an internal error).
    #[inline]
    pub(crate) fn get(&self, id: ObjId) -> &Object {
        self.slot(id).map_or(&FREE, |s| &s.object)
    }

    /// The object behind `id` unless it belongs to a user subclass of its
    /// builtin type (whose dunders may override the builtin behaviour).
    pub(crate) fn get_plain(&self, id: ObjId) -> Option<&Object> {
        self.slot(id)
            .filter(|s| s.subclassed.is_none())
            .map(|s| &s.object)
    }

    /// Mutable [`Heap::get_plain`].
    pub(crate) fn get_plain_mut(&mut self, id: ObjId) -> Option<&mut Object> {
        self.slot_mut(id)
            .filter(|s| s.subclassed.is_none())
            .map(|s| &mut s.object)
    }

    /// Mutable access to the object behind `id`.
    #[inline]
    pub(crate) fn get_mut(&mut self, id: ObjId) -> Option<&mut Object> {
        self.slot_mut(id).map(|s| &mut s.object)
    }

    /// Mutable access to the class behind `id`; a class still shared with
    /// the template heap (or a forked `Ctx`) is copied first.
    pub(crate) fn class_mut(&mut self, id: ObjId) -> Option<&mut super::class::Class> {
        match self.get_mut(id)? {
            Object::Class(class) => Some(std::sync::Arc::make_mut(class)),
            _ => None,
        }
    }

    /// The user class and `__dict__` of a builtin-typed object made by a user
    /// subclass (`class History(list)`); `None` for plain builtin objects.
    pub(crate) fn subclassed(&self, id: ObjId) -> Option<&Subclassed> {
        self.slot(id)?.subclassed.as_deref()
    }

    /// Mutable access to [`Heap::subclassed`].
    pub(crate) fn subclassed_mut(&mut self, id: ObjId) -> Option<&mut Subclassed> {
        self.slot(id)?.subclassed.as_ref()?;
        self.slot_mut(id)?.subclassed.as_deref_mut()
    }

    /// Takes the subclass record off `id` for a moment, so a builtin slot
    /// (`dict.__getitem__(self, k)`) sees the plain builtin object and does
    /// not dispatch back to the user's override; see [`Heap::restore_subclassed`].
    pub(crate) fn take_subclassed(&mut self, id: ObjId) -> Option<Box<Subclassed>> {
        self.slot(id)?.subclassed.as_ref()?;
        self.slot_mut(id)?.subclassed.take()
    }

    /// Puts back what [`Heap::take_subclassed`] took.
    pub(crate) fn restore_subclassed(&mut self, id: ObjId, record: Box<Subclassed>) {
        if let Some(slot) = self.slot_mut(id) {
            slot.subclassed = Some(record);
        }
    }

    /// Marks the object behind `id` as an instance of user class `class`.
    pub(crate) fn set_subclassed(&mut self, id: ObjId, class: ObjId) {
        if let Some(slot) = self.slot_mut(id) {
            slot.subclassed = Some(Box::new(Subclassed {
                class,
                attrs: super::symbol::AttrMap::default(),
                dict: None,
            }));
        }
    }

    /// Every live object with its handle, in slot order.
    pub(crate) fn objects(&self) -> impl Iterator<Item = (ObjId, &Object)> + '_ {
        self.chunks
            .iter()
            .flat_map(|s| s.iter())
            .chain(&self.own)
            .enumerate()
            .filter(|(_, s)| !matches!(s.object, Object::Free))
            .map(|(i, s)| (ObjId(i as u32), &s.object))
    }

    /// Records this heap's size as a booted app's: later fresh heaps
    /// ([`Heap::reserve_like_boots`]) start with room for as many objects.
    pub(crate) fn note_boot_size(&self) {
        let slots = self.own.len().min(MAX_BOOT_SLOTS);
        BOOT_SLOTS.store(slots, std::sync::atomic::Ordering::Relaxed);
    }

    /// Reserves room for as many own objects as the last booted app had
    /// (none in a process that booted no app): a boot's allocations then
    /// never move the `own` vector (each doubling copied every slot).
    /// A sixteenth more is reserved: a boot that allocates a few objects more
    /// than the last (a different app, another branch taken) still does not
    /// copy its whole heap when it outgrows the reserve.
    pub(crate) fn reserve_like_boots(&mut self) {
        let slots = BOOT_SLOTS.load(std::sync::atomic::Ordering::Relaxed);
        let slots = slots + slots / 16;
        self.own.reserve(slots.saturating_sub(self.own.len()));
    }

    /// Accounts for `bytes` more held by an object that grew in place.
    pub(crate) fn note_growth(&mut self, bytes: usize) {
        self.live_bytes += bytes;
        self.since_collect += bytes;
    }

    /// Bytes held by live objects (an estimate, refreshed by each collection).
    pub(crate) fn live_bytes(&self) -> usize {
        self.live_bytes
    }

    /// Number of live objects.
    pub(crate) fn live_objects(&self) -> usize {
        self.live_objects
    }

    /// Whether enough was allocated since the last collection to run one.
    pub(crate) fn wants_collect(&self) -> bool {
        self.since_collect > MIN_COLLECT_BYTES.max(self.after_collect)
    }

    /// Frees every object not reachable from `roots`; returns the number freed.
    ///
    /// The template's slots (the first [`Heap::shared`] ones) are never freed
    /// and never traced through: a template object unchanged here refers only
    /// to template slots, and an object of a template chunk this heap copied
    /// (and may have changed to refer to its own objects) is a root. So a
    /// collection costs what this `Ctx` allocated, not the template's size.
    pub(crate) fn collect(&mut self, roots: impl IntoIterator<Item = Value>) -> usize {
        let marked = self.mark(roots);
        let (mut freed, mut live, mut objects) = (0, 0, 0);
        for (at, (slot, keep)) in self.own.iter_mut().zip(&marked).enumerate() {
            if matches!(slot.object, Object::Free) {
                continue;
            }
            if *keep {
                let size = slot.object.size_bytes();
                slot.size = size as u32;
                live += size;
                objects += 1;
            } else {
                *slot = Slot::free();
                self.free.push(self.shared + at as u32);
                freed += 1;
            }
        }
        self.live_bytes = live;
        self.after_collect = live;
        self.since_collect = 0;
        self.live_objects = objects;
        freed
    }

    /// The mark phase: which slots past the template's are reachable from
    /// `roots` (indexed from [`Heap::shared`]).
    fn mark(&self, roots: impl IntoIterator<Item = Value>) -> Vec<bool> {
        let shared = self.shared as usize;
        let mut marked = vec![false; self.own.len()];
        let mut pending: Vec<ObjId> = roots.into_iter().filter_map(Value::as_obj).collect();
        let push_children = |slot: &Slot, pending: &mut Vec<ObjId>| {
            let mut push = |v: Value| {
                if let Value::Obj(child) = v {
                    pending.push(child);
                }
            };
            slot.object.trace(&mut push);
            if let Some(sub) = &slot.subclassed {
                sub.trace(&mut push);
            }
        };
        for (_, slots) in self.chunks.copied() {
            for slot in slots {
                push_children(slot, &mut pending);
            }
        }
        while let Some(id) = pending.pop() {
            let Some(mark) = id
                .index()
                .checked_sub(shared)
                .and_then(|i| marked.get_mut(i))
            else {
                continue;
            };
            if *mark {
                continue;
            }
            *mark = true;
            if let Some(slot) = self.slot(id) {
                push_children(slot, &mut pending);
            }
        }
        marked
    }

    /// Makes this heap the process template: its chunks are leaked and
    /// shared by every heap copied from it; the next object goes into a new
    /// chunk (so a `Ctx`'s first objects do not copy the last template chunk).
    /// Called once, on a heap without template chunks.
    pub(crate) fn freeze(&mut self) {
        self.chunks = Chunks::leak(std::mem::take(&mut self.own));
        self.shared = (self.chunks.len() << CHUNK_BITS) as u32;
        self.free.clear();
        // Template objects are shared by every `Ctx`: not charged to any.
        self.live_objects = 0;
        self.live_bytes = 0;
        self.since_collect = 0;
        self.after_collect = 0;
    }
}

/// A heap as a snapshot stores it: the bookkeeping and the owned chunks
/// only (the template's chunks are the same in every process of one build;
/// `snapshot.rs` checks the template's fingerprint before reading).
#[derive(Serialize)]
struct HeapOut<'a> {
    free: &'a [u32],
    counts: [usize; 4],
    /// Template chunks this heap wrote, by index.
    copied: Vec<(u32, &'a [Slot])>,
    own: &'a [Slot],
}

/// [`HeapOut`] read back.
#[derive(Deserialize)]
struct HeapIn {
    free: Vec<u32>,
    counts: [usize; 4],
    copied: Vec<(u32, Vec<Slot>)>,
    own: Vec<Slot>,
}

impl Heap {
    /// The bookkeeping counters, in [`HeapOut`]'s order.
    fn counts(&self) -> [usize; 4] {
        [
            self.live_objects,
            self.live_bytes,
            self.since_collect,
            self.after_collect,
        ]
    }

    /// `(template chunks copied, own slots)`: how much of the heap a snapshot carries.
    pub(crate) fn chunk_counts(&self) -> (usize, usize) {
        let copied = self.chunks.copied().count();
        (copied, self.own.len())
    }

    /// Every chunk's slots, the template's included (the template's fingerprint).
    pub(crate) fn all_slots(&self) -> impl Iterator<Item = &[Slot]> + '_ {
        self.chunks
            .iter()
            .map(<[Slot; CHUNK_SLOTS]>::as_slice)
            .chain(std::iter::once(self.own.as_slice()))
    }
}

impl Serialize for Heap {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let copied = self
            .chunks
            .copied()
            .map(|(i, slots)| (i as u32, slots.as_slice()))
            .collect();
        HeapOut {
            free: &self.free,
            counts: self.counts(),
            copied,
            own: &self.own,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Heap {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let data = HeapIn::deserialize(deserializer)?;
        let template = &crate::eval::vm::template().heap;
        let mut chunks = template.chunks.clone();
        for (index, slots) in data.copied {
            chunks
                .set_copy(index as usize, slots)
                .ok_or_else(|| D::Error::custom("bad heap chunk"))?;
        }
        let [live_objects, live_bytes, since_collect, after_collect] = data.counts;
        Ok(Heap {
            chunks,
            own: data.own,
            shared: template.shared,
            free: data.free,
            live_objects,
            live_bytes,
            since_collect,
            after_collect,
        })
    }
}
