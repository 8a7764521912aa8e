//! Lowering of scopes that become their own code: `def`, `lambda`, `class`
//! bodies and comprehensions (functions of their first iterator, as in 3.11).

use super::builder::CodeBuilder;
use super::code::{CodeKind, Const, Instr, Params, BUILD_CLASS_KEYWORDS};
use super::lower::{LResult, Lowerer, Unit};
use super::symbols::{ScopeInfo, ScopeKind};
use crate::syntax::ast::{self, Expr, Span};

impl<'a> Lowerer<'a> {
    pub(crate) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> LResult {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let mut flags = self.defaults(&f.args)?;
        flags |= self.annotations(&f.args, f.returns.as_deref())?;
        let scope = self.scope(f.span, ScopeKind::Function)?;
        let qualname = self.child_qualname(&f.name.name);
        self.open_unit(
            &f.name.name,
            &qualname,
            CodeKind::Function,
            ScopeKind::Function,
            scope,
            f.span,
        );
        self.set_params(&f.args);
        self.u().b.doc = docstring(&f.body);
        self.stmts(&f.body)?;
        self.u().b.load_const(Const::None);
        self.u().b.emit(Instr::ReturnValue);
        let code = self.close_unit()?;
        self.u().b.span = f.span;
        self.make_function(code, flags, scope);
        for _ in &f.decorator_list {
            self.u().b.emit(Instr::Call(1));
        }
        self.store_name(&f.name.name);
        Ok(())
    }

    pub(crate) fn lambda(&mut self, l: &'a ast::ExprLambda) -> LResult {
        let flags = self.defaults(&l.args)?;
        let scope = self.scope(l.span, ScopeKind::Lambda)?;
        let qualname = self.child_qualname("<lambda>");
        self.open_unit(
            "<lambda>",
            &qualname,
            CodeKind::Function,
            ScopeKind::Lambda,
            scope,
            l.span,
        );
        self.set_params(&l.args);
        self.expr(&l.body)?;
        self.u().b.emit(Instr::ReturnValue);
        let code = self.close_unit()?;
        self.make_function(code, flags, scope);
        Ok(())
    }

    pub(crate) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> LResult {
        if let Some(k) = c.keywords.iter().find(|k| k.arg.is_none()) {
            return Err(self.unsupported("class keywords from **mapping", k.span));
        }
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let scope = self.scope(c.span, ScopeKind::Class)?;
        let qualname = self.child_qualname(&c.name.name);
        self.open_unit(
            &c.name.name,
            &qualname,
            CodeKind::Class,
            ScopeKind::Class,
            scope,
            c.span,
        );
        let (name, module) = (self.name("__name__"), self.name("__module__"));
        self.u().b.emit(Instr::LoadName(name));
        self.u().b.emit(Instr::StoreName(module));
        self.u().b.load_const(Const::Str(qualname.as_str().into()));
        let qualname_name = self.name("__qualname__");
        self.u().b.emit(Instr::StoreName(qualname_name));
        if let Some(doc) = docstring(&c.body) {
            self.u().b.load_const(Const::Str(doc));
            let doc_name = self.name("__doc__");
            self.u().b.emit(Instr::StoreName(doc_name));
        }
        self.setup_annotations(&c.body);
        self.stmts(&c.body)?;
        if let Some(cell) = scope.deref_index("__class__") {
            let classcell = self.name("__classcell__");
            self.u().b.emit(Instr::LoadClosure(cell));
            self.u().b.emit(Instr::StoreName(classcell));
        }
        self.u().b.load_const(Const::None);
        self.u().b.emit(Instr::ReturnValue);
        let code = self.close_unit()?;
        self.u().b.span = c.span;
        self.make_function(code, 0, scope);
        self.u().b.load_const(Const::Str(c.name.name.clone()));
        for base in &c.bases {
            self.expr(base)?;
        }
        let mut operand = c.bases.len() as u32;
        if !c.keywords.is_empty() {
            for k in &c.keywords {
                let name = k
                    .arg
                    .as_ref()
                    .map_or_else(Default::default, |a| a.name.clone());
                self.u().b.load_const(Const::Str(name));
                self.expr(&k.value)?;
            }
            self.u().b.emit(Instr::BuildMap(c.keywords.len() as u32));
            operand |= BUILD_CLASS_KEYWORDS;
        }
        self.u().b.span = c.span;
        self.u().b.emit(Instr::BuildClass(operand));
        for _ in &c.decorator_list {
            self.u().b.emit(Instr::Call(1));
        }
        self.store_name(&c.name.name);
        Ok(())
    }

