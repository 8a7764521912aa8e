//! The object model's builtin methods: `object.__new__`/`__setattr__`/
//! `__getattribute__`/`__eq__`/`__hash__`/..., `type.__new__`/`__call__`/
//! `mro`, the `__init__` of mutable containers (for `super().__init__()` in
//! subclasses), `function.__get__`, and `BaseException.add_note`/`with_traceback`.

use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

fn attr_name(vm: &mut Vm, v: Value) -> RunResult<crate::value::symbol::Symbol> {
    match vm.str_value(v) {
        Some(s) => Ok(vm.interner.intern(&s)),
        None => Err(RunError::new(
            ExcKind::TypeError,
            format!("attribute name must be string, not '{}'", vm.type_name(v)),
        )),
    }
}

fn class_arg(vm: &Vm, v: Value, what: &str) -> RunResult<ObjId> {
    match v {
        Value::Obj(id) if vm.class(id).is_some() => Ok(id),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            format!("{what}(X): X is not a type object ({})", vm.type_name(v)),
        )),
    }
}

/// `object.__new__(cls, *args)` (a static method).
pub(crate) fn object_new(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let cls = class_arg(vm, receiver, "object.__new__")?;
    vm.object_new(cls, &args)
}

/// `object.__setattr__(self, name, value)`.
pub(crate) fn object_setattr(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [name, value] = args.exact("__setattr__")?;
    let name = attr_name(vm, name)?;
    vm.generic_setattr(receiver, name, value)?;
    Ok(Value::None)
}

/// `object.__getattribute__(self, name)`.
pub(crate) fn object_getattribute(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [name] = args.exact("__getattribute__")?;
    let name = attr_name(vm, name)?;
    vm.generic_getattr(receiver, name)
}

/// `object.__delattr__(self, name)`.
pub(crate) fn object_delattr(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [name] = args.exact("__delattr__")?;
    let name = attr_name(vm, name)?;
    vm.generic_delattr(receiver, name)?;
    Ok(Value::None)
}

/// `object.__eq__(self, other)`: identity, else `NotImplemented`.
pub(crate) fn object_eq(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [other] = args.exact("__eq__")?;
    Ok(if receiver == other {
        Value::Bool(true)
    } else {
        vm.not_implemented()
    })
}

/// `object.__ne__(self, other)`: the negation of `self == other`.
pub(crate) fn object_ne(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [other] = args.exact("__ne__")?;
    let eq = vm.eq(receiver, other)?;
    Ok(Value::Bool(!eq))
}

/// `object.__hash__(self)`: from the identity.
pub(crate) fn object_hash(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__hash__")?;
    Ok(Value::Int(match receiver {
        Value::Obj(id) => crate::eval::ops::identity_hash(id),
        other => vm.hash(other)?,
    }))
}

/// `object.__repr__(self)`: `<module.Class object at 0x...>`.
pub(crate) fn object_repr(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__repr__")?;
    let text = vm.default_repr(receiver);
    Ok(vm.new_str(text))
}

/// `str.__repr__(s)`, `int.__repr__(n)`, ...: the builtin type's repr, also
/// of an instance of a user subclass (which may override `__repr__`).
pub(crate) fn builtin_repr(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__repr__")?;
    let text = vm.builtin_type_repr(receiver)?;
    Ok(vm.new_str(text))
}

/// `str.__str__(s)`: the plain text of `s` (a str subclass instance too).
pub(crate) fn str_str(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__str__")?;
    let text = vm.str_value(receiver).unwrap_or_default();
    Ok(vm.new_str(text))
}

/// `object.__str__(self)`: `repr(self)`.
pub(crate) fn object_str(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__str__")?;
    let text = vm.repr(receiver)?;
    Ok(vm.new_str(text))
}

/// `object.__format__(self, spec)`.
pub(crate) fn object_format(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [spec] = args.exact("__format__")?;
    let spec = vm.str_value(spec).unwrap_or_default();
    let builtin_number_or_str = match receiver {
        Value::Obj(id) => matches!(
            vm.heap.get(id),
            Object::Str(_) | Object::BigInt(_) | Object::Complex(..) | Object::Float(_)
        ),
        Value::None => false,
        _ => true,
    };
    if builtin_number_or_str && !spec.is_empty() {
        // `float.__format__(x, spec)` / `super().__format__(spec)` in a
        // subclass: the builtin formatting, without dispatching back to the
        // subclass's own `__format__`.
        let taken = receiver.as_obj().and_then(|id| vm.heap.take_subclassed(id));
        let plain = match receiver.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Float(f)) => Value::Float(*f),
            _ => receiver,
        };
        let result = vm.format(plain, &spec);
        if let (Some(id), Some(record)) = (receiver.as_obj(), taken) {
            vm.heap.restore_subclassed(id, record);
        }
        let text = result?;
        return Ok(vm.new_str(text));
    }
    if !spec.is_empty() {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(receiver)
            ),
        ));
    }
    let text = vm.str(receiver)?;
    Ok(vm.new_str(text))
}

