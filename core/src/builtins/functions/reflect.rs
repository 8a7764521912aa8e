//! Introspection: `isinstance`, `repr`, `getattr`, `hash`, `id`, `chr`, `ord`, ...

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::symbol::Symbol;
use crate::value::Value;

/// The classes of a second argument that is neither a class nor a tuple:
/// a union's members; anything else is CPython's `TypeError`.
fn class_list(vm: &mut Vm, spec: Value, func: &str) -> RunResult<Vec<crate::value::ObjId>> {
    let items = vm.union_classes(spec).unwrap_or_else(|| vec![spec]);
    let mut classes = Vec::new();
    for v in items {
        match v {
            Value::Obj(id) if vm.class(id).is_some() => classes.push(id),
            v if vm.alias_origin(v).is_some() => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!("{func}() argument 2 cannot be a parameterized generic"),
                ))
            }
            _ => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    if func == "issubclass" {
                        format!("{func}() arg 2 must be a class, a tuple of classes, or a union")
                    } else {
                        format!("{func}() arg 2 must be a type, a tuple of types, or a union")
                    },
                ))
            }
        }
    }
    Ok(classes)
}

/// Which builtin is checking: `isinstance(obj, spec)` or `issubclass(cls, spec)`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Check {
    Instance,
    Subclass,
}

impl Check {
    /// The builtin's name (in its errors).
    fn func(self) -> &'static str {
        match self {
            Check::Instance => "isinstance",
            Check::Subclass => "issubclass",
        }
    }

    /// The hook a class's metaclass, or a non-class second argument's type, may define.
    fn hook(self) -> &'static str {
        match self {
            Check::Instance => "__instancecheck__",
            Check::Subclass => "__subclasscheck__",
        }
    }
}

