//! String literals: implicit concatenation, bytes, and f-strings built into
//! `JoinedStr` / `FormattedValue` exactly as CPython 3.11's `ast` shows them.
//!
//! CPython 3.11 decodes the tokens of a concatenation one by one, and
//! reports most literal errors at the token after the last string (its
//! parser's lookahead). An f-string field's expression is parsed apart, as
//! the source `(expr)`: its errors are positioned in that string (`text`
//! says so) and prefixed with `f-string: `.

use pest::Parser;

use super::super::ast::{
    Constant, Conversion, Expr, ExprConstant, ExprFormattedValue, ExprJoinedStr, Span,
};
use super::super::indent::prepare;
use super::super::strings::{
    decode_string, FStringField, FStringPart, LiteralError, StringLiteral,
};
use super::super::{LineIndex, SyntaxError};
use super::builder::{Builder, PResult, PythonParser, Rule, P};
use super::errors::{furthest_position, parse_error};
use super::expr::bx;

/// The message CPython reports at the string token itself.
const BYTES_NOT_ASCII: &str = "bytes can only contain ASCII literal characters";

/// Literal text waiting to become one `Constant` of a `JoinedStr` (shared
/// with the fast parser, so both build f-strings alike).
pub(in crate::syntax) struct Joined {
    /// The pieces built so far.
    pub values: Vec<Expr>,
    /// Literal text not yet flushed.
    pub pending: String,
    /// The span given to the next literal piece.
    pub span: Span,
}

impl Joined {
    /// No pieces yet; literals will span `span`.
    pub(in crate::syntax) fn new(span: Span) -> Self {
        Joined {
            values: Vec::new(),
            pending: String::new(),
            span,
        }
    }

    /// Turns the pending literal text, if any, into a piece.
    pub(in crate::syntax) fn flush(&mut self) {
        if !self.pending.is_empty() {
            let value = Constant::Str(std::mem::take(&mut self.pending).into());
            self.values.push(Expr::Constant(ExprConstant {
                value,
                u_prefix: false,
                span: self.span,
            }));
        }
    }
}

/// The prefix letters of a string token, lowercased.
fn prefix(token: &str) -> String {
    let quote = token.find(['\'', '"']).unwrap_or(0);
    token.get(..quote).unwrap_or("").to_ascii_lowercase()
}

