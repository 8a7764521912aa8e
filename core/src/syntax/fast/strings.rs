//! String literals: implicit concatenation, bytes and f-strings, decoded by
//! `syntax/strings.rs` and built exactly as the pest builder builds them
//! (`parse/fstring.rs`); a field's expression is parsed, as CPython 3.11
//! does, as the text `(expr)` on its own, with nodes placed in the file.

use super::super::ast::{
    Constant, Conversion, Expr, ExprConstant, ExprFormattedValue, ExprJoinedStr, Span,
};
use super::super::indent::prepare;
use super::super::parse::Joined;
use super::super::strings::{decode_string, FStringField, FStringPart, StringLiteral};
use super::super::LineIndex;
use super::expr::bx;
use super::lexer::{Tok, T};
use super::{Parser, R};

/// Whether a string token's prefix holds `letter` (lowercase).
fn has_prefix(token: &str, letter: u8) -> bool {
    token
        .bytes()
        .take_while(|b| *b != b'\'' && *b != b'"')
        .any(|b| b.to_ascii_lowercase() == letter)
}

impl Parser<'_> {
    /// One or more adjacent string tokens.
    pub(super) fn strings(&mut self) -> R<Expr> {
        let start = self.start();
        let first = self.pos;
        while self.kind() == T::Str {
            self.bump();
        }
        let end = self.pos;
        let span = self.span_from(start);
        // The usual literal, one plain string token: its value as decoded
        // (what the loop below makes of it, without its bookkeeping).
        if end == first + 1 {
            let text = self.tok_text(*self.toks.get(first)?);
            if let Ok(StringLiteral::Str { value, u_prefix }) = decode_string(text) {
                return Some(Expr::Constant(ExprConstant {
                    value: Constant::Str(value.into()),
                    u_prefix,
                    span,
                }));
            }
        }
        let mut joined = Joined::new(span);
        let (mut bytes, mut first_bytes, mut is_fstring, mut u_prefix) =
            (Vec::new(), None, false, false);
        for i in first..end {
            let token: Tok = *self.toks.get(i)?;
            let text = self.tok_text(token);
            let this_bytes = has_prefix(text, b'b');
            if *first_bytes.get_or_insert(this_bytes) != this_bytes {
                return None;
            }
            // The first piece is kept as decoded (most literals are one
            // token), later ones are appended.
            match decode_string(text).ok()? {
                StringLiteral::Str { value, u_prefix: u } => {
                    u_prefix |= i == first && u;
                    if joined.pending.is_empty() {
                        joined.pending = value;
                    } else {
                        joined.pending.push_str(&value);
                    }
                }
                StringLiteral::Bytes(b) if bytes.is_empty() => bytes = b,
                StringLiteral::Bytes(b) => bytes.extend(b),
                StringLiteral::FString(parts) => {
                    is_fstring = true;
                    let token_span = self.span(token.start, token.end);
                    self.fstring_parts(&parts, token.start, token_span, &mut joined)?;
                }
            }
        }
        if first_bytes == Some(true) {
            return Some(Expr::Constant(ExprConstant {
                value: Constant::Bytes(bytes.into()),
                u_prefix: false,
                span,
            }));
        }
        if !is_fstring {
            return Some(Expr::Constant(ExprConstant {
                value: Constant::Str(joined.pending.into()),
                u_prefix,
                span,
            }));
        }
        joined.flush();
        Some(Expr::JoinedStr(ExprJoinedStr {
            values: joined.values,
            span,
        }))
    }

    /// Adds the parts of one f-string token (starting at `token_start`).
    fn fstring_parts(
        &mut self,
        parts: &[FStringPart],
        token_start: u32,
        token_span: Span,
        joined: &mut Joined,
    ) -> R<()> {
        for part in parts {
            match part {
                FStringPart::Literal(s) => joined.pending.push_str(s),
                FStringPart::Field(field) => {
                    if let Some(debug) = &field.debug_text {
                        joined.pending.push_str(debug);
                    }
                    joined.flush();
                    let value = self.field(field, token_start, token_span, joined.span)?;
                    joined.values.push(value);
                }
            }
        }
        Some(())
    }

    /// One `{expr!c:spec}` field.
    fn field(
        &mut self,
        field: &FStringField,
        token_start: u32,
        token_span: Span,
        span: Span,
    ) -> R<Expr> {
        let value = self.field_expr(field, token_start)?;
        let mut conversion = field.conversion;
        if field.debug_text.is_some() && conversion == Conversion::None && field.spec.is_none() {
            conversion = Conversion::Repr;
        }
        let format_spec = match &field.spec {
            Some(parts) => {
                let mut joined = Joined::new(span);
                self.fstring_parts(parts, token_start, token_span, &mut joined)?;
                // CPython gives the spec's last literal the token's span.
                joined.span = token_span;
                joined.flush();
                Some(bx(Expr::JoinedStr(ExprJoinedStr {
                    values: joined.values,
                    span: token_span,
                })))
            }
            None => None,
        };
        Some(Expr::FormattedValue(ExprFormattedValue {
            value: bx(value),
            conversion,
            format_spec,
            span,
        }))
    }

    /// A field's expression, parsed as the source `(expr)` whose `(` sits
    /// where the field's `{` is.
    fn field_expr(&mut self, field: &FStringField, token_start: u32) -> R<Expr> {
        let start = token_start as usize + field.expr.start;
        let end = token_start as usize + field.expr.end;
        let sub = format!("({})", self.text.get(start..end)?);
        let mut sub_prepared = prepare(&sub, &LineIndex::new(&sub));
        if sub_prepared.error.is_some() || sub_prepared.text.len() != sub.len() + 1 {
            return None;
        }
        let (toks, _) = sub_prepared.tokens.take()?;
        let mut parser = Parser {
            prepared: self.prepared,
            text: &sub_prepared.text,
            base: self.base + start - 1,
            toks,
            pos: 0,
            depth: self.depth,
            statements: 0,
            segment: self.segment.clone(),
            names_ascii: sub_prepared.names_ascii,
        };
        let e = parser.star_expressions()?;
        parser.expect(T::Newline)?;
        parser.expect(T::Eof)?;
        Some(e)
    }
}
