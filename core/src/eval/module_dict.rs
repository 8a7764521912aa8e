//! The live `globals()` dict of a module.
//!
//! A module keeps its names in an `AttrMap` (symbol-keyed, what `LoadGlobal`
//! reads). The first `globals()` call in a module creates a real `dict` with
//! the same names and registers the pair in `Vm::globals_dicts`; from then on
//! every store on either side is written through to the other
//! (`globals()['X'] = 1` defines `X`, and `X = 2` shows in the dict). Programs
//! that never call `globals()` pay one empty-list check per global store.

use super::vm::Vm;
use crate::exc::RunResult;
use crate::value::object::Object;
use crate::value::symbol::Symbol;
use crate::value::{ObjId, Value};

impl Vm {
    /// `globals()` of `module`: its registered dict, brought up to date with
    /// names set without going through `module_set` (imports, `mod.x = v`).
    pub(crate) fn globals_dict(&mut self, module: ObjId) -> RunResult<Value> {
        let dict = match self.registered_dict(module) {
            Some(d) => d,
            None => {
                let Value::Obj(d) = self.new_dict() else {
                    return Ok(Value::None);
                };
                self.globals_dicts.push((module, d));
                d
            }
        };
        let names: Vec<(Symbol, Value)> = match self.heap.get(module) {
            Object::Module(m) => m.attrs.iter().collect(),
            _ => Vec::new(),
        };
        for (name, value) in names {
            let key = self.new_str(self.interner.name(name).to_owned());
            self.dict_set(Value::Obj(dict), key, value)?;
        }
        Ok(Value::Obj(dict))
    }

    /// The `globals()` dict registered for `module`, if one was made.
    fn registered_dict(&self, module: ObjId) -> Option<ObjId> {
        self.globals_dicts
            .iter()
            .find(|(m, _)| *m == module)
            .map(|(_, d)| *d)
    }

    /// Mirrors a store (`Some`) or deletion (`None`) of global `name` of
    /// `module` into its `globals()` dict, if it has one.
    pub(crate) fn mirror_module_store(
        &mut self,
        module: ObjId,
        name: Symbol,
        value: Option<Value>,
    ) -> RunResult<()> {
        let Some(dict) = self.registered_dict(module) else {
            return Ok(());
        };
        let key = self.new_str(self.interner.name(name).to_owned());
        match value {
            Some(v) => self.dict_set(Value::Obj(dict), key, v),
            None => self.dict_remove(dict, key).map(|_| ()),
        }
    }

    /// Mirrors a store (`Some`) or deletion (`None`) of `key` in a dict into
    /// the module whose `globals()` it is, if it is one (str keys only).
    pub(crate) fn mirror_dict_store(&mut self, dict: ObjId, key: Value, value: Option<Value>) {
        let Some(module) = self
            .globals_dicts
            .iter()
            .find(|(_, d)| *d == dict)
            .map(|(m, _)| *m)
        else {
            return;
        };
        let Some(text) = self.str_value(key) else {
            return;
        };
        let name = self.interner.intern(&text);
        if let Some(Object::Module(m)) = self.heap.get_mut(module) {
            match value {
                Some(v) => m.attrs.set(name, v),
                None => {
                    m.attrs.remove(name);
                }
            }
        }
    }
}