/// `isinstance(subject, spec)` / `issubclass(subject, spec)` as CPython's
/// `PyObject_IsInstance` / `PyObject_IsSubclass`: a class (its metaclass's
/// hook decides when it has one); a tuple, any member (nested tuples are a
/// `RecursionError` past the native depth limit, never a Rust stack
/// overflow); any other object whose type defines the hook (typing's `List`,
/// `Sequence`, `Optional[int]`, ...); a union; else CPython's `TypeError`.
fn check(vm: &mut Vm, kind: Check, subject: Value, spec: Value) -> RunResult<bool> {
    if let Some(c) = spec.as_obj().filter(|id| vm.class(*id).is_some()) {
        return check_class(vm, kind, subject, c);
    }
    if let Some(Object::Tuple(items)) = spec.as_obj().map(|id| vm.heap.get(id)) {
        let items = items.clone();
        return vm.deeper(&format!("in {}", kind.hook()), |vm| {
            for item in items {
                if check(vm, kind, subject, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(f) = object_hook(vm, spec, kind.hook()) {
        let r = vm.call_nested(f, vec![spec, subject])?;
        return vm.truthy(r);
    }
    for c in class_list(vm, spec, kind.func())? {
        if check_class(vm, kind, subject, c)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The check against one class `c` (its metaclass's hook decides when it has one).
fn check_class(
    vm: &mut Vm,
    kind: Check,
    subject: Value,
    c: crate::value::ObjId,
) -> RunResult<bool> {
    if kind == Check::Instance && vm.type_of(subject) == c {
        return Ok(true);
    }
    match metaclass_hook(vm, c, kind.hook()) {
        Some(f) => {
            let r = vm.call_nested(f, vec![Value::Obj(c), subject])?;
            vm.truthy(r)
        }
        None => Ok(match (kind, subject) {
            (Check::Instance, obj) => vm.is_instance(obj, c),
            (Check::Subclass, Value::Obj(cls)) => vm.is_subclass(cls, c),
            (Check::Subclass, _) => false,
        }),
    }
}

/// <https://docs.python.org/3/library/functions.html#isinstance>
pub(crate) fn builtin_isinstance(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [obj, spec] = args.exact("isinstance")?;
    check(vm, Check::Instance, obj, spec).map(Value::Bool)
}

/// <https://docs.python.org/3/library/functions.html#issubclass>
pub(crate) fn builtin_issubclass(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [cls, spec] = args.exact("issubclass")?;
    if !matches!(cls.as_obj(), Some(id) if vm.class(id).is_some()) {
        return Err(RunError::new(
            ExcKind::TypeError,
            "issubclass() arg 1 must be a class",
        ));
    }
    check(vm, Check::Subclass, cls, spec).map(Value::Bool)
}

/// The Python `__instancecheck__`/`__subclasscheck__` defined by the type of
/// a second argument that is neither a class, a tuple nor a union (a typing
/// alias), which `isinstance`/`issubclass` defer to as CPython's do.
fn object_hook(vm: &mut Vm, spec: Value, name: &str) -> Option<Value> {
    if vm.union_classes(spec).is_some() {
        return None;
    }
    let Value::Obj(id) = spec else {
        return None;
    };
    lookup_hook(vm, vm.type_of(Value::Obj(id)), name)
}

/// A Python `__instancecheck__`/`__subclasscheck__` defined by the metaclass
/// of `class` (an `abc.ABCMeta` with registered virtual subclasses, say).
fn metaclass_hook(vm: &mut Vm, class: crate::value::ObjId, name: &str) -> Option<Value> {
    let meta = vm.type_of(Value::Obj(class));
    // `type` itself defines no Python hook (most classes: no name lookup).
    if meta == vm.types.type_ {
        return None;
    }
    lookup_hook(vm, meta, name)
}

/// `name` on the type `kind`, when it is a Python function.
fn lookup_hook(vm: &mut Vm, kind: crate::value::ObjId, name: &str) -> Option<Value> {
    let sym = vm.interner.get(name)?;
    vm.lookup_type_attr(kind, sym)
        .filter(|f| vm.is_python_function(*f))
}

/// <https://docs.python.org/3/library/functions.html#ascii>
pub(crate) fn builtin_ascii(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("ascii")?;
    let text = crate::eval::format::ascii_escape(&vm.repr(v)?);
    Ok(vm.new_str(text))
}

/// <https://docs.python.org/3/library/functions.html#format>
pub(crate) fn builtin_format(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("format", 1, 2)?.to_vec();
    let spec = match parts.get(1) {
        Some(s) => vm.str_arg(*s, "format() argument 2")?,
        None => String::new(),
    };
    let text = vm.format(parts[0], &spec)?;
    Ok(vm.new_str(text))
}

/// <https://docs.python.org/3/library/functions.html#hash>
pub(crate) fn builtin_hash(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("hash")?;
    vm.hash(v).map(Value::Int)
}

/// <https://docs.python.org/3/library/functions.html#id>
pub(crate) fn builtin_id(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("id")?;
    Ok(Value::Int(match v {
        Value::Obj(id) => 0x7f00_0000_0000 + i64::from(id.0) * 16,
        Value::Int(i) => i.wrapping_mul(32) + 0x1000,
        _ => vm.hash(v)?,
    }))
}

/// <https://docs.python.org/3/library/functions.html#callable>
pub(crate) fn builtin_callable(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("callable")?;
    let callable = match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(
            Object::Function(_)
            | Object::Builtin(_)
            | Object::BoundMethod(_)
            | Object::Class(_)
            | Object::HostFunction(_)
            | Object::StaticMethod(_),
        ) => true,
        _ if vm.is_user_object(v) => {
            let sym = vm.interner.intern("__call__");
            vm.lookup_type_attr(vm.type_of(v), sym).is_some()
        }
        _ => false,
    };
    Ok(Value::Bool(callable))
}

/// <https://docs.python.org/3/library/functions.html#getattr>
pub(crate) fn builtin_getattr(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("getattr", 2, 3)?;
    let sym = attr_symbol(vm, parts[1])?;
    if parts.len() == 2 {
        return vm.get_attr(parts[0], sym);
    }
    match vm.lookup_attr(parts[0], sym) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(parts[2]),
        Err(e) if vm.error_matches(&e, ExcKind::AttributeError) => Ok(parts[2]),
        Err(e) => Err(e),
    }
}

/// The name argument of `getattr`/`setattr`/`hasattr`/`delattr`, interned
/// straight from the string object (no copy of its text).
fn attr_symbol(vm: &mut Vm, name: Value) -> RunResult<Symbol> {
    if let Some(Object::Str(s)) = name.as_obj().map(|id| vm.heap.get(id)) {
        return Ok(vm.interner.intern(s.as_str()));
    }
    Err(RunError::new(
        ExcKind::TypeError,
        format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        ),
    ))
}

/// <https://docs.python.org/3/library/functions.html#setattr>
pub(crate) fn builtin_setattr(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [obj, name, value] = args.exact("setattr")?;
    let sym = attr_symbol(vm, name)?;
    vm.set_attr(obj, sym, value)?;
    Ok(Value::None)
}

/// <https://docs.python.org/3/library/functions.html#hasattr>
pub(crate) fn builtin_hasattr(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [obj, name] = args.exact("hasattr")?;
    let sym = attr_symbol(vm, name)?;
    match vm.lookup_attr(obj, sym) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(e) if vm.error_matches(&e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// <https://docs.python.org/3/library/functions.html#delattr>
pub(crate) fn builtin_delattr(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [obj, name] = args.exact("delattr")?;
    let sym = attr_symbol(vm, name)?;
    vm.del_attr(obj, sym)?;
    Ok(Value::None)
}

/// <https://docs.python.org/3/library/functions.html#chr>
pub(crate) fn builtin_chr(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("chr")?;
    let code = vm.int_arg(v)?;
    let c = u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| RunError::new(ExcKind::ValueError, "chr() arg not in range(0x110000)"))?;
    Ok(vm.new_str(c.to_string()))
}

/// <https://docs.python.org/3/library/functions.html#ord>
pub(crate) fn builtin_ord(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("ord")?;
    if let Some(bytes) = vm.buffer(v) {
        return match bytes {
            [b] => Ok(Value::Int(i64::from(*b))),
            _ => Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "ord() expected a character, but string of length {} found",
                    bytes.len()
                ),
            )),
        };
    }
    let Some(text) = vm.str_value(v) else {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(v)
            ),
        ));
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::Int(i64::from(u32::from(c)))),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "ord() expected a character, but string of length {} found",
                text.chars().count()
            ),
        )),
    }
}
