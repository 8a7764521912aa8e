//! Number literals: CPython's tokenizer rules for where a number ends and
//! which malformed numbers are errors, and the conversion to a [`Constant`].
//!
//! The pre-pass ([`super::indent`]) runs [`scan_number`] on every number in
//! the source, so all number errors are found in source order, as CPython's
//! tokenizer finds them. The grammar's NUMBER token must end where CPython's
//! does; in PEG form (each `_` between two digits):
//!
//! ```text
//! 0[xX](_?[0-9a-fA-F])+ | 0[oO](_?[0-7])+ | 0[bB](_?[01])+
//! | (digits ('.' digits?)? | '.' digits) ([eE][+-]?digits)? [jJ]?      digits = [0-9](_?[0-9])*
//! ```
//!
//! so `1if x else y` is `1` then `if` (CPython only warns there).

use std::ops::Range;

use num_bigint::BigInt;
use num_traits::Num;

use super::ast::Constant;

/// A malformed literal: CPython's message, and where its caret goes.
///
/// `range` is relative to the token: `SyntaxError::new` over the span
/// `token_start + range` gives CPython's `offset`/`end_offset`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LiteralError {
    /// The message, e.g. `invalid decimal literal`.
    pub msg: String,
    /// The error's byte range, relative to the start of the token.
    pub range: Range<usize>,
}

impl LiteralError {
    /// An error whose caret is on the byte at `pos`.
    pub(crate) fn at(msg: impl Into<String>, pos: usize) -> Self {
        LiteralError {
            msg: msg.into(),
            range: pos..pos,
        }
    }
}

/// Which kind of number a scan found, for the conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Int(u32),
    Float,
    Imaginary,
}

/// Decodes one NUMBER token (`Int`, `BigInt`, `Float` or `Complex`).
///
/// A token that is not exactly one CPython number gets the error CPython's
/// tokenizer reports for it (`invalid decimal literal`, ...).
pub(crate) fn decode_number(token: &str) -> Result<Constant, LiteralError> {
    let bytes = token.as_bytes();
    if !starts_number(bytes, 0) {
        return Err(LiteralError::at("invalid decimal literal", 0));
    }
    let (end, kind) = scan(bytes, 0)?;
    if end != bytes.len() {
        // The token holds more than one number: CPython would have ended it
        // at `end`, so this is the error it reports for what follows.
        let kind = match kind {
            Kind::Int(16) => "hexadecimal",
            Kind::Int(8) => "octal",
            Kind::Int(2) => "binary",
            Kind::Imaginary => "imaginary",
            Kind::Int(_) | Kind::Float => "decimal",
        };
        return Err(LiteralError::at(
            format!("invalid {kind} literal"),
            before(end),
        ));
    }
    let digits: String = token.chars().filter(|&c| c != '_').collect();
    Ok(match kind {
        Kind::Int(radix) => int_value(&digits, radix),
        Kind::Float => Constant::Float(float_value(&digits)),
        Kind::Imaginary => Constant::Complex(float_value(digits.trim_end_matches(['j', 'J']))),
    })
}

/// Whether a number starts at `i`: a digit, or `.` before a digit.
pub(crate) fn starts_number(bytes: &[u8], i: usize) -> bool {
    at(bytes, i).is_ascii_digit() || (at(bytes, i) == b'.' && at(bytes, i + 1).is_ascii_digit())
}

/// The end of the number starting at `start` (see [`starts_number`]), or
/// CPython's error for it; ranges in the error are absolute.
pub(crate) fn scan_number(bytes: &[u8], start: usize) -> Result<usize, LiteralError> {
    scan(bytes, start).map(|(end, _)| end)
}

fn scan(s: &[u8], start: usize) -> Result<(usize, Kind), LiteralError> {
    match (at(s, start), at(s, start + 1)) {
        (b'.', _) => fraction(s, start + 1),
        (b'0', b'x' | b'X') => radix(s, start + 2, 16, "hexadecimal"),
        (b'0', b'o' | b'O') => radix(s, start + 2, 8, "octal"),
        (b'0', b'b' | b'B') => radix(s, start + 2, 2, "binary"),
        (b'0', _) => leading_zero(s, start),
        _ => {
            let i = decimal_tail(s, start)?;
            after_digits(s, i)
        }
    }
}

/// The byte at `i`, or 0 past the end (CPython's EOF never matches a digit).
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// The last byte the tokenizer consumed when it stopped before `i`: where
/// CPython puts the caret after backing up.
fn before(i: usize) -> usize {
    i.saturating_sub(1)
}

