//! Builtin functions and the methods of builtin types, declared as one
//! registration table ([`BUILTINS`]). A builtin value refers to its entry by a
//! [`BuiltinId`] that serialises as `(module, name)`, never as a pointer.
//!
//! Source code layout:
//! - `args.rs`: arity checks and keyword extraction with CPython's messages.
//! - `construct.rs`: calling builtin classes (`int(...)`, `list(...)`, ...).
//! - `functions/{io,numeric,iter,reflect}.rs`: `print`, `len`, `sorted`, ...
//! - `methods/{str,list,dict,generator}.rs`: methods of builtin types.

#![expect(
    clippy::needless_pass_by_value,
    clippy::unnecessary_wraps,
    reason = "every builtin has the same signature, taking its Args by value and returning a result"
)]

mod args;
mod construct;
mod functions;
mod methods;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::iter::Iter;
use crate::value::object::Object;
use crate::value::symbol::Symbol;
use crate::value::{ObjId, Value};

pub(crate) use construct::construct;

/// A builtin that computes its result directly.
type PlainFn = fn(&mut Vm, Value, Args) -> RunResult<Value>;
/// A builtin that may push frames (resumes a generator, calls back into Python).
type FramesFn = fn(&mut Vm, Value, Args) -> RunResult<Called>;

/// How a builtin runs.
#[derive(Clone, Copy)]
pub(crate) enum Impl {
    /// Returns a value.
    Plain(PlainFn),
    /// May push frames.
    Frames(FramesFn),
}

/// One registration: `module` is `builtins` for functions, the type name for methods.
pub(crate) struct Builtin {
    pub module: &'static str,
    pub name: &'static str,
    pub imp: Impl,
}

const fn plain(module: &'static str, name: &'static str, f: PlainFn) -> Builtin {
    Builtin {
        module,
        name,
        imp: Impl::Plain(f),
    }
}

const fn frames(module: &'static str, name: &'static str, f: FramesFn) -> Builtin {
    Builtin {
        module,
        name,
        imp: Impl::Frames(f),
    }
}

use crate::stdlib::math;
use functions::{iter, numeric, reflect};
use methods::{dict, generator, list, number, object, set, str as strm};

