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

impl Vm {
    /// `fmt % args`.
    pub(crate) fn percent_format(&mut self, fmt: &str, args: Value) -> RunResult<Value> {
        let mapping = matches!(
            args.as_obj().map(|id| self.heap.get(id)),
            Some(Object::Dict(_))
        );
        let items = match args.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => vec![args],
        };
        let mut next = 0usize;
        let mut out = String::new();
        let mut chars = fmt.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut key = None;
            if chars.peek() == Some(&'(') {
                chars.next();
                let name: String = chars.by_ref().take_while(|c| *c != ')').collect();
                key = Some(name);
            }
            let mut spec = Spec::default();
            while let Some(&flag) = chars.peek() {
                match flag {
                    '-' => spec.align = Some('<'),
                    '+' => spec.sign = Some('+'),
                    ' ' => spec.sign = spec.sign.or(Some(' ')),
                    '#' => spec.alternate = true,
                    '0' => spec.zero = true,
                    _ => break,
                }
                chars.next();
            }
            let mut width = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit() || **d == '*') {
                chars.next();
                if d == '*' {
                    let v = items
                        .get(next)
                        .copied()
                        .ok_or_else(|| type_error("not enough arguments for format string"))?;
                    next += 1;
                    width = self.int_arg(v)?.to_string();
                } else {
                    width.push(d);
                }
            }
            spec.width = width.parse().unwrap_or(0);
            if chars.peek() == Some(&'.') {
                chars.next();
                let mut precision = String::new();
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    chars.next();
                    precision.push(d);
                }
                spec.precision = Some(precision.parse().unwrap_or(0));
            }
            let Some(conversion) = chars.next() else {
                return Err(RunError::new(ExcKind::ValueError, "incomplete format"));
            };
            if conversion == '%' {
                out.push('%');
                continue;
            }
            let value = match &key {
                Some(k) if mapping => {
                    let key = self.new_str(k.clone());
                    self.get_item(args, key)?
                }
                _ => {
                    let v = items
                        .get(next)
                        .copied()
                        .ok_or_else(|| type_error("not enough arguments for format string"))?;
                    next += 1;
                    v
                }
            };
            if spec.align == Some('<') {
                spec.zero = false;
            }
            out.push_str(&self.percent_one(value, conversion, spec)?);
        }
        if !mapping && next < items.len() {
            return Err(type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Ok(self.new_str(out))
    }

    fn percent_one(&mut self, value: Value, conversion: char, mut spec: Spec) -> RunResult<String> {
        match conversion {
            's' | 'r' | 'a' => {
                let text = match conversion {
                    's' => self.str(value)?,
                    'r' => self.repr(value)?,
                    _ => super::format::ascii_escape(&self.repr(value)?),
                };
                spec.zero = false;
                spec.align = Some(spec.align.unwrap_or('>'));
                format_spec::format_str(&text, &spec)
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
                Ok(pad_printf(&spec, sign, digits))
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
                Ok(pad_printf(&spec, sign, digits))
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
                Ok(pad_printf(&spec, "", &text))
            }
            other => Err(RunError::new(
                ExcKind::ValueError,
                format!(
                    "unsupported format character '{other}' (0x{:x})",
                    u32::from(other)
                ),
            )),
        }
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
