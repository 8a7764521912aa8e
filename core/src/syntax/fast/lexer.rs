//! Tokens of the pre-pass text ([`Prepared::text`](super::super::indent::Prepared)).
//!
//! The pre-pass (`indent.rs`) checks every token as CPython's tokenizer
//! does and, in the same pass, records each one as a [`Tok`] of the text it
//! writes ([`Prepared::tokens`](super::super::indent::Prepared)): one scan of
//! the source instead of a second one over the text. This file holds the
//! token kinds and the two classifiers the pre-pass uses ([`keyword`],
//! [`punctuation`]).

/// A token kind: CPython's token names, keywords as their own kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum T {
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
pub(crate) struct Tok {
    pub kind: T,
    pub start: u32,
    pub end: u32,
}

/// The keyword spelled `word`, if any.
#[inline]
pub(crate) fn keyword(word: &[u8]) -> Option<T> {
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

/// The punctuation token at the start of `s` and its length.
#[inline]
pub(crate) fn punctuation(s: &[u8]) -> Option<(T, usize)> {
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
