//! `match` statements and their patterns.

use super::super::ast::{
    Constant, Expr, ExprAttribute, ExprContext, ExprName, ExprUnaryOp, Ident, MatchCase, Operator,
    Pattern, PatternMatchAs, PatternMatchClass, PatternMatchMapping, PatternMatchOr,
    PatternMatchSequence, PatternMatchSingleton, PatternMatchStar, PatternMatchValue, Span, Stmt,
    StmtMatch, UnaryOp,
};
use super::builder::{Builder, PResult, Rule, P};
use super::expr::{binop, bx};

impl Builder<'_> {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, pair: P<'_>) -> PResult<Stmt> {
        let start = self.span(&pair).start;
        let mut it = pair.clone().into_inner();
        let subject = self.expr(self.next(&mut it, &pair)?)?;
        let mut cases = Vec::new();
        for case in it {
            cases.push(self.case_block(case)?);
        }
        let end = self.span(&pair).end;
        Ok(Stmt::Match(StmtMatch {
            subject: bx(subject),
            cases,
            span: Span::new(start, end),
        }))
    }

    fn case_block(&mut self, pair: P<'_>) -> PResult<MatchCase> {
        let start = self.span(&pair).start;
        let (mut pattern, mut guard, mut body) = (None, None, Vec::new());
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::patterns => pattern = Some(self.patterns(child)?),
                Rule::guard => guard = Some(bx(self.expr(self.first(&child)?)?)),
                _ => body = self.block(child)?,
            }
        }
        let pattern = pattern.ok_or_else(|| self.internal(&pair))?;
        let end = self.span(&pair).end;
        Ok(MatchCase {
            pattern,
            guard,
            body,
            span: Span::new(start, end),
        })
    }

    /// A comma-separated list: one pattern, or a sequence without brackets.
    fn patterns(&mut self, pair: P<'_>) -> PResult<Pattern> {
        let span = self.span(&pair);
        let (mut items, comma) = self.pattern_items(&pair)?;
        if items.len() == 1 && !comma && !matches!(items.first(), Some(Pattern::MatchStar(_))) {
            return items.pop().ok_or_else(|| self.internal(&pair));
        }
        Ok(Pattern::MatchSequence(PatternMatchSequence {
            patterns: items,
            span,
        }))
    }

    /// The patterns of a `patterns` node, and whether a comma ends it.
    fn pattern_items(&mut self, pair: &P<'_>) -> PResult<(Vec<Pattern>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::tcomma => comma = true,
                _ => items.push(self.pattern(child)?),
            }
        }
        Ok((items, comma))
    }

    fn pattern(&mut self, pair: P<'_>) -> PResult<Pattern> {
        let span = self.span(&pair);
        self.descend(1, span)?;
        let result = self.pattern_inner(pair, span);
        self.ascend(1);
        result
    }

    fn pattern_inner(&mut self, pair: P<'_>, span: Span) -> PResult<Pattern> {
        match pair.as_rule() {
            Rule::pattern => {
                let mut it = pair.clone().into_inner();
                let inner = self.pattern(self.next(&mut it, &pair)?)?;
                match it.next() {
                    None => Ok(inner),
                    Some(name) => {
                        let name = self.capture_name(&name)?;
                        Ok(Pattern::MatchAs(PatternMatchAs {
                            pattern: Some(Box::new(inner)),
                            name: Some(name),
                            span,
                        }))
                    }
                }
            }
            Rule::or_pattern => {
                let mut patterns = Vec::new();
                for p in pair.clone().into_inner() {
                    patterns.push(self.pattern(p)?);
                }
                if patterns.len() == 1 {
                    return patterns.pop().ok_or_else(|| self.internal(&pair));
                }
                Ok(Pattern::MatchOr(PatternMatchOr { patterns, span }))
            }
            Rule::star_pattern => {
                let name = self.first(&pair)?;
                let name = if name.as_str() == "_" {
                    None
                } else {
                    Some(self.ident(&name))
                };
                Ok(Pattern::MatchStar(PatternMatchStar { name, span }))
            }
            Rule::literal_pattern => {
                let inner = self.first(&pair)?;
                if inner.as_rule() == Rule::const_kw {
                    let value = match inner.as_str() {
                        "True" => Constant::Bool(true),
                        "False" => Constant::Bool(false),
                        _ => Constant::None,
                    };
                    return Ok(Pattern::MatchSingleton(PatternMatchSingleton {
                        value,
                        span,
                    }));
                }
                let value = self.pattern_value(inner)?;
                Ok(Pattern::MatchValue(PatternMatchValue {
                    value: bx(value),
                    span,
                }))
            }
            Rule::name_pattern => self.name_pattern(pair, span),
            Rule::group_pattern | Rule::list_pattern => {
                let Some(inner) = pair.clone().into_inner().next() else {
                    return Ok(Pattern::MatchSequence(PatternMatchSequence {
                        patterns: Vec::new(),
                        span,
                    }));
                };
                let (mut items, comma) = self.pattern_items(&inner)?;
                // `(p)` is `p`; `[p]`, `(p,)` and `(*p)` are sequences.
                let group = pair.as_rule() == Rule::group_pattern
                    && items.len() == 1
                    && !comma
                    && !matches!(items.first(), Some(Pattern::MatchStar(_)));
                if group {
                    return items.pop().ok_or_else(|| self.internal(&pair));
                }
                Ok(Pattern::MatchSequence(PatternMatchSequence {
                    patterns: items,
                    span,
                }))
            }
            Rule::mapping_pattern => self.mapping_pattern(pair, span),
            _ => Err(self.internal(&pair)),
        }
    }

    fn capture_name(&self, pair: &P<'_>) -> PResult<Ident> {
        if pair.as_str() == "_" {
            return Err(self.error("cannot use '_' as a target", self.span(pair)));
        }
        Ok(self.ident(pair))
    }

    /// A literal or dotted-name value in a pattern.
    fn pattern_value(&mut self, pair: P<'_>) -> PResult<Expr> {
        match pair.as_rule() {
            Rule::signed_number => self.signed_number(pair),
            Rule::strings => {
                let e = self.expr(pair)?;
                if let Expr::JoinedStr(j) = &e {
                    return Err(self.error(
                        "patterns may only match literals and attribute lookups",
                        j.span,
                    ));
                }
                Ok(e)
            }
            Rule::const_kw => self.expr(pair),
            _ => Err(self.internal(&pair)),
        }
    }

    /// `-1`, `1.5`, `-1 + 2j`.
    fn signed_number(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let minus = pair
            .clone()
            .into_inner()
            .find(|p| p.as_rule() == Rule::minus)
            .map(|m| self.span(&m));
        let parts: Vec<P<'_>> = pair
            .clone()
            .into_inner()
            .filter(|p| p.as_rule() != Rule::minus)
            .collect();
        let first = parts.first().ok_or_else(|| self.internal(&pair))?;
        let mut value = self.expr(first.clone())?;
        if let Some(m) = minus {
            let s = m.cover(value.span());
            value = Expr::UnaryOp(ExprUnaryOp {
                op: UnaryOp::USub,
                operand: bx(value),
                span: s,
            });
        }
        if let (Some(sign), Some(imag)) = (parts.get(1), parts.get(2)) {
            if matches!(value, Expr::Constant(ref c) if matches!(c.value, Constant::Complex(_)))
                || matches!(value, Expr::UnaryOp(ref u) if matches!(*u.operand, Expr::Constant(ref c) if matches!(c.value, Constant::Complex(_))))
            {
                return Err(self.error("real number required in complex literal", value.span()));
            }
            let right = self.expr(imag.clone())?;
            if !matches!(right, Expr::Constant(ref c) if matches!(c.value, Constant::Complex(_))) {
                return Err(
                    self.error("imaginary number required in complex literal", right.span())
                );
            }
            let op = if sign.as_str() == "+" {
                Operator::Add
            } else {
                Operator::Sub
            };
            return Ok(binop(value, op, right, span));
        }
        Ok(value)
    }

    /// A capture, wildcard, dotted value or class pattern.
    fn name_pattern(&mut self, pair: P<'_>, span: Span) -> PResult<Pattern> {
        let mut names = Vec::new();
        let mut args = None;
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::name => names.push(child),
                _ => args = Some(child),
            }
        }
        let first = names.first().ok_or_else(|| self.internal(&pair))?;
        if names.len() == 1 && args.is_none() {
            let name = if first.as_str() == "_" {
                None
            } else {
                Some(self.ident(first))
            };
            return Ok(Pattern::MatchAs(PatternMatchAs {
                pattern: None,
                name,
                span,
            }));
        }
        let mut value = self.dotted_value(&names)?;
        let Some(args) = args else {
            return Ok(Pattern::MatchValue(PatternMatchValue {
                value: bx(value),
                span,
            }));
        };
        if let Expr::Attribute(a) = &mut value {
            a.ctx = ExprContext::Load;
        }
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        for arg in args.into_inner() {
            let inner = self.first(&arg)?;
            if inner.as_rule() == Rule::keyword_pattern {
                let mut parts = inner.clone().into_inner();
                kwd_attrs.push(self.ident(&self.next(&mut parts, &inner)?));
                kwd_patterns.push(self.pattern(self.next(&mut parts, &inner)?)?);
            } else {
                let p = self.pattern(inner)?;
                if !kwd_attrs.is_empty() {
                    return Err(self.error("positional patterns follow keyword patterns", p.span()));
                }
                patterns.push(p);
            }
        }
        Ok(Pattern::MatchClass(PatternMatchClass {
            cls: bx(value),
            patterns,
            kwd_attrs,
            kwd_patterns,
            span,
        }))
    }

    /// `a.b.c` as nested `Attribute`s (or a `Name`), all Load.
    fn dotted_value(&self, names: &[P<'_>]) -> PResult<Expr> {
        let mut it = names.iter();
        let first = it
            .next()
            .ok_or_else(|| self.error("invalid syntax", Span::default()))?;
        let id = self.ident(first);
        let start = id.span.start;
        let mut value = Expr::Name(ExprName {
            id: id.name,
            ctx: ExprContext::Load,
            span: id.span,
        });
        for n in it {
            let attr = self.ident(n);
            let span = Span::new(start, attr.span.end);
            value = Expr::Attribute(ExprAttribute {
                value: bx(value),
                attr,
                ctx: ExprContext::Load,
                span,
            });
        }
        Ok(value)
    }

    fn mapping_pattern(&mut self, pair: P<'_>, span: Span) -> PResult<Pattern> {
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        for item in pair.into_inner() {
            let mut it = item.clone().into_inner();
            let first = self.next(&mut it, &item)?;
            if first.as_rule() == Rule::name {
                rest = Some(self.ident(&first));
            } else {
                {
                    let key_inner = self.first(&first)?;
                    let key = if key_inner.as_rule() == Rule::name {
                        let names: Vec<P<'_>> = first.clone().into_inner().collect();
                        self.dotted_value(&names)?
                    } else {
                        self.pattern_value(key_inner)?
                    };
                    keys.push(key);
                    patterns.push(self.pattern(self.next(&mut it, &item)?)?);
                }
            }
        }
        Ok(Pattern::MatchMapping(PatternMatchMapping {
            keys,
            patterns,
            rest,
            span,
        }))
    }
}
