//! Lowering of `try` and `with`: handlers in the exception table, `finally`
//! emitted on both paths, and the cleanup handler that restores the
//! exception being handled when an `except`/`finally` body itself raises.

use super::code::Instr;
use super::lower::{FBlock, LResult, Lowerer};
use crate::syntax::ast;

impl<'a> Lowerer<'a> {
    pub(crate) fn try_(&mut self, t: &'a ast::StmtTry) -> LResult {
        if t.finalbody.is_empty() {
            self.try_handlers(t)
        } else {
            self.try_finally(t)
        }
    }

    /// `try` with `except` or `except*` clauses.
    fn try_handlers(&mut self, t: &'a ast::StmtTry) -> LResult {
        if t.is_star {
            self.try_star(t)
        } else {
            self.try_except(t)
        }
    }

    /// `try ... except* T:` (CPython 3.11's `compiler_try_star_except`):
    /// every clause takes its part of the group; what the handlers raise and
    /// what no clause matched is raised again at the end.
    fn try_star(&mut self, t: &'a ast::StmtTry) -> LResult {
        let (cleanup, end, _) = self.try_body_and_handler_entry(t)?;
        // [prev, orig] -> [prev, orig, raised, rest]
        self.u().b.emit(Instr::BuildList(0));
        self.u().b.emit(Instr::Copy(2));
        for h in &t.handlers {
            self.except_star_clause(h)?;
        }
        let (no_reraise, b) = (self.u().b.label(), &mut self.u().b);
        b.span = t.span;
        b.emit(Instr::ListAppend(1));
        b.emit(Instr::PrepReraiseStar);
        b.emit(Instr::Copy(1));
        b.load_const(super::code::Const::None);
        b.emit(Instr::IsOp(false));
        b.emit_jump(Instr::PopJumpIfTrue, no_reraise);
        // [prev, exc]: the cleanup handler restores `prev` and raises `exc`.
        b.emit(Instr::Reraise(0));
        b.place(no_reraise);
        b.emit(Instr::PopTop);
        b.emit(Instr::PopExcept);
        b.emit_jump(Instr::Jump, end);
        self.u().b.pop_handler();
        self.cleanup_handler(cleanup);
        self.u().b.place(end);
        Ok(())
    }

