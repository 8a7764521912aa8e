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
use crate::value::class::{Instance, Layout};
use crate::value::object::Object;
use crate::value::symbol::AttrMap;
use crate::value::ObjId;
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
    let Some((params, is_async)) = read_signature(vm, func)? else {
        return Ok(Value::None);
    };
    let params = params_list(vm, params, empty, missing);
    Ok(vm.new_tuple(vec![params, Value::Bool(is_async)]))
}

/// One parameter of a handler: its name, annotation and default (`None`
/// where it has none).
type Param = (Value, Option<Value>, Option<Value>);

/// A Python function's parameters and whether it is an `async def`; `None`
/// for any other callable.
fn read_signature(vm: &mut Vm, func: Value) -> RunResult<Option<(Vec<Param>, bool)>> {
    let Some(Object::Function(f)) = func.as_obj().map(|id| vm.heap.get(id)) else {
        return Ok(None);
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
        params.push((key, annotation, default));
    }
    Ok(Some((params, is_async)))
}

/// `[(name, annotation, default), ...]` (`empty`: no annotation, `missing`:
/// no default).
fn params_list(vm: &mut Vm, params: Vec<Param>, empty: Value, missing: Value) -> Value {
    let params = params
        .into_iter()
        .map(|(name, ann, default)| {
            vm.new_tuple(vec![name, ann.unwrap_or(empty), default.unwrap_or(missing)])
        })
        .collect();
    vm.new_list(params)
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
    let split = split_path(vm, &path);
    let (parts, names) = (vm.new_list(split.parts), vm.new_list(split.names));
    Ok(vm.new_tuple(vec![parts, names, Value::Bool(split.simple)]))
}

/// A route template split by [`split_path`].
struct Split {
    /// [`compile_path`]'s `parts`, `names` and `simple`.
    parts: Vec<Value>,
    names: Vec<Value>,
    simple: bool,
    /// The parameters' names.
    keys: Vec<String>,
    /// The last segment is a `{name:path}` parameter.
    tail_path: bool,
}

/// `path` as [`compile_path`] splits it.
fn split_path(vm: &mut Vm, path: &str) -> Split {
    let segs: Vec<&str> = path.split('/').collect();
    let last = segs.len() - 1;
    let mut parts = Vec::with_capacity(segs.len());
    let mut names = Vec::new();
    let mut simple = true;
    let mut keys = Vec::new();
    let mut tail_path = false;
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
                tail_path = conv == "path" && i == last;
                keys.push(name.to_owned());
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
                tail_path = false;
                parts.push(vm.new_str(seg.to_owned()));
            }
        }
    }
    Split {
        parts,
        names,
        simple,
        keys,
        tail_path,
    }
}

/// `route(path, endpoint, spec_class, empty, missing, model, response, union)`:
/// what `_Route` needs of a route in one call, `(parts, names, tail_path,
/// is_async, specs, params)`, or `None` (the caller takes the general path)
/// when `endpoint` is not a Python function or the template needs a regex.
/// `specs` are `spec_class` instances made as `_analyze_params` makes them
/// when every parameter is a plain one, and `params` is `None`; otherwise
/// `specs` is `None` and `params` is `signature`'s list for
/// `_analyze_params`. A plain parameter has no default or a `None`, `str`,
/// `int`, `float` or `bool` one, and is annotated either `str`, `int`,
/// `float`, `bool` or a union of them and `None` (`Optional[str]`: an
/// instance of `union`, typing's `_UnionAlias`), which makes a path parameter
/// when the template names it, else a query one; or with a subclass of
/// `model` (pydantic's `BaseModel`) that is not one of
/// `response` (a path parameter when the template names it, else the body:
/// one such parameter at most, two are embedded in the body).
pub(crate) fn route(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [path, endpoint, spec_class, empty, missing, model, response, union] =
        args.exact("route")?;
    let Some(path) = vm.str_value(path) else {
        return Ok(Value::None);
    };
    let Some(class) = spec_class
        .as_obj()
        .filter(|id| vm.class(*id).is_some_and(|c| c.layout == Layout::Object))
    else {
        return Ok(Value::None);
    };
    let (Some(model), Some(response)) = (model.as_obj(), response.as_obj()) else {
        return Ok(Value::None);
    };
    let split = split_path(vm, &path);
    if !split.simple {
        return Ok(Value::None);
    }
    let Some((params, is_async)) = read_signature(vm, endpoint)? else {
        return Ok(Value::None);
    };
    let t = &vm.types;
    let scalars = [t.str, t.int, t.float, t.bool];
    // Each parameter's kind, while every one is plain.
    let mut kinds = Vec::with_capacity(params.len());
    let mut bodies = 0;
    for (name, ann, default) in &params {
        let plain_default = match default {
            None | Some(Value::None) => true,
            Some(d) => scalars.contains(&vm.type_of(*d)),
        };
        let Some(ann) = ann.and_then(Value::as_obj).filter(|_| plain_default) else {
            break;
        };
        let in_path = vm
            .str_value(*name)
            .is_some_and(|key| split.keys.contains(&key));
        let kind = if scalars.contains(&ann) || scalar_union(vm, ann, union, &scalars)? {
            if in_path {
                "path"
            } else {
                "query"
            }
        } else if vm.class(ann).is_some()
            && vm.is_subclass(ann, model)
            && !vm.is_subclass(ann, response)
        {
            if in_path {
                "path"
            } else {
                bodies += 1;
                "body"
            }
        } else {
            break;
        };
        kinds.push(kind);
    }
    let plain = kinds.len() == params.len() && bodies <= 1;
    let (specs, params) = if plain {
        let specs = params
            .into_iter()
            .zip(kinds)
            .map(|((name, ann, default), kind)| {
                let kind = vm.new_str(kind.to_owned());
                let mut attrs = AttrMap::default();
                let fields = [
                    ("name", name),
                    ("kind", kind),
                    ("annotation", ann.unwrap_or(empty)),
                    ("default", default.unwrap_or(missing)),
                    ("info", Value::None),
                    ("alias", name),
                ];
                for (attr, value) in fields {
                    attrs.set(vm.interner.intern(attr), value);
                }
                Value::Obj(vm.heap.alloc(Object::Instance(Instance {
                    class,
                    attrs,
                    dict: None,
                })))
            })
            .collect();
        (vm.new_list(specs), Value::None)
    } else {
        (Value::None, params_list(vm, params, empty, missing))
    };
    let (parts, names) = (vm.new_list(split.parts), vm.new_list(split.names));
    let items = vec![
        parts,
        names,
        Value::Bool(split.tail_path),
        Value::Bool(is_async),
        specs,
        params,
    ];
    Ok(vm.new_tuple(items))
}

/// Whether `ann` is an instance of `union` (typing's `_UnionAlias`) whose
/// `__args__` are all `scalars` or `NoneType` (`Optional[str]`): a scalar
/// for `_analyze_params` too, which reads such a parameter from the path or
/// the query.
fn scalar_union(vm: &mut Vm, ann: ObjId, union: Value, scalars: &[ObjId]) -> RunResult<bool> {
    if union
        .as_obj()
        .is_none_or(|u| vm.type_of(Value::Obj(ann)) != u)
    {
        return Ok(false);
    }
    let args = vm.interner.intern("__args__");
    let Some(args) = vm.own_attr(ann, args)? else {
        return Ok(false);
    };
    let Ok(items) = vm.tuple_items(args) else {
        return Ok(false);
    };
    let none = vm.types.none;
    Ok(items.iter().all(|a| {
        a.as_obj()
            .is_some_and(|id| id == none || scalars.contains(&id))
    }))
}
