//! jinja2's builtin filters and tests as the native renderer runs them:
//! each handles the builtin values whose result no user code can change and
//! answers `None` for anything else (the renderer then calls the Python
//! filter of `_jinja2_filters`, so results and errors stay jinja2's).

use super::jinja2_native::{joined_strs, plain_truth, sorted_str_items, title_text, truncated};
use super::jinja_render::helper;
use super::jinja_values::{self as values, exact_str, is_markup, new_markup, str_text};
use super::markupsafe::escape_html;
use crate::eval::vm::Vm;
use crate::exc::RunResult;
use crate::value::object::Object;
use crate::value::str::is_space;
use crate::value::symbol::Symbol;
use crate::value::Value;

/// One filter or test call.
pub(crate) struct Call<'a> {
    /// The builtin's name.
    pub name: &'a str,
    /// The filtered (tested) value.
    pub value: Value,
    /// Positional arguments after the value.
    pub args: &'a [Value],
    /// Keyword arguments.
    pub keywords: &'a [(Symbol, Value)],
    /// The environment or eval context the Python filter takes first.
    pub prefix: Option<Value>,
    /// Whether the template autoescapes.
    pub autoescape: bool,
    /// `_jinja2_runtime.NATIVE_HELPERS`.
    pub helpers: &'a [Value],
}

/// The number of items of a builtin sized value.
fn length(vm: &Vm, v: Value) -> Option<usize> {
    let id = v.as_obj()?;
    if vm.heap.subclassed(id).is_some() && !is_markup(vm, v) {
        return None;
    }
    match vm.heap.get(id) {
        Object::Str(s) => Some(s.as_str().chars().count()),
        Object::List(items) | Object::Tuple(items) => Some(items.len()),
        Object::Dict(d) => Some(d.len()),
        _ => None,
    }
}

fn int(n: usize) -> Value {
    Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// `filter(value, *args)` natively, or `None`.
pub(crate) fn filter(vm: &mut Vm, call: &Call) -> RunResult<Option<Value>> {
    if !call.keywords.is_empty() {
        return Ok(None);
    }
    let v = call.value;
    let markup = call
        .helpers
        .get(helper::MARKUP)
        .copied()
        .unwrap_or(Value::None);
    Ok(match (call.name, call.args) {
        ("safe", []) => {
            if is_markup(vm, v) {
                Some(v)
            } else {
                exact_str(vm, v)
                    .map(str::to_owned)
                    .map(|t| new_markup(vm, markup, t))
            }
        }
        ("escape" | "e", []) => {
            if is_markup(vm, v) {
                Some(v)
            } else {
                exact_str(vm, v)
                    .map(|t| escape_html(t).unwrap_or_else(|| t.to_owned()))
                    .map(|t| new_markup(vm, markup, t))
            }
        }
        ("title", []) => exact_str(vm, v).map(title_text).map(|t| vm.new_str(t)),
        ("upper", []) => exact_str(vm, v)
            .map(str::to_uppercase)
            .map(|t| vm.new_str(t)),
        ("lower", []) => exact_str(vm, v)
            .map(str::to_lowercase)
            .map(|t| vm.new_str(t)),
        ("capitalize", []) => exact_str(vm, v)
            .filter(|t| t.is_ascii())
            .map(|t| {
                let mut out = t.to_ascii_lowercase();
                if let Some(first) = out.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                out
            })
            .map(|t| vm.new_str(t)),
        ("trim", []) => exact_str(vm, v)
            .map(|t| t.trim_matches(is_space).to_owned())
            .map(|t| vm.new_str(t)),
        ("string", []) => {
            if exact_str(vm, v).is_some() || is_markup(vm, v) {
                Some(v)
            } else {
                let mut out = String::new();
                values::write(vm, v, false, &mut out).then(|| vm.new_str(out))
            }
        }
        ("length" | "count", []) => length(vm, v).map(int),
        ("first", []) => values::seq_items(vm, v).and_then(|i| i.first().copied()),
        ("last", []) => values::seq_items(vm, v).and_then(|i| i.last().copied()),
        ("join", args) => join(vm, v, args, call.autoescape),
        ("default" | "d", args) => default(vm, v, args),
        ("sort", args) => {
            let (reverse, case_sensitive) = match args {
                [] => (false, false),
                [Value::Bool(r)] => (*r, false),
                [Value::Bool(r), Value::Bool(c)] => (*r, *c),
                _ => return Ok(None),
            };
            sorted_str_items(vm, v, reverse, case_sensitive).map(|items| vm.new_list(items))
        }
        ("truncate", args) => {
            let Some(env) = call.prefix else {
                return Ok(None);
            };
            truncated(vm, env, v, args)
        }
        ("wordcount", []) => exact_str(vm, v)
            .filter(|t| t.is_ascii())
            .map(|t| int(word_count(t))),
        ("replace", [old, new]) => {
            let (Some(s), Some(old), Some(new)) =
                (exact_str(vm, v), exact_str(vm, *old), exact_str(vm, *new))
            else {
                return Ok(None);
            };
            let out = if old.is_empty() {
                return Ok(None);
            } else {
                s.replace(old, new)
            };
            Some(vm.new_str(out))
        }
        _ => None,
    })
}

/// `\w+` matches in `text` (word characters: alphanumerics and `_`).
fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        let w = c.is_alphanumeric() || c == '_';
        if w && !in_word {
            count += 1;
        }
        in_word = w;
    }
    count
}

