//! Calling a builtin class: `int(x)`, `str(x)`, `list(it)`, `range(...)`, ...

use num_bigint::BigInt;
use num_traits::Num as _;

use crate::eval::arith::Num;
use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{ops, ExcKind, RunError, RunResult};
use crate::value::bytes::BytesKind;
use crate::value::class::Layout;
use crate::value::iter::Range;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// `dict(d)` of a plain dict (no subclass, no keywords): a copy of its
/// table, as CPython copies an exact dict, instead of re-inserting every
/// entry (a booting Jinja2 `Environment` copies its default filters, tests
/// and globals this way).
fn plain_dict_copy(vm: &mut Vm, args: &Args) -> Option<Value> {
    let ([other], true) = (args.positional.as_slice(), args.keywords.is_empty()) else {
        return None;
    };
    let copy = other
        .as_obj()
        .and_then(|id| vm.heap.get_plain(id))
        .filter(|o| matches!(o, Object::Dict(_)))?
        .clone();
    Some(Value::Obj(vm.heap.alloc(copy)))
}

/// `Class(args)` for a builtin class.
pub(crate) fn construct(
    vm: &mut Vm,
    class: ObjId,
    layout: Layout,
    args: Args,
) -> RunResult<Called> {
    let value = match layout {
        Layout::Int => int(vm, args)?,
        Layout::Float => float(vm, &args)?,
        Layout::Str => {
            let bound = args.bind(vm, "str", &["object", "encoding", "errors"], 0)?;
            match bound[..] {
                [Some(v), None, None] if vm.is_user_object(v) => return vm.text_called(v, false),
                _ => str_new(vm, &args)?,
            }
        }
        Layout::Bool => {
            let parts = args.between("bool", 0, 1)?.to_vec();
            if let Some(v) = parts.first().filter(|v| vm.is_user_object(**v)) {
                return vm.truth_called(*v, false);
            }
            Value::Bool(match parts.first() {
                Some(v) => vm.truthy(*v)?,
                None => false,
            })
        }
        Layout::List | Layout::Tuple => return sequence(vm, layout == Layout::Tuple, &args),
        Layout::Dict => {
            if let Some(called) = super::functions::iter::dict_from_pairs(vm, &args) {
                return called;
            }
            if let Some(copy) = plain_dict_copy(vm, &args) {
                return Ok(Called::Value(copy));
            }
            let d = vm.new_dict();
            if let Some(other) = args.between_kw("dict", 0, 1)?.first() {
                vm.dict_update(d, *other)?;
            }
            for (k, v) in args.keywords {
                let key = vm.new_str(vm.interner.name(k).to_owned());
                vm.dict_set(d, key, v)?;
            }
            d
        }
        Layout::Range => range(vm, &args)?,
        Layout::Bytes => bytes(vm, BytesKind::Bytes, &args)?,
        Layout::ByteArray => bytes(vm, BytesKind::ByteArray, &args)?,
        Layout::MemoryView => {
            let bound = args.bind(vm, "memoryview", &["object"], 1)?;
            let source = bound[0].unwrap_or(Value::None);
            super::methods::bytearray::new_memoryview(vm, source)?
        }
        Layout::Complex => complex(vm, &args)?,
        Layout::Set | Layout::FrozenSet => {
            let frozen = layout == Layout::FrozenSet;
            let parts = args
                .between(if frozen { "frozenset" } else { "set" }, 0, 1)?
                .to_vec();
            match parts.first() {
                Some(v) if vm.is_set(*v) => vm.copy_set(*v, frozen)?,
                Some(v) => {
                    let fold = crate::eval::consume::Fold::Set {
                        items: Vec::new(),
                        frozen,
                    };
                    return vm.consume_called(*v, fold);
                }
                None => vm.new_set(&[], frozen)?,
            }
        }
        Layout::Type => {
            let [v] = args.exact("type")?;
            Value::Obj(vm.type_of(v))
        }
        Layout::NoneType => {
            args.exact::<0>("NoneType")?;
            Value::None
        }
        Layout::Object => {
            if !args.positional.is_empty() || !args.keywords.is_empty() {
                return Err(crate::exc::call::class_takes_no_arguments("object"));
            }
            vm.object_new(class, &args)?
        }
        Layout::Property | Layout::StaticMethod | Layout::ClassMethod | Layout::Super => {
            descriptor(vm, layout, args)?
        }
        Layout::Slice => {
            let parts = args.between("slice", 1, 3)?.to_vec();
            match parts.as_slice() {
                [stop] => vm.new_slice(&[Value::None, *stop, Value::None]),
                other => vm.new_slice(other),
            }
        }
        _ => {
            let name = vm
                .class(class)
                .map(|c| c.name.to_string())
                .unwrap_or_default();
            return Err(RunError::new(
                ExcKind::TypeError,
                format!("cannot create '{name}' instances"),
            ));
        }
    };
    Ok(Called::Value(value))
}

