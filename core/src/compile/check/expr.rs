//! The compiler's walk over expressions (`compiler_visit_expr1` and the
//! helpers it calls), including comprehensions, which are compiled as their
//! own units with the first iterable evaluated afterwards, outside.

use super::checker::{Checker, FBlock, UnitKind, R};
use crate::compile::errors::CompilerMsg;
use crate::compile::scope::expr_scope_kind;
use crate::syntax::ast::{self, Expr, ExprContext, Span};

/// CPython's bound on the targets before a starred one (`UNPACK_EX` packs
/// that count in its low byte).
const MAX_BEFORE_STAR: usize = 1 << 8;

impl<'a> Checker<'a, '_> {
    pub fn exprs(&mut self, exprs: &'a [Expr]) -> R {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    pub fn opt_expr(&mut self, expr: Option<&'a Expr>) -> R {
        expr.map_or(Ok(()), |e| self.expr(e))
    }

    /// Visits `items` in order.
    fn each(&mut self, items: impl IntoIterator<Item = &'a Expr>) -> R {
        items.into_iter().try_for_each(|e| self.expr(e))
    }

    /// `compiler_visit_expr`: sub-expressions in code-generation order.
    pub fn expr(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::NamedExpr(n) => self.each([&*n.value, &n.target]),
            Expr::BoolOp(b) => self.exprs(&b.values),
            Expr::BinOp(b) => self.each([&*b.left, &b.right]),
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => self.lambda(l),
            Expr::IfExp(i) => self.each([&*i.test, &i.body, &i.orelse]),
            // Keys and values interleave, unlike in the symbol table.
            Expr::Dict(d) => {
                let pairs = d.keys.iter().zip(&d.values);
                self.each(pairs.flat_map(|(k, v)| k.iter().chain([v])))
            }
            Expr::Set(s) => self.positional(&s.elts),
            Expr::ListComp(c) | Expr::SetComp(c) | Expr::GeneratorExp(c) => {
                self.comprehension(e, &c.generators, &c.elt, None, c.span)
            }
            Expr::DictComp(c) => {
                self.comprehension(e, &c.generators, &c.key, Some(&c.value), c.span)
            }
            Expr::Yield(y) => self.yield_(y.value.as_deref(), false, y.span),
            Expr::YieldFrom(y) => self.yield_(Some(&y.value), true, y.span),
            Expr::Await(a) => self.await_(a),
            Expr::Compare(c) => self.each([&*c.left].into_iter().chain(&c.comparators)),
            Expr::Call(c) => {
                self.validate_keywords(&c.keywords, c.span)?;
                self.expr(&c.func)?;
                self.positional(&c.args)?;
                self.each(c.keywords.iter().map(|k| &k.value))
            }
            Expr::FormattedValue(f) => self.each(
                [Some(&*f.value), f.format_spec.as_deref()]
                    .into_iter()
                    .flatten(),
            ),
            Expr::JoinedStr(j) => self.exprs(&j.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                if a.ctx == ExprContext::Store {
                    self.check_store_name(&a.attr.name, a.span)?;
                }
                Ok(())
            }
            Expr::Subscript(s) => self.each([&*s.value, &s.slice]),
            Expr::Starred(s) if s.ctx == ExprContext::Store => {
                Err(self.error(CompilerMsg::StarredAssignmentTarget, s.span))
            }
            Expr::Starred(s) => Err(self.error(CompilerMsg::StarredHere, s.span)),
            Expr::Slice(s) => {
                let parts = [s.lower.as_deref(), s.upper.as_deref(), s.step.as_deref()];
                self.each(parts.into_iter().flatten())
            }
            Expr::Name(n) => self.name(&n.id, n.ctx, n.span),
            Expr::List(l) => self.sequence(&l.elts, l.ctx, l.span),
            Expr::Tuple(t) => self.sequence(&t.elts, t.ctx, t.span),
        }
    }

    /// `yield` / `yield from` (`from`): only in functions, and `yield from`
    /// not in coroutines.
    fn yield_(&mut self, value: Option<&'a Expr>, from: bool, span: Span) -> R {
        if !self.in_function_block() {
            return Err(self.error(CompilerMsg::YieldOutsideFunction, span));
        }
        if from && self.unit.kind == UnitKind::AsyncFunction {
            return Err(self.error(CompilerMsg::YieldFromInAsyncFunction, span));
        }
        self.opt_expr(value)
    }

    /// `await`: only in coroutines and comprehensions (which may become async).
    fn await_(&mut self, a: &'a ast::ExprAwait) -> R {
        if !self.in_function_block() {
            return Err(self.error(CompilerMsg::AwaitOutsideFunction, a.span));
        }
        if !matches!(
            self.unit.kind,
            UnitKind::AsyncFunction | UnitKind::Comprehension
        ) {
            return Err(self.error(CompilerMsg::AwaitOutsideAsyncFunction, a.span));
        }
        self.expr(&a.value)
    }

    /// Elements where `*iterable` is allowed (`starunpack_helper`): call
    /// arguments and list, tuple and set displays.
    pub fn positional(&mut self, elts: &'a [Expr]) -> R {
        for elt in elts {
            match elt {
                Expr::Starred(s) => self.expr(&s.value)?,
                other => self.expr(other)?,
            }
        }
        Ok(())
    }

    /// `compiler_list` / `compiler_tuple`.
    fn sequence(&mut self, elts: &'a [Expr], ctx: ExprContext, span: Span) -> R {
        match ctx {
            ExprContext::Load => self.positional(elts),
            ExprContext::Del => self.exprs(elts),
            ExprContext::Store => {
                self.unpack_targets(elts, span)?;
                self.positional(elts)
            }
        }
    }

    /// `unpack_helper`: at most one starred target, not too far right.
    fn unpack_targets(&self, elts: &[Expr], span: Span) -> R {
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if !matches!(elt, Expr::Starred(_)) {
                continue;
            }
            if seen_star {
                return Err(self.error(CompilerMsg::MultipleStarredInAssignment, span));
            }
            if i >= MAX_BEFORE_STAR || elts.len() - i > (i32::MAX >> 8) as usize {
                return Err(self.error(CompilerMsg::TooManyStarUnpack, span));
            }
            seen_star = true;
        }
        Ok(())
    }

    /// `compiler_comprehension`: the body in its own unit, then the first
    /// iterable in this one.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
        span: Span,
    ) -> R {
        let Some(kind) = expr_scope_kind(e) else {
            return Ok(());
        };
        let scope = self.scope_of(span, kind)?;
        let outer = self.unit.kind;
        let is_async = self.table.scope(scope).flags.coroutine;
        self.in_unit(scope, UnitKind::Comprehension, |c| {
            let allowed = matches!(outer, UnitKind::AsyncFunction | UnitKind::Comprehension);
            if is_async && e_is_not_genexp(e) && !allowed {
                return Err(c.error(CompilerMsg::AsyncComprehensionOutsideAsyncFunction, span));
            }
            c.generators(generators, 0, elt, value, span)
        })?;
        match generators.first() {
            Some(outermost) => self.expr(&outermost.iter),
            None => Ok(()),
        }
    }

    /// `compiler_comprehension_generator`: clause `index` and those inside it.
    fn generators(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        span: Span,
    ) -> R {
        let Some(generator) = generators.get(index) else {
            self.expr(elt)?;
            return self.opt_expr(value);
        };
        if index > 0 {
            self.expr(&generator.iter)?;
        }
        if generator.is_async {
            self.push_block(FBlock::AsyncComprehensionGenerator, span)?;
        }
        self.expr(&generator.target)?;
        self.exprs(&generator.ifs)?;
        self.generators(generators, index + 1, elt, value, span)?;
        if generator.is_async {
            self.pop_block();
        }
        Ok(())
    }
}

fn e_is_not_genexp(e: &Expr) -> bool {
    !matches!(e, Expr::GeneratorExp(_))
}
