//! Text encodings for `str.encode` / `bytes.decode`: UTF-8, ASCII, Latin-1,
//! UTF-16 and UTF-32, with CPython's error handlers and messages.
//! <https://docs.python.org/3/library/codecs.html#standard-encodings>

use std::fmt::Write;

use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::Value;

/// A codec this interpreter knows, by CPython's canonical name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Endian),
    Utf32(Endian),
}

/// Byte order of the UTF-16/32 codecs; `Native` writes a BOM (little-endian).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Endian {
    Native,
    Little,
    Big,
}

/// `encodings.normalize_encoding`, lowercased, with hyphens for the
/// underscores: each run of characters other than ASCII letters, digits and
/// `.` becomes one separator, none at either end (`"utf-@"` is `"utf"`,
/// `"UTF_16 BE"` is `"utf-16-be"`).
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('-');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

impl Codec {
    /// Looks an encoding name up the way `codecs.lookup` normalises it.
    fn lookup(name: &str) -> RunResult<Codec> {
        let norm = normalize(name);
        Ok(match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" => Codec::Ascii,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819"
            | "latin" => Codec::Latin1,
            "utf-16" | "utf16" | "u16" => Codec::Utf16(Endian::Native),
            "utf-16-le" | "utf-16le" => Codec::Utf16(Endian::Little),
            "utf-16-be" | "utf-16be" => Codec::Utf16(Endian::Big),
            "utf-32" | "utf32" | "u32" => Codec::Utf32(Endian::Native),
            "utf-32-le" | "utf-32le" => Codec::Utf32(Endian::Little),
            "utf-32-be" | "utf-32be" => Codec::Utf32(Endian::Big),
            _ => {
                return Err(RunError::new(
                    ExcKind::LookupError,
                    format!("unknown encoding: {name}"),
                ))
            }
        })
    }

    /// The name CPython shows in codec errors.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Endian::Native) => "utf-16",
            Codec::Utf16(Endian::Little) => "utf-16-le",
            Codec::Utf16(Endian::Big) => "utf-16-be",
            Codec::Utf32(Endian::Native) => "utf-32",
            Codec::Utf32(Endian::Little) => "utf-32-le",
            Codec::Utf32(Endian::Big) => "utf-32-be",
        }
    }
}

/// An error handler (`errors=`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    SurrogateEscape,
}

impl Handler {
    fn lookup(name: &str) -> RunResult<Handler> {
        Ok(match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "surrogateescape" | "surrogatepass" => Handler::SurrogateEscape,
            _ => {
                return Err(RunError::new(
                    ExcKind::LookupError,
                    format!("unknown error handler name '{name}'"),
                ))
            }
        })
    }
}

/// `text.encode(encoding, errors)`.
pub(crate) fn encode(text: &str, encoding: &str, errors: &str) -> RunResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    let limit: u32 = match codec {
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Utf16(endian) => return Ok(encode_utf16(text, endian)),
        Codec::Utf32(endian) => return Ok(encode_utf32(text, endian)),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let code = u32::from(chars[i]);
        if code < limit {
            out.push(code as u8);
            i += 1;
            continue;
        }
        let end = chars[i..]
            .iter()
            .position(|c| u32::from(*c) < limit)
            .map_or(chars.len(), |n| i + n);
        let handler = Handler::lookup(errors)?;
        for &c in &chars[i..end] {
            match handler {
                Handler::Strict | Handler::SurrogateEscape => {
                    return Err(encode_error(codec, &chars, i, end, limit))
                }
                Handler::Ignore => {}
                Handler::Replace => out.push(b'?'),
                Handler::BackslashReplace => out.extend(escape_char(c).bytes()),
                Handler::XmlCharRefReplace => {
                    out.extend(format!("&#{};", u32::from(c)).bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

#[cold]
fn encode_error(codec: Codec, chars: &[char], start: usize, end: usize, limit: u32) -> RunError {
    let what = if end - start == 1 {
        let c = chars.get(start).copied().unwrap_or('?');
        format!("character '{}' in position {start}", escape_char(c))
    } else {
        format!("characters in position {start}-{}", end - 1)
    };
    let reason = format!("ordinal not in range({limit})");
    let message = format!("'{}' codec can't encode {what}: {reason}", codec.name());
    unicode_error(
        ExcKind::UnicodeEncodeError,
        message,
        codec,
        (start, end),
        &reason,
    )
}

/// A codec's Unicode error, with the fields [`with_object`] needs.
fn unicode_error(
    kind: ExcKind,
    message: String,
    codec: Codec,
    (start, end): (usize, usize),
    reason: &str,
) -> RunError {
    RunError::New(Box::new(crate::exc::NewException {
        kind,
        args: crate::exc::NewArgs::Unicode {
            message,
            encoding: codec.name().into(),
            start,
            end,
            reason: reason.into(),
        },
    }))
}

/// Gives a codec's `UnicodeEncodeError`/`UnicodeDecodeError` the object it
/// failed on (made by `object` only then): CPython's five `args`
/// `(encoding, object, start, end, reason)`, and the attributes of those
/// names. Other errors pass through.
pub(crate) fn with_object(
    vm: &mut Vm,
    error: RunError,
    object: impl FnOnce(&mut Vm) -> Value,
) -> RunError {
    let RunError::New(new) = &error else {
        return error;
    };
    let crate::exc::NewArgs::Unicode {
        encoding,
        start,
        end,
        reason,
        ..
    } = &new.args
    else {
        return error;
    };
    let kind = new.kind;
    let (encoding, reason) = (encoding.to_string(), reason.to_string());
    let index = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let (start, end) = (index(*start), index(*end));
    let args = [
        vm.new_str(encoding),
        object(vm),
        start,
        end,
        vm.new_str(reason),
    ];
    let class = vm.types.exception(kind);
    match vm.new_exception(class, kind, &args) {
        Ok(Value::Obj(id)) => RunError::Raised(id),
        Ok(_) => error,
        Err(e) => e,
    }
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, as `backslashreplace` writes a character.
fn escape_char(c: char) -> String {
    let code = u32::from(c);
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = match code {
        0..=0xFF => write!(out, "\\x{code:02x}"),
        0x100..=0xFFFF => write!(out, "\\u{code:04x}"),
        _ => write!(out, "\\U{code:08x}"),
    };
    out
}

fn encode_utf16(text: &str, endian: Endian) -> Vec<u8> {
    let mut out = Vec::new();
    if endian == Endian::Native {
        out.extend([0xFF, 0xFE]);
    }
    for unit in text.encode_utf16() {
        match endian {
            Endian::Big => out.extend(unit.to_be_bytes()),
            _ => out.extend(unit.to_le_bytes()),
        }
    }
    out
}

fn encode_utf32(text: &str, endian: Endian) -> Vec<u8> {
    let mut out = Vec::new();
    if endian == Endian::Native {
        out.extend([0xFF, 0xFE, 0, 0]);
    }
    for c in text.chars() {
        match endian {
            Endian::Big => out.extend(u32::from(c).to_be_bytes()),
            _ => out.extend(u32::from(c).to_le_bytes()),
        }
    }
    out
}

/// `data.decode(encoding, errors)`.
pub(crate) fn decode(data: &[u8], encoding: &str, errors: &str) -> RunResult<String> {
    let codec = Codec::lookup(encoding)?;
    match codec {
        Codec::Utf8 => decode_utf8(data, errors),
        Codec::Latin1 => Ok(data.iter().map(|b| char::from(*b)).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(char::from(b));
                } else {
                    let reason = "ordinal not in range(128)";
                    handle_decode_error(&mut out, codec, errors, data, i, i + 1, reason)?;
                }
            }
            Ok(out)
        }
        Codec::Utf16(endian) => decode_wide(data, codec, endian, 2, errors),
        Codec::Utf32(endian) => decode_wide(data, codec, endian, 4, errors),
    }
}

fn decode_utf8(data: &[u8], errors: &str) -> RunResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.push_str(valid);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let (len, reason) = match e.error_len() {
                    Some(n) => {
                        let first = rest.get(good).copied().unwrap_or(0);
                        let reason = if n == 1 && !(0xC2..=0xF4).contains(&first) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (n, reason)
                    }
                    None => (rest.len() - good, "unexpected end of data"),
                };
                let (start, end) = (offset + good, offset + good + len);
                handle_decode_error(&mut out, Codec::Utf8, errors, data, start, end, reason)?;
                rest = &rest[good + len..];
                offset = end;
            }
        }
    }
}

