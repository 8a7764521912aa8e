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

/// Parses a spec; `ValueError` on malformed input. `type_name` picks the
/// default presentation type that the grouping checks see (`s` for str, `d`
/// for int), as CPython's `parse_internal_render_format_spec` does.
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
    if s.fill.is_none() && chars.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    s.width = digits_at(&chars, &mut i).unwrap_or(0);
    i = parse_grouping(&chars, i, &mut s)?;
    if chars.get(i) == Some(&'.') {
        i += 1;
        match digits_at(&chars, &mut i) {
            Some(p) => s.precision = Some(p),
            None => {
                return Err(RunError::new(
                    ExcKind::ValueError,
                    "Format specifier missing precision",
                ))
            }
        }
    }
    if chars.len() > i + 1 {
        return Err(ops::invalid_format_spec(spec, type_name));
    }
    s.kind = chars.get(i).copied();
    check_grouping(&s, type_name)?;
    Ok(s)
}

/// The decimal number at `chars[*i..]`, advancing `*i`; `None` if no digit.
fn digits_at(chars: &[char], i: &mut usize) -> Option<usize> {
    let start = *i;
    while chars.get(*i).is_some_and(char::is_ascii_digit) {
        *i += 1;
    }
    let text: String = chars[start..*i].iter().collect();
    (start != *i).then(|| text.parse().unwrap_or(usize::MAX))
}

/// The `,` / `_` grouping option (at most one of them); returns the new position.
fn parse_grouping(chars: &[char], mut i: usize, s: &mut Spec) -> RunResult<usize> {
    let both = || RunError::new(ExcKind::ValueError, "Cannot specify both ',' and '_'.");
    if chars.get(i) == Some(&',') {
        s.grouping = Some(',');
        i += 1;
    }
    if chars.get(i) == Some(&'_') {
        if s.grouping.is_some() {
            return Err(both());
        }
        s.grouping = Some('_');
        i += 1;
    }
    if chars.get(i) == Some(&',') && s.grouping == Some('_') {
        return Err(both());
    }
    Ok(i)
}

/// `Cannot specify ',' with 'x'.`: grouping only fits decimal and float
/// presentations (and `_` also bin/oct/hex).
fn check_grouping(s: &Spec, type_name: &str) -> RunResult<()> {
    let Some(sep) = s.grouping else {
        return Ok(());
    };
    let kind = s.kind.or(match type_name {
        "str" => Some('s'),
        "int" | "bool" => Some('d'),
        _ => None,
    });
    match kind {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(()),
        Some(k) => Err(RunError::new(
            ExcKind::ValueError,
            format!("Cannot specify '{sep}' with '{k}'."),
        )),
    }
}

/// The fill character and alignment in force: the `0` flag fills with zeros
/// and, for right-aligned types, pads after the sign (`=`).
fn fill_align(spec: &Spec, default_align: char) -> (char, char) {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && default_align == '>' {
        '='
    } else {
        default_align
    });
    (fill, align)
}

/// Pads `body` (with its sign prefix already split off) to the spec's width.
fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let (fill, align) = fill_align(spec, default_align);
    let len = sign.chars().count() + body.chars().count();
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

/// Lays out a number: `sign` (with any `0x` prefix), then `body` whose leading
/// decimal digits get the grouping separator. Zero padding (`0` fill with `=`
/// alignment) is grouped too, as CPython's `_PyUnicode_InsertThousandsGrouping`
/// with a minimum width: `format(42, '08,d') == '0,000,042'`.
fn layout_number(spec: &Spec, sign: &str, body: &str, every: usize) -> String {
    let split = if every == 4 {
        body.len()
    } else {
        body.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len())
    };
    let (digits, rest) = body.split_at(split);
    let (fill, align) = fill_align(spec, '>');
    if digits.is_empty() || !(fill == '0' && align == '=') {
        let grouped = match spec.grouping {
            Some(sep) if !digits.is_empty() => format!("{}{rest}", group(digits, sep, every)),
            _ => body.to_owned(),
        };
        return pad(spec, sign, &grouped, '>');
    }
    let used = sign.chars().count() + rest.chars().count();
    let min_width = spec.width.saturating_sub(used);
    let grouped = group_min_width(digits, spec.grouping, every, min_width);
    format!("{sign}{grouped}{rest}")
}

