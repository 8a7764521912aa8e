//! The builtin classes of a `Ctx` ([`Types`]) and `type(value)`.

use serde::{Deserialize, Serialize};

use super::vm::Vm;
use crate::exc::ExcKind;
use crate::value::class::{Class, Layout};
use crate::value::symbol::AttrMap;
use crate::value::{Heap, ObjId, Object, Value};

/// Handles of the builtin classes, created with the `Ctx`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Types {
    pub object: ObjId,
    pub type_: ObjId,
    pub none: ObjId,
    pub bool: ObjId,
    pub int: ObjId,
    pub float: ObjId,
    pub complex: ObjId,
    pub str: ObjId,
    pub bytes: ObjId,
    pub bytearray: ObjId,
    pub memoryview: ObjId,
    pub list: ObjId,
    pub tuple: ObjId,
    pub dict: ObjId,
    pub set: ObjId,
    pub frozenset: ObjId,
    pub range: ObjId,
    pub slice: ObjId,
    pub function: ObjId,
    pub builtin: ObjId,
    pub method: ObjId,
    pub module: ObjId,
    pub cell: ObjId,
    /// `traceback`.
    pub traceback: ObjId,
    pub generator: ObjId,
    pub iterator: ObjId,
    pub not_implemented_type: ObjId,
    pub property: ObjId,
    pub dict_keys: ObjId,
    pub dict_values: ObjId,
    pub dict_items: ObjId,
    pub staticmethod: ObjId,
    pub classmethod: ObjId,
    pub super_: ObjId,
    pub ellipsis_type: ObjId,
    /// `types.GenericAlias` (`list[int]`).
    pub generic_alias: ObjId,
    /// `types.UnionType` (`int | None`).
    pub union_type: ObjId,
    /// `abc.ABCMeta`.
    pub abc_meta: ObjId,
    /// `abc.ABC`.
    pub abc: ObjId,
    /// `code` (instances carry the `co_*` fields of `f.__code__`).
    pub code: ObjId,
    /// `mappingproxy` (`types.MappingProxyType`, `dict_keys.mapping`).
    #[serde(default)]
    pub mappingproxy: Option<ObjId>,
    /// One class per [`ExcKind`], in [`ExcKind::ALL`] order.
    pub exceptions: Vec<ObjId>,
    /// One subclass of `iterator` per name in [`ITERATOR_KINDS`], in that order
    /// (`type(map(f, x))` is `map`, `type(iter([]))` is `list_iterator`).
    #[serde(default)]
    pub iterator_kinds: Vec<ObjId>,
    /// One class per name in [`ASYNC_KINDS`], in that order (`coroutine`, ...).
    #[serde(default)]
    pub async_kinds: Vec<ObjId>,
}

/// The types of coroutines, async generators and their awaitables.
pub(crate) const ASYNC_KINDS: &[&str] = &[
    "coroutine",
    "async_generator",
    "async_generator_asend",
    "async_generator_athrow",
    "coroutine_wrapper",
];

/// The type names of builtin iterators that CPython gives their own class.
const ITERATOR_KINDS: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "str_ascii_iterator",
    "range_iterator",
    "dict_keyiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "callable_iterator",
    "longrange_iterator",
];

fn builtin_class(heap: &mut Heap, name: &str, layout: Layout, bases: &[ObjId]) -> ObjId {
    let mut mro_tail: Vec<ObjId> = Vec::new();
    if let Some(&base) = bases.first() {
        if let Object::Class(c) = heap.get(base) {
            mro_tail.clone_from(&c.mro);
        }
    }
    let id = heap.alloc(Object::Class(std::sync::Arc::new(Class {
        name: name.into(),
        qualname: name.into(),
        module: "builtins".into(),
        bases: bases.to_vec(),
        mro: Vec::new(),
        attrs: AttrMap::default(),
        layout,
        builtin: true,
        meta: None,
    })));
    let mut mro = vec![id];
    mro.extend(mro_tail);
    if let Some(c) = heap.class_mut(id) {
        c.mro = mro;
    }
    id
}

