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
pub(crate) mod codecs;
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
pub(crate) use methods::range::{big_range_item, data_attr, range_contains};
pub(crate) use methods::set::frozen_key;
pub(crate) use methods::str::is_identifier;

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

use crate::stdlib::io::methods as file;
use crate::stdlib::{datetime_core, datetime_format, datetime_parse};
use crate::stdlib::{io as stdio, json, math, posix, pyex, re, sys};
use functions::{io, iter, numeric, reflect, scope};
use methods::{
    bytearray, bytes, bytes_ascii, coroutine, dict, float, generator, list, number, number_unary,
    object, range, set, slots, str as strm, str_format, str_search, type_,
};

/// Every builtin function and method. Adding one = one line here.
pub(crate) static BUILTINS: &[Builtin] = &[
    frames("builtins", "print", iter::builtin_print),
    plain("builtins", "input", io::builtin_input),
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
    plain("builtins", "vars", scope::builtin_vars),
    plain("builtins", "eval", scope::builtin_eval),
    plain("builtins", "exec", scope::builtin_exec),
    plain("builtins", "compile", functions::compile::builtin_compile),
    plain("builtins", "globals", scope::builtin_globals),
    plain("builtins", "locals", scope::builtin_locals),
    plain("builtins", "dir", scope::builtin_dir),
    frames("builtins", "open", stdio::builtin_open_called),
    frames(
        "builtins",
        "__import__",
        crate::eval::import::builtin_import,
    ),
    plain("_IOBase", "read", file::read),
    plain("_IOBase", "readline", file::readline),
    plain("_IOBase", "readlines", file::readlines),
    plain("_IOBase", "write", file::write),
    plain("_IOBase", "writelines", file::writelines),
    plain("_IOBase", "seek", file::seek),
    plain("_IOBase", "tell", file::tell),
    plain("_IOBase", "truncate", file::truncate),
    plain("_IOBase", "close", file::close),
    plain("_IOBase", "flush", file::flush),
    plain("_IOBase", "readable", file::is_readable),
    plain("_IOBase", "writable", file::is_writable),
    plain("_IOBase", "seekable", file::seekable),
    plain("_IOBase", "__enter__", file::iter_self),
    plain("_IOBase", "__exit__", file::exit),
    plain("_IOBase", "__iter__", file::iter_lines),
    plain("_IOBase", "__next__", file::next),
    frames("re", "_compile", re::compile_cached),
    plain("re", "_build", re::build),
    plain("re", "_register_template", re::sub::register_template),
    plain("Pattern", "match", re::pattern::match_),
    plain("Pattern", "search", re::pattern::search),
    plain("Pattern", "fullmatch", re::pattern::fullmatch),
    plain("Pattern", "findall", re::pattern::findall),
    plain("Pattern", "finditer", re::pattern::finditer),
    plain("Pattern", "split", re::pattern::split),
    frames("Pattern", "sub", re::sub::sub),
    frames("Pattern", "subn", re::sub::subn),
    plain("Pattern", "__class_getitem__", re::class_getitem),
    plain("Match", "__class_getitem__", re::class_getitem),
    plain("Pattern", "__copy__", re::matchobj::copy),
    plain("Pattern", "__deepcopy__", re::matchobj::copy),
    plain("Match", "group", re::matchobj::group),
    plain("Match", "groups", re::matchobj::groups),
    plain("Match", "groupdict", re::matchobj::groupdict),
    plain("Match", "start", re::matchobj::start),
    plain("Match", "end", re::matchobj::end),
    plain("Match", "span", re::matchobj::span),
    frames("Match", "expand", re::matchobj::expand),
    plain("Match", "__copy__", re::matchobj::copy),
    plain("Match", "__deepcopy__", re::matchobj::copy),
    plain("_pyex", "new_instance", pyex::new_instance),
    plain("_pyex", "entropy", pyex::entropy),
    plain("_pyex", "now_ns", pyex::now_ns),
    plain("_pyex", "environ", pyex::environ),
    plain("_pyex", "tzdata", pyex::tzdata),
    plain("_pyex", "tznames", pyex::tznames),
    plain("_pyex", "format_exception", pyex::format_exception),
    plain("_pyex", "caller", pyex::caller),
    plain("_pyex", "native_function", pyex::native_function),
    frames("_pyex_host", "wait", crate::stdlib::pyex_host::wait),
    frames("_pyex_io", "http", crate::stdlib::pyex_io::http),
    frames("_pyex_io", "sql", crate::stdlib::pyex_io::sql),
    frames("_pyex_io", "s3", crate::stdlib::pyex_io::s3),
    plain("_random", "seed", crate::stdlib::random_core::seed),
    plain("_random", "random", crate::stdlib::random_core::random),
    plain(
        "_random",
        "getrandbits",
        crate::stdlib::random_core::getrandbits,
    ),
    plain(
        "_random",
        "randbelow",
        crate::stdlib::random_core::randbelow,
    ),
    plain("_random", "getstate", crate::stdlib::random_core::getstate),
    plain("_random", "setstate", crate::stdlib::random_core::setstate),
    plain("posix", "listdir", posix::listdir),
    plain("posix", "mkdir", posix::mkdir),
    plain("posix", "rmdir", posix::rmdir),
    plain("posix", "remove", posix::remove),
    plain("posix", "rename", posix::rename),
    plain("posix", "stat", posix::stat),
    plain("posix", "_kind", posix::kind),
    plain("posix", "getcwd", posix::getcwd),
    plain("posix", "_s3", crate::fs::s3::enabled),
    frames("_pyex_s3fs", "_request", crate::fs::s3::request),
    plain("sys", "exit", sys::exit),
    plain("sys", "getrecursionlimit", sys::getrecursionlimit),
    plain("sys", "setrecursionlimit", sys::setrecursionlimit),
    plain("sys", "intern", sys::intern),
    plain("sys", "getsizeof", sys::getsizeof),
    plain("sys", "exc_info", sys::exc_info),
    plain("sys", "getdefaultencoding", sys::getdefaultencoding),
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
    plain("dict", "__repr__", dict::repr),
    plain("mappingproxy", "get", dict::get),
    plain("mappingproxy", "keys", dict::keys),
    plain("mappingproxy", "values", dict::values),
    plain("mappingproxy", "items", dict::items),
    plain("mappingproxy", "copy", dict::copy),
    plain("int", "to_bytes", number::to_bytes),
    plain("int", "from_bytes", number::from_bytes),
    plain("str", "upper", strm::upper),
    plain("str", "lower", strm::lower),
    plain("str", "casefold", strm::casefold),
    plain("str", "swapcase", strm::swapcase),
    plain("str", "title", strm::title),
    plain("str", "capitalize", strm::capitalize),
    plain("str", "isdecimal", strm::isdecimal),
    plain("str", "isdigit", strm::isdigit),
    plain("str", "isnumeric", strm::isnumeric),
    plain("str", "isalpha", strm::isalpha),
    plain("str", "isalnum", strm::isalnum),
    plain("str", "isspace", strm::isspace),
    plain("str", "isascii", strm::isascii),
    plain("str", "isprintable", strm::isprintable),
    plain("str", "isidentifier", strm::isidentifier),
    plain("str", "istitle", strm::istitle),
    plain("str", "isupper", strm::isupper),
    plain("str", "islower", strm::islower),
    plain("str", "center", strm::center),
    plain("str", "ljust", strm::ljust),
    plain("str", "rjust", strm::rjust),
    plain("str", "zfill", strm::zfill),
    plain("str", "encode", strm::encode),
    plain("str", "expandtabs", strm::expandtabs),
    plain("str", "maketrans", strm::maketrans),
    plain("str", "translate", strm::translate),
    plain("str", "find", str_search::find),
    plain("str", "rfind", str_search::rfind),
    plain("str", "index", str_search::index),
    plain("str", "rindex", str_search::rindex),
    plain("str", "count", str_search::count),
    plain("str", "startswith", str_search::startswith),
    plain("str", "endswith", str_search::endswith),
    plain("str", "split", str_search::split),
    plain("str", "rsplit", str_search::rsplit),
    plain("str", "splitlines", str_search::splitlines),
    frames("str", "join", iter::str_join),
    plain("str", "replace", str_search::replace),
    plain("str", "partition", str_search::partition),
    plain("str", "rpartition", str_search::rpartition),
    plain("str", "strip", str_search::strip),
    plain("str", "lstrip", str_search::lstrip),
    plain("str", "rstrip", str_search::rstrip),
    plain("str", "removeprefix", str_search::removeprefix),
    plain("str", "removesuffix", str_search::removesuffix),
    plain("str", "format", str_format::format),
    plain("str", "format_map", str_format::format_map),
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
    plain("_json", "encode_basestring", json::encode_basestring),
    plain("_json", "scan", crate::stdlib::json_scan::scan),
    frames("_json", "encode", crate::stdlib::json_encode::encode),
    plain(
        "_fastapi_native",
        "respond",
        crate::lambda::native::respond::respond,
    ),
    plain(
        "_fastapi_native",
        "model_fields",
        crate::lambda::native::model::model_fields,
    ),
    plain("_datetime_core", "ymd2ord", datetime_core::ymd2ord),
    plain("_datetime_core", "ord2ymd", datetime_core::ord2ymd),
    plain("_datetime_core", "check_date", datetime_core::check_date),
    plain("_datetime_core", "check_time", datetime_core::check_time),
    plain(
        "_datetime_core",
        "td_normalize",
        datetime_core::td_normalize,
    ),
    plain("_datetime_core", "strftime", datetime_format::strftime),
    plain(
        "_datetime_core",
        "strptime_match",
        datetime_parse::strptime_match,
    ),
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
    plain("math", "sinh", math::sinh),
    plain("math", "cosh", math::cosh),
    plain("math", "tanh", math::tanh),
    plain("math", "asinh", math::asinh),
    plain("math", "acosh", math::acosh),
    plain("math", "atanh", math::atanh),
    plain("math", "expm1", math::expm1),
    plain("math", "log1p", math::log1p),
    plain("math", "exp2", math::exp2),
    plain("math", "fmod", crate::stdlib::math_float::fmod),
    plain("math", "remainder", crate::stdlib::math_float::remainder),
    plain("math", "modf", crate::stdlib::math_float::modf),
    plain("math", "frexp", crate::stdlib::math_float::frexp),
    plain("math", "ldexp", crate::stdlib::math_float::ldexp),
    plain("math", "nextafter", crate::stdlib::math_float::nextafter),
    plain("math", "ulp", crate::stdlib::math_float::ulp),
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
    plain("object", "__new__", type_::object_new),
    plain("object", "__setattr__", type_::object_setattr),
    plain("object", "__getattribute__", type_::object_getattribute),
    plain("object", "__delattr__", type_::object_delattr),
    plain("object", "__eq__", type_::object_eq),
    plain("object", "__ne__", type_::object_ne),
    plain("object", "__hash__", type_::object_hash),
    plain("object", "__repr__", type_::object_repr),
    plain("str", "__repr__", type_::builtin_repr),
    plain("int", "__repr__", type_::builtin_repr),
    plain("float", "__repr__", type_::builtin_repr),
    plain("complex", "__repr__", type_::builtin_repr),
    plain("list", "__repr__", type_::builtin_repr),
    plain("tuple", "__repr__", type_::builtin_repr),
    plain("set", "__repr__", type_::builtin_repr),
    plain("frozenset", "__repr__", type_::builtin_repr),
    plain("bytes", "__repr__", type_::builtin_repr),
    plain("bytearray", "__repr__", type_::builtin_repr),
    plain("str", "__str__", type_::str_str),
    plain("object", "__str__", type_::object_str),
    plain("object", "__format__", type_::object_format),
    plain("object", "__init_subclass__", type_::object_init_subclass),
    plain("type", "__new__", type_::type_new),
    frames("type", "__call__", type_::type_call),
    plain("type", "__init__", type_::type_init),
    plain("type", "mro", type_::type_mro),
    plain("type", "__subclasses__", type_::type_subclasses),
    plain("list", "__init__", type_::container_init),
    plain("dict", "__init__", type_::container_init),
    plain("set", "__init__", type_::container_init),
    plain("function", "__get__", type_::function_get),
    plain(
        "BaseException",
        "with_traceback",
        type_::exception_with_traceback,
    ),
    plain("BaseException", "add_note", type_::exception_add_note),
    plain("BaseException", "__str__", type_::exception_str),
    plain("BaseException", "__repr__", type_::exception_repr),
    plain("BaseExceptionGroup", "split", type_::group_split),
    plain("BaseExceptionGroup", "subgroup", type_::group_subgroup),
    plain("BaseExceptionGroup", "derive", type_::group_derive),
    plain("abc", "abstractmethod", crate::stdlib::abc::abstractmethod),
    plain("cmath", "sqrt", crate::stdlib::cmath::sqrt),
    plain("cmath", "exp", crate::stdlib::cmath::exp),
    plain("cmath", "log", crate::stdlib::cmath::log),
    plain("cmath", "log10", crate::stdlib::cmath::log10),
    plain("cmath", "acos", crate::stdlib::cmath::acos),
    plain("cmath", "acosh", crate::stdlib::cmath::acosh),
    plain("cmath", "asin", crate::stdlib::cmath::asin),
    plain("cmath", "asinh", crate::stdlib::cmath::asinh),
    plain("cmath", "atan", crate::stdlib::cmath::atan),
    plain("cmath", "atanh", crate::stdlib::cmath::atanh),
    plain("cmath", "cos", crate::stdlib::cmath::cos),
    plain("cmath", "cosh", crate::stdlib::cmath::cosh),
    plain("cmath", "sin", crate::stdlib::cmath::sin),
    plain("cmath", "sinh", crate::stdlib::cmath::sinh),
    plain("cmath", "tan", crate::stdlib::cmath::tan),
    plain("cmath", "tanh", crate::stdlib::cmath::tanh),
    plain("cmath", "phase", crate::stdlib::cmath::phase),
    plain("cmath", "polar", crate::stdlib::cmath::polar),
    plain("cmath", "rect", crate::stdlib::cmath::rect),
    plain("cmath", "isfinite", crate::stdlib::cmath::isfinite),
    plain("cmath", "isnan", crate::stdlib::cmath::isnan),
    plain("cmath", "isinf", crate::stdlib::cmath::isinf),
    plain("cmath", "isclose", crate::stdlib::cmath::isclose),
    plain("_operator", "index", crate::stdlib::operator::index),
    plain(
        "_markupsafe_speedups",
        "escape_str",
        crate::stdlib::markupsafe::escape_str,
    ),
    plain(
        "_fastapi_boot",
        "signature",
        crate::stdlib::fastapi_boot::signature,
    ),
    plain(
        "_fastapi_boot",
        "compile_path",
        crate::stdlib::fastapi_boot::compile_path,
    ),
    plain("_fastapi_boot", "route", crate::stdlib::fastapi_boot::route),
    plain(
        "_pydantic_native",
        "finish_model",
        crate::stdlib::pydantic_native::finish_model,
    ),
    plain(
        "_pydantic_native",
        "new_field",
        crate::stdlib::pydantic_native::new_field,
    ),
    frames(
        "_jinja2_native",
        "escape_out",
        crate::stdlib::jinja2_native::escape_out,
    ),
    frames(
        "_jinja2_native",
        "getattr",
        crate::stdlib::jinja2_native::getattr,
    ),
    frames(
        "_jinja2_native",
        "title",
        crate::stdlib::jinja2_native::title,
    ),
    frames("_jinja2_native", "join", crate::stdlib::jinja2_native::join),
    frames("_jinja2_native", "fmt", crate::stdlib::jinja2_native::fmt),
    frames(
        "_jinja2_native",
        "lower",
        crate::stdlib::jinja2_native::lower,
    ),
    frames(
        "_jinja2_native",
        "upper",
        crate::stdlib::jinja2_native::upper,
    ),
    frames("_jinja2_native", "sort", crate::stdlib::jinja2_native::sort),
    frames(
        "_jinja2_native",
        "truncate",
        crate::stdlib::jinja2_native::truncate,
    ),
    frames(
        "_jinja2_native",
        "default",
        crate::stdlib::jinja2_native::default,
    ),
    plain(
        "_jinja2_native",
        "cached_template",
        crate::stdlib::jinja2_native::cached_template,
    ),
    plain(
        "_jinja2_native",
        "assemble",
        crate::stdlib::jinja_ir::assemble,
    ),
    frames(
        "_jinja2_native",
        "render",
        crate::stdlib::jinja_render::render,
    ),
    plain(
        "_markdown_core",
        "convert",
        crate::stdlib::markdown::convert,
    ),
    plain("unicodedata", "lookup", crate::stdlib::unicodedata::lookup),
    plain("unicodedata", "name", crate::stdlib::unicodedata::name),
    plain(
        "unicodedata",
        "category",
        crate::stdlib::unicodedata::category,
    ),
    plain(
        "unicodedata",
        "combining",
        crate::stdlib::unicodedata::combining,
    ),
    plain(
        "unicodedata",
        "normalize",
        crate::stdlib::unicodedata::normalize,
    ),
    plain(
        "unicodedata",
        "is_normalized",
        crate::stdlib::unicodedata::is_normalized,
    ),
    plain(
        "unicodedata",
        "decimal",
        crate::stdlib::unicodedata::decimal,
    ),
    plain("unicodedata", "digit", crate::stdlib::unicodedata::digit),
    plain(
        "unicodedata",
        "mirrored",
        crate::stdlib::unicodedata::mirrored,
    ),
    plain("str", "__getitem__", slots::getitem),
    plain("list", "__getitem__", slots::getitem),
    plain("tuple", "__getitem__", slots::getitem),
    plain("dict", "__getitem__", slots::getitem),
    plain("list", "__setitem__", slots::setitem),
    plain("dict", "__setitem__", slots::setitem),
    plain("list", "__delitem__", slots::delitem),
    plain("bytes", "__getitem__", slots::getitem),
    plain("bytearray", "__getitem__", slots::getitem),
    plain("bytearray", "__setitem__", slots::setitem),
    plain("bytearray", "__delitem__", slots::delitem),
    plain("list", "__iadd__", slots::__iadd__),
    plain("list", "__imul__", slots::__imul__),
    plain("bytearray", "__iadd__", slots::__iadd__),
    plain("bytearray", "__imul__", slots::__imul__),
    plain("dict", "__ior__", slots::__ior__),
    plain("set", "__ior__", slots::__ior__),
    plain("set", "__iand__", slots::__iand__),
    plain("set", "__isub__", slots::__isub__),
    plain("set", "__ixor__", slots::__ixor__),
    frames("list", "__reversed__", slots::reversed),
    plain("int", "__round__", slots::round),
    plain("float", "__round__", slots::round),
    plain("dict", "__delitem__", slots::delitem),
    plain("str", "__len__", slots::len),
    plain("list", "__len__", slots::len),
    plain("tuple", "__len__", slots::len),
    plain("dict", "__len__", slots::len),
    plain("set", "__len__", slots::len),
    plain("frozenset", "__len__", slots::len),
    plain("bytes", "__len__", slots::len),
    plain("bytearray", "__len__", slots::len),
    plain("range", "__len__", slots::len),
    plain("bytes", "__contains__", slots::contains),
    plain("bytearray", "__contains__", slots::contains),
    plain("range", "__contains__", slots::contains),
    plain("bytes", "__iter__", slots::iter),
    plain("bytearray", "__iter__", slots::iter),
    plain("range", "__iter__", slots::iter),
    plain("str", "__contains__", slots::contains),
    plain("list", "__contains__", slots::contains),
    plain("tuple", "__contains__", slots::contains),
    plain("dict", "__contains__", slots::contains),
    plain("set", "__contains__", slots::contains),
    plain("frozenset", "__contains__", slots::contains),
    plain("str", "__iter__", slots::iter),
    plain("list", "__iter__", slots::iter),
    plain("tuple", "__iter__", slots::iter),
    plain("dict", "__iter__", slots::iter),
    plain("set", "__iter__", slots::iter),
    plain("frozenset", "__iter__", slots::iter),
    plain("str", "__eq__", slots::eq),
    plain("list", "__eq__", slots::eq),
    plain("tuple", "__eq__", slots::eq),
    plain("dict", "__eq__", slots::eq),
    plain("set", "__eq__", slots::eq),
    plain("frozenset", "__eq__", slots::eq),
    plain("str", "__hash__", slots::hash),
    plain("tuple", "__hash__", slots::hash),
    plain("int", "__hash__", slots::hash),
    plain("float", "__hash__", slots::hash),
    plain("frozenset", "__hash__", slots::hash),
    plain("str", "__add__", slots::add),
    plain("list", "__add__", slots::add),
    plain("tuple", "__add__", slots::add),
    plain("str", "__mul__", slots::mul),
    plain("list", "__mul__", slots::mul),
    plain("tuple", "__mul__", slots::mul),
    plain("set", "__sub__", slots::sub),
    plain("frozenset", "__sub__", slots::sub),
    plain("str", "__mod__", slots::modulo),
    frames("generator", "throw", generator::throw),
    plain("generator", "close", generator::close),
    plain("range", "index", range::range_index),
    plain("range", "count", range::range_count),
    plain("slice", "indices", range::slice_indices),
    plain("int", "__add__", number::dunder_add),
    plain("int", "__radd__", number::dunder_radd),
    plain("int", "__sub__", number::dunder_sub),
    plain("int", "__rsub__", number::dunder_rsub),
    plain("int", "__mul__", number::dunder_mul),
    plain("int", "__rmul__", number::dunder_rmul),
    plain("int", "__truediv__", number::dunder_truediv),
    plain("int", "__rtruediv__", number::dunder_rtruediv),
    plain("int", "__floordiv__", number::dunder_floordiv),
    plain("int", "__rfloordiv__", number::dunder_rfloordiv),
    plain("int", "__mod__", number::dunder_mod),
    plain("int", "__rmod__", number::dunder_rmod),
    plain("int", "__pow__", number::dunder_pow),
    plain("int", "__rpow__", number::dunder_rpow),
    plain("int", "__lt__", number::dunder_lt),
    plain("int", "__le__", number::dunder_le),
    plain("int", "__gt__", number::dunder_gt),
    plain("int", "__ge__", number::dunder_ge),
    plain("int", "__eq__", number::dunder_eq),
    plain("int", "__ne__", number::dunder_ne),
    plain("float", "__add__", number::dunder_add),
    plain("float", "__radd__", number::dunder_radd),
    plain("float", "__sub__", number::dunder_sub),
    plain("float", "__rsub__", number::dunder_rsub),
    plain("float", "__mul__", number::dunder_mul),
    plain("float", "__rmul__", number::dunder_rmul),
    plain("float", "__truediv__", number::dunder_truediv),
    plain("float", "__rtruediv__", number::dunder_rtruediv),
    plain("float", "__floordiv__", number::dunder_floordiv),
    plain("float", "__rfloordiv__", number::dunder_rfloordiv),
    plain("float", "__mod__", number::dunder_mod),
    plain("float", "__rmod__", number::dunder_rmod),
    plain("float", "__pow__", number::dunder_pow),
    plain("float", "__rpow__", number::dunder_rpow),
    plain("float", "__lt__", number::dunder_lt),
    plain("float", "__le__", number::dunder_le),
    plain("float", "__gt__", number::dunder_gt),
    plain("float", "__ge__", number::dunder_ge),
    plain("float", "__eq__", number::dunder_eq),
    plain("float", "__ne__", number::dunder_ne),
    plain("int", "__and__", number::dunder_and),
    plain("int", "__rand__", number::dunder_rand),
    plain("int", "__or__", number::dunder_or),
    plain("int", "__ror__", number::dunder_ror),
    plain("int", "__xor__", number::dunder_xor),
    plain("int", "__rxor__", number::dunder_rxor),
    plain("int", "__lshift__", number::dunder_lshift),
    plain("int", "__rlshift__", number::dunder_rlshift),
    plain("int", "__rshift__", number::dunder_rshift),
    plain("int", "__rrshift__", number::dunder_rrshift),
    plain("int", "__index__", number_unary::dunder_int),
    plain("int", "__int__", number_unary::dunder_int),
    plain("int", "__trunc__", number_unary::dunder_int),
    plain("int", "__floor__", number_unary::dunder_floor),
    plain("int", "__ceil__", number_unary::dunder_ceil),
    plain("int", "__float__", number_unary::dunder_float),
    plain("int", "__abs__", number_unary::dunder_abs),
    plain("int", "__bool__", number_unary::dunder_bool),
    plain("int", "__neg__", number_unary::dunder_neg),
    plain("int", "__pos__", number_unary::dunder_pos),
    plain("int", "__invert__", number_unary::dunder_invert),
    plain("float", "__int__", number_unary::dunder_int),
    plain("float", "__trunc__", number_unary::dunder_int),
    plain("float", "__floor__", number_unary::dunder_floor),
    plain("float", "__ceil__", number_unary::dunder_ceil),
    plain("float", "__float__", number_unary::dunder_float),
    plain("float", "__abs__", number_unary::dunder_abs),
    plain("float", "__bool__", number_unary::dunder_bool),
    plain("float", "__neg__", number_unary::dunder_neg),
    plain("float", "__pos__", number_unary::dunder_pos),
    plain("complex", "__add__", number::dunder_add),
    plain("complex", "__radd__", number::dunder_radd),
    plain("complex", "__sub__", number::dunder_sub),
    plain("complex", "__rsub__", number::dunder_rsub),
    plain("complex", "__mul__", number::dunder_mul),
    plain("complex", "__rmul__", number::dunder_rmul),
    plain("complex", "__truediv__", number::dunder_truediv),
    plain("complex", "__rtruediv__", number::dunder_rtruediv),
    plain("complex", "__pow__", number::dunder_pow),
    plain("complex", "__rpow__", number::dunder_rpow),
    plain("complex", "__eq__", number::dunder_eq),
    plain("complex", "__ne__", number::dunder_ne),
    plain("dict_keys", "isdisjoint", dict::view_isdisjoint),
    plain("dict_items", "isdisjoint", dict::view_isdisjoint),
    plain("iterator", "__next__", range::iterator_next),
    plain("iterator", "__iter__", range::iterator_iter),
    plain("generator", "__iter__", range::iterator_iter),
    frames("builtins", "aiter", coroutine::builtin_aiter),
    frames("builtins", "anext", coroutine::builtin_anext),
    frames("coroutine", "send", generator::send),
    frames("coroutine", "throw", generator::throw),
    plain("coroutine", "close", generator::close),
    plain("coroutine", "__await__", coroutine::coroutine_await),
    plain("async_generator", "__aiter__", coroutine::aiter_self),
    plain("async_generator", "__anext__", coroutine::anext),
    plain("async_generator", "asend", coroutine::asend),
    plain("async_generator", "athrow", coroutine::athrow),
    plain("async_generator", "aclose", coroutine::aclose),
    frames("generator", "__next__", generator_next),
    plain("float", "hex", float::hex),
    plain("float", "fromhex", float::fromhex),
    plain("bytes", "decode", bytes::decode),
    plain("bytes", "hex", bytes::hex),
    plain("bytes", "count", bytes::count),
    plain("bytes", "find", bytes::find),
    plain("bytes", "rfind", bytes::rfind),
    plain("bytes", "index", bytes::index),
    plain("bytes", "rindex", bytes::rindex),
    plain("bytes", "startswith", bytes::startswith),
    plain("bytes", "endswith", bytes::endswith),
    plain("bytes", "split", bytes::split),
    plain("bytes", "rsplit", bytes::rsplit),
    plain("bytes", "splitlines", bytes::splitlines),
    plain("bytes", "join", bytes::join),
    plain("bytes", "strip", bytes::strip),
    plain("bytes", "lstrip", bytes::lstrip),
    plain("bytes", "rstrip", bytes::rstrip),
    plain("bytes", "replace", bytes::replace),
    plain("bytes", "partition", bytes::partition),
    plain("bytes", "rpartition", bytes::rpartition),
    plain("bytes", "removeprefix", bytes::removeprefix),
    plain("bytes", "removesuffix", bytes::removesuffix),
    plain("bytes", "upper", bytes_ascii::upper),
    plain("bytes", "lower", bytes_ascii::lower),
    plain("bytes", "swapcase", bytes_ascii::swapcase),
    plain("bytes", "capitalize", bytes_ascii::capitalize),
    plain("bytes", "title", bytes_ascii::title),
    plain("bytes", "isdigit", bytes_ascii::isdigit),
    plain("bytes", "isalpha", bytes_ascii::isalpha),
    plain("bytes", "isalnum", bytes_ascii::isalnum),
    plain("bytes", "isspace", bytes_ascii::isspace),
    plain("bytes", "isascii", bytes_ascii::isascii),
    plain("bytes", "isupper", bytes_ascii::isupper),
    plain("bytes", "islower", bytes_ascii::islower),
    plain("bytes", "istitle", bytes_ascii::istitle),
    plain("bytes", "center", bytes_ascii::center),
    plain("bytes", "ljust", bytes_ascii::ljust),
    plain("bytes", "rjust", bytes_ascii::rjust),
    plain("bytes", "zfill", bytes_ascii::zfill),
    plain("bytes", "expandtabs", bytes_ascii::expandtabs),
    plain("bytes", "translate", bytes::translate),
    plain("bytes", "fromhex", bytes::fromhex),
    plain("bytes", "maketrans", bytes::maketrans),
    plain("bytearray", "decode", bytes::decode),
    plain("bytearray", "hex", bytes::hex),
    plain("bytearray", "count", bytes::count),
    plain("bytearray", "find", bytes::find),
    plain("bytearray", "rfind", bytes::rfind),
    plain("bytearray", "index", bytes::index),
    plain("bytearray", "rindex", bytes::rindex),
    plain("bytearray", "startswith", bytes::startswith),
    plain("bytearray", "endswith", bytes::endswith),
    plain("bytearray", "split", bytes::split),
    plain("bytearray", "rsplit", bytes::rsplit),
    plain("bytearray", "splitlines", bytes::splitlines),
    plain("bytearray", "join", bytes::join),
    plain("bytearray", "strip", bytes::strip),
    plain("bytearray", "lstrip", bytes::lstrip),
    plain("bytearray", "rstrip", bytes::rstrip),
    plain("bytearray", "replace", bytes::replace),
    plain("bytearray", "partition", bytes::partition),
    plain("bytearray", "rpartition", bytes::rpartition),
    plain("bytearray", "removeprefix", bytes::removeprefix),
    plain("bytearray", "removesuffix", bytes::removesuffix),
    plain("bytearray", "upper", bytes_ascii::upper),
    plain("bytearray", "lower", bytes_ascii::lower),
    plain("bytearray", "swapcase", bytes_ascii::swapcase),
    plain("bytearray", "capitalize", bytes_ascii::capitalize),
    plain("bytearray", "title", bytes_ascii::title),
    plain("bytearray", "isdigit", bytes_ascii::isdigit),
    plain("bytearray", "isalpha", bytes_ascii::isalpha),
    plain("bytearray", "isalnum", bytes_ascii::isalnum),
    plain("bytearray", "isspace", bytes_ascii::isspace),
    plain("bytearray", "isascii", bytes_ascii::isascii),
    plain("bytearray", "isupper", bytes_ascii::isupper),
    plain("bytearray", "islower", bytes_ascii::islower),
    plain("bytearray", "istitle", bytes_ascii::istitle),
    plain("bytearray", "center", bytes_ascii::center),
    plain("bytearray", "ljust", bytes_ascii::ljust),
    plain("bytearray", "rjust", bytes_ascii::rjust),
    plain("bytearray", "zfill", bytes_ascii::zfill),
    plain("bytearray", "expandtabs", bytes_ascii::expandtabs),
    plain("bytearray", "translate", bytes::translate),
    plain("bytearray", "fromhex", bytes::fromhex),
    plain("bytearray", "maketrans", bytes::maketrans),
    plain("bytearray", "append", bytearray::append),
    plain("bytearray", "extend", bytearray::extend),
    plain("bytearray", "pop", bytearray::pop),
    plain("bytearray", "insert", bytearray::insert),
    plain("bytearray", "remove", bytearray::remove),
    plain("bytearray", "clear", bytearray::clear),
    plain("bytearray", "reverse", bytearray::reverse),
    plain("bytearray", "copy", bytearray::copy),
    plain("memoryview", "tobytes", bytearray::tobytes),
    plain("memoryview", "tolist", bytearray::tolist),
    plain("memoryview", "release", bytearray::release),
    plain("memoryview", "__enter__", bytearray::enter),
    plain("memoryview", "__exit__", bytearray::release),
    plain("memoryview", "hex", bytes::hex),
    plain("_hashlib", "digest", crate::stdlib::hashlib::digest),
    plain(
        "_collections",
        "_count_elements",
        crate::stdlib::collections::count_elements,
    ),
];

