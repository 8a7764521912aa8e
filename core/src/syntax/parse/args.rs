//! Call arguments and def/lambda parameter lists, with CPython's order checks.

use super::super::ast::{
    Arg, Arguments, Expr, ExprCall, ExprComp, ExprContext, ExprStarred, Keyword, Span,
};
use super::builder::{Builder, PResult, Rule, P};
use super::expr::bx;

/// Where a parameter list is in its `posonly / args * kwonly **kwarg` order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Positional,
    KeywordOnly,
    Done,
}

impl Builder<'_> {
    /// `func(...)`: `span` runs from the callee's start to `)`.
    pub(super) fn call(&mut self, func: Expr, pair: P<'_>, span: Span) -> PResult<Expr> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let Some(list) = pair.clone().into_inner().next() else {
            return Ok(Expr::Call(ExprCall {
                func: bx(func),
                args,
                keywords,
                span,
            }));
        };
        let parens = self.span(&pair);
        let items: Vec<P<'_>> = list.into_inner().collect();
        let count = items.len();
        let trailing_comma = self.span(&pair).end > 0 && {
            let text = pair.as_str().trim_end_matches(')').trim_end();
            text.ends_with(',')
        };
        let mut seen_kw_unpack = false;
        for item in items {
            let item_span = self.span(&item);
            let mut it = item.clone().into_inner();
            let first = self.next(&mut it, &item)?;
            match first.as_rule() {
                Rule::dstar_arg => {
                    let value = self.expr(self.first(&first)?)?;
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        span: item_span,
                    });
                    seen_kw_unpack = true;
                }
                Rule::star_arg => {
                    if seen_kw_unpack {
                        let at = self.base + first.as_span().start();
                        return Err(self.error(
                            "iterable argument unpacking follows keyword argument unpacking",
                            self.text_span(at, at + 1),
                        ));
                    }
                    let value = self.expr(self.first(&first)?)?;
                    args.push(Expr::Starred(ExprStarred {
                        value: bx(value),
                        ctx: ExprContext::Load,
                        span: item_span,
                    }));
                }
                _ => match it.next() {
                    Some(rest) if rest.as_rule() == Rule::kwarg_value => {
                        let arg = self.keyword_name(&first, &rest, it.next().is_some())?;
                        let value = self.expr(self.first(&rest)?)?;
                        keywords.push(Keyword {
                            arg: Some(arg),
                            value,
                            span: item_span,
                        });
                    }
                    Some(rest) => {
                        if count > 1 || trailing_comma {
                            return Err(
                                self.error("Generator expression must be parenthesized", item_span)
                            );
                        }
                        let elt = self.expr(first)?;
                        let mut generators = vec![self.comp_for(rest)?];
                        for more in it {
                            generators.push(self.comp_for(more)?);
                        }
                        args.push(Expr::GeneratorExp(ExprComp {
                            elt: bx(elt),
                            generators,
                            span: parens,
                        }));
                    }
                    None => {
                        if !keywords.is_empty() {
                            let msg = if seen_kw_unpack {
                                "positional argument follows keyword argument unpacking"
                            } else {
                                "positional argument follows keyword argument"
                            };
                            // CPython reports at the last token it read: the `)`.
                            let close = Span::new(parens.end.saturating_sub(1), parens.end);
                            return Err(self.error(msg, close));
                        }
                        args.push(self.expr(first)?);
                    }
                },
            }
        }
        Ok(Expr::Call(ExprCall {
            func: bx(func),
            args,
            keywords,
            span,
        }))
    }

    /// The `name` of `name=value` in a call, with CPython's errors otherwise
    /// (`invalid_kwarg`); `comprehension` says a `for` follows the value.
    fn keyword_name(
        &mut self,
        pair: &P<'_>,
        value: &P<'_>,
        comprehension: bool,
    ) -> PResult<super::super::ast::Ident> {
        let e = self.expr(pair.clone())?;
        let eq = self.base + value.as_span().start();
        let eq_end = self.text_span(eq, eq + 1).end;
        let parenthesized = pair.as_str().starts_with('(');
        match e {
            Expr::Constant(c)
                if matches!(
                    c.value,
                    super::super::ast::Constant::None | super::super::ast::Constant::Bool(_)
                ) =>
            {
                let what = super::target::expr_name(&Expr::Constant(c.clone()));
                let msg = format!("cannot assign to {what}");
                Err(self.error(msg, Span::new(c.span.start, eq_end)))
            }
            Expr::Name(n) if comprehension && !parenthesized => {
                let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                Err(self.error(msg, Span::new(n.span.start, eq_end)))
            }
            Expr::Name(n) if !parenthesized => Ok(super::super::ast::Ident {
                name: n.id,
                span: n.span,
            }),
            other => Err(self.error(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                Span::new(other.span().start, eq_end),
            )),
        }
    }

    /// A `params` (def) or `lambda_params` list.
    pub(super) fn parameters(&mut self, pair: P<'_>) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let mut stage = Stage::Positional;
        let (mut star_seen, mut slash_seen, mut defaults_started) = (false, false, false);
        let items: Vec<P<'_>> = pair.clone().into_inner().collect();
        for (i, item) in items.iter().enumerate() {
            let p = self.first(item)?;
            if stage == Stage::Done {
                let msg = "arguments cannot follow var-keyword argument";
                let at = self.param_location(&p)?;
                return Err(self.error(msg, at));
            }
            match p.as_rule() {
                Rule::param_slash => {
                    let span = self.span(&p);
                    let msg = if slash_seen {
                        "/ may appear only once"
                    } else if star_seen {
                        "/ must be ahead of *"
                    } else if a.args.is_empty() {
                        "at least one argument must precede /"
                    } else {
                        slash_seen = true;
                        a.posonlyargs.append(&mut a.args);
                        continue;
                    };
                    return Err(self.error(msg, span));
                }
                Rule::param_star | Rule::param_star_l => {
                    if star_seen {
                        let msg = "* argument may appear only once";
                        let at = self.param_location(&p)?;
                        return Err(self.error(msg, at));
                    }
                    star_seen = true;
                    stage = Stage::KeywordOnly;
                    a.vararg = self.param_arg(&p)?;
                    if a.vararg.is_none() {
                        let next = items.get(i + 1).and_then(|n| self.first(n).ok());
                        self.check_bare_star(&p, next.as_ref())?;
                    }
                }
                Rule::param_kwargs | Rule::param_kwargs_l => {
                    a.kwarg = self.param_arg(&p)?;
                    stage = Stage::Done;
                }
                _ => {
                    let (arg, default) = self.plain_param(&p)?;
                    if stage == Stage::KeywordOnly {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                        continue;
                    }
                    if let Some(d) = default {
                        defaults_started = true;
                        a.defaults.push(d);
                    } else if defaults_started {
                        let msg = "non-default argument follows default argument";
                        return Err(self.error(msg, arg.span));
                    }
                    a.args.push(arg);
                }
            }
        }
        Ok(a)
    }

    /// Where CPython points for a misplaced parameter: the `*`, `**` or `/`
    /// token, or the name and annotation of a plain parameter.
    fn param_location(&mut self, p: &P<'_>) -> PResult<Span> {
        let start = self.base + p.as_span().start();
        Ok(match p.as_rule() {
            Rule::param_star | Rule::param_star_l | Rule::param_slash => {
                self.text_span(start, start + 1)
            }
            Rule::param_kwargs | Rule::param_kwargs_l => self.text_span(start, start + 2),
            _ => self.plain_param(p)?.0.span,
        })
    }

    /// "named arguments must follow bare *": at the `*` of a `def`; after
    /// it (and its comma) in a `lambda`, where CPython reports its last token.
    fn check_bare_star(&mut self, star: &P<'_>, next: Option<&P<'_>>) -> PResult<()> {
        if next.is_some_and(|n| !matches!(n.as_rule(), Rule::param_kwargs | Rule::param_kwargs_l)) {
            return Ok(());
        }
        let msg = "named arguments must follow bare *";
        if star.as_rule() == Rule::param_star {
            let at = self.param_location(star)?;
            return Err(self.error(msg, at));
        }
        let text = self.text();
        let mut at = self.base + star.as_span().end();
        for skip_comma in [true, false] {
            let rest = text.get(at..).unwrap_or("");
            at += rest.len() - rest.trim_start_matches([' ', '\t', '\x0C']).len();
            if skip_comma && text.get(at..).is_some_and(|r| r.starts_with(',')) {
                at += 1;
            }
        }
        let len = if text.get(at..).is_some_and(|r| r.starts_with("**")) {
            2
        } else {
            1
        };
        Err(self.error(msg, self.text_span(at, at + len)))
    }

    /// `name[: annotation]` of `*name` / `**name` (None for a bare `*`).
    fn param_arg(&mut self, p: &P<'_>) -> PResult<Option<Arg>> {
        let mut it = p.clone().into_inner();
        let Some(name) = it.next() else {
            return Ok(None);
        };
        let arg = self.ident(&name);
        let mut span = arg.span;
        let mut annotation = None;
        for part in it {
            if part.as_rule() == Rule::default {
                let msg = if p.as_rule() == Rule::param_star || p.as_rule() == Rule::param_star_l {
                    "var-positional argument cannot have default value"
                } else {
                    "var-keyword argument cannot have default value"
                };
                let at = self.base + part.as_span().start();
                return Err(self.error(msg, self.text_span(at, at + 1)));
            }
            let e = self.expr(self.first(&part)?)?;
            span = span.cover(e.span());
            annotation = Some(bx(e));
        }
        Ok(Some(Arg {
            arg,
            annotation,
            span,
        }))
    }

    /// `name[: annotation][= default]`.
    fn plain_param(&mut self, p: &P<'_>) -> PResult<(Arg, Option<Expr>)> {
        let mut it = p.clone().into_inner();
        let name = self.next(&mut it, p)?;
        let arg = self.ident(&name);
        let mut span = arg.span;
        let mut annotation = None;
        let mut default = None;
        for part in it {
            let Some(value) = part.clone().into_inner().next() else {
                // `=` before `)` or `,`: CPython's `invalid_default`.
                let at = self.base + part.as_span().start();
                let msg = "expected default value expression";
                return Err(self.error(msg, self.text_span(at, at + 1)));
            };
            let e = self.expr(value)?;
            if part.as_rule() == Rule::annotation {
                span = span.cover(e.span());
                annotation = Some(bx(e));
            } else {
                default = Some(e);
            }
        }
        Ok((
            Arg {
                arg,
                annotation,
                span,
            },
            default,
        ))
    }
}
