//! The format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`).
//! <https://docs.python.org/3/library/string.html#formatspec>

use crate::exc::{ops, ExcKind, RunError, RunResult};
use crate::value::repr::float_repr;

/// A parsed `[[fill]align][sign][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, Default)]
pub(crate) struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: a negative zero result loses its sign (floats only).
    pub coerce_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

/// Parses a spec; `ValueError` on malformed input.
pub(crate) fn parse(spec: &str, type_name: &str) -> RunResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if chars.first().is_some_and(|c| is_align(*c)) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c) = chars.get(i).filter(|c| matches!(c, '+' | '-' | ' ')) {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        s.coerce_zero = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while chars.get(i).is_some_and(char::is_ascii_digit) {
        i += 1;
    }
    s.width = chars[start..i]
        .iter()
        .collect::<String>()
        .parse()
        .unwrap_or(0);
    if let Some(&c) = chars.get(i).filter(|c| matches!(c, ',' | '_')) {
        s.grouping = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while chars.get(i).is_some_and(char::is_ascii_digit) {
            i += 1;
        }
        if start == i {
            return Err(RunError::new(
                ExcKind::ValueError,
                "Format specifier missing precision",
            ));
        }
        s.precision = chars[start..i].iter().collect::<String>().parse().ok();
    }
    if let Some(&c) = chars.get(i) {
        s.kind = Some(c);
        i += 1;
    }
    if i != chars.len() {
        return Err(ops::invalid_format_spec(spec, type_name));
    }
    Ok(s)
}

/// Pads `body` (with its sign prefix already split off) to the spec's width.
fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() {
        '='
    } else {
        default_align
    });
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let gap = spec.width - len;
    let fill_str = |n: usize| fill.to_string().repeat(n);
    match align {
        '<' => format!("{sign}{body}{}", fill_str(gap)),
        '^' => format!(
            "{}{sign}{body}{}",
            fill_str(gap / 2),
            fill_str(gap - gap / 2)
        ),
        '=' => format!("{sign}{}{body}", fill_str(gap)),
        _ => format!("{}{sign}{body}", fill_str(gap)),
    }
}

/// Inserts a grouping separator every `every` digits of the integer part.
fn group(digits: &str, sep: char, every: usize) -> String {
    let (int_part, rest) = match digits.find(|c: char| !c.is_ascii_alphanumeric()) {
        Some(i) => digits.split_at(i),
        None => (digits, ""),
    };
    let mut out = String::new();
    let n = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out.push_str(rest);
    out
}

