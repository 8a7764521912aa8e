//! `_json`: the string encoder of `json` in Rust, as CPython's `_json` C
//! accelerator provides it (`json.dumps` spends most of its time escaping
//! strings character by character otherwise). The rest of `json` is Python
//! (`python/json.py`).

use std::fmt::Write as _;

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

/// The module (its one function is a row of the builtins table).
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
    let Some(text) = vm.str_value(s) else {
        return Err(RunError::new(
            ExcKind::TypeError,
            format!("first argument must be a string, not {}", vm.type_name(s)),
        ));
    };
    let ensure_ascii = vm.truthy(ensure_ascii)?;
    Ok(vm.new_str(escape(&text, ensure_ascii)))
}

/// The escaped literal.
fn escape(text: &str, ensure_ascii: bool) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