/// `property(...)`, `staticmethod(f)`, `classmethod(f)`, `super(...)`.
fn descriptor(vm: &mut Vm, layout: Layout, args: Args) -> RunResult<Value> {
    Ok(match layout {
        Layout::Property => {
            let mut args = args;
            let names = ["fget", "fset", "fdel"];
            let mut parts = [Value::None; 3];
            for (i, name) in names.iter().enumerate() {
                if let Some(v) = args
                    .positional
                    .get(i)
                    .copied()
                    .or_else(|| args.take_keyword(vm, name))
                {
                    parts[i] = v;
                }
            }
            let doc = args
                .positional
                .get(3)
                .copied()
                .or_else(|| args.take_keyword(vm, "doc"))
                .unwrap_or(Value::None);
            let [fget, fset, fdel] = parts;
            Value::Obj(
                vm.heap
                    .alloc(Object::Property(crate::value::object::Property {
                        fget,
                        fset,
                        fdel,
                        doc,
                        name: None,
                    })),
            )
        }
        Layout::StaticMethod => {
            let [f] = args.exact("staticmethod")?;
            Value::Obj(vm.heap.alloc(Object::StaticMethod(f)))
        }
        Layout::ClassMethod => {
            let [f] = args.exact("classmethod")?;
            Value::Obj(vm.heap.alloc(Object::ClassMethod(f)))
        }
        Layout::Super => match args.positional.as_slice() {
            [] => vm.zero_arg_super()?,
            [Value::Obj(class), obj] if vm.class(*class).is_some() => {
                Value::Obj(vm.heap.alloc(Object::Super {
                    class: *class,
                    obj: *obj,
                }))
            }
            _ => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "super() argument 1 must be a type",
                ))
            }
        },
        _ => return Err(RunError::internal("not a descriptor layout")),
    })
}

impl Args {
    /// Positional arguments within bounds, keywords allowed (collected by the caller).
    fn between_kw(&self, name: &str, min: usize, max: usize) -> RunResult<&[Value]> {
        let positional = Args::positional(self.positional.clone());
        positional.between(name, min, max)?;
        Ok(&self.positional)
    }
}

/// `list(it)` / `tuple(it)`; generators are drained by a resumable native frame.
fn sequence(vm: &mut Vm, tuple: bool, args: &Args) -> RunResult<Called> {
    let name = if tuple { "tuple" } else { "list" };
    let parts = args.between(name, 0, 1)?.to_vec();
    let Some(&iterable) = parts.first() else {
        let empty = if tuple {
            vm.new_tuple(Vec::new())
        } else {
            vm.new_list(Vec::new())
        };
        return Ok(Called::Value(empty));
    };
    // Exact lists and tuples only: a subclass may override `__iter__`.
    if let Some(id) = iterable.as_obj().filter(|_| !vm.is_subclassed(iterable)) {
        if tuple && matches!(vm.heap.get(id), Object::Tuple(_)) {
            return Ok(Called::Value(iterable));
        }
        if let Object::List(items) | Object::Tuple(items) = vm.heap.get(id) {
            let items = items.clone();
            return Ok(Called::Value(if tuple {
                vm.new_tuple(items)
            } else {
                vm.new_list(items)
            }));
        }
    }
    let fold = crate::eval::consume::Fold::Collect {
        items: Vec::new(),
        tuple,
    };
    vm.consume_called(iterable, fold)
}

