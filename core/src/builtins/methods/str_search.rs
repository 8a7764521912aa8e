//! Searching and splitting methods of `str`: the find family with
//! `start`/`end`, `count`, `startswith`, `split`/`rsplit`/`splitlines`,
//! `partition`, `replace`, `strip`, `join`.

use super::bytes::span;
use super::str::{text, text_ref};
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::str::is_space;
use crate::value::Value;

/// The byte offset of code point `index` in `s` (`s.len()` past the end).
fn byte_offset(s: &str, index: usize) -> usize {
    if s.is_ascii() {
        return index.min(s.len());
    }
    s.char_indices().nth(index).map_or(s.len(), |(b, _)| b)
}

/// The code point index of byte offset `offset`.
fn char_index(s: &str, offset: usize) -> usize {
    if s.is_ascii() {
        offset
    } else {
        s[..offset].chars().count()
    }
}

fn str_needle(vm: &Vm, v: Value) -> RunResult<String> {
    vm.str_value(v).ok_or_else(|| {
        RunError::new(
            ExcKind::TypeError,
            format!("must be str, not {}", vm.type_name(v)),
        )
    })
}

/// The receiver, the needle, and the byte range `start..end` to search.
fn search_args<'a>(
    vm: &'a Vm,
    receiver: Value,
    args: &Args,
    name: &str,
) -> RunResult<Option<(&'a str, String, usize, usize)>> {
    let parts = args.parse_tuple(name, 1, 3)?;
    let s = text_ref(vm, receiver)?;
    let needle = str_needle(vm, parts[0])?;
    let len = s.char_len();
    let s = s.as_str();
    let (start, end) = span(vm, parts.get(1).copied(), parts.get(2).copied(), len)?;
    if start > end {
        return Ok(None);
    }
    let (start, end) = (byte_offset(s, start), byte_offset(s, end));
    Ok(Some((s, needle, start, end)))
}

fn find_in(
    vm: &Vm,
    receiver: Value,
    args: &Args,
    name: &str,
    last: bool,
) -> RunResult<Option<usize>> {
    let Some((s, needle, start, end)) = search_args(vm, receiver, args, name)? else {
        return Ok(None);
    };
    let hay = &s[start..end];
    let found = if last {
        hay.rfind(&needle)
    } else {
        hay.find(&needle)
    };
    Ok(found.map(|b| char_index(s, start + b)))
}