impl Types {
    /// Allocates every builtin class in `heap`.
    pub(crate) fn new(heap: &mut Heap) -> Types {
        let object = builtin_class(heap, "object", Layout::Object, &[]);
        let make = |heap: &mut Heap, name: &str, layout: Layout| {
            builtin_class(heap, name, layout, &[object])
        };
        let int = make(heap, "int", Layout::Int);
        let mut types = Types {
            object,
            type_: make(heap, "type", Layout::Type),
            none: make(heap, "NoneType", Layout::NoneType),
            bool: builtin_class(heap, "bool", Layout::Bool, &[int]),
            int,
            float: make(heap, "float", Layout::Float),
            complex: make(heap, "complex", Layout::Complex),
            str: make(heap, "str", Layout::Str),
            bytes: make(heap, "bytes", Layout::Bytes),
            bytearray: make(heap, "bytearray", Layout::ByteArray),
            memoryview: make(heap, "memoryview", Layout::MemoryView),
            list: make(heap, "list", Layout::List),
            tuple: make(heap, "tuple", Layout::Tuple),
            dict: make(heap, "dict", Layout::Dict),
            set: make(heap, "set", Layout::Set),
            frozenset: make(heap, "frozenset", Layout::FrozenSet),
            range: make(heap, "range", Layout::Range),
            slice: make(heap, "slice", Layout::Slice),
            function: make(heap, "function", Layout::Function),
            builtin: make(heap, "builtin_function_or_method", Layout::Builtin),
            method: make(heap, "method", Layout::Method),
            module: make(heap, "module", Layout::Module),
            cell: make(heap, "cell", Layout::Cell),
            traceback: make(heap, "traceback", Layout::Object),
            generator: make(heap, "generator", Layout::Generator),
            iterator: make(heap, "iterator", Layout::Iterator),
            not_implemented_type: make(heap, "NotImplementedType", Layout::Object),
            property: make(heap, "property", Layout::Property),
            dict_keys: make(heap, "dict_keys", Layout::DictView),
            dict_values: make(heap, "dict_values", Layout::DictView),
            dict_items: make(heap, "dict_items", Layout::DictView),
            staticmethod: make(heap, "staticmethod", Layout::StaticMethod),
            classmethod: make(heap, "classmethod", Layout::ClassMethod),
            super_: make(heap, "super", Layout::Super),
            ellipsis_type: make(heap, "ellipsis", Layout::Object),
            code: make(heap, "code", Layout::Object),
            mappingproxy: Some(make(heap, "mappingproxy", Layout::DictView)),
            generic_alias: make(heap, "GenericAlias", Layout::Object),
            union_type: make(heap, "UnionType", Layout::Object),
            abc_meta: object,
            abc: object,
            exceptions: Vec::new(),
            iterator_kinds: Vec::new(),
            async_kinds: Vec::new(),
        };
        types.async_kinds = ASYNC_KINDS
            .iter()
            .map(|name| builtin_class(heap, name, Layout::Generator, &[object]))
            .collect();
        types.iterator_kinds = ITERATOR_KINDS
            .iter()
            .map(|name| builtin_class(heap, name, Layout::Iterator, &[types.iterator]))
            .collect();
        types.abc_meta = builtin_class(heap, "ABCMeta", Layout::Type, &[types.type_]);
        types.abc = builtin_class(heap, "ABC", Layout::Object, &[object]);
        for (class, module) in [
            (types.abc_meta, "abc"),
            (types.abc, "abc"),
            (types.generic_alias, "types"),
            (types.union_type, "types"),
        ] {
            if let Some(c) = heap.class_mut(class) {
                c.module = module.into();
            }
        }
        if let Some(c) = heap.class_mut(types.abc) {
            c.meta = Some(types.abc_meta);
        }
        for kind in ExcKind::ALL {
            let parent = if *kind == ExcKind::BaseException {
                object
            } else {
                types.exception(kind.parent())
            };
            let class = builtin_class(heap, kind.name(), Layout::Exception(*kind), &[parent]);
            types.exceptions.push(class);
        }
        types.patch_exception_group(heap);
        types
    }

