//! `float.hex()`, `float.fromhex()` and parsing `complex("1+2j")`.

use crate::eval::arith::Num;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`.
pub(crate) fn hex(vm: &mut Vm, receiver: Value, args: Args) -> RunResult<Value> {
    args.exact::<0>("float.hex")?;
    let Some(Num::Float(f)) = vm.num(receiver) else {
        return Err(RunError::new(
            ExcKind::TypeError,
            "descriptor requires a 'float' object",
        ));
    };
    Ok(vm.new_str(float_hex(f)))
}

fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = bits & ((1 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{mantissa:013x}p{exp:+}")
}

/// `float.fromhex(string)` (a classmethod).
pub(crate) fn fromhex(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [text] = args.exact("fromhex")?;
    let text = vm.str_value(text).ok_or_else(|| {
        RunError::new(
            ExcKind::TypeError,
            "bad argument type for built-in operation",
        )
    })?;
    let value = parse_hex_float(&text).ok_or_else(|| {
        RunError::new(
            ExcKind::ValueError,
            "invalid hexadecimal floating-point string",
        )
    })?;
    let literal_inf = text.to_ascii_lowercase().contains("inf");
    if value.is_infinite() && !literal_inf {
        return Err(RunError::new(
            ExcKind::OverflowError,
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(Value::Float(value))
}

/// `value * 2**exp` without the intermediate power overflowing (`ldexp`).
fn ldexp(mut value: f64, mut exp: i32) -> f64 {
    while exp > 1000 {
        value *= 2f64.powi(1000);
        exp -= 1000;
    }
    while exp < -1000 {
        value *= 2f64.powi(-1000);
        exp += 1000;
    }
    value * 2f64.powi(exp)
}

fn parse_hex_float(text: &str) -> Option<f64> {
    let t = text.trim().to_ascii_lowercase();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.to_owned()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_owned()),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    match t.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    let body = t.strip_prefix("0x").unwrap_or(&t);
    let (mantissa, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut value = 0.0f64;
    for c in int_part.chars() {
        value = value * 16.0 + f64::from(c.to_digit(16)?);
    }
    let mut scale = 1.0 / 16.0;
    for c in frac_part.chars() {
        value += f64::from(c.to_digit(16)?) * scale;
        scale /= 16.0;
    }
    let exp = i32::try_from(exp.clamp(-5000, 5000)).ok()?;
    Some(sign * ldexp(value, exp))
}

/// Parses `complex("1+2j")`: `real`, `imagj`, `real±imagj`, optionally in parentheses.
pub(crate) fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let t = crate::value::str::ascii_digits(text);
    let t = match t.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim().to_owned(),
        None => t,
    };
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return parse_real(&t).map(|re| (re, 0.0));
    };
    // Split before the last sign that is not part of an exponent.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => Some((parse_real(&body[..i])?, parse_imag(&body[i..])?)),
        None => Some((0.0, parse_imag(body)?)),
    }
}

fn parse_imag(text: &str) -> Option<f64> {
    match text {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        other => parse_real(other),
    }
}

fn parse_real(text: &str) -> Option<f64> {
    let lower = text.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    let valid = matches!(unsigned, "inf" | "infinity" | "nan")
        || (!unsigned.is_empty()
            && unsigned
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_')));
    if !valid || text.contains("__") || text.starts_with('_') || text.ends_with('_') {
        return None;
    }
    text.replace('_', "").parse::<f64>().ok()
}
