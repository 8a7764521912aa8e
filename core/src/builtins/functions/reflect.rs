//! Introspection: `isinstance`, `repr`, `getattr`, `hash`, `id`, `chr`, `ord`, ...

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::symbol::Symbol;
use crate::value::Value;

/// The classes named by `isinstance`'s second argument.
fn class_list(vm: &mut Vm, spec: Value, func: &str) -> RunResult<Vec<crate::value::ObjId>> {
    let items = match spec.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items)) => items.clone(),
        _ => vm.union_classes(spec).unwrap_or_else(|| vec![spec]),
    };
    let mut classes = Vec::new();
    for v in items {
        match v {
            Value::Obj(id) if vm.class(id).is_some() => classes.push(id),
            Value::Obj(id) if matches!(vm.heap.get(id), Object::Tuple(_)) => {
                classes.extend(class_list(vm, v, func)?);
            }
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

/// <https://docs.python.org/3/library/functions.html#isinstance>
pub(crate) fn builtin_isinstance(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [obj, spec] = args.exact("isinstance")?;
    // The common case, one class, makes no list of classes.
    if let Some(c) = spec.as_obj().filter(|id| vm.class(*id).is_some()) {
        return is_instance_of(vm, obj, c).map(Value::Bool);
    }
    for c in class_list(vm, spec, "isinstance")? {
        if is_instance_of(vm, obj, c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `isinstance(obj, c)` for one class `c` (its metaclass's
/// `__instancecheck__` decides when it has one).
fn is_instance_of(vm: &mut Vm, obj: Value, c: crate::value::ObjId) -> RunResult<bool> {
    if vm.type_of(obj) == c {
        return Ok(true);
    }
    match metaclass_hook(vm, c, "__instancecheck__") {
        Some(f) => {
            let r = vm.call_nested(f, vec![Value::Obj(c), obj])?;
            vm.truthy(r)
        }
        None => Ok(vm.is_instance(obj, c)),
    }
}

/// A Python `__instancecheck__`/`__subclasscheck__` defined by the metaclass
/// of `class` (an `abc.ABCMeta` with registered virtual subclasses, say),
/// which `isinstance`/`issubclass` defer to as CPython's do.
fn metaclass_hook(vm: &mut Vm, class: crate::value::ObjId, name: &str) -> Option<Value> {
    let meta = vm.type_of(Value::Obj(class));
    // `type` itself defines no Python hook (most classes: no name lookup).
    if meta == vm.types.type_ {
        return None;
    }
    let sym = vm.interner.get(name)?;
    vm.lookup_type_attr(meta, sym)
        .filter(|f| vm.is_python_function(*f))
}

/// <https://docs.python.org/3/library/functions.html#issubclass>
pub(crate) fn builtin_issubclass(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [cls, spec] = args.exact("issubclass")?;
    let Some(cls) = cls.as_obj().filter(|id| vm.class(*id).is_some()) else {
        return Err(RunError::new(
            ExcKind::TypeError,
            "issubclass() arg 1 must be a class",
        ));
    };
    let classes = class_list(vm, spec, "issubclass")?;
    for c in classes {
        let found = match metaclass_hook(vm, c, "__subclasscheck__") {
            Some(f) => {
                let r = vm.call_nested(f, vec![Value::Obj(c), Value::Obj(cls)])?;
                vm.truthy(r)?
            }
            None => vm.is_subclass(cls, c),
        };
        if found {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
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
