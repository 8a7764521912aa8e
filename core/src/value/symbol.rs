//! Interned identifiers ([`Symbol`]) and the attribute maps keyed by them.
//!
//! Attribute, global and keyword-argument names are interned once per `Ctx`,
//! so lookups hash and compare a `u32` instead of a string. A program's own
//! name table is mapped to symbols when the program is loaded into a `Ctx`.

use std::collections::HashMap;
use std::sync::Arc;

use rustc_hash::FxBuildHasher;
use serde::{Deserialize, Serialize};

use super::Value;

/// An interned identifier. Only meaningful with the [`Interner`] that made it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub(crate) struct Symbol(pub(crate) u32);

/// The identifier interner of one `Ctx`.
///
/// The names every `Ctx` starts with (builtins, dunders, type names) live in
/// a shared, frozen [`Base`], so copying a fresh machine copies one pointer
/// instead of hundreds of strings. Symbols number the base's names first,
/// then this interner's own. A snapshot stores this interner's own names
/// only: it is restored on the template's base (the snapshot's template
/// fingerprint guarantees it is the same base).
#[derive(Clone, Debug, Default)]
pub(crate) struct Interner {
    base: Arc<Base>,
    names: Vec<Box<str>>,
    index: HashMap<Box<str>, Symbol, FxBuildHasher>,
    /// Symbols of names written in the interpreter's source (`"__getattr__"`),
    /// keyed by the text's address and length: the hot paths that look up
    /// dunders skip hashing and comparing the text.
    statics: HashMap<(usize, usize), Symbol, FxBuildHasher>,
}

/// Frozen names shared by the interners copied from one template.
#[derive(Debug, Default)]
struct Base {
    names: Vec<Box<str>>,
    index: HashMap<Box<str>, Symbol, FxBuildHasher>,
}

impl Interner {
    /// The symbol for `name`, interning it on first use.
    pub(crate) fn intern(&mut self, name: &str) -> Symbol {
        if let Some(&symbol) = self.base.index.get(name) {
            return symbol;
        }
        if let Some(&symbol) = self.index.get(name) {
            return symbol;
        }
        let symbol = Symbol((self.base.names.len() + self.names.len()) as u32);
        self.names.push(name.into());
        self.index.insert(name.into(), symbol);
        symbol
    }

    /// The symbol for `name` if it was interned (no interning: `&self`).
    pub(crate) fn get(&self, name: &str) -> Option<Symbol> {
        if let Some(&symbol) = self.base.index.get(name) {
            return Some(symbol);
        }
        if self.index.len() == self.names.len() {
            return self.index.get(name).copied();
        }
        self.names
            .iter()
            .position(|n| &**n == name)
            .map(|i| Symbol((self.base.names.len() + i) as u32))
    }

    /// [`Interner::intern`] for a name in the interpreter's own source.
    pub(crate) fn intern_static(&mut self, name: &'static str) -> Symbol {
        let key = (name.as_ptr() as usize, name.len());
        if let Some(&symbol) = self.statics.get(&key) {
            return symbol;
        }
        let symbol = self.intern(name);
        self.statics.insert(key, symbol);
        symbol
    }

    /// The text of a symbol.
    pub(crate) fn name(&self, symbol: Symbol) -> &str {
        let i = symbol.0 as usize;
        let base = self.base.names.len();
        if i < base {
            return &self.base.names[i];
        }
        self.names.get(i - base).map_or("?", |n| n)
    }

    /// Moves every name into a shared base: clones made afterwards share it.
    pub(crate) fn freeze(&mut self) {
        let all: Vec<Box<str>> = std::mem::take(self).into();
        let index = Self::index_of(&all, 0);
        self.base = Arc::new(Base { names: all, index });
    }

    fn index_of(names: &[Box<str>], first: usize) -> HashMap<Box<str>, Symbol, FxBuildHasher> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), Symbol((first + i) as u32)))
            .collect()
    }
}

impl Serialize for Interner {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.names.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Interner {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let names = Vec::<Box<str>>::deserialize(deserializer)?;
        let base = crate::eval::vm::template().interner.base.clone();
        let index = Self::index_of(&names, base.names.len());
        Ok(Interner {
            base,
            names,
            index,
            statics: HashMap::default(),
        })
    }
}

impl From<Interner> for Vec<Box<str>> {
    fn from(interner: Interner) -> Self {
        let mut all = interner.base.names.clone();
        all.extend(interner.names);
        all
    }
}

/// An insertion-ordered map from names to values: module globals, class
/// namespaces, instance attributes.
///
/// Small maps (the common case for instances) are a linear scan over a `Vec`;
/// once a map passes [`AttrMap::INDEX_AT`] entries it gets a hash index
/// (open addressing, linear probing, at most half full) from a symbol to its
/// entry's position. The index is sized by the map's length, not by the
/// symbol numbers (a dense index by symbol number cost a boot ~45K
/// instructions of zeroing and copying: a map holding one name interned by
/// the program spans every name of the template).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub(crate) struct AttrMap {
    entries: Vec<(Symbol, Value)>,
    #[serde(skip)]
    index: Option<Box<[u32]>>,
}

/// An unused cell of an [`AttrMap`]'s index.
const EMPTY: u32 = u32::MAX;

/// The first cell probed for `name` in an index of `len` cells (a power of
/// two): Fibonacci hashing, so that consecutive symbols spread out.
#[inline]
fn home(name: Symbol, len: usize) -> usize {
    let bits = len.trailing_zeros();
    (name.0.wrapping_mul(0x9E37_79B9) as usize >> (32 - bits)) & (len - 1)
}

