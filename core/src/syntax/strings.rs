//! String literals: prefixes, escape sequences and f-string fields, decoded
//! as CPython 3.11 does (`Parser/string_parser.c`).
//!
//! One token at a time (prefix and quotes included); the parser merges
//! implicitly concatenated tokens and parses each field's expression text.
//!
//! Divergences from CPython:
//! - A lone surrogate escape (`"\ud800"`) cannot live in a Rust `String`; it
//!   decodes to U+FFFD instead.
//! - `\N{...}` accepts the names and aliases of the `unicode_names2` crate,
//!   whose loose matching also accepts a few spellings CPython rejects.
//! - Errors inside a field's expression are found by the parser after this
//!   decoding, so an f-string with a bad expression *and* a later bad
//!   conversion or brace reports the latter, where CPython reports the former.

use std::ops::Range;

use super::ast::Conversion;
use super::fstring::FStringParser;
pub(crate) use super::number::LiteralError;

/// A decoded string token.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum StringLiteral {
    /// `'...'`, `r'...'`, `u'...'`.
    Str {
        /// The value, escapes decoded.
        value: String,
        /// Written with a `u` prefix (CPython's `kind='u'`).
        u_prefix: bool,
    },
    /// `b'...'`, `rb'...'`.
    Bytes(Vec<u8>),
    /// `f'...'`, `rf'...'`: literal text and fields, adjacent literals merged.
    FString(Vec<FStringPart>),
}

/// One piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum FStringPart {
    /// Text, escapes and doubled braces decoded.
    Literal(String),
    /// A `{...}` replacement field.
    Field(FStringField),
}

/// A `{expr!c:spec}` field; ranges are byte offsets inside the token.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FStringField {
    /// The expression text; CPython parses it as if wrapped in parentheses.
    pub expr: Range<usize>,
    /// For `{x = }`: the text `x = `, emitted before the value.
    pub debug_text: Option<String>,
    /// As written; with `=` and neither conversion nor spec, CPython uses `!r`.
    pub conversion: Conversion,
    /// The format spec after `:`, which may hold nested fields.
    pub spec: Option<Vec<FStringPart>>,
    /// The field, braces included.
    pub range: Range<usize>,
}

/// Decodes one string token, prefix and quotes included.
///
/// CPython reports most of these errors at the token after the string(s)
/// (its parser's lookahead), which only the parser knows; `range` locates the
/// problem inside this token. The bytes error is reported at the token.
pub(crate) fn decode_string(token: &str) -> Result<StringLiteral, LiteralError> {
    let (prefix, body) = split_token(token)?;
    let text = token.get(body.clone()).unwrap_or_default();
    if prefix.kind == Kind::Bytes {
        if !text.is_ascii() {
            let msg = "bytes can only contain ASCII literal characters";
            return Err(LiteralError {
                msg: msg.into(),
                range: 0..token.len(),
            });
        }
        let value = if prefix.raw {
            normalize_newlines(text).into_bytes()
        } else {
            decode_bytes_escapes(text, body.start)?
        };
        return Ok(StringLiteral::Bytes(value));
    }
    if prefix.kind == Kind::Format {
        let mut parser = FStringParser {
            token,
            pos: body.start,
            end: body.end,
            raw: prefix.raw,
        };
        return parser.parse(0).map(StringLiteral::FString);
    }
    let value = if prefix.raw {
        normalize_newlines(text)
    } else {
        decode_escapes(text, body.start)?
    };
    Ok(StringLiteral::Str {
        value,
        u_prefix: prefix.unicode,
    })
}

/// The prefix letters of a string token.
#[derive(Clone, Copy, Default)]
struct Prefix {
    raw: bool,
    unicode: bool,
    kind: Kind,
}

/// What a prefix makes of the literal.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Kind {
    #[default]
    Str,
    Bytes,
    Format,
}

