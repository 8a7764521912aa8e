//! String literals: implicit concatenation, bytes, and f-strings built into
//! `JoinedStr` / `FormattedValue` exactly as CPython 3.11's `ast` shows them.

use pest::Parser;

use super::super::ast::{
    Constant, Conversion, Expr, ExprConstant, ExprFormattedValue, ExprJoinedStr, Span,
};
use super::super::strings::{decode_string, FStringField, FStringPart, StringLiteral};
use super::builder::{Builder, PResult, PythonParser, Rule, P};
use super::expr::bx;

/// Literal text waiting to become one `Constant` of a `JoinedStr`.
struct Joined {
    values: Vec<Expr>,
    pending: String,
    span: Span,
}

impl Joined {
    fn flush(&mut self) {
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

impl Builder<'_> {
    /// A `strings` node: one or more adjacent string tokens.
    pub(super) fn strings(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let mut decoded = Vec::new();
        for token in pair.clone().into_inner() {
            match decode_string(token.as_str()) {
                Ok(lit) => decoded.push((token, lit)),
                Err(e) => return Err(self.literal_error(&token, &e.msg, e.range)),
            }
        }
        let bytes = decoded
            .iter()
            .filter(|(_, l)| matches!(l, StringLiteral::Bytes(_)))
            .count();
        if bytes > 0 && bytes < decoded.len() {
            return Err(self.error(
                "cannot mix bytes and nonbytes literals",
                Span::new(span.end, span.end),
            ));
        }
        if bytes > 0 {
            let mut all = Vec::new();
            for (_, lit) in decoded {
                if let StringLiteral::Bytes(b) = lit {
                    all.extend(b);
                }
            }
            return Ok(Expr::Constant(ExprConstant {
                value: Constant::Bytes(all.into()),
                u_prefix: false,
                span,
            }));
        }
        if !decoded
            .iter()
            .any(|(_, l)| matches!(l, StringLiteral::FString(_)))
        {
            let u_prefix = matches!(
                decoded.first(),
                Some((_, StringLiteral::Str { u_prefix: true, .. }))
            );
            let mut text = String::new();
            for (_, lit) in decoded {
                if let StringLiteral::Str { value, .. } = lit {
                    text.push_str(&value);
                }
            }
            return Ok(Expr::Constant(ExprConstant {
                value: Constant::Str(text.into()),
                u_prefix,
                span,
            }));
        }
        let mut joined = Joined {
            values: Vec::new(),
            pending: String::new(),
            span,
        };
        for (token, lit) in decoded {
            match lit {
                StringLiteral::Str { value, .. } => joined.pending.push_str(&value),
                StringLiteral::FString(parts) => {
                    let token_start = self.base + token.as_span().start();
                    let token_span = self.span(&token);
                    for part in parts {
                        match part {
                            FStringPart::Literal(s) => joined.pending.push_str(&s),
                            FStringPart::Field(field) => {
                                if let Some(debug) = &field.debug_text {
                                    joined.pending.push_str(debug);
                                }
                                joined.flush();
                                let value = self.field(&field, token_start, token_span, span)?;
                                joined.values.push(value);
                            }
                        }
                    }
                }
                StringLiteral::Bytes(_) => {}
            }
        }
        joined.flush();
        Ok(Expr::JoinedStr(ExprJoinedStr {
            values: joined.values,
            span,
        }))
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
            Some(parts) => Some(bx(self.spec(parts, token_start, token_span)?)),
            None => None,
        };
        Ok(Expr::FormattedValue(ExprFormattedValue {
            value: bx(value),
            conversion,
            format_spec,
            span,
        }))
    }

    /// A format spec: a `JoinedStr` spanning the token that contains it.
    fn spec(
        &mut self,
        parts: &[FStringPart],
        token_start: usize,
        token_span: Span,
    ) -> PResult<Expr> {
        let mut joined = Joined {
            values: Vec::new(),
            pending: String::new(),
            span: token_span,
        };
        for part in parts {
            match part {
                FStringPart::Literal(s) => joined.pending.push_str(s),
                FStringPart::Field(field) => {
                    if let Some(debug) = &field.debug_text {
                        joined.pending.push_str(debug);
                    }
                    joined.flush();
                    let value = self.field(field, token_start, token_span, token_span)?;
                    joined.values.push(value);
                }
            }
        }
        joined.flush();
        Ok(Expr::JoinedStr(ExprJoinedStr {
            values: joined.values,
            span: token_span,
        }))
    }

    /// Parses a field's expression text where it sits in the source, as
    /// CPython 3.11 does: as if in parentheses (newlines are whitespace).
    fn field_expr(&mut self, field: &FStringField, token_start: usize) -> PResult<Expr> {
        let start = token_start + field.expr.start;
        let end = token_start + field.expr.end;
        let text = self.text().get(start..end).unwrap_or("");
        let input: String = text
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        let parsed = PythonParser::parse(Rule::fstring_expr, &input);
        let mut pairs = match parsed {
            Ok(p) => p,
            Err(e) => {
                let at = match e.location {
                    pest::error::InputLocation::Pos(p)
                    | pest::error::InputLocation::Span((p, _)) => p,
                };
                let span = self.text_span(start + at, start + at + 1);
                return Err(self.error("f-string: invalid syntax", span));
            }
        };
        let root = pairs
            .next()
            .ok_or_else(|| self.error("f-string: empty expression not allowed", Span::default()))?;
        let expr_pair = root
            .clone()
            .into_inner()
            .next()
            .ok_or_else(|| self.internal(&root))?;
        let saved = self.base;
        self.base = start;
        let result = self.expr(expr_pair);
        self.base = saved;
        result
    }
}
