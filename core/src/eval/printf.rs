//! `str % args`: printf-style formatting.
//! <https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting>

use num_bigint::BigInt;
use num_traits::Signed;

use super::arith::Num;
use super::format_spec::{self, Spec};
use super::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;

fn type_error(message: impl Into<String>) -> RunError {
    RunError::new(ExcKind::TypeError, message)
}

/// Where `%` formatting writes: text for `str % x`, bytes for `bytes % x`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Str,
    Bytes,
}

impl Vm {
    /// `fmt % args`.
    pub(crate) fn percent_format(&mut self, fmt: &str, args: Value) -> RunResult<Value> {
        let out = self.percent_core(fmt, args, Target::Str)?;
        Ok(self.new_str(out))
    }

    /// `bytes % args`: the template and result travel as Latin-1 text.
    pub(crate) fn bytes_percent_format(&mut self, fmt: &[u8], args: Value) -> RunResult<Vec<u8>> {
        let text: String = fmt.iter().map(|b| char::from(*b)).collect();
        let out = self.percent_core(&text, args, Target::Bytes)?;
        Ok(out
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect())
    }

    fn percent_core(&mut self, fmt: &str, args: Value, target: Target) -> RunResult<String> {
        let obj = args.as_obj().map(|id| self.heap.get(id));
        let mapping = matches!(obj, Some(Object::Dict(_)))
            || (matches!(obj, Some(Object::Instance(_))) && self.has_dunder(args, "__getitem__"));
        let items = match args.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => vec![args],
        };
        let mut next = 0usize;
        let mut out = String::new();
        let chars: Vec<char> = fmt.chars().collect();
        let mut pos = 0usize;
        let take_arg = |next: &mut usize| -> RunResult<Value> {
            let v = items
                .get(*next)
                .copied()
                .ok_or_else(|| type_error("not enough arguments for format string"))?;
            *next += 1;
            Ok(v)
        };
        while let Some(&c) = chars.get(pos) {
            pos += 1;
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut key = None;
            if chars.get(pos) == Some(&'(') {
                let mut depth = 1;
                let begin = pos + 1;
                pos += 1;
                while depth > 0 {
                    match chars.get(pos) {
                        Some('(') => depth += 1,
                        Some(')') => depth -= 1,
                        Some(_) => {}
                        None => {
                            return Err(RunError::new(ExcKind::ValueError, "incomplete format key"))
                        }
                    }
                    pos += 1;
                }
                key = Some(chars[begin..pos - 1].iter().collect::<String>());
                if !mapping {
                    return Err(type_error("format requires a mapping"));
                }
            }
            let mut spec = Spec::default();
            while let Some(&flag) = chars.get(pos) {
                match flag {
                    '-' => spec.align = Some('<'),
                    '+' => spec.sign = Some('+'),
                    ' ' => spec.sign = spec.sign.or(Some(' ')),
                    '#' => spec.alternate = true,
                    '0' => spec.zero = true,
                    _ => break,
                }
                pos += 1;
            }
            if chars.get(pos) == Some(&'*') {
                pos += 1;
                let v = take_arg(&mut next)?;
                let w = self
                    .index_value(v)
                    .ok_or_else(|| type_error("* wants int"))?;
                if w < 0 {
                    spec.align = Some('<');
                }
                spec.width = usize::try_from(w.unsigned_abs()).unwrap_or(0);
            } else {
                let mut width = 0usize;
                while let Some(d) = chars.get(pos).and_then(|d| d.to_digit(10)) {
                    width = width.saturating_mul(10).saturating_add(d as usize);
                    pos += 1;
                }
                spec.width = width;
            }
            if chars.get(pos) == Some(&'.') {
                pos += 1;
                if chars.get(pos) == Some(&'*') {
                    pos += 1;
                    let v = take_arg(&mut next)?;
                    let p = self
                        .index_value(v)
                        .ok_or_else(|| type_error("* wants int"))?;
                    spec.precision = Some(usize::try_from(p.max(0)).unwrap_or(0));
                } else {
                    let mut precision = 0usize;
                    while let Some(d) = chars.get(pos).and_then(|d| d.to_digit(10)) {
                        precision = precision.saturating_mul(10).saturating_add(d as usize);
                        pos += 1;
                    }
                    spec.precision = Some(precision);
                }
            }
            while matches!(chars.get(pos), Some('h' | 'l' | 'L')) {
                pos += 1;
            }
            let Some(&conversion) = chars.get(pos) else {
                return Err(RunError::new(ExcKind::ValueError, "incomplete format"));
            };
            pos += 1;
            if conversion == '%' {
                out.push('%');
                continue;
            }
            let value = match &key {
                Some(k) => {
                    let key = if target == Target::Bytes {
                        let raw = k
                            .chars()
                            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                            .collect();
                        self.new_bytes(raw)
                    } else {
                        self.new_str(k.clone())
                    };
                    self.get_item(args, key)?
                }
                None => take_arg(&mut next)?,
            };
            if spec.align == Some('<') {
                spec.zero = false;
            }
            let piece = match self.percent_one(value, conversion, spec, target)? {
                Some(piece) => piece,
                None => {
                    return Err(RunError::new(
                        ExcKind::ValueError,
                        format!(
                            "unsupported format character '{conversion}' (0x{:x}) at index {}",
                            u32::from(conversion),
                            pos - 1
                        ),
                    ))
                }
            };
            out.push_str(&piece);
        }
        if !mapping && next < items.len() {
            let what = if target == Target::Bytes {
                "bytes"
            } else {
                "string"
            };
            return Err(type_error(format!(
                "not all arguments converted during {what} formatting"
            )));
        }
        Ok(out)
    }

    /// One conversion; `None` for an unknown conversion character.
    fn percent_one(
        &mut self,
        value: Value,
        conversion: char,
        mut spec: Spec,
        target: Target,
    ) -> RunResult<Option<String>> {
        Ok(Some(match conversion {
            's' | 'b' if target == Target::Bytes => {
                let Some(bytes) = self.buffer(value) else {
                    return Err(type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        self.type_name(value)
                    )));
                };
                let text: String = bytes.iter().map(|b| char::from(*b)).collect();
                spec.zero = false;
                spec.align = Some(spec.align.unwrap_or('>'));
                format_spec::format_str(&text, &spec)?
            }
            'c' if target == Target::Bytes => {
                let byte = match self.buffer(value) {
                    Some([b]) => Some(*b),
                    Some(_) => None,
                    None => self.index_value(value).and_then(|i| u8::try_from(i).ok()),
                }
                .ok_or_else(|| {
                    type_error("%c requires an integer in range(256) or a single byte")
                })?;
                pad_printf(&spec, "", &char::from(byte).to_string())
            }
            's' | 'r' | 'a' => {
                let text = match conversion {
                    's' => self.str(value)?,
                    'r' if target == Target::Str => self.repr(value)?,
                    _ => super::format::ascii_escape(&self.repr(value)?),
                };
                spec.zero = false;
                spec.align = Some(spec.align.unwrap_or('>'));
                format_spec::format_str(&text, &spec)?
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n: BigInt = match self.num(value) {
                    Some(Num::Int(i)) => BigInt::from(i),
                    Some(Num::Big(b)) => b,
                    Some(Num::Float(f)) if matches!(conversion, 'd' | 'i' | 'u') => {
                        num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()
                    }
                    _ => {
                        let what = if matches!(conversion, 'd' | 'i' | 'u') {
                            "a real number"
                        } else {
                            "an integer"
                        };
                        return Err(type_error(format!(
                            "%{conversion} format: {what} is required, not {}",
                            self.type_name(value)
                        )));
                    }
                };
                spec.kind = Some(match conversion {
                    'x' | 'X' | 'o' => conversion,
                    _ => 'd',
                });
                let precision = spec.precision.take();
                let mut text = format_spec::format_int(
                    n.is_negative(),
                    n.magnitude(),
                    &Spec {
                        width: 0,
                        ..spec.clone()
                    },
                )?;
                if let Some(p) = precision {
                    let (sign, digits) = split_sign(&text);
                    text = format!("{sign}{digits:0>p$}");
                }
                let (sign, digits) = split_sign(&text);
                pad_printf(&spec, sign, digits)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match self.num(value) {
                    Some(n) => super::arith::to_f64(&n)?,
                    None => {
                        return Err(type_error(format!(
                            "must be real number, not {}",
                            self.type_name(value)
                        )));
                    }
                };
                spec.kind = Some(conversion);
                spec.precision = Some(spec.precision.unwrap_or(6));
                let text = format_spec::format_float(
                    f,
                    &Spec {
                        width: 0,
                        ..spec.clone()
                    },
                )?;
                let (sign, digits) = split_sign(&text);
                pad_printf(&spec, sign, digits)
            }
            'c' => {
                let text = match self.num(value) {
                    Some(Num::Int(i)) => u32::try_from(i)
                        .ok()
                        .and_then(char::from_u32)
                        .map(String::from),
                    _ => self.str_value(value).filter(|s| s.chars().count() == 1),
                }
                .ok_or_else(|| type_error("%c requires int or char"))?;
                pad_printf(&spec, "", &text)
            }
            _ => return Ok(None),
        }))
    }
}

fn split_sign(text: &str) -> (&str, &str) {
    match text.chars().next() {
        Some('-' | '+' | ' ') => text.split_at(1),
        _ => ("", text),
    }
}

/// Width padding for `%`: left-justified with `-`, zero-filled after the sign with `0`.
fn pad_printf(spec: &Spec, sign: &str, body: &str) -> String {
    let len = sign.chars().count() + body.chars().count();
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let gap = spec.width - len;
    if spec.align == Some('<') {
        format!("{sign}{body}{}", " ".repeat(gap))
    } else if spec.zero {
        format!("{sign}{}{body}", "0".repeat(gap))
    } else {
        format!("{}{sign}{body}", " ".repeat(gap))
    }
}
