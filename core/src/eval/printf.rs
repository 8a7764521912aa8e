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
        Ok(latin1(&out))
    }

    fn percent_core(&mut self, fmt: &str, args: Value, target: Target) -> RunResult<String> {
        let obj = args.as_obj().map(|id| self.heap.get(id));
        let mapping = matches!(obj, Some(Object::Dict(_)))
            || (matches!(obj, Some(Object::Instance(_))) && self.has_dunder(args, "__getitem__"));
        let items = match args.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => vec![args],
        };
        let mut queue = ArgQueue { items, next: 0 };
        let mut used_key = false;
        let mut out = String::new();
        let mut cursor = Cursor {
            chars: fmt.chars().collect(),
            pos: 0,
        };
        while let Some(c) = cursor.bump() {
            if c != '%' {
                out.push(c);
                continue;
            }
            // Only `%%` is a literal `%`: after a key, flag or width a `%`
            // is a conversion like any other (unsupported, once its
            // argument is taken), as in CPython.
            if cursor.eat('%') {
                out.push('%');
                continue;
            }
            let key = cursor.mapping_key()?;
            if key.is_some() && !mapping {
                return Err(type_error("format requires a mapping"));
            }
            let mut spec = cursor.flags();
            self.percent_width(&mut cursor, &mut queue, &mut spec)?;
            self.reserve(spec.width.saturating_add(spec.precision.unwrap_or(0)))?;
            let Some(conversion) = cursor.bump() else {
                return Err(RunError::new(ExcKind::ValueError, "incomplete format"));
            };
            let value = match &key {
                Some(k) => {
                    let key = if target == Target::Bytes {
                        self.new_bytes(latin1(k))
                    } else {
                        self.new_str(k.clone())
                    };
                    self.get_item(args, key)?
                }
                None if used_key => {
                    // After a `%(key)` CPython has no positional argument left.
                    return Err(type_error("not enough arguments for format string"));
                }
                None => queue.take()?,
            };
            used_key |= key.is_some();
            if spec.align == Some('<') {
                spec.zero = false;
            }
            let Some(piece) = self.percent_one(value, conversion, spec, target)? else {
                return Err(RunError::new(
                    ExcKind::ValueError,
                    format!(
                        "unsupported format character '{conversion}' (0x{:x}) at index {}",
                        u32::from(conversion),
                        cursor.pos - 1
                    ),
                ));
            };
            out.push_str(&piece);
        }
        if !mapping && queue.next < queue.items.len() {
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

    /// `width` and `.precision` (either may be `*`, taken from the arguments).
    fn percent_width(
        &self,
        cursor: &mut Cursor,
        queue: &mut ArgQueue,
        spec: &mut Spec,
    ) -> RunResult<()> {
        if cursor.eat('*') {
            let w = self.star_arg(queue.take()?)?;
            if w < 0 {
                spec.align = Some('<');
            }
            spec.width = usize::try_from(w.unsigned_abs()).unwrap_or(0);
        } else {
            spec.width = cursor.number();
        }
        if cursor.eat('.') {
            spec.precision = Some(if cursor.eat('*') {
                usize::try_from(self.star_arg(queue.take()?)?.max(0)).unwrap_or(0)
            } else {
                cursor.number()
            });
        }
        while matches!(cursor.peek(), Some('h' | 'l' | 'L')) {
            cursor.pos += 1;
        }
        Ok(())
    }

    fn star_arg(&self, v: Value) -> RunResult<i64> {
        self.index_value(v).ok_or_else(|| type_error("* wants int"))
    }

    /// `%s`/`%b`/`%c` of `bytes % args`: buffers and single bytes, no `str()`.
    fn percent_bytes(&self, value: Value, conversion: char, mut spec: Spec) -> RunResult<String> {
        Ok(match conversion {
            's' | 'b' => {
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
            _ => {
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
        })
    }

    /// A user object converted as CPython's numeric conversions do: `%d`
    /// through `__int__`/`__index__`, `%x`/`%o`/`%c` through `__index__`,
    /// `%f`-style through `__float__`/`__index__`; anything else unchanged.
    fn percent_number(&mut self, value: Value, conversion: char) -> RunResult<Value> {
        if !self.is_user_object(value) {
            return Ok(value);
        }
        let first = match conversion {
            'd' | 'i' | 'u' => self.user_conversion(value, "__int__", "int")?,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                self.user_conversion(value, "__float__", "float")?
            }
            'x' | 'X' | 'o' | 'c' => None,
            _ => return Ok(value),
        };
        match first {
            Some(v) => Ok(v),
            None => self.user_index(value),
        }
    }

    /// `%c` of `str % args`: a code point (in range) or a one-character str.
    fn percent_char(&self, value: Value, spec: &Spec) -> RunResult<String> {
        let text = match self.num(value) {
            Some(Num::Int(i)) => Some(
                u32::try_from(i)
                    .ok()
                    .and_then(char::from_u32)
                    .map(String::from)
                    .ok_or_else(|| {
                        RunError::new(ExcKind::OverflowError, "%c arg not in range(0x110000)")
                    })?,
            ),
            _ => self.str_value(value).filter(|s| s.chars().count() == 1),
        }
        .ok_or_else(|| type_error("%c requires int or char"))?;
        Ok(pad_printf(spec, "", &text))
    }

    /// One conversion; `None` for an unknown conversion character.
    fn percent_one(
        &mut self,
        value: Value,
        conversion: char,
        mut spec: Spec,
        target: Target,
    ) -> RunResult<Option<String>> {
        if target == Target::Bytes && matches!(conversion, 's' | 'b' | 'c') {
            return self.percent_bytes(value, conversion, spec).map(Some);
        }
        let value = self.percent_number(value, conversion)?;
        Ok(Some(match conversion {
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
                    "int",
                )?;
                if let Some(p) = precision {
                    let (sign, digits) = split_sign(&text);
                    let (prefix, digits) = match digits.get(..2) {
                        Some("0x" | "0X" | "0o") => digits.split_at(2),
                        _ => ("", digits),
                    };
                    text = format!("{sign}{prefix}{digits:0>p$}");
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
            'c' => self.percent_char(value, &spec)?,
            _ => return Ok(None),
        }))
    }
}

/// The arguments of a `%` format, consumed left to right.
struct ArgQueue {
    items: Vec<Value>,
    next: usize,
}

impl ArgQueue {
    fn take(&mut self) -> RunResult<Value> {
        let v = self
            .items
            .get(self.next)
            .copied()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }
}

/// A position in the format string.
struct Cursor {
    chars: Vec<char>,
    pos: usize,
}

impl Cursor {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.pos += 1;
        }
        hit
    }

    /// A run of decimal digits (0 when there is none).
    fn number(&mut self) -> usize {
        let mut n = 0usize;
        while let Some(d) = self.peek().and_then(|d| d.to_digit(10)) {
            n = n.saturating_mul(10).saturating_add(d as usize);
            self.pos += 1;
        }
        n
    }

    /// `(name)` after `%`, with nested parentheses.
    fn mapping_key(&mut self) -> RunResult<Option<String>> {
        if !self.eat('(') {
            return Ok(None);
        }
        let begin = self.pos;
        let mut depth = 1;
        while depth > 0 {
            match self.bump() {
                Some('(') => depth += 1,
                Some(')') => depth -= 1,
                Some(_) => {}
                None => return Err(RunError::new(ExcKind::ValueError, "incomplete format key")),
            }
        }
        Ok(Some(self.chars[begin..self.pos - 1].iter().collect()))
    }

    /// The conversion flags `-+ #0`.
    fn flags(&mut self) -> Spec {
        let mut spec = Spec::default();
        while let Some(flag) = self.peek() {
            match flag {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => spec.sign = spec.sign.or(Some(' ')),
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        spec
    }
}

/// Text whose characters are all below U+0100 as Latin-1 bytes.
fn latin1(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect()
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