/// Methods of builtin types that are classmethods (bound to the class on access).
const CLASS_METHODS: &[(&str, &str)] = &[
    ("dict", "fromkeys"),
    ("int", "from_bytes"),
    ("object", "__init_subclass__"),
    ("bytes", "fromhex"),
    ("bytearray", "fromhex"),
    ("float", "fromhex"),
];

/// Methods of builtin types that are staticmethods (never bound).
const STATIC_METHODS: &[(&str, &str)] = &[
    ("str", "maketrans"),
    ("bytes", "maketrans"),
    ("bytearray", "maketrans"),
];

/// Whether builtin `id` is a staticmethod of its type.
pub(crate) fn is_static_method(id: BuiltinId) -> bool {
    id.entry()
        .is_some_and(|b| STATIC_METHODS.contains(&(b.module, b.name)))
}

/// Whether builtin `id` is a classmethod of its type.
pub(crate) fn is_class_method(id: BuiltinId) -> bool {
    id.entry()
        .is_some_and(|b| CLASS_METHODS.contains(&(b.module, b.name)))
}

/// Whether builtin value `v` is a static method of its type (`__new__`):
/// not bound to the instance or class it is read through.
pub(crate) fn is_static_builtin(vm: &Vm, v: Value) -> bool {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Builtin(b)) => {
            is_static_method(*b) || b.entry().is_some_and(|e| e.name == "__new__")
        }
        _ => false,
    }
}