fn sign_prefix(spec: &Spec, negative: bool) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `format(s, spec)` for a str.
pub(crate) fn format_str(text: &str, spec: &Spec) -> RunResult<String> {
    match spec.kind {
        None | Some('s') => {}
        Some(c) => return Err(ops::unknown_format_code(c, "str")),
    }
    if spec.sign.is_some() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "Sign not allowed in string format specifier",
        ));
    }
    if spec.coerce_zero {
        return Err(RunError::new(
            ExcKind::ValueError,
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    let body: String = match spec.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_owned(),
    };
    Ok(pad(spec, "", &body, '<'))
}

/// `format(i, spec)` for an int given as its sign and decimal magnitude digits.
pub(crate) fn format_int(
    negative: bool,
    magnitude: &num_bigint::BigUint,
    spec: &Spec,
) -> RunResult<String> {
    let (digits, prefix) = match spec.kind {
        None | Some('d' | 'n') => (magnitude.to_str_radix(10), ""),
        Some('b') => (magnitude.to_str_radix(2), "0b"),
        Some('o') => (magnitude.to_str_radix(8), "0o"),
        Some('x') => (magnitude.to_str_radix(16), "0x"),
        Some('X') => (magnitude.to_str_radix(16).to_uppercase(), "0X"),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(magnitude)
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}');
            return Ok(pad(spec, "", &c.to_string(), '<'));
        }
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let value = num_traits::ToPrimitive::to_f64(magnitude).unwrap_or(f64::INFINITY);
            let value = if negative { -value } else { value };
            let mut float_spec = spec.clone();
            float_spec.kind = Some(c);
            return format_float(value, &float_spec);
        }
        Some(c) => return Err(ops::unknown_format_code(c, "int")),
    };
    if spec.precision.is_some() {
        return Err(RunError::new(
            ExcKind::ValueError,
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.coerce_zero {
        return Err(RunError::new(
            ExcKind::ValueError,
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let every = if matches!(spec.kind, Some('b' | 'o' | 'x' | 'X')) {
        4
    } else {
        3
    };
    let digits = match spec.grouping {
        Some(sep) => group(&digits, sep, every),
        None => digits,
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = format!("{}{prefix}", sign_prefix(spec, negative));
    Ok(pad(spec, &sign, &digits, '>'))
}

/// `format(x, spec)` for a float.
pub(crate) fn format_float(value: f64, spec: &Spec) -> RunResult<String> {
    let negative = value.is_sign_negative() && !value.is_nan();
    let magnitude = value.abs();
    let upper = matches!(spec.kind, Some('E' | 'F' | 'G'));
    let mut body = if magnitude.is_finite() {
        match spec.kind {
            Some('f' | 'F') => format!("{magnitude:.*}", spec.precision.unwrap_or(6)),
            Some('e' | 'E') => exponent(magnitude, spec.precision.unwrap_or(6)),
            Some('%') => format!("{:.*}%", spec.precision.unwrap_or(6), magnitude * 100.0),
            Some('g' | 'G' | 'n') => general(
                magnitude,
                spec.precision.unwrap_or(6),
                spec.alternate,
                false,
            ),
            None => match spec.precision {
                Some(p) => general(magnitude, p, spec.alternate, true),
                None => float_repr(magnitude),
            },
            Some(c) => return Err(ops::unknown_format_code(c, "float")),
        }
    } else if magnitude.is_nan() {
        "nan".to_owned()
    } else {
        "inf".to_owned()
    };
    if upper {
        body = body.to_uppercase();
    }
    if spec.alternate
        && !body.contains('.')
        && magnitude.is_finite()
        && matches!(spec.kind, Some('f' | 'F' | '%'))
    {
        body = match body.find('%') {
            Some(i) => format!("{}.{}", &body[..i], &body[i..]),
            None => format!("{body}."),
        };
    }
    if let Some(sep) = spec.grouping {
        body = group(&body, sep, 3);
    }
    let all_zero = !body.chars().any(|c| matches!(c, '1'..='9'));
    let negative = negative && !(spec.coerce_zero && all_zero && magnitude.is_finite());
    Ok(pad(spec, sign_prefix(spec, negative), &body, '>'))
}

/// `1.234560e+00` style with `precision` digits after the point.
fn exponent(value: f64, precision: usize) -> String {
    let text = format!("{value:.precision$e}");
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    format!(
        "{mantissa}e{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// The `g` presentation (and the default presentation with a precision).
fn general(value: f64, precision: usize, alternate: bool, default_kind: bool) -> String {
    let p = precision.max(1);
    if value == 0.0 {
        return if default_kind {
            "0.0".to_owned()
        } else if alternate {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".to_owned()
        };
    }
    let sci = format!("{value:.prec$e}", prec = p - 1);
    let exp: i32 = sci
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let threshold = if default_kind { p as i32 - 1 } else { p as i32 };
    let mut out = if exp < -4 || exp >= threshold {
        let mut m = exponent(value, p - 1);
        if !alternate {
            if let Some((mant, e)) = m.split_once('e') {
                let mant = strip_zeros(mant);
                m = format!("{mant}e{e}");
            }
        }
        m
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let fixed = format!("{value:.decimals$}");
        if alternate {
            fixed
        } else {
            strip_zeros(&fixed)
        }
    };
    if default_kind && !out.contains('.') && !out.contains('e') && !out.contains("inf") {
        out.push_str(".0");
    }
    out
}

fn strip_zeros(text: &str) -> String {
    if !text.contains('.') {
        return text.to_owned();
    }
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(value: f64, spec: &str) -> String {
        format_float(value, &parse(spec, "float").unwrap()).unwrap()
    }

    #[test]
    fn floats_format_like_cpython() {
        // Expected strings from python3: format(value, spec).
        assert_eq!(f(2.345_67, ".2f"), "2.35");
        assert_eq!(f(1_234_567.891, ",.2f"), "1,234,567.89");
        assert_eq!(f(0.5, ".1%"), "50.0%");
        assert_eq!(f(12_345.678, "e"), "1.234568e+04");
        assert_eq!(f(0.000_123_4, "g"), "0.0001234");
        assert_eq!(f(123_456_789.0, "g"), "1.23457e+08");
        assert_eq!(f(2.5, "10.3f"), "     2.500");
        assert_eq!(f(-2.5, "<8"), "-2.5    ");
        assert_eq!(f(1e16, ""), "1e+16");
        assert_eq!(f(3.0, ".3"), "3.0");
        assert_eq!(f(1234.5, ".2"), "1.2e+03");
    }
}
