//! Memoised class lookups. Reading `obj.x` must walk `type(obj).__mro__`
//! (for data descriptors before the instance dict, for methods after it) and
//! ask whether the class has `__getattribute__`/`__getattr__`/`__setattr__`
//! hooks; CPython caches the MRO walk per type (its "method cache"). Here the
//! results are kept per `(class, name)` until a class changes: a write to a
//! class namespace forgets the entries of that name (all of them for a name
//! that decides hooks, `__slots__` or what is a data descriptor); a new MRO
//! or a garbage collection (which may free a class and hand its id to a new
//! one) empties the cache. A new class needs nothing forgotten: its id is
//! fresh, or was freed by a collection, which emptied the cache.

use std::collections::hash_map::Entry;

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

/// The class attributes that an [`AttrEntry`] or [`Hooks`] of other names
/// depend on: the hooks, `__slots__`, and what makes a class attribute a data
/// descriptor (its class's `__set__`/`__delete__`).
const CHANGES_OTHER_NAMES: [&str; 7] = [
    "__getattribute__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__slots__",
    "__set__",
    "__delete__",
];

/// The memo: MRO lookups and hooks by class. Not part of a snapshot (it is
/// rebuilt on demand), so a restored machine starts with it empty.
#[derive(Clone, Debug, Default)]
pub(crate) struct TypeCache {
    /// Each entry with the next class that has an entry of the same name:
    /// with `last_class` a chain per name, so forgetting a name removes its
    /// entries without walking the others (a class statement writes a dozen
    /// names, each forgotten once). Plain data, so a new `Ctx`'s copy of the
    /// template's cache allocates nothing per name.
    entries: FxHashMap<(ObjId, Symbol), (AttrEntry, Option<ObjId>)>,
    /// The class whose entry of a name was remembered last: the chain's head.
    last_class: FxHashMap<Symbol, ObjId>,
    hooks: FxHashMap<ObjId, Hooks>,
    /// The builtin method found for a name along the builtin classes of a
    /// user class's MRO (`object`'s `__reduce_ex__`, `dict`'s `keys` for a
    /// `dict` subclass). It depends only on the MRO, so no attribute write
    /// forgets it.
    builtin_methods: FxHashMap<(ObjId, Symbol), Option<Value>>,
}

impl TypeCache {
    /// The remembered [`AttrEntry`] of `(class, name)`.
    pub(crate) fn entry(&self, class: ObjId, name: Symbol) -> Option<AttrEntry> {
        self.entries.get(&(class, name)).map(|&(entry, _)| entry)
    }

    /// The `(class, name)` pairs that have an entry.
    pub(crate) fn entry_keys(&self) -> impl Iterator<Item = (ObjId, Symbol)> + '_ {
        self.entries.keys().copied()
    }

    /// Remembers an [`AttrEntry`].
    pub(crate) fn remember_entry(&mut self, class: ObjId, name: Symbol, entry: AttrEntry) {
        match self.entries.entry((class, name)) {
            Entry::Occupied(mut known) => known.get_mut().0 = entry,
            Entry::Vacant(new) => {
                new.insert((entry, self.last_class.insert(name, class)));
            }
        }
    }

    /// The remembered hooks of `class`.
    pub(crate) fn hooks(&self, class: ObjId) -> Option<Hooks> {
        self.hooks.get(&class).copied()
    }

    /// Remembers the hooks of `class`.
    pub(crate) fn remember_hooks(&mut self, class: ObjId, hooks: Hooks) {
        self.hooks.insert(class, hooks);
    }

    /// The remembered builtin method of `(class, name)` (`Some(None)`: none).
    #[expect(
        clippy::option_option,
        reason = "not remembered, remembered as absent, or the method"
    )]
    pub(crate) fn builtin_method(&self, class: ObjId, name: Symbol) -> Option<Option<Value>> {
        self.builtin_methods.get(&(class, name)).copied()
    }

    /// Remembers the builtin method of `(class, name)`.
    pub(crate) fn remember_builtin_method(
        &mut self,
        class: ObjId,
        name: Symbol,
        method: Option<Value>,
    ) {
        self.builtin_methods.insert((class, name), method);
    }

    /// Forgets what writing (or deleting) attribute `name` of some class may
    /// change. An entry `(class, name)` depends on the classes of `class`'s
    /// MRO only through `name`, except for the few names that decide hooks,
    /// slots and data descriptors ([`CHANGES_OTHER_NAMES`]): those forget
    /// everything.
    pub(crate) fn forget(&mut self, name: Symbol, text: &str) {
        if CHANGES_OTHER_NAMES.contains(&text) {
            self.clear();
        } else {
            let mut next = self.last_class.remove(&name);
            while let Some(class) = next {
                next = self.entries.remove(&(class, name)).and_then(|(_, n)| n);
            }
        }
    }

    /// Forgets everything: a class changed or may have been freed.
    pub(crate) fn clear(&mut self) {
        self.entries.clear();
        self.last_class.clear();
        self.hooks.clear();
        self.builtin_methods.clear();
    }
}