/// `str.find(sub[, start[, end]])`.
pub(crate) fn find(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let found = find_in(vm, receiver, &args, "find", false)?;
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

/// `str.rfind(sub[, start[, end]])`.
pub(crate) fn rfind(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let found = find_in(vm, receiver, &args, "rfind", true)?;
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

/// `str.index(sub[, start[, end]])`.
pub(crate) fn index(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    match find_in(vm, receiver, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(RunError::new(ExcKind::ValueError, "substring not found")),
    }
}

/// `str.rindex(sub[, start[, end]])`.
pub(crate) fn rindex(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    match find_in(vm, receiver, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(RunError::new(ExcKind::ValueError, "substring not found")),
    }
}

/// `str.count(sub[, start[, end]])`.
pub(crate) fn count(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let Some((s, needle, start, end)) = search_args(vm, receiver, &args, "count")? else {
        return Ok(Value::Int(0));
    };
    let hay = &s[start..end];
    let n = if needle.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(needle.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, receiver: Value, args: &Args, name: &str, prefix: bool) -> RunResult<Value> {
    let parts = args.parse_tuple(name, 1, 3)?.to_vec();
    let s = text_ref(vm, receiver)?;
    let len = s.char_len();
    let s = s.as_str();
    let (start, end) = span(vm, parts.get(1).copied(), parts.get(2).copied(), len)?;
    let (candidates, in_tuple) = match parts[0].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items)) => (items.clone(), true),
        _ => (vec![parts[0]], false),
    };
    let start_given = parts.get(1).is_some_and(|v| *v != Value::None);
    for c in candidates {
        let Some(c) = vm.str_value(c) else {
            let message = if in_tuple {
                format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(c)
                )
            } else {
                format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    vm.type_name(c)
                )
            };
            return Err(RunError::new(ExcKind::TypeError, message));
        };
        if start > end || (start_given && start > len) {
            continue;
        }
        let hay = &s[byte_offset(s, start)..byte_offset(s, end)];
        if (prefix && hay.starts_with(&c)) || (!prefix && hay.ends_with(&c)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `str.startswith(prefix[, start[, end]])`.
pub(crate) fn startswith(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    affix(vm, receiver, &args, "startswith", true)
}

/// `str.endswith(suffix[, start[, end]])`.
pub(crate) fn endswith(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    affix(vm, receiver, &args, "endswith", false)
}

/// `(sep, maxsplit)` of `split`/`rsplit`.
fn split_args(vm: &mut Vm, args: &Args, name: &str) -> RunResult<(Option<String>, usize)> {
    let bound = args.bind(vm, name, &["sep", "maxsplit"], 0)?;
    let sep = match bound[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = vm.str_value(v).ok_or_else(|| {
                RunError::new(
                    ExcKind::TypeError,
                    format!("must be str or None, not {}", vm.type_name(v)),
                )
            })?;
            if sep.is_empty() {
                return Err(RunError::new(ExcKind::ValueError, "empty separator"));
            }
            Some(sep)
        }
    };
    let limit = match bound[1] {
        Some(v) => usize::try_from(vm.int_arg(v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    Ok((sep, limit))
}

fn split_whitespace(s: &str, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() == limit {
            out.push(rest.to_owned());
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(rest[..end].to_owned());
        rest = rest[end..].trim_start_matches(is_space);
    }
    out
}

fn str_list(vm: &mut Vm, pieces: Vec<String>) -> Value {
    let items = pieces.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(items)
}

/// `str.split(sep=None, maxsplit=-1)`.
pub(crate) fn split(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (sep, limit) = split_args(vm, &args, "split")?;
    let s = text(vm, receiver)?;
    let pieces = match sep {
        Some(sep) => s
            .splitn(limit.saturating_add(1), sep.as_str())
            .map(str::to_owned)
            .collect(),
        None => split_whitespace(&s, limit),
    };
    Ok(str_list(vm, pieces))
}

/// `str.rsplit(sep=None, maxsplit=-1)`.
pub(crate) fn rsplit(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (sep, limit) = split_args(vm, &args, "rsplit")?;
    let s = text(vm, receiver)?;
    let mut pieces: Vec<String> = match sep {
        Some(sep) => s
            .rsplitn(limit.saturating_add(1), sep.as_str())
            .map(str::to_owned)
            .collect(),
        None => {
            let reversed: String = s.chars().rev().collect();
            split_whitespace(&reversed, limit)
                .into_iter()
                .map(|p| p.chars().rev().collect())
                .collect()
        }
    };
    pieces.reverse();
    Ok(str_list(vm, pieces))
}

/// Whether `c` ends a line for `str.splitlines()`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.splitlines(keepends=False)`.
pub(crate) fn splitlines(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let bound = args.bind(vm, "splitlines", &["keepends"], 0)?;
    let keepends = match bound[0] {
        Some(v) => vm.int_arg(v)? != 0,
        None => false,
    };
    let s = text(vm, receiver)?;
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.peek().map(|p| p.1) == Some('\n') {
            chars.next();
            end += 1;
        }
        pieces.push(s[start..if keepends { end } else { i }].to_owned());
        start = end;
    }
    if start < s.len() {
        pieces.push(s[start..].to_owned());
    }
    Ok(str_list(vm, pieces))
}

/// `str.join(iterable)`.
pub(crate) fn join(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [iterable] = args.exact("str.join")?;
    let sep = text(vm, receiver)?;
    let items = vm.collect_values(iterable).map_err(|e| {
        if super::str::is_error_kind(vm, &e, ExcKind::TypeError) && vm.get_iter_fails(iterable) {
            RunError::new(ExcKind::TypeError, "can only join an iterable")
        } else {
            e
        }
    })?;
    vm.reserve(vm.joined_bytes(&items, sep.len()))?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match item.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Str(t)) => out.push_str(t.as_str()),
            _ => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "sequence item {i}: expected str instance, {} found",
                        vm.type_name(*item)
                    ),
                ))
            }
        }
    }
    Ok(vm.new_str(out))
}