/// Digits with single underscores between them, from the digit at `i`.
fn decimal_tail(s: &[u8], mut i: usize) -> Result<usize, LiteralError> {
    loop {
        while at(s, i).is_ascii_digit() {
            i += 1;
        }
        if at(s, i) != b'_' {
            return Ok(i);
        }
        i += 1;
        if !at(s, i).is_ascii_digit() {
            return Err(LiteralError::at("invalid decimal literal", before(i)));
        }
    }
}

/// After the integer digits: a fraction, an exponent, `j`, or the end.
fn after_digits(s: &[u8], i: usize) -> Result<(usize, Kind), LiteralError> {
    match at(s, i) {
        b'.' => fraction(s, i + 1),
        b'e' | b'E' => exponent(s, i),
        b'j' | b'J' => imaginary(s, i),
        _ => end_of_number(s, i, "decimal").map(|end| (end, Kind::Int(10))),
    }
}

/// `0x`, `0o`, `0b` digits from `i` (after the prefix).
fn radix(s: &[u8], mut i: usize, base: u32, kind: &str) -> Result<(usize, Kind), LiteralError> {
    let is_digit = |c: u8| char::from(c).is_digit(base);
    loop {
        if at(s, i) == b'_' {
            i += 1;
        }
        let c = at(s, i);
        if !is_digit(c) {
            if base < 10 && c.is_ascii_digit() {
                return Err(invalid_digit(c, kind, i));
            }
            return Err(LiteralError::at(
                format!("invalid {kind} literal"),
                before(i),
            ));
        }
        while is_digit(at(s, i)) {
            i += 1;
        }
        if at(s, i) != b'_' {
            break;
        }
    }
    let c = at(s, i);
    if base < 10 && c.is_ascii_digit() {
        return Err(invalid_digit(c, kind, i));
    }
    end_of_number(s, i, kind).map(|end| (end, Kind::Int(base)))
}

#[cold]
fn invalid_digit(c: u8, kind: &str, i: usize) -> LiteralError {
    LiteralError::at(
        format!("invalid digit '{}' in {kind} literal", char::from(c)),
        i,
    )
}

/// A decimal starting with `0`: only zeros, unless a fraction, an exponent
/// or `j` follows (`0777` is an error, `0777.5` and `0777j` are not).
fn leading_zero(s: &[u8], start: usize) -> Result<(usize, Kind), LiteralError> {
    let mut i = start + 1;
    loop {
        if at(s, i) == b'_' {
            i += 1;
            if !at(s, i).is_ascii_digit() {
                return Err(LiteralError::at("invalid decimal literal", before(i)));
            }
        }
        if at(s, i) != b'0' {
            break;
        }
        i += 1;
    }
    let first_nonzero = i;
    let nonzero = at(s, i).is_ascii_digit();
    if nonzero {
        i = decimal_tail(s, i)?;
    }
    match at(s, i) {
        b'.' | b'e' | b'E' | b'j' | b'J' => after_digits(s, i),
        _ if nonzero => Err(LiteralError {
            msg: "leading zeros in decimal integer literals are not permitted; \
                  use an 0o prefix for octal integers"
                .into(),
            range: start..first_nonzero,
        }),
        _ => end_of_number(s, i, "decimal").map(|end| (end, Kind::Int(10))),
    }
}

/// After the `.`: optional digits, then an exponent, `j`, or the end.
fn fraction(s: &[u8], mut i: usize) -> Result<(usize, Kind), LiteralError> {
    if at(s, i).is_ascii_digit() {
        i = decimal_tail(s, i)?;
    }
    match at(s, i) {
        b'e' | b'E' => exponent(s, i),
        b'j' | b'J' => imaginary(s, i),
        _ => end_of_number(s, i, "decimal").map(|end| (end, Kind::Float)),
    }
}

/// From the `e`: a signed exponent, or the number ends before the `e`
/// (only when a keyword follows, as in `1else`).
fn exponent(s: &[u8], e: usize) -> Result<(usize, Kind), LiteralError> {
    let mut i = e + 1;
    if matches!(at(s, i), b'+' | b'-') {
        i += 1;
        if !at(s, i).is_ascii_digit() {
            return Err(LiteralError::at("invalid decimal literal", before(i)));
        }
    } else if !at(s, i).is_ascii_digit() {
        // The kind only matters for a whole token, which this never is.
        return end_of_number(s, e, "decimal").map(|end| (end, Kind::Float));
    }
    i = decimal_tail(s, i)?;
    match at(s, i) {
        b'j' | b'J' => imaginary(s, i),
        _ => end_of_number(s, i, "decimal").map(|end| (end, Kind::Float)),
    }
}

