//! Methods shared by `bytes` and `bytearray` (results keep the receiver's type).
//! <https://docs.python.org/3/library/stdtypes.html#bytes-and-bytearray-operations>

use std::fmt::Write;

use crate::builtins::codecs;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::bytes::{find_bytes, rfind_bytes, BytesKind};
use crate::value::object::Object;
use crate::value::Value;

/// ASCII whitespace as `bytes.split()`/`strip()` see it.
pub(crate) const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

/// The receiver's kind and bytes.
pub(crate) fn data(vm: &Vm, receiver: Value) -> RunResult<(BytesKind, Vec<u8>)> {
    match (vm.bytes_kind(receiver), vm.buffer(receiver)) {
        (Some(kind), Some(b)) => Ok((kind, b.to_vec())),
        _ => Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "descriptor requires a 'bytes' object but received a '{}'",
                vm.type_name(receiver)
            ),
        )),
    }
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
pub(crate) fn bytes_arg(vm: &Vm, v: Value) -> RunResult<Vec<u8>> {
    vm.buffer(v).map(<[u8]>::to_vec).ok_or_else(|| {
        RunError::new(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", vm.type_name(v)),
        )
    })
}

/// A sub-sequence argument: bytes-like or an int in `range(256)`.
fn needle_arg(vm: &Vm, v: Value) -> RunResult<Vec<u8>> {
    if let Some(b) = vm.buffer(v) {
        return Ok(b.to_vec());
    }
    match vm.index_value(v) {
        Some(i) => u8::try_from(i)
            .map(|b| vec![b])
            .map_err(|_| RunError::new(ExcKind::ValueError, "byte must be in range(0, 256)")),
        None => Err(RunError::new(
            ExcKind::TypeError,
            format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(v)
            ),
        )),
    }
}

/// Resolves optional `start`/`end` arguments like a slice over `len` items.
pub(crate) fn span(
    vm: &Vm,
    start: Option<Value>,
    end: Option<Value>,
    len: usize,
) -> RunResult<(usize, usize)> {
    let clamp = |v: Option<Value>, default: usize| -> RunResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.index_value(v).ok_or_else(|| {
                    RunError::new(
                        ExcKind::TypeError,
                        "slice indices must be integers or None or have an __index__ method",
                    )
                })?;
                let len = len as i64;
                Ok((if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize)
            }
        }
    };
    Ok((clamp(start, 0)?, clamp(end, len)?))
}