/// `object.__init_subclass__(cls)` (a classmethod): accepts no keywords.
pub(crate) fn object_init_subclass(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    if !args.keywords.is_empty() || !args.positional.is_empty() {
        let name = vm.type_name(receiver);
        let name = match receiver {
            Value::Obj(id) => vm.class(id).map_or(name, |c| c.name.to_string()),
            _ => name,
        };
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("{name}.__init_subclass__() takes no keyword arguments"),
        ));
    }
    Ok(Value::None)
}

/// `type.__new__(meta, name, bases, namespace)` (a static method).
pub(crate) fn type_new(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let meta = class_arg(vm, receiver, "type.__new__")?;
    vm.type_new(meta, &args)
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`.
pub(crate) fn type_call(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Called> {
    let cls = class_arg(vm, receiver, "type.__call__")?;
    vm.type_call(cls, args)
}

/// `type.__init__(cls, ...)`: nothing to do.
pub(crate) fn type_init(_vm: &mut Vm, _receiver: Value, _args: Args) -> RunResult<Value> {
    Ok(Value::None)
}

/// `cls.mro()`.
pub(crate) fn type_mro(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("mro")?;
    let cls = class_arg(vm, receiver, "type.mro")?;
    Ok(vm.class_mro_list(cls))
}

/// `cls.__subclasses__()`.
pub(crate) fn type_subclasses(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__subclasses__")?;
    let cls = class_arg(vm, receiver, "type.__subclasses__")?;
    Ok(vm.class_subclasses(cls))
}

/// `list.__init__(self, iterable=())`, `dict.__init__`, `set.__init__`.
pub(crate) fn container_init(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    vm.container_init(receiver, args)?;
    Ok(Value::None)
}

/// `function.__get__(self, obj, type=None)`: a bound method (or the function for `None`).
pub(crate) fn function_get(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("__get__", 1, 2)?;
    Ok(match parts.first() {
        Some(Value::None) | None => receiver,
        Some(obj) => vm.bound(receiver, *obj),
    })
}

/// `BaseException.with_traceback(self, tb)`: returns `self`.
pub(crate) fn exception_with_traceback(
    vm: &mut Vm,
    receiver: Value,
    args: Args,
) -> RunResult<Value> {
    let [tb] = args.exact("with_traceback")?;
    let is_traceback = matches!(
        tb.as_obj().map(|id| vm.heap.get(id)),
        Some(Object::Traceback(_))
    );
    if tb != Value::None && !is_traceback {
        return Err(RunError::new(
            ExcKind::TypeError,
            "__traceback__ must be a traceback or None",
        ));
    }
    Ok(receiver)
}

/// `BaseException.add_note(self, note)`: appends to `__notes__`.
pub(crate) fn exception_add_note(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [note] = args.exact("add_note")?;
    if vm.str_value(note).is_none() {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("note must be a str, not '{}'", vm.type_name(note)),
        ));
    }
    let Value::Obj(id) = receiver else {
        return Err(RunError::internal("add_note on a non-exception"));
    };
    let sym = vm.interner.intern("__notes__");
    let notes = match vm.own_attr(id, sym)? {
        Some(list) if matches!(list.as_obj().map(|l| vm.heap.get(l)), Some(Object::List(_))) => {
            list
        }
        _ => {
            let list = vm.new_list(Vec::new());
            vm.set_own_attr(id, sym, list)?;
            list
        }
    };
    vm.list_push(notes, note)?;
    Ok(Value::None)
}

/// `BaseException.__str__(self)`.
pub(crate) fn exception_str(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__str__")?;
    let text = match receiver {
        Value::Obj(id) => vm.exception_base_str(id)?,
        _ => String::new(),
    };
    Ok(vm.new_str(text))
}

/// `BaseException.__repr__(self)`.
pub(crate) fn exception_repr(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__repr__")?;
    let text = vm.exception_base_repr(receiver)?;
    Ok(vm.new_str(text))
}

/// `BaseExceptionGroup.split(condition)`.
pub(crate) fn group_split(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [cond] = args.exact("split")?;
    let by = vm.group_matcher(cond)?;
    let (matched, rest) = vm.group_split(receiver, &by)?;
    Ok(vm.new_tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

/// `BaseExceptionGroup.subgroup(condition)`.
pub(crate) fn group_subgroup(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [cond] = args.exact("subgroup")?;
    let by = vm.group_matcher(cond)?;
    let (matched, _) = vm.group_split(receiver, &by)?;
    Ok(matched.unwrap_or(Value::None))
}

/// `BaseExceptionGroup.derive(excs)`.
pub(crate) fn group_derive(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [excs] = args.exact("derive")?;
    let message = match receiver.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Exception(e)) => e.args.first().copied().unwrap_or(Value::None),
        _ => Value::None,
    };
    let group = vm.types.exception(ExcKind::BaseExceptionGroup);
    vm.new_exception_group(group, &[message, excs])
}
