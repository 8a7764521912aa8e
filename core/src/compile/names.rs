//! Interned identifiers and CPython's private-name mangling.
//!
//! Every identifier the resolver sees becomes a [`Name`], a `u32` index into
//! the [`Interner`] owned by the [`ScopeTable`](super::ScopeTable), so later
//! passes compare and hash names as integers.

use foldhash::{HashMap, HashMapExt};
use std::fmt;
use std::hash::BuildHasher;

/// An interned identifier; resolve it with [`Interner::resolve`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(u32);

impl Name {
    /// The index of this name in its interner.
    pub fn index(self) -> u32 {
        self.0
    }
}

/// A small string interner: each distinct string gets one [`Name`].
///
/// Each string is stored once: the map goes from a string's hash to the
/// first name with that hash, and the rare second string with the same hash
/// is found by a scan ([`Interner::get`]).
#[derive(Clone, Default)]
pub struct Interner {
    strings: Vec<Box<str>>,
    ids: HashMap<u64, Name>,
}

impl Interner {
    /// An interner with room for `capacity` names before it grows.
    pub fn with_capacity(capacity: usize) -> Self {
        Interner {
            strings: Vec::with_capacity(capacity),
            ids: HashMap::with_capacity(capacity),
        }
    }

    /// About how many distinct names a module of `source_len` bytes holds
    /// (one per 32 bytes, a generous guess): sizing the tables up front
    /// saves rehashing every name as they grow.
    pub fn capacity_for(source_len: u32) -> usize {
        (source_len as usize / 32).clamp(16, 4096)
    }

    /// The name of `text`, adding it if it is new.
    pub fn intern(&mut self, text: &str) -> Name {
        let hash = self.ids.hasher().hash_one(text);
        if let Some(name) = self.find(hash, text) {
            return name;
        }
        let name = Name(self.strings.len() as u32);
        self.strings.push(text.into());
        self.ids.entry(hash).or_insert(name);
        name
    }

    /// The name of `text`, if it has been interned.
    pub fn get(&self, text: &str) -> Option<Name> {
        self.find(self.ids.hasher().hash_one(text), text)
    }

    /// The name of `text`, whose hash is `hash`: the map's entry, or when
    /// that entry is another string with the same hash, a scan.
    fn find(&self, hash: u64, text: &str) -> Option<Name> {
        let &name = self.ids.get(&hash)?;
        if self.resolve(name) == text {
            return Some(name);
        }
        let at = self.strings.iter().position(|s| &**s == text)?;
        Some(Name(at as u32))
    }

    /// The text of `name` (empty for a name from another interner).
    pub fn resolve(&self, name: Name) -> &str {
        self.strings.get(name.0 as usize).map_or("", |s| s)
    }

    /// How many distinct names there are.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// Whether no name has been interned.
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    /// The strings, in [`Name`] order.
    pub fn into_strings(self) -> Vec<Box<str>> {
        self.strings
    }
}

impl fmt::Debug for Interner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.strings).finish()
    }
}

/// A set of [`Name`]s of one interner, as a bitset over their indexes: names
/// are small dense integers, so membership, union and copy are word operations
/// (the resolver copies and merges these sets per scope, as CPython's
/// `analyze_block` does with its dicts).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameSet {
    words: Vec<u64>,
}

impl NameSet {
    /// An empty set.
    pub fn new() -> Self {
        NameSet::default()
    }

    /// The word and bit of `name`.
    fn at(name: Name) -> (usize, u64) {
        ((name.0 / 64) as usize, 1 << (name.0 % 64))
    }

    /// Adds `name`.
    pub fn insert(&mut self, name: Name) {
        let (word, bit) = Self::at(name);
        if word >= self.words.len() {
            self.words.resize(word + 1, 0);
        }
        if let Some(w) = self.words.get_mut(word) {
            *w |= bit;
        }
    }

    /// Removes `name`; returns whether it was there.
    pub fn remove(&mut self, name: Name) -> bool {
        let (word, bit) = Self::at(name);
        match self.words.get_mut(word) {
            Some(w) if *w & bit != 0 => {
                *w &= !bit;
                true
            }
            _ => false,
        }
    }

    /// Whether `name` is in the set.
    pub fn contains(&self, name: Name) -> bool {
        let (word, bit) = Self::at(name);
        self.words.get(word).is_some_and(|w| w & bit != 0)
    }

    /// Adds every name of `other`.
    pub fn union_with(&mut self, other: &NameSet) {
        if other.words.len() > self.words.len() {
            self.words.resize(other.words.len(), 0);
        }
        for (w, o) in self.words.iter_mut().zip(&other.words) {
            *w |= o;
        }
    }

    /// The names, in index order.
    pub fn iter(&self) -> impl Iterator<Item = Name> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let bit = rest.trailing_zeros();
                rest &= rest - 1;
                Some(Name(i as u32 * 64 + bit))
            })
        })
    }
}

/// CPython's `_Py_Mangle`: inside class `class_name`, `__spam` becomes
/// `_Class__spam`.
///
/// Dunder names (`__x__`), dotted names and names in a class whose name is
/// only underscores are left alone; the class name loses its leading `_`s.
pub fn mangle(class_name: Option<&str>, ident: &str) -> Option<String> {
    let class_name = class_name?;
    if !ident.starts_with("__") || ident.ends_with("__") || ident.contains('.') {
        return None;
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{stripped}{ident}"))
}

#[cfg(test)]
mod tests {
    use super::{mangle, Interner, Name, NameSet};

    #[test]
    fn interning_is_stable() {
        let mut names = Interner::default();
        let a = names.intern("a");
        let b = names.intern("b");
        assert_eq!(names.intern("a"), a);
        assert_ne!(a, b);
        assert_eq!(names.resolve(b), "b");
        assert_eq!(names.get("c"), None);
        assert_eq!(names.len(), 2);
        assert_eq!(names.get("b"), Some(b));
        assert_eq!(
            names.into_strings(),
            vec![Box::<str>::from("a"), Box::<str>::from("b")]
        );
    }

    #[test]
    fn name_sets_hold_names() {
        let mut set = NameSet::new();
        let (a, b, c) = (Name(3), Name(64), Name(200));
        set.insert(b);
        set.insert(a);
        assert!(set.contains(a) && set.contains(b) && !set.contains(c));
        let mut other = NameSet::new();
        other.insert(c);
        set.union_with(&other);
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![a, b, c]);
        assert!(set.remove(b) && !set.remove(b) && !set.remove(Name(9999)));
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![a, c]);
        assert!(!NameSet::new().contains(a));
    }

    #[test]
    fn mangling_follows_cpython() {
        assert_eq!(mangle(Some("C"), "__x").as_deref(), Some("_C__x"));
        assert_eq!(mangle(Some("__C"), "__x").as_deref(), Some("_C__x"));
        assert_eq!(mangle(Some("C"), "__x__"), None);
        assert_eq!(mangle(Some("C"), "_x"), None);
        assert_eq!(mangle(Some("__"), "__x"), None);
        assert_eq!(mangle(Some("C"), "__a.b"), None);
        assert_eq!(mangle(None, "__x"), None);
        // `__` alone ends with `__`: CPython checks the last two characters.
        assert_eq!(mangle(Some("C"), "__"), None);
    }
}
