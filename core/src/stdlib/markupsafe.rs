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
    let first = text.find(['&', '<', '>', '\'', '"'])?;
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first]);
    push_html(&mut out, &text[first..]);
    Some(out)
}

/// Appends `text` to `out` with `& < > ' "` replaced by markupsafe's entities.
pub(crate) fn push_html(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '\'', '"']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'\'' => "&#39;",
            _ => "&#34;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}
