//! The f-string scanner: splits the text of an `f'...'` token into literal
//! parts and `{expr!c:spec}` fields, with CPython 3.11's rules and messages
//! (`fstring_find_literal` and `fstring_find_expr` in `string_parser.c`).
//!
//! In 3.11 an f-string is an ordinary string token, so a field's expression
//! cannot hold a backslash, a comment, or the f-string's own quote.

use std::ops::Range;

use super::ast::Conversion;
use super::strings::{decode_escapes, normalize_newlines, FStringField, FStringPart, LiteralError};

/// CPython's `MAXLEVEL`, also the bracket limit inside a field.
const MAX_LEVEL: usize = 200;

/// A cursor over the text between the quotes of one f-string token.
pub(super) struct FStringParser<'a> {
    /// The whole token; all offsets are into it.
    pub token: &'a str,
    /// The next byte to read.
    pub pos: usize,
    /// Where the closing quote starts.
    pub end: usize,
    /// An `rf` string: no escapes in the literal parts.
    pub raw: bool,
}

impl FStringParser<'_> {
    /// Literal parts and fields up to the end (`level` 0) or up to the `}`
    /// that closes a format spec (`level` 1).
    pub(super) fn parse(&mut self, level: u32) -> Result<Vec<FStringPart>, LiteralError> {
        let mut parts = Vec::new();
        loop {
            let doubled = self.literal(level, &mut parts)?;
            if doubled {
                continue;
            }
            if self.pos >= self.end || self.byte() == b'}' {
                break;
            }
            let field = self.field(level)?;
            parts.push(FStringPart::Field(field));
        }
        if level == 0 && self.pos + 1 < self.end {
            return Err(error("f-string: unexpected end of string", self.pos));
        }
        if level != 0 && self.byte() != b'}' {
            return Err(expecting_brace(self.pos));
        }
        Ok(parts)
    }

    /// The byte at `pos`, or 0 at the end.
    fn byte(&self) -> u8 {
        self.at(self.pos)
    }

    fn at(&self, i: usize) -> u8 {
        if i < self.end {
            self.token.as_bytes().get(i).copied().unwrap_or(0)
        } else {
            0
        }
    }

    /// Literal text up to a `{` or `}` (not consumed), decoded into `parts`;
    /// returns true after a doubled brace, whose first half ends the text.
    fn literal(&mut self, level: u32, parts: &mut Vec<FStringPart>) -> Result<bool, LiteralError> {
        let start = self.pos;
        let mut s = self.pos;
        let mut doubled = false;
        while s < self.end {
            let mut ch = self.at(s);
            s += 1;
            if !self.raw && ch == b'\\' && s < self.end {
                ch = self.at(s);
                s += 1;
                if ch == b'N' {
                    // `\N{...}` braces belong to the escape; anything else is
                    // a malformed escape, which decoding reports.
                    s += 1;
                    if self.at(s - 1) != b'{' {
                        break;
                    }
                    while s < self.end {
                        s += 1;
                        if self.at(s - 1) == b'}' {
                            break;
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if self.at(s) == ch {
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        return Err(error("f-string: single '}' is not allowed", s - 1));
                    }
                }
                s -= 1;
                break;
            }
        }
        let s = s.min(self.end);
        self.pos = if doubled { s + 1 } else { s };
        if s > start {
            let text = self.token.get(start..s).unwrap_or_default();
            let text = if self.raw {
                normalize_newlines(text)
            } else {
                decode_escapes(text, start)?
            };
            match parts.last_mut() {
                Some(FStringPart::Literal(previous)) => previous.push_str(&text),
                _ => parts.push(FStringPart::Literal(text)),
            }
        }
        Ok(doubled)
    }

    /// A field from its `{` to its `}`, both consumed.
    fn field(&mut self, level: u32) -> Result<FStringField, LiteralError> {
        if level >= 2 {
            return Err(error("f-string: expressions nested too deeply", self.pos));
        }
        let open = self.pos;
        self.pos += 1;
        let expr = self.expression()?;
        let text = self.token.get(expr.clone()).unwrap_or_default();
        if text
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C'))
        {
            let msg = match self.byte() {
                c @ (b'!' | b':' | b'=') => {
                    format!("f-string: expression required before '{}'", char::from(c))
                }
                _ => "f-string: empty expression not allowed".to_owned(),
            };
            return Err(error(msg, expr.start));
        }
        let mut debug_text = None;
        if self.byte() == b'=' {
            self.pos += 1;
            while matches!(
                self.byte(),
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C'
            ) {
                self.pos += 1;
            }
            let text = self.token.get(expr.start..self.pos).unwrap_or_default();
            debug_text = Some(normalize_newlines(text));
        }
        let conversion = self.conversion()?;
        let mut spec = None;
        if self.pos < self.end && self.byte() == b':' {
            self.pos += 1;
            if self.pos >= self.end {
                return Err(expecting_brace(self.pos));
            }
            spec = Some(self.parse(level + 1)?);
        }
        if self.byte() != b'}' {
            return Err(expecting_brace(self.pos));
        }
        self.pos += 1;
        Ok(FStringField {
            expr,
            debug_text,
            conversion,
            spec,
            range: open..self.pos,
        })
    }

    /// The expression text: up to a `!`, `:`, `=` or `}` outside brackets
    /// and strings (not `!=`, `==`, `<=`, `>=`).
    fn expression(&mut self) -> Result<Range<usize>, LiteralError> {
        let start = self.pos;
        let mut quote = 0u8;
        let mut triple = false;
        let mut brackets = Vec::new();
        while self.pos < self.end {
            let ch = self.byte();
            let next = self.at(self.pos + 1);
            if ch == b'\\' {
                let msg = "f-string expression part cannot include a backslash";
                return Err(error(msg, self.pos));
            }
            if quote != 0 {
                if ch == quote && !triple {
                    quote = 0;
                } else if ch == quote && next == ch && self.at(self.pos + 2) == ch {
                    quote = 0;
                    self.pos += 2;
                }
            } else if ch == b'\'' || ch == b'"' {
                triple = next == ch && self.at(self.pos + 2) == ch;
                quote = ch;
                if triple {
                    self.pos += 2;
                }
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if brackets.len() >= MAX_LEVEL {
                    return Err(error("f-string: too many nested parenthesis", self.pos));
                }
                brackets.push(ch);
            } else if ch == b'#' {
                let msg = "f-string expression part cannot include '#'";
                return Err(error(msg, self.pos));
            } else if brackets.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                if self.pos + 1 < self.end {
                    if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        self.pos += 2;
                        continue;
                    }
                    if ch == b'<' || ch == b'>' {
                        self.pos += 1;
                        continue;
                    }
                }
                break;
            } else if matches!(ch, b']' | b'}' | b')') {
                self.close_bracket(ch, brackets.pop())?;
            }
            self.pos += 1;
        }
        if quote != 0 {
            return Err(error("f-string: unterminated string", self.pos));
        }
        if let Some(&open) = brackets.last() {
            let msg = format!("f-string: unmatched '{}'", char::from(open));
            return Err(error(msg, self.pos));
        }
        if self.pos >= self.end {
            return Err(expecting_brace(self.pos));
        }
        Ok(start..self.pos)
    }

    fn close_bracket(&self, close: u8, open: Option<u8>) -> Result<(), LiteralError> {
        let Some(open) = open else {
            let msg = format!("f-string: unmatched '{}'", char::from(close));
            return Err(error(msg, self.pos));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close != expected {
            let (close, open) = (char::from(close), char::from(open));
            let msg = format!(
                "f-string: closing parenthesis '{close}' does not match opening parenthesis '{open}'"
            );
            return Err(error(msg, self.pos));
        }
        Ok(())
    }

    /// `!s`, `!r`, `!a`, or none.
    fn conversion(&mut self) -> Result<Conversion, LiteralError> {
        if self.pos >= self.end || self.byte() != b'!' {
            return Ok(Conversion::None);
        }
        self.pos += 1;
        if self.pos >= self.end {
            return Err(expecting_brace(self.pos));
        }
        let c = self.byte();
        self.pos += 1;
        match c {
            b's' => Ok(Conversion::Str),
            b'r' => Ok(Conversion::Repr),
            b'a' => Ok(Conversion::Ascii),
            _ => {
                let msg = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
                Err(error(msg, self.pos - 1))
            }
        }
    }
}

#[cold]
fn error(msg: impl Into<String>, pos: usize) -> LiteralError {
    LiteralError::at(msg, pos)
}

#[cold]
fn expecting_brace(pos: usize) -> LiteralError {
    error("f-string: expecting '}'", pos)
}
