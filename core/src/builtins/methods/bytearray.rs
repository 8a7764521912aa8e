//! The mutators of `bytearray` and the methods of `memoryview`.
//! <https://docs.python.org/3/library/stdtypes.html#bytearray-objects>

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// Runs `f` on the receiver's buffer.
fn with_buffer<T>(vm: &mut Vm, receiver: Value, f: impl FnOnce(&mut Vec<u8>) -> T) -> RunResult<T> {
    match receiver.as_obj().and_then(|id| vm.heap.get_mut(id)) {
        Some(Object::ByteArray(b)) => Ok(f(b)),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires a 'bytearray' object",
        )),
    }
}

/// An int in `range(256)`.
fn byte_arg(vm: &mut Vm, v: Value) -> RunResult<u8> {
    let i = vm.int_arg(v)?;
    u8::try_from(i).map_err(|_| RunError::new(ExcKind::ValueError, "byte must be in range(0, 256)"))
}

/// `bytearray.append(item)`.
pub(crate) fn append(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("append")?;
    let b = byte_arg(vm, v)?;
    with_buffer(vm, receiver, |buf| buf.push(b))?;
    Ok(Value::None)
}

/// `bytearray.extend(iterable_of_ints)`.
pub(crate) fn extend(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("extend")?;
    let new = match vm.buffer(v) {
        Some(b) => b.to_vec(),
        None => {
            if vm.get_iter(v).is_err() {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!("can't extend bytearray with {}", vm.type_name(v)),
                ));
            }
            let items = vm.collect_values(v)?;
            items
                .into_iter()
                .map(|i| byte_arg(vm, i))
                .collect::<RunResult<Vec<u8>>>()?
        }
    };
    with_buffer(vm, receiver, |buf| buf.extend(new))?;
    Ok(Value::None)
}

/// `bytearray.pop(index=-1)`.
pub(crate) fn pop(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("pop", 0, 1)?.to_vec();
    let index = match parts.first() {
        Some(v) => vm.int_arg(*v)?,
        None => -1,
    };
    with_buffer(vm, receiver, |buf| {
        if buf.is_empty() {
            return Err(RunError::new(
                ExcKind::IndexError,
                "pop from empty bytearray",
            ));
        }
        let len = buf.len() as i64;
        let i = if index < 0 { index + len } else { index };
        if !(0..len).contains(&i) {
            return Err(RunError::new(ExcKind::IndexError, "pop index out of range"));
        }
        Ok(Value::Int(i64::from(buf.remove(i as usize))))
    })?
}

/// `bytearray.insert(index, item)`.
pub(crate) fn insert(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [i, v] = args.exact("insert")?;
    let i = vm.int_arg(i)?;
    let b = byte_arg(vm, v)?;
    with_buffer(vm, receiver, |buf| {
        let len = buf.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        buf.insert(at as usize, b);
    })?;
    Ok(Value::None)
}

/// `bytearray.remove(value)`.
pub(crate) fn remove(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [v] = args.exact("remove")?;
    let b = byte_arg(vm, v)?;
    with_buffer(vm, receiver, |buf| match buf.iter().position(|x| *x == b) {
        Some(i) => {
            buf.remove(i);
            Ok(Value::None)
        }
        None => Err(RunError::new(
            ExcKind::ValueError,
            "value not found in bytearray",
        )),
    })?
}

/// `bytearray.clear()`.
pub(crate) fn clear(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("clear")?;
    with_buffer(vm, receiver, Vec::clear)?;
    Ok(Value::None)
}

/// `bytearray.reverse()`.
pub(crate) fn reverse(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("reverse")?;
    with_buffer(vm, receiver, |buf| buf.reverse())?;
    Ok(Value::None)
}

/// `bytearray.copy()`.
pub(crate) fn copy(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("copy")?;
    let data = with_buffer(vm, receiver, |buf| buf.clone())?;
    Ok(Value::Obj(vm.heap.alloc(Object::ByteArray(data))))
}

/// The bytes a live memoryview shows.
fn view_bytes(vm: &Vm, receiver: Value) -> RunResult<Vec<u8>> {
    vm.buffer(receiver).map(<[u8]>::to_vec).ok_or_else(|| {
        RunError::new(
            ExcKind::ValueError,
            "operation forbidden on released memoryview object",
        )
    })
}

/// `memoryview.tobytes()`.
pub(crate) fn tobytes(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.bind(vm, "tobytes", &["order"], 0)?;
    let data = view_bytes(vm, receiver)?;
    Ok(vm.new_bytes(data))
}

/// `memoryview.tolist()`.
pub(crate) fn tolist(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("tolist")?;
    let data = view_bytes(vm, receiver)?;
    let items = data.into_iter().map(|b| Value::Int(i64::from(b))).collect();
    Ok(vm.new_list(items))
}

/// `memoryview.release()` (also `__exit__`).
pub(crate) fn release(vm: &mut Vm, receiver: Value, _args: Args) -> RunResult<Value> {
    if let Some(Object::MemoryView(m)) = receiver.as_obj().and_then(|id| vm.heap.get_mut(id)) {
        m.released = true;
    }
    Ok(Value::None)
}

/// `memoryview.__enter__()`.
pub(crate) fn enter(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__enter__")?;
    view_bytes(vm, receiver)?;
    Ok(receiver)
}

/// `memoryview(obj)`.
pub(crate) fn new_memoryview(vm: &mut Vm, source: Value) -> RunResult<Value> {
    let not_buffer = |vm: &Vm| {
        RunError::new(
            ExcKind::TypeError,
            format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(source)
            ),
        )
    };
    let Some(id) = source.as_obj() else {
        return Err(not_buffer(vm));
    };
    let view = match vm.heap.get(id) {
        Object::Bytes(b) | Object::ByteArray(b) => crate::value::bytes::MemoryView {
            source: id,
            start: 0,
            stop: b.len(),
            released: false,
        },
        Object::MemoryView(m) => *m,
        _ => return Err(not_buffer(vm)),
    };
    Ok(Value::Obj(vm.heap.alloc(Object::MemoryView(view))))
}
