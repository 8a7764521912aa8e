//! `_fastapi_native.respond(result, response_class, status)`: the response
//! of a handler's result (what `fastapi._lambda_out` makes of the response
//! `_serialize` renders), for the results whose rendering is plain: JSON data
//! of exact builtin types for a JSON route, a `str` for an HTML or
//! plain-text route. The response goes straight to the lambda layer
//! (`Vm::lambda_out`, taken when the run ends, so no response dict is built
//! and converted) and the call returns `True`; anything else is `None` (then
//! `_serialize` renders it).

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::RunResult;
use crate::lambda::Response;
use crate::stdlib::json::push_escaped;
use crate::stdlib::NativeModule;
use crate::value::object::Object;
use crate::value::repr::float_repr;
use crate::value::Value;

/// The module (its function is a row of the builtins table).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_fastapi_native",
    constants: &[],
    init: None,
    python: None,
};

/// `fastapi._NATIVE_CLASSES` codes of a route's response class.
const JSON: i64 = 0;
const HTML: i64 = 1;
const PLAIN: i64 = 2;

/// Containers deeper than this (or a cycle) are left to `jsonable_encoder`.
const MAX_DEPTH: usize = 200;
/// Values visited before the check gives up (shared sub-lists count each time).
const MAX_VISITS: usize = 1_000_000;

/// `_fastapi_native.respond(result, response_class, status)` (module doc):
/// `True` once the response is stored, else `None`.
#[expect(
    clippy::needless_pass_by_value,
    reason = "builtins take their Args by value"
)]
pub(crate) fn respond(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [result, class, status] = args.exact("respond")?;
    let (Value::Int(class), Value::Int(status)) = (class, status) else {
        return Ok(Value::None);
    };
    if status < 200 || status == 204 || status == 304 {
        return Ok(Value::None);
    }
    let (body, media, json) = match class {
        JSON => {
            let (mut text, mut budget) = (String::new(), MAX_VISITS);
            if !encode_plain(vm, result, 0, &mut budget, &mut text) {
                return Ok(Value::None);
            }
            (text.into_bytes(), "application/json", Some(result))
        }
        HTML | PLAIN => match result.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Str(s)) if !vm.is_subclassed(result) => {
                let media = if class == HTML {
                    "text/html; charset=utf-8"
                } else {
                    "text/plain; charset=utf-8"
                };
                (s.as_str().as_bytes().to_vec(), media, None)
            }
            _ => return Ok(Value::None),
        },
        _ => return Ok(Value::None),
    };
    Ok(store(vm, status, body, media, json))
}

/// Stores the response (as `_lambda_out` would describe it) for the lambda
/// layer, which takes it when the run ends.
fn store(vm: &mut Vm, status: i64, body: Vec<u8>, media: &str, json: Option<Value>) -> Value {
    let json = json.map(|v| vm.host_value(v));
    vm.lambda_out = Some(Box::new(Response {
        status: u16::try_from(status).unwrap_or(500),
        headers: vec![
            ("content-length".to_owned(), body.len().to_string()),
            ("content-type".to_owned(), media.to_owned()),
        ],
        body,
        json,
        stream: None,
    }));
    Value::Bool(true)
}

/// Appends to `out` the JSON of `v` (`json.dumps` with FastAPI's options)
/// when `v` is data that `jsonable_encoder` returns as it is: exact `dict`
/// with `str` or `int` keys, `list`, `str`, `int`, finite `float`, `bool`,
/// `None`. `false` for anything else (then `jsonable_encoder` and `json.dumps`
/// in Python give the body, or the error). `budget` counts the values left
/// to visit (shared sub-lists count each time).
fn encode_plain(vm: &Vm, v: Value, depth: usize, budget: &mut usize, out: &mut String) -> bool {
    use std::fmt::Write as _;
    *budget = budget.saturating_sub(1);
    if depth > MAX_DEPTH || *budget == 0 {
        return false;
    }
    let id = match v {
        Value::None => return push(out, "null"),
        Value::Bool(b) => return push(out, if b { "true" } else { "false" }),
        Value::Int(i) => return write!(out, "{i}").is_ok(),
        Value::Float(f) => return f.is_finite() && push(out, &float_repr(f)),
        Value::Obj(id) => id,
    };
    if vm.is_subclassed(v) {
        return false;
    }
    match vm.heap.get(id) {
        Object::Str(s) => push_escaped(out, s.as_str(), false),
        Object::BigInt(b) => return write!(out, "{b}").is_ok(),
        Object::Float(f) => return f.is_finite() && push(out, &float_repr(*f)),
        Object::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if !encode_plain(vm, *item, depth + 1, budget, out) {
                    return false;
                }
            }
            out.push(']');
        }
        Object::Dict(d) => {
            out.push('{');
            for (i, entry) in d.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let key_ok = match entry.key {
                    Value::Int(k) => write!(out, "\"{k}\"").is_ok(),
                    Value::Obj(k) if !vm.is_subclassed(entry.key) => match vm.heap.get(k) {
                        Object::Str(s) => {
                            push_escaped(out, s.as_str(), false);
                            true
                        }
                        _ => false,
                    },
                    _ => false,
                };
                out.push(':');
                if !key_ok || !encode_plain(vm, entry.value, depth + 1, budget, out) {
                    return false;
                }
            }
            out.push('}');
        }
        _ => return false,
    }
    true
}

/// Appends `text`; `true` (for the encoder's answers).
fn push(out: &mut String, text: &str) -> bool {
    out.push_str(text);
    true
}