    /// `ExceptionGroup(BaseExceptionGroup, Exception)`: the one builtin
    /// exception with two bases (its `ExcKind` parent is `Exception`).
    fn patch_exception_group(&self, heap: &mut Heap) {
        let group = self.exception(ExcKind::ExceptionGroup);
        let base_group = self.exception(ExcKind::BaseExceptionGroup);
        let exception = self.exception(ExcKind::Exception);
        let base = self.exception(ExcKind::BaseException);
        if let Some(c) = heap.class_mut(group) {
            c.bases = vec![base_group, exception];
            c.mro = vec![group, base_group, exception, base, self.object];
        }
    }

    /// Other names of builtin classes (`IOError is OSError`).
    pub(crate) fn aliases(&self) -> Vec<(&'static str, ObjId)> {
        let os_error = self.exception(ExcKind::OSError);
        vec![("IOError", os_error), ("EnvironmentError", os_error)]
    }

    /// The class of a builtin exception kind.
    pub(crate) fn exception(&self, kind: ExcKind) -> ObjId {
        let index = ExcKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.exceptions.get(index).copied().unwrap_or(self.object)
    }

    /// The class of async kind `name` (one of [`ASYNC_KINDS`]).
    pub(crate) fn async_kind(&self, name: &str) -> ObjId {
        ASYNC_KINDS
            .iter()
            .position(|k| *k == name)
            .and_then(|i| self.async_kinds.get(i).copied())
            .unwrap_or(self.generator)
    }

    /// Every builtin class (registered in the builtins module).
    pub(crate) fn all(&self) -> Vec<ObjId> {
        let mut all = vec![
            self.set,
            self.frozenset,
            self.complex,
            self.bytes,
            self.bytearray,
            self.memoryview,
            self.dict_keys,
            self.dict_values,
            self.dict_items,
            self.property,
            self.staticmethod,
            self.classmethod,
            self.super_,
            self.object,
            self.type_,
            self.bool,
            self.int,
            self.float,
            self.str,
            self.list,
            self.tuple,
            self.dict,
            self.range,
            self.slice,
            self.traceback,
        ];
        all.extend(&self.exceptions);
        all
    }
}

impl Vm {
    /// `type(value)`.
    pub(crate) fn type_of(&self, value: Value) -> ObjId {
        let t = &self.types;
        match value {
            Value::None => t.none,
            Value::Bool(_) => t.bool,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(id) => match self.heap.get(id) {
                _ if self.heap.subclassed(id).is_some() => {
                    self.heap.subclassed(id).map_or(t.object, |s| s.class)
                }
                Object::Float(_) => t.float,
                Object::Str(_) => t.str,
                Object::Bytes(_) => t.bytes,
                Object::ByteArray(_) => t.bytearray,
                Object::MemoryView(_) => t.memoryview,
                Object::BigInt(_) => t.int,
                Object::Complex(..) => t.complex,
                Object::List(_) => t.list,
                Object::Tuple(_) => t.tuple,
                Object::Dict(_) => t.dict,
                Object::Set(_) => t.set,
                Object::FrozenSet(_) => t.frozenset,
                Object::Function(_) => t.function,
                Object::Builtin(_) | Object::HostFunction(_) => t.builtin,
                Object::BoundMethod(_) => t.method,
                Object::Class(c) => c.meta.unwrap_or(t.type_),
                Object::Instance(i) => i.class,
                Object::Exception(e) => e.class,
                Object::Module(_) | Object::Namespace(_) => t.module,
                Object::Cell(_) => t.cell,
                Object::Traceback(_) => t.traceback,
                Object::Generator(g) => match g.kind {
                    crate::compile::code::GenKind::Generator => t.generator,
                    crate::compile::code::GenKind::Coroutine => t.async_kind("coroutine"),
                    crate::compile::code::GenKind::AsyncGenerator => {
                        t.async_kind("async_generator")
                    }
                },
                Object::AsyncOp(op) => t.async_kind(op.type_name()),
                Object::Range(_) | Object::BigRange(_) => t.range,
                Object::Slice(_) => t.slice,
                Object::Iter(it) => {
                    let name = crate::builtins::iter_type_name(it);
                    ITERATOR_KINDS
                        .iter()
                        .position(|k| *k == name)
                        .and_then(|i| t.iterator_kinds.get(i).copied())
                        .unwrap_or(t.iterator)
                }
                Object::Free => t.iterator,
                Object::Property(_) => t.property,
                Object::DictView(_, view) => match view {
                    crate::value::iter::DictView::Keys => t.dict_keys,
                    crate::value::iter::DictView::Values => t.dict_values,
                    crate::value::iter::DictView::Items => t.dict_items,
                    crate::value::iter::DictView::Proxy => t.mappingproxy.unwrap_or(t.dict_keys),
                },
                Object::StaticMethod(_) => t.staticmethod,
                Object::ClassMethod(_) => t.classmethod,
                Object::Super { .. } => t.super_,
                Object::File(f) => f.class,
                Object::Re(r) => r.class(),
                Object::Jinja(_) => t.object,
            },
        }
    }

