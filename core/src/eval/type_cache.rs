//! Memoised class lookups. Reading `obj.x` must walk `type(obj).__mro__`
//! (for data descriptors before the instance dict, for methods after it) and
//! ask whether the class has `__getattribute__`/`__getattr__`/`__setattr__`
//! hooks; CPython caches the MRO walk per type (its "method cache"). Here the
//! results are kept per `(class, name)` until a class changes: any write to a
//! class namespace, a new MRO, or a garbage collection (which may free a class
//! and hand its id to a new one) empties the cache.

use rustc_hash::FxHashMap;

use crate::value::symbol::Symbol;
use crate::value::{ObjId, Value};

/// The attribute hooks a user class defines (`None` for builtin classes).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Hooks {
    /// `__getattribute__` defined by a user class in the MRO.
    pub getattribute: Option<Value>,
    /// `__getattr__`.
    pub getattr: Option<Value>,
    /// `__setattr__`.
    pub setattr: Option<Value>,
    /// `__delattr__`.
    pub delattr: Option<Value>,
}

/// What reading or writing `obj.name` needs to know about `type(obj)`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AttrEntry {
    /// `name` looked up along the MRO.
    pub found: Option<Value>,
    /// Reading `obj.name` may go straight to the instance's own attributes:
    /// no `__getattribute__` hook, and `found` is not a data descriptor.
    pub plain_get: bool,
    /// Writing `obj.name` may go straight to the instance's own attributes:
    /// no `__setattr__` hook, `found` is not a data descriptor, and `name` is
    /// not `__class__`/`__dict__`.
    pub plain_set: bool,
    /// Instances of the class have no `__dict__` (every class in the MRO
    /// declares `__slots__`) and `name` is not one of the slots: setting it
    /// is an `AttributeError`.
    pub slot_refused: bool,
}

/// The memo: MRO lookups and hooks by class. Not part of a snapshot (it is
/// rebuilt on demand), so a restored machine starts with it empty.
#[derive(Clone, Debug, Default)]
pub(crate) struct TypeCache {
    entries: FxHashMap<(ObjId, Symbol), AttrEntry>,
    hooks: FxHashMap<ObjId, Hooks>,
}

impl TypeCache {
    /// The remembered [`AttrEntry`] of `(class, name)`.
    pub(crate) fn entry(&self, class: ObjId, name: Symbol) -> Option<AttrEntry> {
        self.entries.get(&(class, name)).copied()
    }

    /// Remembers an [`AttrEntry`].
    pub(crate) fn remember_entry(&mut self, class: ObjId, name: Symbol, entry: AttrEntry) {
        self.entries.insert((class, name), entry);
    }

    /// The remembered hooks of `class`.
    pub(crate) fn hooks(&self, class: ObjId) -> Option<Hooks> {
        self.hooks.get(&class).copied()
    }

    /// Remembers the hooks of `class`.
    pub(crate) fn remember_hooks(&mut self, class: ObjId, hooks: Hooks) {
        self.hooks.insert(class, hooks);
    }

    /// Forgets everything: a class changed or may have been freed.
    pub(crate) fn clear(&mut self) {
        self.entries.clear();
        self.hooks.clear();
    }
}
