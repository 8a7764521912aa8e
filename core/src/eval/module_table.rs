//! [`ModuleTable`]: the modules a `Ctx` imported, by name, in import order
//! (what `import` consults before it finds a module anywhere else).
//!
//! A lookup hashes the name instead of comparing it with every imported
//! module's (a boot of a web app registers some fifty modules and looks
//! names up a few hundred times). A prepared module (`prepared.rs`) is
//! registered under the template's own copy of its name, so registering
//! the closure of `import fastapi` copies no strings.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::value::ObjId;

/// A module's dotted name: borrowed from the process-wide prepared table,
/// or owned.
pub(crate) type ModuleName = Cow<'static, str>;

/// Imported modules by name, in registration order. Serialized as the list
/// of `(name, module)` pairs; the index is rebuilt when restored.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(from = "Vec<(ModuleName, ObjId)>", into = "Vec<(ModuleName, ObjId)>")]
pub(crate) struct ModuleTable {
    entries: Vec<(ModuleName, ObjId)>,
    /// The first entry of each name (a name registered twice keeps the
    /// module it was first registered as, as a scan in order would find).
    index: FxHashMap<ModuleName, ObjId>,
}

impl ModuleTable {
    /// The module registered under `name`.
    #[inline]
    pub(crate) fn get(&self, name: &str) -> Option<ObjId> {
        self.index.get(name).copied()
    }

    /// Registers `id` under `name` (after the others).
    pub(crate) fn push(&mut self, name: ModuleName, id: ObjId) {
        self.index.entry(name.clone()).or_insert(id);
        self.entries.push((name, id));
    }

    /// Makes room for `additional` more modules.
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.index.reserve(additional);
        self.entries.reserve(additional);
    }

    /// Forgets every module registered under `name`.
    pub(crate) fn remove(&mut self, name: &str) {
        if self.index.remove(name).is_some() {
            self.entries.retain(|(n, _)| n != name);
        }
    }

    /// `(name, module)` in registration order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&ModuleName, ObjId)> + '_ {
        self.entries.iter().map(|(n, id)| (n, *id))
    }

    /// The modules, in registration order.
    pub(crate) fn ids(&self) -> impl Iterator<Item = ObjId> + '_ {
        self.entries.iter().map(|(_, id)| *id)
    }

    /// Whether `name` is registered as `id`.
    pub(crate) fn contains(&self, name: &str, id: ObjId) -> bool {
        self.entries.iter().any(|(n, i)| n == name && *i == id)
    }
}

impl From<Vec<(ModuleName, ObjId)>> for ModuleTable {
    fn from(entries: Vec<(ModuleName, ObjId)>) -> ModuleTable {
        let mut table = ModuleTable::default();
        for (name, id) in entries {
            table.push(name, id);
        }
        table
    }
}

impl From<ModuleTable> for Vec<(ModuleName, ObjId)> {
    fn from(table: ModuleTable) -> Self {
        table.entries
    }
}
