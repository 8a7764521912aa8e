//! `globals()` and `dir()`: the names of the calling frame and of objects.

use crate::eval::call::Args;
use crate::eval::frame::Frame;
use crate::eval::vm::Vm;
use crate::exc::{RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// The module globals of the calling Python frame.
fn caller_globals(vm: &Vm) -> RunResult<crate::value::ObjId> {
    vm.frames
        .iter()
        .rev()
        .find_map(|f| match f {
            Frame::Python(p) => Some(p.globals),
            Frame::Native(_) => None,
        })
        .ok_or_else(|| RunError::internal("globals() without a Python frame"))
}

/// <https://docs.python.org/3/library/functions.html#globals>
///
/// A snapshot `dict` of the module namespace (writes to it are not seen by
/// the module: see `conformance/DIVERGENCES.md`).
pub(crate) fn builtin_globals(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("globals")?;
    let globals = caller_globals(vm)?;
    Ok(vm.instance_dict(globals)?.unwrap_or(Value::None))
}

/// <https://docs.python.org/3/library/functions.html#dir>
pub(crate) fn builtin_dir(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("dir", 0, 1)?.to_vec();
    let names = match parts.first() {
        Some(obj) => vm.dir_names(*obj),
        None => scope_names(vm)?,
    };
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// The sorted names bound in the calling scope (`dir()` with no argument).
fn scope_names(vm: &mut Vm) -> RunResult<Vec<String>> {
    let Some(Frame::Python(frame)) = vm
        .frames
        .iter()
        .rev()
        .find(|f| matches!(f, Frame::Python(_)))
    else {
        return Err(RunError::internal("dir() without a Python frame"));
    };
    let (code_id, globals, namespace) = (frame.code, frame.globals, frame.namespace);
    let bound: Vec<bool> = frame.locals.iter().map(Option::is_some).collect();
    let program = vm.program_of(code_id)?;
    let code = Vm::code_in(&program, code_id)?;
    let mut names: Vec<String> = if code.kind == crate::compile::code::CodeKind::Function {
        code.varnames
            .iter()
            .zip(&bound)
            .filter(|(_, b)| **b)
            .map(|(n, _)| n.to_string())
            .collect()
    } else {
        let scope = namespace.unwrap_or(globals);
        match vm.heap.get(scope) {
            Object::Module(m) => m
                .attrs
                .iter()
                .map(|(k, _)| vm.interner.name(k).to_owned())
                .collect(),
            Object::Namespace(a) => a
                .iter()
                .map(|(k, _)| vm.interner.name(k).to_owned())
                .collect(),
            _ => Vec::new(),
        }
    };
    names.sort();
    Ok(names)
}
