//! CPython's `repr()` of the literal types, as pure functions.
//!
//! Used by [`dump`](crate::syntax::dump) for `Constant(value=...)` and later by
//! the evaluator's `repr`/`str`. Each function reproduces CPython 3.11 byte for
//! byte: float digits are the shortest that round-trip (as `repr(float)` since
//! Python 3.1), and string escapes follow `str.isprintable`.

use std::fmt::Write;

use super::printable::is_printable;

/// `repr(x)` for a float: `1.0`, `1e+16`, `1e-05`, `inf`, `nan`, `-0.0`.
///
/// Scientific notation is used when the decimal exponent is < -4 or >= 16,
/// exactly like CPython's `float_repr_style == 'short'`.
pub fn float_repr(value: f64) -> String {
    format_float(value, true, false)
}

/// `repr(complex(re, im))`: `3j`, `(1+2j)`, `-0j`, `(-0+0j)`, `infj`.
///
/// A real part of `+0.0` is left out (with the parentheses); parts are
/// printed without a trailing `.0`, as CPython does.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        let mut out = format_float(im, false, false);
        out.push('j');
        return out;
    }
    format!(
        "({}{}j)",
        format_float(re, false, false),
        format_float(im, false, true)
    )
}

/// `repr(s)` for a str: quotes chosen like CPython, non-printable characters escaped.
///
/// Single quotes are used unless the text contains `'` and no `"`.
pub fn str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if c.is_ascii() => push_hex(&mut out, 'x', u32::from(c), 2),
            c if is_printable(c) => out.push(c),
            c => {
                let code = u32::from(c);
                match code {
                    0..=0xFF => push_hex(&mut out, 'x', code, 2),
                    0x100..=0xFFFF => push_hex(&mut out, 'u', code, 4),
                    _ => push_hex(&mut out, 'U', code, 8),
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(b)` for bytes: `b'...'`, printable ASCII as is, the rest as `\xhh`.
///
/// The quote is chosen as for [`str_repr`].
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if b == quote => {
                out.push('\\');
                out.push(char::from(b));
            }
            b' '..=b'~' => out.push(char::from(b)),
            b => push_hex(&mut out, 'x', u32::from(b), 2),
        }
    }
    out.push(char::from(quote));
    out
}

/// Appends `\<marker>` and `code` as `width` lowercase hex digits.
fn push_hex(out: &mut String, marker: char, code: u32, width: usize) {
    out.push('\\');
    out.push(marker);
    // Writing to a String cannot fail.
    let _ = write!(out, "{code:0width$x}");
}

/// CPython's `PyOS_double_to_string(value, 'r', 0, flags)`.
///
/// `add_dot_0` is `Py_DTSF_ADD_DOT_0` (`1.0` rather than `1`), `sign` is
/// `Py_DTSF_SIGN` (a `+` before non-negative numbers, `nan` included).
fn format_float(value: f64, add_dot_0: bool, sign: bool) -> String {
    let mut out = String::new();
    if value.is_sign_negative() && !value.is_nan() {
        out.push('-');
    } else if sign {
        out.push('+');
    }
    if value.is_nan() {
        out.push_str("nan");
        return out;
    }
    if value.is_infinite() {
        out.push_str("inf");
        return out;
    }
    // `{:e}` prints the shortest digits that round-trip, e.g. `1.5e300`, `1e-5`.
    let scientific = format!("{:e}", value.abs());
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    // `decpt` is where the decimal point goes relative to `digits` (CPython's name).
    let decpt = exponent + 1;
    if -4 < decpt && decpt <= 16 {
        push_fixed(&mut out, &digits, decpt, add_dot_0);
    } else {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let exp_sign = if exponent < 0 { '-' } else { '+' };
        let _ = write!(out, "e{exp_sign}{:02}", exponent.unsigned_abs());
    }
    out
}

/// Appends `digits` with the decimal point at `decpt` (`-4 < decpt <= 16`).
fn push_fixed(out: &mut String, digits: &str, decpt: i32, add_dot_0: bool) {
    match usize::try_from(decpt) {
        Ok(point) if point >= digits.len() => {
            out.push_str(digits);
            out.push_str(&"0".repeat(point - digits.len()));
            if add_dot_0 {
                out.push_str(".0");
            }
        }
        Ok(point) if point > 0 => {
            let (int_part, frac_part) = digits.split_at(point);
            out.push_str(int_part);
            out.push('.');
            out.push_str(frac_part);
        }
        _ => {
            out.push_str("0.");
            out.push_str(&"0".repeat(decpt.unsigned_abs() as usize));
            out.push_str(digits);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{bytes_repr, complex_repr, float_repr, str_repr};

    #[test]
    fn floats_match_cpython() {
        // Generated with python3 over edge cases plus 12 random bit patterns and 6
        // random.uniform(-1e6, 1e6) values (random.seed(7)):
        // bits = lambda v: struct.unpack('<Q', struct.pack('<d', v))[0]
        // for v in VALUES: print(f'(0x{bits(v):016x}, "{v!r}"),')
        let cases: &[(u64, &str)] = &[
            (0x0000_0000_0000_0000, "0.0"),
            (0x8000_0000_0000_0000, "-0.0"),
            (0x3ff0_0000_0000_0000, "1.0"),
            (0xbff0_0000_0000_0000, "-1.0"),
            (0x3fb9_9999_9999_999a, "0.1"),
            (0x3fe0_0000_0000_0000, "0.5"),
            (0x3ff8_0000_0000_0000, "1.5"),
            (0x4059_0000_0000_0000, "100.0"),
            (0x4341_c379_37e0_8000, "1e+16"),
            (0x430c_6bf5_2634_0000, "1000000000000000.0"),
            (0x4341_c379_37e0_7fff, "9999999999999998.0"),
            (0x42dc_1221_8377_de40, "123456789012345.0"),
            (0x4311_8b54_f22a_eb00, "1234567890123456.0"),
            (0x4345_ee2a_2eb5_a5c4, "1.2345678901234568e+16"),
            (0x3f1a_36e2_eb1c_432d, "0.0001"),
            (0x3ee4_f8b5_88e3_68f1, "1e-05"),
            (0x3e84_21f5_f40d_8376, "1.5e-07"),
            (0x7e41_eb2d_6600_5835, "1.5e+300"),
            (0x4480_f0cf_064d_d592, "1e+22"),
            (0x01a5_6e1f_c2f8_f359, "1e-300"),
            (0x0000_0000_0000_0001, "5e-324"),
            (0x7fef_ffff_ffff_ffff, "1.7976931348623157e+308"),
            (0x4009_21f9_f01b_866e, "3.14159"),
            (0x3fd3_3333_3333_3334, "0.30000000000000004"),
            (0x7ff0_0000_0000_0000, "inf"),
            (0xfff0_0000_0000_0000, "-inf"),
            (0x7ff8_0000_0000_0000, "nan"),
            (0x54b2_49ad_2594_c37d, "1e+100"),
            (0x405e_dd2f_1a9f_be77, "123.456"),
            (0xbf50_624d_d2f1_a9fc, "-0.001"),
            (0x3f54_37c5_692b_3cc5, "0.001234"),
            (0xf2a7_4de4_52e6_b438, "-1.989032661366619e+244"),
            (0x6513_270e_269e_0d37, "7.761117632285041e+178"),
            (0x0c5c_7fd0_a6a3_a450, "3.980498358697587e-249"),
            (0xd23f_0824_128b_2f33, "-1.5432835417340557e+88"),
            (0x1818_e811_892f_902b, "1.3647584518757569e-192"),
            (0x9531_985d_5d9d_c9f8, "-1.3701135617873088e-206"),
            (0xe8e2_5d94_0ed9_0475, "-1.7160537630466207e+197"),
            (0x36f6_75cc_81e7_4ef5, "6.294675241195386e-44"),
            (0x1600_a35a_0999_50d8, "1.0613447212142254e-202"),
            (0x6b0d_549b_6f03_675a, "4.708325160387546e+207"),
            (0x3d9c_1724_11e2_0b8f, "6.387016158513563e-12"),
            (0x8d11_6ece_1738_f7d9, "-9.973130378568733e-246"),
            (0xc102_6d8c_f945_b304, "-150961.62171497208"),
            (0x4123_f310_7faa_06d8, "653704.249344076"),
            (0xc126_f618_27c8_6326, "-752396.0777007088"),
            (0xc120_e464_243e_0f0c, "-553522.0707859709"),
            (0x410f_1c93_8ef9_29c8, "254866.4448111786"),
            (0x412b_5373_c513_7304, "895417.8849140112"),
        ];
        for &(bits, expected) in cases {
            assert_eq!(float_repr(f64::from_bits(bits)), expected);
        }
    }

    #[test]
    fn complexes_match_cpython() {
        // Generated with python3: `repr(complex(re, im))` for each (re, im) bit pattern.
        let cases: &[(u64, u64, &str)] = &[
            (0x0000_0000_0000_0000, 0x4008_0000_0000_0000, "3j"),
            (0x0000_0000_0000_0000, 0x8000_0000_0000_0000, "-0j"),
            (0x8000_0000_0000_0000, 0x0000_0000_0000_0000, "(-0+0j)"),
            (0x3ff0_0000_0000_0000, 0x4000_0000_0000_0000, "(1+2j)"),
            (0x3ff0_0000_0000_0000, 0xc000_0000_0000_0000, "(1-2j)"),
            (0x0000_0000_0000_0000, 0x4341_c379_37e0_8000, "1e+16j"),
            (0x0000_0000_0000_0000, 0x3ff8_0000_0000_0000, "1.5j"),
            (0x8000_0000_0000_0000, 0x8000_0000_0000_0000, "(-0-0j)"),
            (0x0000_0000_0000_0000, 0x7ff0_0000_0000_0000, "infj"),
            (0x3ff0_0000_0000_0000, 0x7ff8_0000_0000_0000, "(1+nanj)"),
            (0x0000_0000_0000_0000, 0x3ee4_f8b5_88e3_68f1, "1e-05j"),
            (0x4004_0000_0000_0000, 0x0000_0000_0000_0000, "(2.5+0j)"),
            (0x7ff0_0000_0000_0000, 0xfff0_0000_0000_0000, "(inf-infj)"),
            (0x0000_0000_0000_0000, 0x0000_0000_0000_0000, "0j"),
            (0xbff0_0000_0000_0000, 0x0000_0000_0000_0000, "(-1+0j)"),
            (0x0000_0000_0000_0000, 0x7e6d_dd4b_aa00_9303, "1e+301j"),
        ];
        for &(re, im, expected) in cases {
            assert_eq!(
                complex_repr(f64::from_bits(re), f64::from_bits(im)),
                expected
            );
        }
    }

    #[test]
    fn strs_match_cpython() {
        // Generated with python3: `repr(s)` for each input (inputs written as Rust escapes).
        let cases: &[(&str, &str)] = &[
            ("", r"''"),
            ("abc", r"'abc'"),
            ("it's", r#""it's""#),
            ("say \"hi\"", r#"'say "hi"'"#),
            ("both ' and \"", r#"'both \' and "'"#),
            ("back\\slash", r"'back\\slash'"),
            ("tab\there", r"'tab\there'"),
            ("new\nline\r\n", r"'new\nline\r\n'"),
            ("\u{0}\u{1}\u{1f}\u{7f}", r"'\x00\x01\x1f\x7f'"),
            ("\u{80}\u{9f}\u{a0}\u{ad}\u{e9}", r"'\x80\x9f\xa0\xadé'"),
            ("\u{e9} \u{fc} \u{4e2d}\u{6587} \u{1f600}", r"'é ü 中文 😀'"),
            (
                "\u{200b}\u{2028}\u{2029}\u{3000}",
                r"'\u200b\u2028\u2029\u3000'",
            ),
            ("\u{e000}\u{ffff}\u{f0000}", r"'\ue000\uffff\U000f0000'"),
            ("\u{1f600}\u{e0001}\u{10ffff}", r"'😀\U000e0001\U0010ffff'"),
            ("\u{378}", r"'\u0378'"),
            (" ", r"' '"),
            ("a\u{a0}b", r"'a\xa0b'"),
            ("\u{b}\u{c}", r"'\x0b\x0c'"),
            ("\u{300}\u{5d0}\u{600}", r"'̀א\u0600'"),
        ];
        for &(text, expected) in cases {
            assert_eq!(str_repr(text), expected);
        }
    }

    #[test]
    fn bytes_match_cpython() {
        // Generated with python3: `repr(b)` for each input.
        let cases: &[(&[u8], &str)] = &[
            (b"", r"b''"),
            (b"abc", r"b'abc'"),
            (b"it's", r#"b"it's""#),
            (b"say \x22hi\x22", r#"b'say "hi"'"#),
            (b"both ' and \x22", r#"b'both \' and "'"#),
            (b"\x5c", r"b'\\'"),
            (b"\x09\x0a\x0d", r"b'\t\n\r'"),
            (b"\x00\x7f\x80\xff", r"b'\x00\x7f\x80\xff'"),
            (b"\x1e\x1f !", r"b'\x1e\x1f !'"),
        ];
        for &(bytes, expected) in cases {
            assert_eq!(bytes_repr(bytes), expected);
        }
    }
}