/// `join(d='')` of exact strs (a plain `str`, as jinja2's join gives when
/// no item has `__html__`).
fn join(vm: &mut Vm, v: Value, args: &[Value], _autoescape: bool) -> Option<Value> {
    let sep = match args {
        [] => "",
        [sep] | [sep, Value::None] => exact_str(vm, *sep)?,
        _ => return None,
    };
    let text = joined_strs(vm, v, sep)?;
    Some(vm.new_str(text))
}

/// `default(default_value='', boolean=False)` for builtin values (never undefined).
fn default(vm: &mut Vm, v: Value, args: &[Value]) -> Option<Value> {
    let (default_value, boolean) = match args {
        [] => (None, false),
        [d] => (Some(*d), false),
        [d, Value::Bool(b)] => (Some(*d), *b),
        _ => return None,
    };
    let truth = plain_truth(vm, v)
        .or_else(|| is_markup(vm, v).then(|| str_text(vm, v).is_some_and(|t| !t.is_empty())))?;
    if !boolean || truth {
        return Some(v);
    }
    Some(match default_value {
        Some(d) => d,
        None => vm.new_str(String::new()),
    })
}

/// Whether `v` is a builtin value that is certainly not an `Undefined`.
fn defined(vm: &Vm, v: Value) -> bool {
    plain_truth(vm, v).is_some() || is_markup(vm, v)
}

/// `test(value, *args)` natively, or `None`.
pub(crate) fn test(vm: &mut Vm, call: &Call) -> RunResult<Option<bool>> {
    if !call.keywords.is_empty() {
        return Ok(None);
    }
    let v = call.value;
    Ok(match (call.name, call.args) {
        ("defined", []) => defined(vm, v).then_some(true),
        ("undefined", []) => defined(vm, v).then_some(false),
        ("none", []) => Some(v == Value::None),
        ("true", []) => Some(v == Value::Bool(true)),
        ("false", []) => Some(v == Value::Bool(false)),
        ("boolean", []) => Some(matches!(v, Value::Bool(_))),
        ("odd", []) => match v {
            Value::Int(i) => Some(i.rem_euclid(2) == 1),
            _ => None,
        },
        ("even", []) => match v {
            Value::Int(i) => Some(i.rem_euclid(2) == 0),
            _ => None,
        },
        ("divisibleby", [Value::Int(n)]) if *n != 0 => match v {
            Value::Int(i) => Some(i.rem_euclid(*n) == 0),
            _ => None,
        },
        ("string", []) => defined(vm, v).then(|| str_text(vm, v).is_some()),
        ("number", []) => match v {
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => Some(true),
            _ => defined(vm, v).then_some(false),
        },
        ("mapping", []) => {
            defined(vm, v).then(|| v.as_obj().is_some_and(|id| values::is_exact_dict(vm, id)))
        }
        ("eq" | "==" | "equalto" | "ne" | "!=" | "in", [other]) => {
            let kind = match call.name {
                "in" => super::jinja_ir::CmpKind::In,
                "ne" | "!=" => super::jinja_ir::CmpKind::Ne,
                _ => super::jinja_ir::CmpKind::Eq,
            };
            values::compare(vm, kind, v, *other)?
        }
        _ => None,
    })
}