fn decode_wide(
    data: &[u8],
    codec: Codec,
    endian: Endian,
    width: usize,
    errors: &str,
) -> RunResult<String> {
    let mut data = data;
    let mut codec = codec;
    let mut big = endian == Endian::Big;
    if endian == Endian::Native {
        let (le_bom, be_bom): (&[u8], &[u8]) = if width == 2 {
            (&[0xFF, 0xFE], &[0xFE, 0xFF])
        } else {
            (&[0xFF, 0xFE, 0, 0], &[0, 0, 0xFE, 0xFF])
        };
        if data.starts_with(le_bom) {
            data = &data[width..];
        } else if data.starts_with(be_bom) {
            data = &data[width..];
            big = true;
        }
        codec = match (width, big) {
            (2, false) => Codec::Utf16(Endian::Little),
            (2, true) => Codec::Utf16(Endian::Big),
            (_, false) => Codec::Utf32(Endian::Little),
            (_, true) => Codec::Utf32(Endian::Big),
        };
    }
    let units: Vec<u32> = data
        .chunks_exact(width)
        .map(|c| {
            let mut v = 0u32;
            for (i, b) in c.iter().enumerate() {
                let shift = if big { (width - 1 - i) * 8 } else { i * 8 };
                v |= u32::from(*b) << shift;
            }
            v
        })
        .collect();
    let mut out = if width == 2 {
        char::decode_utf16(units.iter().map(|u| *u as u16))
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect()
    } else {
        units
            .iter()
            .map(|u| char::from_u32(*u).unwrap_or('\u{FFFD}'))
            .collect::<String>()
    };
    let whole = data.len() - data.len() % width;
    if whole < data.len() {
        handle_decode_error(
            &mut out,
            codec,
            errors,
            data,
            whole,
            data.len(),
            "truncated data",
        )?;
    }
    Ok(out)
}

/// Applies the error handler to the undecodable bytes `data[start..end]`.
fn handle_decode_error(
    out: &mut String,
    codec: Codec,
    errors: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> RunResult<()> {
    match Handler::lookup(errors)? {
        Handler::Strict | Handler::SurrogateEscape | Handler::XmlCharRefReplace => {
            let what = if end - start == 1 {
                format!(
                    "byte 0x{:02x} in position {start}",
                    data.get(start).copied().unwrap_or(0)
                )
            } else {
                format!("bytes in position {start}-{}", end - 1)
            };
            Err(unicode_error(
                ExcKind::UnicodeDecodeError,
                format!("'{}' codec can't decode {what}: {reason}", codec.name()),
                codec,
                (start, end),
                reason,
            ))
        }
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{FFFD}');
            Ok(())
        }
        Handler::BackslashReplace => {
            for b in data.get(start..end).unwrap_or_default() {
                let _ = write!(out, "\\x{b:02x}");
            }
            Ok(())
        }
    }
}