/// The prefix and the byte range of the text between the quotes.
fn split_token(token: &str) -> Result<(Prefix, Range<usize>), LiteralError> {
    let mut prefix = Prefix::default();
    let quote_at = token.find(['\'', '"']).unwrap_or(token.len());
    for c in token.get(..quote_at).unwrap_or_default().chars() {
        match c.to_ascii_lowercase() {
            'r' => prefix.raw = true,
            'b' => prefix.kind = Kind::Bytes,
            'f' => prefix.kind = Kind::Format,
            'u' => prefix.unicode = true,
            _ => return Err(LiteralError::at("invalid string prefix", 0)),
        }
    }
    let rest = token.get(quote_at..).unwrap_or_default().as_bytes();
    let quote = rest.first().copied().unwrap_or(b'\'');
    let triple = [quote; 3];
    let q = if rest.len() >= 6 && rest.starts_with(&triple) && rest.ends_with(&triple) {
        3
    } else {
        1
    };
    if rest.len() < 2 * q || !rest.ends_with(&[quote]) {
        return Err(LiteralError::at("unterminated string literal", 0));
    }
    Ok((prefix, quote_at + q..token.len() - q))
}

/// CPython reads sources with universal newlines: `\r\n` and `\r` are `\n`.
pub(super) fn normalize_newlines(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    }
}

/// Where an escape error is: the escape's bytes in the token, and its
/// position in the buffer CPython decodes (non-ASCII characters there are
/// `\UXXXXXXXX`, 10 bytes, so CPython's message counts them so).
struct EscapeAt {
    token: Range<usize>,
    buffer: usize,
}

/// Decodes the escapes of a (non-raw) str literal or f-string segment;
/// `base` is the offset of `text` in the token, for error ranges.
pub(super) fn decode_escapes(text: &str, base: usize) -> Result<String, LiteralError> {
    if memchr::memchr2(b'\\', b'\r', text.as_bytes()).is_none() {
        // No escape and no line ending to normalise: the text as it is (most
        // literals; a long template string is copied, not decoded char by char).
        return Ok(text.to_owned());
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    let mut buffer = 0;
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            let next = chars.peek().map(|&(_, c)| c);
            buffer += match (c, next) {
                ('\r', Some('\n')) => 0,
                _ if c.is_ascii() => 1,
                _ => 10,
            };
            push_normalized(&mut out, c, next);
            continue;
        }
        let Some((j, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let at = EscapeAt {
            token: base + i..base + j + e.len_utf8(),
            buffer,
        };
        buffer += 2;
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().is_some_and(|&(_, c)| c == '\n') {
                    chars.next();
                }
            }
            '0'..='7' => out.push(octal_escape(&mut chars, e, &mut buffer)),
            'x' | 'u' | 'U' => {
                let count = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let value = hex_escape(&mut chars, count, e, &at, &mut buffer)?;
                out.push(char::from_u32(value).unwrap_or('\u{FFFD}'));
            }
            'N' => out.push(named_escape(&mut chars, &at, &mut buffer, base)?),
            _ => {
                if let Some(c) = simple_escape(e) {
                    out.push(c);
                } else {
                    // An invalid escape stays as written (3.11 only warns).
                    out.push('\\');
                    // CPython writes a `\` before a non-ASCII character as
                    // `\u005c`, then the character as `\UXXXXXXXX`.
                    buffer += if e.is_ascii() { 0 } else { 14 };
                    push_normalized(&mut out, e, chars.peek().map(|&(_, c)| c));
                }
            }
        }
    }
    Ok(out)
}

/// `\ooo`: up to three octal digits, `e` the first (CPython allows up to
/// `\777`, U+01FF).
fn octal_escape(chars: &mut Chars<'_>, e: char, buffer: &mut usize) -> char {
    let mut value = e.to_digit(8).unwrap_or(0);
    for _ in 0..2 {
        match chars.peek().and_then(|&(_, c)| c.to_digit(8)) {
            Some(d) => value = value * 8 + d,
            None => break,
        }
        chars.next();
        *buffer += 1;
    }
    char::from_u32(value).unwrap_or('\u{FFFD}')
}

/// Pushes `c`, turning `\r\n` (its `\r`) and a lone `\r` into `\n`.
fn push_normalized(out: &mut String, c: char, next: Option<char>) {
    match (c, next) {
        ('\r', Some('\n')) => {}
        ('\r', _) => out.push('\n'),
        _ => out.push(c),
    }
}

