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
///
/// A machine copied from the process template starts with the template's
/// memo as its shared `base` (frozen with the template, never written) and
/// nothing of its own: a new `Ctx` copies no table. Lookups try its own
/// entries, then the base's; forgetting a name marks the base's entries of
/// that name stale, and forgetting everything drops the base.
#[derive(Clone, Debug, Default)]
pub(crate) struct TypeCache {
    own: Maps,
    /// The template's memo, shared by every machine copied from it.
    base: Option<&'static Maps>,
    /// Names forgotten since this machine was copied from the template: the
    /// base's entries of these names may be out of date.
    stale_in_base: rustc_hash::FxHashSet<Symbol>,
}

/// The remembered lookups.
#[derive(Clone, Debug, Default)]
struct Maps {
    /// Each entry with the next class that has an entry of the same name:
    /// with `last_class` a chain per name, so forgetting a name removes its
    /// entries without walking the others (a class statement writes a dozen
    /// names, each forgotten once).
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
    /// The base's memo, unless `name` was forgotten since the copy.
    fn base_for(&self, name: Symbol) -> Option<&'static Maps> {
        self.base
            .filter(|_| self.stale_in_base.is_empty() || !self.stale_in_base.contains(&name))
    }

    /// The remembered [`AttrEntry`] of `(class, name)`.
    pub(crate) fn entry(&self, class: ObjId, name: Symbol) -> Option<AttrEntry> {
        let key = (class, name);
        match self.own.entries.get(&key) {
            Some(&(entry, _)) => Some(entry),
            None => self
                .base_for(name)
                .and_then(|base| base.entries.get(&key))
                .map(|&(entry, _)| entry),
        }
    }

    /// The `(class, name)` pairs that have an entry.
    pub(crate) fn entry_keys(&self) -> impl Iterator<Item = (ObjId, Symbol)> + '_ {
        let base = self.base.map(|base| base.entries.keys().copied());
        self.own
            .entries
            .keys()
            .copied()
            .chain(base.into_iter().flatten().filter(|&(class, name)| {
                !self.own.entries.contains_key(&(class, name)) && self.base_for(name).is_some()
            }))
    }

    /// Remembers an [`AttrEntry`].
    pub(crate) fn remember_entry(&mut self, class: ObjId, name: Symbol, entry: AttrEntry) {
        let own = &mut self.own;
        match own.entries.entry((class, name)) {
            Entry::Occupied(mut known) => known.get_mut().0 = entry,
            Entry::Vacant(new) => {
                new.insert((entry, own.last_class.insert(name, class)));
            }
        }
    }

    /// The remembered hooks of `class`.
    pub(crate) fn hooks(&self, class: ObjId) -> Option<Hooks> {
        let found = self.own.hooks.get(&class);
        found
            .or_else(|| self.base.and_then(|base| base.hooks.get(&class)))
            .copied()
    }

    /// Remembers the hooks of `class`.
    pub(crate) fn remember_hooks(&mut self, class: ObjId, hooks: Hooks) {
        self.own.hooks.insert(class, hooks);
    }

    /// The remembered builtin method of `(class, name)` (`Some(None)`: none).
    #[expect(
        clippy::option_option,
        reason = "not remembered, remembered as absent, or the method"
    )]
    pub(crate) fn builtin_method(&self, class: ObjId, name: Symbol) -> Option<Option<Value>> {
        let key = (class, name);
        let found = self.own.builtin_methods.get(&key);
        found
            .or_else(|| self.base.and_then(|base| base.builtin_methods.get(&key)))
            .copied()
    }

    /// Remembers the builtin method of `(class, name)`.
    pub(crate) fn remember_builtin_method(
        &mut self,
        class: ObjId,
        name: Symbol,
        method: Option<Value>,
    ) {
        self.own.builtin_methods.insert((class, name), method);
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
            let own = &mut self.own;
            let mut next = own.last_class.remove(&name);
            while let Some(class) = next {
                next = own.entries.remove(&(class, name)).and_then(|(_, n)| n);
            }
            if self.base.is_some() {
                self.stale_in_base.insert(name);
            }
        }
    }

    /// Forgets everything: a class changed or may have been freed.
    pub(crate) fn clear(&mut self) {
        let own = &mut self.own;
        own.entries.clear();
        own.last_class.clear();
        own.hooks.clear();
        own.builtin_methods.clear();
        self.base = None;
        self.stale_in_base.clear();
    }

    /// Makes what is remembered so far the shared base of every copy of
    /// this machine (the process template's, leaked once per process).
    pub(crate) fn freeze(&mut self) {
        debug_assert!(self.base.is_none(), "a template is frozen once");
        self.base = Some(Box::leak(Box::new(std::mem::take(&mut self.own))));
        self.stale_in_base.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::{AttrEntry, Hooks, TypeCache};
    use crate::value::symbol::Symbol;
    use crate::value::{ObjId, Value};

    fn entry(found: i64) -> AttrEntry {
        AttrEntry {
            found: Some(Value::Int(found)),
            plain_get: true,
            plain_set: true,
            slot_refused: false,
        }
    }

    fn found(cache: &TypeCache, class: u32, name: u32) -> Option<Value> {
        cache
            .entry(ObjId(class), Symbol(name))
            .and_then(|e| e.found)
    }

    /// A template's memo frozen, then copied: what a new `Ctx` starts with.
    fn copied() -> TypeCache {
        let mut template = TypeCache::default();
        template.remember_entry(ObjId(1), Symbol(10), entry(1));
        template.remember_entry(ObjId(2), Symbol(10), entry(2));
        template.remember_entry(ObjId(1), Symbol(11), entry(3));
        template.remember_hooks(ObjId(1), Hooks::default());
        template.remember_builtin_method(ObjId(1), Symbol(12), None);
        template.freeze();
        template.clone()
    }

    #[test]
    fn a_copy_reads_the_frozen_entries_until_their_name_is_forgotten() {
        let mut cache = copied();
        assert_eq!(found(&cache, 2, 10), Some(Value::Int(2)));
        assert!(cache.hooks(ObjId(1)).is_some());
        assert_eq!(cache.builtin_method(ObjId(1), Symbol(12)), Some(None));
        cache.forget(Symbol(10), "x");
        assert_eq!(found(&cache, 1, 10), None);
        assert_eq!(found(&cache, 2, 10), None);
        assert_eq!(found(&cache, 1, 11), Some(Value::Int(3)));
        // Remembered again after the write: the copy's own entry.
        cache.remember_entry(ObjId(1), Symbol(10), entry(4));
        assert_eq!(found(&cache, 1, 10), Some(Value::Int(4)));
        assert_eq!(cache.entry_keys().count(), 2);
    }

    #[test]
    fn forgetting_everything_drops_the_frozen_entries() {
        let mut cache = copied();
        cache.remember_entry(ObjId(3), Symbol(11), entry(5));
        cache.forget(Symbol(13), "__getattr__");
        assert_eq!(found(&cache, 1, 11), None);
        assert_eq!(found(&cache, 3, 11), None);
        assert!(cache.hooks(ObjId(1)).is_none());
        assert_eq!(cache.builtin_method(ObjId(1), Symbol(12)), None);
        assert_eq!(cache.entry_keys().count(), 0);
    }

    #[test]
    fn copies_do_not_see_each_others_entries() {
        let (mut a, b) = (copied(), copied());
        a.remember_entry(ObjId(5), Symbol(10), entry(6));
        a.forget(Symbol(11), "y");
        assert_eq!(found(&a, 5, 10), Some(Value::Int(6)));
        assert_eq!(found(&b, 5, 10), None);
        assert_eq!(found(&b, 1, 11), Some(Value::Int(3)));
    }
}