/// Every builtin function and method. Adding one = one line here.
pub(crate) static BUILTINS: &[Builtin] = &[
    frames("builtins", "print", iter::builtin_print),
    frames("builtins", "len", iter::builtin_len),
    frames("builtins", "sorted", iter::builtin_sorted),
    plain("builtins", "enumerate", iter::builtin_enumerate),
    plain("builtins", "zip", iter::builtin_zip),
    frames("builtins", "reversed", iter::builtin_reversed),
    plain("builtins", "iter", iter::builtin_iter),
    frames("builtins", "next", iter::builtin_next),
    frames("builtins", "any", iter::builtin_any),
    frames("builtins", "all", iter::builtin_all),
    plain("builtins", "map", iter::builtin_map),
    plain("builtins", "filter", iter::builtin_filter),
    frames("builtins", "sum", iter::builtin_sum),
    frames("builtins", "min", iter::builtin_min),
    frames("builtins", "max", iter::builtin_max),
    plain("builtins", "abs", numeric::builtin_abs),
    plain("builtins", "round", numeric::builtin_round),
    plain("builtins", "divmod", numeric::builtin_divmod),
    plain("builtins", "pow", numeric::builtin_pow),
    plain("builtins", "isinstance", reflect::builtin_isinstance),
    plain("builtins", "issubclass", reflect::builtin_issubclass),
    frames("builtins", "repr", iter::builtin_repr),
    plain("builtins", "ascii", reflect::builtin_ascii),
    frames("builtins", "format", iter::builtin_format),
    plain("builtins", "hash", reflect::builtin_hash),
    plain("builtins", "id", reflect::builtin_id),
    plain("builtins", "callable", reflect::builtin_callable),
    plain("builtins", "getattr", reflect::builtin_getattr),
    plain("builtins", "setattr", reflect::builtin_setattr),
    plain("builtins", "hasattr", reflect::builtin_hasattr),
    plain("builtins", "delattr", reflect::builtin_delattr),
    plain("builtins", "chr", reflect::builtin_chr),
    plain("builtins", "ord", reflect::builtin_ord),
    plain("builtins", "bin", numeric::builtin_bin),
    plain("builtins", "oct", numeric::builtin_oct),
    plain("builtins", "hex", numeric::builtin_hex),
    plain("builtins", "vars", reflect::builtin_vars),
    plain("int", "bit_length", number::bit_length),
    plain("int", "bit_count", number::bit_count),
    plain("int", "as_integer_ratio", number::as_integer_ratio),
    plain("int", "conjugate", number::conjugate),
    plain("float", "is_integer", number::is_integer),
    plain("float", "as_integer_ratio", number::as_integer_ratio),
    plain("float", "conjugate", number::conjugate),
    plain("complex", "conjugate", number::conjugate),
    plain("dict", "popitem", dict::popitem),
    plain("dict", "fromkeys", dict::fromkeys),
    plain("str", "swapcase", strm::swapcase),
    plain("str", "encode", strm::encode),
    plain("str", "expandtabs", strm::expandtabs),
    plain("int", "to_bytes", number::to_bytes),
    plain("int", "from_bytes", number::from_bytes),
    plain("bytes", "decode", strm::decode),
    plain("str", "casefold", strm::lower),
    plain("str", "partition", strm::partition),
    plain("str", "rpartition", strm::rpartition),
    plain("str", "rfind", strm::rfind),
    plain("str", "rindex", strm::rindex),
    plain("str", "rsplit", strm::rsplit),
    plain("str", "isnumeric", strm::isdigit),
    plain("str", "isdecimal", strm::isdigit),
    plain("str", "istitle", strm::istitle),
    plain("str", "removeprefix", strm::removeprefix),
    plain("str", "removesuffix", strm::removesuffix),
    plain("str", "upper", strm::upper),
    plain("str", "lower", strm::lower),
    plain("str", "strip", strm::strip),
    plain("str", "lstrip", strm::lstrip),
    plain("str", "rstrip", strm::rstrip),
    plain("str", "split", strm::split),
    frames("str", "join", iter::str_join),
    plain("str", "replace", strm::replace),
    plain("str", "startswith", strm::startswith),
    plain("str", "endswith", strm::endswith),
    plain("str", "find", strm::find),
    plain("str", "index", strm::index),
    plain("str", "count", strm::count),
    plain("str", "format", strm::format),
    plain("str", "isdigit", strm::isdigit),
    plain("str", "isalpha", strm::isalpha),
    plain("str", "isalnum", strm::isalnum),
    plain("str", "isspace", strm::isspace),
    plain("str", "isupper", strm::isupper),
    plain("str", "islower", strm::islower),
    plain("str", "title", strm::title),
    plain("str", "capitalize", strm::capitalize),
    plain("str", "center", strm::center),
    plain("str", "ljust", strm::ljust),
    plain("str", "rjust", strm::rjust),
    plain("str", "zfill", strm::zfill),
    plain("str", "splitlines", strm::splitlines),
    plain("list", "append", list::append),
    frames("list", "extend", iter::list_extend),
    plain("list", "pop", list::pop),
    plain("list", "insert", list::insert),
    plain("list", "remove", list::remove),
    plain("list", "index", list::index),
    plain("list", "count", list::count),
    frames("list", "sort", list::sort),
    plain("list", "reverse", list::reverse),
    plain("list", "copy", list::copy),
    plain("list", "clear", list::clear),
    plain("tuple", "index", list::index),
    plain("tuple", "count", list::count),
    plain("dict", "get", dict::get),
    plain("dict", "keys", dict::keys),
    plain("dict", "values", dict::values),
    plain("dict", "items", dict::items),
    plain("dict", "pop", dict::pop),
    plain("dict", "setdefault", dict::setdefault),
    frames("dict", "update", iter::dict_update),
    plain("dict", "copy", dict::copy),
    plain("dict", "clear", dict::clear),
    plain("set", "add", set::add),
    plain("set", "discard", set::discard),
    plain("set", "remove", set::remove),
    plain("set", "pop", set::pop),
    plain("set", "clear", set::clear),
    plain("set", "copy", set::copy),
    plain("set", "update", set::update),
    plain("set", "union", set::union),
    plain("set", "intersection", set::intersection),
    plain("set", "difference", set::difference),
    plain("set", "symmetric_difference", set::symmetric_difference),
    plain("set", "issubset", set::issubset),
    plain("set", "issuperset", set::issuperset),
    plain("set", "isdisjoint", set::isdisjoint),
    plain("set", "intersection_update", set::intersection_update),
    plain("set", "difference_update", set::difference_update),
    plain(
        "set",
        "symmetric_difference_update",
        set::symmetric_difference_update,
    ),
    plain("frozenset", "copy", set::copy),
    plain("frozenset", "union", set::union),
    plain("frozenset", "intersection", set::intersection),
    plain("frozenset", "difference", set::difference),
    plain(
        "frozenset",
        "symmetric_difference",
        set::symmetric_difference,
    ),
    plain("frozenset", "issubset", set::issubset),
    plain("frozenset", "issuperset", set::issuperset),
    plain("frozenset", "isdisjoint", set::isdisjoint),
    plain("math", "sqrt", math::sqrt),
    plain("math", "exp", math::exp),
    plain("math", "sin", math::sin),
    plain("math", "cos", math::cos),
    plain("math", "tan", math::tan),
    plain("math", "asin", math::asin),
    plain("math", "acos", math::acos),
    plain("math", "atan", math::atan),
    plain("math", "log10", math::log10),
    plain("math", "log2", math::log2),
    plain("math", "fabs", math::fabs),
    plain("math", "degrees", math::degrees),
    plain("math", "radians", math::radians),
    plain("math", "log", math::log),
    plain("math", "pow", math::pow),
    plain("math", "atan2", math::atan2),
    plain("math", "hypot", math::hypot),
    plain("math", "copysign", math::copysign),
    plain("math", "floor", math::floor),
    plain("math", "ceil", math::ceil),
    plain("math", "trunc", math::trunc),
    plain("math", "isnan", math::isnan),
    plain("math", "isinf", math::isinf),
    plain("math", "isfinite", math::isfinite),
    plain("math", "isclose", math::isclose),
    plain("math", "factorial", math::factorial),
    plain("math", "comb", math::comb),
    plain("math", "perm", math::perm),
    plain("math", "gcd", math::gcd),
    plain("math", "lcm", math::lcm),
    plain("math", "isqrt", math::isqrt),
    plain("math", "fsum", math::fsum),
    plain("math", "prod", math::prod),
    frames("generator", "send", generator::send),
    plain("property", "setter", object::property_setter),
    plain("property", "getter", object::property_getter),
    plain("property", "deleter", object::property_deleter),
    plain("BaseException", "__init__", object::exception_init),
    plain("object", "__init__", object::object_init),
    frames("generator", "throw", generator::throw),
    plain("generator", "close", generator::close),
];

