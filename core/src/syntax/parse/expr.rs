//! Expressions: atoms, trailers, displays, comprehensions, lambda, conditional.

use super::super::ast::{
    Comprehension, Constant, Expr, ExprAttribute, ExprAwait, ExprComp, ExprConstant, ExprContext,
    ExprDict, ExprDictComp, ExprIfExp, ExprLambda, ExprList, ExprName, ExprNamedExpr, ExprSet,
    ExprSlice, ExprStarred, ExprSubscript, ExprTuple, ExprYield, ExprYieldFrom, Ident, Span,
};
use super::builder::{Builder, PResult, Rule, P};
use super::target::expr_name;

/// Wraps a value in a box (keeps struct literals short).
#[expect(clippy::unnecessary_box_returns, reason = "AST fields are boxed")]
pub(super) fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl Builder<'_> {
    /// Builds any expression-like node (counts one level of nesting).
    pub(super) fn expr(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        self.descend(1, span)?;
        let result = self.expr_inner(pair);
        self.ascend(1);
        result
    }

    fn expr_inner(&mut self, mut pair: P<'_>) -> PResult<Expr> {
        // Skip single-child wrappers in a loop, not by recursion: one paren
        // level then costs a handful of Rust frames.
        while matches!(
            pair.as_rule(),
            Rule::expression
                | Rule::named_expression
                | Rule::chain
                | Rule::operand
                | Rule::power
                | Rule::primary
        ) {
            let mut it = pair.clone().into_inner();
            let first = self.next(&mut it, &pair)?;
            if it.next().is_some()
                || first.as_rule() == Rule::prefix_op
                || first.as_rule() == Rule::await_kw
            {
                break;
            }
            pair = first;
        }
        match pair.as_rule() {
            Rule::expression => self.if_exp(pair),
            Rule::named_expression => self.named_expr(pair),
            Rule::chain => self.chain(pair),
            Rule::operand => self.operand(pair),
            Rule::power => self.power(pair),
            Rule::primary => self.primary(pair),
            Rule::star_expr => self.starred(pair),
            Rule::star_expressions | Rule::subject => self.expr_list(pair),
            Rule::yield_expr => self.yield_expr(pair),
            Rule::lambdef => self.lambdef(pair),
            Rule::name => Ok(self.name_expr(&pair)),
            Rule::const_kw => Ok(self.const_kw(&pair)),
            Rule::number => self.number(&pair),
            Rule::strings => self.strings(pair),
            Rule::ellipsis => Ok(constant(Constant::Ellipsis, self.span(&pair))),
            Rule::paren => self.paren(pair),
            Rule::list => self.list(pair),
            Rule::brace => self.brace(pair),
            _ => Err(self.internal(&pair)),
        }
    }

    /// An identifier (NFKC-normalised when not ASCII).
    pub(super) fn ident(&self, pair: &P<'_>) -> Ident {
        Ident {
            name: identifier(pair.as_str()),
            span: self.span(pair),
        }
    }

    fn name_expr(&self, pair: &P<'_>) -> Expr {
        let id = self.ident(pair);
        Expr::Name(ExprName {
            id: id.name,
            ctx: ExprContext::Load,
            span: id.span,
        })
    }

    fn const_kw(&self, pair: &P<'_>) -> Expr {
        let value = match pair.as_str() {
            "True" => Constant::Bool(true),
            "False" => Constant::Bool(false),
            _ => Constant::None,
        };
        constant(value, self.span(pair))
    }

    fn number(&self, pair: &P<'_>) -> PResult<Expr> {
        let span = self.span(pair);
        match super::super::number::decode_number(pair.as_str()) {
            Ok(value) => Ok(constant(value, span)),
            Err(e) => Err(self.literal_error(pair, &e.msg, e.range)),
        }
    }

    /// The error of a literal decoder, whose range is relative to the token.
    pub(super) fn literal_error(
        &self,
        pair: &P<'_>,
        msg: &str,
        range: std::ops::Range<usize>,
    ) -> super::super::SyntaxError {
        let start = self.base + pair.as_span().start();
        let span = self.text_span(start + range.start, start + range.end.max(range.start));
        self.error(msg, span)
    }

    fn starred(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let operand = self.first(&pair)?;
        self.check_bitwise_or(&operand)?;
        let value = self.expr(operand)?;
        Ok(Expr::Starred(ExprStarred {
            value: bx(value),
            ctx: ExprContext::Load,
            span,
        }))
    }

    /// `a, b, *c` (a tuple when there is more than one item or a trailing comma).
    pub(super) fn expr_list(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let mut elts = Vec::new();
        let mut comma = false;
        for child in pair.clone().into_inner() {
            if child.as_rule() == Rule::tcomma {
                comma = true;
            } else {
                elts.push(self.expr(child)?);
            }
        }
        if elts.len() == 1 && !comma {
            return elts.pop().ok_or_else(|| self.internal(&pair));
        }
        Ok(Expr::Tuple(ExprTuple {
            elts,
            ctx: ExprContext::Load,
            span,
        }))
    }

    fn if_exp(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let mut it = pair.clone().into_inner();
        let body = self.expr(self.next(&mut it, &pair)?)?;
        let tail = self.next(&mut it, &pair)?;
        let mut parts = tail.clone().into_inner();
        let test = self.expr(self.next(&mut parts, &tail)?)?;
        let orelse = self.expr(self.next(&mut parts, &tail)?)?;
        Ok(Expr::IfExp(ExprIfExp {
            test: bx(test),
            body: bx(body),
            orelse: bx(orelse),
            span,
        }))
    }

    fn named_expr(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let mut it = pair.clone().into_inner();
        let mut target = self.expr(self.next(&mut it, &pair)?)?;
        let value = self.expr(self.next(&mut it, &pair)?)?;
        match &mut target {
            Expr::Name(n) => n.ctx = ExprContext::Store,
            other => {
                let msg = format!(
                    "cannot use assignment expressions with {}",
                    expr_name(other)
                );
                return Err(self.error(msg, other.span()));
            }
        }
        Ok(Expr::NamedExpr(ExprNamedExpr {
            target: bx(target),
            value: bx(value),
            span,
        }))
    }

    fn yield_expr(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        match pair.clone().into_inner().next() {
            None => Ok(Expr::Yield(ExprYield { value: None, span })),
            Some(p) if p.as_rule() == Rule::yield_from => {
                let value = self.expr(self.first(&p)?)?;
                Ok(Expr::YieldFrom(ExprYieldFrom {
                    value: bx(value),
                    span,
                }))
            }
            Some(p) => {
                let value = self.expr(p)?;
                Ok(Expr::Yield(ExprYield {
                    value: Some(bx(value)),
                    span,
                }))
            }
        }
    }

    fn lambdef(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let mut args = super::super::ast::Arguments::default();
        let mut body = None;
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::lambda_params => args = self.parameters(child)?,
                _ => body = Some(self.expr(child)?),
            }
        }
        let body = body.ok_or_else(|| self.internal(&pair))?;
        Ok(Expr::Lambda(ExprLambda {
            args: Box::new(args),
            body: bx(body),
            span,
        }))
    }

    /// `await x`, `x ** y`.
    fn power(&mut self, pair: P<'_>) -> PResult<Expr> {
        let mut it = pair.clone().into_inner();
        let mut first = self.next(&mut it, &pair)?;
        let mut base_span = self.span(&first);
        let is_await = first.as_rule() == Rule::await_kw;
        if is_await {
            first = self.next(&mut it, &pair)?;
            base_span = base_span.cover(self.span(&first));
        }
        let mut base = self.expr(first)?;
        if is_await {
            base = Expr::Await(ExprAwait {
                value: bx(base),
                span: base_span,
            });
        }
        match it.next() {
            None => Ok(base),
            Some(exp) => {
                // The exponent is CPython's `factor`: no `not`.
                if let Some(not) = exp
                    .clone()
                    .into_inner()
                    .next()
                    .filter(|p| p.as_str() == "not")
                {
                    return Err(self.error("invalid syntax", self.span(&not)));
                }
                let span = base_span.cover(self.span(&exp));
                let right = self.expr(exp)?;
                Ok(binop(base, super::super::ast::Operator::Pow, right, span))
            }
        }
    }

    /// An atom followed by calls, subscripts and attributes.
    fn primary(&mut self, pair: P<'_>) -> PResult<Expr> {
        let mut it = pair.clone().into_inner();
        let atom = self.next(&mut it, &pair)?;
        let start = self.span(&atom).start;
        let trailers: Vec<P<'_>> = it.collect();
        let n = trailers.len() as u32;
        self.descend(n, self.span(&pair))?;
        let mut value = self.expr(atom)?;
        for trailer in trailers {
            let span = Span::new(start, self.span(&trailer).end);
            value = match trailer.as_rule() {
                Rule::call => self.call(value, trailer, span)?,
                Rule::attribute => {
                    let attr = self.ident(&self.first(&trailer)?);
                    Expr::Attribute(ExprAttribute {
                        value: bx(value),
                        attr,
                        ctx: ExprContext::Load,
                        span,
                    })
                }
                Rule::subscript => {
                    let slice = self.slices(self.first(&trailer)?)?;
                    Expr::Subscript(ExprSubscript {
                        value: bx(value),
                        slice: bx(slice),
                        ctx: ExprContext::Load,
                        span,
                    })
                }
                _ => return Err(self.internal(&trailer)),
            };
        }
        self.ascend(n);
        Ok(value)
    }

    fn slices(&mut self, pair: P<'_>) -> PResult<Expr> {
        let mut elts = Vec::new();
        let mut comma = false;
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::tcomma => comma = true,
                _ => elts.push(self.slice(child)?),
            }
        }
        let single_starred = elts.len() == 1 && matches!(elts.first(), Some(Expr::Starred(_)));
        if elts.len() == 1 && !comma && !single_starred {
            return elts.pop().ok_or_else(|| self.internal(&pair));
        }
        let span = self.span(&pair);
        Ok(Expr::Tuple(ExprTuple {
            elts,
            ctx: ExprContext::Load,
            span,
        }))
    }

    fn slice(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let mut lower = None;
        let mut rest = None;
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::slice_rest => rest = Some(child),
                _ => lower = Some(self.expr(child)?),
            }
        }
        let Some(rest) = rest else {
            return lower.ok_or_else(|| self.internal(&pair));
        };
        if pair
            .clone()
            .into_inner()
            .next()
            .is_some_and(|l| is_walrus(&l))
        {
            // A slice's lower bound is an `expression`: CPython stops at the `:`.
            let at = self.base + rest.as_span().start();
            return Err(self.error("invalid syntax", self.text_span(at, at + 1)));
        }
        if let Some(Expr::Starred(s)) = &lower {
            return Err(self.error("invalid syntax", s.span));
        }
        let (mut upper, mut step) = (None, None);
        for part in rest.into_inner() {
            match part.as_rule() {
                Rule::slice_upper => upper = Some(bx(self.expr(self.first(&part)?)?)),
                _ => {
                    if let Some(e) = part.clone().into_inner().next() {
                        step = Some(bx(self.expr(e)?));
                    }
                }
            }
        }
        Ok(Expr::Slice(ExprSlice {
            lower: lower.map(bx),
            upper,
            step,
            span,
        }))
    }

    /// `( ... )`: a group, a tuple, a generator expression or a yield.
    fn paren(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let (elts, comma, generators) = self.display_items(&pair)?;
        if let Some(generators) = generators {
            if let [Expr::Starred(s)] = elts.as_slice() {
                let msg = "iterable unpacking cannot be used in comprehension";
                return Err(self.error(msg, s.span));
            }
            let elt = self.single(elts, &pair)?;
            return Ok(Expr::GeneratorExp(ExprComp {
                elt: bx(elt),
                generators,
                span,
            }));
        }
        if elts.len() == 1 && !comma {
            let e = self.single(elts, &pair)?;
            return match e {
                Expr::Starred(s) => Err(self.error("cannot use starred expression here", s.span)),
                e => Ok(e),
            };
        }
        Ok(Expr::Tuple(ExprTuple {
            elts,
            ctx: ExprContext::Load,
            span,
        }))
    }

    fn list(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let (elts, _, generators) = self.display_items(&pair)?;
        if let Some(generators) = generators {
            let elt = self.single(elts, &pair)?;
            return Ok(Expr::ListComp(ExprComp {
                elt: bx(elt),
                generators,
                span,
            }));
        }
        Ok(Expr::List(ExprList {
            elts,
            ctx: ExprContext::Load,
            span,
        }))
    }

    fn single(&self, mut elts: Vec<Expr>, pair: &P<'_>) -> PResult<Expr> {
        match elts.pop() {
            Some(Expr::Starred(s)) if elts.is_empty() && pair.as_rule() != Rule::paren => {
                Err(self.error("iterable unpacking cannot be used in comprehension", s.span))
            }
            Some(e) if elts.is_empty() => Ok(e),
            _ => Err(self.internal(pair)),
        }
    }

    /// The items of a paren or list display, whether it had a trailing comma,
    /// and its comprehension clauses if it is one.
    fn display_items(
        &mut self,
        pair: &P<'_>,
    ) -> PResult<(Vec<Expr>, bool, Option<Vec<Comprehension>>)> {
        let mut elts = Vec::new();
        let mut comma = false;
        let mut generators: Option<Vec<Comprehension>> = None;
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::tcomma => comma = true,
                Rule::comp_for => {
                    let c = self.comp_for(child)?;
                    generators.get_or_insert_with(Vec::new).push(c);
                }
                _ => elts.push(self.expr(child)?),
            }
        }
        Ok((elts, comma, generators))
    }

    /// `for target in iter if cond ...`.
    pub(super) fn comp_for(&mut self, pair: P<'_>) -> PResult<Comprehension> {
        let span = self.span(&pair);
        let mut is_async = false;
        let mut target = None;
        let mut iter = None;
        let mut ifs = Vec::new();
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::async_kw => is_async = true,
                Rule::targets => {
                    let t = self.targets(child)?;
                    target = Some(self.store_target(t)?);
                }
                Rule::comp_if => ifs.push(self.expr(self.first(&child)?)?),
                _ => iter = Some(self.expr(child)?),
            }
        }
        match (target, iter) {
            (Some(target), Some(iter)) => Ok(Comprehension {
                target,
                iter,
                ifs,
                is_async,
                span,
            }),
            _ => Err(self.internal(&pair)),
        }
    }

    /// A `targets` list (for loops, comprehensions), still in Load context.
    pub(super) fn targets(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let mut elts = Vec::new();
        let mut comma = false;
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::tcomma => comma = true,
                _ => elts.push(self.target(child)?),
            }
        }
        if elts.len() == 1 && !comma {
            return elts.pop().ok_or_else(|| self.internal(&pair));
        }
        Ok(Expr::Tuple(ExprTuple {
            elts,
            ctx: ExprContext::Load,
            span,
        }))
    }

    /// One `[*]primary` target.
    pub(super) fn target(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let inner = self.first(&pair)?;
        let starred = pair.as_str().starts_with('*');
        let value = self.expr(inner)?;
        if starred {
            return Ok(Expr::Starred(ExprStarred {
                value: bx(value),
                ctx: ExprContext::Load,
                span,
            }));
        }
        Ok(value)
    }

    /// `{ ... }`: dict, set, or their comprehensions.
    fn brace(&mut self, pair: P<'_>) -> PResult<Expr> {
        let span = self.span(&pair);
        let mut items = Vec::new();
        let mut generators: Option<Vec<Comprehension>> = None;
        for child in pair.clone().into_inner() {
            match child.as_rule() {
                Rule::comp_for => {
                    let c = self.comp_for(child)?;
                    generators.get_or_insert_with(Vec::new).push(c);
                }
                _ => items.push(child),
            }
        }
        let Some(first) = items.first() else {
            return Ok(Expr::Dict(ExprDict {
                keys: Vec::new(),
                values: Vec::new(),
                span,
            }));
        };
        let is_dict = self.is_dict_item(first)?;
        if let Some(generators) = generators {
            return self.brace_comp(&pair, items, is_dict, generators, span);
        }
        if is_dict {
            let (mut keys, mut values) = (Vec::new(), Vec::new());
            for item in items {
                let (k, v) = self.dict_item(item, true)?;
                keys.push(k);
                values.push(v);
            }
            return Ok(Expr::Dict(ExprDict { keys, values, span }));
        }
        let mut elts = Vec::new();
        for item in items {
            if self.is_dict_item(&item)? {
                // CPython stops at the `:` (or `**`) a set display cannot hold.
                let at = match item.clone().into_inner().nth(1) {
                    Some(colon) => self.base + colon.as_span().start(),
                    None => self.base + item.as_span().start(),
                };
                return Err(self.error("invalid syntax", self.text_span(at, at + 1)));
            }
            elts.push(self.expr(self.first(&item)?)?);
        }
        Ok(Expr::Set(ExprSet { elts, span }))
    }

    fn is_dict_item(&self, item: &P<'_>) -> PResult<bool> {
        let first = self.first(item)?;
        Ok(first.as_rule() == Rule::dict_unpack || item.clone().into_inner().nth(1).is_some())
    }

    /// One `k: v` (key `Some`) or `**m` (key `None`) entry.
    fn dict_item(&mut self, item: P<'_>, in_display: bool) -> PResult<(Option<Expr>, Expr)> {
        let mut it = item.clone().into_inner();
        let first = self.next(&mut it, &item)?;
        if first.as_rule() == Rule::dict_unpack {
            let operand = self.first(&first)?;
            self.check_bitwise_or(&operand)?;
            return Ok((None, self.expr(operand)?));
        }
        let Some(value) = it.next() else {
            // CPython: from the key's last character, with `end_offset` 0.
            let key_span = self.span(&first);
            let start = key_span.end.saturating_sub(1).max(key_span.start);
            let msg = "':' expected after dictionary key";
            let _ = in_display;
            let mut err = self.error(msg, Span::new(start, key_span.end));
            err.end_offset = 0;
            return Err(err);
        };
        if is_walrus(&first) {
            // A key is an `expression`: CPython stops at the `:`.
            let at = self.base + value.as_span().start();
            return Err(self.error("invalid syntax", self.text_span(at, at + 1)));
        }
        let key = self.expr(first)?;
        if let Expr::Starred(s) = &key {
            return Err(self.error("invalid syntax", s.span));
        }
        let value = self.expr(self.first(&value)?)?;
        Ok((Some(key), value))
    }

    fn brace_comp(
        &mut self,
        pair: &P<'_>,
        mut items: Vec<P<'_>>,
        is_dict: bool,
        generators: Vec<Comprehension>,
        span: Span,
    ) -> PResult<Expr> {
        let item = items
            .pop()
            .filter(|_| items.is_empty())
            .ok_or_else(|| self.internal(pair))?;
        if !is_dict {
            let elt = self.expr(self.first(&item)?)?;
            if let Expr::Starred(s) = &elt {
                return Err(
                    self.error("iterable unpacking cannot be used in comprehension", s.span)
                );
            }
            return Ok(Expr::SetComp(ExprComp {
                elt: bx(elt),
                generators,
                span,
            }));
        }
        if let (Some(key), value) = self.dict_item(item, false)? {
            return Ok(Expr::DictComp(ExprDictComp {
                key: bx(key),
                value: bx(value),
                generators,
                span,
            }));
        }
        let at = self.base + pair.as_span().start() + 1;
        let rest = self.text().get(at..).unwrap_or("");
        let at = at + (rest.len() - rest.trim_start().len());
        Err(self.error(
            "dict unpacking cannot be used in dict comprehension",
            self.text_span(at, at + 2),
        ))
    }
}

/// Whether `pair` is an unparenthesized `name := value`.
fn is_walrus(pair: &P<'_>) -> bool {
    pair.as_rule() == Rule::named_expression && pair.clone().into_inner().count() == 2
}

/// An identifier's name: NFKC-normalised when not ASCII, as CPython does.
#[inline]
pub(in crate::syntax) fn identifier(text: &str) -> Box<str> {
    if text.is_ascii() {
        text.into()
    } else {
        normalized_identifier(text)
    }
}

/// [`identifier`] of a name with a non-ASCII character.
fn normalized_identifier(text: &str) -> Box<str> {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().collect::<String>().into()
}

/// A constant node.
pub(super) fn constant(value: Constant, span: Span) -> Expr {
    Expr::Constant(ExprConstant {
        value,
        u_prefix: false,
        span,
    })
}

/// A binary operation node.
pub(super) fn binop(left: Expr, op: super::super::ast::Operator, right: Expr, span: Span) -> Expr {
    Expr::BinOp(super::super::ast::ExprBinOp {
        left: bx(left),
        op,
        right: bx(right),
        span,
    })
}
