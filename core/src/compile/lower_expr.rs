//! Lowering of expressions.

use super::builder::Label;
use super::code::{CmpOp, Const, Instr, UnOp};
use super::lower::{LResult, Lowerer};
use super::lower_stmt::binop;
use crate::syntax::ast::{self, Constant, Expr};

impl<'a> Lowerer<'a> {
    /// Pushes the value of `expr`.
    pub(crate) fn expr(&mut self, expr: &'a Expr) -> LResult {
        let saved = self.u().b.span;
        self.u().b.span = expr.span();
        let result = self.expr_inner(expr);
        self.u().b.span = saved;
        result
    }

    #[expect(clippy::too_many_lines, reason = "one arm per expression node")]
    fn expr_inner(&mut self, expr: &'a Expr) -> LResult {
        match expr {
            Expr::Constant(c) => {
                let value = Self::constant(&c.value);
                self.u().b.load_const(value);
            }
            Expr::Name(n) => self.load_name(&n.id),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.u().b.emit(Instr::BinaryOp(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.u().b.emit(Instr::UnaryOp(op));
            }
            Expr::BoolOp(b) => {
                let end = self.u().b.label();
                let jump = match b.op {
                    ast::BoolOp::And => Instr::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Instr::JumpIfTrueOrPop,
                };
                let (last, init) = b
                    .values
                    .split_last()
                    .ok_or_else(|| self.error("empty BoolOp", b.span))?;
                for value in init {
                    self.expr(value)?;
                    self.u().b.emit_jump(jump, end);
                }
                self.expr(last)?;
                self.u().b.place(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::IfExp(i) => {
                let (orelse, end) = (self.u().b.label(), self.u().b.label());
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.u().b.emit_jump(Instr::Jump, end);
                self.u().b.place(orelse);
                self.expr(&i.orelse)?;
                self.u().b.place(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.u().b.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.attr_name(&a.attr.name);
                self.u().b.emit(Instr::LoadAttr(name));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.u().b.emit(Instr::BinarySubscr);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(e) => self.expr(e)?,
                        None => self.u().b.load_const(Const::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    n = 3;
                }
                self.u().b.emit(Instr::BuildSlice(n));
            }
            Expr::Call(c) => self.call(c)?,
            Expr::List(l) => self.sequence(&l.elts, false)?,
            Expr::Tuple(t) => self.sequence(&t.elts, true)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::Set(s) => self.set_display(&s.elts)?,
            Expr::JoinedStr(j) => self.joined_str(j)?,
            Expr::FormattedValue(f) => self.formatted_value(f)?,
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::ListComp(c) | Expr::GeneratorExp(c) => {
                self.comprehension(expr, c.span, &c.generators)?;
            }
            Expr::DictComp(c) => self.comprehension(expr, c.span, &c.generators)?,
            Expr::SetComp(c) => self.comprehension(expr, c.span, &c.generators)?,
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.u().b.load_const(Const::None),
                }
                self.u().b.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                let b = &mut self.u().b;
                b.emit(Instr::GetYieldFromIter);
                self.emit_send_loop();
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.u().b.span = a.span;
                self.emit_await();
            }
            Expr::Starred(s) => return Err(self.error("can't use starred expression here", s.span)),
        }
        Ok(())
    }

    /// The constant for a literal.
    fn constant(c: &Constant) -> Const {
        match c {
            Constant::None => Const::None,
            Constant::Bool(b) => Const::Bool(*b),
            Constant::Int(i) => Const::Int(*i),
            Constant::BigInt(b) => Const::BigInt((**b).clone()),
            Constant::Float(f) => Const::Float(*f),
            Constant::Complex(im) => Const::Complex(*im),
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Bytes(b) => Const::Bytes(b.clone()),
            Constant::Ellipsis => Const::Ellipsis,
        }
    }

    /// Jumps to `target` when `expr` is truthy (`when == true`) or falsy.
    pub(crate) fn jump_if(&mut self, expr: &'a Expr, when: bool, target: Label) -> LResult {
        match expr {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if(&u.operand, !when, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let (last, init) = b
                    .values
                    .split_last()
                    .ok_or_else(|| self.error("empty BoolOp", b.span))?;
                if is_and == when {
                    // `a and b` jumping when true (or `a or b` when false): all must agree.
                    let skip = self.u().b.label();
                    for value in init {
                        self.jump_if(value, !when, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.u().b.place(skip);
                } else {
                    for value in init {
                        self.jump_if(value, when, target)?;
                    }
                    self.jump_if(last, when, target)?;
                }
                Ok(())
            }
            _ => {
                self.expr(expr)?;
                let jump = if when {
                    Instr::PopJumpIfTrue
                } else {
                    Instr::PopJumpIfFalse
                };
                self.u().b.emit_jump(jump, target);
                Ok(())
            }
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> LResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let cleanup = self.u().b.label();
        let end = self.u().b.label();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(right)?;
            let last = i + 1 == n;
            if !last {
                self.u().b.emit(Instr::Swap(2));
                self.u().b.emit(Instr::Copy(2));
            }
            self.u().b.span = c.span;
            self.u().b.emit(compare_instr(*op));
            if !last {
                self.u().b.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
            }
        }
        if n > 1 {
            let b = &mut self.u().b;
            b.emit_jump(Instr::Jump, end);
            b.place(cleanup);
            b.emit(Instr::Swap(2));
            b.emit(Instr::PopTop);
            b.place(end);
        }
        Ok(())
    }

    /// A list or tuple display, with `*iterable` items.
    fn sequence(&mut self, elts: &'a [Expr], tuple: bool) -> LResult {
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            for elt in elts {
                self.expr(elt)?;
            }
            let n = elts.len() as u32;
            self.u().b.emit(if tuple {
                Instr::BuildTuple(n)
            } else {
                Instr::BuildList(n)
            });
            return Ok(());
        }
        self.u().b.emit(Instr::BuildList(0));
        for elt in elts {
            match elt {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.u().b.emit(Instr::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.u().b.emit(Instr::ListAppend(1));
                }
            }
        }
        if tuple {
            self.u().b.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    /// `{a, *b}`.
    fn set_display(&mut self, elts: &'a [Expr]) -> LResult {
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            for elt in elts {
                self.expr(elt)?;
            }
            let constant = elts.len() > 2 && elts.iter().all(folds_to_constant);
            let flag = if constant { super::code::CONST_SET } else { 0 };
            self.u().b.emit(Instr::BuildSet(elts.len() as u32 | flag));
            return Ok(());
        }
        self.u().b.emit(Instr::BuildSet(0));
        for elt in elts {
            match elt {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.u().b.emit(Instr::SetUpdate(1));
                }
                other => {
                    self.expr(other)?;
                    self.u().b.emit(Instr::SetAdd(1));
                }
            }
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> LResult {
        if d.keys.iter().all(Option::is_some) {
            for (key, value) in d.keys.iter().flatten().zip(&d.values) {
                self.expr(key)?;
                self.expr(value)?;
            }
            self.u().b.emit(Instr::BuildMap(d.values.len() as u32));
            return Ok(());
        }
        self.u().b.emit(Instr::BuildMap(0));
        for (key, value) in d.keys.iter().zip(&d.values) {
            if let Some(key) = key {
                self.expr(key)?;
                self.expr(value)?;
                self.u().b.emit(Instr::MapAdd(1));
            } else {
                self.expr(value)?;
                self.u().b.emit(Instr::DictUpdate(1));
            }
        }
        Ok(())
    }

    fn joined_str(&mut self, j: &'a ast::ExprJoinedStr) -> LResult {
        for value in &j.values {
            self.expr(value)?;
        }
        if j.values.len() != 1 || !matches!(j.values.first(), Some(Expr::Constant(_))) {
            self.u().b.emit(Instr::BuildString(j.values.len() as u32));
        }
        Ok(())
    }

    fn formatted_value(&mut self, f: &'a ast::ExprFormattedValue) -> LResult {
        self.expr(&f.value)?;
        let mut flags = match f.conversion {
            ast::Conversion::None => 0,
            ast::Conversion::Str => 1,
            ast::Conversion::Repr => 2,
            ast::Conversion::Ascii => 3,
        };
        if let Some(spec) = &f.format_spec {
            self.expr(spec)?;
            flags |= 4;
        }
        self.u().b.span = f.span;
        self.u().b.emit(Instr::FormatValue(flags));
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> LResult {
        let plain = c.keywords.is_empty() && !c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        if let (Expr::Attribute(method), true) = (&*c.func, plain) {
            // `obj.name(args)` without a bound-method object (CPython's LOAD_METHOD).
            self.expr(&method.value)?;
            let name = self.attr_name(&method.attr.name);
            self.u().b.span = method.span;
            self.u().b.emit(Instr::LoadMethod(name));
            for arg in &c.args {
                self.expr(arg)?;
            }
            self.u().b.span = c.span;
            self.u().b.emit(Instr::CallMethod(c.args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        let starred = c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none());
        if starred {
            match c.args.as_slice() {
                // `f(*it)`: `CallEx` takes any iterable (and names `f` if it is not one).
                [Expr::Starred(s)] => self.expr(&s.value)?,
                args => self.sequence(args, true)?,
            }
            if !c.keywords.is_empty() {
                self.u().b.emit(Instr::BuildMap(0));
                for k in &c.keywords {
                    if let Some(name) = &k.arg {
                        self.u().b.load_const(Const::Str(name.name.clone()));
                        self.expr(&k.value)?;
                        self.u().b.emit(Instr::BuildMap(1));
                    } else {
                        self.expr(&k.value)?;
                    }
                    self.u().b.span = c.span;
                    self.u().b.emit(Instr::DictMerge(1));
                }
            }
            self.u().b.span = c.span;
            self.u()
                .b
                .emit(Instr::CallEx(u32::from(!c.keywords.is_empty())));
            return Ok(());
        }
        for arg in &c.args {
            self.expr(arg)?;
        }
        for k in &c.keywords {
            self.expr(&k.value)?;
        }
        self.u().b.span = c.span;
        let n = (c.args.len() + c.keywords.len()) as u32;
        if c.keywords.is_empty() {
            self.u().b.emit(Instr::Call(n));
        } else {
            let names = c
                .keywords
                .iter()
                .filter_map(|k| k.arg.as_ref().map(|a| Const::Str(a.name.clone())))
                .collect();
            self.u().b.load_const(Const::Tuple(names));
            self.u().b.emit(Instr::CallKw(n));
        }
        Ok(())
    }
}

fn compare_instr(op: ast::CmpOp) -> Instr {
    use ast::CmpOp as C;
    match op {
        C::Eq => Instr::CompareOp(CmpOp::Eq),
        C::NotEq => Instr::CompareOp(CmpOp::Ne),
        C::Lt => Instr::CompareOp(CmpOp::Lt),
        C::LtE => Instr::CompareOp(CmpOp::Le),
        C::Gt => Instr::CompareOp(CmpOp::Gt),
        C::GtE => Instr::CompareOp(CmpOp::Ge),
        C::Is => Instr::IsOp(false),
        C::IsNot => Instr::IsOp(true),
        C::In => Instr::ContainsOp(false),
        C::NotIn => Instr::ContainsOp(true),
    }
}

/// Whether CPython's AST optimizer turns `e` into a constant: a literal, or
/// `-`/`+`/`~` applied to one (`-1`), so a set display of them is folded.
fn folds_to_constant(e: &Expr) -> bool {
    match e {
        Expr::Constant(_) => true,
        Expr::UnaryOp(u) => {
            !matches!(u.op, crate::syntax::ast::UnaryOp::Not) && folds_to_constant(&u.operand)
        }
        _ => false,
    }
}
