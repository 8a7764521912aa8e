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
                        return Err(self.error(
                            "iterable argument unpacking follows keyword argument unpacking",
                            item_span,
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
                        let arg = self.keyword_name(&first)?;
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

    /// The `name` of `name=value` in a call, with CPython's errors otherwise.
    fn keyword_name(&mut self, pair: &P<'_>) -> PResult<super::super::ast::Ident> {
        let e = self.expr(pair.clone())?;
        match e {
            Expr::Name(n) => Ok(super::super::ast::Ident {
                name: n.id,
                span: n.span,
            }),
            Expr::Constant(c)
                if matches!(
                    c.value,
                    super::super::ast::Constant::None | super::super::ast::Constant::Bool(_)
                ) =>
            {
                let what = super::target::expr_name(&Expr::Constant(c.clone()));
                let end = self.span(pair).end;
                Err(self.error(
                    format!("cannot assign to {what}"),
                    Span::new(c.span.start, end.max(c.span.end)),
                ))
            }
            other => Err(self.error(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                other.span(),
            )),
        }
    }

    /// A `params` (def) or `lambda_params` list.
    pub(super) fn parameters(&mut self, pair: P<'_>) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let mut stage = Stage::Positional;
        let mut star_seen = false;
        let mut bare_star: Option<Span> = None;
        let mut slash_seen = false;
        let mut defaults_started = false;
        let items: Vec<P<'_>> = pair.clone().into_inner().collect();
        for (i, item) in items.iter().enumerate() {
            let p = self.first(item)?;
            let span = self.span(&p);
            if stage == Stage::Done {
                return Err(self.error("arguments cannot follow var-keyword argument", span));
            }
            match p.as_rule() {
                Rule::param_slash => {
                    if slash_seen {
                        return Err(self.error("/ may appear only once", span));
                    }
                    if star_seen {
                        return Err(self.error("/ must be ahead of *", span));
                    }
                    if a.args.is_empty() {
                        return Err(self.error("at least one argument must precede /", span));
                    }
                    slash_seen = true;
                    a.posonlyargs.append(&mut a.args);
                }
                Rule::param_star | Rule::param_star_l => {
                    if star_seen {
                        return Err(self.error("* argument may appear only once", span));
                    }
                    star_seen = true;
                    stage = Stage::KeywordOnly;
                    if let Some(arg) = self.param_arg(&p)? {
                        a.vararg = Some(arg);
                    } else {
                        {
                            bare_star = Some(span);
                            let next = items.get(i + 1).and_then(|n| self.first(n).ok());
                            if next.as_ref().is_none_or(|n| {
                                matches!(n.as_rule(), Rule::param_kwargs | Rule::param_kwargs_l)
                            }) {
                                let at = self.after_bare_star(&pair, &p);
                                return Err(self.error("named arguments must follow bare *", at));
                            }
                        }
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
                    } else {
                        match default {
                            Some(d) => {
                                defaults_started = true;
                                a.defaults.push(d);
                            }
                            None if defaults_started => {
                                return Err(self.error(
                                    "non-default argument follows default argument",
                                    arg.span,
                                ));
                            }
                            None => {}
                        }
                        a.args.push(arg);
                    }
                }
            }
        }
        let _ = bare_star;
        Ok(a)
    }

    /// The span of the token after a bare `*` (where CPython reports).
    fn after_bare_star(&self, list: &P<'_>, star: &P<'_>) -> Span {
        let text = self.text();
        let from = self.base + star.as_span().end();
        let rest = text.get(from..).unwrap_or("");
        let skip = rest.len() - rest.trim_start_matches([' ', '\t', '\x0C']).len();
        let at = from + skip;
        let _ = list;
        let len = rest
            .get(skip..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8);
        self.text_span(at, at + len)
    }

    /// `name[: annotation]` of `*name` / `**name` (None for a bare `*`).
    fn param_arg(&mut self, p: &P<'_>) -> PResult<Option<Arg>> {
        let mut it = p.clone().into_inner();
        let Some(name) = it.next() else {
            return Ok(None);
        };
        let arg = self.ident(&name);
        let mut span = arg.span;
        let annotation = match it.next() {
            Some(ann) => {
                let e = self.expr(self.first(&ann)?)?;
                span = span.cover(e.span());
                Some(bx(e))
            }
            None => None,
        };
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
            let e = self.expr(self.first(&part)?)?;
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