    /// The class object behind `id`, if it is one.
    pub(crate) fn class(&self, id: ObjId) -> Option<&Class> {
        match self.heap.get(id) {
            Object::Class(c) => Some(c),
            _ => None,
        }
    }

    /// `type(value).__name__` (used in most error messages).
    pub(crate) fn type_name(&self, value: Value) -> String {
        if let Value::Obj(id) = value {
            if let Object::Iter(it) = self.heap.get(id) {
                return crate::builtins::iter_type_name(it).to_owned();
            }
        }
        self.class(self.type_of(value))
            .map_or_else(|| "object".to_owned(), native_type_name)
    }

    /// Whether class `class` is `ancestor` or derives from it.
    pub(crate) fn is_subclass(&self, class: ObjId, ancestor: ObjId) -> bool {
        class == ancestor || self.class(class).is_some_and(|c| c.mro.contains(&ancestor))
    }

    /// `isinstance(value, class)` for one class.
    pub(crate) fn is_instance(&self, value: Value, class: ObjId) -> bool {
        if matches!(value, Value::Bool(_)) && class == self.types.int {
            return true;
        }
        self.is_subclass(self.type_of(value), class)
    }
}

/// Modules whose classes CPython implements in C: their types are named `module.Name` in
/// error messages (CPython's `tp_name`, e.g. `'datetime.date' and 'int'`), while ours are
/// Python classes named `Name`.
const NATIVE_TYPE_MODULES: &[&str] = &["datetime", "decimal", "_asyncio", "_csv"];

/// Classes CPython implements in C in other modules than their own: `(our module, name,
/// CPython's tp_name prefix)` (`'_io.StringIO'`, `'collections.deque'`; found by pyex-fuzz).
const NATIVE_TYPES: &[(&str, &str, &str)] = &[
    ("io", "TextIOWrapper", "_io"),
    ("io", "StringIO", "_io"),
    ("io", "BytesIO", "_io"),
    ("io", "BufferedReader", "_io"),
    ("io", "BufferedWriter", "_io"),
    ("io", "FileIO", "_io"),
    ("collections", "deque", "collections"),
    ("collections", "defaultdict", "collections"),
    ("collections", "OrderedDict", "collections"),
];

/// A class's name as CPython's error messages show it (`tp_name`).
fn native_type_name(class: &Class) -> String {
    let native = NATIVE_TYPES
        .iter()
        .find(|(module, name, _)| *module == &*class.module && *name == &*class.name);
    if let Some((_, _, prefix)) = native {
        return format!("{prefix}.{}", class.name);
    }
    if !class.builtin && NATIVE_TYPE_MODULES.contains(&&*class.module) {
        format!("{}.{}", class.module, class.name)
    } else {
        class.name.to_string()
    }
}
