//! `_json`: the string encoder of `json` in Rust, as CPython's `_json` C
//! accelerator provides it (`json.dumps` spends most of its time escaping
//! strings character by character otherwise). The document encoder is
//! `json_encode.rs`, the decoder `json_scan.rs`; the rest of `json` is Python
//! (`python/json.py`).

use std::fmt::Write as _;

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// The module (its functions are rows of the builtins table).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_json",
    constants: &[],
    init: None,
    python: None,
};

/// `_json.encode_basestring(s, ensure_ascii)`: `s` as a JSON string literal,
/// quotes included, escaped exactly as CPython's encoder does (`\n`, `\"`,
/// `\u001f`; with `ensure_ascii`, everything past `~` as `\uXXXX`, astral
/// characters as surrogate pairs).
pub(crate) fn encode_basestring(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [s, ensure_ascii] = args.exact("encode_basestring")?;
    let ensure_ascii = vm.truthy(ensure_ascii)?;
    let mut out = String::new();
    match s.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(text)) => push_escaped(&mut out, text.as_str(), ensure_ascii),
        _ => {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!("first argument must be a string, not {}", vm.type_name(s)),
            ))
        }
    }
    Ok(vm.new_str(out))
}

/// Whether byte `b` is copied as it is (no escape) into a JSON string literal.
fn is_plain(b: u8, ensure_ascii: bool) -> bool {
    b >= 0x20 && b != b'"' && b != b'\\' && (!ensure_ascii || b < 0x7f)
}

/// Appends the escaped literal of `text` (quotes included) to `out`: runs of
/// plain bytes are copied at once, as CPython's `escape_unicode` does.
pub(crate) fn push_escaped(out: &mut String, text: &str, ensure_ascii: bool) {
    out.reserve(text.len() + 2);
    out.push('"');
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if is_plain(b, ensure_ascii) {
            i += 1;
            continue;
        }
        out.push_str(text.get(run..i).unwrap_or(""));
        let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or('\0');
        push_escape(out, c);
        i += c.len_utf8();
        run = i;
    }
    out.push_str(text.get(run..).unwrap_or(""));
    out.push('"');
}

/// The escape of one character.
fn push_escape(out: &mut String, c: char) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        c => {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        }
    }
}