/// The one-character escapes shared by str and bytes.
fn simple_escape(e: char) -> Option<char> {
    Some(match e {
        '\\' | '\'' | '"' => e,
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0C',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0B',
        _ => return None,
    })
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// `\xXX`, `\uXXXX`, `\UXXXXXXXX`: exactly `count` hex digits.
fn hex_escape(
    chars: &mut Chars<'_>,
    count: usize,
    kind: char,
    at: &EscapeAt,
    buffer: &mut usize,
) -> Result<u32, LiteralError> {
    let mut value = 0u32;
    let mut end = at.token.end;
    for taken in 0..count {
        let Some(d) = chars.peek().and_then(|&(_, c)| c.to_digit(16)) else {
            let message = match kind {
                'x' => "truncated \\xXX escape",
                'u' => "truncated \\uXXXX escape",
                _ => "truncated \\UXXXXXXXX escape",
            };
            return Err(unicode_error(at, end, at.buffer + 2 + taken, message));
        };
        chars.next();
        value = value * 16 + d;
        end += 1;
    }
    *buffer += count;
    if value > 0x0010_FFFF {
        return Err(unicode_error(at, end, *buffer, "illegal Unicode character"));
    }
    Ok(value)
}

/// `\N{NAME}`, looked up in the Unicode name table.
fn named_escape(
    chars: &mut Chars<'_>,
    at: &EscapeAt,
    buffer: &mut usize,
    base: usize,
) -> Result<char, LiteralError> {
    let malformed = "malformed \\N character escape";
    if chars.peek().map(|&(_, c)| c) != Some('{') {
        return Err(unicode_error(at, at.token.end, *buffer, malformed));
    }
    chars.next();
    *buffer += 1;
    let mut name = String::new();
    let mut end = at.token.end + 1;
    loop {
        let Some((i, c)) = chars.next() else {
            return Err(unicode_error(at, end, *buffer, malformed));
        };
        if c == '}' {
            end = base + i + 1;
            break;
        }
        let crlf = c == '\r' && chars.peek().is_some_and(|&(_, c)| c == '\n');
        *buffer += match c {
            _ if crlf => 0,
            _ if c.is_ascii() => 1,
            _ => 10,
        };
        end = base + i + c.len_utf8();
        name.push(c);
    }
    if name.is_empty() {
        return Err(unicode_error(at, end - 1, *buffer, malformed));
    }
    *buffer += 1;
    lookup_name(&name).ok_or_else(|| {
        let message = "unknown Unicode character name";
        unicode_error(at, end, *buffer, message)
    })
}

/// CPython matches names and aliases case-insensitively but otherwise
/// exactly; the crate's loose matching also ignores `_` and spaces, so a
/// match that is not the exact name must at least be spelled like an alias.
/// Names are ASCII letters, digits, spaces and inner hyphens; anything else
/// is refused before the lookup (whose loose matching panics on a leading
/// hyphen in debug builds).
fn lookup_name(name: &str) -> Option<char> {
    let well_formed = name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-');
    if !well_formed {
        return None;
    }
    let c = unicode_names2::character(name)?;
    let exact = unicode_names2::name(c).is_some_and(|n| n.to_string().eq_ignore_ascii_case(name));
    let alias_like = name.contains(' ') && !name.contains("  ");
    (exact || alias_like).then_some(c)
}

/// CPython's `UnicodeDecodeError` text for an escape from `at` to
/// `buffer_end` (exclusive) in its decoding buffer.
#[cold]
fn unicode_error(
    at: &EscapeAt,
    token_end: usize,
    buffer_end: usize,
    message: &str,
) -> LiteralError {
    let start = at.buffer;
    let last = buffer_end.saturating_sub(1);
    LiteralError {
        msg: format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position \
             {start}-{last}: {message}"
        ),
        range: at.token.start..token_end,
    }
}

