//! The methods of `re.Pattern` objects that search: `match`, `search`,
//! `fullmatch`, `findall`, `finditer`, `split`.
//! <https://docs.python.org/3/library/re.html#regular-expression-objects>

use std::sync::Arc;

use super::engine::{Mode, Spans, Spec};
use super::objects::{pattern_of, MatchObj, ReObject, Span};
use super::subject::{self, Offsets};
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// The pattern behind a method's receiver.
pub(crate) fn receiver_pattern(
    vm: &Vm,
    receiver: Value,
    method: &str,
) -> RunResult<(ObjId, Arc<Spec>)> {
    receiver
        .as_obj()
        .and_then(|id| pattern_of(vm, id).map(|p| (id, p.spec.clone())))
        .ok_or_else(|| {
            RunError::new(
                ExcKind::TypeError,
                format!(
                    "descriptor '{method}' for 're.Pattern' objects doesn't apply to a '{}' object",
                    vm.type_name(receiver)
                ),
            )
        })
}

/// A failure inside the engine (a backtracking limit), as `RuntimeError`.
pub(crate) fn engine_error(message: String) -> RunError {
    RunError::new(
        ExcKind::RuntimeError,
        format!("regular expression engine: {message}"),
    )
}

/// The `(string, pos, endpos)` arguments of a search method.
pub(crate) struct Target {
    /// The subject.
    pub string: Value,
    /// `pos` and `endpos` clamped; `None` when nothing can match.
    pub window: Option<(usize, usize)>,
}

/// Binds the arguments of a method written with Argument Clinic in CPython,
/// whose message for an unknown keyword differs from a Python function's.
pub(crate) fn bind(
    vm: &Vm,
    args: &Args,
    method: &str,
    names: &[&str],
    required: usize,
) -> RunResult<Vec<Option<Value>>> {
    for (k, _) in &args.keywords {
        let key = vm.interner.name(*k);
        if !names.contains(&key) {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!("'{key}' is an invalid keyword argument for {method}()"),
            ));
        }
    }
    args.bind(vm, method, names, required)
}

/// Binds `(string, pos=0, endpos=sys.maxsize)`.
fn target(vm: &mut Vm, args: &Args, method: &str) -> RunResult<Target> {
    let bound = bind(vm, args, method, &["string", "pos", "endpos"], 1)?;
    let string = bound.first().copied().flatten().unwrap_or(Value::None);
    let pos = match bound.get(1).copied().flatten() {
        Some(v) => vm.int_arg(v)?,
        None => 0,
    };
    let endpos = match bound.get(2).copied().flatten() {
        Some(v) => vm.int_arg(v)?,
        None => i64::MAX,
    };
    let len = subject::char_len(vm, string);
    Ok(Target {
        string,
        window: subject::window(pos, endpos, len),
    })
}

/// Searches `string` in the code point window, returning code point spans.
pub(crate) fn find_one(
    vm: &Vm,
    spec: &Spec,
    string: Value,
    window: (usize, usize),
    mode: Mode,
) -> RunResult<Option<Vec<Option<Span>>>> {
    let len = subject::char_len(vm, string);
    let (text, ascii) = subject::text(vm, string, spec.bytes)?;
    let (mut offsets, bpos, bend) = window_bytes(&text, ascii, window, len);
    let hay = text.get(..bend).unwrap_or_default();
    let found = spec.find(hay, bpos, mode).map_err(engine_error)?;
    Ok(found.map(|s| offsets.spans(&s)))
}

/// Every match in the window (at most `limit`), as code point spans.
pub(crate) fn find_many(
    vm: &Vm,
    spec: &Spec,
    string: Value,
    window: (usize, usize),
    limit: Option<usize>,
) -> RunResult<Vec<Vec<Option<Span>>>> {
    let len = subject::char_len(vm, string);
    let (text, ascii) = subject::text(vm, string, spec.bytes)?;
    let (mut offsets, bpos, bend) = window_bytes(&text, ascii, window, len);
    let hay = text.get(..bend).unwrap_or_default();
    let found: Vec<Spans> = spec.find_all(hay, bpos, limit).map_err(engine_error)?;
    Ok(found.iter().map(|s| offsets.spans(s)).collect())
}

/// The byte offsets of a code point window of `text` (`len` code points
/// long), and an offset converter whose cursor starts at the window.
fn window_bytes(
    text: &str,
    ascii: bool,
    window: (usize, usize),
    len: usize,
) -> (Offsets<'_>, usize, usize) {
    let mut offsets = Offsets::new(text, ascii);
    let bpos = offsets.byte_of(window.0);
    let bend = if window.1 >= len {
        text.len()
    } else {
        offsets.byte_of(window.1)
    };
    offsets.seek(bpos, window.0);
    (offsets, bpos, bend)
}

/// A new `re.Match`.
pub(crate) fn new_match(
    vm: &mut Vm,
    pattern: ObjId,
    string: Value,
    window: (usize, usize),
    spans: Vec<Option<Span>>,
) -> RunResult<Value> {
    let class = match vm.heap.get(pattern) {
        Object::Re(r) => match &**r {
            ReObject::Pattern(p) => p.match_class,
            ReObject::Match(_) => return Err(RunError::internal("match of a match")),
        },
        _ => return Err(RunError::internal("match without pattern")),
    };
    let m = MatchObj {
        class,
        pattern,
        string,
        pos: window.0,
        endpos: window.1,
        spans,
    };
    Ok(Value::Obj(
        vm.heap.alloc(Object::Re(Box::new(ReObject::Match(m)))),
    ))
}

