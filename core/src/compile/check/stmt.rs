//! The compiler's walk over statements (`compiler_visit_stmt` and the
//! `compiler_for`, `compiler_try_*`, `compiler_with`, ... it calls).

use super::checker::{Checker, FBlock, UnitKind, R};
use crate::compile::errors::CompilerMsg;
use crate::compile::future::is_future_import;
use crate::syntax::ast::{self, Expr, ExprContext, Stmt};

impl<'a> Checker<'a, '_> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_(r),
            Stmt::Delete(d) => self.exprs(&d.targets),
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                self.exprs(&a.targets)
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) if f.is_async => self.async_for(f),
            Stmt::For(f) => {
                self.push_block(FBlock::ForLoop, f.span)?;
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.stmts(&f.body)?;
                self.pop_block();
                self.stmts(&f.orelse)
            }
            Stmt::While(w) => {
                self.push_block(FBlock::WhileLoop, w.span)?;
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.pop_block();
                self.stmts(&w.orelse)
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)
            }
            Stmt::With(w) => self.with(w),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                if let Some(exc) = &r.exc {
                    self.expr(exc)?;
                    self.opt_expr(r.cause.as_deref())?;
                }
                Ok(())
            }
            Stmt::Try(t) if t.finalbody.is_empty() => self.try_except(t),
            Stmt::Try(t) => self.try_finally(t),
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                self.opt_expr(a.msg.as_deref())
            }
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Break(span) => self.break_or_continue(*span, CompilerMsg::BreakOutsideLoop),
            Stmt::Continue(span) => self.break_or_continue(*span, CompilerMsg::ContinueNotInLoop),
        }
    }

    /// `compiler_return`.
    fn return_(&mut self, r: &'a ast::StmtReturn) -> R {
        if !self.in_function_block() {
            return Err(self.error(CompilerMsg::ReturnOutsideFunction, r.span));
        }
        let flags = self.table.scope(self.unit.scope).flags;
        if r.value.is_some() && flags.coroutine && flags.generator {
            return Err(self.error(CompilerMsg::ReturnValueInAsyncGenerator, r.span));
        }
        let preserve_tos = r.value.as_deref().is_some_and(|v| !is_folded_constant(v));
        if preserve_tos {
            self.opt_expr(r.value.as_deref())?;
        }
        self.unwind(preserve_tos, false, r.span)?;
        Ok(())
    }

    /// `compiler_break` / `compiler_continue`.
    fn break_or_continue(&mut self, span: ast::Span, outside: CompilerMsg) -> R {
        if self.unwind(false, true, span)? {
            Ok(())
        } else {
            Err(self.error(outside, span))
        }
    }

    /// `compiler_augassign`: the target is read, then written.
    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> R {
        match &*a.target {
            Expr::Attribute(t) => self.expr(&t.value)?,
            Expr::Subscript(t) => {
                self.expr(&t.value)?;
                self.expr(&t.slice)?;
            }
            Expr::Name(t) => self.name(&t.id, ExprContext::Load, t.span)?,
            _ => {}
        }
        self.expr(&a.value)?;
        match &*a.target {
            Expr::Name(t) => self.name(&t.id, ExprContext::Store, t.span),
            _ => Ok(()),
        }
    }

    /// `compiler_annassign`: assignment first, then the annotation, which is
    /// evaluated only in modules and classes.
    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> R {
        if let Some(value) = &a.value {
            self.expr(value)?;
            self.expr(&a.target)?;
        }
        let evaluates = matches!(self.unit.kind, UnitKind::Module | UnitKind::Class)
            && !self.features.annotations;
        match &*a.target {
            Expr::Name(t) => {
                self.check_store_name(&t.id, a.span)?;
                if a.simple && evaluates {
                    self.expr(&a.annotation)?;
                }
            }
            Expr::Attribute(t) => {
                self.check_store_name(&t.attr.name, a.span)?;
                if a.value.is_none() {
                    self.expr(&t.value)?;
                }
            }
            Expr::Subscript(t) if a.value.is_none() => {
                self.expr(&t.value)?;
                self.annotated_subscript(&t.slice)?;
            }
            _ => {}
        }
        if !a.simple && evaluates {
            self.expr(&a.annotation)?;
        }
        Ok(())
    }

    /// `check_ann_subscr`: the parts of an annotated subscript target.
    fn annotated_subscript(&mut self, slice: &'a Expr) -> R {
        match slice {
            Expr::Slice(s) => {
                self.opt_expr(s.lower.as_deref())?;
                self.opt_expr(s.upper.as_deref())?;
                self.opt_expr(s.step.as_deref())
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.annotated_subscript(e)),
            other => self.expr(other),
        }
    }

    /// `compiler_async_for`.
    fn async_for(&mut self, f: &'a ast::StmtFor) -> R {
        if self.unit.kind != UnitKind::AsyncFunction {
            return Err(self.error(CompilerMsg::AsyncForOutsideAsyncFunction, f.span));
        }
        self.expr(&f.iter)?;
        self.push_block(FBlock::ForLoop, f.span)?;
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.pop_block();
        self.stmts(&f.orelse)
    }

    /// `compiler_with` / `compiler_async_with`: one block per item.
    fn with(&mut self, w: &'a ast::StmtWith) -> R {
        if w.is_async && self.unit.kind != UnitKind::AsyncFunction {
            return Err(self.error(CompilerMsg::AsyncWithOutsideAsyncFunction, w.span));
        }
        let block = if w.is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        };
        let mut pushed = 0;
        let mut result = Ok(());
        for item in &w.items {
            result = self
                .expr(&item.context_expr)
                .and_then(|()| self.push_block(block, w.span));
            if result.is_err() {
                break;
            }
            pushed += 1;
            result = self.opt_expr(item.optional_vars.as_ref());
            if result.is_err() {
                break;
            }
        }
        if result.is_ok() {
            result = self.stmts(&w.body);
        }
        for _ in 0..pushed {
            self.pop_block();
        }
        result
    }

    /// `compiler_try_except` / `compiler_try_star_except`.
    fn try_except(&mut self, t: &'a ast::StmtTry) -> R {
        self.push_block(FBlock::TryExcept, t.span)?;
        self.stmts(&t.body)?;
        self.pop_block();
        self.stmts(&t.orelse)?;
        let handler_block = if t.is_star {
            FBlock::ExceptionGroupHandler
        } else {
            FBlock::ExceptionHandler
        };
        self.push_block(handler_block, t.span)?;
        let count = t.handlers.len();
        for (i, handler) in t.handlers.iter().enumerate() {
            if !t.is_star && handler.type_.is_none() && i + 1 < count {
                return Err(self.error(CompilerMsg::DefaultExceptNotLast, handler.span));
            }
            self.opt_expr(handler.type_.as_deref())?;
            if let Some(name) = &handler.name {
                self.name(&name.name, ExprContext::Store, handler.span)?;
            }
            self.push_block(FBlock::HandlerCleanup, handler.span)?;
            self.stmts(&handler.body)?;
            self.pop_block();
        }
        self.pop_block();
        Ok(())
    }

    /// `compiler_try_finally`: the `finally` body is compiled on the normal
    /// path, then again on the exceptional one, one block deeper.
    fn try_finally(&mut self, t: &'a ast::StmtTry) -> R {
        self.push_block(FBlock::FinallyTry(&t.finalbody), t.span)?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_block();
        self.finally_body(&t.finalbody)?;
        self.push_block(FBlock::FinallyEnd, t.span)?;
        self.finally_body(&t.finalbody)?;
        self.pop_block();
        Ok(())
    }

    /// `compiler_import`: `import a.b` binds `a`.
    fn import(&mut self, i: &'a ast::StmtImport) -> R {
        for alias in &i.names {
            let bound = match &alias.asname {
                Some(asname) => &*asname.name,
                None => alias.name.name.split('.').next().unwrap_or_default(),
            };
            self.name(bound, ExprContext::Store, i.span)?;
        }
        Ok(())
    }

    /// `compiler_from_import`.
    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> R {
        if is_future_import(i) {
            let line = self.errors.index.line_col(i.span.start).0;
            if self
                .features
                .lineno
                .is_none_or(|last_future| line > last_future)
            {
                return Err(self.errors.late_future(i.span));
            }
        }
        for alias in &i.names {
            if alias.name.name.starts_with('*') {
                return Ok(());
            }
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name(&bound.name, ExprContext::Store, i.span)?;
        }
        Ok(())
    }
}

/// Whether CPython's AST optimizer turns `e` into a constant (approximately:
/// literals, `__debug__`, and unary operators and tuples of those), which
/// decides whether `return e` keeps its value on the stack while `finally`
/// bodies run.
fn is_folded_constant(e: &Expr) -> bool {
    match e {
        Expr::Constant(_) => true,
        Expr::Name(n) => &*n.id == "__debug__",
        Expr::UnaryOp(u) => is_folded_constant(&u.operand),
        Expr::Tuple(t) => t.elts.iter().all(is_folded_constant),
        _ => false,
    }
}