/// Methods of builtin types that are classmethods (bound to the class on access).
const CLASS_METHODS: &[(&str, &str)] = &[("dict", "fromkeys"), ("int", "from_bytes")];

/// Whether builtin `id` is a classmethod of its type.
pub(crate) fn is_class_method(id: BuiltinId) -> bool {
    id.entry()
        .is_some_and(|b| CLASS_METHODS.contains(&(b.module, b.name)))
}

impl Builtin {
    /// A function (of `builtins` or a native module) rather than a method of a type.
    fn is_function(&self) -> bool {
        self.module == "builtins" || crate::stdlib::MODULES.iter().any(|m| m.name == self.module)
    }
}

/// A builtin function or method, by index into [`BUILTINS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BuiltinId(u16);

impl BuiltinId {
    fn entry(self) -> Option<&'static Builtin> {
        BUILTINS.get(self.0 as usize)
    }
}

impl Serialize for BuiltinId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (module, name) = self.entry().map_or(("?", "?"), |b| (b.module, b.name));
        (module, name).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for BuiltinId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (module, name): (String, String) = Deserialize::deserialize(deserializer)?;
        lookup(&module, &name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown builtin {module}.{name}")))
    }
}

/// The builtin registered as `module.name`.
pub(crate) fn lookup(module: &str, name: &str) -> Option<BuiltinId> {
    BUILTINS
        .iter()
        .position(|b| b.module == module && b.name == name)
        .map(|i| BuiltinId(i as u16))
}

/// The name shown in errors (`len`, `list.append`).
pub(crate) fn name(id: BuiltinId) -> String {
    match id.entry() {
        Some(b) if b.module == "builtins" => b.name.to_owned(),
        Some(b) => format!("{}.{}", b.module, b.name),
        None => "?".to_owned(),
    }
}

/// `repr` of a builtin: `<built-in function len>` / `<method 'append' of 'list' objects>`.
pub(crate) fn repr(id: BuiltinId) -> String {
    match id.entry() {
        Some(b) if b.is_function() => format!("<built-in function {}>", b.name),
        Some(b) => format!("<method '{}' of '{}' objects>", b.name, b.module),
        None => "<built-in function ?>".to_owned(),
    }
}

