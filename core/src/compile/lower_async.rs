//! Lowering of `await`, `async for` and async comprehensions (CPython 3.11's
//! `compiler_visit_expr` for `Await`, `compiler_async_for`,
//! `compiler_async_comprehension_generator`). An `await` is `GetAwaitable`
//! followed by the `Send`/`YieldValue` loop of `yield from`; `async with` is
//! lowered with `with` (`lower_try.rs`).

use super::code::{Const, Instr};
use super::lower::{FBlock, LResult, Lowerer};
use crate::syntax::ast::{self, Expr};

/// `GetAwaitable` operands: what produced the awaited value.
const AWAIT_EXPR: u32 = 0;
/// The result of `__aenter__()`.
pub(crate) const AWAIT_AENTER: u32 = 1;
/// The result of `__aexit__(...)`.
pub(crate) const AWAIT_AEXIT: u32 = 2;
/// The result of `__anext__()`.
const AWAIT_ANEXT: u32 = 3;

impl<'a> Lowerer<'a> {
    /// `[awaitable] -> [result]`: `GET_AWAITABLE; LOAD_CONST None; SEND` loop.
    pub(crate) fn emit_await(&mut self) {
        self.emit_await_from(AWAIT_EXPR);
    }

    /// [`Self::emit_await`] of the result of `__aenter__`/`__aexit__`/`__anext__`
    /// (`source`, the `GetAwaitable` operand).
    pub(crate) fn emit_await_from(&mut self, source: u32) {
        self.u().b.emit(Instr::GetAwaitable(source));
        self.emit_send_loop();
    }

    /// `[iterator] -> [result]`: the delegation loop of `yield from` and
    /// `await` (`LOAD_CONST None; SEND; YIELD_VALUE; JUMP` back).
    pub(crate) fn emit_send_loop(&mut self) {
        let b = &mut self.u().b;
        b.load_const(Const::None);
        let (top, end) = (b.label(), b.label());
        b.place(top);
        b.emit_jump(Instr::Send, end);
        b.emit(Instr::YieldValue);
        b.emit_jump(Instr::Jump, top);
        b.place(end);
    }

    /// `[aiter] -> [aiter, item]`, or to `stop` with `[aiter, exc]` when
    /// `__anext__()` raises (`EndAsyncFor` there ends the loop on
    /// `StopAsyncIteration`).
    fn next_async_item(&mut self, stop: super::builder::Label) {
        self.u().b.push_handler(stop, 0);
        self.u().b.emit(Instr::GetANext);
        self.emit_await_from(AWAIT_ANEXT);
        self.u().b.pop_handler();
    }

    /// `async for target in iter: body else: orelse`.
    pub(crate) fn async_for(&mut self, f: &'a ast::StmtFor) -> LResult {
        self.expr(&f.iter)?;
        let b = &mut self.u().b;
        b.span = f.span;
        b.emit(Instr::GetAIter);
        let (top, stop, end) = (b.label(), b.label(), b.label());
        b.place(top);
        self.next_async_item(stop);
        self.store_target(&f.target)?;
        self.u().fblocks.push(FBlock::Loop {
            cont: top,
            brk: end,
            is_for: true,
        });
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        let b = &mut self.u().b;
        b.emit_jump(Instr::Jump, top);
        b.place(stop);
        b.span = f.span;
        b.emit(Instr::EndAsyncFor);
        self.stmts(&f.orelse)?;
        self.u().b.place(end);
        Ok(())
    }

    /// The `async for` clause `i` of a comprehension, its async iterator on the stack.
    pub(crate) fn async_comprehension_loop(
        &mut self,
        expr: &'a Expr,
        generators: &'a [ast::Comprehension],
        i: usize,
    ) -> LResult {
        let Some(generator) = generators.get(i) else {
            return Err(self.error("comprehension without 'for'", expr.span()));
        };
        let b = &mut self.u().b;
        let (top, stop) = (b.label(), b.label());
        b.place(top);
        self.next_async_item(stop);
        self.store_target(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, false, top)?;
        }
        self.comprehension_loop(expr, generators, i + 1)?;
        let b = &mut self.u().b;
        b.emit_jump(Instr::Jump, top);
        b.place(stop);
        b.emit(Instr::EndAsyncFor);
        Ok(())
    }
}