    /// One `except* T as name:` clause on `[prev, orig, raised, rest]`.
    fn except_star_clause(&mut self, h: &'a ast::ExceptHandler) -> LResult {
        let (next, no_match, failed) = (self.u().b.label(), self.u().b.label(), self.u().b.label());
        self.u().b.span = h.span;
        if let Some(ty) = &h.type_ {
            self.expr(ty)?;
        }
        self.u().b.span = h.span;
        self.u().b.emit(Instr::CheckEgMatch);
        self.u().b.emit_jump(Instr::PopJumpIfFalse, no_match);
        let name = h.name.as_ref().map(|n| &*n.name);
        match name {
            Some(name) => self.store_name(name),
            None => {
                self.u().b.emit(Instr::PopTop);
            }
        }
        self.u().b.push_handler(failed, 0);
        self.stmts(&h.body)?;
        self.u().b.pop_handler();
        if let Some(name) = name {
            self.clear_name(name);
        }
        self.u().b.emit_jump(Instr::Jump, next);
        // The handler raised: keep what it raised for the end.
        self.u().b.place(failed);
        self.u().b.emit(Instr::ListAppend(2));
        if let Some(name) = name {
            self.clear_name(name);
        }
        self.u().b.emit_jump(Instr::Jump, next);
        self.u().b.place(no_match);
        self.u().b.emit(Instr::PopTop);
        self.u().b.place(next);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> LResult {
        let (handler, end) = (self.u().b.label(), self.u().b.label());
        let outer = self.u().b.handler_depth();
        self.u().b.push_handler(handler, 0);
        self.u().fblocks.push(FBlock::TryFinally {
            body: &t.finalbody,
            handlers: outer,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_handlers(t)?;
        }
        self.u().fblocks.pop();
        self.u().b.pop_handler();
        self.stmts(&t.finalbody)?;
        self.u().b.emit_jump(Instr::Jump, end);

        self.u().b.place(handler);
        self.u().b.span = t.span;
        self.u().b.emit(Instr::PushExcInfo);
        let cleanup = self.u().b.label();
        let height = self.u().b.handler_depth();
        self.u().b.push_handler(cleanup, -1);
        self.u()
            .fblocks
            .push(FBlock::FinallyEnd { handlers: height });
        self.stmts(&t.finalbody)?;
        self.u().fblocks.pop();
        self.u().b.emit(Instr::Reraise(0));
        self.u().b.pop_handler();
        self.cleanup_handler(cleanup);
        self.u().b.place(end);
        Ok(())
    }

    /// The `try` body and `else`, then the handler entry `[prev, exc]` with
    /// the cleanup handler pushed; returns `(cleanup, end, handler depth)`.
    fn try_body_and_handler_entry(
        &mut self,
        t: &'a ast::StmtTry,
    ) -> Result<(super::builder::Label, super::builder::Label, usize), crate::SyntaxError> {
        let (handler, end) = (self.u().b.label(), self.u().b.label());
        self.u().b.push_handler(handler, 0);
        self.stmts(&t.body)?;
        self.u().b.pop_handler();
        self.stmts(&t.orelse)?;
        self.u().b.emit_jump(Instr::Jump, end);

        self.u().b.place(handler);
        self.u().b.span = t.span;
        self.u().b.emit(Instr::PushExcInfo);
        let cleanup = self.u().b.label();
        let height = self.u().b.handler_depth();
        self.u().b.push_handler(cleanup, -1);
        Ok((cleanup, end, height))
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> LResult {
        let (cleanup, end, height) = self.try_body_and_handler_entry(t)?;
        for h in &t.handlers {
            self.u().b.span = h.span;
            let next = self.u().b.label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.u().b.span = h.span;
                self.u().b.emit(Instr::CheckExcMatch);
                self.u().b.emit_jump(Instr::PopJumpIfFalse, next);
            }
            let name = h.name.as_ref().map(|n| &*n.name);
            match name {
                Some(name) => self.store_name(name),
                None => {
                    self.u().b.emit(Instr::PopTop);
                }
            }
            self.u().fblocks.push(FBlock::ExceptBody {
                name,
                handlers: height,
            });
            self.stmts(&h.body)?;
            self.u().fblocks.pop();
            self.u().b.emit(Instr::PopExcept);
            if let Some(name) = name {
                self.clear_name(name);
            }
            self.u().b.emit_jump(Instr::Jump, end);
            self.u().b.place(next);
        }
        self.u().b.emit(Instr::Reraise(0));
        self.u().b.pop_handler();
        self.cleanup_handler(cleanup);
        self.u().b.place(end);
        Ok(())
    }

    /// `[prev, exc] ->` restore the handled exception, re-raise `exc`.
    fn cleanup_handler(&mut self, cleanup: super::builder::Label) {
        let b = &mut self.u().b;
        b.place(cleanup);
        b.emit(Instr::Swap(2));
        b.emit(Instr::PopExcept);
        b.emit(Instr::Reraise(1));
    }

    pub(crate) fn with(&mut self, w: &'a ast::StmtWith) -> LResult {
        self.with_item(w, 0)
    }

    /// One item of `with` / `async with` (CPython's `compiler_with` and
    /// `compiler_async_with`: the async form awaits `__aenter__()` and `__aexit__(...)`).
    fn with_item(&mut self, w: &'a ast::StmtWith, i: usize) -> LResult {
        let Some(item) = w.items.get(i) else {
            return self.stmts(&w.body);
        };
        self.expr(&item.context_expr)?;
        let (exit, enter) = if w.is_async {
            (self.name("__aexit__"), self.name("__aenter__"))
        } else {
            (self.name("__exit__"), self.name("__enter__"))
        };
        let b = &mut self.u().b;
        b.span = item.span;
        b.emit(Instr::Copy(1));
        b.emit(Instr::LoadSpecial(exit));
        b.emit(Instr::Swap(2));
        b.emit(Instr::LoadSpecial(enter));
        // CPython shows no position markers under `with` for the calls of
        // `__enter__`/`__exit__`: they carry the whole statement's span.
        b.span = w.span;
        b.emit(Instr::Call(0));
        if w.is_async {
            self.emit_await_from(super::lower_async::AWAIT_AENTER);
        }
        let b = &mut self.u().b;
        let (handler, end) = (b.label(), b.label());
        let outer = b.handler_depth();
        b.push_handler(handler, -1);
        self.u().fblocks.push(FBlock::With {
            handlers: outer,
            is_async: w.is_async,
        });
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => {
                self.u().b.emit(Instr::PopTop);
            }
        }
        self.with_item(w, i + 1)?;
        self.u().fblocks.pop();
        self.u().b.pop_handler();
        self.u().b.span = w.span;
        self.call_exit_none();
        if w.is_async {
            self.emit_await_from(super::lower_async::AWAIT_AEXIT);
        }
        let b = &mut self.u().b;
        b.emit(Instr::PopTop);
        b.emit_jump(Instr::Jump, end);

        b.place(handler);
        b.span = item.span;
        b.emit(Instr::PushExcInfo);
        let cleanup = b.label();
        b.push_handler(cleanup, -1);
        b.span = w.span;
        b.emit(Instr::WithExceptStart);
        if w.is_async {
            self.emit_await_from(super::lower_async::AWAIT_AEXIT);
        }
        let b = &mut self.u().b;
        let suppress = b.label();
        b.emit_jump(Instr::PopJumpIfTrue, suppress);
        b.emit(Instr::Reraise(2));
        b.place(suppress);
        b.emit(Instr::PopTop);
        b.emit(Instr::PopExcept);
        b.emit(Instr::PopTop);
        b.pop_handler();
        b.emit_jump(Instr::Jump, end);
        self.cleanup_handler(cleanup);
        self.u().b.place(end);
        Ok(())
    }
}
