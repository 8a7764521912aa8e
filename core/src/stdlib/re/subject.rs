//! The string a pattern searches: its text (bytes read as latin-1, so that
//! code point offsets are byte offsets), and the mapping between the
//! engine's byte offsets and Python's code point offsets.

use std::borrow::Cow;

use super::engine::Spans;
use super::objects::Span;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// The text of `subject` for a str (`bytes_pattern` false) or bytes pattern,
/// and whether it is ASCII (byte offsets are code point offsets).
pub(crate) fn text(
    vm: &Vm,
    subject: Value,
    bytes_pattern: bool,
) -> RunResult<(Cow<'_, str>, bool)> {
    let object = subject.as_obj().map(|id| vm.heap.get(id));
    match object {
        Some(Object::Str(s)) => {
            if bytes_pattern {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "cannot use a bytes pattern on a string-like object",
                ));
            }
            Ok((Cow::Borrowed(s.as_str()), s.is_ascii()))
        }
        Some(Object::Bytes(b) | Object::ByteArray(b)) => {
            if !bytes_pattern {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    "cannot use a string pattern on a bytes-like object",
                ));
            }
            Ok(match std::str::from_utf8(b) {
                Ok(s) if s.is_ascii() => (Cow::Borrowed(s), true),
                _ => (
                    Cow::Owned(b.iter().map(|c| char::from(*c)).collect()),
                    false,
                ),
            })
        }
        _ => match vm.str_value(subject) {
            Some(s) if !bytes_pattern => {
                let ascii = s.is_ascii();
                Ok((Cow::Owned(s), ascii))
            }
            _ => Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "expected string or bytes-like object, got '{}'",
                    vm.type_name(subject)
                ),
            )),
        },
    }
}

/// Converts byte offsets of a text into code point offsets, moving a cursor
/// (matches come in order, so a scan costs the text's length once).
pub(crate) struct Offsets<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chr: usize,
}

impl<'a> Offsets<'a> {
    /// Offsets into `text`.
    pub(crate) fn new(text: &'a str, ascii: bool) -> Self {
        Offsets {
            text,
            ascii,
            byte: 0,
            chr: 0,
        }
    }

    /// The code point offset of byte offset `b`.
    pub(crate) fn char_of(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b >= self.byte {
            let n = self.text.get(self.byte..b).map_or(0, |s| s.chars().count());
            self.chr += n;
        } else {
            let n = self.text.get(b..self.byte).map_or(0, |s| s.chars().count());
            self.chr -= n;
        }
        self.byte = b;
        self.chr
    }

    /// Moves the cursor to a known pair of offsets (`byte` at code point `chr`).
    pub(crate) fn seek(&mut self, byte: usize, chr: usize) {
        self.byte = byte;
        self.chr = chr;
    }

    /// The byte offset of code point offset `c` (clamped to the text).
    pub(crate) fn byte_of(&self, c: usize) -> usize {
        if self.ascii {
            return c.min(self.text.len());
        }
        if c == 0 {
            return 0;
        }
        self.text
            .char_indices()
            .nth(c)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// The spans of a match in code points.
    pub(crate) fn spans(&mut self, spans: &Spans) -> Vec<Option<Span>> {
        spans
            .iter()
            .map(|s| {
                s.map(|(bs, be)| Span {
                    start: self.char_of(bs),
                    end: self.char_of(be),
                    byte_start: bs,
                    byte_end: be,
                })
            })
            .collect()
    }
}

/// Python's `pos`/`endpos` clamping: `(pos, endpos)` within `0..=len`,
/// `None` when `endpos < pos` (nothing can match).
pub(crate) fn window(pos: i64, endpos: i64, len: usize) -> Option<(usize, usize)> {
    let len_i = len as i64;
    let pos = pos.clamp(0, len_i) as usize;
    let endpos = endpos.clamp(0, len_i) as usize;
    (endpos >= pos).then_some((pos, endpos))
}

/// The length of `subject` in code points (bytes for bytes).
pub(crate) fn char_len(vm: &Vm, subject: Value) -> usize {
    match subject.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => s.char_len(),
        Some(Object::Bytes(b) | Object::ByteArray(b)) => b.len(),
        _ => vm.str_value(subject).map_or(0, |s| s.chars().count()),
    }
}

/// `subject[span]` as a new str or bytes.
pub(crate) fn slice(vm: &mut Vm, subject: Value, span: Span) -> Value {
    let object = subject.as_obj().map(|id| vm.heap.get(id));
    match object {
        Some(Object::Str(s)) => {
            let text = s
                .as_str()
                .get(span.byte_start..span.byte_end)
                .unwrap_or_default()
                .to_owned();
            vm.new_str(text)
        }
        Some(Object::Bytes(b) | Object::ByteArray(b)) => {
            let part = b.get(span.start..span.end).unwrap_or_default().to_vec();
            vm.new_bytes(part)
        }
        _ => {
            let text = vm.str_value(subject).unwrap_or_default();
            let part = text
                .get(span.byte_start..span.byte_end)
                .unwrap_or_default()
                .to_owned();
            vm.new_str(part)
        }
    }
}

/// The empty str or bytes, as the type of `subject`.
pub(crate) fn empty_like(vm: &mut Vm, bytes: bool) -> Value {
    if bytes {
        vm.new_bytes(Vec::new())
    } else {
        vm.new_str(String::new())
    }
}
