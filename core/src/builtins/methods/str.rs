//! Methods of `str`. <https://docs.python.org/3/library/stdtypes.html#string-methods>

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

fn text(vm: &Vm, receiver: Value) -> RunResult<String> {
    vm.str_value(receiver)
        .ok_or_else(|| RunError::new(ExcKind::TypeError, "descriptor requires a 'str' object"))
}

fn no_args(args: &Args, name: &str) -> RunResult<()> {
    args.exact::<0>(&format!("str.{name}")).map(|_| ())
}

macro_rules! simple_transform {
    ($name:ident, $f:expr) => {
        #[doc = concat!("`str.", stringify!($name), "()`.")]
        pub(crate) fn $name(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
            no_args(&args, stringify!($name))?;
            let s = text(vm, receiver)?;
            let f: fn(&str) -> String = $f;
            Ok(vm.new_str(f(&s)))
        }
    };
}

simple_transform!(upper, str::to_uppercase);
simple_transform!(lower, str::to_lowercase);
simple_transform!(swapcase, |s| s
    .chars()
    .flat_map(|c| -> Vec<char> {
        if c.is_uppercase() {
            c.to_lowercase().collect()
        } else {
            c.to_uppercase().collect()
        }
    })
    .collect());
simple_transform!(title, |s| {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    out
});
simple_transform!(capitalize, |s| {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
});

macro_rules! predicate {
    ($name:ident, $f:expr) => {
        #[doc = concat!("`str.", stringify!($name), "()`.")]
        pub(crate) fn $name(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
            no_args(&args, stringify!($name))?;
            let s = text(vm, receiver)?;
            let f: fn(&str) -> bool = $f;
            Ok(Value::Bool(f(&s)))
        }
    };
}

predicate!(isdigit, |s| !s.is_empty()
    && s.chars().all(|c| c.is_ascii_digit() || c.is_numeric()));
predicate!(isalpha, |s| !s.is_empty()
    && s.chars().all(char::is_alphabetic));
predicate!(isalnum, |s| !s.is_empty()
    && s.chars().all(char::is_alphanumeric));
predicate!(isspace, |s| !s.is_empty()
    && s.chars().all(char::is_whitespace));
predicate!(istitle, |s| {
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    any
});
predicate!(isupper, |s| s.chars().any(char::is_uppercase)
    && !s.chars().any(char::is_lowercase));
predicate!(islower, |s| s.chars().any(char::is_lowercase)
    && !s.chars().any(char::is_uppercase));