/// Whether builtin value `v` is a function (of `builtins` or a native
/// module) rather than a method of a type: it does not bind as a method.
pub(crate) fn is_builtin_function(vm: &Vm, v: Value) -> bool {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Builtin(b)) => b.entry().is_some_and(Builtin::is_function),
        _ => false,
    }
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

/// A builtin is stored as its index in [`BUILTINS`]: a snapshot is only
/// read by the build that wrote it (the template fingerprint covers the
/// table's names, see [`table_names`]).
impl Serialize for BuiltinId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for BuiltinId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let index = u16::deserialize(deserializer)?;
        if (index as usize) < BUILTINS.len() {
            Ok(BuiltinId(index))
        } else {
            Err(serde::de::Error::custom(format!(
                "unknown builtin #{index}"
            )))
        }
    }
}

/// `module.name` of every builtin, in table order (part of the snapshot
/// template fingerprint: builtins are stored by index).
pub(crate) fn table_names() -> impl Iterator<Item = (&'static str, &'static str)> {
    BUILTINS.iter().map(|b| (b.module, b.name))
}

/// The builtin registered as `module.name`.
///
/// Method lookups on builtin types (`"abc".upper`, `d.get`, every datetime
/// constructor) come here for each builtin class of an MRO, so the table is
/// indexed once per process rather than scanned by string each time.
pub(crate) fn lookup(module: &str, name: &str) -> Option<BuiltinId> {
    static INDEX: std::sync::OnceLock<
        rustc_hash::FxHashMap<(&'static str, &'static str), BuiltinId>,
    > = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = rustc_hash::FxHashMap::default();
        for (i, b) in BUILTINS.iter().enumerate() {
            // The first registration of a name wins, as the scan it replaces did.
            index
                .entry((b.module, b.name))
                .or_insert(BuiltinId(i as u16));
        }
        index
    });
    index.get(&(module, name)).copied()
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
        Iter::BigRange(_) => "longrange_iterator",
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
        None if entry.is_function() || is_static_method(id) => Value::None,
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
            let receiver = args.positional.remove(0);
            if !is_class_method(id) {
                methods::slots::check_receiver(vm, entry.module, entry.name, receiver)?;
            }
            receiver
        }
    };
    let result = match entry.imp {
        Impl::Plain(f) => f(vm, receiver, args).map(Called::Value),
        Impl::Frames(f) => f(vm, receiver, args),
    };
    result.map_err(|e| args::qualify_arity_error(entry.module, entry.name, e))
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
    let text = vm.interner.name(name);
    let id = vm.class(class)?.mro.iter().find_map(|&k| {
        let c = vm.class(k)?;
        if c.builtin {
            lookup(&c.name, text)
        } else {
            None
        }
    })?;
    Some(vm.builtin_object(id))
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
    for (name, class) in vm.types.aliases() {
        let sym = vm.interner.intern(name);
        vm.module_set(vm.builtins, sym, Value::Obj(class));
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
        ("True", Value::Bool(true)),
        ("False", Value::Bool(false)),
        ("None", Value::None),
        ("__debug__", Value::Bool(true)),
    ];
    for (name, value) in constants {
        let sym = vm.interner.intern(name);
        vm.module_set(vm.builtins, sym, value);
    }
    let name = vm.interner.intern("__name__");
    let builtins_name = vm.new_str("builtins".to_owned());
    vm.module_set(vm.builtins, name, builtins_name);
}

/// `generator.__next__()`: `next(gen)`.
fn generator_next(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Called> {
    args.exact::<0>("__next__")?;
    iter::builtin_next(vm, Value::None, Args::positional(vec![receiver]))
}
