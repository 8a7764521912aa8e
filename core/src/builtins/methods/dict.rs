//! Methods of `dict`. <https://docs.python.org/3/library/stdtypes.html#mapping-types-dict>

use super::list::missing_key;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::iter::DictView;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// The dict behind `receiver`: a dict, or the dict a `mappingproxy` wraps
/// (its read-only methods are these functions too).
fn dict_id(vm: &Vm, receiver: Value) -> RunResult<ObjId> {
    match receiver {
        Value::Obj(id) if matches!(vm.heap.get(id), Object::Dict(_)) => Ok(id),
        Value::Obj(id) => match vm.heap.get(id) {
            Object::DictView(dict, DictView::Proxy) => Ok(*dict),
            _ => Err(RunError::new(
                ExcKind::TypeError,
                "descriptor requires a 'dict' object",
            )),
        },
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires a 'dict' object",
        )),
    }
}

/// `dict.get(key[, default])`.
pub(crate) fn get(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("get", 1, 2)?.to_vec();
    let id = dict_id(vm, receiver)?;
    Ok(vm
        .dict_get(id, parts[0])?
        .unwrap_or(parts.get(1).copied().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, receiver: Value, args: &Args, name: &str, view: DictView) -> RunResult<Value> {
    args.exact::<0>(name)?;
    let dict = dict_id(vm, receiver)?;
    Ok(Value::Obj(vm.heap.alloc(Object::DictView(dict, view))))
}

/// `dict.keys()`.
pub(crate) fn keys(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    view(vm, receiver, &args, "dict.keys", DictView::Keys)
}

/// `dict.values()`.
pub(crate) fn values(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    view(vm, receiver, &args, "dict.values", DictView::Values)
}

/// `dict.items()`.
pub(crate) fn items(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    view(vm, receiver, &args, "dict.items", DictView::Items)
}

/// `dict.pop(key[, default])`.
pub(crate) fn pop(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("pop", 1, 2)?.to_vec();
    let id = dict_id(vm, receiver)?;
    let empty = matches!(vm.heap.get(id), Object::Dict(d) if d.len() == 0);
    if empty {
        // CPython answers an empty dict before hashing the key.
        return parts.get(1).copied().ok_or_else(|| missing_key(parts[0]));
    }
    match (vm.dict_remove(id, parts[0])?, parts.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(*d),
        (None, None) => Err(missing_key(parts[0])),
    }
}

/// `dict.setdefault(key[, default])`.
pub(crate) fn setdefault(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("setdefault", 1, 2)?.to_vec();
    let id = dict_id(vm, receiver)?;
    if let Some(v) = vm.dict_get(id, parts[0])? {
        return Ok(v);
    }
    let default = parts.get(1).copied().unwrap_or(Value::None);
    vm.dict_set(receiver, parts[0], default)?;
    Ok(default)
}

/// `dict.update([other], **kwargs)`.
pub(crate) fn update(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    dict_id(vm, receiver)?;
    if let Some(other) = args.positional.first() {
        vm.dict_update(receiver, *other)?;
    }
    for (k, v) in args.keywords {
        let key = vm.new_str(vm.interner.name(k).to_owned());
        vm.dict_set(receiver, key, v)?;
    }
    Ok(Value::None)
}

/// `dict.copy()`.
pub(crate) fn copy(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("dict.copy")?;
    let id = dict_id(vm, receiver)?;
    let copy = vm.heap.get(id).clone();
    Ok(Value::Obj(vm.heap.alloc(copy)))
}

/// `dict.clear()`.
pub(crate) fn clear(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("dict.clear")?;
    let id = dict_id(vm, receiver)?;
    if let Some(Object::Dict(d)) = vm.heap.get_mut(id) {
        d.clear();
    }
    Ok(Value::None)
}

/// `dict.popitem()`: the last inserted pair.
pub(crate) fn popitem(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("dict.popitem")?;
    let id = dict_id(vm, receiver)?;
    let last = match vm.heap.get(id) {
        Object::Dict(d) => d.iter().last().map(|e| e.key),
        _ => None,
    };
    let Some(key) = last else {
        return Err(RunError::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        ));
    };
    let value = vm.dict_remove(id, key)?.unwrap_or(Value::None);
    Ok(vm.new_tuple(vec![key, value]))
}

/// `dict.fromkeys(iterable, value=None)` (a classmethod: the receiver is the class).
pub(crate) fn fromkeys(vm: &mut Vm, class: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("fromkeys", 1, 2)?.to_vec();
    let value = parts.get(1).copied().unwrap_or(Value::None);
    let d = if class == Value::Obj(vm.types.dict) {
        vm.new_dict()
    } else {
        // A subclass (`OrderedDict.fromkeys`): an instance made by calling it.
        let made = vm.call_nested(class, Vec::new())?;
        dict_id(vm, made)?;
        made
    };
    for key in vm.collect_values(parts[0])? {
        vm.dict_set(d, key, value)?;
    }
    Ok(d)
}

/// `dict_keys.isdisjoint(other)` / `dict_items.isdisjoint(other)`.
pub(crate) fn view_isdisjoint(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [other] = args.exact("isdisjoint")?;
    for item in vm.collect_values(other)? {
        if vm.contains(receiver, item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `dict.__repr__(d)`: the dict repr, also of a subclass instance that
/// overrides `__repr__` (so `super().__repr__()` in `defaultdict` works).
pub(crate) fn repr(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__repr__")?;
    dict_id(vm, receiver)?;
    let text = vm.builtin_type_repr(receiver)?;
    Ok(vm.new_str(text))
}