fn make(vm: &mut Vm, kind: BytesKind, bytes: Vec<u8>) -> Value {
    vm.new_bytes_of(kind, bytes)
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
pub(crate) fn decode(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [encoding, errors] =
        <[Option<Value>; 2]>::try_from(args.bind(vm, "decode", &["encoding", "errors"], 0)?)
            .map_err(|_| RunError::internal("decode arity"))?;
    let encoding = match encoding {
        Some(v) => vm.str_arg(v, "decode() argument 'encoding'")?,
        None => "utf-8".to_owned(),
    };
    let errors = match errors {
        Some(v) => vm.str_arg(v, "decode() argument 'errors'")?,
        None => "strict".to_owned(),
    };
    let bytes = match vm.buffer(receiver) {
        Some(b) => b.to_vec(),
        None => data(vm, receiver)?.1,
    };
    if bytes.is_empty() {
        // CPython returns "" before looking the codec up.
        return Ok(vm.new_str(String::new()));
    }
    let text = codecs::decode(&bytes, &encoding, &errors)
        .map_err(|e| codecs::with_object(vm, e, |vm| vm.new_bytes(bytes.clone())))?;
    Ok(vm.new_str(text))
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`.
pub(crate) fn hex(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let bound = args.bind(vm, "hex", &["sep", "bytes_per_sep"], 0)?;
    let bytes = match vm.buffer(receiver) {
        Some(b) => b.to_vec(),
        None => data(vm, receiver)?.1,
    };
    let sep = match bound[0] {
        Some(v) => Some(hex_separator(vm, v)?),
        None => None,
    };
    let per = match bound[1] {
        Some(v) => vm.int_arg(v)?,
        None => 1,
    };
    let mut out = String::with_capacity(bytes.len() * 3);
    let group = per.unsigned_abs().max(1) as usize;
    for (i, b) in bytes.iter().enumerate() {
        if let Some(sep) = &sep {
            let boundary = if per < 0 {
                i > 0 && i % group == 0
            } else {
                i > 0 && (bytes.len() - i) % group == 0
            };
            if boundary {
                out.push_str(sep);
            }
        }
        let _ = write!(out, "{b:02x}");
    }
    Ok(vm.new_str(out))
}

/// The `sep` of `hex()`: one ASCII character, given as str or bytes.
fn hex_separator(vm: &Vm, v: Value) -> RunResult<String> {
    let text = match (vm.str_value(v), vm.buffer(v)) {
        (Some(s), _) => s,
        (None, Some(b)) => b.iter().map(|c| char::from(*c)).collect(),
        (None, None) => {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!("object of type '{}' has no len()", vm.type_name(v)),
            ))
        }
    };
    if text.chars().count() != 1 {
        return Err(RunError::new(ExcKind::ValueError, "sep must be length 1."));
    }
    if !text.is_ascii() {
        return Err(RunError::new(ExcKind::ValueError, "sep must be ASCII."));
    }
    Ok(text)
}

/// `bytes.fromhex(string)` (a classmethod: the receiver is the class).
pub(crate) fn fromhex(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [text] = args.exact("fromhex")?;
    let text = vm.str_arg(text, "fromhex() argument")?;
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return Err(RunError::new(
                    ExcKind::ValueError,
                    format!(
                        "non-hexadecimal number found in fromhex() arg at position {}",
                        i + 1
                    ),
                ))
            }
            _ => {
                return Err(RunError::new(
                    ExcKind::ValueError,
                    format!("non-hexadecimal number found in fromhex() arg at position {i}"),
                ))
            }
        }
        i += 2;
    }
    let kind = if receiver.as_obj() == Some(vm.types.bytearray) {
        BytesKind::ByteArray
    } else {
        BytesKind::Bytes
    };
    Ok(make(vm, kind, out))
}

/// `bytes.maketrans(from, to)` (a static method).
pub(crate) fn maketrans(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [from, to] = args.exact("maketrans")?;
    let (from, to) = (bytes_arg(vm, from)?, bytes_arg(vm, to)?);
    if from.len() != to.len() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

/// `bytes.translate(table, /, delete=b'')`.
pub(crate) fn translate(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    if args.positional.is_empty() {
        return Err(RunError::new(
            ExcKind::TypeError,
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    let bound = args.bind(vm, "translate", &["table", "delete"], 1)?;
    let (kind, bytes) = data(vm, receiver)?;
    let table = match bound[0] {
        Some(Value::None) | None => None,
        Some(v) => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(RunError::new(
                    ExcKind::ValueError,
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match bound[1] {
        Some(v) => bytes_arg(vm, v)?,
        None => Vec::new(),
    };
    let out = bytes
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(*b, |t| t[*b as usize]))
        .collect();
    Ok(make(vm, kind, out))
}

/// `(needle, start, end)` of the find family.
fn search_args(vm: &Vm, args: &Args, name: &str, len: usize) -> RunResult<(Vec<u8>, usize, usize)> {
    let parts = args.parse_tuple(name, 1, 3)?;
    let needle = needle_arg(vm, parts[0])?;
    let (start, end) = span(vm, parts.get(1).copied(), parts.get(2).copied(), len)?;
    Ok((needle, start, end))
}

fn find_in(
    vm: &Vm,
    receiver: Value,
    args: &Args,
    name: &str,
    last: bool,
) -> RunResult<Option<usize>> {
    let (_, bytes) = data(vm, receiver)?;
    let (needle, start, end) = search_args(vm, args, name, bytes.len())?;
    if start > end {
        return Ok(None);
    }
    let hay = &bytes[start..end];
    Ok(if last {
        rfind_bytes(hay, &needle)
    } else {
        find_bytes(hay, &needle, 0)
    }
    .map(|i| i + start))
}

/// `bytes.find(sub[, start[, end]])`.
pub(crate) fn find(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let found = find_in(vm, receiver, &args, "find", false)?;
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

/// `bytes.rfind(sub[, start[, end]])`.
pub(crate) fn rfind(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let found = find_in(vm, receiver, &args, "rfind", true)?;
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

/// `bytes.index(sub[, start[, end]])`.
pub(crate) fn index(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    match find_in(vm, receiver, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(RunError::new(ExcKind::ValueError, "subsection not found")),
    }
}

/// `bytes.rindex(sub[, start[, end]])`.
pub(crate) fn rindex(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    match find_in(vm, receiver, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(RunError::new(ExcKind::ValueError, "subsection not found")),
    }
}

/// `bytes.count(sub[, start[, end]])`.
pub(crate) fn count(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (_, bytes) = data(vm, receiver)?;
    let (needle, start, end) = search_args(vm, &args, "count", bytes.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = &bytes[start..end];
    let n = if needle.is_empty() {
        hay.len() + 1
    } else {
        let mut n = 0;
        let mut at = 0;
        while let Some(i) = find_bytes(hay, &needle, at) {
            n += 1;
            at = i + needle.len();
        }
        n
    };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, receiver: Value, args: &Args, name: &str, prefix: bool) -> RunResult<Value> {
    let (_, bytes) = data(vm, receiver)?;
    let parts = args.parse_tuple(name, 1, 3)?.to_vec();
    let (start, end) = span(
        vm,
        parts.get(1).copied(),
        parts.get(2).copied(),
        bytes.len(),
    )?;
    let (candidates, in_tuple) = match parts[0].as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items)) => (items.clone(), true),
        _ => (vec![parts[0]], false),
    };
    for c in candidates {
        let Some(c) = vm.buffer(c).map(<[u8]>::to_vec) else {
            let message = if in_tuple {
                format!("a bytes-like object is required, not '{}'", vm.type_name(c))
            } else {
                format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    vm.type_name(c)
                )
            };
            return Err(RunError::new(ExcKind::TypeError, message));
        };
        if start > end || start > bytes.len() {
            continue;
        }
        let hay = &bytes[start..end];
        if (prefix && hay.starts_with(&c)) || (!prefix && hay.ends_with(&c)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `bytes.startswith(prefix[, start[, end]])`.
pub(crate) fn startswith(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    affix(vm, receiver, &args, "startswith", true)
}

/// `bytes.endswith(suffix[, start[, end]])`.
pub(crate) fn endswith(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    affix(vm, receiver, &args, "endswith", false)
}

/// `(sep, maxsplit)` of `split`/`rsplit`.
fn split_args(vm: &mut Vm, args: &Args, name: &str) -> RunResult<(Option<Vec<u8>>, usize)> {
    let bound = args.bind(vm, name, &["sep", "maxsplit"], 0)?;
    let sep = match bound[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = bytes_arg(vm, v)?;
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

fn split_on(bytes: &[u8], sep: &[u8], limit: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut at = 0;
    while out.len() < limit {
        match find_bytes(bytes, sep, at) {
            Some(i) => {
                out.push(bytes[at..i].to_vec());
                at = i + sep.len();
            }
            None => break,
        }
    }
    out.push(bytes[at..].to_vec());
    out
}

fn split_ws(bytes: &[u8], limit: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let is_ws = |b: &u8| WHITESPACE.contains(b);
    loop {
        while i < bytes.len() && is_ws(&bytes[i]) {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        if out.len() == limit {
            out.push(bytes[i..].to_vec());
            break;
        }
        let start = i;
        while i < bytes.len() && !is_ws(&bytes[i]) {
            i += 1;
        }
        out.push(bytes[start..i].to_vec());
    }
    out
}

fn pieces_list(vm: &mut Vm, kind: BytesKind, pieces: Vec<Vec<u8>>) -> Value {
    let items = pieces.into_iter().map(|p| make(vm, kind, p)).collect();
    vm.new_list(items)
}

/// `bytes.split(sep=None, maxsplit=-1)`.
pub(crate) fn split(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (kind, bytes) = data(vm, receiver)?;
    let (sep, limit) = split_args(vm, &args, "split")?;
    let pieces = match sep {
        Some(sep) => split_on(&bytes, &sep, limit),
        None => split_ws(&bytes, limit),
    };
    Ok(pieces_list(vm, kind, pieces))
}

/// `bytes.rsplit(sep=None, maxsplit=-1)`.
pub(crate) fn rsplit(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (kind, mut bytes) = data(vm, receiver)?;
    let (sep, limit) = split_args(vm, &args, "rsplit")?;
    bytes.reverse();
    let mut pieces = match sep {
        Some(mut sep) => {
            sep.reverse();
            split_on(&bytes, &sep, limit)
        }
        None => split_ws(&bytes, limit),
    };
    for p in &mut pieces {
        p.reverse();
    }
    pieces.reverse();
    Ok(pieces_list(vm, kind, pieces))
}

/// `bytes.splitlines(keepends=False)`.
pub(crate) fn splitlines(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (kind, bytes) = data(vm, receiver)?;
    let bound = args.bind(vm, "splitlines", &["keepends"], 0)?;
    let keepends = match bound[0] {
        Some(v) => vm.int_arg(v)? != 0,
        None => false,
    };
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let eol = match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keepends { i + eol } else { i };
        pieces.push(bytes[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < bytes.len() {
        pieces.push(bytes[start..].to_vec());
    }
    Ok(pieces_list(vm, kind, pieces))
}

/// `bytes.join(iterable)`.
pub(crate) fn join(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let [iterable] = args.exact("join")?;
    let (kind, sep) = data(vm, receiver)?;
    if vm.get_iter(iterable).is_err() {
        return Err(RunError::new(
            ExcKind::TypeError,
            "can only join an iterable",
        ));
    }
    let items = vm.collect_values(iterable)?;
    let total = items
        .iter()
        .map(|v| vm.buffer(*v).map_or(0, <[u8]>::len))
        .fold(sep.len().saturating_mul(items.len()), usize::saturating_add);
    vm.reserve(total)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match vm.buffer(*item) {
            Some(b) => out.extend_from_slice(b),
            None => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        vm.type_name(*item)
                    ),
                ))
            }
        }
    }
    Ok(make(vm, kind, out))
}

fn strip_with(
    vm: &mut Vm,
    receiver: Value,
    args: &Args,
    name: &str,
    left: bool,
    right: bool,
) -> RunResult<Value> {
    let (kind, bytes) = data(vm, receiver)?;
    let chars = match args.between(name, 0, 1)?.first() {
        None | Some(Value::None) => WHITESPACE.to_vec(),
        Some(v) => bytes_arg(vm, *v)?,
    };
    let mut s: &[u8] = &bytes;
    if left {
        while s.first().is_some_and(|b| chars.contains(b)) {
            s = &s[1..];
        }
    }
    if right {
        while s.last().is_some_and(|b| chars.contains(b)) {
            s = &s[..s.len() - 1];
        }
    }
    let out = s.to_vec();
    Ok(make(vm, kind, out))
}

/// `bytes.strip([chars])`.
pub(crate) fn strip(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    strip_with(vm, receiver, &args, "strip", true, true)
}

/// `bytes.lstrip([chars])`.
pub(crate) fn lstrip(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    strip_with(vm, receiver, &args, "lstrip", true, false)
}

/// `bytes.rstrip([chars])`.
pub(crate) fn rstrip(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    strip_with(vm, receiver, &args, "rstrip", false, true)
}

/// `bytes.replace(old, new, count=-1)`.
pub(crate) fn replace(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (kind, bytes) = data(vm, receiver)?;
    let parts = args.between("replace", 2, 3)?.to_vec();
    let old = bytes_arg(vm, parts[0])?;
    let new = bytes_arg(vm, parts[1])?;
    let limit = match parts.get(2) {
        Some(v) => usize::try_from(vm.int_arg(*v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    let mut done = 0;
    if old.is_empty() {
        for (i, b) in bytes.iter().enumerate() {
            if i < limit {
                out.extend_from_slice(&new);
            }
            out.push(*b);
        }
        if bytes.len() < limit {
            out.extend_from_slice(&new);
        }
        return Ok(make(vm, kind, out));
    }
    while done < limit {
        let Some(i) = find_bytes(&bytes, &old, at) else {
            break;
        };
        out.extend_from_slice(&bytes[at..i]);
        out.extend_from_slice(&new);
        at = i + old.len();
        done += 1;
    }
    out.extend_from_slice(&bytes[at..]);
    Ok(make(vm, kind, out))
}

fn partition_at(
    vm: &mut Vm,
    receiver: Value,
    args: &Args,
    name: &str,
    last: bool,
) -> RunResult<Value> {
    let (kind, bytes) = data(vm, receiver)?;
    let [sep] = args.exact(name)?;
    let sep = bytes_arg(vm, sep)?;
    if sep.is_empty() {
        return Err(RunError::new(ExcKind::ValueError, "empty separator"));
    }
    let found = if last {
        rfind_bytes(&bytes, &sep)
    } else {
        find_bytes(&bytes, &sep, 0)
    };
    let parts = match found {
        Some(i) => [
            bytes[..i].to_vec(),
            sep.clone(),
            bytes[i + sep.len()..].to_vec(),
        ],
        None if last => [Vec::new(), Vec::new(), bytes.clone()],
        None => [bytes.clone(), Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| make(vm, kind, p)).collect();
    Ok(vm.new_tuple(items))
}

/// `bytes.partition(sep)`.
pub(crate) fn partition(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    partition_at(vm, receiver, &args, "partition", false)
}

/// `bytes.rpartition(sep)`.
pub(crate) fn rpartition(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    partition_at(vm, receiver, &args, "rpartition", true)
}

/// `bytes.removeprefix(prefix)`.
pub(crate) fn removeprefix(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (kind, bytes) = data(vm, receiver)?;
    let [prefix] = args.exact("removeprefix")?;
    let prefix = bytes_arg(vm, prefix)?;
    let out = bytes
        .strip_prefix(prefix.as_slice())
        .unwrap_or(&bytes)
        .to_vec();
    Ok(make(vm, kind, out))
}

/// `bytes.removesuffix(suffix)`.
pub(crate) fn removesuffix(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    let (kind, bytes) = data(vm, receiver)?;
    let [suffix] = args.exact("removesuffix")?;
    let suffix = bytes_arg(vm, suffix)?;
    let out = bytes
        .strip_suffix(suffix.as_slice())
        .unwrap_or(&bytes)
        .to_vec();
    Ok(make(vm, kind, out))
}