fn int(vm: &mut Vm, mut args: Args) -> RunResult<Value> {
    let base_kw = args.take_keyword(vm, "base");
    if let Some((k, _)) = args.keywords.first() {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "'{}' is an invalid keyword argument for int()",
                vm.interner.name(*k)
            ),
        ));
    }
    let parts = args.between("int", 0, 2)?.to_vec();
    let Some(&v) = parts.first() else {
        return Ok(Value::Int(0));
    };
    let base = parts.get(1).copied().or(base_kw);
    let text = vm.str_value(v).or_else(|| {
        vm.buffer(v)
            .map(|b| b.iter().map(|c| char::from(*c)).collect())
    });
    if let Some(text) = text {
        let base = match base {
            Some(b) => vm.int_arg(b)?,
            None => 10,
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(RunError::new(
                ExcKind::ValueError,
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let shown = match vm.str_value(v) {
            Some(_) => crate::value::repr::str_repr(&text),
            None => vm.repr(v)?,
        };
        return parse_int(vm, &text, base as u32, &shown);
    }
    if base.is_some() {
        return Err(RunError::new(
            ExcKind::TypeError,
            "int() can't convert non-string with explicit base",
        ));
    }
    match vm.num(v) {
        Some(Num::Int(i)) => Ok(Value::Int(i)),
        Some(Num::Big(b)) if vm.is_user_object(v) => Ok(vm.int_value(b)),
        Some(Num::Big(_)) => Ok(v),
        Some(Num::Float(f)) => vm.float_to_int(f, f64::trunc),
        None => {
            // CPython's order: `__int__`, then `__index__`, then `__trunc__`.
            for hook in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.user_conversion(v, hook, "int")? {
                    return Ok(match r {
                        Value::Bool(b) => Value::Int(i64::from(b)),
                        other => other,
                    });
                }
            }
            Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(v)
                ),
            ))
        }
    }
}

/// `int(text, base)` with CPython's literal rules (sign, underscores, prefixes for base 0).
fn parse_int(vm: &mut Vm, text: &str, base: u32, shown: &str) -> RunResult<Value> {
    let invalid = |_: &Vm| ops::invalid_int_literal(base, shown);
    let ascii = crate::value::str::ascii_digits(text);
    let trimmed = ascii.as_str();
    let (negative, digits) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    let lower = digits.to_ascii_lowercase();
    let from_base0_decimal = base == 0 && !matches!(lower.get(..2), Some("0x" | "0o" | "0b"));
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &digits[2..]),
        (0 | 8, Some("0o")) => (8, &digits[2..]),
        (0 | 2, Some("0b")) => (2, &digits[2..]),
        (0, _) => (10, digits),
        (b, _) => (b, digits),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| digits.len() > 1 && base != 10)
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(invalid(vm));
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if from_base0_decimal && clean.starts_with('0') && clean.bytes().any(|b| b != b'0') {
        // `int('017', 0)`: a leading zero is only allowed for zero itself.
        return Err(invalid(vm));
    }
    if clean.len() > 4300 && base == 10 {
        return Err(RunError::new(
            ExcKind::ValueError,
            format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                clean.len()
            ),
        ));
    }
    let Ok(n) = BigInt::from_str_radix(&clean, base) else {
        return Err(invalid(vm));
    };
    Ok(vm.int_value(if negative { -n } else { n }))
}

fn float(vm: &mut Vm, args: &Args) -> RunResult<Value> {
    let parts = args.between("float", 0, 1)?.to_vec();
    let Some(&v) = parts.first() else {
        return Ok(Value::Float(0.0));
    };
    let text = match (vm.str_value(v), vm.buffer(v)) {
        (Some(t), _) => Some((crate::value::repr::str_repr(&t), t)),
        (None, Some(b)) => {
            let t: String = b.iter().map(|c| char::from(*c)).collect();
            Some((vm.repr(v)?, t))
        }
        (None, None) => None,
    };
    if let Some((shown, text)) = text {
        let clean = crate::value::str::ascii_digits(&text).replace('_', "");
        let lower = clean.to_ascii_lowercase();
        let unsigned = lower.trim_start_matches(['+', '-']);
        let valid = matches!(unsigned, "inf" | "infinity" | "nan")
            || unsigned
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'));
        return match clean.parse::<f64>() {
            Ok(f) if valid && !text.trim().starts_with('_') => Ok(Value::Float(vm.fresh_if_nan(f))),
            _ => Err(ops::invalid_float_literal(&shown)),
        };
    }
    if let Some(n) = vm.num(v) {
        return crate::eval::arith::to_f64(&n).map(Value::Float);
    }
    if let Some(r) = vm.user_conversion(v, "__float__", "float")? {
        return Ok(r);
    }
    if let Some(r) = vm.user_conversion(v, "__index__", "int")? {
        let n = vm
            .num(r)
            .ok_or_else(|| RunError::internal("__index__ result"))?;
        return crate::eval::arith::to_f64(&n).map(Value::Float);
    }
    Err(RunError::new(
        ExcKind::TypeError,
        format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(v)
        ),
    ))
}

