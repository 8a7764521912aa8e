//! The methods of `re.Match` objects.
//! <https://docs.python.org/3/library/re.html#match-objects>

use super::objects::{match_of, pattern_of, MatchObj};
use super::subject;
use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// The match behind a method's receiver.
fn receiver_match(vm: &Vm, receiver: Value, method: &str) -> RunResult<(ObjId, MatchObj)> {
    receiver
        .as_obj()
        .and_then(|id| match_of(vm, id).map(|m| (id, m.clone())))
        .ok_or_else(|| {
            RunError::new(
                ExcKind::TypeError,
                format!(
                    "descriptor '{method}' for 're.Match' objects doesn't apply to a '{}' object",
                    vm.type_name(receiver)
                ),
            )
        })
}

/// `IndexError: no such group`.
fn no_such_group() -> RunError {
    RunError::new(ExcKind::IndexError, "no such group")
}

/// The group number a `group()`/`start()`/`m[g]` argument names.
fn group_index(vm: &Vm, m: &MatchObj, arg: Value) -> RunResult<usize> {
    let groups = m.spans.len();
    if let Some(name) = vm.str_value(arg) {
        return pattern_of(vm, m.pattern)
            .and_then(|p| p.spec.group_index(&name))
            .ok_or_else(no_such_group);
    }
    match arg {
        Value::Int(_) | Value::Bool(_) => {}
        Value::Obj(id) if matches!(vm.heap.get(id), Object::BigInt(_)) => {}
        _ => return Err(no_such_group()),
    }
    let i = vm.index_value(arg).ok_or_else(no_such_group)?;
    usize::try_from(i)
        .ok()
        .filter(|i| *i < groups)
        .ok_or_else(no_such_group)
}

/// Group `index` of match `id`: its text, or `None` if it did not take part.
pub(crate) fn group_value(vm: &mut Vm, id: ObjId, index: usize) -> RunResult<Value> {
    let Some(m) = match_of(vm, id) else {
        return Err(RunError::internal("not a match"));
    };
    let (string, span) = (m.string, m.spans.get(index).copied().flatten());
    Ok(match span {
        Some(s) => subject::slice(vm, string, s),
        None => Value::None,
    })
}

/// [`Match.group`](https://docs.python.org/3/library/re.html#re.Match.group).
pub(crate) fn group(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (id, m) = receiver_match(vm, receiver, "group")?;
    if !args.keywords.is_empty() {
        return Err(crate::exc::call::no_keywords("group"));
    }
    match args.positional.as_slice() {
        [] => group_value(vm, id, 0),
        [one] => {
            let i = group_index(vm, &m, *one)?;
            group_value(vm, id, i)
        }
        many => {
            let mut items = Vec::with_capacity(many.len());
            for arg in many {
                let i = group_index(vm, &m, *arg)?;
                items.push(group_value(vm, id, i)?);
            }
            Ok(vm.new_tuple(items))
        }
    }
}

/// `m[g]`.
pub(crate) fn getitem(vm: &mut Vm, id: ObjId, key: Value) -> RunResult<Value> {
    let Some(m) = match_of(vm, id).cloned() else {
        return Err(RunError::internal("not a match"));
    };
    let i = group_index(vm, &m, key)?;
    group_value(vm, id, i)
}

/// The `default` argument of `groups()`/`groupdict()`.
fn default_arg(vm: &Vm, args: &Args, method: &str) -> RunResult<Value> {
    let bound = super::pattern::bind(vm, args, method, &["default"], 0)?;
    Ok(bound.first().copied().flatten().unwrap_or(Value::None))
}

/// [`Match.groups`](https://docs.python.org/3/library/re.html#re.Match.groups).
pub(crate) fn groups(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (id, m) = receiver_match(vm, receiver, "groups")?;
    let default = default_arg(vm, &args, "groups")?;
    let mut items = Vec::with_capacity(m.spans.len());
    for (i, span) in m.spans.iter().enumerate().skip(1) {
        items.push(match span {
            Some(_) => group_value(vm, id, i)?,
            None => default,
        });
    }
    Ok(vm.new_tuple(items))
}

/// [`Match.groupdict`](https://docs.python.org/3/library/re.html#re.Match.groupdict).
pub(crate) fn groupdict(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (id, m) = receiver_match(vm, receiver, "groupdict")?;
    let default = default_arg(vm, &args, "groupdict")?;
    let names = pattern_of(vm, m.pattern)
        .map(|p| p.spec.names.clone())
        .unwrap_or_default();
    let dict = vm.new_dict();
    for (name, i) in names {
        let value = match m.spans.get(i).copied().flatten() {
            Some(_) => group_value(vm, id, i)?,
            None => default,
        };
        let key = vm.new_str(name);
        vm.dict_set(dict, key, value)?;
    }
    Ok(dict)
}

/// The group a `start`/`end`/`span` call asks about, and its span
/// (`(-1, -1)` when it did not take part).
fn group_span(vm: &Vm, receiver: Value, args: &Args, method: &str) -> RunResult<(i64, i64)> {
    let (_, m) = receiver_match(vm, receiver, method)?;
    let bound = super::pattern::bind(vm, args, method, &["group"], 0)?;
    let i = match bound.first().copied().flatten() {
        Some(g) => group_index(vm, &m, g)?,
        None => 0,
    };
    Ok(m.spans
        .get(i)
        .copied()
        .flatten()
        .map_or((-1, -1), |s| (s.start as i64, s.end as i64)))
}

/// [`Match.start`](https://docs.python.org/3/library/re.html#re.Match.start).
pub(crate) fn start(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    Ok(Value::Int(group_span(vm, receiver, &args, "start")?.0))
}

/// [`Match.end`](https://docs.python.org/3/library/re.html#re.Match.end).
pub(crate) fn end(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    Ok(Value::Int(group_span(vm, receiver, &args, "end")?.1))
}

/// [`Match.span`](https://docs.python.org/3/library/re.html#re.Match.span).
pub(crate) fn span(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (a, b) = group_span(vm, receiver, &args, "span")?;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b)]))
}

/// [`Match.expand`](https://docs.python.org/3/library/re.html#re.Match.expand):
/// the template as `sub` would expand it for this match.
pub(crate) fn expand(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Called> {
    let (id, m) = receiver_match(vm, receiver, "expand")?;
    let [template] = args.exact("expand")?;
    let pattern = Value::Obj(m.pattern);
    match super::sub::template_for(vm, pattern, template)? {
        Some(pieces) => {
            let bytes = pattern_of(vm, m.pattern).is_some_and(|p| p.spec.bytes);
            let mut out = super::sub::Output::new(bytes);
            out.expand(vm, &pieces, m.string, &m.spans);
            Ok(Called::Value(out.finish(vm)))
        }
        None => {
            let helper = super::python_helper(vm, "_expand_slow")?;
            vm.call(helper, Args::positional(vec![Value::Obj(id), template]))
        }
    }
}

/// `copy.copy(m)` / `copy.deepcopy(m)`: matches are immutable.
#[expect(
    clippy::unnecessary_wraps,
    reason = "every method has the builtin signature"
)]
pub(crate) fn copy(_: &mut Vm, receiver: Value, _: Args) -> RunResult<Value> {
    Ok(receiver)
}