fn imaginary(s: &[u8], j: usize) -> Result<(usize, Kind), LiteralError> {
    end_of_number(s, j + 1, "imaginary").map(|end| (end, Kind::Imaginary))
}

/// CPython's `verify_end_of_number`: a number may not run into a name,
/// except into the keywords that can follow a number in valid code
/// (`and else for if in is not or`, which CPython only warns about).
fn end_of_number(s: &[u8], i: usize, kind: &str) -> Result<usize, LiteralError> {
    let rest = s.get(i..).unwrap_or_default();
    let keyword = |word: &[u8]| {
        rest.starts_with(word)
            && !rest
                .get(word.len())
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
    };
    let before_keyword = match at(s, i) {
        b'a' => keyword(b"and"),
        b'e' => keyword(b"else"),
        b'f' => keyword(b"for"),
        b'i' => matches!(at(s, i + 1), b'f' | b'n' | b's'),
        b'o' => keyword(b"or"),
        b'n' => keyword(b"not"),
        _ => false,
    };
    let c = at(s, i);
    if !before_keyword && (c.is_ascii_alphanumeric() || c == b'_') {
        return Err(LiteralError::at(
            format!("invalid {kind} literal"),
            before(i),
        ));
    }
    Ok(i)
}

/// An integer from its digits (no underscores), prefix included for radix != 10.
fn int_value(digits: &str, radix: u32) -> Constant {
    let body = if radix == 10 {
        digits
    } else {
        digits.get(2..).unwrap_or_default()
    };
    if let Ok(value) = i64::from_str_radix(body, radix) {
        return Constant::Int(value);
    }
    match BigInt::from_str_radix(body, radix) {
        Ok(value) => Constant::BigInt(Box::new(value)),
        // Unreachable after a successful scan; a zero keeps the parser total.
        Err(_) => Constant::Int(0),
    }
}