/// Decodes the escapes of a (non-raw) bytes literal, which is ASCII.
fn decode_bytes_escapes(text: &str, base: usize) -> Result<Vec<u8>, LiteralError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        if b != b'\\' {
            match (b, bytes.get(i)) {
                (b'\r', Some(b'\n')) => {}
                (b'\r', _) => out.push(b'\n'),
                _ => out.push(b),
            }
            continue;
        }
        let Some(&e) = bytes.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => i += usize::from(bytes.get(i) == Some(&b'\n')),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match bytes.get(i).filter(|d| (b'0'..=b'7').contains(d)) {
                        Some(d) => value = value * 8 + u32::from(d - b'0'),
                        None => break,
                    }
                    i += 1;
                }
                // CPython keeps the low byte of `\400`..`\777`.
                out.push((value & 0xFF) as u8);
            }
            b'x' => {
                let hex = bytes
                    .get(i..i + 2)
                    .and_then(|h| std::str::from_utf8(h).ok());
                let Some(value) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) else {
                    let at = i - 2;
                    return Err(LiteralError {
                        msg: format!("(value error) invalid \\x escape at position {at}"),
                        range: base + at..base + i,
                    });
                };
                out.push(value);
                i += 2;
            }
            _ => match simple_escape(char::from(e)) {
                Some(c) => out.push(c as u8),
                None => out.extend_from_slice(&[b'\\', e]),
            },
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{decode_string, FStringPart, StringLiteral};
    use crate::syntax::ast::Conversion;

    /// Values from python3 `eval(token)`.
    #[test]
    fn decodes_str_like_cpython() {
        let cases = [
            ("'abc'", "abc"),
            ("'a\\nb'", "a\nb"),
            ("'\\x41\\u00e9\\U0001F600'", "Aé😀"),
            ("'\\101\\7\\777'", "A\x07ǿ"),
            ("'\\N{BULLET}'", "•"),
            ("'\\N{latin small letter a}'", "a"),
            ("'\\N{BYTE ORDER MARK}'", "\u{FEFF}"),
            ("'\\q'", "\\q"),
            ("'\\é'", "\\é"),
            ("'a\\\nb'", "ab"),
            ("r'a\\nb'", "a\\nb"),
            ("'''a\nb'''", "a\nb"),
            ("'a\\\r\nb'", "ab"),
            ("'''a\r\nb\rc'''", "a\nb\nc"),
            ("u'x'", "x"),
            ("U'x'", "x"),
            ("R'\\x'", "\\x"),
            ("''", ""),
            ("'é\\x41'", "éA"),
            ("\"it's\"", "it's"),
            ("'\\''", "'"),
            ("'\\\\'", "\\"),
            ("'\\0'", "\x00"),
            ("'\\a\\b\\f\\v\\t\\r'", "\x07\x08\x0C\x0B\t\r"),
            ("'\\8'", "\\8"),
            ("'''\\\n'''", ""),
        ];
        for (token, value) in cases {
            let Ok(StringLiteral::Str { value: got, .. }) = decode_string(token) else {
                panic!("{token}: {:?}", decode_string(token));
            };
            assert_eq!(got, value, "{token}");
        }
        let u = |token| {
            matches!(
                decode_string(token),
                Ok(StringLiteral::Str { u_prefix: true, .. })
            )
        };
        assert!(u("u'x'") && u("U'x'") && !u("'x'") && !u("r'x'"));
        // Divergence: a lone surrogate (CPython keeps it) becomes U+FFFD.
        let Ok(StringLiteral::Str { value, .. }) = decode_string("'\\ud800'") else {
            panic!("surrogate");
        };
        assert_eq!(value, "\u{FFFD}");
    }

    /// Values from python3 `list(eval(token))`.
    #[test]
    fn decodes_bytes_like_cpython() {
        let cases: [(&str, &[u8]); _] = [
            ("b'abc'", &[97, 98, 99]),
            ("b'\\x41\\777\\n'", &[65, 255, 10]),
            ("rb'\\x'", &[92, 120]),
            ("b'\\u1234'", &[92, 117, 49, 50, 51, 52]),
            ("B'\\N{x}'", &[92, 78, 123, 120, 125]),
            ("b'a\\\nb'", &[97, 98]),
            ("br'\\''", &[92, 39]),
            ("b''", &[]),
            ("b'\\0\\12\\123\\1234'", &[0, 10, 83, 83, 52]),
            ("b'\\q'", &[92, 113]),
            ("b'''a\r\nb'''", &[97, 10, 98]),
        ];
        for (token, value) in cases {
            assert_eq!(
                decode_string(token),
                Ok(StringLiteral::Bytes(value.to_vec())),
                "{token}"
            );
        }
    }

    /// Messages from python3 `compile("x = " + token)`.
    #[test]
    fn rejects_like_cpython() {
        let cases = [
            ("b'é'", "bytes can only contain ASCII literal characters"),
            ("'\\xZ'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"),
            ("'ab\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"),
            ("'a\\u12'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-4: truncated \\uXXXX escape"),
            ("'a\\U0011ffff'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-10: illegal Unicode character"),
            ("'a\\U1234'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-6: truncated \\UXXXXXXXX escape"),
            ("'\\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"),
            ("'\\N{LATIN SMALL LETTER A'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: malformed \\N character escape"),
            ("'\\N'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"),
            ("'\\N{}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"),
            ("b'\\xZ'", "(value error) invalid \\x escape at position 0"),
            ("'é\\xZ'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\xXX escape"),
            ("'\\é\\xZ'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-17: truncated \\xXX escape"),
            ("'\\N{latinsmalllettera}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name"),
            ("f'{}'", "f-string: empty expression not allowed"),
            ("f'{ }'", "f-string: empty expression not allowed"),
            ("f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
            ("f'{x!}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
            ("f'{!r}'", "f-string: expression required before '!'"),
            ("f'{=x}'", "f-string: expression required before '='"),
            ("f'{:x}'", "f-string: expression required before ':'"),
            ("f'{ !r}'", "f-string: expression required before '!'"),
            ("'\\N{-x}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: unknown Unicode character name"),
            ("'\\N{BULLET '", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: malformed \\N character escape"),
            ("f'{x!r }'", "f-string: expecting '}'"),
            ("f'{x'", "f-string: expecting '}'"),
            ("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply"),
            ("f'}'", "f-string: single '}' is not allowed"),
            ("f'{#}'", "f-string expression part cannot include '#'"),
            ("f'{a\\\\b}'", "f-string expression part cannot include a backslash"),
            ("f'{a[}'", "f-string: closing parenthesis '}' does not match opening parenthesis '['"),
            ("f'{a)}'", "f-string: unmatched ')'"),
            ("f'{a(]}'", "f-string: closing parenthesis ']' does not match opening parenthesis '('"),
            ("f'{\"a}'", "f-string: unterminated string"),
            ("f'{x!r:'", "f-string: expecting '}'"),
            ("f'{x=!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
            ("f'\\N{foo}{x}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"),
            ("f'a}b'", "f-string: single '}' is not allowed"),
            ("f'{x:a}b}'", "f-string: single '}' is not allowed"),
            ("f'{x!'", "f-string: expecting '}'"),
            ("f'{x:'", "f-string: expecting '}'"),
            ("f'{x:{'", "f-string: expecting '}'"),
            ("f'é\\xZ{x}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\xXX escape"),
            ("f'{a!r}}'", "f-string: single '}' is not allowed"),
        ];
        for (token, msg) in cases {
            match decode_string(token) {
                Err(error) => assert_eq!(error.msg, msg, "{token}"),
                Ok(value) => panic!("{token}: {value:?}"),
            }
        }
    }

    /// CPython's `JoinedStr` shape: literals (`L`, the debug text merged in
    /// as CPython does) and fields (`{expr!c:[spec]}`), expressions without
    /// whitespace and with `'` quotes, as `ast.unparse` prints them.
    fn render(token: &str, parts: &[FStringPart]) -> String {
        let mut out: Vec<String> = Vec::new();
        let literal = |out: &mut Vec<String>, text: &str| match out.last_mut() {
            Some(last) if last.starts_with('L') => last.push_str(text),
            _ => out.push(format!("L{text}")),
        };
        for part in parts {
            match part {
                FStringPart::Literal(text) => literal(&mut out, text),
                FStringPart::Field(field) => {
                    if let Some(debug) = &field.debug_text {
                        literal(&mut out, debug);
                    }
                    let expr: String = token[field.expr.clone()]
                        .split_whitespace()
                        .collect::<String>()
                        .replace('"', "'");
                    let conversion = match field.conversion {
                        Conversion::None if field.debug_text.is_some() && field.spec.is_none() => {
                            "!r"
                        }
                        Conversion::None => "",
                        Conversion::Str => "!s",
                        Conversion::Repr => "!r",
                        Conversion::Ascii => "!a",
                    };
                    let spec = field
                        .spec
                        .as_ref()
                        .map_or(String::new(), |spec| format!(":[{}]", render(token, spec)));
                    out.push(format!("{{{expr}{conversion}{spec}}}"));
                }
            }
        }
        out.join("|")
    }

    /// Shapes from python3 `ast.parse(token)`.
    #[test]
    fn splits_fstrings_like_cpython() {
        let cases = [
            ("f'abc'", "Labc"),
            ("f'{x}'", "{x}"),
            ("f'a{x}b'", "La|{x}|Lb"),
            ("f'{x!r}'", "{x!r}"),
            ("f'{x!s:>10}'", "{x!s:[L>10]}"),
            ("f'{x:{w}.{p}}'", "{x:[{w}|L.|{p}]}"),
            ("f'{x = }'", "Lx = |{x!r}"),
            ("f'{x=}'", "Lx=|{x!r}"),
            ("f'{x=!s}'", "Lx=|{x!s}"),
            ("f'{x=:>5}'", "Lx=|{x:[L>5]}"),
            ("f'{{}}'", "L{}"),
            ("f'a{{b}}c{x}'", "La{b}c|{x}"),
            ("f'{a[1]}'", "{a[1]}"),
            ("f'{a!=b}'", "{a!=b}"),
            ("f'{a==b}'", "{a==b}"),
            ("f'{a<b}'", "{a<b}"),
            ("f'{a>=b}'", "{a>=b}"),
            ("f'{a if b else c}'", "{aifbelsec}"),
            ("f'{f(x, y)}'", "{f(x,y)}"),
            ("rf'\\n{x}'", "L\\n|{x}"),
            ("f'\\n{x}\\t'", "L\n|{x}|L\t"),
            ("f'\\N{BULLET}{x}'", "L•|{x}"),
            ("f'''{x\n}'''", "{x}"),
            ("f'{ x }'", "{x}"),
            ("f'{x:}'", "{x:[]}"),
            ("f'{x!r:}'", "{x!r:[]}"),
            ("f'{(lambda: 1)()}'", "{(lambda:1)()}"),
            ("f'{x:>{w}}'", "{x:[L>|{w}]}"),
            ("f'{d[\"k\"]}'", "{d['k']}"),
            ("f'{x:{{}}>10}'", "{x:[{{}}|L>10]}"),
            ("F'{x}'", "{x}"),
            ("fR'{x}\\d'", "{x}|L\\d"),
            ("f''", ""),
            ("f'{x}{y}'", "{x}|{y}"),
            ("f'{x:%H:%M}'", "{x:[L%H:%M]}"),
            ("f'\\{x}'", "L\\|{x}"),
            ("f'{3.14:.2f}'", "{3.14:[L.2f]}"),
            ("f'{x!a:^{w}}'", "{x!a:[L^|{w}]}"),
            ("f'{ x = }'", "L x = |{x!r}"),
            ("f'{x}}}'", "{x}|L}"),
            ("f'{{{x}'", "L{|{x}"),
        ];
        for (token, shape) in cases {
            let Ok(StringLiteral::FString(parts)) = decode_string(token) else {
                panic!("{token}: {:?}", decode_string(token));
            };
            assert_eq!(render(token, &parts), shape, "{token}");
        }
    }

    #[test]
    fn field_ranges_cover_braces_and_expression() {
        let token = "f'a{x!r:>{w}}b'";
        let Ok(StringLiteral::FString(parts)) = decode_string(token) else {
            panic!("not an f-string");
        };
        let FStringPart::Field(field) = &parts[1] else {
            panic!("not a field");
        };
        assert_eq!(
            (&token[field.range.clone()], &token[field.expr.clone()]),
            ("{x!r:>{w}}", "x")
        );
        let Some([FStringPart::Literal(_), FStringPart::Field(inner)]) = field.spec.as_deref()
        else {
            panic!("spec");
        };
        assert_eq!(&token[inner.range.clone()], "{w}");
    }

    /// Random tokens never panic (the name lookup once did).
    #[test]
    fn arbitrary_tokens_never_panic() {
        const PIECES: &[&str] = &[
            "\\", "x", "{", "}", "!", ":", "=", "N", "{x", "\\N{", "é", "\\x", "\\u", "\\U", "\"",
            "#", "(", "[", " ", "\n", "\r\n", "0", "7", "a", "-", "_", "r", "}}", "{{", "\\N{-",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        for _ in 0..5000 {
            let mut token = String::from(["'", "f'", "b'", "rf'", "rb'"][(state % 5) as usize]);
            for _ in 0..(state % 16) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                token.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            token.push('\'');
            let _ = decode_string(&token);
            if let Some(tail) = token.get(token.len() / 2..) {
                let _ = crate::syntax::number::decode_number(tail);
            }
        }
    }
}