impl AttrMap {
    const INDEX_AT: usize = 12;

    /// Whether adding an entry reallocates (no room left).
    pub(crate) fn is_full(&self) -> bool {
        self.entries.len() == self.entries.capacity()
    }

    /// An empty map with room for `n` entries.
    pub(crate) fn with_capacity(n: usize) -> Self {
        AttrMap {
            entries: Vec::with_capacity(n),
            index: None,
        }
    }

    /// The position of `name` in `entries`.
    #[inline]
    fn position(&self, name: Symbol) -> Option<usize> {
        if let Some(index) = &self.index {
            let mask = index.len() - 1;
            let mut at = home(name, index.len());
            loop {
                let cell = *index.get(at)?;
                if cell == EMPTY {
                    return None;
                }
                if self.entries.get(cell as usize)?.0 == name {
                    return Some(cell as usize);
                }
                at = (at + 1) & mask;
            }
        }
        self.entries.iter().position(|(n, _)| *n == name)
    }

    /// The value bound to `name`.
    ///
    /// A deserialised map has no index until its next insert: lookups scan.
    #[inline]
    pub(crate) fn get(&self, name: Symbol) -> Option<Value> {
        self.position(name)
            .and_then(|i| self.entries.get(i))
            .map(|e| e.1)
    }

    /// Binds `name` to `value`, keeping the original position of an existing name.
    pub(crate) fn set(&mut self, name: Symbol, value: Value) {
        if self.index.is_none() && self.entries.len() > Self::INDEX_AT {
            self.build_index();
        }
        if let Some(i) = self.position(name) {
            if let Some(entry) = self.entries.get_mut(i) {
                entry.1 = value;
            }
            return;
        }
        self.entries.push((name, value));
        match &mut self.index {
            Some(index) if self.entries.len() * 2 <= index.len() => {
                let mask = index.len() - 1;
                let mut at = home(name, index.len());
                while index.get(at).is_some_and(|&c| c != EMPTY) {
                    at = (at + 1) & mask;
                }
                if let Some(cell) = index.get_mut(at) {
                    *cell = (self.entries.len() - 1) as u32;
                }
            }
            _ if self.entries.len() > Self::INDEX_AT => self.build_index(),
            _ => {}
        }
    }

    /// Unbinds `name`; returns the old value.
    pub(crate) fn remove(&mut self, name: Symbol) -> Option<Value> {
        if self.index.is_none() && self.entries.len() > Self::INDEX_AT {
            self.build_index();
        }
        let i = self.position(name)?;
        let (_, value) = self.entries.remove(i);
        if self.index.is_some() {
            self.build_index();
        }
        Some(value)
    }

    /// The entries in insertion order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (Symbol, Value)> + '_ {
        self.entries.iter().copied()
    }

    /// The number of entries.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// (Re)builds the index with room for twice the entries (so that it
    /// stays at most half full until the next rebuild).
    fn build_index(&mut self) {
        let len = (self.entries.len() * 4).next_power_of_two().max(32);
        let mut index = vec![EMPTY; len].into_boxed_slice();
        let mask = len - 1;
        for (i, (n, _)) in self.entries.iter().enumerate() {
            let mut at = home(*n, len);
            while index.get(at).is_some_and(|&c| c != EMPTY) {
                at = (at + 1) & mask;
            }
            if let Some(cell) = index.get_mut(at) {
                *cell = i as u32;
            }
        }
        self.index = Some(index);
    }
}

#[cfg(test)]
mod tests {
    use super::{AttrMap, Symbol};
    use crate::value::Value;

    /// Found by pyex-fuzz (restore target): a damaged snapshot with a
    /// repaired checksum held a symbol number near 2^31; the index must not
    /// grow with the symbol number (a dense index once did, to gigabytes).
    #[test]
    fn a_huge_symbol_does_not_grow_the_index() {
        let mut map = AttrMap::default();
        for n in 0..20 {
            map.set(Symbol(n), Value::Int(i64::from(n)));
        }
        let huge = Symbol(1 << 31);
        map.set(huge, Value::Int(-1));
        map.set(Symbol(3), Value::Int(33));
        assert_eq!(map.get(huge), Some(Value::Int(-1)));
        assert_eq!(map.get(Symbol(3)), Some(Value::Int(33)));
        assert_eq!(map.get(Symbol(19)), Some(Value::Int(19)));
        assert!(map.index.as_ref().map_or(0, |i| i.len()) <= 128);
        map.remove(Symbol(0));
        assert_eq!(map.get(huge), Some(Value::Int(-1)));
        assert_eq!(map.get(Symbol(0)), None);
    }

    /// Many names, set, overwritten and removed: every lookup agrees with
    /// the insertion-ordered entries, through every index rebuild.
    #[test]
    fn the_index_agrees_with_the_entries() {
        let mut map = AttrMap::default();
        for n in 0..300u32 {
            map.set(Symbol(n * 7919), Value::Int(i64::from(n)));
        }
        for n in (0..300u32).step_by(3) {
            map.set(Symbol(n * 7919), Value::Int(-i64::from(n)));
        }
        for n in (0..300u32).step_by(5) {
            assert!(map.remove(Symbol(n * 7919)).is_some());
        }
        for n in 0..300u32 {
            let want = match (n % 5, n % 3) {
                (0, _) => None,
                (_, 0) => Some(Value::Int(-i64::from(n))),
                _ => Some(Value::Int(i64::from(n))),
            };
            assert_eq!(map.get(Symbol(n * 7919)), want);
        }
        assert_eq!(map.get(Symbol(1)), None);
        assert_eq!(map.len(), 240);
    }
}