/// A float from its text (no underscores); Rust's parser rounds correctly,
/// like CPython's, and overflows to infinity like it.
fn float_value(text: &str) -> f64 {
    text.parse().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::{decode_number, scan_number, Constant, LiteralError};
    use num_bigint::BigInt;

    fn big(digits: &str) -> Constant {
        Constant::BigInt(Box::new(digits.parse::<BigInt>().unwrap()))
    }

    /// Values from python3 `eval(token)`.
    #[test]
    #[expect(
        clippy::unreadable_literal,
        reason = "values as python3's repr prints them"
    )]
    fn decodes_like_cpython() {
        let cases = [
            ("0", Constant::Int(0)),
            ("00", Constant::Int(0)),
            ("0_0", Constant::Int(0)),
            ("7", Constant::Int(7)),
            ("1_000", Constant::Int(1000)),
            ("0x_1", Constant::Int(1)),
            ("0xFF", Constant::Int(255)),
            ("0X1f", Constant::Int(31)),
            ("0o17", Constant::Int(15)),
            ("0O7_7", Constant::Int(63)),
            ("0b1", Constant::Int(1)),
            ("0B1_0", Constant::Int(2)),
            ("9223372036854775807", Constant::Int(9223372036854775807)),
            ("9223372036854775808", big("9223372036854775808")),
            ("0x7fffffffffffffff", Constant::Int(9223372036854775807)),
            ("0x8000000000000000", big("9223372036854775808")),
            (
                "123456789012345678901234567890",
                big("123456789012345678901234567890"),
            ),
            (
                "0b1111111111111111111111111111111111111111111111111111111111111111111111",
                big("1180591620717411303423"),
            ),
            ("1.5", Constant::Float(1.5_f64)),
            ("1.", Constant::Float(1.0_f64)),
            (".5", Constant::Float(0.5_f64)),
            ("1e5", Constant::Float(100000.0_f64)),
            ("1E+05", Constant::Float(100000.0_f64)),
            ("1e-5", Constant::Float(1e-05_f64)),
            ("1_0.2_5e1_0", Constant::Float(102500000000.0_f64)),
            ("007.5", Constant::Float(7.5_f64)),
            ("0777e1", Constant::Float(7770.0_f64)),
            ("1e400", Constant::Float(f64::INFINITY)),
            ("1e-400", Constant::Float(0.0_f64)),
            ("0.1", Constant::Float(0.1_f64)),
            ("2.5e-324", Constant::Float(5e-324_f64)),
            ("1j", Constant::Complex(1.0_f64)),
            ("1J", Constant::Complex(1.0_f64)),
            ("1.5j", Constant::Complex(1.5_f64)),
            ("0777j", Constant::Complex(777.0_f64)),
            ("00j", Constant::Complex(0.0_f64)),
            (".5e3j", Constant::Complex(500.0_f64)),
            ("1e5j", Constant::Complex(100000.0_f64)),
            ("1_0j", Constant::Complex(10.0_f64)),
            ("9007199254740993", Constant::Int(9007199254740993)),
            (
                "9007199254740993.0",
                Constant::Float(9007199254740992.0_f64),
            ),
            ("4.35", Constant::Float(4.35_f64)),
            (
                "1.7976931348623157e308",
                Constant::Float(1.7976931348623157e+308_f64),
            ),
        ];
        for (token, value) in cases {
            assert_eq!(decode_number(token), Ok(value), "{token}");
        }
    }

    /// Messages and carets from python3 `compile("x = " + token)`.
    #[test]
    fn rejects_like_cpython() {
        let cases = [
            ("1abc", "invalid decimal literal", 0..0),
            ("1_", "invalid decimal literal", 1..1),
            ("1__0", "invalid decimal literal", 1..1),
            ("1_a", "invalid decimal literal", 1..1),
            ("0x", "invalid hexadecimal literal", 1..1),
            ("0xg", "invalid hexadecimal literal", 1..1),
            ("0x_", "invalid hexadecimal literal", 2..2),
            ("0x1_", "invalid hexadecimal literal", 3..3),
            ("0x1__2", "invalid hexadecimal literal", 3..3),
            ("0o", "invalid octal literal", 1..1),
            ("0o8", "invalid digit '8' in octal literal", 2..2),
            ("0o18", "invalid digit '8' in octal literal", 3..3),
            ("0o1_8", "invalid digit '8' in octal literal", 4..4),
            ("0o_", "invalid octal literal", 2..2),
            ("0o1a", "invalid octal literal", 2..2),
            ("0b", "invalid binary literal", 1..1),
            ("0b2", "invalid digit '2' in binary literal", 2..2),
            ("0b12", "invalid digit '2' in binary literal", 3..3),
            ("0b1a", "invalid binary literal", 2..2),
            ("0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0..1),
            ("0_", "invalid decimal literal", 1..1),
            ("09", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0..1),
            ("0_7", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0..2),
            ("00_7", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0..3),
            ("1e", "invalid decimal literal", 0..0),
            ("1e+", "invalid decimal literal", 2..2),
            ("1e-x", "invalid decimal literal", 2..2),
            ("1ex", "invalid decimal literal", 0..0),
            ("1.e", "invalid decimal literal", 1..1),
            ("1.5_", "invalid decimal literal", 3..3),
            ("1._5", "invalid decimal literal", 1..1),
            ("1.5e_1", "invalid decimal literal", 2..2),
            ("1e1_", "invalid decimal literal", 3..3),
            ("1jx", "invalid imaginary literal", 1..1),
            ("1.5jk", "invalid imaginary literal", 3..3),
            ("1ix", "invalid decimal literal", 0..0),
            ("1andx", "invalid decimal literal", 0..0),
            ("1x", "invalid decimal literal", 0..0),
            (".5_", "invalid decimal literal", 2..2),
            ("1.__class__", "invalid decimal literal", 1..1),
        ];
        for (token, msg, range) in cases {
            let expected = LiteralError {
                msg: msg.into(),
                range,
            };
            assert_eq!(decode_number(token), Err(expected.clone()), "{token}");
            let source = format!("x = {token}\n");
            let shifted = LiteralError {
                range: expected.range.start + 4..expected.range.end + 4,
                ..expected
            };
            assert_eq!(scan_number(source.as_bytes(), 4), Err(shifted), "{token}");
        }
    }

    /// Where CPython ends a number that runs into a keyword (it only warns).
    #[test]
    fn stops_before_keywords() {
        for (source, end) in [
            ("1if x", 1),
            ("1else", 1),
            ("1.5else", 3),
            ("0x1for", 4),
            ("1or 2", 1),
            ("1not in x", 1),
            ("1in x", 1),
            ("1is x", 1),
            ("0b1and", 3),
            ("1é", 1),
            ("1.2.3", 3),
        ] {
            assert_eq!(scan_number(source.as_bytes(), 0), Ok(end), "{source}");
        }
    }

    #[test]
    fn malformed_tokens_are_errors_not_panics() {
        for token in ["", "_", "x", ".", "1if", "0x1.5", "1e5e5", "é"] {
            assert!(decode_number(token).is_err(), "{token}");
        }
    }
}