    /// A list/dict comprehension or generator expression: a function called
    /// with the iterator of its first iterable.
    pub(crate) fn comprehension(
        &mut self,
        expr: &'a Expr,
        span: Span,
        generators: &'a [ast::Comprehension],
    ) -> LResult {
        let Some(first) = generators.first() else {
            return Err(self.error("comprehension without 'for'", span));
        };
        let scope = self.scope(span, ScopeKind::Comprehension)?;
        let name = match expr {
            Expr::ListComp(_) => "<listcomp>",
            Expr::DictComp(_) => "<dictcomp>",
            Expr::SetComp(_) => "<setcomp>",
            _ => "<genexpr>",
        };
        let qualname = self.child_qualname(name);
        self.open_unit(
            name,
            &qualname,
            CodeKind::Function,
            ScopeKind::Comprehension,
            scope,
            span,
        );
        self.u().b.params = Params {
            positional: 1,
            ..Params::default()
        };
        match expr {
            Expr::ListComp(_) => {
                self.u().b.emit(Instr::BuildList(0));
            }
            Expr::DictComp(_) => {
                self.u().b.emit(Instr::BuildMap(0));
            }
            Expr::SetComp(_) => {
                self.u().b.emit(Instr::BuildSet(0));
            }
            _ => {}
        }
        self.comprehension_loop(expr, generators, 0)?;
        if matches!(expr, Expr::GeneratorExp(_)) {
            self.u().b.load_const(Const::None);
        }
        self.u().b.emit(Instr::ReturnValue);
        let code = self.close_unit()?;
        self.make_function(code, 0, scope);
        self.expr(&first.iter)?;
        self.u().b.span = span;
        self.u().b.emit(if first.is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.u().b.emit(Instr::Call(1));
        let awaited = scope.gen_kind == Some(super::code::GenKind::Coroutine);
        if awaited && !matches!(expr, Expr::GeneratorExp(_)) {
            self.emit_await();
        }
        Ok(())
    }

    pub(crate) fn comprehension_loop(
        &mut self,
        expr: &'a Expr,
        generators: &'a [ast::Comprehension],
        i: usize,
    ) -> LResult {
        let Some(generator) = generators.get(i) else {
            return self.comprehension_element(expr, generators.len());
        };
        if i == 0 {
            self.u().b.emit(Instr::LoadFast(0));
        } else {
            self.expr(&generator.iter)?;
            self.u().b.emit(if generator.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        if generator.is_async {
            return self.async_comprehension_loop(expr, generators, i);
        }
        let (top, end) = (self.u().b.label(), self.u().b.label());
        self.u().b.place(top);
        self.u().b.emit_jump(Instr::ForIter, end);
        self.store_target(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, false, top)?;
        }
        self.comprehension_loop(expr, generators, i + 1)?;
        self.u().b.emit_jump(Instr::Jump, top);
        self.u().b.place(end);
        Ok(())
    }

    fn comprehension_element(&mut self, expr: &'a Expr, loops: usize) -> LResult {
        let depth = loops as u32 + 1;
        match expr {
            Expr::ListComp(c) => {
                self.expr(&c.elt)?;
                self.u().b.emit(Instr::ListAppend(depth));
            }
            Expr::SetComp(c) => {
                self.expr(&c.elt)?;
                self.u().b.emit(Instr::SetAdd(depth));
            }
            Expr::DictComp(c) => {
                self.expr(&c.key)?;
                self.expr(&c.value)?;
                self.u().b.emit(Instr::MapAdd(depth));
            }
            Expr::GeneratorExp(c) => {
                self.expr(&c.elt)?;
                self.u().b.emit(Instr::YieldValue);
                self.u().b.emit(Instr::PopTop);
            }
            other => return Err(self.unsupported("this comprehension", other.span())),
        }
        Ok(())
    }

    fn scope(&self, span: Span, kind: ScopeKind) -> Result<&'a ScopeInfo, crate::SyntaxError> {
        self.scopes
            .get(span, kind)
            .ok_or_else(|| self.error("internal compiler error: scope not found", span))
    }

    /// `__qualname__` of a scope named `name` opened in the current unit.
    fn child_qualname(&mut self, name: &str) -> String {
        let unit = self.u();
        // Pieces pushed onto one buffer: `format!` costs far more here.
        let sep = match unit.kind {
            ScopeKind::Module => return name.to_owned(),
            ScopeKind::Class => ".",
            _ => ".<locals>.",
        };
        let parent = &*unit.b.qualname;
        let mut qualname = String::with_capacity(parent.len() + sep.len() + name.len());
        qualname.push_str(parent);
        qualname.push_str(sep);
        qualname.push_str(name);
        qualname
    }

    fn open_unit(
        &mut self,
        name: &str,
        qualname: &str,
        kind: CodeKind,
        scope_kind: ScopeKind,
        scope: &'a ScopeInfo,
        span: Span,
    ) {
        let mut b = CodeBuilder::new(name, qualname, kind, span);
        let scopes = self.scopes;
        b.varnames = scope
            .varnames
            .iter()
            .map(|&n| scopes.name(n).into())
            .collect();
        b.cellvars.clone_from(&scope.cellvars);
        b.freevars.clone_from(&scope.freevars);
        b.is_generator = scope.is_generator || scope.gen_kind.is_some();
        b.gen_kind = scope.gen_kind.unwrap_or_default();
        // Most units have no cells: no collect for them.
        if !scope.cellvars.is_empty() {
            b.cell_params = scope
                .cellvars
                .iter()
                .enumerate()
                .filter_map(|(cell, name)| {
                    let slot = scope
                        .varnames
                        .iter()
                        .position(|&v| scopes.name(v) == &**name)?;
                    Some((cell as u32, slot as u32))
                })
                .collect();
        }
        self.units.push(Unit {
            b,
            scope,
            kind: scope_kind,
            fblocks: Vec::new(),
        });
    }

    fn close_unit(&mut self) -> Result<u32, crate::SyntaxError> {
        let span = self.u().b.span;
        let unit = self
            .units
            .pop()
            .ok_or_else(|| self.error("internal compiler error: no unit", span))?;
        let code = unit
            .b
            .finish()
            .map_err(|e| self.error(&format!("internal compiler error: {e}"), span))?;
        Ok(self.add_code(code))
    }

    fn set_params(&mut self, args: &ast::Arguments) {
        let posonly = args.posonlyargs.len() as u32;
        self.u().b.params = Params {
            posonly,
            positional: posonly + args.args.len() as u32,
            kwonly: args.kwonlyargs.len() as u32,
            varargs: args.vararg.is_some(),
            varkw: args.kwarg.is_some(),
        };
    }

    /// Pushes one annotation: its value, or under `from __future__ import annotations` its
    /// text (PEP 563), so names defined later (the class being defined) are not looked up.
    pub(crate) fn annotation(&mut self, annotation: &'a Expr) -> Result<(), crate::SyntaxError> {
        if !self.string_annotations {
            return self.expr(annotation);
        }
        let span = annotation.span();
        let text = self
            .source
            .get(span.start as usize..span.end as usize)
            .unwrap_or_default();
        let text = super::annotation_text::annotation_text(text);
        self.u().b.load_const(Const::Str(text.into()));
        Ok(())
    }

    /// Pushes the annotations dict (parameters in order, then `return`),
    /// evaluated at definition time as in CPython 3.11; returns flag 4 or 0.
    fn annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<u8, crate::SyntaxError> {
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut count = 0;
        for arg in params {
            if let Some(annotation) = &arg.annotation {
                self.u().b.load_const(Const::Str(arg.arg.name.clone()));
                self.annotation(annotation)?;
                count += 1;
            }
        }
        if let Some(annotation) = returns {
            self.u().b.load_const(Const::Str("return".into()));
            self.annotation(annotation)?;
            count += 1;
        }
        if count == 0 {
            return Ok(0);
        }
        self.u().b.emit(Instr::BuildMap(count));
        Ok(4)
    }

    /// Pushes defaults; returns the `MakeFunction` flags for them.
    fn defaults(&mut self, args: &'a ast::Arguments) -> Result<u8, crate::SyntaxError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.u()
                .b
                .emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let mut count = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                self.u().b.load_const(Const::Str(arg.arg.name.clone()));
                self.expr(default)?;
                count += 1;
            }
        }
        if count > 0 {
            self.u().b.emit(Instr::BuildMap(count));
            flags |= 2;
        }
        Ok(flags)
    }

    /// `[defaults?, kwdefaults?] -> [function]`, loading the closure cells.
    fn make_function(&mut self, code: u32, mut flags: u8, scope: &ScopeInfo) {
        if !scope.freevars.is_empty() {
            for name in &scope.freevars {
                let index = self.u().scope.deref_index(name).unwrap_or(0);
                self.u().b.emit(Instr::LoadClosure(index));
            }
            self.u()
                .b
                .emit(Instr::BuildTuple(scope.freevars.len() as u32));
            flags |= 8;
        }
        self.u().b.emit(Instr::MakeFunction { code, flags });
    }
}

/// The docstring of a function or class body (its first statement, when that
/// is a string literal), as CPython's `_PyAST_GetDocString`.
fn docstring(body: &[ast::Stmt]) -> Option<Box<str>> {
    match body.first() {
        Some(ast::Stmt::Expr(e)) => match &*e.value {
            Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(s),
                ..
            }) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}
