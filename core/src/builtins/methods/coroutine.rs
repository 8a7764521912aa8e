//! Methods of coroutines and async generators, and the builtins `aiter`/`anext`.
//! <https://docs.python.org/3/reference/expressions.html#asynchronous-generator-iterator-methods>
//!
//! `send`/`throw`/`close` of a coroutine are the generator's (`generator.rs`);
//! the async generator's methods return an awaitable step (`AsyncOp`, driven
//! by `eval/coroutine.rs`).

use crate::compile::code::GenKind;
use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::awaitable::AsyncOpKind;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// The async generator `receiver` (CPython's descriptor check message).
fn async_gen_id(vm: &Vm, receiver: Value) -> RunResult<ObjId> {
    match receiver.as_obj() {
        Some(id) if vm.gen_kind(receiver) == Some(GenKind::AsyncGenerator) => Ok(id),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires a 'async_generator' object",
        )),
    }
}

/// `coroutine.__await__()`: an iterator that drives the coroutine.
pub(crate) fn coroutine_await(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__await__")?;
    match receiver.as_obj() {
        Some(id) if vm.gen_kind(receiver) == Some(GenKind::Coroutine) => {
            Ok(vm.new_async_op(id, AsyncOpKind::Await))
        }
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor '__await__' requires a 'coroutine' object",
        )),
    }
}

/// `async_generator.__aiter__()`: itself.
pub(crate) fn aiter_self(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__aiter__")?;
    async_gen_id(vm, receiver)?;
    Ok(receiver)
}

/// `async_generator.__anext__()`.
pub(crate) fn anext(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("__anext__")?;
    let id = async_gen_id(vm, receiver)?;
    let kind = AsyncOpKind::ASend {
        value: Value::None,
        default: None,
    };
    Ok(vm.new_async_op(id, kind))
}

/// `async_generator.asend(value)`.
pub(crate) fn asend(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [value] = args.exact("asend")?;
    let id = async_gen_id(vm, receiver)?;
    let kind = AsyncOpKind::ASend {
        value,
        default: None,
    };
    Ok(vm.new_async_op(id, kind))
}

/// `async_generator.athrow(exc)`.
pub(crate) fn athrow(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("athrow", 1, 3)?.to_vec();
    let id = async_gen_id(vm, receiver)?;
    let is_exception = |vm: &Vm, v: Value| {
        v.as_obj()
            .is_some_and(|e| matches!(vm.heap.get(e), Object::Exception(_)))
    };
    let exc = match parts[0] {
        v if is_exception(vm, v) => v,
        Value::Obj(c)
            if vm.class(c).is_some() && parts.get(1).is_some_and(|v| is_exception(vm, *v)) =>
        {
            parts[1]
        }
        class @ Value::Obj(c) if vm.class(c).is_some() => {
            vm.call_nested(class, parts.get(1).copied().into_iter().collect())?
        }
        other => {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    vm.type_name(other)
                ),
            ))
        }
    };
    Ok(vm.new_async_op(id, AsyncOpKind::AThrow { exc }))
}

/// `async_generator.aclose()`.
pub(crate) fn aclose(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("aclose")?;
    let id = async_gen_id(vm, receiver)?;
    Ok(vm.new_async_op(id, AsyncOpKind::AClose))
}

/// `aiter(obj)`: `type(obj).__aiter__(obj)`.
pub(crate) fn builtin_aiter(vm: &mut Vm, _receiver: Value, args: Args) -> RunResult<Called> {
    let [obj] = args.exact("aiter")?;
    match vm.special_method(obj, "__aiter__")? {
        Some(method) => vm.call(method, Args::positional(Vec::new())),
        None => Err(RunError::new(
            ExcKind::TypeError,
            format!("'{}' object is not an async iterable", vm.type_name(obj)),
        )),
    }
}

/// `anext(it[, default])`: `type(it).__anext__(it)`; with a default, an
/// async generator's exhaustion gives it.
pub(crate) fn builtin_anext(vm: &mut Vm, _receiver: Value, args: Args) -> RunResult<Called> {
    let parts = args.between("anext", 1, 2)?.to_vec();
    let (it, default) = (parts[0], parts.get(1).copied());
    if let Some(id) = it
        .as_obj()
        .filter(|_| vm.gen_kind(it) == Some(GenKind::AsyncGenerator))
    {
        let kind = AsyncOpKind::ASend {
            value: Value::None,
            default,
        };
        return Ok(Called::Value(vm.new_async_op(id, kind)));
    }
    if default.is_some() {
        return Err(RunError::new(
            ExcKind::NotImplementedError,
            "anext() with a default is only supported for async generators",
        ));
    }
    match vm.special_method(it, "__anext__")? {
        Some(method) => vm.call(method, Args::positional(Vec::new())),
        None => Err(RunError::new(
            ExcKind::TypeError,
            format!("'{}' object is not an async iterator", vm.type_name(it)),
        )),
    }
}
