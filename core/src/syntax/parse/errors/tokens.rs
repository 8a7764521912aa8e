//! CPython's tokens over the pre-pass text, for the error analysis.
//!
//! The grammar works on characters; CPython's error rules work on tokens.
//! This splits the text around a failure into tokens with their bracket depth,
//! enough to locate expressions and statement keywords. The pre-pass has
//! already removed comments and continuations, so this is a simple scan.

use super::super::super::indent::{DEDENT, INDENT};
use super::super::super::number::{scan_number, starts_number};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// An identifier or keyword.
    Name,
    /// A number literal.
    Number,
    /// A string literal (prefix and quotes included).
    String,
    /// An operator or delimiter.
    Op,
    /// The end of a logical line.
    Newline,
    /// One more indentation level.
    Indent,
    /// One closed indentation level.
    Dedent,
    /// The end of the text.
    End,
}

/// One token: its kind, its text range, and its bracket depth.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// Open brackets around the token (an opener counts itself, a closer
    /// does not): CPython's `tok->level` when the token was read.
    pub depth: u32,
}

/// Operators and delimiters of three, then two characters.
const LONG_OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
];

/// Whether a character continues an identifier.
pub(super) fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The tokens of `text[start..end]` (`end` is clamped to the text).
pub(super) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let end = end.min(text.len());
    let mut tokens = Vec::new();
    let mut depth: u32 = 0;
    let mut i = start;
    while i < end {
        let Some(rest) = text.get(i..) else { break };
        let Some(c) = rest.chars().next() else { break };
        if matches!(c, ' ' | '\t' | '\x0C') {
            i += 1;
            continue;
        }
        let (kind, len) = token_at(rest, c);
        let mut token_depth = depth;
        if kind == Kind::Op {
            match c {
                '(' | '[' | '{' => {
                    depth += 1;
                    token_depth = depth;
                }
                ')' | ']' | '}' => {
                    depth = depth.saturating_sub(1);
                    token_depth = depth;
                }
                _ => {}
            }
        }
        tokens.push(Token {
            kind,
            start: i,
            end: i + len,
            depth: token_depth,
        });
        i += len.max(1);
    }
    tokens.push(Token {
        kind: Kind::End,
        start: end,
        end,
        depth,
    });
    tokens
}

/// The kind and byte length of the token at the start of `rest`.
fn token_at(rest: &str, c: char) -> (Kind, usize) {
    match c {
        '\n' => (Kind::Newline, 1),
        INDENT => (Kind::Indent, c.len_utf8()),
        DEDENT => (Kind::Dedent, c.len_utf8()),
        '"' | '\'' => (Kind::String, string_len(rest)),
        _ if starts_number(rest.as_bytes(), 0) => {
            let len = scan_number(rest.as_bytes(), 0).unwrap_or(1).max(1);
            (Kind::Number, len)
        }
        _ if is_ident_char(c) => {
            let len = rest
                .find(|ch: char| !is_ident_char(ch))
                .unwrap_or(rest.len());
            let word = &rest[..len];
            let quote = rest[len..].starts_with(['"', '\'']);
            if quote && is_string_prefix(word) {
                (Kind::String, len + string_len(&rest[len..]))
            } else {
                (Kind::Name, len)
            }
        }
        _ => {
            let len = LONG_OPERATORS
                .iter()
                .find(|op| rest.starts_with(**op))
                .map_or(c.len_utf8(), |op| op.len());
            (Kind::Op, len)
        }
    }
}

/// Whether `word` is a string prefix (`r`, `b`, `f`, `u`, `rb`, `fr`, ...).
fn is_string_prefix(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// The byte length of the string literal at the start of `s` (to its closing
/// quote, or to the end of the line for an unterminated one).
pub(in super::super) fn string_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let Some(&q) = bytes.first() else { return 0 };
    let triple = bytes.get(..3) == Some(&[q, q, q][..]);
    let open = if triple { 3 } else { 1 };
    let mut i = open;
    while i < bytes.len() {
        match bytes.get(i) {
            Some(b'\\') => i += 2,
            Some(&b) if b == q => {
                if !triple {
                    return i + 1;
                }
                if bytes.get(i..i + 3) == Some(&[q, q, q][..]) {
                    return i + 3;
                }
                i += 1;
            }
            Some(b'\n') if !triple => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The text of a token.
pub(super) fn token_text<'t>(text: &'t str, token: &Token) -> &'t str {
    text.get(token.start..token.end).unwrap_or("")
}

/// Python's keywords (not the soft ones).
pub(super) fn is_keyword(w: &str) -> bool {
    matches!(
        w,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}
