//! Tokens of the pre-pass text ([`Prepared::text`](super::super::indent::Prepared)).
//!
//! The pre-pass has already checked every token (strings terminated, numbers
//! well formed, identifiers valid, brackets balanced), removed comments and
//! continuations and marked NEWLINE/INDENT/DEDENT, so this lexer only splits
//! and classifies. Anything unexpected makes it give up (`None`).

use super::super::indent::{DEDENT, INDENT};
use super::super::number::{scan_number, starts_number};

/// A token kind: CPython's token names, keywords as their own kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum T {
    Name,
    Number,
    Str,
    Newline,
    Indent,
    Dedent,
    Eof,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Punctuation.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    ColonEqual,
    Comma,
    Semi,
    Dot,
    Ellipsis,
    Arrow,
    At,
    Equal,
    /// A binary operator (`+`, `==`, `<<`, ...), spelled by its text.
    Op,
    /// An augmented assignment operator (`+=`, ...).
    AugOp,
    Star,
    DoubleStar,
    Tilde,
}

/// One token: its kind and its byte range in the text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub kind: T,
    pub start: u32,
    pub end: u32,
}

/// The keyword spelled `word`, if any.
fn keyword(word: &[u8]) -> Option<T> {
    Some(match word {
        b"False" => T::False,
        b"None" => T::None,
        b"True" => T::True,
        b"and" => T::And,
        b"as" => T::As,
        b"assert" => T::Assert,
        b"async" => T::Async,
        b"await" => T::Await,
        b"break" => T::Break,
        b"class" => T::Class,
        b"continue" => T::Continue,
        b"def" => T::Def,
        b"del" => T::Del,
        b"elif" => T::Elif,
        b"else" => T::Else,
        b"except" => T::Except,
        b"finally" => T::Finally,
        b"for" => T::For,
        b"from" => T::From,
        b"global" => T::Global,
        b"if" => T::If,
        b"import" => T::Import,
        b"in" => T::In,
        b"is" => T::Is,
        b"lambda" => T::Lambda,
        b"nonlocal" => T::Nonlocal,
        b"not" => T::Not,
        b"or" => T::Or,
        b"pass" => T::Pass,
        b"raise" => T::Raise,
        b"return" => T::Return,
        b"try" => T::Try,
        b"while" => T::While,
        b"with" => T::With,
        b"yield" => T::Yield,
        _ => return None,
    })
}

/// Whether `word` is a string prefix the grammar accepts.
fn is_string_prefix(word: &[u8]) -> bool {
    let lower: Vec<u8> = word.iter().map(u8::to_ascii_lowercase).collect();
    matches!(
        lower.as_slice(),
        b"r" | b"b" | b"u" | b"f" | b"rb" | b"br" | b"fr" | b"rf"
    )
}

/// Splits `text` into tokens, ending with [`T::Eof`]; also returns the
/// length in bytes of the longest line (between NEWLINE tokens).
/// Lines the lexer reads between two looks at the parse deadline.
const LINES_PER_CHECK: u32 = 4096;

pub(super) fn tokenize(text: &str) -> Option<(Vec<Tok>, usize)> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 3);
    let (mut line_start, mut longest, mut lines) = (0, 0, 0_u32);
    let mut i = 0;
    while let Some(&c) = bytes.get(i) {
        let start = i;
        let kind = match c {
            b' ' | b'\t' | b'\x0C' => {
                i += 1;
                continue;
            }
            b'\n' => {
                longest = longest.max(i - line_start);
                lines += 1;
                // The time limit (`syntax/deadline.rs`), every few thousand lines.
                if lines.is_multiple_of(LINES_PER_CHECK) && super::super::deadline::passed() {
                    return None;
                }
                i += 1;
                line_start = i;
                T::Newline
            }
            b'"' | b'\'' => {
                i = string_end(bytes, i)?;
                T::Str
            }
            _ if starts_number(bytes, i) => {
                i = scan_number(bytes, i).ok()?;
                T::Number
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80..=0xFF => {
                if let Some(marker) = marker_at(text, i) {
                    i += marker.len_utf8();
                    if marker == INDENT {
                        T::Indent
                    } else {
                        T::Dedent
                    }
                } else {
                    i = name_end(text, i);
                    let word = bytes.get(start..i)?;
                    if matches!(bytes.get(i), Some(b'"' | b'\'')) && is_string_prefix(word) {
                        i = string_end(bytes, i)?;
                        T::Str
                    } else {
                        keyword(word).unwrap_or(T::Name)
                    }
                }
            }
            _ => {
                let (kind, len) = punctuation(bytes.get(i..)?)?;
                i += len;
                kind
            }
        };
        toks.push(Tok {
            kind,
            start: start as u32,
            end: i as u32,
        });
    }
    toks.push(Tok {
        kind: T::Eof,
        start: text.len() as u32,
        end: text.len() as u32,
    });
    Some((toks, longest.max(text.len() - line_start)))
}

