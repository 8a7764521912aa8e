//! Interned identifiers and CPython's private-name mangling.
//!
//! Every identifier the resolver sees becomes a [`Name`], a `u32` index into
//! the [`Interner`] owned by the [`ScopeTable`](super::ScopeTable), so later
//! passes compare and hash names as integers.

use std::fmt;

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
/// Each string is stored once. The look-up table is open addressing with
/// linear probing over `slots` (a power of two, at most half full), keyed by
/// [`hash`], a hash made for short identifiers: every name of a module is
/// interned several times (by the resolver, then by the lowerer), so a look-up
/// costs a few dozen instructions instead of a general-purpose map's hundred.
#[derive(Clone, Default)]
pub struct Interner {
    strings: Vec<Box<str>>,
    /// The [`hash`] of each string, by name index (compared before the text,
    /// and used to rehash when `slots` grows).
    hashes: Vec<u32>,
    /// 0 for an empty slot, else a name's index plus one.
    slots: Vec<u32>,
}

impl Interner {
    /// An interner with room for `capacity` names before it grows.
    pub fn with_capacity(capacity: usize) -> Self {
        Interner {
            strings: Vec::with_capacity(capacity),
            hashes: Vec::with_capacity(capacity),
            slots: vec![0; (capacity * 2).next_power_of_two().max(16)],
        }
    }

    /// About how many distinct names a module of `source_len` bytes holds
    /// (one per 32 bytes, a generous guess): sizing the tables up front
    /// saves rehashing every name as they grow.
    pub fn capacity_for(source_len: u32) -> usize {
        (source_len as usize / 32).clamp(16, 4096)
    }

    /// The name of `text`, adding it if it is new.
    ///
    /// Inlined, like [`Interner::find`]: the look-up is a few dozen
    /// instructions, and most calls find the name (a call's register saves
    /// cost a third as much again); adding one is [`Interner::add`].
    #[inline]
    pub fn intern(&mut self, text: &str) -> Name {
        let hash = hash(text.as_bytes());
        match self.find(hash, text) {
            Ok(name) => name,
            Err(slot) => self.add(text, hash, slot),
        }
    }

    /// Adds `text`, whose hash is `hash`, at the empty slot `slot`.
    #[inline(never)]
    fn add(&mut self, text: &str, hash: u32, slot: usize) -> Name {
        let name = Name(self.strings.len() as u32);
        self.strings.push(text.into());
        self.hashes.push(hash);
        if (self.strings.len()) * 2 > self.slots.len() {
            self.grow();
        } else if let Some(s) = self.slots.get_mut(slot) {
            *s = name.0 + 1;
        }
        name
    }

    /// The name of `text`, if it has been interned.
    #[inline]
    pub fn get(&self, text: &str) -> Option<Name> {
        self.find(hash(text.as_bytes()), text).ok()
    }

    /// The name of `text`, whose hash is `hash`, or the empty slot where it
    /// would go (`slots.len()` when there are no slots yet).
    #[expect(
        clippy::inline_always,
        reason = "measured: plain #[inline] leaves it a call in the passes that intern"
    )]
    #[inline(always)]
    fn find(&self, hash: u32, text: &str) -> Result<Name, usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = hash as usize & mask;
        loop {
            match self.slots.get(i) {
                None | Some(0) => return Err(i),
                Some(&s) => {
                    let at = (s - 1) as usize;
                    if self.hashes.get(at) == Some(&hash)
                        && self
                            .strings
                            .get(at)
                            .is_some_and(|t| same(t.as_bytes(), text.as_bytes()))
                    {
                        return Ok(Name(s - 1));
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the table (or makes the first one) and puts every name back.
    fn grow(&mut self) {
        let len = (self.slots.len() * 2).max(16);
        self.slots = vec![0; len];
        let mask = len - 1;
        for (at, &hash) in self.hashes.iter().enumerate() {
            let mut i = hash as usize & mask;
            while self.slots.get(i).is_some_and(|&s| s != 0) {
                i = (i + 1) & mask;
            }
            if let Some(s) = self.slots.get_mut(i) {
                *s = at as u32 + 1;
            }
        }
    }

    /// The text of `name` (empty for a name from another interner).
    #[inline]
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

/// The bytes of a string of at most 8 as an integer: two overlapping
/// 4-byte reads, or for 1 to 3 bytes the first, middle and last one (the
/// length, mixed in by the caller, tells the cases apart).
#[inline]
fn word(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    let at = |i: usize| u64::from(bytes.get(i).copied().unwrap_or(0));
    if len >= 4 {
        let read4 = |i: usize| {
            bytes
                .get(i..i + 4)
                .and_then(|b| b.try_into().ok())
                .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
        };
        (read4(len - 4) << 32) | read4(0)
    } else if len > 0 {
        (at(len - 1) << 16) | (at(len / 2) << 8) | at(0)
    } else {
        0
    }
}

/// Whether `a` and `b` are the same bytes; strings up to 16 bytes (most
/// identifiers) are compared as two words, without a call to `memcmp`.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    if len <= 8 {
        word(a) == word(b)
    } else if len <= 16 {
        word8(a, 0) == word8(b, 0) && word8(a, len - 8) == word8(b, len - 8)
    } else {
        a == b
    }
}

/// The 8 bytes of `bytes` from `at` as an integer (0 past the end).
#[inline]
fn word8(bytes: &[u8], at: usize) -> u64 {
    bytes
        .get(at..at + 8)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u64::from_le_bytes)
}

/// A hash of a short string (an identifier): whole 8-byte words, the last
/// one overlapping the one before, then a multiply that mixes every input
/// bit into the high bits, which are the ones returned.
#[inline]
fn hash(bytes: &[u8]) -> u32 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let len = bytes.len();
    let mut h = (len as u64).wrapping_mul(K);
    if len <= 8 {
        h ^= word(bytes);
    } else {
        let mut at = 0;
        while at + 8 < len {
            h = (h ^ word8(bytes, at)).wrapping_mul(K).rotate_left(23);
            at += 8;
        }
        h ^= word8(bytes, len - 8);
    }
    let h = (h ^ (h >> 31)).wrapping_mul(K);
    (h >> 32) as u32
}

