//! `_markupsafe_speedups`: the native half of `markupsafe` (as the C
//! `_speedups`): HTML-escaping a str in one pass. Escaping every value a
//! template prints is the hottest path of an autoescaping jinja2 render.

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// The module (its one function is a row of the builtins table).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_markupsafe_speedups",
    constants: &[],
    init: None,
    python: None,
};

/// `escape_str(s)`: `s` with `& < > ' "` replaced by `&amp; &lt; &gt; &#39; &#34;`
/// (markupsafe's entities); `s` itself when it has none of them.
pub(crate) fn escape_str(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [s] = args.exact("escape_str")?;
    let escaped = match s.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(text)) => match escape_html(text.as_str()) {
            Some(escaped) => escaped,
            None => return Ok(s),
        },
        _ => {
            return Err(RunError::new(
                ExcKind::TypeError,
                format!("escape_str() argument must be str, not {}", vm.type_name(s)),
            ))
        }
    };
    Ok(vm.new_str(escaped))
}

/// `text` with `& < > ' "` replaced by markupsafe's entities; `None` when it
/// has none of them (the caller keeps the original string).
pub(crate) fn escape_html(text: &str) -> Option<String> {
    let first = text.bytes().position(|b| entity(b).is_some())?;
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first]);
    push_html(&mut out, &text[first..]);
    Some(out)
}

/// The entity markupsafe writes for an HTML special byte.
fn entity(b: u8) -> Option<&'static str> {
    match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'\'' => Some("&#39;"),
        b'"' => Some("&#34;"),
        _ => None,
    }
}

/// Appends `text` to `out` with `& < > ' "` replaced by markupsafe's entities
/// (one pass over the bytes: the five are ASCII, so every cut is a char boundary).
pub(crate) fn push_html(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        if let Some(e) = entity(*b) {
            out.push_str(text.get(start..i).unwrap_or_default());
            out.push_str(e);
            start = i + 1;
        }
    }
    out.push_str(text.get(start..).unwrap_or_default());
}