/// Groups `digits` right to left, zero-filling until `min_width` characters.
fn group_min_width(digits: &str, sep: Option<char>, every: usize, min_width: usize) -> String {
    let Some(sep) = sep else {
        return format!("{digits:0>min_width$}");
    };
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len();
    let mut min_width = min_width as isize;
    let mut parts: Vec<String> = Vec::new();
    loop {
        let want = (remaining as isize).max(min_width).max(1) as usize;
        let l = every.min(want);
        let chars = remaining.min(l);
        let zeros = l - chars;
        let mut part = "0".repeat(zeros);
        part.push_str(&digits[remaining - chars..remaining]);
        parts.push(part);
        remaining -= chars;
        min_width -= l as isize;
        if remaining == 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    parts.reverse();
    parts.join(&sep.to_string())
}

/// Inserts a grouping separator every `every` digits of `digits`.
fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
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
    let refuse = |what: &str| {
        Err(RunError::new(
            ExcKind::ValueError,
            format!("{what} not allowed in string format specifier"),
        ))
    };
    if spec.sign.is_some() {
        return refuse("Sign");
    }
    if spec.coerce_zero {
        return refuse("Negative zero coercion (z)");
    }
    if spec.alternate {
        return refuse("Alternate form (#)");
    }
    if spec.align == Some('=') {
        return refuse("'=' alignment");
    }
    let body: String = match spec.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_owned(),
    };
    Ok(pad(spec, "", &body, '<'))
}

/// `format(i, spec)` for an int given as its sign and magnitude; `type_name`
/// (`int`, `bool`) names it in errors.
pub(crate) fn format_int(
    negative: bool,
    magnitude: &num_bigint::BigUint,
    spec: &Spec,
    type_name: &str,
) -> RunResult<String> {
    if let Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) = spec.kind {
        let value = num_traits::ToPrimitive::to_f64(magnitude).unwrap_or(f64::INFINITY);
        let value = if negative { -value } else { value };
        let mut float_spec = spec.clone();
        float_spec.kind = Some(c);
        return format_float(value, &float_spec);
    }
    if !matches!(
        spec.kind,
        None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c')
    ) {
        return Err(ops::unknown_format_code(
            spec.kind.unwrap_or('d'),
            type_name,
        ));
    }
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
    let (digits, prefix) = match spec.kind {
        Some('b') => (magnitude.to_str_radix(2), "0b"),
        Some('o') => (magnitude.to_str_radix(8), "0o"),
        Some('x') => (magnitude.to_str_radix(16), "0x"),
        Some('X') => (magnitude.to_str_radix(16).to_uppercase(), "0X"),
        Some('c') => return format_char(negative, magnitude, spec),
        _ => (magnitude.to_str_radix(10), ""),
    };
    let every = if matches!(spec.kind, Some('b' | 'o' | 'x' | 'X')) {
        4
    } else {
        3
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = format!("{}{prefix}", sign_prefix(spec, negative));
    Ok(layout_number(spec, &sign, &digits, every))
}

/// The `c` presentation of an int: the character with that code point.
fn format_char(negative: bool, magnitude: &num_bigint::BigUint, spec: &Spec) -> RunResult<String> {
    let refuse = |what: &str| {
        Err(RunError::new(
            ExcKind::ValueError,
            format!("{what} not allowed with integer format specifier 'c'"),
        ))
    };
    if spec.sign.is_some() {
        return refuse("Sign");
    }
    if spec.alternate {
        return refuse("Alternate form (#)");
    }
    let Some(code) = num_traits::ToPrimitive::to_i64(magnitude) else {
        return Err(RunError::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C long",
        ));
    };
    match char::from_u32(u32::try_from(code).unwrap_or(u32::MAX)).filter(|_| !negative) {
        Some(c) => Ok(pad(spec, "", &c.to_string(), '<')),
        None if !negative && code < 0x11_0000 => Ok(pad(spec, "", "\u{FFFD}", '<')),
        None => Err(RunError::new(
            ExcKind::OverflowError,
            "%c arg not in range(0x110000)",
        )),
    }
}

