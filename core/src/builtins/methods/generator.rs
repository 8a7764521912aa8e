//! Methods of generators: `send`, `throw`, `close`.
//! <https://docs.python.org/3/reference/expressions.html#generator-iterator-methods>

use crate::eval::call::{Args, Called};
use crate::eval::frame::{GenMode, Pending};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

fn gen_id(vm: &Vm, receiver: Value) -> RunResult<ObjId> {
    match receiver {
        Value::Obj(id) if matches!(vm.heap.get(id), Object::Generator(_)) => Ok(id),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires a 'generator' object",
        )),
    }
}

/// `generator.send(value)`.
pub(crate) fn send(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Called> {
    let [value] = args.exact("send")?;
    let id = gen_id(vm, receiver)?;
    vm.resume_generator(id, GenMode::Next, Pending::Value(value))
}

/// `generator.throw(exc)`.
pub(crate) fn throw(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Called> {
    let parts = args.between("throw", 1, 3)?.to_vec();
    let id = gen_id(vm, receiver)?;
    let exc = match parts[0] {
        Value::Obj(e) if matches!(vm.heap.get(e), Object::Exception(_)) => e,
        class @ Value::Obj(c) if vm.class(c).is_some() => {
            let instance = vm.call_nested(class, parts.get(1).copied().into_iter().collect())?;
            instance
                .as_obj()
                .ok_or_else(crate::exc::ops::not_an_exception)?
        }
        _ => {
            return Err(RunError::new(
                ExcKind::TypeError,
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_owned()
                    + &vm.type_name(parts[0]),
            ))
        }
    };
    vm.resume_generator(id, GenMode::Next, Pending::Error(RunError::Raised(exc)))
}

/// `generator.close()`: throws `GeneratorExit` in and expects it to stop.
pub(crate) fn close(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("close")?;
    let id = gen_id(vm, receiver)?;
    let started = matches!(vm.heap.get(id), Object::Generator(g) if g.started && !g.finished);
    if !started {
        vm.finish_generator(id);
        return Ok(Value::None);
    }
    let exit = RunError::new(ExcKind::GeneratorExit, String::new()).without_args();
    let exit = vm.materialize(exit)?;
    match vm.run_nested(|vm| {
        vm.resume_generator(id, GenMode::Iter, Pending::Error(RunError::Raised(exit)))
    }) {
        Ok(None) => Ok(Value::None),
        Ok(Some(_)) => Err(RunError::new(
            ExcKind::RuntimeError,
            "generator ignored GeneratorExit",
        )),
        Err(e)
            if e.is_new_kind(ExcKind::GeneratorExit)
                || matches!(e, RunError::Raised(r) if r == exit) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}
