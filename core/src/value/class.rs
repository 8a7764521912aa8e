//! Classes (builtin and user-defined) and instances of user classes.

use serde::{Deserialize, Serialize};

use super::symbol::AttrMap;
use super::{ObjId, Value};
use crate::exc::ExcKind;

/// The builtin representation behind a class: what kind of object its
/// instances are. A user class inherits the layout of its builtin base.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Layout {
    /// `object` and plain user classes: `Object::Instance`.
    Object,
    /// `type`.
    Type,
    /// `NoneType`.
    NoneType,
    /// `bool`.
    Bool,
    /// `int`.
    Int,
    /// `float`.
    Float,
    /// `complex`.
    Complex,
    /// `str`.
    Str,
    /// `bytes`.
    Bytes,
    /// `bytearray`.
    ByteArray,
    /// `memoryview`.
    MemoryView,
    /// `list`.
    List,
    /// `tuple`.
    Tuple,
    /// `dict`.
    Dict,
    /// `set`.
    Set,
    /// `frozenset`.
    FrozenSet,
    /// `range`.
    Range,
    /// `slice`.
    Slice,
    /// `function`.
    Function,
    /// `builtin_function_or_method`.
    Builtin,
    /// `method`.
    Method,
    /// `module`.
    Module,
    /// `cell`.
    Cell,
    /// `generator`.
    Generator,
    /// Iterators over builtin containers.
    Iterator,
    /// An exception class: instances are `Object::Exception`.
    Exception(ExcKind),
    /// `dict_keys` / `dict_values` / `dict_items`.
    DictView,
    /// `property`.
    Property,
    /// `staticmethod`.
    StaticMethod,
    /// `classmethod`.
    ClassMethod,
    /// `super`.
    Super,
}

/// A class object.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Class {
    /// `__name__`.
    pub name: Box<str>,
    /// `__qualname__`.
    pub qualname: Box<str>,
    /// `__module__` (`builtins` for builtin types).
    pub module: Box<str>,
    /// `__bases__`.
    pub bases: Vec<ObjId>,
    /// `__mro__`, starting with the class itself.
    pub mro: Vec<ObjId>,
    /// The class namespace.
    pub attrs: AttrMap,
    /// The representation of instances.
    pub layout: Layout,
    /// A builtin type (its attributes cannot be set).
    pub builtin: bool,
    /// Its metaclass when that is not `type` (`class A(metaclass=M)`).
    #[serde(default)]
    pub meta: Option<ObjId>,
}

impl Class {
    /// Calls `f` with every value the class holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        self.bases.iter().for_each(|b| f(Value::Obj(*b)));
        self.mro.iter().for_each(|b| f(Value::Obj(*b)));
        self.attrs.iter().for_each(|(_, v)| f(v));
        if let Some(m) = self.meta {
            f(Value::Obj(m));
        }
    }
}

/// An instance of a user-defined class.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Instance {
    /// Its class.
    pub class: ObjId,
    /// Its attributes, while nobody has asked for its `__dict__`.
    pub attrs: AttrMap,
    /// Its `__dict__` as a real `dict` object, once a program asked for it
    /// (`obj.__dict__`, `vars(obj)`); from then on `attrs` stays empty and the
    /// attributes live here, so writes through the dict are seen.
    #[serde(default)]
    pub dict: Option<ObjId>,
}

impl Instance {
    /// A fresh instance of `class` with no attributes.
    pub(crate) fn new(class: ObjId) -> Self {
        Instance {
            class,
            attrs: AttrMap::default(),
            dict: None,
        }
    }

    /// [`Instance::new`] with room for `attrs` attributes (`Vm::instance_hints`).
    pub(crate) fn with_room(class: ObjId, attrs: usize) -> Self {
        Instance {
            class,
            attrs: AttrMap::with_capacity(attrs),
            dict: None,
        }
    }

    /// Calls `f` with every value the instance holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        f(Value::Obj(self.class));
        self.attrs.iter().for_each(|(_, v)| f(v));
        if let Some(d) = self.dict {
            f(Value::Obj(d));
        }
    }
}

/// What an instance of a user subclass of a builtin type (`class Tree(dict)`)
/// adds to its builtin object: the object stays an `Object::Dict` (so every
/// builtin accepts it) and its heap slot carries this. See [`super::Heap::subclassed`].
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Subclassed {
    /// `type(obj)`: the user class.
    pub class: ObjId,
    /// Its attributes, while nobody has asked for its `__dict__`.
    pub attrs: AttrMap,
    /// Its `__dict__` once asked for (then `attrs` stays empty), as for [`Instance`].
    #[serde(default)]
    pub dict: Option<ObjId>,
}

impl Subclassed {
    /// Calls `f` with every value it holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        f(Value::Obj(self.class));
        self.attrs.iter().for_each(|(_, v)| f(v));
        if let Some(d) = self.dict {
            f(Value::Obj(d));
        }
    }
}
