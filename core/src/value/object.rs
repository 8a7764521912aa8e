//! [`Object`]: everything that lives in the heap, one variant per representation.
//!
//! Tracing ([`Object::trace`]) lists the handles an object holds, for the
//! collector; [`Object::size_bytes`] estimates its real memory use.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use super::class::{Class, Instance};
use super::dict::Dict;
use super::exception::Exception;
use super::function::{BoundMethod, Function, Generator};
use super::iter::{Iter, Range, Slice};
use super::set::PySet;
use super::str::PyStr;
use super::symbol::AttrMap;
use super::{ObjId, Value};
use crate::builtins::BuiltinId;

/// A heap object.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum Object {
    /// A slot whose object was collected (never reachable from a live value).
    Free,
    /// `str`.
    Str(PyStr),
    /// `bytes`.
    Bytes(Vec<u8>),
    /// `bytearray`.
    ByteArray(Vec<u8>),
    /// `memoryview` of a `bytes` or `bytearray`.
    MemoryView(super::bytes::MemoryView),
    /// An `int` outside the `i64` range (or an instance of a user subclass of `int`).
    BigInt(BigInt),
    /// A `float` in the heap: only instances of user subclasses of `float`.
    Float(f64),
    /// `complex(real, imag)`.
    Complex(f64, f64),
    /// `list`.
    List(Vec<Value>),
    /// `tuple`.
    Tuple(Vec<Value>),
    /// `dict`.
    Dict(Dict),
    /// `set`.
    Set(PySet),
    /// `frozenset`.
    FrozenSet(PySet),
    /// A Python function (def or lambda).
    Function(Box<Function>),
    /// A builtin function or a method of a builtin type, by stable id.
    Builtin(BuiltinId),
    /// A function bound to its `self`.
    BoundMethod(BoundMethod),
    /// A class (builtin or user-defined).
    Class(std::sync::Arc<Class>),
    /// An instance of a user-defined class.
    Instance(Instance),
    /// A module: its name and globals.
    Module(Module),
    /// A class body's namespace while it runs.
    Namespace(AttrMap),
    /// A closure cell; `None` inside means empty (unbound).
    Cell(Option<Value>),
    /// An exception instance (builtin or user-defined exception class).
    Exception(Box<Exception>),
    /// A generator and its suspended frame.
    Generator(Generator),
    /// An awaitable step of an async generator or a coroutine's `__await__()`.
    AsyncOp(super::awaitable::AsyncOp),
    /// `range`.
    Range(Range),
    /// `range` with bounds past 64 bits.
    BigRange(Box<super::big_range::BigRange>),
    /// `slice`.
    Slice(Slice),
    /// An iterator over a builtin container.
    Iter(Iter),
    /// A function of a host module: calling it pauses the run.
    HostFunction(HostFunction),
    /// `property(fget, fset, fdel)`.
    Property(Property),
    /// `dict.keys()` / `.values()` / `.items()`: a live view of a dict.
    DictView(ObjId, super::iter::DictView),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// A file object (`open()`, `sys.stdout`): `stdlib/io/`.
    File(Box<crate::stdlib::io::PyFile>),
    /// A `traceback` object: its frame's entry first, then those of its
    /// `tb_next` chain (CPython's order, outermost frame first).
    Traceback(Vec<super::exception::TracebackEntry>),
    /// A compiled pattern or a match of the `re` module: `stdlib/re/`.
    Re(Box<crate::stdlib::re::ReObject>),
    /// A jinja2 template compiled for the native renderer: `stdlib/jinja_ir.rs`.
    Jinja(std::sync::Arc<crate::stdlib::jinja_ir::Template>),
    /// `super(class, obj)`: attribute lookup starts after `class` in `obj`'s MRO.
    Super {
        /// The class whose successors are searched.
        class: ObjId,
        /// The instance (or class) methods are bound to.
        obj: Value,
    },
}

