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

    pub fn expr(&mut self, e: &'a Expr) -> R {
        match e {
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.expr(&n.target)
            }
            Expr::BoolOp(b) => self.exprs(&b.values),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => self.lambda(l),
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)
            }
            Expr::Dict(d) => {
                // Keys and values interleave, unlike in the symbol table.
                for (key, value) in d.keys.iter().zip(&d.values) {
                    self.opt_expr(key.as_ref())?;
                    self.expr(value)?;
                }
                Ok(())
            }
            Expr::Set(s) => self.positional(&s.elts),
            Expr::ListComp(c) | Expr::SetComp(c) | Expr::GeneratorExp(c) => {
                self.comprehension(e, &c.generators, &c.elt, None, c.span)
            }
            Expr::DictComp(c) => {
                self.comprehension(e, &c.generators, &c.key, Some(&c.value), c.span)
            }
            Expr::Yield(y) => {
                if !self.in_function_block() {
                    return Err(self.error(CompilerMsg::YieldOutsideFunction, y.span));
                }
                self.opt_expr(y.value.as_deref())
            }
            Expr::YieldFrom(y) => {
                if !self.in_function_block() {
                    return Err(self.error(CompilerMsg::YieldOutsideFunction, y.span));
                }
                if self.unit.kind == UnitKind::AsyncFunction {
                    return Err(self.error(CompilerMsg::YieldFromInAsyncFunction, y.span));
                }
                self.expr(&y.value)
            }
            Expr::Await(a) => {
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
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)
            }
            Expr::Call(c) => {
                self.validate_keywords(&c.keywords, c.span)?;
                self.expr(&c.func)?;
                self.positional(&c.args)?;
                c.keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                self.opt_expr(f.format_spec.as_deref())
            }
            Expr::JoinedStr(j) => self.exprs(&j.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                if a.ctx == ExprContext::Store {
                    self.check_store_name(&a.attr.name, a.span)?;
                }
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            Expr::Starred(s) => Err(self.error(
                if s.ctx == ExprContext::Store {
                    CompilerMsg::StarredAssignmentTarget
                } else {
                    CompilerMsg::StarredHere
                },
                s.span,
            )),
            Expr::Slice(s) => {
                self.opt_expr(s.lower.as_deref())?;
                self.opt_expr(s.upper.as_deref())?;
                self.opt_expr(s.step.as_deref())
            }
            Expr::Name(n) => self.name(&n.id, n.ctx, n.span),
            Expr::List(l) => self.sequence(&l.elts, l.ctx, l.span),
            Expr::Tuple(t) => self.sequence(&t.elts, t.ctx, t.span),
        }
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
