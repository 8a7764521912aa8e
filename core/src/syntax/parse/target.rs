//! Assignment, deletion and loop targets: expressions checked and given a context.
//!
//! The grammar parses every target as an expression (no backtracking); this
//! file turns it into a Store/Del target or produces CPython's message.

use super::super::ast::{Constant, Expr, ExprContext, Span};
use super::super::SyntaxError;
use super::builder::{Builder, PResult};
use super::errors::tokens::{token_text, tokenize, Kind};
use super::stmt::NamedTarget;

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
pub(in crate::syntax) fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match e {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Starred(s) if !del => invalid_target(&s.value, del),
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, del)),
        Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(x, del)),
        _ => Some(e),
    }
}

/// Sets `ctx` on a valid target and everything it contains.
pub(in crate::syntax) fn set_ctx(e: &mut Expr, ctx: ExprContext) {
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

/// How an expression's text starts, for CPython's lookahead
/// `!(list|tuple|genexp|'True'|'None'|'False')`.
struct GroupShape {
    /// The whole text is one parenthesized group.
    group: bool,
    /// It starts with a list, a parenthesized tuple or generator, or a
    /// `True`/`None`/`False` token.
    display: bool,
}

impl GroupShape {
    fn of(text: &str, start: usize, end: usize) -> Self {
        let tokens = tokenize(text, start, end);
        let real: Vec<_> = tokens.iter().filter(|t| t.kind != Kind::End).collect();
        let word = |i: usize| real.get(i).map_or("", |t| token_text(text, t));
        let close = (1..real.len())
            .find(|&i| matches!(word(i), ")" | "]") && real.get(i).is_some_and(|t| t.depth == 0));
        let top = |w: &str| {
            close.is_some_and(|c| {
                (1..c).any(|i| real.get(i).is_some_and(|t| t.depth == 1) && word(i) == w)
            })
        };
        let group = word(0) == "(" && close == Some(real.len().saturating_sub(1));
        // `[x for x in y]` is a comprehension, not CPython's `list`.
        let list = word(0) == "[" && !top("for");
        let tuple_or_genexp = word(0) == "(" && (close == Some(1) || top(",") || top("for"));
        let display = list || tuple_or_genexp || matches!(word(0), "True" | "None" | "False");
        GroupShape { group, display }
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

    /// Checks the targets of `t1 = t2 = value`; `named` is set when CPython's
    /// `invalid_named_expression` rule sees the statement first.
    pub(super) fn assign_targets(
        &mut self,
        targets: &mut [Expr],
        named: Option<&NamedTarget<'_>>,
    ) -> PResult<()> {
        let invalid = targets.iter().any(|t| {
            matches!(t, Expr::Yield(_) | Expr::YieldFrom(_)) || invalid_target(t, false).is_some()
        });
        if let (true, Some(named)) = (invalid, named) {
            if let Some(err) = self.named_target_error(named)? {
                return Err(err);
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

    /// `T = V` read as a mistyped comparison: `c = V` for T's last element
    /// `c`, unless `c` starts with a display or `True`/`None`/`False`.
    fn named_target_error(&mut self, named: &NamedTarget<'_>) -> PResult<Option<SyntaxError>> {
        let start = self.base + named.last.as_span().start();
        let end = self.base + named.last.as_span().end();
        let shape = GroupShape::of(self.text(), start, end);
        let c = self.expr(named.last.clone())?;
        if let (Expr::Name(name), false) = (&c, shape.group) {
            let Some(value_end) = self.bitwise_or_end(&named.value) else {
                return Ok(None);
            };
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Ok(Some(self.error(msg, Span::new(name.span.start, value_end))));
        }
        if shape.display || !(shape.group || is_bitwise_or_level(&c)) {
            return Ok(None);
        }
        Ok(Some(self.target_error(&c, "assign to", true)))
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
