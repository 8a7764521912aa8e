//! Assignment, deletion and loop targets: expressions checked and given a context.
//!
//! The grammar parses every target as an expression (no backtracking); this
//! file turns it into a Store/Del target or produces CPython's message.

use super::super::ast::{Constant, Expr, ExprContext, Span};
use super::builder::{Builder, PResult};

/// What CPython calls an expression in "cannot assign to X" messages.
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

/// The first sub-expression that cannot be a target, if any.
pub(super) fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match e {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Starred(s) if !del => invalid_target(&s.value, del),
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, del)),
        Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(x, del)),
        _ => Some(e),
    }
}

/// Sets `ctx` on a valid target and everything it contains.
pub(super) fn set_ctx(e: &mut Expr, ctx: ExprContext) {
    match e {
        Expr::Name(n) => n.ctx = ctx,
        Expr::Attribute(a) => a.ctx = ctx,
        Expr::Subscript(s) => s.ctx = ctx,
        Expr::Starred(s) => {
            s.ctx = ctx;
            set_ctx(&mut s.value, ctx);
        }
        Expr::Tuple(t) => {
            t.ctx = ctx;
            t.elts.iter_mut().for_each(|x| set_ctx(x, ctx));
        }
        Expr::List(l) => {
            l.ctx = ctx;
            l.elts.iter_mut().for_each(|x| set_ctx(x, ctx));
        }
        _ => {}
    }
}

/// Whether CPython's "... here. Maybe you meant '=='" rule can apply to `e`
/// (it only looks at `bitwise_or`-level expressions that are not displays).
fn is_bitwise_or_level(e: &Expr) -> bool {
    match e {
        Expr::Compare(_)
        | Expr::BoolOp(_)
        | Expr::IfExp(_)
        | Expr::Lambda(_)
        | Expr::NamedExpr(_)
        | Expr::Starred(_)
        | Expr::List(_)
        | Expr::Tuple(_)
        | Expr::GeneratorExp(_)
        | Expr::Yield(_)
        | Expr::YieldFrom(_) => false,
        Expr::UnaryOp(u) => u.op != super::super::ast::UnaryOp::Not,
        Expr::Constant(c) => !matches!(c.value, Constant::None | Constant::Bool(_)),
        _ => true,
    }
}

impl Builder<'_> {
    /// The error for an invalid target `bad`, with CPython's wording.
    pub(super) fn target_error(
        &self,
        bad: &Expr,
        verb: &str,
        maybe_eq: bool,
    ) -> super::super::SyntaxError {
        let name = expr_name(bad);
        let msg = if maybe_eq {
            format!("cannot {verb} {name} here. Maybe you meant '==' instead of '='?")
        } else {
            format!("cannot {verb} {name}")
        };
        self.error(msg, bad.span())
    }

    /// Checks and converts a `for`/`with`/comprehension target.
    pub(super) fn store_target(&self, mut e: Expr) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, false) {
            return Err(self.target_error(bad, "assign to", false));
        }
        set_ctx(&mut e, ExprContext::Store);
        Ok(e)
    }

    /// Checks and converts the targets of `del`.
    pub(super) fn del_target(&self, mut e: Expr) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, true) {
            return Err(self.target_error(bad, "delete", false));
        }
        set_ctx(&mut e, ExprContext::Del);
        Ok(e)
    }

    /// Checks the targets of `t1 = t2 = value`; `next_ok[i]` says whether the
    /// part after target `i` is a plain expression not followed by another `=`
    /// (the condition of CPython's "Maybe you meant '=='" message).
    pub(super) fn assign_targets(&self, targets: &mut [Expr], next_ok: &[bool]) -> PResult<()> {
        for (i, t) in targets.iter().enumerate() {
            let candidate = match t {
                Expr::Tuple(tu)
                    if tu
                        .elts
                        .first()
                        .is_some_and(|f| f.span().start == tu.span.start) =>
                {
                    tu.elts.last()
                }
                _ => Some(t),
            };
            if let Some(c) = candidate {
                if next_ok.get(i).copied().unwrap_or(false)
                    && is_bitwise_or_level(c)
                    && invalid_target(c, false).is_some()
                {
                    if let Expr::Yield(_) | Expr::YieldFrom(_) = c {
                        continue;
                    }
                    return Err(self.target_error(c, "assign to", true));
                }
            }
        }
        for t in targets.iter_mut() {
            if let Expr::Yield(_) | Expr::YieldFrom(_) = t {
                return Err(self.error("assignment to yield expression not possible", t.span()));
            }
            if let Some(bad) = invalid_target(t, false) {
                return Err(self.target_error(bad, "assign to", false));
            }
            set_ctx(t, ExprContext::Store);
        }
        Ok(())
    }

    /// Checks the target of `x op= value`.
    pub(super) fn aug_target(&self, mut e: Expr) -> PResult<Expr> {
        match e {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {
                set_ctx(&mut e, ExprContext::Store);
                Ok(e)
            }
            _ => Err(self.error(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&e)
                ),
                e.span(),
            )),
        }
    }

    /// Checks the target of `x: T [= v]`.
    pub(super) fn ann_target(&self, mut e: Expr) -> PResult<Expr> {
        match e {
            Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {
                set_ctx(&mut e, ExprContext::Store);
                Ok(e)
            }
            Expr::Tuple(_) | Expr::List(_) => {
                let span: Span = match &e {
                    Expr::Tuple(t)
                        if t.elts
                            .first()
                            .is_some_and(|f| f.span().start == t.span.start) =>
                    {
                        t.elts.first().map_or(t.span, Expr::span)
                    }
                    _ => e.span(),
                };
                Err(self.error(
                    format!(
                        "only single target (not {}) can be annotated",
                        expr_name(&e)
                    ),
                    span,
                ))
            }
            _ => Err(self.error("illegal target for annotation", e.span())),
        }
    }
}
