//! `bytes`, `bytearray` and `memoryview`: the byte buffers and their protocol
//! operations (`+`, `*`, `in`, ordering, repr).
//!
//! `bytes` is `Object::Bytes(Vec<u8>)`, `bytearray` is `Object::ByteArray(Vec<u8>)`
//! (the same bytes, mutable in place), and a `memoryview` is a window
//! ([`MemoryView`]) onto one of them that reads the live buffer.

use serde::{Deserialize, Serialize};

use super::object::Object;
use super::{ObjId, Value};
use crate::compile::code::BinOp;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};

/// A `memoryview` of a `bytes` or `bytearray`: a contiguous window `start..stop`.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(crate) struct MemoryView {
    /// The viewed `bytes` / `bytearray`.
    pub source: ObjId,
    /// First byte of the window.
    pub start: usize,
    /// One past the last byte (clamped to the live length on every read).
    pub stop: usize,
    /// Whether `release()` was called (every operation then fails).
    pub released: bool,
}

/// Which of the byte types a result should be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BytesKind {
    /// `bytes`.
    Bytes,
    /// `bytearray`.
    ByteArray,
}

impl Vm {
    /// The bytes of a bytes-like value (`bytes`, `bytearray`, live `memoryview`).
    pub(crate) fn buffer(&self, v: Value) -> Option<&[u8]> {
        let id = v.as_obj()?;
        match self.heap.get(id) {
            Object::Bytes(b) | Object::ByteArray(b) => Some(b),
            Object::MemoryView(m) if !m.released => match self.heap.get(m.source) {
                Object::Bytes(b) | Object::ByteArray(b) => {
                    let stop = m.stop.min(b.len());
                    b.get(m.start.min(stop)..stop)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is a `bytes` or a `bytearray` (a memoryview is not: its
    /// methods are its own).
    pub(crate) fn bytes_kind(&self, v: Value) -> Option<BytesKind> {
        match self.heap.get(v.as_obj()?) {
            Object::Bytes(_) => Some(BytesKind::Bytes),
            Object::ByteArray(_) => Some(BytesKind::ByteArray),
            _ => None,
        }
    }

    /// A new `bytes`.
    pub(crate) fn new_bytes(&mut self, bytes: Vec<u8>) -> Value {
        Value::Obj(self.heap.alloc(Object::Bytes(bytes)))
    }

    /// A new `bytes` or `bytearray`, by `kind`.
    pub(crate) fn new_bytes_of(&mut self, kind: BytesKind, bytes: Vec<u8>) -> Value {
        Value::Obj(self.heap.alloc(match kind {
            BytesKind::Bytes => Object::Bytes(bytes),
            BytesKind::ByteArray => Object::ByteArray(bytes),
        }))
    }

    /// `a op b` when `a` or `b` is `bytes`/`bytearray`: `+`, `*`, `%`.
    pub(crate) fn bytes_binary(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> RunResult<Option<Value>> {
        let (ka, kb) = (self.bytes_kind(a), self.bytes_kind(b));
        if ka.is_none() && kb.is_none() {
            return Ok(None);
        }
        match (op, ka) {
            (BinOp::Add, Some(kind)) => {
                let Some(right) = self.buffer(b) else {
                    let name = if kind == BytesKind::Bytes {
                        "bytes"
                    } else {
                        "bytearray"
                    };
                    return Err(RunError::new(
                        ExcKind::TypeError,
                        format!("can't concat {} to {name}", self.type_name(b)),
                    ));
                };
                let joined = [self.buffer(a).unwrap_or_default(), right].concat();
                Ok(Some(self.new_bytes_of(kind, joined)))
            }
            (BinOp::Mul, _) => {
                let (seq, count) = if ka.is_some() { (a, b) } else { (b, a) };
                let kind = self.bytes_kind(seq).unwrap_or(BytesKind::Bytes);
                let n = match count {
                    Value::Int(i) => i,
                    Value::Bool(v) => i64::from(v),
                    _ => return Ok(None),
                };
                let unit = self.buffer(seq).unwrap_or_default();
                let n = usize::try_from(n).unwrap_or(0);
                self.reserve(unit.len().saturating_mul(n))?;
                let out = unit.repeat(n);
                Ok(Some(self.new_bytes_of(kind, out)))
            }
            (BinOp::Mod, Some(kind)) => {
                let template = self.buffer(a).unwrap_or_default().to_vec();
                let out = self.bytes_percent_format(&template, b)?;
                Ok(Some(self.new_bytes_of(kind, out)))
            }
            _ => Ok(None),
        }
    }

    /// `bytearray += other` / `bytearray *= n`, in place.
    pub(crate) fn bytearray_inplace(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
    ) -> RunResult<Option<Value>> {
        if self.bytes_kind(a) != Some(BytesKind::ByteArray)
            || !matches!(op, BinOp::Add | BinOp::Mul)
        {
            return Ok(None);
        }
        let Some(result) = self.bytes_binary(op, a, b)? else {
            return Ok(None);
        };
        let bytes = self.buffer(result).unwrap_or_default().to_vec();
        if let Some(Object::ByteArray(buf)) = a.as_obj().and_then(|id| self.heap.get_mut(id)) {
            *buf = bytes;
        }
        Ok(Some(a))
    }

    /// `item in container` for a bytes-like container: an int byte or a sub-sequence.
    pub(crate) fn bytes_contains(&self, container: Value, item: Value) -> RunResult<bool> {
        let hay = self.buffer(container).unwrap_or_default();
        if let Some(needle) = self.buffer(item) {
            return Ok(find_bytes(hay, needle, 0).is_some());
        }
        match self.index_value(item) {
            Some(i) if (0..256).contains(&i) => Ok(hay.contains(&(i as u8))),
            Some(_) => Err(RunError::new(
                ExcKind::ValueError,
                "byte must be in range(0, 256)",
            )),
            None => Err(RunError::new(
                ExcKind::TypeError,
                format!(
                    "a bytes-like object is required, not '{}'",
                    self.type_name(item)
                ),
            )),
        }
    }
}

/// The first index `>= from` where `needle` occurs in `hay`.
pub(crate) fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// The last index where `needle` occurs entirely inside `hay`.
pub(crate) fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// `repr(bytearray)`: `bytearray(b'...')`.
pub(crate) fn bytearray_repr(bytes: &[u8]) -> String {
    let repr = super::repr::bytes_repr(bytes);
    // CPython's bytearray repr escapes `'` even inside double quotes.
    let repr = if repr.starts_with("b\"") {
        let inner = &repr[2..repr.len() - 1];
        format!("b\"{}\"", inner.replace('\'', "\\'"))
    } else {
        repr
    };
    format!("bytearray({repr})")
}
