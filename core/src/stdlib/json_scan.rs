//! `_json.scan`: `json.loads`'s decoder in Rust, as CPython's `_json` C scanner
//! (`scanstring`, `make_scanner`) accelerates it: the document is parsed straight into
//! Python values, and a malformed one reports CPython's message and position, from which
//! `json.py` raises `JSONDecodeError`. Documents it does not handle (a lone surrogate
//! escape, an int past the 4300-digit limit)
//! go back to the Python decoder, which gives CPython's result or error for them.

use std::collections::HashMap;

use num_bigint::BigInt;

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

/// Why a document was not decoded here.
enum Stop {
    /// Malformed: CPython's message and the byte offset it points at.
    Error(&'static str, usize),
    /// Not handled here: the Python decoder takes over.
    Fallback,
    /// A failure of the interpreter (an allocation or hashing error).
    Run(RunError),
}

impl From<RunError> for Stop {
    fn from(e: RunError) -> Self {
        Stop::Run(e)
    }
}

type Scan<T> = Result<T, Stop>;

/// Nesting deeper than this raises `RecursionError`, as CPython's recursion limit does.
const MAX_DEPTH: usize = 990;
/// CPython's `sys.int_info.default_max_str_digits`.
const MAX_INT_DIGITS: usize = 4300;

/// `_json.scan(s, strict)`: `(0, value, None)`, `(1, message, char_position)` for a
/// malformed document, or `(2, None, None)` when the Python decoder must decide.
pub(crate) fn scan(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [s, strict] = args.exact("scan")?;
    let Some(text) = vm.str_value(s) else {
        return Err(RunError::new(ExcKind::TypeError, "scan() expects a str"));
    };
    let strict = vm.truthy(strict)?;
    let mut scanner = Scanner {
        vm,
        bytes: text.as_bytes(),
        strict,
        depth: 0,
        keys: HashMap::default(),
    };
    let outcome = scanner.document();
    let (status, a, b) = match outcome {
        Ok(v) => (0, v, Value::None),
        Err(Stop::Error(msg, byte)) => {
            let pos = text.get(..byte).map_or(byte, |t| t.chars().count());
            let msg = vm.new_str(msg.to_owned());
            (1, msg, Value::Int(i64::try_from(pos).unwrap_or(i64::MAX)))
        }
        Err(Stop::Fallback) => (2, Value::None, Value::None),
        Err(Stop::Run(e)) => return Err(e),
    };
    Ok(vm.new_tuple(vec![Value::Int(status), a, b]))
}

struct Scanner<'a> {
    vm: &'a mut Vm,
    bytes: &'a [u8],
    strict: bool,
    depth: usize,
    /// Object keys seen so far, each one `str` with its hash (CPython's
    /// scanner `memo`): a key repeated in every record is allocated once, and
    /// within one object equal keys are the same object.
    keys: HashMap<String, (Value, i64), rustc_hash::FxBuildHasher>,
}

