//! The object arena: a `Vec` of slots plus a free list, with byte accounting
//! and a mark-and-sweep collector run at safe points.
//!
//! Nothing here is reference counted: a value is a `Copy` handle, the `Ctx`
//! owns the arena, and dropping the `Ctx` frees every object at once. The
//! evaluator calls [`Heap::collect`] between instructions with every root it
//! holds (frames, module globals, registries), so no handle a builtin holds can
//! be freed under it: there is no safe point inside a builtin.

use serde::{Deserialize, Serialize};

use super::class::Subclassed;
use super::{ObjId, Object, Value};

/// Bytes allocated between two collections before the evaluator asks for one.
const MIN_COLLECT_BYTES: usize = 4 << 20;

/// One arena slot.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Slot {
    object: Object,
    /// Size counted for this object when it was allocated or last measured.
    size: u32,
    /// Set when the object is an instance of a user subclass of its builtin type.
    subclassed: Option<Box<Subclassed>>,
}

/// The per-`Ctx` object arena.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct Heap {
    slots: Vec<Slot>,
    free: Vec<u32>,
    /// Bytes held by live objects, as last measured.
    live_bytes: usize,
    /// Bytes allocated since the last collection.
    since_collect: usize,
    /// Live bytes right after the last collection (sets the next threshold).
    after_collect: usize,
}

static FREE: Object = Object::Free;

impl Heap {
    /// Moves `object` into the heap and returns its handle.
    pub(crate) fn alloc(&mut self, object: Object) -> ObjId {
        let size = object.size_bytes();
        self.live_bytes += size;
        self.since_collect += size;
        let slot = Slot {
            object,
            size: size as u32,
            subclassed: None,
        };
        if let Some(index) = self.free.pop() {
            if let Some(free) = self.slots.get_mut(index as usize) {
                *free = slot;
                return ObjId(index);
            }
        }
        self.slots.push(slot);
        ObjId((self.slots.len() - 1) as u32)
    }

    /// The object behind `id` ([`Object::Free`] for a dangling handle, which
    /// callers treat like any unexpected type: an internal error).
    pub(crate) fn get(&self, id: ObjId) -> &Object {
        self.slots.get(id.index()).map_or(&FREE, |s| &s.object)
    }

    /// The object behind `id` unless it belongs to a user subclass of its
    /// builtin type (whose dunders may override the builtin behaviour).
    pub(crate) fn get_plain(&self, id: ObjId) -> Option<&Object> {
        self.slots
            .get(id.index())
            .filter(|s| s.subclassed.is_none())
            .map(|s| &s.object)
    }

    /// Mutable [`Heap::get_plain`].
    pub(crate) fn get_plain_mut(&mut self, id: ObjId) -> Option<&mut Object> {
        self.slots
            .get_mut(id.index())
            .filter(|s| s.subclassed.is_none())
            .map(|s| &mut s.object)
    }

    /// Mutable access to the object behind `id`.
    pub(crate) fn get_mut(&mut self, id: ObjId) -> Option<&mut Object> {
        self.slots.get_mut(id.index()).map(|s| &mut s.object)
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
        self.slots.get(id.index())?.subclassed.as_deref()
    }

    /// Mutable access to [`Heap::subclassed`].
    pub(crate) fn subclassed_mut(&mut self, id: ObjId) -> Option<&mut Subclassed> {
        self.slots.get_mut(id.index())?.subclassed.as_deref_mut()
    }

    /// Takes the subclass record off `id` for a moment, so a builtin slot
    /// (`dict.__getitem__(self, k)`) sees the plain builtin object and does
    /// not dispatch back to the user's override; see [`Heap::restore_subclassed`].
    pub(crate) fn take_subclassed(&mut self, id: ObjId) -> Option<Box<Subclassed>> {
        self.slots.get_mut(id.index())?.subclassed.take()
    }

    /// Puts back what [`Heap::take_subclassed`] took.
    pub(crate) fn restore_subclassed(&mut self, id: ObjId, record: Box<Subclassed>) {
        if let Some(slot) = self.slots.get_mut(id.index()) {
            slot.subclassed = Some(record);
        }
    }

    /// Marks the object behind `id` as an instance of user class `class`.
    pub(crate) fn set_subclassed(&mut self, id: ObjId, class: ObjId) {
        if let Some(slot) = self.slots.get_mut(id.index()) {
            slot.subclassed = Some(Box::new(Subclassed {
                class,
                attrs: super::symbol::AttrMap::default(),
                dict: None,
            }));
        }
    }

    /// Every live object with its handle, in slot order.
    pub(crate) fn objects(&self) -> impl Iterator<Item = (ObjId, &Object)> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, s)| !matches!(s.object, Object::Free))
            .map(|(i, s)| (ObjId(i as u32), &s.object))
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
        self.slots.len() - self.free.len()
    }

    /// Whether enough was allocated since the last collection to run one.
    pub(crate) fn wants_collect(&self) -> bool {
        self.since_collect > MIN_COLLECT_BYTES.max(self.after_collect)
    }

    /// Frees every object not reachable from `roots`; returns the number freed.
    pub(crate) fn collect(&mut self, roots: impl IntoIterator<Item = Value>) -> usize {
        let mut marked = vec![false; self.slots.len()];
        let mut pending: Vec<ObjId> = roots.into_iter().filter_map(Value::as_obj).collect();
        while let Some(id) = pending.pop() {
            let Some(mark) = marked.get_mut(id.index()) else {
                continue;
            };
            if *mark {
                continue;
            }
            *mark = true;
            let mut push = |v: Value| {
                if let Value::Obj(child) = v {
                    pending.push(child);
                }
            };
            self.get(id).trace(&mut push);
            if let Some(sub) = self.subclassed(id) {
                sub.trace(&mut push);
            }
        }
        let mut freed = 0;
        let mut live = 0;
        for (index, (slot, keep)) in self.slots.iter_mut().zip(&marked).enumerate() {
            if matches!(slot.object, Object::Free) {
                continue;
            }
            if *keep {
                let size = slot.object.size_bytes();
                slot.size = size as u32;
                live += size;
            } else {
                slot.object = Object::Free;
                slot.size = 0;
                slot.subclassed = None;
                self.free.push(index as u32);
                freed += 1;
            }
        }
        self.live_bytes = live;
        self.after_collect = live;
        self.since_collect = 0;
        freed
    }
}
