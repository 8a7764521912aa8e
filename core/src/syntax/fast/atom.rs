//! Atoms, trailers (calls, subscripts, attributes), displays and
//! comprehensions, and the `targets` of `for` loops.

use super::super::ast::{
    Comprehension, Constant, Expr, ExprAttribute, ExprComp, ExprConstant, ExprContext, ExprDict,
    ExprDictComp, ExprList, ExprName, ExprSet, ExprSlice, ExprStarred, ExprSubscript, ExprTuple,
    Ident,
};
use super::super::parse::{identifier, invalid_target, set_ctx};
use super::expr::bx;
use super::lexer::{Tok, T};
use super::{Parser, R};

/// One item of a `{...}` display.
enum BraceItem {
    /// `k: v`
    Pair(Expr, Expr),
    /// `**m`
    Unpack(Expr),
    /// A set element (maybe starred).
    Elt(Expr),
}

impl Parser<'_> {
    /// An identifier token (NFKC-normalised when not ASCII; the pre-pass
    /// tells when no name is, and then no name needs looking at).
    pub(super) fn ident(&self, t: Tok) -> Ident {
        let text = self.tok_text(t);
        Ident {
            name: if self.names_ascii {
                text.into()
            } else {
                identifier(text)
            },
            span: self.span(t.start, t.end),
        }
    }

    /// A `name` token, consumed.
    pub(super) fn name(&mut self) -> R<Ident> {
        let t = self.tok();
        (t.kind == T::Name).then_some(())?;
        self.bump();
        Some(self.ident(t))
    }

    /// An atom followed by calls, subscripts and attributes.
    pub(super) fn primary(&mut self) -> R<Expr> {
        let start = self.start();
        let mut value = self.atom()?;
        let mut trailers = 0;
        let result = loop {
            let k = self.kind();
            if !matches!(k, T::Dot | T::LPar | T::LSqb) {
                break Some(value);
            }
            trailers += 1;
            if self.descend().is_none() {
                break None;
            }
            self.bump();
            value = match k {
                T::Dot => match self.name() {
                    Some(attr) => Expr::Attribute(ExprAttribute {
                        value: bx(value),
                        attr,
                        ctx: ExprContext::Load,
                        span: self.span_from(start),
                    }),
                    None => break None,
                },
                T::LPar => match self.call(value, start) {
                    Some(call) => call,
                    None => break None,
                },
                _ => match self.subscript(value, start) {
                    Some(sub) => sub,
                    None => break None,
                },
            };
        };
        self.depth -= trailers;
        result
    }

    /// `value[slices]`, the `[` consumed.
    fn subscript(&mut self, value: Expr, start: u32) -> R<Expr> {
        let slices_start = self.start();
        let first = self.slice()?;
        // `value[x]` (the common case, no list built): `x` itself, unless it
        // is starred; with a comma, a tuple (`value[x,]`, `value[x, y]`).
        let slice = if self.kind() != T::Comma && !matches!(first, Expr::Starred(_)) {
            first
        } else {
            let mut elts = vec![first];
            while self.eat(T::Comma) && self.kind() != T::RSqb {
                elts.push(self.slice()?);
            }
            Expr::Tuple(ExprTuple {
                elts,
                ctx: ExprContext::Load,
                span: self.span_from(slices_start),
            })
        };
        self.expect(T::RSqb)?;
        Some(Expr::Subscript(ExprSubscript {
            value: bx(value),
            slice: bx(slice),
            ctx: ExprContext::Load,
            span: self.span_from(start),
        }))
    }

    /// One element of a subscript: an expression or `lower:upper:step`.
    fn slice(&mut self) -> R<Expr> {
        let start = self.start();
        let lower = if self.kind() == T::Colon {
            None
        } else {
            let e = self.star_item(true)?;
            if self.kind() != T::Colon {
                return Some(e);
            }
            if matches!(e, Expr::Starred(_) | Expr::NamedExpr(_)) {
                return None;
            }
            Some(bx(e))
        };
        self.expect(T::Colon)?;
        let upper = if matches!(self.kind(), T::Colon | T::Comma | T::RSqb) {
            None
        } else {
            Some(bx(self.expression()?))
        };
        let step = if self.eat(T::Colon) && !matches!(self.kind(), T::Comma | T::RSqb) {
            Some(bx(self.expression()?))
        } else {
            None
        };
        Some(Expr::Slice(ExprSlice {
            lower,
            upper,
            step,
            span: self.span_from(start),
        }))
    }

    /// A name, constant, string, number or display.
    fn atom(&mut self) -> R<Expr> {
        let t = self.tok();
        let value = match t.kind {
            T::Name => {
                self.bump();
                let id = self.ident(t);
                return Some(Expr::Name(ExprName {
                    id: id.name,
                    ctx: ExprContext::Load,
                    span: id.span,
                }));
            }
            T::Str => return self.strings(),
            T::LPar => return self.paren(),
            T::LSqb => return self.list(),
            T::LBrace => return self.brace(),
            T::Number => super::super::number::decode_number(self.tok_text(t)).ok()?,
            T::True => Constant::Bool(true),
            T::False => Constant::Bool(false),
            T::None => Constant::None,
            T::Ellipsis => Constant::Ellipsis,
            _ => return None,
        };
        self.bump();
        Some(constant(value, self.span(t.start, t.end)))
    }

    /// `( ... )`: a group, a tuple, a generator expression or a yield.
    fn paren(&mut self) -> R<Expr> {
        let start = self.start();
        self.expect(T::LPar)?;
        if self.eat(T::RPar) {
            return Some(Expr::Tuple(ExprTuple {
                elts: Vec::new(),
                ctx: ExprContext::Load,
                span: self.span_from(start),
            }));
        }
        if self.kind() == T::Yield {
            let e = self.yield_expr()?;
            self.expect(T::RPar)?;
            return Some(e);
        }
        let first = self.star_item(true)?;
        if self.at_comp_for() {
            if matches!(first, Expr::Starred(_)) {
                return None;
            }
            let generators = self.comp_fors()?;
            self.expect(T::RPar)?;
            return Some(Expr::GeneratorExp(ExprComp {
                elt: bx(first),
                generators,
                span: self.span_from(start),
            }));
        }
        let (elts, comma) = self.more_items(first, T::RPar)?;
        if elts.len() == 1 && !comma {
            let e = elts.into_iter().next()?;
            return (!matches!(e, Expr::Starred(_))).then_some(e);
        }
        Some(Expr::Tuple(ExprTuple {
            elts,
            ctx: ExprContext::Load,
            span: self.span_from(start),
        }))
    }

    /// The items after `first` up to and including `close`, and whether a
    /// comma ends them.
    fn more_items(&mut self, first: Expr, close: T) -> R<(Vec<Expr>, bool)> {
        let mut elts = vec![first];
        let mut comma = false;
        while self.eat(T::Comma) {
            comma = true;
            if self.kind() == close {
                break;
            }
            comma = false;
            elts.push(self.star_item(true)?);
        }
        self.expect(close)?;
        Some((elts, comma))
    }

    /// `[ ... ]`: a list or a list comprehension.
    fn list(&mut self) -> R<Expr> {
        let start = self.start();
        self.expect(T::LSqb)?;
        if self.eat(T::RSqb) {
            return Some(Expr::List(ExprList {
                elts: Vec::new(),
                ctx: ExprContext::Load,
                span: self.span_from(start),
            }));
        }
        let first = self.star_item(true)?;
        if self.at_comp_for() {
            if matches!(first, Expr::Starred(_)) {
                return None;
            }
            let generators = self.comp_fors()?;
            self.expect(T::RSqb)?;
            return Some(Expr::ListComp(ExprComp {
                elt: bx(first),
                generators,
                span: self.span_from(start),
            }));
        }
        let (elts, _) = self.more_items(first, T::RSqb)?;
        Some(Expr::List(ExprList {
            elts,
            ctx: ExprContext::Load,
            span: self.span_from(start),
        }))
    }

    /// One item of a `{...}` display.
    fn brace_item(&mut self) -> R<BraceItem> {
        match self.kind() {
            T::DoubleStar => {
                self.bump();
                Some(BraceItem::Unpack(self.bitwise_or()?))
            }
            T::Star => Some(BraceItem::Elt(self.starred()?)),
            _ => {
                // A dict key is an `expression`: no unparenthesized `:=`.
                let walrus = self.kind() == T::Name && self.peek(1) == T::ColonEqual;
                let e = self.named_expression()?;
                if !self.eat(T::Colon) {
                    return Some(BraceItem::Elt(e));
                }
                if walrus {
                    return None;
                }
                Some(BraceItem::Pair(e, self.expression()?))
            }
        }
    }

    /// `{ ... }`: a dict, a set, or their comprehensions.
    fn brace(&mut self) -> R<Expr> {
        let start = self.start();
        self.expect(T::LBrace)?;
        if self.eat(T::RBrace) {
            return Some(Expr::Dict(ExprDict {
                keys: Vec::new(),
                values: Vec::new(),
                span: self.span_from(start),
            }));
        }
        let first = self.brace_item()?;
        if self.at_comp_for() {
            let generators = self.comp_fors()?;
            self.expect(T::RBrace)?;
            let span = self.span_from(start);
            return match first {
                BraceItem::Pair(key, value) => Some(Expr::DictComp(ExprDictComp {
                    key: bx(key),
                    value: bx(value),
                    generators,
                    span,
                })),
                BraceItem::Elt(e) if !matches!(e, Expr::Starred(_)) => {
                    Some(Expr::SetComp(ExprComp {
                        elt: bx(e),
                        generators,
                        span,
                    }))
                }
                _ => None,
            };
        }
        let is_dict = !matches!(first, BraceItem::Elt(_));
        let mut items = vec![first];
        while self.eat(T::Comma) {
            if self.kind() == T::RBrace {
                break;
            }
            items.push(self.brace_item()?);
        }
        self.expect(T::RBrace)?;
        let span = self.span_from(start);
        if !is_dict {
            let elts = items
                .into_iter()
                .map(|item| match item {
                    BraceItem::Elt(e) => Some(e),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()?;
            return Some(Expr::Set(ExprSet { elts, span }));
        }
        let (mut keys, mut values) = (Vec::new(), Vec::new());
        for item in items {
            match item {
                BraceItem::Pair(k, v) => {
                    if matches!(k, Expr::Starred(_)) {
                        return None;
                    }
                    keys.push(Some(k));
                    values.push(v);
                }
                BraceItem::Unpack(v) => {
                    keys.push(None);
                    values.push(v);
                }
                BraceItem::Elt(_) => return None,
            }
        }
        Some(Expr::Dict(ExprDict { keys, values, span }))
    }

    /// Whether a comprehension's `for` (or `async for`) is next.
    pub(super) fn at_comp_for(&self) -> bool {
        self.kind() == T::For || (self.kind() == T::Async && self.peek(1) == T::For)
    }

    /// One or more `for target in iter if cond` clauses.
    pub(super) fn comp_fors(&mut self) -> R<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comp_for() {
            let start = self.start();
            let is_async = self.eat(T::Async);
            self.expect(T::For)?;
            let target = self.store_target_list()?;
            self.expect(T::In)?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(T::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
                span: self.span_from(start),
            });
        }
        Some(generators)
    }

    /// `targets` (for loops, comprehensions), checked and in Store context.
    pub(super) fn store_target_list(&mut self) -> R<Expr> {
        let start = self.start();
        let mut elts = vec![self.target()?];
        let mut comma = false;
        while self.eat(T::Comma) {
            comma = true;
            if !matches!(self.kind(), T::Star | T::Name | T::LPar | T::LSqb) {
                break;
            }
            comma = false;
            elts.push(self.target()?);
        }
        let e = self.tuple_or_single(elts, comma, start);
        store(e)
    }

    /// `[*]primary`, unchecked.
    pub(super) fn target(&mut self) -> R<Expr> {
        if self.kind() != T::Star {
            return self.primary();
        }
        let start = self.start();
        self.bump();
        let value = self.primary()?;
        Some(Expr::Starred(ExprStarred {
            value: bx(value),
            ctx: ExprContext::Load,
            span: self.span_from(start),
        }))
    }
}

/// A checked target in Store context.
pub(super) fn store(mut e: Expr) -> R<Expr> {
    if invalid_target(&e, false).is_some() {
        return None;
    }
    set_ctx(&mut e, ExprContext::Store);
    Some(e)
}

/// A constant node.
pub(super) fn constant(value: Constant, span: super::super::ast::Span) -> Expr {
    Expr::Constant(ExprConstant {
        value,
        u_prefix: false,
        span,
    })
}