/// `str.replace(old, new[, count])`.
pub(crate) fn replace(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let parts = args.between("replace", 2, 3)?.to_vec();
    text_ref(vm, receiver)?;
    let old = vm.str_arg(parts[0], "replace() argument 1")?;
    let new = vm.str_arg(parts[1], "replace() argument 2")?;
    let limit = match parts.get(2) {
        Some(n) => usize::try_from(vm.int_arg(*n)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let s = text_ref(vm, receiver)?.as_str();
    let unchanged = limit == 0 || (!old.is_empty() && !s.contains(old.as_str()));
    if unchanged {
        // CPython hands back the same str when nothing is replaced.
        let plain = receiver
            .as_obj()
            .is_some_and(|id| vm.heap.subclassed(id).is_none());
        if plain {
            return Ok(receiver);
        }
        let copy = s.to_owned();
        return Ok(vm.new_str(copy));
    }
    let out = if limit == usize::MAX {
        s.replace(old.as_str(), &new)
    } else {
        s.replacen(old.as_str(), &new, limit)
    };
    Ok(vm.new_str(out))
}

fn partition_at(
    vm: &mut Vm,
    receiver: Value,
    args: &Args,
    name: &str,
    last: bool,
) -> RunResult<Value> {
    let [sep] = args.exact(name)?;
    let s = text(vm, receiver)?;
    let sep = str_needle(vm, sep)?;
    if sep.is_empty() {
        return Err(RunError::new(ExcKind::ValueError, "empty separator"));
    }
    let found = if last { s.rfind(&sep) } else { s.find(&sep) };
    let parts = match found {
        Some(i) => [
            s[..i].to_owned(),
            sep.clone(),
            s[i + sep.len()..].to_owned(),
        ],
        None if last => [String::new(), String::new(), s.clone()],
        None => [s.clone(), String::new(), String::new()],
    };
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_tuple(items))
}

/// `str.partition(sep)`.
pub(crate) fn partition(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    partition_at(vm, receiver, &args, "partition", false)
}

/// `str.rpartition(sep)`.
pub(crate) fn rpartition(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    partition_at(vm, receiver, &args, "rpartition", true)
}

fn strip_with(
    vm: &mut Vm,
    receiver: Value,
    args: &Args,
    name: &str,
    left: bool,
    right: bool,
) -> RunResult<Value> {
    let s = text(vm, receiver)?;
    let chars = match args.between(name, 0, 1)?.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.str_value(*v).ok_or_else(|| {
            RunError::new(
                ExcKind::TypeError,
                format!("{name} arg must be None or str"),
            )
        })?),
    };
    let matches = |c: char| match &chars {
        Some(set) => set.contains(c),
        None => is_space(c),
    };
    let mut out: &str = &s;
    if left {
        out = out.trim_start_matches(matches);
    }
    if right {
        out = out.trim_end_matches(matches);
    }
    if out.len() == s.len() {
        return Ok(receiver);
    }
    let out = out.to_owned();
    Ok(vm.new_str(out))
}

/// `str.strip([chars])`.
pub(crate) fn strip(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    strip_with(vm, receiver, &args, "strip", true, true)
}

/// `str.lstrip([chars])`.
pub(crate) fn lstrip(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    strip_with(vm, receiver, &args, "lstrip", true, false)
}

/// `str.rstrip([chars])`.
pub(crate) fn rstrip(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    strip_with(vm, receiver, &args, "rstrip", false, true)
}

/// `str.removeprefix(prefix)`.
pub(crate) fn removeprefix(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [prefix] = args.exact("removeprefix")?;
    let s = text(vm, receiver)?;
    let prefix = vm.str_arg(prefix, "removeprefix() argument")?;
    let out = s.strip_prefix(prefix.as_str()).unwrap_or(&s).to_owned();
    Ok(vm.new_str(out))
}

/// `str.removesuffix(suffix)`.
pub(crate) fn removesuffix(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [suffix] = args.exact("removesuffix")?;
    let s = text(vm, receiver)?;
    let suffix = vm.str_arg(suffix, "removesuffix() argument")?;
    let out = s.strip_suffix(suffix.as_str()).unwrap_or(&s).to_owned();
    Ok(vm.new_str(out))
}

impl Vm {
    /// Whether `iter(v)` would fail (`v` is not iterable at all).
    fn get_iter_fails(&mut self, v: Value) -> bool {
        self.get_iter(v).is_err()
    }
}
