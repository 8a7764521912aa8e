//! `Pattern.sub`/`subn` and replacement templates (`\1`, `\g<name>`),
//! which CPython's own parser (run once per template, in `api.py`) turns
//! into literal pieces and group references, cached per process.

use std::sync::Arc;

use super::engine::{cached_template, remember_template, Key, TemplatePiece};
use super::objects::{pattern_of, Span};
use super::pattern::{find_many, receiver_pattern};
use super::subject;
use crate::eval::call::{Args, Called};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// A str or bytes result being built.
pub(crate) struct Output {
    bytes: bool,
    text: String,
    data: Vec<u8>,
}

impl Output {
    /// An empty result (bytes when `bytes`).
    pub(crate) fn new(bytes: bool) -> Self {
        Output {
            bytes,
            text: String::new(),
            data: Vec::new(),
        }
    }

    /// Appends `subject[span]`.
    fn push_span(&mut self, vm: &Vm, subject: Value, span: Span) {
        match subject.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Str(s)) => self.text.push_str(
                s.as_str()
                    .get(span.byte_start..span.byte_end)
                    .unwrap_or_default(),
            ),
            Some(Object::Bytes(b) | Object::ByteArray(b)) => self
                .data
                .extend_from_slice(b.get(span.start..span.end).unwrap_or_default()),
            _ => {
                let text = vm.str_value(subject).unwrap_or_default();
                self.text
                    .push_str(text.get(span.byte_start..span.byte_end).unwrap_or_default());
            }
        }
    }

    /// Appends template text (latin-1 for bytes).
    fn push_literal(&mut self, literal: &str) {
        if self.bytes {
            self.data.extend(literal.chars().map(|c| c as u32 as u8));
        } else {
            self.text.push_str(literal);
        }
    }

    /// Appends the expansion of `pieces` for a match with `spans`.
    pub(crate) fn expand(
        &mut self,
        vm: &Vm,
        pieces: &[TemplatePiece],
        subject: Value,
        spans: &[Option<Span>],
    ) {
        for piece in pieces {
            match piece {
                TemplatePiece::Literal(text) => self.push_literal(text),
                TemplatePiece::Group(g) => {
                    if let Some(span) = spans.get(*g).copied().flatten() {
                        self.push_span(vm, subject, span);
                    }
                }
            }
        }
    }

    /// The result as a Python value.
    pub(crate) fn finish(self, vm: &mut Vm) -> Value {
        if self.bytes {
            vm.new_bytes(self.data)
        } else {
            vm.new_str(self.text)
        }
    }
}

/// The cache key of pattern object `pattern`.
pub(crate) fn pattern_key(vm: &Vm, pattern: Value) -> Option<Key> {
    let p = pattern.as_obj().and_then(|id| pattern_of(vm, id))?;
    let source = source_bytes(vm, p.source)?;
    Some((source, p.spec.bytes, p.given_flags))
}

/// The bytes of a str (UTF-8) or bytes value.
pub(crate) fn source_bytes(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Some(s.as_str().as_bytes().to_vec()),
        Some(Object::Bytes(b)) => Some(b.clone()),
        _ => None,
    }
}

/// The parsed template `repl` of `pattern`: at once when it has no
/// backslash, from the cache otherwise (`None`: parse it in Python first).
pub(crate) fn template_for(
    vm: &Vm,
    pattern: Value,
    repl: Value,
) -> RunResult<Option<Arc<Vec<TemplatePiece>>>> {
    let bytes = pattern
        .as_obj()
        .and_then(|id| pattern_of(vm, id))
        .is_some_and(|p| p.spec.bytes);
    let raw = match repl.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) if !bytes => s.as_str().as_bytes().to_vec(),
        Some(Object::Bytes(b) | Object::ByteArray(b)) if bytes => b.clone(),
        _ => {
            let expected = if bytes {
                "expected a bytes-like object"
            } else {
                "expected str instance"
            };
            return Err(RunError::new(
                ExcKind::TypeError,
                format!("sequence item 0: {expected}, {} found", vm.type_name(repl)),
            ));
        }
    };
    if !raw.contains(&b'\\') {
        let text = if bytes {
            raw.iter().map(|b| char::from(*b)).collect()
        } else {
            String::from_utf8_lossy(&raw).into_owned()
        };
        return Ok(Some(Arc::new(vec![TemplatePiece::Literal(text)])));
    }
    Ok(pattern_key(vm, pattern).and_then(|key| cached_template(&key, &raw)))
}

