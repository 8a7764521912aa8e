//! `match` statements and their patterns.

use super::super::ast::{
    Constant, Expr, ExprAttribute, ExprBinOp, ExprContext, ExprName, ExprUnaryOp, Ident, MatchCase,
    Operator, Pattern, PatternMatchAs, PatternMatchClass, PatternMatchMapping, PatternMatchOr,
    PatternMatchSequence, PatternMatchSingleton, PatternMatchStar, PatternMatchValue, Stmt,
    StmtMatch, UnaryOp,
};
use super::atom::constant;
use super::expr::bx;
use super::lexer::T;
use super::{Parser, R};

impl Parser<'_> {
    /// `match subject: case ...`: `Some(None)` when the line is not a
    /// `match` statement (`match` is then a name), `None` to give up.
    pub(super) fn match_stmt(&mut self) -> R<Option<Stmt>> {
        let start = self.start();
        self.bump();
        let Some(subject) = self.subject() else {
            return Some(None);
        };
        if !(self.eat(T::Colon) && self.eat(T::Newline) && self.eat(T::Indent)) {
            return Some(None);
        }
        let mut cases = Vec::new();
        while !self.eat(T::Dedent) {
            cases.push(self.case_block()?);
        }
        (!cases.is_empty()).then_some(())?;
        Some(Some(Stmt::Match(StmtMatch {
            subject: bx(subject),
            cases,
            span: self.span(start, self.stmt_end()),
        })))
    }

    /// The subject: one expression or an unparenthesized tuple.
    fn subject(&mut self) -> R<Expr> {
        if !super::expr::starts_expr(self.kind()) {
            return None;
        }
        self.star_tuple(true)
    }

    /// `case patterns [if guard]: block`.
    fn case_block(&mut self) -> R<MatchCase> {
        let start = self.start();
        (self.kind() == T::Name && self.cur_text() == "case").then_some(())?;
        self.bump();
        let pattern = self.patterns(T::Colon)?;
        let guard = if self.eat(T::If) {
            Some(bx(self.named_expression()?))
        } else {
            None
        };
        let body = self.block()?;
        Some(MatchCase {
            pattern,
            guard,
            body,
            span: self.span(start, self.stmt_end()),
        })
    }

    /// Comma-separated patterns up to `close` (not consumed), and whether a
    /// comma ends them.
    fn pattern_items(&mut self, close: T) -> R<(Vec<Pattern>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        while self.kind() != close && !(close == T::Colon && self.kind() == T::If) {
            items.push(self.star_or_pattern()?);
            comma = self.eat(T::Comma);
            if !comma {
                break;
            }
        }
        Some((items, comma))
    }

    /// A pattern, or an unbracketed sequence of them.
    fn patterns(&mut self, close: T) -> R<Pattern> {
        let start = self.start();
        let (mut items, comma) = self.pattern_items(close)?;
        (!items.is_empty()).then_some(())?;
        if items.len() == 1 && !comma && !matches!(items.first(), Some(Pattern::MatchStar(_))) {
            return items.pop();
        }
        Some(Pattern::MatchSequence(PatternMatchSequence {
            patterns: items,
            span: self.span_from(start),
        }))
    }

    fn star_or_pattern(&mut self) -> R<Pattern> {
        if self.kind() != T::Star {
            return self.pattern();
        }
        let start = self.start();
        self.bump();
        let id = self.name()?;
        let name = (&*id.name != "_").then_some(id);
        Some(Pattern::MatchStar(PatternMatchStar {
            name,
            span: self.span_from(start),
        }))
    }

    /// `or_pattern [as name]`.
    fn pattern(&mut self) -> R<Pattern> {
        self.descend()?;
        let result = self.pattern_inner();
        self.ascend();
        result
    }

    fn pattern_inner(&mut self) -> R<Pattern> {
        let start = self.start();
        let mut patterns = vec![self.closed_pattern()?];
        while self.kind() == T::Op && self.cur_text() == "|" {
            self.bump();
            patterns.push(self.closed_pattern()?);
        }
        let inner = if patterns.len() == 1 {
            patterns.pop()?
        } else {
            Pattern::MatchOr(PatternMatchOr {
                patterns,
                span: self.span_from(start),
            })
        };
        if !self.eat(T::As) {
            return Some(inner);
        }
        let name = self.name()?;
        (&*name.name != "_").then_some(())?;
        Some(Pattern::MatchAs(PatternMatchAs {
            pattern: Some(Box::new(inner)),
            name: Some(name),
            span: self.span_from(start),
        }))
    }

    fn closed_pattern(&mut self) -> R<Pattern> {
        let start = self.start();
        match self.kind() {
            T::None | T::True | T::False => {
                let value = match self.kind() {
                    T::True => Constant::Bool(true),
                    T::False => Constant::Bool(false),
                    _ => Constant::None,
                };
                self.bump();
                Some(Pattern::MatchSingleton(PatternMatchSingleton {
                    value,
                    span: self.span_from(start),
                }))
            }
            T::Number | T::Str | T::Op => {
                let value = self.literal_value()?;
                Some(Pattern::MatchValue(PatternMatchValue {
                    value: bx(value),
                    span: self.span_from(start),
                }))
            }
            T::Name => self.name_pattern(),
            T::LPar | T::LSqb => {
                let close = if self.kind() == T::LPar {
                    T::RPar
                } else {
                    T::RSqb
                };
                let group = close == T::RPar;
                self.bump();
                let (mut items, comma) = self.pattern_items(close)?;
                self.expect(close)?;
                let single = items.len() == 1
                    && !comma
                    && !matches!(items.first(), Some(Pattern::MatchStar(_)));
                if group && single {
                    return items.pop();
                }
                Some(Pattern::MatchSequence(PatternMatchSequence {
                    patterns: items,
                    span: self.span_from(start),
                }))
            }
            T::LBrace => self.mapping_pattern(),
            _ => None,
        }
    }

    /// A signed number, a complex `a + bj`, or a (non-f) string.
    fn literal_value(&mut self) -> R<Expr> {
        if self.kind() == T::Str {
            let e = self.strings()?;
            return (!matches!(e, Expr::JoinedStr(_))).then_some(e);
        }
        let start = self.start();
        let minus = self.at_op("-");
        if minus {
            self.bump();
        }
        let mut value = self.number()?;
        if minus {
            value = Expr::UnaryOp(ExprUnaryOp {
                op: UnaryOp::USub,
                operand: bx(value),
                span: self.span_from(start),
            });
        }
        let op = match self.kind() {
            T::Op if self.at_op("+") => Operator::Add,
            T::Op if self.at_op("-") => Operator::Sub,
            _ => return Some(value),
        };
        if is_complex(&value) {
            return None;
        }
        self.bump();
        let right = self.number()?;
        if !is_complex(&right) {
            return None;
        }
        Some(Expr::BinOp(ExprBinOp {
            left: bx(value),
            op,
            right: bx(right),
            span: self.span_from(start),
        }))
    }

    /// A number token as a constant.
    fn number(&mut self) -> R<Expr> {
        let t = self.tok();
        (t.kind == T::Number).then_some(())?;
        self.bump();
        let value = super::super::number::decode_number(self.tok_text(t)).ok()?;
        Some(constant(value, self.span(t.start, t.end)))
    }

    /// `a.b.c` as nested attributes (or a name).
    fn dotted_value(&mut self, first: Ident) -> R<Expr> {
        let start = first.span.start;
        let mut value = Expr::Name(ExprName {
            id: first.name,
            ctx: ExprContext::Load,
            span: first.span,
        });
        while self.eat(T::Dot) {
            let attr = self.name()?;
            let span = super::super::ast::Span::new(start, attr.span.end);
            value = Expr::Attribute(ExprAttribute {
                value: bx(value),
                attr,
                ctx: ExprContext::Load,
                span,
            });
        }
        Some(value)
    }

    /// A capture, wildcard, dotted value or class pattern.
    fn name_pattern(&mut self) -> R<Pattern> {
        let start = self.start();
        let first = self.name()?;
        if !matches!(self.kind(), T::Dot | T::LPar) {
            let name = (&*first.name != "_").then_some(first);
            return Some(Pattern::MatchAs(PatternMatchAs {
                pattern: None,
                name,
                span: self.span_from(start),
            }));
        }
        let cls = self.dotted_value(first)?;
        if !self.eat(T::LPar) {
            return Some(Pattern::MatchValue(PatternMatchValue {
                value: bx(cls),
                span: self.span_from(start),
            }));
        }
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        while self.kind() != T::RPar {
            if self.kind() == T::Name && self.peek(1) == T::Equal {
                kwd_attrs.push(self.name()?);
                self.bump();
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return None;
                }
                patterns.push(p);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RPar)?;
        Some(Pattern::MatchClass(PatternMatchClass {
            cls: bx(cls),
            patterns,
            kwd_attrs,
            kwd_patterns,
            span: self.span_from(start),
        }))
    }

    /// `{key: pattern, **rest}`.
    fn mapping_pattern(&mut self) -> R<Pattern> {
        let start = self.start();
        self.expect(T::LBrace)?;
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        while self.kind() != T::RBrace {
            if self.eat(T::DoubleStar) {
                rest = Some(self.name()?);
                self.eat(T::Comma);
                break;
            }
            let key = match self.kind() {
                T::None | T::True | T::False => {
                    let t = self.tok();
                    self.bump();
                    let value = match t.kind {
                        T::True => Constant::Bool(true),
                        T::False => Constant::Bool(false),
                        _ => Constant::None,
                    };
                    constant(value, self.span(t.start, t.end))
                }
                T::Name => {
                    let first = self.name()?;
                    (self.kind() == T::Dot).then_some(())?;
                    self.dotted_value(first)?
                }
                _ => self.literal_value()?,
            };
            self.expect(T::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RBrace)?;
        Some(Pattern::MatchMapping(PatternMatchMapping {
            keys,
            patterns,
            rest,
            span: self.span_from(start),
        }))
    }
}

/// Whether `e` is an imaginary constant (maybe negated).
fn is_complex(e: &Expr) -> bool {
    match e {
        Expr::Constant(c) => matches!(c.value, Constant::Complex(_)),
        Expr::UnaryOp(u) => is_complex(&u.operand),
        _ => false,
    }
}