/// The INDENT or DEDENT marker at `i`, if there is one.
fn marker_at(text: &str, i: usize) -> Option<char> {
    let c = text.get(i..)?.chars().next()?;
    (c == INDENT || c == DEDENT).then_some(c)
}

/// The end of the identifier starting at `i`.
fn name_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' => i += 1,
            0x80..=0xFF => {
                if marker_at(text, i).is_some() {
                    break;
                }
                i += text
                    .get(i..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8);
            }
            _ => break,
        }
    }
    i
}

/// The end of the string whose opening quote is at `q`.
fn string_end(bytes: &[u8], q: usize) -> Option<usize> {
    let quote = *bytes.get(q)?;
    let long = bytes.get(q + 1) == Some(&quote) && bytes.get(q + 2) == Some(&quote);
    let mut i = if long { q + 3 } else { q + 1 };
    loop {
        if long {
            // Only a quote or a backslash matters: skip to the next one (a
            // template's text is most of some files).
            i += memchr::memchr2(quote, b'\\', bytes.get(i..)?)?;
        }
        let b = *bytes.get(i)?;
        if b == b'\\' {
            i += 2;
            continue;
        }
        if long {
            if b == quote && bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                return Some(i + 3);
            }
        } else if b == quote {
            return Some(i + 1);
        } else if b == b'\n' {
            return None;
        }
        i += 1;
    }
}

/// The punctuation token at the start of `s` and its length.
fn punctuation(s: &[u8]) -> Option<(T, usize)> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let (c, d, e) = (at(0), at(1), at(2));
    Some(match (c, d, e) {
        (b'*', b'*', b'=') | (b'/', b'/', b'=') | (b'<', b'<', b'=') | (b'>', b'>', b'=') => {
            (T::AugOp, 3)
        }
        (b'.', b'.', b'.') => (T::Ellipsis, 3),
        (b'*', b'*', _) => (T::DoubleStar, 2),
        (b'-', b'>', _) => (T::Arrow, 2),
        (b':', b'=', _) => (T::ColonEqual, 2),
        (b'=' | b'!' | b'<' | b'>', b'=', _)
        | (b'<', b'<', _)
        | (b'>', b'>', _)
        | (b'/', b'/', _) => (T::Op, 2),
        (b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^' | b'@', b'=', _) => (T::AugOp, 2),
        (b'(', ..) => (T::LPar, 1),
        (b')', ..) => (T::RPar, 1),
        (b'[', ..) => (T::LSqb, 1),
        (b']', ..) => (T::RSqb, 1),
        (b'{', ..) => (T::LBrace, 1),
        (b'}', ..) => (T::RBrace, 1),
        (b':', ..) => (T::Colon, 1),
        (b',', ..) => (T::Comma, 1),
        (b';', ..) => (T::Semi, 1),
        (b'.', ..) => (T::Dot, 1),
        (b'@', ..) => (T::At, 1),
        (b'=', ..) => (T::Equal, 1),
        (b'*', ..) => (T::Star, 1),
        (b'~', ..) => (T::Tilde, 1),
        (b'+' | b'-' | b'/' | b'%' | b'&' | b'|' | b'^' | b'<' | b'>', ..) => (T::Op, 1),
        _ => return None,
    })
}
