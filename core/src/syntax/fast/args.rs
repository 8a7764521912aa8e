//! Call arguments and `def`/`lambda` parameter lists, with the order rules
//! the pest builder checks (any violation gives up).

use super::super::ast::{
    Arg, Arguments, Expr, ExprCall, ExprComp, ExprContext, ExprLambda, ExprStarred, Keyword,
};
use super::expr::bx;
use super::lexer::T;
use super::{Parser, R};

/// What a parameter list has read so far.
#[derive(Default)]
struct ParamState {
    star_seen: bool,
    slash_seen: bool,
    kwarg_seen: bool,
}

impl Parser<'_> {
    /// `func(...)`, the `(` consumed; the node spans from `start` to `)`.
    pub(super) fn call(&mut self, func: Expr, start: u32) -> R<Expr> {
        let (args, keywords) = self.arguments(start)?;
        Some(Expr::Call(ExprCall {
            func: bx(func),
            args,
            keywords,
            span: self.span_from(start),
        }))
    }

    /// The arguments after `(` up to and including `)`.
    pub(super) fn arguments(&mut self, _start: u32) -> R<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.prev_end() - 1;
        let (mut args, mut keywords) = (Vec::new(), Vec::new());
        let mut kw_unpack = false;
        while self.kind() != T::RPar {
            let start = self.start();
            match self.kind() {
                T::DoubleStar => {
                    self.bump();
                    let value = self.expression()?;
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        span: self.span_from(start),
                    });
                    kw_unpack = true;
                }
                T::Star => {
                    if kw_unpack {
                        return None;
                    }
                    self.bump();
                    let value = self.expression()?;
                    args.push(Expr::Starred(ExprStarred {
                        value: bx(value),
                        ctx: ExprContext::Load,
                        span: self.span_from(start),
                    }));
                }
                T::Name if self.peek(1) == T::Equal => {
                    let t = self.tok();
                    let arg = self.ident(t);
                    self.bump();
                    self.bump();
                    let value = self.expression()?;
                    if self.at_comp_for() {
                        return None;
                    }
                    keywords.push(Keyword {
                        arg: Some(arg),
                        value,
                        span: self.span_from(start),
                    });
                }
                _ => {
                    let value = self.named_expression()?;
                    if self.at_comp_for() {
                        if !args.is_empty() || !keywords.is_empty() {
                            return None;
                        }
                        let generators = self.comp_fors()?;
                        self.expect(T::RPar)?;
                        let genexp = Expr::GeneratorExp(ExprComp {
                            elt: bx(value),
                            generators,
                            span: self.span_from(open),
                        });
                        return Some((vec![genexp], keywords));
                    }
                    if !keywords.is_empty() {
                        return None;
                    }
                    args.push(value);
                }
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RPar)?;
        Some((args, keywords))
    }

    /// `lambda params: body`.
    pub(super) fn lambdef(&mut self) -> R<Expr> {
        let start = self.start();
        self.expect(T::Lambda)?;
        let args = self.parameters(T::Colon)?;
        self.expect(T::Colon)?;
        let body = self.expression()?;
        Some(Expr::Lambda(ExprLambda {
            args: Box::new(args),
            body: bx(body),
            span: self.span_from(start),
        }))
    }

    /// A parameter list up to (not including) `close`: `)` for a `def`
    /// (annotations allowed), `:` for a `lambda`.
    pub(super) fn parameters(&mut self, close: T) -> R<Arguments> {
        let mut a = Arguments::default();
        let mut st = ParamState::default();
        while self.kind() != close {
            if st.kwarg_seen {
                return None;
            }
            self.parameter(&mut a, &mut st, close)?;
            if !self.eat(T::Comma) {
                break;
            }
        }
        Some(a)
    }

    /// One parameter of a list.
    fn parameter(&mut self, a: &mut Arguments, st: &mut ParamState, close: T) -> R<()> {
        let annotated = close == T::RPar;
        match self.kind() {
            T::Op if self.at_op("/") => {
                if st.slash_seen || st.star_seen || a.args.is_empty() {
                    return None;
                }
                self.bump();
                st.slash_seen = true;
                a.posonlyargs.append(&mut a.args);
            }
            T::Star => {
                if st.star_seen {
                    return None;
                }
                self.bump();
                st.star_seen = true;
                if self.kind() == T::Name {
                    a.vararg = Some(self.param_arg(annotated, true)?);
                } else {
                    // A bare `*` needs a named parameter after it.
                    let named_next = self.kind() == T::Comma && self.peek(1) == T::Name;
                    named_next.then_some(())?;
                }
            }
            T::DoubleStar => {
                self.bump();
                a.kwarg = Some(self.param_arg(annotated, false)?);
                st.kwarg_seen = true;
            }
            _ => {
                let arg = self.param_arg(annotated, false)?;
                let default = if self.eat(T::Equal) {
                    Some(self.expression()?)
                } else {
                    None
                };
                if st.star_seen {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else if let Some(d) = default {
                    a.defaults.push(d);
                    a.args.push(arg);
                } else if !a.defaults.is_empty() {
                    return None;
                } else {
                    a.args.push(arg);
                }
            }
        }
        // A default after `*name` or `**name` is an error.
        (self.kind() != T::Equal).then_some(())
    }

    /// `name[: annotation]` (`*name: *Ts` when `starred`).
    fn param_arg(&mut self, annotated: bool, starred: bool) -> R<Arg> {
        let arg = self.name()?;
        let mut span = arg.span;
        let mut annotation = None;
        if annotated && self.eat(T::Colon) {
            let e = if starred {
                self.star_item(false)?
            } else {
                self.expression()?
            };
            span = span.cover(e.span());
            annotation = Some(bx(e));
        }
        Some(Arg {
            arg,
            annotation,
            span,
        })
    }
}
