//! The `__dict__` of objects that have one: instances of user classes (an
//! attribute map, switched to a real `dict` once the program asks for
//! `__dict__`), instances of user subclasses of builtin types, exceptions,
//! functions.

use super::vm::Vm;
use crate::exc::RunResult;
use crate::value::object::Object;
use crate::value::symbol::{AttrMap, Symbol};
use crate::value::{ObjId, Value};

impl Vm {
    /// `obj.__dict__[name]`, for objects with a `__dict__`.
    pub(crate) fn own_attr(&mut self, id: ObjId, name: Symbol) -> RunResult<Option<Value>> {
        let dict = match self.heap.subclassed(id) {
            Some(sub) => match sub.dict {
                Some(d) => Some(d),
                None => return Ok(sub.attrs.get(name)),
            },
            None => None,
        };
        let dict = match dict {
            Some(d) => d,
            None => match self.heap.get(id) {
                Object::Instance(inst) => match inst.dict {
                    Some(d) => d,
                    None => return Ok(inst.attrs.get(name)),
                },
                Object::Exception(e) => return Ok(e.attrs.get(name)),
                Object::Function(f) => return Ok(f.attrs.get(name)),
                _ => return Ok(None),
            },
        };
        let key = self.new_str(self.interner.name(name).to_owned());
        self.dict_get(dict, key)
    }

    /// `obj.__dict__[name] = value`; `false` when `obj` has no `__dict__`.
    pub(crate) fn set_own_attr(
        &mut self,
        id: ObjId,
        name: Symbol,
        value: Value,
    ) -> RunResult<bool> {
        if let Some(sub) = self.heap.subclassed_mut(id) {
            let Some(dict) = sub.dict else {
                sub.attrs.set(name, value);
                return Ok(true);
            };
            let key = self.new_str(self.interner.name(name).to_owned());
            self.dict_set(Value::Obj(dict), key, value)?;
            return Ok(true);
        }
        let object_class = self.types.object;
        let dict = match self.heap.get_mut(id) {
            Some(Object::Instance(inst)) if inst.class == object_class => return Ok(false),
            Some(Object::Instance(inst)) => match inst.dict {
                Some(d) => d,
                None => {
                    inst.attrs.set(name, value);
                    return Ok(true);
                }
            },
            Some(Object::Exception(e)) => {
                e.attrs.set(name, value);
                return Ok(true);
            }
            Some(Object::Function(f)) => {
                f.attrs.set(name, value);
                return Ok(true);
            }
            Some(Object::Module(m)) => {
                m.attrs.set(name, value);
                return Ok(true);
            }
            _ => return Ok(false),
        };
        let key = self.new_str(self.interner.name(name).to_owned());
        self.dict_set(Value::Obj(dict), key, value)?;
        Ok(true)
    }

    /// `del obj.__dict__[name]`; `false` when it was not there.
    pub(crate) fn del_own_attr(&mut self, id: ObjId, name: Symbol) -> RunResult<bool> {
        if let Some(sub) = self.heap.subclassed_mut(id) {
            let Some(dict) = sub.dict else {
                return Ok(sub.attrs.remove(name).is_some());
            };
            let key = self.new_str(self.interner.name(name).to_owned());
            return Ok(self.dict_remove(dict, key)?.is_some());
        }
        let dict = match self.heap.get_mut(id) {
            Some(Object::Instance(inst)) => match inst.dict {
                Some(d) => d,
                None => return Ok(inst.attrs.remove(name).is_some()),
            },
            Some(Object::Exception(e)) => return Ok(e.attrs.remove(name).is_some()),
            Some(Object::Function(f)) => return Ok(f.attrs.remove(name).is_some()),
            Some(Object::Module(m)) => return Ok(m.attrs.remove(name).is_some()),
            _ => return Ok(false),
        };
        let key = self.new_str(self.interner.name(name).to_owned());
        Ok(self.dict_remove(dict, key)?.is_some())
    }

    /// `obj.__dict__`: the live dict of an instance of a user class (made on
    /// first request), a snapshot for other objects with attributes, `None`
    /// for objects without a `__dict__`.
    pub(crate) fn instance_dict(&mut self, id: ObjId) -> RunResult<Option<Value>> {
        if let Some(sub) = self.heap.subclassed(id) {
            if let Some(d) = sub.dict {
                return Ok(Some(Value::Obj(d)));
            }
            let attrs = sub.attrs.clone();
            let d = self.attrs_to_dict(&attrs, &[])?;
            if let (Some(sub), Value::Obj(dict)) = (self.heap.subclassed_mut(id), d) {
                sub.dict = Some(dict);
                sub.attrs = AttrMap::default();
            }
            return Ok(Some(d));
        }
        match self.heap.get(id) {
            Object::Instance(inst) => {
                if let Some(d) = inst.dict {
                    return Ok(Some(Value::Obj(d)));
                }
                let attrs = inst.attrs.clone();
                let d = self.attrs_to_dict(&attrs, &[])?;
                if let (Some(Object::Instance(inst)), Value::Obj(dict)) = (self.heap.get_mut(id), d)
                {
                    inst.dict = Some(dict);
                    inst.attrs = AttrMap::default();
                }
                Ok(Some(d))
            }
            Object::Exception(e) => {
                let attrs = e.attrs.clone();
                self.attrs_to_dict(&attrs, &["__notes__"]).map(Some)
            }
            Object::Function(f) => {
                let attrs = f.attrs.clone();
                self.attrs_to_dict(&attrs, &["__annotations__", "__doc__"])
                    .map(Some)
            }
            Object::Module(m) => {
                let attrs = m.attrs.clone();
                self.attrs_to_dict(&attrs, &[]).map(Some)
            }
            Object::Class(_) => self.class_dict(id).map(Some),
            _ => Ok(None),
        }
    }

    /// A `dict` of `attrs` (names in `skip` left out).
    fn attrs_to_dict(&mut self, attrs: &AttrMap, skip: &[&str]) -> RunResult<Value> {
        let d = self.new_dict();
        for (k, v) in attrs.iter() {
            let name = self.interner.name(k).to_owned();
            if skip.contains(&name.as_str()) {
                continue;
            }
            let key = self.new_str(name);
            self.dict_set(d, key, v)?;
        }
        Ok(d)
    }

    /// The attribute names of `id`'s `__dict__` (for `dir()` and suggestions).
    pub(crate) fn own_attr_names(&mut self, id: ObjId) -> Vec<String> {
        let dict = match self.heap.get(id) {
            Object::Instance(inst) => match inst.dict {
                Some(d) => d,
                None => {
                    return inst
                        .attrs
                        .iter()
                        .map(|(k, _)| self.interner.name(k).to_owned())
                        .collect()
                }
            },
            Object::Function(f) => {
                return f
                    .attrs
                    .iter()
                    .map(|(k, _)| self.interner.name(k).to_owned())
                    .collect()
            }
            Object::Exception(e) => {
                return e
                    .attrs
                    .iter()
                    .map(|(k, _)| self.interner.name(k).to_owned())
                    .collect()
            }
            _ => return Vec::new(),
        };
        self.dict_entries(Value::Obj(dict))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(k, _)| self.str_value(k))
            .collect()
    }
}