/// The optional `chars` argument of the strip family.
fn strip_chars(vm: &Vm, args: &Args, name: &str) -> RunResult<Option<String>> {
    match args.between(name, 0, 1)?.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => vm.str_value(*v).map(Some).ok_or_else(|| {
            RunError::new(
                ExcKind::TypeError,
                format!("{name} arg must be None or str"),
            )
        }),
    }
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
    let chars = strip_chars(vm, args, name)?;
    let matches = |c: char| match &chars {
        Some(set) => set.contains(c),
        None => c.is_whitespace(),
    };
    let mut out: &str = &s;
    if left {
        out = out.trim_start_matches(matches);
    }
    if right {
        out = out.trim_end_matches(matches);
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

/// `str.split(sep=None, maxsplit=-1)`.
pub(crate) fn split(vm: &mut Vm, receiver: Value, mut args: Args) -> RunResult<Value> {
    let sep_kw = args.take_keyword(vm, "sep");
    let max_kw = args.take_keyword(vm, "maxsplit");
    let parts = args.between("split", 0, 2)?.to_vec();
    let s = text(vm, receiver)?;
    let sep = parts
        .first()
        .copied()
        .or(sep_kw)
        .filter(|v| *v != Value::None);
    let maxsplit = match parts.get(1).copied().or(max_kw) {
        Some(v) => vm.int_arg(v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let pieces: Vec<String> = match sep {
        Some(sep) => {
            let sep = vm.str_arg(sep, "must be str or None, not")?;
            if sep.is_empty() {
                return Err(RunError::new(ExcKind::ValueError, "empty separator"));
            }
            s.splitn(limit.saturating_add(1), sep.as_str())
                .map(str::to_owned)
                .collect()
        }
        None => split_whitespace(&s, limit),
    };
    let items = pieces.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn split_whitespace(s: &str, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        if out.len() == limit {
            out.push(rest.to_owned());
            break;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        out.push(rest[..end].to_owned());
        rest = rest[end..].trim_start();
    }
    out
}

/// `str.splitlines()`.
pub(crate) fn splitlines(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    no_args(&args, "splitlines")?;
    let s = text(vm, receiver)?;
    let items = s.lines().map(|l| vm.new_str(l.to_owned())).collect();
    Ok(vm.new_list(items))
}

/// `str.join(iterable)`.
pub(crate) fn join(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [iterable] = args.exact("str.join")?;
    let sep = text(vm, receiver)?;
    let items = vm.collect_values(iterable)?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_value(*item) {
            Some(t) => out.push_str(&t),
            None => {
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
    let s = text(vm, receiver)?;
    let old = vm.str_arg(parts[0], "replace() argument 1")?;
    let new = vm.str_arg(parts[1], "replace() argument 2")?;
    let out = match parts.get(2) {
        Some(n) => {
            let n = vm.int_arg(*n)?;
            if n < 0 {
                s.replace(&old, &new)
            } else {
                s.replacen(&old, &new, n as usize)
            }
        }
        None => s.replace(&old, &new),
    };
    Ok(vm.new_str(out))
}

fn affix(vm: &mut Vm, receiver: Value, args: &Args, name: &str, prefix: bool) -> RunResult<Value> {
    let parts = args.between(name, 1, 3)?.to_vec();
    let s = text(vm, receiver)?;
    let candidates = match parts[0].as_obj().map(|id| vm.heap.get(id)) {
        Some(crate::value::object::Object::Tuple(items)) => items.clone(),
        _ => vec![parts[0]],
    };
    for c in candidates {
        let Some(c) = vm.str_value(c) else {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    vm.type_name(c)
                ),
            ));
        };
        if (prefix && s.starts_with(&c)) || (!prefix && s.ends_with(&c)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `str.startswith(prefix)`.
pub(crate) fn startswith(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    affix(vm, receiver, &args, "startswith", true)
}

/// `str.endswith(suffix)`.
pub(crate) fn endswith(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    affix(vm, receiver, &args, "endswith", false)
}

/// Code-point index of `needle` in the receiver, if present.
fn find_index(vm: &mut Vm, receiver: Value, args: &Args, name: &str) -> RunResult<Option<usize>> {
    let parts = args.between(name, 1, 3)?.to_vec();
    let s = text(vm, receiver)?;
    let needle = vm.str_arg(parts[0], "must be str, not")?;
    let start = match parts.get(1) {
        Some(v) => {
            let i = vm.int_arg(*v)?;
            let len = s.chars().count() as i64;
            (if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize
        }
        None => 0,
    };
    let byte_start = s.char_indices().nth(start).map_or(s.len(), |(b, _)| b);
    Ok(s[byte_start..]
        .find(&needle)
        .map(|b| s[..byte_start + b].chars().count()))
}

/// `str.find(sub)`.
pub(crate) fn find(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    Ok(Value::Int(
        find_index(vm, receiver, &args, "find")?.map_or(-1, |i| i as i64),
    ))
}

/// `str.index(sub)`.
pub(crate) fn index(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    match find_index(vm, receiver, &args, "index")? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(RunError::new(ExcKind::ValueError, "substring not found")),
    }
}

/// `str.count(sub)`.
pub(crate) fn count(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [needle] = args.exact("count")?;
    let s = text(vm, receiver)?;
    let needle = vm.str_arg(needle, "must be str, not")?;
    let n = if needle.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(&needle).count()
    };
    Ok(Value::Int(n as i64))
}

fn justify(vm: &mut Vm, receiver: Value, args: &Args, name: &str, align: char) -> RunResult<Value> {
    let parts = args.between(name, 1, 2)?.to_vec();
    let s = text(vm, receiver)?;
    let width = vm.int_arg(parts[0])?.max(0) as usize;
    let fill = match parts.get(1) {
        Some(f) => vm
            .str_value(*f)
            .and_then(|f| f.chars().next())
            .unwrap_or(' '),
        None => ' ',
    };
    let len = s.chars().count();
    if len >= width {
        return Ok(vm.new_str(s));
    }
    let gap = width - len;
    let pad = |n: usize| fill.to_string().repeat(n);
    let out = match align {
        '<' => format!("{s}{}", pad(gap)),
        '>' => format!("{}{s}", pad(gap)),
        _ => {
            let left = gap / 2 + (gap & width & 1);
            format!("{}{s}{}", pad(left), pad(gap - left))
        }
    };
    Ok(vm.new_str(out))
}

/// `str.center(width[, fill])`.
pub(crate) fn center(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    justify(vm, receiver, &args, "center", '^')
}

/// `str.ljust(width[, fill])`.
pub(crate) fn ljust(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    justify(vm, receiver, &args, "ljust", '<')
}

/// `str.rjust(width[, fill])`.
pub(crate) fn rjust(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    justify(vm, receiver, &args, "rjust", '>')
}

/// `str.zfill(width)`.
pub(crate) fn zfill(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [width] = args.exact("zfill")?;
    let s = text(vm, receiver)?;
    let width = vm.int_arg(width)?.max(0) as usize;
    let len = s.chars().count();
    if len >= width {
        return Ok(vm.new_str(s));
    }
    let (sign, digits) = match s.strip_prefix(['+', '-']) {
        Some(rest) => (&s[..1], rest),
        None => ("", s.as_str()),
    };
    let out = format!("{sign}{}{digits}", "0".repeat(width - len));
    Ok(vm.new_str(out))
}

/// `str.format(*args, **kwargs)`: `{}`, `{0}`, `{name}`, `{x.attr}`, `{x[0]}`, `!r`, `:spec`.
pub(crate) fn format(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let s = text(vm, receiver)?;
    let mut out = String::new();
    let mut auto = 0usize;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' if chars.peek().map(|p| p.1) == Some('{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek().map(|p| p.1) == Some('}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let rest = &s[i + 1..];
                let end = matching_brace(rest).ok_or_else(|| {
                    RunError::new(ExcKind::ValueError, "expected '}' before end of string")
                })?;
                let field = &rest[..end];
                for _ in 0..=field.chars().count() {
                    chars.next();
                }
                out.push_str(&format_field(vm, field, &args, &mut auto)?);
            }
            '}' => {
                return Err(RunError::new(
                    ExcKind::ValueError,
                    "Single '}' encountered in format string",
                ))
            }
            c => out.push(c),
        }
    }
    Ok(vm.new_str(out))
}

/// The byte index of the `}` closing a field that starts right before `text`.
fn matching_brace(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return Some(i),
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn format_field(vm: &mut Vm, field: &str, args: &Args, auto: &mut usize) -> RunResult<String> {
    let (field, raw_spec) = field.split_once(':').unwrap_or((field, ""));
    let mut spec = String::new();
    let mut rest = raw_spec;
    while let Some(open) = rest.find('{') {
        spec.push_str(&rest[..open]);
        let inner = &rest[open + 1..];
        let close = matching_brace(inner).unwrap_or(inner.len());
        spec.push_str(&format_field(vm, &inner[..close], args, auto)?);
        rest = inner.get(close + 1..).unwrap_or("");
    }
    spec.push_str(rest);
    let spec = spec.as_str();
    let (name, conversion) = match field.split_once('!') {
        Some((n, c)) => (n, Some(c)),
        None => (field, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (head, tail) = name.split_at(first_end);
    let mut value = if head.is_empty() {
        let v = args.positional.get(*auto).copied();
        *auto += 1;
        v.ok_or_else(|| {
            RunError::new(
                ExcKind::IndexError,
                format!(
                    "Replacement index {} out of range for positional args tuple",
                    *auto - 1
                ),
            )
        })?
    } else if let Ok(n) = head.parse::<usize>() {
        args.positional.get(n).copied().ok_or_else(|| {
            RunError::new(
                ExcKind::IndexError,
                format!("Replacement index {n} out of range for positional args tuple"),
            )
        })?
    } else {
        let sym = vm.interner.intern(head);
        args.keywords
            .iter()
            .find(|(k, _)| *k == sym)
            .map(|(_, v)| *v)
            .ok_or_else(|| crate::exc::lookup::key_error(Value::None))
            .map_err(|_| {
                let key = vm.new_str(head.to_owned());
                crate::exc::lookup::key_error(key)
            })?
    };
    let mut rest = tail;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            let sym = vm.interner.intern(&after[..end]);
            value = vm.get_attr(value, sym)?;
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']').unwrap_or(after.len());
            let key_text = &after[..end];
            let key = match key_text.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_str(key_text.to_owned()),
            };
            value = vm.get_item(value, key)?;
            rest = after.get(end + 1..).unwrap_or("");
        } else {
            break;
        }
    }
    let value = match conversion {
        Some("r") => {
            let r = vm.repr(value)?;
            vm.new_str(r)
        }
        Some("s") => {
            let r = vm.str(value)?;
            vm.new_str(r)
        }
        _ => value,
    };
    vm.format(value, spec)
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
    let sep = vm.str_arg(sep, "must be str, not")?;
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

fn rfind_index(vm: &mut Vm, receiver: Value, args: &Args, name: &str) -> RunResult<Option<usize>> {
    let [needle] = args.exact(name)?;
    let s = text(vm, receiver)?;
    let needle = vm.str_arg(needle, "must be str, not")?;
    Ok(s.rfind(&needle).map(|b| s[..b].chars().count()))
}

/// `str.rfind(sub)`.
pub(crate) fn rfind(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    Ok(Value::Int(
        rfind_index(vm, receiver, &args, "rfind")?.map_or(-1, |i| i as i64),
    ))
}

/// `str.rindex(sub)`.
pub(crate) fn rindex(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    match rfind_index(vm, receiver, &args, "rindex")? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(RunError::new(ExcKind::ValueError, "substring not found")),
    }
}

/// `str.rsplit(sep=None, maxsplit=-1)`.
pub(crate) fn rsplit(vm: &mut Vm, receiver: Value, mut args: Args) -> RunResult<Value> {
    let sep_kw = args.take_keyword(vm, "sep");
    let max_kw = args.take_keyword(vm, "maxsplit");
    let parts = args.between("rsplit", 0, 2)?.to_vec();
    let s = text(vm, receiver)?;
    let sep = parts
        .first()
        .copied()
        .or(sep_kw)
        .filter(|v| *v != Value::None);
    let maxsplit = match parts.get(1).copied().or(max_kw) {
        Some(v) => vm.int_arg(v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut pieces: Vec<String> = match sep {
        Some(sep) => {
            let sep = vm.str_arg(sep, "must be str or None, not")?;
            if sep.is_empty() {
                return Err(RunError::new(ExcKind::ValueError, "empty separator"));
            }
            s.rsplitn(limit.saturating_add(1), sep.as_str())
                .map(str::to_owned)
                .collect()
        }
        None => {
            let reversed: String = s.chars().rev().collect();
            split_whitespace(&reversed, limit)
                .into_iter()
                .map(|p| p.chars().rev().collect())
                .collect()
        }
    };
    pieces.reverse();
    let items = pieces.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
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

/// `str.encode(encoding="utf-8", errors="strict")`.
pub(crate) fn encode(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let bound = args.bind(vm, "encode", &["encoding", "errors"], 0)?;
    let s = text(vm, receiver)?;
    let encoding = match bound[0] {
        Some(v) => vm.str_arg(v, "encode() argument 'encoding'")?,
        None => "utf-8".to_owned(),
    };
    let errors = match bound[1] {
        Some(v) => vm.str_arg(v, "encode() argument 'errors'")?,
        None => "strict".to_owned(),
    };
    let data = crate::builtins::codecs::encode(&s, &encoding, &errors)?;
    Ok(vm.new_bytes(data))
}

/// `str.expandtabs(tabsize=8)`.
pub(crate) fn expandtabs(vm: &mut Vm, receiver: Value, mut args: Args) -> RunResult<Value> {
    let size_kw = args.take_keyword(vm, "tabsize");
    let parts = args.between("expandtabs", 0, 1)?.to_vec();
    let size = match parts.first().copied().or(size_kw) {
        Some(v) => vm.int_arg(v)?.max(0) as usize,
        None => 8,
    };
    let s = text(vm, receiver)?;
    let mut out = String::new();
    let mut column = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let pad = size - column % size;
                    out.push_str(&" ".repeat(pad));
                    column += pad;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}
