//! Methods and data attributes of `range` and `slice`, and the data attributes
//! of numbers and buffers (`int.real`, `range.start`, `memoryview.nbytes`).

use crate::eval::arith::Num;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::big_range::BigRange;
use crate::value::object::Object;
use crate::value::{ObjId, Value};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

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
    if let Some(r) = big_range_of(vm, receiver) {
        let found = big_of(vm, v).and_then(|n| r.position(&n));
        return match found {
            Some(i) => Ok(vm.int_value(i)),
            None if big_of(vm, v).is_some() => {
                let shown = vm.repr(v)?;
                Err(RunError::new(
                    ExcKind::ValueError,
                    format!("{shown} is not in range"),
                ))
            }
            None => Err(RunError::new(
                ExcKind::ValueError,
                "sequence.index(x): x not in sequence",
            )),
        };
    }
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
    if let Some(r) = big_range_of(vm, receiver) {
        let found = big_of(vm, v).and_then(|n| r.position(&n));
        return Ok(Value::Int(i64::from(found.is_some())));
    }
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
    if let Some(Num::Big(big_len)) = vm.num(length) {
        if big_len.is_negative() {
            return Err(RunError::new(
                ExcKind::ValueError,
                "length should not be negative",
            ));
        }
        let (a, b, c) = big_slice_indices(vm, id, &big_len)?;
        let items = vec![vm.int_value(a), vm.int_value(b), vm.int_value(c)];
        return Ok(vm.new_tuple(items));
    }
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
            (Object::BigRange(r), "start" | "stop" | "step") => {
                let n = match name {
                    "start" => r.start.clone(),
                    "stop" => r.stop.clone(),
                    _ => r.step.clone(),
                };
                Some(vm.int_value(n))
            }
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

/// An int (`int`, `bool`, big int or `__index__`-less int subclass) as a
/// big int; `None` for anything else.
fn big_of(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Float(_) => None,
        _ => match vm.num(v) {
            Some(Num::Int(i)) => Some(BigInt::from(i)),
            Some(Num::Big(b)) => Some(b),
            _ => vm.index_value(v).map(BigInt::from),
        },
    }
}

/// `slice.indices(len)` for lengths past 64 bits: CPython's
/// `_PySlice_GetLongIndices`.
#[expect(
    clippy::similar_names,
    reason = "slice's own field names: start, stop, step"
)]
pub(crate) fn big_slice_indices(
    vm: &Vm,
    slice: ObjId,
    len: &BigInt,
) -> RunResult<(BigInt, BigInt, BigInt)> {
    let Object::Slice(s) = vm.heap.get(slice) else {
        return Err(RunError::internal("expected a slice"));
    };
    let (start, stop, step) = (s.start, s.stop, s.step);
    let part = |v: Value| -> RunResult<Option<BigInt>> {
        match v {
            Value::None => Ok(None),
            other => big_of(vm, other).map(Some).ok_or_else(|| {
                RunError::new(
                    ExcKind::TypeError,
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
        }
    };
    let step = part(step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "slice step cannot be zero",
        ));
    }
    let (lower, upper) = if step.is_negative() {
        (-BigInt::one(), len - BigInt::one())
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| match v {
        None => default.clone(),
        Some(i) if i.is_negative() => (i + len).max(lower.clone()),
        Some(i) => i.min(upper.clone()),
    };
    let (first_default, last_default) = if step.is_negative() {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let first = clamp(part(start)?, first_default);
    let last = clamp(part(stop)?, last_default);
    Ok((first, last, step))
}

/// `r[key]` for a range with bounds past 64 bits: an element or a sub-range.
pub(crate) fn big_range_item(vm: &mut Vm, r: &BigRange, key: Value) -> RunResult<Value> {
    if let Some(slice) = key
        .as_obj()
        .filter(|id| matches!(vm.heap.get(*id), Object::Slice(_)))
    {
        let (first, last, step) = big_slice_indices(vm, slice, &r.len())?;
        let sub = BigRange {
            start: r.at(&first),
            stop: r.at(&last),
            step: &r.step * step,
        };
        return Ok(Value::Obj(vm.heap.alloc(Object::BigRange(Box::new(sub)))));
    }
    let Some(i) = big_of(vm, key) else {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(key)
            ),
        ));
    };
    let len = r.len();
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(RunError::new(
            ExcKind::IndexError,
            "range object index out of range",
        ));
    }
    Ok(vm.int_value(r.at(&i)))
}

/// The receiver as a range with bounds past 64 bits (`None` for any other).
fn big_range_of(vm: &Vm, receiver: Value) -> Option<BigRange> {
    match receiver.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::BigRange(r)) => Some((**r).clone()),
        _ => None,
    }
}

/// `item in r` for a range object `id` (either form), by arithmetic: an int
/// element, or a float equal to one (`3.0 in range(5)`).
pub(crate) fn range_contains(vm: &Vm, id: ObjId, item: Value) -> bool {
    match vm.heap.get(id) {
        Object::Range(r) => {
            let r = *r;
            let contains = |i: i64| {
                let in_bounds = if r.step > 0 {
                    i >= r.start && i < r.stop
                } else {
                    i <= r.start && i > r.stop
                };
                in_bounds && (i128::from(i) - i128::from(r.start)) % i128::from(r.step) == 0
            };
            match vm.num(item) {
                Some(Num::Int(i)) => contains(i),
                Some(Num::Float(f)) if f.fract() == 0.0 && f.abs() < 9.0e18 => contains(f as i64),
                _ => false,
            }
        }
        Object::BigRange(r) => match vm.num(item) {
            Some(Num::Int(i)) => r.position(&BigInt::from(i)).is_some(),
            Some(Num::Big(b)) => r.position(&b).is_some(),
            Some(Num::Float(f)) if f.fract() == 0.0 && f.is_finite() => {
                <BigInt as num_traits::FromPrimitive>::from_f64(f)
                    .is_some_and(|b| r.position(&b).is_some())
            }
            _ => false,
        },
        _ => false,
    }
}