/// `re._register_template(pattern, repl, items)`: stores a template parsed
/// by `_parser.parse_template` (items: literal str/bytes or group numbers).
pub(crate) fn register_template(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [pattern, repl, items] = args.exact("_register_template")?;
    let key =
        pattern_key(vm, pattern).ok_or_else(|| RunError::internal("template of a non-pattern"))?;
    let raw = source_bytes(vm, repl).ok_or_else(|| RunError::internal("template text"))?;
    let mut pieces = Vec::new();
    for item in vm.list_items(items)? {
        let piece = match item.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Str(s)) => TemplatePiece::Literal(s.as_str().to_owned()),
            Some(Object::Bytes(b)) => {
                TemplatePiece::Literal(b.iter().map(|c| char::from(*c)).collect())
            }
            _ => TemplatePiece::Group(usize::try_from(vm.int_arg(item)?).unwrap_or(0)),
        };
        pieces.push(piece);
    }
    remember_template(key, raw, pieces);
    Ok(Value::None)
}

/// [`Pattern.sub`](https://docs.python.org/3/library/re.html#re.Pattern.sub).
pub(crate) fn sub(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Called> {
    substitute(vm, receiver, &args, false)
}

/// [`Pattern.subn`](https://docs.python.org/3/library/re.html#re.Pattern.subn).
pub(crate) fn subn(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Called> {
    substitute(vm, receiver, &args, true)
}

/// `sub`/`subn`: a template replacement here, a callable one in Python.
fn substitute(vm: &mut Vm, receiver: Value, args: &Args, count_too: bool) -> RunResult<Called> {
    let name = if count_too { "subn" } else { "sub" };
    let (id, spec) = receiver_pattern(vm, receiver, name)?;
    let bound = super::pattern::bind(vm, args, name, &["repl", "string", "count"], 2)?;
    let repl = bound.first().copied().flatten().unwrap_or(Value::None);
    let string = bound.get(1).copied().flatten().unwrap_or(Value::None);
    let count_value = bound.get(2).copied().flatten().unwrap_or(Value::Int(0));
    let count = vm.int_arg(count_value)?;
    let is_text = matches!(
        repl.as_obj().map(|r| vm.heap.get(r)),
        Some(Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_))
    );
    let forward = vec![receiver, repl, string, count_value, Value::Bool(count_too)];
    if !is_text {
        let helper = super::python_helper(vm, "_sub_callable")?;
        return vm.call(helper, Args::positional(forward));
    }
    let Some(pieces) = template_for(vm, receiver, repl)? else {
        let helper = super::python_helper(vm, "_template_slow")?;
        return vm.call(helper, Args::positional(forward));
    };
    let len = subject::char_len(vm, string);
    let limit = match count {
        0 => None,
        n => Some(usize::try_from(n).unwrap_or(0)),
    };
    let found = find_many(vm, &spec, string, (0, len), limit)?;
    let byte_len = subject::text(vm, string, spec.bytes)?.0.len();
    let mut out = Output::new(spec.bytes);
    let mut last = (0, 0);
    for spans in &found {
        let Some(whole) = spans.first().copied().flatten() else {
            continue;
        };
        out.push_span(vm, string, between(last, whole.start, whole.byte_start));
        out.expand(vm, &pieces, string, spans);
        last = (whole.end, whole.byte_end);
    }
    out.push_span(vm, string, between(last, len, byte_len));
    let result = out.finish(vm);
    let _ = id;
    if count_too {
        let n = Value::Int(found.len() as i64);
        return Ok(Called::Value(vm.new_tuple(vec![result, n])));
    }
    Ok(Called::Value(result))
}

/// The span from `(char, byte)` position `from` to `end`.
fn between(from: (usize, usize), end: usize, byte_end: usize) -> Span {
    Span {
        start: from.0,
        end,
        byte_start: from.1,
        byte_end,
    }
}