/// `match`/`search`/`fullmatch`.
fn search_method(
    vm: &mut Vm,
    receiver: Value,
    args: &Args,
    method: &str,
    mode: Mode,
) -> RunResult<Value> {
    let (id, spec) = receiver_pattern(vm, receiver, method)?;
    let t = target(vm, args, method)?;
    let Some(window) = t.window else {
        subject::text(vm, t.string, spec.bytes)?;
        return Ok(Value::None);
    };
    match find_one(vm, &spec, t.string, window, mode)? {
        Some(spans) => new_match(vm, id, t.string, window, spans),
        None => Ok(Value::None),
    }
}

/// [`Pattern.match`](https://docs.python.org/3/library/re.html#re.Pattern.match).
pub(crate) fn match_(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    search_method(vm, receiver, &args, "match", Mode::Match)
}

/// [`Pattern.search`](https://docs.python.org/3/library/re.html#re.Pattern.search).
pub(crate) fn search(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    search_method(vm, receiver, &args, "search", Mode::Search)
}

/// [`Pattern.fullmatch`](https://docs.python.org/3/library/re.html#re.Pattern.fullmatch).
pub(crate) fn fullmatch(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    search_method(vm, receiver, &args, "fullmatch", Mode::Full)
}

/// A group of a match for `findall`/`split`: the text, or `default` if it did not take part.
fn group_or(vm: &mut Vm, string: Value, span: Option<&Option<Span>>, default: Value) -> Value {
    match span.copied().flatten() {
        Some(s) => subject::slice(vm, string, s),
        None => default,
    }
}

/// [`Pattern.findall`](https://docs.python.org/3/library/re.html#re.Pattern.findall).
pub(crate) fn findall(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (_, spec) = receiver_pattern(vm, receiver, "findall")?;
    let t = target(vm, &args, "findall")?;
    let Some(window) = t.window else {
        subject::text(vm, t.string, spec.bytes)?;
        return Ok(vm.new_list(Vec::new()));
    };
    let found = find_many(vm, &spec, t.string, window, None)?;
    let mut items = Vec::with_capacity(found.len());
    for spans in &found {
        let item = match spec.groups {
            0 | 1 => {
                let empty = subject::empty_like(vm, spec.bytes);
                group_or(vm, t.string, spans.get(spec.groups), empty)
            }
            n => {
                let mut parts = Vec::with_capacity(n);
                for g in 1..=n {
                    let empty = subject::empty_like(vm, spec.bytes);
                    parts.push(group_or(vm, t.string, spans.get(g), empty));
                }
                vm.new_tuple(parts)
            }
        };
        items.push(item);
    }
    Ok(vm.new_list(items))
}

/// [`Pattern.finditer`](https://docs.python.org/3/library/re.html#re.Pattern.finditer):
/// the matches are found at once and handed out by a list iterator.
pub(crate) fn finditer(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (id, spec) = receiver_pattern(vm, receiver, "finditer")?;
    let t = target(vm, &args, "finditer")?;
    let mut items = Vec::new();
    if let Some(window) = t.window {
        for spans in find_many(vm, &spec, t.string, window, None)? {
            items.push(new_match(vm, id, t.string, window, spans)?);
        }
    } else {
        subject::text(vm, t.string, spec.bytes)?;
    }
    let list = vm.new_list(items);
    vm.get_iter(list)
}

/// [`Pattern.split`](https://docs.python.org/3/library/re.html#re.Pattern.split).
pub(crate) fn split(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (_, spec) = receiver_pattern(vm, receiver, "split")?;
    let bound = bind(vm, &args, "split", &["string", "maxsplit"], 1)?;
    let string = bound.first().copied().flatten().unwrap_or(Value::None);
    let maxsplit = match bound.get(1).copied().flatten() {
        Some(v) => vm.int_arg(v)?,
        None => 0,
    };
    let len = subject::char_len(vm, string);
    let byte_len = subject::text(vm, string, spec.bytes)?.0.len();
    if maxsplit < 0 {
        let whole = Span {
            start: 0,
            end: len,
            byte_start: 0,
            byte_end: byte_len,
        };
        let whole = subject::slice(vm, string, whole);
        return Ok(vm.new_list(vec![whole]));
    }
    let limit = usize::try_from(maxsplit).ok().filter(|n| *n > 0);
    let found = find_many(vm, &spec, string, (0, len), limit)?;
    let mut items = Vec::new();
    let mut last = Span {
        start: 0,
        end: 0,
        byte_start: 0,
        byte_end: 0,
    };
    for spans in &found {
        let Some(whole) = spans.first().copied().flatten() else {
            continue;
        };
        let piece = Span {
            start: last.end,
            end: whole.start,
            byte_start: last.byte_end,
            byte_end: whole.byte_start,
        };
        items.push(subject::slice(vm, string, piece));
        for g in 1..=spec.groups {
            items.push(group_or(vm, string, spans.get(g), Value::None));
        }
        last = whole;
    }
    let tail = Span {
        start: last.end,
        end: len,
        byte_start: last.byte_end,
        byte_end: byte_len,
    };
    items.push(subject::slice(vm, string, tail));
    Ok(vm.new_list(items))
}