/// A `property` descriptor.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(crate) struct Property {
    /// Getter (or None).
    pub fget: Value,
    /// Setter (or None).
    pub fset: Value,
    /// Deleter (or None).
    pub fdel: Value,
    /// The `doc=` argument (`None`: the getter's docstring is used).
    pub doc: Value,
    /// The attribute name given by `__set_name__` when its class was made
    /// (CPython names the property in its errors only then).
    #[serde(default)]
    pub name: Option<super::symbol::Symbol>,
}

/// A module object.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Module {
    /// `__name__`.
    pub name: Box<str>,
    /// The module's globals.
    pub attrs: AttrMap,
}

/// A function supplied by the host: a call pauses the run with `Outcome::HostCall`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct HostFunction {
    /// The host module's name.
    pub module: Box<str>,
    /// The function's name.
    pub name: Box<str>,
}

impl Object {
    /// Calls `f` with every value this object holds (for the collector).
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            Object::Free
            | Object::Str(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::BigInt(_)
            | Object::Complex(..)
            | Object::Float(_)
            | Object::Builtin(_)
            | Object::Range(_)
            | Object::BigRange(_)
            | Object::Traceback(_)
            | Object::HostFunction(_) => {}
            Object::List(items) | Object::Tuple(items) => items.iter().for_each(|v| f(*v)),
            Object::Dict(dict) => dict.trace(f),
            Object::Set(set) | Object::FrozenSet(set) => set.trace(f),
            Object::Function(func) => func.trace(f),
            Object::BoundMethod(m) => {
                f(m.receiver);
                f(m.function);
            }
            Object::Class(class) => class.trace(f),
            Object::Instance(inst) => inst.trace(f),
            Object::Module(m) => m.attrs.iter().for_each(|(_, v)| f(v)),
            Object::Namespace(attrs) => attrs.iter().for_each(|(_, v)| f(v)),
            Object::Cell(v) => v.iter().for_each(|v| f(*v)),
            Object::Exception(e) => e.trace(f),
            Object::Generator(g) => g.trace(f),
            Object::AsyncOp(op) => op.trace(f),
            Object::Slice(s) => {
                f(s.start);
                f(s.stop);
                f(s.step);
            }
            Object::Iter(it) => it.trace(f),
            Object::Property(p) => {
                f(p.fget);
                f(p.fset);
                f(p.fdel);
                f(p.doc);
            }
            Object::StaticMethod(v) | Object::ClassMethod(v) => f(*v),
            Object::DictView(d, _) => f(Value::Obj(*d)),
            Object::MemoryView(m) => f(Value::Obj(m.source)),
            Object::File(file) => f(Value::Obj(file.class)),
            Object::Re(r) => r.trace(f),
            Object::Jinja(t) => t.trace(f),
            Object::Super { class, obj } => {
                f(Value::Obj(*class));
                f(*obj);
            }
        }
    }

    /// An estimate of the bytes this object uses, heap buffers included.
    pub(crate) fn size_bytes(&self) -> usize {
        let value = std::mem::size_of::<Value>();
        let own = std::mem::size_of::<Object>();
        own + match self {
            Object::Str(s) => s.as_str().len(),
            Object::Bytes(b) | Object::ByteArray(b) => b.capacity(),
            Object::BigInt(n) => n.bits().div_ceil(8) as usize,
            Object::List(items) => items.capacity() * value,
            Object::Tuple(items) => items.len() * value,
            Object::Dict(d) => d.size_bytes(),
            Object::Set(s) | Object::FrozenSet(s) => s.size_bytes(),
            Object::Instance(inst) => inst.attrs.len() * (value + 8),
            Object::Module(m) => m.attrs.len() * (value + 8),
            Object::Namespace(a) => a.len() * (value + 8),
            Object::Class(c) => c.attrs.len() * (value + 8),
            Object::Generator(g) => g.size_bytes(),
            Object::Exception(e) => e.size_bytes(),
            Object::Traceback(entries) => {
                entries.capacity() * std::mem::size_of::<super::exception::TracebackEntry>()
            }
            Object::AsyncOp(_) => std::mem::size_of::<super::awaitable::AsyncOp>(),
            _ => 0,
        }
    }
}