impl Builder<'_> {
    /// A `strings` node: one or more adjacent string tokens.
    pub(super) fn strings(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let mut joined = Joined::new(span);
        let (mut bytes, mut first_bytes, mut is_fstring, mut u_prefix) =
            (Vec::new(), None, false, false);
        for (i, token) in pair.clone().into_inner().enumerate() {
            let prefix = prefix(token.as_str());
            let (this_bytes, this_f) = (prefix.contains('b'), prefix.contains('f'));
            let decoded = decode_string(token.as_str());
            // CPython decodes a token, then checks the bytes/str mix, then
            // scans the fields of an f-string.
            if let (Err(e), false) = (&decoded, this_f) {
                return Err(self.string_error(&pair, &token, e));
            }
            if *first_bytes.get_or_insert(this_bytes) != this_bytes {
                return Err(self.after_strings("cannot mix bytes and nonbytes literals", &pair));
            }
            match decoded.map_err(|e| self.string_error(&pair, &token, &e))? {
                StringLiteral::Str { value, u_prefix: u } => {
                    u_prefix |= i == 0 && u;
                    joined.pending.push_str(&value);
                }
                StringLiteral::Bytes(b) => bytes.extend(b),
                StringLiteral::FString(parts) => {
                    is_fstring = true;
                    self.fstring_parts(&parts, &token, &mut joined)?;
                }
            }
        }
        if first_bytes == Some(true) {
            return Ok(Expr::Constant(ExprConstant {
                value: Constant::Bytes(bytes.into()),
                u_prefix: false,
                span,
            }));
        }
        if !is_fstring {
            return Ok(Expr::Constant(ExprConstant {
                value: Constant::Str(joined.pending.into()),
                u_prefix,
                span,
            }));
        }
        joined.flush();
        Ok(Expr::JoinedStr(ExprJoinedStr {
            values: joined.values,
            span,
        }))
    }

    /// Adds the parts of one f-string token to `joined`.
    fn fstring_parts(
        &mut self,
        parts: &[FStringPart],
        token: &P<'_>,
        joined: &mut Joined,
    ) -> PResult<()> {
        let token_start = self.base + token.as_span().start();
        let token_span = self.span(token);
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
        Ok(())
    }

    /// One `{expr!c:spec}` field; `token_start` is its token's text offset.
    fn field(
        &mut self,
        field: &FStringField,
        token_start: usize,
        token_span: Span,
        span: Span,
    ) -> PResult<Expr> {
        let value = self.field_expr(field, token_start)?;
        let mut conversion = field.conversion;
        if field.debug_text.is_some() && conversion == Conversion::None && field.spec.is_none() {
            conversion = Conversion::Repr;
        }
        let format_spec = match &field.spec {
            Some(parts) => Some(bx(self.spec(parts, token_start, token_span, span)?)),
            None => None,
        };
        Ok(Expr::FormattedValue(ExprFormattedValue {
            value: bx(value),
            conversion,
            format_spec,
            span,
        }))
    }

    /// A format spec: a `JoinedStr` spanning the token that contains it,
    /// whose fields and literals before them span the whole string node
    /// (`span`), as in CPython 3.11.
    fn spec(
        &mut self,
        parts: &[FStringPart],
        token_start: usize,
        token_span: Span,
        span: Span,
    ) -> PResult<Expr> {
        let mut joined = Joined::new(span);
        for part in parts {
            match part {
                FStringPart::Literal(s) => joined.pending.push_str(s),
                FStringPart::Field(field) => {
                    if let Some(debug) = &field.debug_text {
                        joined.pending.push_str(debug);
                    }
                    joined.flush();
                    let value = self.field(field, token_start, token_span, span)?;
                    joined.values.push(value);
                }
            }
        }
        // CPython gives the spec's last literal the token's span.
        joined.span = token_span;
        joined.flush();
        Ok(Expr::JoinedStr(ExprJoinedStr {
            values: joined.values,
            span: token_span,
        }))
    }

    /// Parses a field's expression as CPython 3.11 does: the text `(expr)`
    /// on its own. Nodes are built where the text sits in the source.
    fn field_expr(&mut self, field: &FStringField, token_start: usize) -> PResult<Expr> {
        let start = token_start + field.expr.start;
        let end = token_start + field.expr.end;
        let sub = format!("({})", self.text().get(start..end).unwrap_or(""));
        let sub_index = LineIndex::new(&sub);
        let sub_prepared = prepare(&sub, &sub_index);
        if let Some(err) = sub_prepared.error {
            return Err(self.field_error(err, start, &sub, &sub_index, false));
        }
        let pair = match PythonParser::parse(Rule::fstring_expr, &sub_prepared.text) {
            Ok(mut pairs) => pairs
                .next()
                .and_then(|root| root.into_inner().next())
                .ok_or_else(|| self.error("internal parser error", Span::default()))?,
            Err(e) => {
                let pos = match e.location {
                    pest::error::InputLocation::Pos(p)
                    | pest::error::InputLocation::Span((p, _)) => p,
                };
                let pos = furthest_position(&sub_prepared.text, Rule::fstring_expr)
                    .unwrap_or(pos)
                    .max(pos);
                let (err, _) = parse_error(&sub_prepared, &sub_index, pos, 0);
                return Err(self.field_error(err, start, &sub, &sub_index, true));
            }
        };
        // `(` of the sub-source sits where the field's `{` is.
        let saved = self.base;
        self.base = start - 1;
        let result = self.expr(pair.clone());
        self.base = saved;
        result.map_err(|_| {
            // Build again in the sub-source's coordinates for the error.
            let mut sub_builder = Builder {
                prepared: &sub_prepared,
                index: &sub_index,
                depth: self.depth,
                base: 0,
            };
            let err = match sub_builder.expr(pair) {
                Err(err) => err,
                Ok(_) => self.error("internal parser error", Span::default()),
            };
            self.field_error(err, start, &sub, &sub_index, true)
        })
    }

    /// Moves an error of the sub-source `(expr)` to the source line of the
    /// field (columns stay those of the sub-source, in bytes, as in CPython).
    fn field_error(
        &self,
        mut err: SyntaxError,
        start: usize,
        sub: &str,
        sub_index: &LineIndex,
        from_parser: bool,
    ) -> SyntaxError {
        let (line, _) = self.index.line_col(self.prepared.source_offset(start));
        let sub_line = sub_index.line_text(err.lineno).unwrap_or("");
        if from_parser {
            err.offset = byte_column(sub_index, err.lineno, err.offset);
            err.end_offset = byte_column(sub_index, err.end_lineno, err.end_offset);
            if !err.msg.starts_with("f-string") {
                err.msg = format!("f-string: {}", err.msg);
            }
            let single = sub_index.line_count() == 1;
            err.text = Some(if single {
                format!("{sub}\n")
            } else {
                sub_line.to_string()
            });
        } else {
            err.text = Some(sub_line.to_string());
        }
        err.lineno += line - 1;
        err.end_lineno += line - 1;
        err.span = Span::new(
            self.prepared.source_offset(start),
            self.prepared.source_offset(start),
        );
        err
    }

    /// A literal decoder's error: at the string token for non-ASCII bytes,
    /// otherwise at the token after the strings (CPython's lookahead).
    fn string_error(&self, strings: &P<'_>, token: &P<'_>, e: &LiteralError) -> SyntaxError {
        if e.msg == BYTES_NOT_ASCII {
            return self.error(e.msg.clone(), self.span(token));
        }
        self.after_strings(&e.msg, strings)
    }

    /// An error at the token that follows the `strings` node (a NEWLINE or
    /// the end is an empty span).
    fn after_strings(&self, msg: &str, strings: &P<'_>) -> SyntaxError {
        let text = self.text();
        let end = self.base + strings.as_span().end();
        let rest = text.get(end..).unwrap_or("");
        let at = end + (rest.len() - rest.trim_start_matches([' ', '\t', '\x0C']).len());
        let line_end = text
            .get(at..)
            .and_then(|r| r.find('\n'))
            .map_or(text.len(), |i| at + i);
        let token_end = super::errors::token_end(text, at, line_end);
        self.error(msg, self.text_span(at, token_end))
    }
}

/// The 1-based byte column of 1-based character column `col` on line `line`
/// (columns past the end of the line count one byte each).
pub(super) fn byte_column(index: &LineIndex, line: u32, col: i32) -> i32 {
    let (Some(text), Ok(chars)) = (index.line_text(line), usize::try_from(col - 1)) else {
        return col;
    };
    let bytes: usize = text.chars().take(chars).map(char::len_utf8).sum();
    let past_end = chars.saturating_sub(text.chars().count());
    (bytes + past_end + 1) as i32
}