/// The text of a float's magnitude for presentation `kind` (no sign, no
/// padding, no grouping); `None` kind is `repr` or `g` with at least one
/// decimal (CPython's `Py_DTSF_ADD_DOT_0`). `add_dot_0` is off for complex parts.
fn float_body(magnitude: f64, spec: &Spec, add_dot_0: bool) -> RunResult<String> {
    let kind = spec.kind;
    if !matches!(
        kind,
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    ) {
        return Err(ops::unknown_format_code(kind.unwrap_or('r'), "float"));
    }
    let mut body = if magnitude.is_finite() {
        match kind {
            Some('f' | 'F') => format!("{magnitude:.*}", spec.precision.unwrap_or(6)),
            Some('e' | 'E') => exponent(magnitude, spec.precision.unwrap_or(6)),
            Some('%') => format!("{:.*}%", spec.precision.unwrap_or(6), magnitude * 100.0),
            Some(_) => general(
                magnitude,
                spec.precision.unwrap_or(6),
                spec.alternate,
                false,
            ),
            None => match spec.precision {
                Some(p) => general(magnitude, p, spec.alternate, add_dot_0),
                None if add_dot_0 => float_repr(magnitude),
                None => {
                    let text = float_repr(magnitude);
                    text.strip_suffix(".0").map_or(text.clone(), str::to_owned)
                }
            },
        }
    } else {
        let text = if magnitude.is_nan() { "nan" } else { "inf" };
        if kind == Some('%') {
            format!("{text}%")
        } else {
            text.to_owned()
        }
    };
    if matches!(kind, Some('E' | 'F' | 'G')) {
        body = body.to_uppercase();
    }
    if spec.alternate && !body.contains('.') && magnitude.is_finite() {
        body = match body.find(['%', 'e', 'E']) {
            Some(i) => format!("{}.{}", &body[..i], &body[i..]),
            None => format!("{body}."),
        };
    }
    Ok(body)
}

/// `format(x, spec)` for a float.
pub(crate) fn format_float(value: f64, spec: &Spec) -> RunResult<String> {
    let magnitude = value.abs();
    let body = float_body(magnitude, spec, true)?;
    let all_zero = !body.chars().any(|c| matches!(c, '1'..='9'));
    let negative = value.is_sign_negative()
        && !value.is_nan()
        && !(spec.coerce_zero && all_zero && magnitude.is_finite());
    Ok(layout_number(spec, sign_prefix(spec, negative), &body, 3))
}

/// `format(z, spec)` for a complex: both parts in the float presentation, the
/// imaginary one always signed; no type means `str(z)`-like (parentheses, and
/// no real part when it is +0).
pub(crate) fn format_complex(re: f64, im: f64, spec: &Spec) -> RunResult<String> {
    if spec.align == Some('=') {
        return Err(RunError::new(
            ExcKind::ValueError,
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if spec.zero || spec.fill == Some('0') {
        return Err(RunError::new(
            ExcKind::ValueError,
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if matches!(spec.kind, Some('%')) {
        return Err(ops::unknown_format_code('%', "complex"));
    }
    let bare = spec.kind.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let part_spec = Spec {
        width: 0,
        ..spec.clone()
    };
    let part = |v: f64| -> RunResult<(bool, String)> {
        let body = float_body(v.abs(), &part_spec, false)
            .map_err(|_| ops::unknown_format_code(spec.kind.unwrap_or('r'), "complex"))?;
        let body = match spec.grouping {
            Some(sep) => {
                let split = body
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(body.len());
                format!("{}{}", group(&body[..split], sep, 3), &body[split..])
            }
            None => body,
        };
        let all_zero = !body.chars().any(|c| matches!(c, '1'..='9'));
        let negative = v.is_sign_negative() && !v.is_nan() && !(spec.coerce_zero && all_zero);
        Ok((negative, body))
    };
    let (im_neg, im_body) = part(im)?;
    let mut out = String::new();
    if skip_re {
        out.push_str(sign_prefix(spec, im_neg));
    } else {
        let (re_neg, re_body) = part(re)?;
        out.push_str(sign_prefix(spec, re_neg));
        out.push_str(&re_body);
        out.push(if im_neg { '-' } else { '+' });
    }
    out.push_str(&im_body);
    out.push('j');
    if bare && !skip_re {
        out = format!("({out})");
    }
    Ok(pad(spec, "", &out, '>'))
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
