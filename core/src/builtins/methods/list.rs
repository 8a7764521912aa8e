//! Methods of `list` (and the sequence methods `tuple` shares).
//! <https://docs.python.org/3/library/stdtypes.html#mutable-sequence-types>

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{lookup, ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

fn items(vm: &Vm, receiver: Value) -> RunResult<Vec<Value>> {
    match receiver.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::List(items) | Object::Tuple(items)) => Ok(items.clone()),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires a 'list' object",
        )),
    }
}

fn with_list<T>(
    vm: &mut Vm,
    receiver: Value,
    f: impl FnOnce(&mut Vec<Value>) -> T,
) -> RunResult<T> {
    match receiver.as_obj().and_then(|id| vm.heap.get_mut(id)) {
        Some(Object::List(items)) => Ok(f(items)),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires a 'list' object",
        )),
    }
}

/// `list.append(x)`.
pub(crate) fn append(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("list.append")?;
    vm.list_push(receiver, v)?;
    Ok(Value::None)
}

/// `list.extend(iterable)`.
pub(crate) fn extend(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [iterable] = args.exact("list.extend")?;
    let new = vm.collect_values(iterable)?;
    vm.reserve(new.len().saturating_mul(2 * std::mem::size_of::<Value>()))?;
    with_list(vm, receiver, |items| items.extend(new))?;
    Ok(Value::None)
}

/// `list.pop([i])`.
pub(crate) fn pop(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("pop", 0, 1)?.to_vec();
    let index = match parts.first() {
        Some(v) => Some(vm.ssize_arg(*v)?),
        None => None,
    };

    with_list(vm, receiver, |items| {
        if items.is_empty() {
            return Err(RunError::new(ExcKind::IndexError, "pop from empty list"));
        }
        let len = items.len() as i64;
        let i = index.map_or(len - 1, |i| if i < 0 { i + len } else { i });
        if i < 0 || i >= len {
            return Err(RunError::new(ExcKind::IndexError, "pop index out of range"));
        }
        Ok(items.remove(i as usize))
    })?
}

/// `list.insert(i, x)`.
pub(crate) fn insert(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [i, v] = args.exact("insert")?;
    let i = vm.ssize_arg(i)?;
    with_list(vm, receiver, |items| {
        let len = items.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        items.insert(at as usize, v);
    })?;
    Ok(Value::None)
}

/// The first index of `v` (by `==`).
fn position(vm: &mut Vm, receiver: Value, v: Value) -> RunResult<Option<usize>> {
    for (i, item) in items(vm, receiver)?.into_iter().enumerate() {
        if item.is(v) || vm.eq(item, v)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `list.remove(x)`.
pub(crate) fn remove(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("list.remove")?;
    match position(vm, receiver, v)? {
        Some(i) => {
            with_list(vm, receiver, |items| items.remove(i))?;
            Ok(Value::None)
        }
        None => Err(RunError::new(
            ExcKind::ValueError,
            "list.remove(x): x not in list",
        )),
    }
}

/// `list.index(x)` / `tuple.index(x)`.
pub(crate) fn index(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("index", 1, 3)?.to_vec();
    for bound in parts.iter().skip(1) {
        if vm.index_value(*bound).is_none() && !vm.is_user_object(*bound) {
            return Err(RunError::new(
                ExcKind::TypeError,
                "slice indices must be integers or have an __index__ method",
            ));
        }
    }
    let all = items(vm, receiver)?;
    let (start, stop) =
        super::bytes::span(vm, parts.get(1).copied(), parts.get(2).copied(), all.len())?;
    let mut found = None;
    for (i, item) in all.into_iter().enumerate().take(stop).skip(start) {
        if item.is(parts[0]) || vm.eq(item, parts[0])? {
            found = Some(i);
            break;
        }
    }
    if let Some(i) = found {
        Ok(Value::Int(i as i64))
    } else {
        let what = if matches!(
            receiver.as_obj().map(|id| vm.heap.get(id)),
            Some(Object::Tuple(_))
        ) {
            "tuple.index(x): x not in tuple".to_owned()
        } else {
            format!("{} is not in list", vm.repr(parts[0])?)
        };
        Err(RunError::new(ExcKind::ValueError, what))
    }
}

/// `list.count(x)`.
pub(crate) fn count(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("count")?;
    let mut n = 0;
    for item in items(vm, receiver)? {
        if item.is(v) || vm.eq(item, v)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `list.sort(key=None, reverse=False)`.
pub(crate) fn sort(
    vm: &mut Vm,
    receiver: Value,
    mut args: Args,
) -> RunResult<crate::eval::call::Called> {
    let given = args.positional.len() + args.keywords.len();
    if given > 2 {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("sort() takes at most 2 arguments ({given} given)"),
        ));
    }
    if !args.positional.is_empty() {
        return Err(RunError::new(
            ExcKind::TypeError,
            "sort() takes no positional arguments",
        ));
    }
    let key = args.take_keyword(vm, "key");
    let reverse = args.take_keyword(vm, "reverse");
    if let Some((k, _)) = args.keywords.first() {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "'{}' is an invalid keyword argument for sort()",
                vm.interner.name(*k)
            ),
        ));
    }
    let reverse = match reverse {
        Some(r) => vm.int_arg(r)? != 0,
        None => false,
    };
    let values = items(vm, receiver)?;
    vm.start_sort(values, key, reverse, Some(receiver))
}

/// `list.reverse()`.
pub(crate) fn reverse(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("list.reverse")?;
    with_list(vm, receiver, |items| items.reverse())?;
    Ok(Value::None)
}

/// `list.copy()`.
pub(crate) fn copy(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("list.copy")?;
    let items = items(vm, receiver)?;
    Ok(vm.new_list(items))
}

/// `list.clear()`.
pub(crate) fn clear(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("list.clear")?;
    with_list(vm, receiver, Vec::clear)?;
    Ok(Value::None)
}

/// Keeps the lookup constructors reachable from this family.
pub(crate) fn missing_key(key: Value) -> RunError {
    lookup::key_error(key)
}