impl fmt::Debug for Interner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.strings).finish()
    }
}

/// A set of [`Name`]s of one interner, as a bitset over their indexes: names
/// are small dense integers, so membership, union and copy are word operations
/// (the resolver copies and merges these sets per scope, as CPython's
/// `analyze_block` does with its dicts). The first [`INLINE_WORDS`] words
/// are stored in place, so a module's sets are copied without allocating.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameSet {
    inline: [u64; INLINE_WORDS],
    /// The words after the inline ones (empty for most modules).
    rest: Vec<u64>,
}

/// Words of a [`NameSet`] kept in place: 256 names.
const INLINE_WORDS: usize = 4;

impl NameSet {
    /// An empty set.
    pub fn new() -> Self {
        NameSet::default()
    }

    /// The word and bit of `name`.
    fn at(name: Name) -> (usize, u64) {
        ((name.0 / 64) as usize, 1 << (name.0 % 64))
    }

    /// The word at `index`, if stored.
    fn word_mut(&mut self, index: usize) -> Option<&mut u64> {
        match index.checked_sub(INLINE_WORDS) {
            None => self.inline.get_mut(index),
            Some(i) => self.rest.get_mut(i),
        }
    }

    /// Adds `name`.
    pub fn insert(&mut self, name: Name) {
        let (word, bit) = Self::at(name);
        if let Some(i) = word.checked_sub(INLINE_WORDS) {
            if i >= self.rest.len() {
                self.rest.resize(i + 1, 0);
            }
        }
        if let Some(w) = self.word_mut(word) {
            *w |= bit;
        }
    }

    /// Removes `name`; returns whether it was there.
    pub fn remove(&mut self, name: Name) -> bool {
        let (word, bit) = Self::at(name);
        match self.word_mut(word) {
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
        let w = match word.checked_sub(INLINE_WORDS) {
            None => self.inline.get(word),
            Some(i) => self.rest.get(i),
        };
        w.is_some_and(|w| w & bit != 0)
    }

    /// Adds every name of `other`.
    pub fn union_with(&mut self, other: &NameSet) {
        for (w, o) in self.inline.iter_mut().zip(&other.inline) {
            *w |= o;
        }
        if other.rest.len() > self.rest.len() {
            self.rest.resize(other.rest.len(), 0);
        }
        for (w, o) in self.rest.iter_mut().zip(&other.rest) {
            *w |= o;
        }
    }

    /// The names, in index order.
    pub fn iter(&self) -> impl Iterator<Item = Name> + '_ {
        self.inline
            .iter()
            .chain(&self.rest)
            .enumerate()
            .flat_map(|(i, &word)| {
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
/// Inlined: nearly every call is outside a class or for a name without
/// `__`, and returns at once.
#[inline]
pub fn mangle(class_name: Option<&str>, ident: &str) -> Option<String> {
    let class_name = class_name?;
    if !ident.starts_with("__") {
        return None;
    }
    mangle_private(class_name, ident)
}

/// [`mangle`] of a name that starts with `__`, in class `class_name`.
fn mangle_private(class_name: &str, ident: &str) -> Option<String> {
    if ident.ends_with("__") || ident.contains('.') {
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
        // Past the inline words.
        let (d, e) = (Name(300), Name(1000));
        let mut far = NameSet::new();
        far.insert(e);
        set.insert(d);
        assert!(set.contains(d) && !set.contains(e) && !far.contains(d));
        set.union_with(&far);
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![a, c, d, e]);
        assert!(set.remove(e) && !set.contains(e) && set.contains(d));
    }

    #[test]
    fn interning_survives_growth_and_long_names() {
        let mut names = Interner::default();
        let words: Vec<String> = (0..300)
            .map(|i| format!("name_{i}_{}", "x".repeat(i % 40)))
            .collect();
        let ids: Vec<Name> = words.iter().map(|w| names.intern(w)).collect();
        for (w, id) in words.iter().zip(&ids) {
            assert_eq!(names.get(w), Some(*id));
            assert_eq!(names.resolve(*id), w);
        }
        assert_eq!(names.len(), 300);
        assert_eq!(names.get("name_0_y"), None);
        assert_eq!(names.get(""), None);
        let empty = names.intern("");
        assert_eq!(names.intern(""), empty);
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