/// `complex(real=0, imag=0)`.
fn complex(vm: &mut Vm, args: &Args) -> RunResult<Value> {
    let bound = args.bind(vm, "complex", &["real", "imag"], 0)?;
    let mut parts: Vec<Value> = bound.iter().map_while(|v| *v).collect();
    // A user number converts itself: `__complex__`, else `__float__`, else `__index__`.
    for part in &mut parts {
        let hook = ["__complex__", "__float__", "__index__"]
            .into_iter()
            .find_map(|name| vm.user_dunder(*part, name));
        if let Some(f) = hook {
            *part = vm.call_nested(f, vec![*part])?;
        }
    }
    if let Some(text) = parts.first().and_then(|v| vm.str_value(*v)) {
        if parts.len() > 1 {
            return Err(RunError::new(
                ExcKind::TypeError,
                "complex() can't take second arg if first is a string",
            ));
        }
        let (re, im) = super::methods::float::parse_complex(&text).ok_or_else(|| {
            RunError::new(ExcKind::ValueError, "complex() arg is a malformed string")
        })?;
        return Ok(vm.new_complex((re, im)));
    }
    if let Some(v) = parts.get(1).filter(|v| vm.str_value(**v).is_some()) {
        let _ = v;
        return Err(RunError::new(
            ExcKind::TypeError,
            "complex() second arg can't be a string",
        ));
    }
    let part = |vm: &Vm, i: usize| -> RunResult<(f64, f64)> {
        match parts.get(i) {
            None => Ok((0.0, 0.0)),
            Some(v) => vm.complex_of(*v)?.ok_or_else(|| {
                RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        vm.type_name(*v)
                    ),
                )
            }),
        }
    };
    let (a, b) = (part(vm, 0)?, part(vm, 1)?);
    let is_complex = |vm: &Vm, i: usize| {
        matches!(
            parts
                .get(i)
                .and_then(|v| v.as_obj())
                .map(|id| vm.heap.get(id)),
            Some(Object::Complex(..))
        )
    };
    // CPython adds the cross terms only for complex arguments (keeps -0.0).
    let re = if is_complex(vm, 1) { a.0 - b.1 } else { a.0 };
    let im = match (parts.len() > 1, is_complex(vm, 0)) {
        (true, true) => b.0 + a.1,
        (true, false) => b.0,
        (false, _) => a.1,
    };
    Ok(vm.new_complex((re, im)))
}

#[expect(
    clippy::similar_names,
    reason = "range's own parameter names: start, stop, step"
)]
fn range(vm: &mut Vm, args: &Args) -> RunResult<Value> {
    let parts = args.between("range", 1, 3)?.to_vec();
    let is_big = |vm: &Vm, v: &Value| {
        matches!(
            v.as_obj().map(|id| vm.heap.get(id)),
            Some(Object::BigInt(_))
        )
    };
    if parts.iter().any(|p| is_big(vm, p)) {
        return big_range(vm, &parts);
    }
    let mut ints = Vec::with_capacity(3);
    for p in &parts {
        ints.push(vm.int_arg(*p)?);
    }
    let range = match ints.as_slice() {
        [stop] => Range {
            start: 0,
            stop: *stop,
            step: 1,
        },
        [start, stop] => Range {
            start: *start,
            stop: *stop,
            step: 1,
        },
        [start, stop, step] => Range {
            start: *start,
            stop: *stop,
            step: *step,
        },
        _ => Range {
            start: 0,
            stop: 0,
            step: 1,
        },
    };
    if range.step == 0 {
        return Err(RunError::new(
            ExcKind::ValueError,
            "range() arg 3 must not be zero",
        ));
    }
    Ok(Value::Obj(vm.heap.alloc(Object::Range(range))))
}

/// `range(...)` with an argument past 64 bits: a [`BigRange`](crate::value::big_range::BigRange).
#[expect(
    clippy::similar_names,
    reason = "range's own parameter names: start, stop, step"
)]
fn big_range(vm: &mut Vm, parts: &[Value]) -> RunResult<Value> {
    use num_bigint::BigInt;
    let mut ints: Vec<BigInt> = Vec::with_capacity(3);
    for p in parts {
        match vm.num(*p) {
            Some(crate::eval::arith::Num::Big(b)) => ints.push(b),
            _ => ints.push(BigInt::from(vm.int_arg(*p)?)),
        }
    }
    let (zero, one) = (BigInt::from(0), BigInt::from(1));
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (zero, stop.clone(), one),
        [start, stop] => (start.clone(), stop.clone(), one),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => (zero.clone(), zero, one),
    };
    if step == BigInt::from(0) {
        return Err(RunError::new(
            ExcKind::ValueError,
            "range() arg 3 must not be zero",
        ));
    }
    let range = crate::value::big_range::BigRange { start, stop, step };
    Ok(Value::Obj(vm.heap.alloc(Object::BigRange(Box::new(range)))))
}

