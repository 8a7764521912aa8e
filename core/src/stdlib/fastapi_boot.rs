//! `_fastapi_boot`: the native half of route registration in `fastapi`
//! (`APIRouter.add_api_route`). Every route of an app is registered at boot;
//! reading a handler's parameters through `func.__code__` (a code object
//! built per access) and splitting its path template in Python cost a
//! booting app more than running the rest of its module.

use super::NativeModule;
use crate::compile::code::GenKind;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// The module (its functions are rows of the builtins table).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_fastapi_boot",
    constants: &[],
    init: None,
    python: None,
};

/// `signature(func, empty, missing)`: `(params, is_async)` for a Python
/// function, where `params` lists `(name, annotation, default)` for its
/// positional and keyword-only parameters in order (`empty` where a
/// parameter has no annotation, `missing` where it has no default) and
/// `is_async` says whether it is an `async def` (`co_flags & 0x80`);
/// `None` for any other callable (the caller reads it the slow way).
pub(crate) fn signature(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [func, empty, missing] = args.exact("signature")?;
    let Some(Object::Function(f)) = func.as_obj().map(|id| vm.heap.get(id)) else {
        return Ok(Value::None);
    };
    let (code_id, defaults, kwdefaults) = (f.code, f.defaults.clone(), f.kwdefaults.clone());
    let annotations = f
        .attrs
        .get(vm.interner.intern("__annotations__"))
        .and_then(Value::as_obj)
        .filter(|id| matches!(vm.heap.get(*id), Object::Dict(_)));
    let program = vm.program_of(code_id)?;
    let code = Vm::code_in(&program, code_id)?;
    let positional = code.params.positional as usize;
    let count = positional + code.params.kwonly as usize;
    let is_async = code.is_generator && code.gen_kind == GenKind::Coroutine;
    // The last `defaults.len()` positional parameters have defaults.
    let first_default = positional.saturating_sub(defaults.len());
    let mut params = Vec::with_capacity(count);
    for (i, name) in code.varnames.iter().take(count).enumerate() {
        let default = if i < positional {
            i.checked_sub(first_default)
                .and_then(|d| defaults.get(d).copied())
        } else {
            kwdefaults.get(i - positional).copied().flatten()
        };
        let key = vm.new_str(name.to_string());
        let annotation = match annotations {
            Some(dict) => vm.dict_get(dict, key)?,
            None => None,
        };
        let param = vec![key, annotation.unwrap_or(empty), default.unwrap_or(missing)];
        params.push(vm.new_tuple(param));
    }
    let params = vm.new_list(params);
    Ok(vm.new_tuple(vec![params, Value::Bool(is_async)]))
}

/// `compile_path(path)`: `(parts, names, simple)` for a route template:
/// `parts` one per `/`-separated segment (the literal str, or a `(name,
/// convertor)` pair for a `{name}` / `{name:conv}` segment), `names` the
/// pairs alone, and `simple` false when the template needs Starlette's
/// regex instead (a parameter inside a segment, or a `path` parameter
/// before the last segment).
pub(crate) fn compile_path(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [path] = args.exact("compile_path")?;
    let Some(path) = vm.str_value(path) else {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "compile_path() argument must be str, not {}",
                vm.type_name(path)
            ),
        ));
    };
    let segs: Vec<&str> = path.split('/').collect();
    let last = segs.len() - 1;
    let mut parts = Vec::with_capacity(segs.len());
    let mut names = Vec::new();
    let mut simple = true;
    for (i, seg) in segs.into_iter().enumerate() {
        let param = seg
            .strip_prefix('{')
            .and_then(|s| s.strip_suffix('}'))
            .filter(|inner| !inner.contains('{'));
        match param {
            Some(inner) => {
                let (name, conv) = inner.split_once(':').unwrap_or((inner, ""));
                let conv = if conv.is_empty() { "str" } else { conv };
                if conv == "path" && i != last {
                    simple = false;
                }
                let pair = |vm: &mut Vm| {
                    let items = vec![vm.new_str(name.to_owned()), vm.new_str(conv.to_owned())];
                    vm.new_tuple(items)
                };
                let (segment, pair_only) = (pair(vm), pair(vm));
                parts.push(segment);
                names.push(pair_only);
            }
            None => {
                if seg.contains('{') {
                    simple = false;
                }
                parts.push(vm.new_str(seg.to_owned()));
            }
        }
    }
    let (parts, names) = (vm.new_list(parts), vm.new_list(names));
    Ok(vm.new_tuple(vec![parts, names, Value::Bool(simple)]))
}
