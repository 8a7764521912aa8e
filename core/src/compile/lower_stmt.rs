//! Lowering of statements.

use super::code::{BinOp, Const, Instr};
use super::lower::{Exit, FBlock, LResult, Lowerer};
use super::symbols::ScopeKind;
use crate::syntax::ast::{self, Expr, Stmt};

impl<'a> Lowerer<'a> {
    /// Lowers a block.
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> LResult {
        for stmt in body {
            self.stmt(stmt)?;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &'a Stmt) -> LResult {
        self.u().b.span = stmt.span();
        match stmt {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_(r),
            Stmt::Delete(d) => {
                for target in &d.targets {
                    self.delete_target(target)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, target) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.u().b.emit(Instr::Copy(1));
                    }
                    self.store_target(target)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_(f),
            Stmt::While(w) => self.while_(w),
            Stmt::If(i) => self.if_(i),
            Stmt::With(w) => self.with(w),
            Stmt::Match(m) => self.match_(m),
            Stmt::Raise(r) => self.raise(r),
            Stmt::Try(t) => self.try_(t),
            Stmt::Assert(a) => self.assert(a),
            Stmt::Import(i) => {
                self.import(i);
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                self.import_from(i);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.u().b.emit(Instr::PopTop);
                Ok(())
            }
            Stmt::Break(span) => {
                if let Some((_, brk, is_for)) = self.unwind(Exit::Break, *span)? {
                    if is_for {
                        self.u().b.emit(Instr::PopTop);
                    }
                    self.u().b.emit_jump(Instr::Jump, brk);
                }
                Ok(())
            }
            Stmt::Continue(span) => {
                if let Some((cont, _, _)) = self.unwind(Exit::Continue, *span)? {
                    self.u().b.emit_jump(Instr::Jump, cont);
                }
                Ok(())
            }
        }
    }

    /// `target: annotation [= value]`; module and class bodies record
    /// simple names' annotations in `__annotations__`.
    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> LResult {
        if let Some(value) = &a.value {
            self.expr(value)?;
            self.store_target(&a.target)?;
        }
        let records = matches!(self.u().kind, ScopeKind::Module | ScopeKind::Class);
        if let (true, true, Expr::Name(name)) = (records, a.simple, &*a.target) {
            self.annotation(&a.annotation)?;
            self.load_name("__annotations__");
            self.u().b.load_const(Const::Str(name.id.clone()));
            self.u().b.span = a.span;
            self.u().b.emit(Instr::StoreSubscr);
        }
        Ok(())
    }

    /// `__annotations__ = {}` at the start of a module or class body that has annotations.
    pub(crate) fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.u().b.emit(Instr::BuildMap(0));
            self.store_name("__annotations__");
        }
    }

    fn return_(&mut self, r: &'a ast::StmtReturn) -> LResult {
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.u().b.load_const(Const::None),
        }
        self.u().b.span = r.span;
        self.unwind(Exit::Return, r.span)?;
        self.u().b.emit(Instr::ReturnValue);
        Ok(())
    }

    /// Stores the top of the stack into an assignment target.
    pub(crate) fn store_target(&mut self, target: &'a Expr) -> LResult {
        match target {
            Expr::Name(n) => {
                self.store_name(&n.id);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.attr_name(&a.attr.name);
                self.u().b.span = a.span;
                self.u().b.emit(Instr::StoreAttr(name));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.u().b.span = s.span;
                self.u().b.emit(Instr::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, span, .. })
            | Expr::List(ast::ExprList { elts, span, .. }) => {
                self.u().b.span = *span;
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => {
                        self.u().b.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        self.u()
                            .b
                            .emit(Instr::UnpackEx(i as u32 | (after as u32) << 16));
                    }
                }
                for elt in elts {
                    match elt {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        other => self.store_target(other)?,
                    }
                }
                Ok(())
            }
            other => Err(self.error("cannot assign to expression", other.span())),
        }
    }

    fn delete_target(&mut self, target: &'a Expr) -> LResult {
        match target {
            Expr::Name(n) => {
                self.delete_name(&n.id);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.attr_name(&a.attr.name);
                self.u().b.span = a.span;
                self.u().b.emit(Instr::DeleteAttr(name));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.u().b.span = s.span;
                self.u().b.emit(Instr::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for elt in elts {
                    self.delete_target(elt)?;
                }
                Ok(())
            }
            other => Err(self.error("cannot delete expression", other.span())),
        }
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> LResult {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.u().b.span = n.span;
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.u().b.span = a.span;
                self.u().b.emit(Instr::InplaceOp(op));
                self.store_name(&n.id);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                let name = self.attr_name(&at.attr.name);
                let b = &mut self.u().b;
                b.span = at.span;
                b.emit(Instr::Copy(1));
                b.emit(Instr::LoadAttr(name));
                self.expr(&a.value)?;
                let b = &mut self.u().b;
                b.span = a.span;
                b.emit(Instr::InplaceOp(op));
                b.emit(Instr::Swap(2));
                b.emit(Instr::StoreAttr(name));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let b = &mut self.u().b;
                b.emit(Instr::Copy(2));
                b.emit(Instr::Copy(2));
                b.span = s.span;
                b.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                let b = &mut self.u().b;
                b.span = a.span;
                b.emit(Instr::InplaceOp(op));
                b.emit(Instr::Swap(3));
                b.emit(Instr::Swap(2));
                b.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(self.error("illegal expression for augmented assignment", other.span()))
            }
        }
        Ok(())
    }

    fn for_(&mut self, f: &'a ast::StmtFor) -> LResult {
        if f.is_async {
            return self.async_for(f);
        }
        self.expr(&f.iter)?;
        let (top, orelse, end) = (self.u().b.label(), self.u().b.label(), self.u().b.label());
        // CPython shows no position markers for errors raised by `iter()` or
        // `next()` of a for loop: they carry the whole statement's span.
        self.u().b.span = f.span;
        self.u().b.emit(Instr::GetIter);
        self.u().b.place(top);
        self.u().b.emit_jump(Instr::ForIter, orelse);
        self.store_target(&f.target)?;
        self.u().fblocks.push(FBlock::Loop {
            cont: top,
            brk: end,
            is_for: true,
        });
        self.stmts(&f.body)?;
        self.u().fblocks.pop();
        self.u().b.emit_jump(Instr::Jump, top);
        self.u().b.place(orelse);
        self.stmts(&f.orelse)?;
        self.u().b.place(end);
        Ok(())
    }

    fn while_(&mut self, w: &'a ast::StmtWhile) -> LResult {
        let (top, orelse, end) = (self.u().b.label(), self.u().b.label(), self.u().b.label());
        self.u().b.place(top);
        self.u().b.span = w.test.span();
        self.jump_if(&w.test, false, orelse)?;
        self.u().fblocks.push(FBlock::Loop {
            cont: top,
            brk: end,
            is_for: false,
        });
        self.stmts(&w.body)?;
        self.u().fblocks.pop();
        self.u().b.emit_jump(Instr::Jump, top);
        self.u().b.place(orelse);
        self.stmts(&w.orelse)?;
        self.u().b.place(end);
        Ok(())
    }

    fn if_(&mut self, i: &'a ast::StmtIf) -> LResult {
        let (orelse, end) = (self.u().b.label(), self.u().b.label());
        self.jump_if(&i.test, false, orelse)?;
        self.stmts(&i.body)?;
        if !i.orelse.is_empty() {
            self.u().b.emit_jump(Instr::Jump, end);
        }
        self.u().b.place(orelse);
        self.stmts(&i.orelse)?;
        self.u().b.place(end);
        Ok(())
    }

    fn raise(&mut self, r: &'a ast::StmtRaise) -> LResult {
        let mut n = 0;
        if let Some(exc) = &r.exc {
            self.expr(exc)?;
            n = 1;
            if let Some(cause) = &r.cause {
                self.expr(cause)?;
                n = 2;
            }
        }
        self.u().b.span = r.span;
        self.u().b.emit(Instr::RaiseVarargs(n));
        Ok(())
    }

    fn assert(&mut self, a: &'a ast::StmtAssert) -> LResult {
        let ok = self.u().b.label();
        self.jump_if(&a.test, true, ok)?;
        // CPython 3.11 raises at the last comparison its jump code visited
        // (`assert x == 2` marks `x == 2`), else at the whole statement.
        let span = assert_location(&a.test).unwrap_or(a.span);
        self.u().b.span = span;
        self.u().b.emit(Instr::LoadAssertionError);
        if let Some(msg) = &a.msg {
            self.expr(msg)?;
            self.u().b.span = span;
            self.u().b.emit(Instr::Call(1));
        }
        self.u().b.span = span;
        self.u().b.emit(Instr::RaiseVarargs(1));
        self.u().b.place(ok);
        Ok(())
    }

    /// `import a.b.c [as d]`: `(level, fromlist)` then `ImportName`, like CPython.
    fn import(&mut self, i: &'a ast::StmtImport) {
        for alias in &i.names {
            let full = self.name(&alias.name.name);
            self.u()
                .b
                .load_const(Const::Tuple(vec![Const::Int(0), Const::None]));
            self.u().b.emit(Instr::ImportName(full));
            if let Some(asname) = &alias.asname {
                // `import a.b as c` binds the submodule itself.
                for part in alias.name.name.split('.').skip(1) {
                    let part = self.name(part);
                    self.u().b.emit(Instr::ImportFrom(part));
                    self.u().b.emit(Instr::Swap(2));
                    self.u().b.emit(Instr::PopTop);
                }
                self.store_name(&asname.name);
            } else {
                let first = alias.name.name.split('.').next().unwrap_or_default();
                self.store_name(first);
            }
        }
    }

    /// `from [.]m import x as y, ...` / `from m import *`.
    fn import_from(&mut self, i: &'a ast::StmtImportFrom) {
        let module = i.module.as_ref().map_or("", |m| &m.name);
        let module = self.name(module);
        let star = i.names.iter().any(|a| &*a.name.name == "*");
        let fromlist = i
            .names
            .iter()
            .map(|a| Const::Str(a.name.name.clone()))
            .collect();
        self.u().b.load_const(Const::Tuple(vec![
            Const::Int(i64::from(i.level)),
            Const::Tuple(fromlist),
        ]));
        self.u().b.emit(Instr::ImportName(module));
        if star {
            self.u().b.emit(Instr::ImportStar);
            return;
        }
        for alias in &i.names {
            let name = self.name(&alias.name.name);
            self.u().b.emit(Instr::ImportFrom(name));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(&bound.name);
        }
        self.u().b.emit(Instr::PopTop);
    }
}

/// Whether a module or class body annotates a simple name anywhere (nested
/// blocks included, nested scopes excluded): CPython's `SETUP_ANNOTATIONS`.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::AnnAssign(a) => a.simple,
        Stmt::If(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::For(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::While(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::With(s) => has_annotations(&s.body),
        Stmt::Try(s) => {
            has_annotations(&s.body)
                || s.handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(&s.orelse)
                || has_annotations(&s.finalbody)
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// The instruction operand for an AST operator.
pub(crate) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// The comparison CPython 3.11's `compiler_jump_if` last set the location to
/// while compiling an `assert` test (through `and`/`or` and `not`).
fn assert_location(test: &Expr) -> Option<crate::syntax::ast::Span> {
    match test {
        Expr::Compare(c) => Some(c.span),
        Expr::BoolOp(b) => b.values.iter().rev().find_map(assert_location),
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => assert_location(&u.operand),
        _ => None,
    }
}
