//! Methods and data attributes of `range` and `slice`, and the data attributes
//! of numbers and buffers (`int.real`, `range.start`, `memoryview.nbytes`).

use crate::eval::arith::Num;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

fn range_of(vm: &Vm, receiver: Value) -> RunResult<crate::value::iter::Range> {
    match receiver.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Range(r)) => Ok(*r),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires a 'range' object",
        )),
    }
}

/// The position of int `v` in range `r`, if it is an element.
fn position(vm: &Vm, r: crate::value::iter::Range, v: Value) -> Option<i64> {
    let Some(Num::Int(i)) = (!matches!(v, Value::Float(_))).then(|| vm.num(v)).flatten() else {
        return None;
    };
    let offset = i128::from(i) - i128::from(r.start);
    let step = i128::from(r.step);
    let inside = if r.step > 0 {
        i >= r.start && i < r.stop
    } else {
        i <= r.start && i > r.stop
    };
    (inside && offset % step == 0).then(|| (offset / step) as i64)
}

/// `range.index(value)`.
pub(crate) fn range_index(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("index")?;
    let r = range_of(vm, receiver)?;
    match position(vm, r, v) {
        Some(i) => Ok(Value::Int(i)),
        None if vm.index_value(v).is_none() || matches!(v, Value::Float(_)) => {
            for k in 0..r.len() {
                if vm.eq(Value::Int(r.at(k)), v)? {
                    return Ok(Value::Int(k));
                }
            }
            Err(RunError::new(
                ExcKind::ValueError,
                "sequence.index(x): x not in sequence",
            ))
        }
        None => {
            let shown = vm.repr(v)?;
            Err(RunError::new(
                ExcKind::ValueError,
                format!("{shown} is not in range"),
            ))
        }
    }
}

/// `range.count(value)`.
pub(crate) fn range_count(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("count")?;
    let r = range_of(vm, receiver)?;
    if position(vm, r, v).is_some() {
        return Ok(Value::Int(1));
    }
    if vm.num(v).is_some() && !matches!(v, Value::Float(_)) {
        return Ok(Value::Int(0));
    }
    let mut n = 0;
    for k in 0..r.len() {
        if vm.eq(Value::Int(r.at(k)), v)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `slice.indices(length)`.
pub(crate) fn slice_indices(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [length] = args.exact("indices")?;
    let Some(id) = receiver.as_obj() else {
        return Err(RunError::internal("slice without handle"));
    };
    let len = vm.int_arg(length)?;
    let len = usize::try_from(len)
        .map_err(|_| RunError::new(ExcKind::ValueError, "length should not be negative"))?;
    let ix = vm.slice_indices(id, len)?;
    Ok(vm.new_tuple(vec![
        Value::Int(ix.start),
        Value::Int(ix.stop),
        Value::Int(ix.step),
    ]))
}

/// Data attributes of builtin numbers, ranges and buffers (`None` if `name` is not one).
pub(crate) fn data_attr(vm: &mut Vm, obj: Value, name: &str) -> Option<Value> {
    if name == "mapping" {
        if let Some(Object::DictView(dict, view)) = obj.as_obj().map(|id| vm.heap.get(id)) {
            if *view != crate::value::iter::DictView::Proxy {
                let proxy = Object::DictView(*dict, crate::value::iter::DictView::Proxy);
                return Some(Value::Obj(vm.heap.alloc(proxy)));
            }
        }
    }
    match (obj, name) {
        (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(int_of(obj)),
        (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(f), "real") => Some(Value::Float(f)),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Obj(id), _) => match (vm.heap.get(id), name) {
            (Object::BigInt(_), "real" | "numerator") => Some(obj),
            (Object::BigInt(_), "imag") => Some(Value::Int(0)),
            (Object::BigInt(_), "denominator") | (Object::MemoryView(_), "itemsize" | "ndim") => {
                Some(Value::Int(1))
            }
            (Object::Range(r), "start") => Some(Value::Int(r.start)),
            (Object::Range(r), "stop") => Some(Value::Int(r.stop)),
            (Object::Range(r), "step") => Some(Value::Int(r.step)),
            (Object::MemoryView(m), "obj") => Some(Value::Obj(m.source)),
            (Object::MemoryView(_), "nbytes") => vm.buffer(obj).map(|b| Value::Int(b.len() as i64)),
            (Object::MemoryView(m), "readonly") => Some(Value::Bool(matches!(
                vm.heap.get(m.source),
                Object::Bytes(_)
            ))),
            (Object::MemoryView(_), "format") => Some(vm.new_str("B".to_owned())),
            (Object::MemoryView(_), "released") => Some(Value::Bool(vm.buffer(obj).is_none())),
            _ => None,
        },
        _ => None,
    }
}

fn int_of(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(i64::from(b)),
        other => other,
    }
}

/// `iterator.__next__()` of builtin iterators.
pub(crate) fn iterator_next(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__next__")?;
    let Some(id) = receiver.as_obj() else {
        return Err(RunError::internal("iterator without handle"));
    };
    match vm.builtin_next(id)? {
        Some(v) => Ok(v),
        None => Err(RunError::new(ExcKind::StopIteration, String::new()).without_args()),
    }
}

/// `iterator.__iter__()`: the iterator itself.
pub(crate) fn iterator_iter(_: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__iter__")?;
    Ok(receiver)
}