/// `bytes(...)` / `bytearray(...)`: from a count, a str and encoding, a
/// buffer, or an iterable of ints.
fn bytes(vm: &mut Vm, kind: BytesKind, args: &Args) -> RunResult<Value> {
    let name = if kind == BytesKind::Bytes {
        "bytes"
    } else {
        "bytearray"
    };
    let bound = args.bind(vm, name, &["source", "encoding", "errors"], 0)?;
    let [source, encoding, errors] = [bound[0], bound[1], bound[2]];
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(RunError::new(
                ExcKind::TypeError,
                "encoding or errors without sequence argument",
            ));
        }
        return Ok(vm.new_bytes_of(kind, Vec::new()));
    };
    if let Some(text) = vm.str_value(source) {
        let Some(encoding) = encoding else {
            return Err(RunError::new(
                ExcKind::TypeError,
                "string argument without an encoding",
            ));
        };
        let encoding = vm.str_arg(encoding, &format!("{name}() argument 'encoding'"))?;
        let errors = match errors {
            Some(e) => vm.str_arg(e, &format!("{name}() argument 'errors'"))?,
            None => "strict".to_owned(),
        };
        let data = super::codecs::encode(&text, &encoding, &errors)
            .map_err(|e| super::codecs::with_object(vm, e, |_| source))?;
        return Ok(vm.new_bytes_of(kind, data));
    }
    if encoding.is_some() || errors.is_some() {
        let what = if encoding.is_some() {
            "encoding"
        } else {
            "errors"
        };
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("{what} without a string argument"),
        ));
    }
    if let Some(data) = vm.buffer(source) {
        let data = data.to_vec();
        return Ok(vm.new_bytes_of(kind, data));
    }
    let counted = if vm.user_dunder(source, "__bytes__").is_none() {
        vm.user_index(source)?
    } else {
        source
    };
    if let Some(n) = vm.index_value(counted) {
        let n =
            usize::try_from(n).map_err(|_| RunError::new(ExcKind::ValueError, "negative count"))?;
        vm.reserve(n)?;
        return Ok(vm.new_bytes_of(kind, vec![0; n]));
    }
    if matches!(source, Value::Obj(id) if matches!(vm.heap.get(id), Object::Instance(_))) {
        let sym = vm.interner.intern("__bytes__");
        if let Some(f) = vm.lookup_type_attr(vm.type_of(source), sym) {
            let r = vm.call_nested(f, vec![source])?;
            let data = vm.buffer(r).map(<[u8]>::to_vec).ok_or_else(|| {
                RunError::new(
                    ExcKind::TypeError,
                    format!("__bytes__ returned non-bytes (type {})", vm.type_name(r)),
                )
            })?;
            return Ok(vm.new_bytes_of(kind, data));
        }
    }
    let iterable =
        matches!(source, Value::Obj(id) if !matches!(vm.heap.get(id), Object::Complex(..)));
    if !iterable {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("cannot convert '{}' object to {name}", vm.type_name(source)),
        ));
    }
    let items = vm.collect_values(source)?;
    let range_msg = if kind == BytesKind::Bytes {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    let mut data = Vec::with_capacity(items.len());
    for item in items {
        let i = vm.int_arg(item)?;
        data.push(u8::try_from(i).map_err(|_| RunError::new(ExcKind::ValueError, range_msg))?);
    }
    Ok(vm.new_bytes_of(kind, data))
}

/// `str(object='')` / `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, args: &Args) -> RunResult<Value> {
    let bound = args.bind(vm, "str", &["object", "encoding", "errors"], 0)?;
    let Some(v) = bound[0] else {
        return Ok(vm.new_str(String::new()));
    };
    if bound[1].is_none() && bound[2].is_none() {
        let s = vm.str(v)?;
        return Ok(vm.new_str(s));
    }
    let Some(data) = vm.buffer(v).map(<[u8]>::to_vec) else {
        let message = if vm.str_value(v).is_some() {
            "decoding str is not supported".to_owned()
        } else {
            format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(v)
            )
        };
        return Err(RunError::new(ExcKind::TypeError, message));
    };
    let encoding = match bound[1] {
        Some(e) => vm.str_arg(e, "str() argument 'encoding'")?,
        None => "utf-8".to_owned(),
    };
    let errors = match bound[2] {
        Some(e) => vm.str_arg(e, "str() argument 'errors'")?,
        None => "strict".to_owned(),
    };
    let text = super::codecs::decode(&data, &encoding, &errors)
        .map_err(|e| super::codecs::with_object(vm, e, |vm| vm.new_bytes(data.clone())))?;
    Ok(vm.new_str(text))
}