impl Scanner<'_> {
    /// `JSONDecoder.decode`: one value between optional whitespace.
    fn document(&mut self) -> Scan<Value> {
        let idx = self.skip(0);
        let (value, idx) = self.value_or_expecting(idx)?;
        let idx = self.skip(idx);
        if idx != self.bytes.len() {
            return Err(Stop::Error("Extra data", idx));
        }
        Ok(value)
    }

    fn skip(&self, mut idx: usize) -> usize {
        while matches!(self.bytes.get(idx), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            idx += 1;
        }
        idx
    }

    fn starts(&self, idx: usize, word: &[u8]) -> bool {
        self.bytes.get(idx..idx + word.len()) == Some(word)
    }

    /// A value at `idx`, or "Expecting value" there.
    fn value_or_expecting(&mut self, idx: usize) -> Scan<(Value, usize)> {
        self.value(idx)?.ok_or(Stop::Error("Expecting value", idx))
    }

    /// The value starting at `idx`, `None` if none starts there.
    fn value(&mut self, idx: usize) -> Scan<Option<(Value, usize)>> {
        let Some(&c) = self.bytes.get(idx) else {
            return Ok(None);
        };
        let found = match c {
            b'"' => {
                let (s, end) = self.string(idx + 1)?;
                (self.vm.new_str(s), end)
            }
            b'{' => self.nested("object", |s| s.object(idx + 1))?,
            b'[' => self.nested("array", |s| s.array(idx + 1))?,
            b'n' if self.starts(idx, b"null") => (Value::None, idx + 4),
            b't' if self.starts(idx, b"true") => (Value::Bool(true), idx + 4),
            b'f' if self.starts(idx, b"false") => (Value::Bool(false), idx + 5),
            b'N' if self.starts(idx, b"NaN") => (Value::Float(f64::NAN), idx + 3),
            b'I' if self.starts(idx, b"Infinity") => (Value::Float(f64::INFINITY), idx + 8),
            b'-' if self.starts(idx, b"-Infinity") => (Value::Float(f64::NEG_INFINITY), idx + 9),
            b'-' | b'0'..=b'9' => return self.number(idx),
            _ => return Ok(None),
        };
        Ok(Some(found))
    }

    /// A container, within CPython's recursion limit.
    fn nested(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Self) -> Scan<(Value, usize)>,
    ) -> Scan<(Value, usize)> {
        if self.depth >= MAX_DEPTH {
            return Err(Stop::Run(RunError::new(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            )));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    fn digits(&self, mut idx: usize) -> usize {
        while self.bytes.get(idx).is_some_and(u8::is_ascii_digit) {
            idx += 1;
        }
        idx
    }

    /// A number (`_number` in `json.py`, CPython's `_match_number_unicode`).
    fn number(&mut self, start: usize) -> Scan<Option<(Value, usize)>> {
        let mut idx = start;
        if self.bytes.get(idx) == Some(&b'-') {
            idx += 1;
        }
        match self.bytes.get(idx) {
            Some(b'0') => idx += 1,
            Some(b'1'..=b'9') => idx = self.digits(idx),
            _ => return Ok(None),
        }
        let mut is_float = false;
        if self.bytes.get(idx) == Some(&b'.')
            && self.bytes.get(idx + 1).is_some_and(u8::is_ascii_digit)
        {
            is_float = true;
            idx = self.digits(idx + 1);
        }
        if matches!(self.bytes.get(idx), Some(b'e' | b'E')) {
            let mut j = idx + 1;
            if matches!(self.bytes.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if self.bytes.get(j).is_some_and(u8::is_ascii_digit) {
                is_float = true;
                idx = self.digits(j);
            }
        }
        let text = std::str::from_utf8(&self.bytes[start..idx]).map_err(|_| Stop::Fallback)?;
        let value = if is_float {
            Value::Float(text.parse::<f64>().map_err(|_| Stop::Fallback)?)
        } else if let Ok(i) = text.parse::<i64>() {
            Value::Int(i)
        } else {
            if text.len() > MAX_INT_DIGITS {
                return Err(Stop::Fallback);
            }
            let big: BigInt = text.parse().map_err(|_| Stop::Fallback)?;
            self.vm.int_value(big)
        };
        Ok(Some((value, idx)))
    }

    /// The string whose opening quote is just before `idx` (`scanstring`).
    fn string(&mut self, mut idx: usize) -> Scan<(String, usize)> {
        let begin = idx - 1;
        let mut out = String::new();
        loop {
            let start = idx;
            while let Some(&c) = self.bytes.get(idx) {
                if c == b'"' || c == b'\\' {
                    break;
                }
                if self.strict && c < 0x20 {
                    return Err(Stop::Error("Invalid control character at", idx));
                }
                idx += 1;
            }
            let Some(&c) = self.bytes.get(idx) else {
                return Err(Stop::Error("Unterminated string starting at", begin));
            };
            out.push_str(std::str::from_utf8(&self.bytes[start..idx]).map_err(|_| Stop::Fallback)?);
            if c == b'"' {
                return Ok((out, idx + 1));
            }
            idx += 1;
            let Some(&esc) = self.bytes.get(idx) else {
                return Err(Stop::Error("Unterminated string starting at", begin));
            };
            if esc == b'u' {
                idx = self.unicode_escape(idx, &mut out)?;
                continue;
            }
            out.push(match esc {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(Stop::Error("Invalid \\escape", idx - 1)),
            });
            idx += 1;
        }
    }

    /// `\uXXXX` (a surrogate pair as one character) at the `u` at `idx`; the index after it.
    fn unicode_escape(&self, idx: usize, out: &mut String) -> Scan<usize> {
        let mut uni = self.hex4(idx + 1)?;
        let mut end = idx + 5;
        if (0xd800..=0xdbff).contains(&uni) && self.starts(end, b"\\u") {
            let low = self.hex4(end + 2)?;
            if (0xdc00..=0xdfff).contains(&low) {
                uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00));
                end += 6;
            }
        }
        // A lone surrogate is not a Rust char: the Python decoder handles it.
        out.push(char::from_u32(uni).ok_or(Stop::Fallback)?);
        Ok(end)
    }

    fn hex4(&self, pos: usize) -> Scan<u32> {
        let hex = self
            .bytes
            .get(pos..pos + 4)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .ok_or(Stop::Error("Invalid \\uXXXX escape", pos - 1))?;
        let text = std::str::from_utf8(hex).map_err(|_| Stop::Fallback)?;
        u32::from_str_radix(text, 16).map_err(|_| Stop::Fallback)
    }

    /// An object whose `{` is just before `idx`.
    fn object(&mut self, idx: usize) -> Scan<(Value, usize)> {
        let dict = self.vm.new_dict();
        let mut idx = self.skip(idx);
        if self.bytes.get(idx) == Some(&b'}') {
            return Ok((dict, idx + 1));
        }
        loop {
            if self.bytes.get(idx) != Some(&b'"') {
                return Err(Stop::Error(
                    "Expecting property name enclosed in double quotes",
                    idx,
                ));
            }
            let (key, after) = self.string(idx + 1)?;
            idx = self.skip(after);
            if self.bytes.get(idx) != Some(&b':') {
                return Err(Stop::Error("Expecting ':' delimiter", idx));
            }
            idx = self.skip(idx + 1);
            let (value, after) = self.value_or_expecting(idx)?;
            self.insert(dict, key, value)?;
            idx = self.skip(after);
            match self.bytes.get(idx) {
                Some(b'}') => return Ok((dict, idx + 1)),
                Some(b',') => idx = self.skip(idx + 1),
                _ => return Err(Stop::Error("Expecting ',' delimiter", idx)),
            }
        }
    }

    /// `dict[key] = value` for a dict built here: its keys all come from the
    /// memo, so equal keys are identical and hashes are computed once.
    fn insert(&mut self, dict: Value, key: String, value: Value) -> Scan<()> {
        let (key, hash) = match self.keys.get(&key) {
            Some(found) => *found,
            None => {
                let hash = crate::value::hash::hash_str(&key);
                let v = self.vm.new_str(key.clone());
                self.keys.insert(key, (v, hash));
                (v, hash)
            }
        };
        let Some(Object::Dict(d)) = dict.as_obj().and_then(|id| self.vm.heap.get_mut(id)) else {
            return Err(Stop::Run(RunError::internal("json object is not a dict")));
        };
        match d.find(hash, |k| k.is(key)) {
            Some(ix) => d.set_value(ix, value),
            None => {
                d.insert_new(hash, key, value);
                self.vm.heap.note_growth(40);
            }
        }
        Ok(())
    }

    /// An array whose `[` is just before `idx`.
    fn array(&mut self, idx: usize) -> Scan<(Value, usize)> {
        let mut items = Vec::new();
        let mut idx = self.skip(idx);
        if self.bytes.get(idx) == Some(&b']') {
            return Ok((self.vm.new_list(items), idx + 1));
        }
        loop {
            let (value, after) = self.value_or_expecting(idx)?;
            items.push(value);
            idx = self.skip(after);
            match self.bytes.get(idx) {
                Some(b']') => return Ok((self.vm.new_list(items), idx + 1)),
                Some(b',') => idx = self.skip(idx + 1),
                _ => return Err(Stop::Error("Expecting ',' delimiter", idx)),
            }
        }
    }
}

/// `json.loads(text)` for a Rust caller (the native request path,
/// `lambda/native/`): the value, or `None` when the document is malformed or
/// needs the Python decoder (which then gives CPython's result or error).
pub(crate) fn loads(vm: &mut Vm, text: &str) -> RunResult<Option<Value>> {
    let mut scanner = Scanner {
        vm,
        bytes: text.as_bytes(),
        strict: true,
        depth: 0,
        keys: HashMap::default(),
    };
    match scanner.document() {
        Ok(value) => Ok(Some(value)),
        Err(Stop::Error(..) | Stop::Fallback) => Ok(None),
        Err(Stop::Run(e)) => Err(e),
    }
}
