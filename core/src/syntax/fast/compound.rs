//! Compound statements: blocks, `if`, `while`, `for`, `with`, `try`, `def`,
//! `class` and decorators.

use super::super::ast::{
    ExceptHandler, Expr, Span, Stmt, StmtClassDef, StmtFor, StmtFunctionDef, StmtIf, StmtTry,
    StmtWhile, StmtWith, WithItem,
};
use super::atom::store;
use super::expr::bx;
use super::lexer::T;
use super::{Parser, R};

impl Parser<'_> {
    /// Where a compound statement ends: its last token before the NEWLINE
    /// and DEDENTs that close its block.
    pub(super) fn stmt_end(&self) -> u32 {
        let mut i = self.pos;
        while let Some(t) = i.checked_sub(1).and_then(|j| self.toks.get(j)) {
            if !matches!(t.kind, T::Newline | T::Dedent | T::Indent) {
                return t.end;
            }
            i -= 1;
        }
        0
    }

    /// The span of a compound statement that starts at `start`.
    fn compound_span(&self, start: u32) -> Span {
        self.span(start, self.stmt_end())
    }

    /// `: block` — an indented block, or simple statements on the same line.
    pub(super) fn block(&mut self) -> R<Vec<Stmt>> {
        self.expect(T::Colon)?;
        let mut body = Vec::new();
        if !self.eat(T::Newline) {
            self.simple_stmts(&mut body)?;
            return Some(body);
        }
        self.expect(T::Indent)?;
        while !self.eat(T::Dedent) {
            self.statement(&mut body)?;
        }
        Some(body)
    }

    /// An optional `else: block`.
    fn else_block(&mut self) -> R<Vec<Stmt>> {
        if self.eat(T::Else) {
            self.block()
        } else {
            Some(Vec::new())
        }
    }

    /// A compound statement (the current token says which).
    pub(super) fn compound(&mut self) -> R<Stmt> {
        match self.kind() {
            T::If => self.if_stmt(),
            T::While => {
                let start = self.start();
                self.bump();
                let test = self.named_expression()?;
                let body = self.block()?;
                let orelse = self.else_block()?;
                Some(Stmt::While(StmtWhile {
                    test: bx(test),
                    body,
                    orelse,
                    span: self.compound_span(start),
                }))
            }
            T::Try => self.try_stmt(),
            T::At => self.decorated(),
            T::Class => self.class_def(Vec::new()),
            T::Def => self.function_def(Vec::new()),
            T::For => self.for_stmt(),
            T::With => self.with_stmt(),
            T::Async => match self.peek(1) {
                T::Def => self.function_def(Vec::new()),
                T::For => self.for_stmt(),
                T::With => self.with_stmt(),
                _ => None,
            },
            _ => None,
        }
    }

    fn if_stmt(&mut self) -> R<Stmt> {
        let start = self.start();
        self.expect(T::If)?;
        let test = self.named_expression()?;
        let body = self.block()?;
        let mut elifs = Vec::new();
        while self.kind() == T::Elif {
            let clause_start = self.start();
            self.bump();
            let t = self.named_expression()?;
            let b = self.block()?;
            elifs.push((clause_start, t, b));
        }
        let mut orelse = self.else_block()?;
        let end = self.stmt_end();
        for (clause_start, t, b) in elifs.into_iter().rev() {
            orelse = vec![Stmt::If(StmtIf {
                test: bx(t),
                body: b,
                orelse,
                span: self.span(clause_start, end),
            })];
        }
        Some(Stmt::If(StmtIf {
            test: bx(test),
            body,
            orelse,
            span: self.span(start, end),
        }))
    }

    fn for_stmt(&mut self) -> R<Stmt> {
        let start = self.start();
        let is_async = self.eat(T::Async);
        self.expect(T::For)?;
        let target = self.store_target_list()?;
        self.expect(T::In)?;
        let iter = self.star_expressions()?;
        let body = self.block()?;
        let orelse = self.else_block()?;
        Some(Stmt::For(StmtFor {
            is_async,
            target: bx(target),
            iter: bx(iter),
            body,
            orelse,
            span: self.compound_span(start),
        }))
    }

    fn with_stmt(&mut self) -> R<Stmt> {
        let start = self.start();
        let is_async = self.eat(T::Async);
        self.expect(T::With)?;
        let saved = (self.pos, self.depth);
        let items = match self.with_parens() {
            Some(items) => items,
            None => {
                (self.pos, self.depth) = saved;
                self.with_items()?
            }
        };
        let body = self.block()?;
        Some(Stmt::With(StmtWith {
            is_async,
            items,
            body,
            span: self.compound_span(start),
        }))
    }

    /// `(item, item,)` followed by `:`.
    fn with_parens(&mut self) -> R<Vec<WithItem>> {
        self.expect(T::LPar)?;
        let mut items = vec![self.with_item()?];
        while self.eat(T::Comma) {
            if self.kind() == T::RPar {
                break;
            }
            items.push(self.with_item()?);
        }
        self.expect(T::RPar)?;
        (self.kind() == T::Colon).then_some(items)
    }

    fn with_items(&mut self) -> R<Vec<WithItem>> {
        let mut items = vec![self.with_item()?];
        while self.eat(T::Comma) {
            items.push(self.with_item()?);
        }
        Some(items)
    }

    /// `expr [as target]`.
    fn with_item(&mut self) -> R<WithItem> {
        let start = self.start();
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(T::As) {
            Some(store(self.target()?)?)
        } else {
            None
        };
        Some(WithItem {
            context_expr,
            optional_vars,
            span: self.span_from(start),
        })
    }

    fn try_stmt(&mut self) -> R<Stmt> {
        let start = self.start();
        self.expect(T::Try)?;
        let body = self.block()?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.kind() == T::Except {
            let (handler, is_star) = self.except_clause()?;
            if star.is_some_and(|s| s != is_star) {
                return None;
            }
            star = Some(is_star);
            handlers.push(handler);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.eat(T::Finally) {
            self.block()?
        } else {
            (!handlers.is_empty()).then_some(())?;
            Vec::new()
        };
        Some(Stmt::Try(StmtTry {
            is_star: star.unwrap_or(false),
            body,
            handlers,
            orelse,
            finalbody,
            span: self.compound_span(start),
        }))
    }

    /// `except [*] [type [as name]]: block`, and whether it has the `*`.
    fn except_clause(&mut self) -> R<(ExceptHandler, bool)> {
        let start = self.start();
        self.expect(T::Except)?;
        let is_star = self.eat(T::Star);
        let (mut type_, mut name) = (None, None);
        if self.kind() != T::Colon {
            type_ = Some(bx(self.expression()?));
            if self.eat(T::As) {
                name = Some(self.name()?);
            }
        } else if is_star {
            return None;
        }
        let body = self.block()?;
        let handler = ExceptHandler {
            type_,
            name,
            body,
            span: self.compound_span(start),
        };
        Some((handler, is_star))
    }

    /// `@decorator` lines, then a `def` or `class`.
    fn decorated(&mut self) -> R<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(T::At) {
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        match self.kind() {
            T::Class => self.class_def(decorators),
            T::Def => self.function_def(decorators),
            T::Async if self.peek(1) == T::Def => self.function_def(decorators),
            _ => None,
        }
    }

    fn function_def(&mut self, decorator_list: Vec<Expr>) -> R<Stmt> {
        let start = self.start();
        let is_async = self.eat(T::Async);
        self.expect(T::Def)?;
        let name = self.name()?;
        self.expect(T::LPar)?;
        let args = Box::new(self.parameters(T::RPar)?);
        self.expect(T::RPar)?;
        let returns = if self.eat(T::Arrow) {
            Some(bx(self.expression()?))
        } else {
            None
        };
        let body = self.block()?;
        Some(Stmt::FunctionDef(StmtFunctionDef {
            is_async,
            name,
            args,
            body,
            decorator_list,
            returns,
            span: self.compound_span(start),
        }))
    }

    fn class_def(&mut self, decorator_list: Vec<Expr>) -> R<Stmt> {
        let start = self.start();
        self.expect(T::Class)?;
        let name = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.eat(T::LPar) {
            (bases, keywords) = self.arguments(start)?;
            if bases.iter().any(|b| matches!(b, Expr::GeneratorExp(_))) {
                return None;
            }
        }
        let body = self.block()?;
        Some(Stmt::ClassDef(StmtClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
            span: self.compound_span(start),
        }))
    }
}
