//! Simple statements and the statement dispatch.

use super::super::ast::{
    Alias, Expr, ExprContext, Ident, Stmt, StmtAnnAssign, StmtAssert, StmtAssign, StmtAugAssign,
    StmtDelete, StmtExpr, StmtGlobal, StmtImport, StmtImportFrom, StmtNonlocal, StmtRaise,
    StmtReturn,
};
use super::super::parse::{augop, invalid_target, set_ctx};
use super::expr::{bx, starts_expr};
use super::lexer::T;
use super::{Parser, R};

impl Parser<'_> {
    /// One statement (a compound one, or a line of simple ones) into `body`.
    pub(super) fn statement(&mut self, body: &mut Vec<Stmt>) -> R<()> {
        self.count_statement()?;
        match self.kind() {
            T::Def | T::Class | T::If | T::While | T::For | T::With | T::Try | T::At | T::Async => {
                let s = self.compound()?;
                body.push(s);
                Some(())
            }
            T::Name if self.cur_text() == "match" => {
                let saved = (self.pos, self.depth);
                if let Some(s) = self.match_stmt()? {
                    body.push(s);
                    return Some(());
                }
                (self.pos, self.depth) = saved;
                self.simple_stmts(body)
            }
            _ => self.simple_stmts(body),
        }
    }

    /// `a; b; c` up to and including the NEWLINE.
    pub(super) fn simple_stmts(&mut self, body: &mut Vec<Stmt>) -> R<()> {
        loop {
            let s = self.simple_stmt()?;
            body.push(s);
            if !self.eat(T::Semi) || self.kind() == T::Newline {
                break;
            }
        }
        self.expect(T::Newline)
    }

    fn simple_stmt(&mut self) -> R<Stmt> {
        let start = self.start();
        let kind = self.kind();
        if matches!(
            kind,
            T::Pass | T::Break | T::Continue | T::Return | T::Raise | T::Del | T::Assert
        ) {
            self.bump();
        }
        Some(match kind {
            T::Pass => Stmt::Pass(self.span_from(start)),
            T::Break => Stmt::Break(self.span_from(start)),
            T::Continue => Stmt::Continue(self.span_from(start)),
            T::Return => {
                let value = if starts_expr(self.kind()) {
                    Some(bx(self.star_expressions()?))
                } else {
                    None
                };
                Stmt::Return(StmtReturn {
                    value,
                    span: self.span_from(start),
                })
            }
            T::Raise => {
                let (mut exc, mut cause) = (None, None);
                if starts_expr(self.kind()) {
                    exc = Some(bx(self.expression()?));
                    if self.eat(T::From) {
                        cause = Some(bx(self.expression()?));
                    }
                }
                Stmt::Raise(StmtRaise {
                    exc,
                    cause,
                    span: self.span_from(start),
                })
            }
            T::Del => {
                let (elts, _, _) = self.star_list(false)?;
                let mut targets = Vec::with_capacity(elts.len());
                for mut e in elts {
                    if invalid_target(&e, true).is_some() {
                        return None;
                    }
                    set_ctx(&mut e, ExprContext::Del);
                    targets.push(e);
                }
                Stmt::Delete(StmtDelete {
                    targets,
                    span: self.span_from(start),
                })
            }
            T::Assert => {
                let test = bx(self.expression()?);
                let msg = if self.eat(T::Comma) {
                    Some(bx(self.expression()?))
                } else {
                    None
                };
                Stmt::Assert(StmtAssert {
                    test,
                    msg,
                    span: self.span_from(start),
                })
            }
            T::Global | T::Nonlocal => {
                self.bump();
                let mut names = vec![self.name()?];
                while self.eat(T::Comma) {
                    names.push(self.name()?);
                }
                let span = self.span_from(start);
                if kind == T::Global {
                    Stmt::Global(StmtGlobal { names, span })
                } else {
                    Stmt::Nonlocal(StmtNonlocal { names, span })
                }
            }
            T::Import => self.import()?,
            T::From => self.import_from()?,
            _ => self.expr_stmt()?,
        })
    }

    /// A yield expression or `star_expressions`.
    fn rhs(&mut self) -> R<Expr> {
        if self.kind() == T::Yield {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    /// An expression statement or an (augmented, annotated) assignment.
    fn expr_stmt(&mut self) -> R<Stmt> {
        let start = self.start();
        let parenthesized = self.kind() == T::LPar;
        let first = self.rhs()?;
        match self.kind() {
            T::Colon => {
                self.bump();
                let target = single_target(first)?;
                let simple = matches!(target, Expr::Name(_)) && !parenthesized;
                let annotation = bx(self.expression()?);
                let value = if self.eat(T::Equal) {
                    Some(bx(self.rhs()?))
                } else {
                    None
                };
                Some(Stmt::AnnAssign(StmtAnnAssign {
                    target: bx(target),
                    annotation,
                    value,
                    simple,
                    span: self.span_from(start),
                }))
            }
            T::AugOp => {
                let op = augop(self.cur_text());
                self.bump();
                let target = single_target(first)?;
                let value = self.rhs()?;
                Some(Stmt::AugAssign(StmtAugAssign {
                    target: bx(target),
                    op,
                    value: bx(value),
                    span: self.span_from(start),
                }))
            }
            T::Equal => {
                let mut targets = vec![first];
                let mut value = None;
                while self.eat(T::Equal) {
                    if let Some(v) = value.replace(self.rhs()?) {
                        targets.push(v);
                    }
                }
                for t in &mut targets {
                    if matches!(t, Expr::Yield(_) | Expr::YieldFrom(_))
                        || invalid_target(t, false).is_some()
                    {
                        return None;
                    }
                    set_ctx(t, ExprContext::Store);
                }
                Some(Stmt::Assign(StmtAssign {
                    targets,
                    value: bx(value?),
                    span: self.span_from(start),
                }))
            }
            _ => Some(Stmt::Expr(StmtExpr {
                value: bx(first),
                span: self.span_from(start),
            })),
        }
    }

    /// `import a.b as c, d`.
    fn import(&mut self) -> R<Stmt> {
        let start = self.start();
        self.expect(T::Import)?;
        let mut names = Vec::new();
        loop {
            names.push(self.alias(true)?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        Some(Stmt::Import(StmtImport {
            names,
            span: self.span_from(start),
        }))
    }

    /// `name [as asname]`; `dotted` allows `a.b.c` as the name.
    fn alias(&mut self, dotted: bool) -> R<Alias> {
        let start = self.start();
        let name = if dotted {
            self.dotted_name()?
        } else {
            self.name()?
        };
        let asname = if self.eat(T::As) {
            Some(self.name()?)
        } else {
            None
        };
        Some(Alias {
            name,
            asname,
            span: self.span_from(start),
        })
    }

    /// `a.b.c` as one identifier.
    fn dotted_name(&mut self) -> R<Ident> {
        let start = self.start();
        let first = self.name()?;
        if self.kind() != T::Dot {
            return Some(first);
        }
        let mut name = String::from(first.name);
        while self.eat(T::Dot) {
            name.push('.');
            name.push_str(&self.name()?.name);
        }
        Some(Ident {
            name: name.into(),
            span: self.span_from(start),
        })
    }

    /// `from .mod import a as b, c`, `from mod import (a, b)`, `from . import *`.
    fn import_from(&mut self) -> R<Stmt> {
        let start = self.start();
        self.expect(T::From)?;
        let mut level = 0;
        loop {
            match self.kind() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.kind() == T::Name {
            Some(self.dotted_name()?)
        } else {
            (level > 0).then_some(())?;
            None
        };
        self.expect(T::Import)?;
        let mut names = Vec::new();
        if self.kind() == T::Star {
            let t = self.tok();
            self.bump();
            let span = self.span(t.start, t.end);
            let name = Ident {
                name: "*".into(),
                span,
            };
            names.push(Alias {
                name,
                asname: None,
                span,
            });
        } else {
            let parens = self.eat(T::LPar);
            loop {
                names.push(self.alias(false)?);
                if !self.eat(T::Comma) || (parens && self.kind() == T::RPar) {
                    break;
                }
            }
            if parens {
                self.expect(T::RPar)?;
            }
        }
        Some(Stmt::ImportFrom(StmtImportFrom {
            module,
            names,
            level,
            span: self.span_from(start),
        }))
    }
}

/// The target of `x: T` or `x op= v`: a name, attribute or subscript.
fn single_target(mut e: Expr) -> R<Expr> {
    if !matches!(e, Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)) {
        return None;
    }
    set_ctx(&mut e, ExprContext::Store);
    Some(e)
}