/// `type(iterator).__name__`.
pub(crate) fn iter_type_name(it: &Iter) -> &'static str {
    match it {
        Iter::Seq { .. } => "list_iterator",
        Iter::Reversed { .. } => "list_reverseiterator",
        Iter::Str { .. } => "str_ascii_iterator",
        Iter::Range { .. } => "range_iterator",
        Iter::Dict { .. } => "dict_keyiterator",
        Iter::Set { .. } => "set_iterator",
        Iter::Enumerate { .. } => "enumerate",
        Iter::Zip { .. } => "zip",
        Iter::Values { .. } | Iter::GetItem { .. } => "iterator",
        Iter::Map { .. } => "map",
        Iter::Callable { .. } => "callable_iterator",
        Iter::Filter { .. } => "filter",
    }
}

/// Calls builtin `id`; a method without `receiver` takes it from the arguments.
pub(crate) fn call(
    vm: &mut Vm,
    id: BuiltinId,
    receiver: Option<Value>,
    mut args: Args,
) -> RunResult<Called> {
    let entry = id
        .entry()
        .ok_or_else(|| RunError::internal("unknown builtin"))?;
    let receiver = match receiver {
        Some(r) => r,
        None if entry.is_function() => Value::None,
        None => {
            if args.positional.is_empty() {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "unbound method {}.{}() needs an argument",
                        entry.module, entry.name
                    ),
                ));
            }
            args.positional.remove(0)
        }
    };
    match entry.imp {
        Impl::Plain(f) => f(vm, receiver, args).map(Called::Value),
        Impl::Frames(f) => f(vm, receiver, args),
    }
}

impl Vm {
    /// The function object of builtin `id` (one per `Ctx`, cached).
    pub(crate) fn builtin_object(&mut self, id: BuiltinId) -> Value {
        let index = id.0 as usize;
        if self.builtin_objects.len() <= index {
            self.builtin_objects.resize(index + 1, None);
        }
        if let Some(Some(obj)) = self.builtin_objects.get(index) {
            return Value::Obj(*obj);
        }
        let obj = self.heap.alloc(Object::Builtin(id));
        if let Some(slot) = self.builtin_objects.get_mut(index) {
            *slot = Some(obj);
        }
        Value::Obj(obj)
    }
}

/// A builtin method of builtin class `class` (or of its builtin base).
pub(crate) fn class_method(vm: &mut Vm, class: ObjId, name: Symbol) -> Option<Value> {
    let text = vm.interner.name(name).to_owned();
    let mro = vm.class(class)?.mro.clone();
    for k in mro {
        let c = vm.class(k)?;
        if !c.builtin {
            continue;
        }
        let module = c.name.to_string();
        if let Some(id) = lookup(&module, &text) {
            return Some(vm.builtin_object(id));
        }
    }
    None
}

/// The functions registered for module `module`.
pub(crate) fn module_functions(module: &str) -> Vec<(&'static str, BuiltinId)> {
    BUILTINS
        .iter()
        .enumerate()
        .filter(|(_, b)| b.module == module)
        .map(|(i, b)| (b.name, BuiltinId(i as u16)))
        .collect()
}

/// A builtin method registered on builtin class `class` itself.
pub(crate) fn own_method(vm: &mut Vm, class: ObjId, name: Symbol) -> Option<Value> {
    let module = vm.class(class)?.name.to_string();
    let id = lookup(&module, vm.interner.name(name))?;
    Some(vm.builtin_object(id))
}

/// Fills the builtins module: functions, classes, constants.
pub(crate) fn install(vm: &mut Vm) {
    for (i, b) in BUILTINS.iter().enumerate() {
        if b.module == "builtins" {
            let value = vm.builtin_object(BuiltinId(i as u16));
            let sym = vm.interner.intern(b.name);
            vm.module_set(vm.builtins, sym, value);
        }
    }
    for class in vm.types.all() {
        if let Some(name) = vm.class(class).map(|c| c.name.to_string()) {
            let sym = vm.interner.intern(&name);
            vm.module_set(vm.builtins, sym, Value::Obj(class));
        }
    }
    let constants = [
        ("NotImplemented", Value::Obj(vm.not_implemented)),
        ("Ellipsis", Value::Obj(vm.ellipsis)),
    ];
    for (name, value) in constants {
        let sym = vm.interner.intern(name);
        vm.module_set(vm.builtins, sym, value);
    }
    let name = vm.interner.intern("__name__");
    let builtins_name = vm.new_str("builtins".to_owned());
    vm.module_set(vm.builtins, name, builtins_name);
}
