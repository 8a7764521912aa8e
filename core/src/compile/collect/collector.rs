//! The symbol table's collecting pass: CPython 3.11's `symtable_visit_*`.
//!
//! It walks the tree once, in CPython's order, creating a [`Scope`] per
//! scope-creating node and recording the raw facts about each name
//! ([`SymbolFlags`]); `resolve.rs` then decides what each name is. The errors
//! CPython raises while visiting (duplicate parameters, late `global`, walrus
//! misuse in comprehensions, `import *` in a function, `yield` in a
//! comprehension) come from here, the first one in visiting order.
//!
//! With `from __future__ import annotations`, annotations are visited in a
//! throwaway block, so their names belong to no scope. (`__debug__` is kept
//! as a global, as the `symtable` module shows it, though the compiler's AST
//! optimizer makes it a constant first; nothing depends on the difference.)

use foldhash::{HashMap, HashMapExt};

use crate::compile::errors::{Errors, Prior};
use crate::compile::future::Features;
use crate::compile::names::{mangle, Interner, Name};
use crate::compile::scope::{Scope, ScopeId, ScopeKind, ScopeTable, SymbolFlags};
use crate::syntax::ast::{self, Expr, Span, Stmt};
use crate::syntax::{LineIndex, SyntaxError};

pub(super) type R = Result<(), SyntaxError>;

/// The flag bits, shortened.
const GLOBAL: u16 = SymbolFlags::GLOBAL;
const LOCAL: u16 = SymbolFlags::LOCAL;
const PARAM: u16 = SymbolFlags::PARAM;
const NONLOCAL: u16 = SymbolFlags::NONLOCAL;
const USE: u16 = SymbolFlags::USE;
const IMPORT: u16 = SymbolFlags::IMPORT;
const ANNOT: u16 = SymbolFlags::ANNOT;
const COMP_ITER: u16 = SymbolFlags::COMP_ITER;

/// CPython's block types (an annotation block exists only under
/// `from __future__ import annotations` and is thrown away).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Block {
    Module,
    Class,
    Function,
    Annotation,
}

/// A `global`/`nonlocal` declaration (or the walrus equivalent): where to
/// point an error about `name` found by the analysis.
pub(crate) type Directive = (Name, Span);

/// The collected table and, per scope, its directives.
pub(crate) struct Collected {
    pub table: ScopeTable,
    pub directives: Vec<Vec<Directive>>,
}

/// One scope being visited.
pub(super) struct Frame {
    /// `None` for an annotation block and anything inside one.
    pub(super) id: Option<ScopeId>,
    pub(super) block: Block,
    pub(super) scope: Scope,
    /// Visiting a comprehension's iteration target (`ste_comp_iter_target`).
    pub(super) comp_iter_target: bool,
    /// Visiting a comprehension's iterable, here or in an enclosing scope.
    pub(super) comp_iter_expr: u32,
    pub(super) directives: Vec<Directive>,
}

pub(super) struct Collector<'a> {
    pub(super) errors: Errors<'a>,
    pub(super) names: Interner,
    /// The scope being visited; `outer` holds its ancestors, module first.
    pub(super) cur: Frame,
    pub(super) outer: Vec<Frame>,
    pub(super) done: Vec<Option<Scope>>,
    pub(super) directives: Vec<Vec<Directive>>,
    pub(super) by_node: HashMap<(Span, ScopeKind), ScopeId>,
    /// The enclosing class name, for mangling (`st_private`).
    pub(super) private: Option<Name>,
    pub(super) future_annotations: bool,
}

/// The scopes [`collect`] makes room for up front.
const INITIAL_SCOPES: usize = 16;

/// Runs the collecting pass over `module`.
pub(crate) fn collect(
    module: &ast::Module,
    index: &LineIndex,
    features: &Features,
) -> Result<Collected, SyntaxError> {
    let mut names = Interner::with_capacity(Interner::capacity_for(module.span.end));
    let top = names.intern("top");
    // Interned early so that its index is small: the resolver adds it to the
    // name sets (bitsets) of every class body, which then stay short.
    names.intern("__class__");
    let root = Frame {
        id: Some(ScopeId(0)),
        block: Block::Module,
        scope: Scope::new(ScopeKind::Module, top, module.span, None),
        comp_iter_target: false,
        comp_iter_expr: 0,
        directives: Vec::new(),
    };
    // Room for the scopes of a typical module (a few functions and classes),
    // rather than growing (and moving the scopes) from one.
    let mut by_node = HashMap::with_capacity(INITIAL_SCOPES);
    by_node.insert((module.span, ScopeKind::Module), ScopeId(0));
    let mut done = Vec::with_capacity(INITIAL_SCOPES);
    done.push(None);
    let mut directives = Vec::with_capacity(INITIAL_SCOPES);
    directives.push(Vec::new());
    let mut collector = Collector {
        errors: Errors { index },
        names,
        cur: root,
        outer: Vec::with_capacity(4),
        done,
        directives,
        by_node,
        private: None,
        future_annotations: features.annotations,
    };
    collector.stmts(&module.body)?;
    collector.finish(module.span)
}

impl Collector<'_> {
    fn finish(mut self, span: Span) -> Result<Collected, SyntaxError> {
        let Frame {
            id,
            scope,
            directives,
            ..
        } = self.cur;
        if let (Some(id), Some(slot)) = (id, self.done.first_mut()) {
            *slot = Some(scope);
            if let Some(d) = self.directives.get_mut(id.0 as usize) {
                *d = directives;
            }
        }
        let scopes: Option<Vec<Scope>> = self.done.into_iter().collect();
        let scopes = scopes.ok_or_else(|| internal(self.errors, span))?;
        Ok(Collected {
            table: ScopeTable {
                scopes,
                by_node: self.by_node,
                names: self.names,
                future_annotations: self.future_annotations,
            },
            directives: self.directives,
        })
    }

    // --- blocks ---

    /// `symtable_enter_block`.
    pub(super) fn enter(&mut self, block: Block, kind: ScopeKind, name: &str, span: Span) {
        let name = self.names.intern(name);
        let id = if block == Block::Annotation || self.cur.id.is_none() {
            None
        } else {
            let id = ScopeId(self.done.len() as u32);
            self.done.push(None);
            self.directives.push(Vec::new());
            self.by_node.insert((span, kind), id);
            self.cur.scope.children.push(id);
            Some(id)
        };
        let mut scope = Scope::new(kind, name, span, self.cur.id);
        scope.flags.nested = self.cur.block == Block::Function || self.cur.scope.flags.nested;
        scope.private = self.private;
        let frame = Frame {
            id,
            block,
            scope,
            comp_iter_target: false,
            comp_iter_expr: self.cur.comp_iter_expr,
            directives: Vec::new(),
        };
        let parent = std::mem::replace(&mut self.cur, frame);
        self.outer.push(parent);
    }

    /// `symtable_exit_block`: files the finished scope under its id.
    pub(super) fn exit(&mut self, span: Span) -> R {
        let parent = self
            .outer
            .pop()
            .ok_or_else(|| internal(self.errors, span))?;
        let frame = std::mem::replace(&mut self.cur, parent);
        if let Some(id) = frame.id {
            let at = id.0 as usize;
            if let (Some(slot), Some(d)) = (self.done.get_mut(at), self.directives.get_mut(at)) {
                *slot = Some(frame.scope);
                *d = frame.directives;
            }
        }
        Ok(())
    }

    /// The frame `depth` levels out from the current one (0 = current).
    pub(super) fn frame_mut(&mut self, depth: usize) -> Option<&mut Frame> {
        if depth == 0 {
            return Some(&mut self.cur);
        }
        let at = self.outer.len().checked_sub(depth)?;
        self.outer.get_mut(at)
    }

    /// The module frame (CPython's `st_global`).
    fn module_frame(&mut self) -> &mut Frame {
        match self.outer.first_mut() {
            Some(frame) => frame,
            None => &mut self.cur,
        }
    }

    // --- definitions ---

    /// `name` as stored: mangled inside a class.
    fn mangled(&mut self, name: &str) -> Name {
        let Some(private) = self.private.filter(|_| name.starts_with("__")) else {
            return self.names.intern(name);
        };
        match mangle(Some(self.names.resolve(private)), name) {
            Some(m) => self.names.intern(&m),
            None => self.names.intern(name),
        }
    }

    /// `symtable_add_def`: records `flag` for `name` in the current scope.
    pub(super) fn add_def(&mut self, name: &str, flag: u16, span: Span) -> R {
        self.add_def_at(0, name, flag, span)
    }

    /// `symtable_add_def_helper` on the frame `depth` levels out.
    pub(super) fn add_def_at(&mut self, depth: usize, name: &str, flag: u16, span: Span) -> R {
        let errors = self.errors;
        let mangled = self.mangled(name);
        let frame = self
            .frame_mut(depth)
            .ok_or_else(|| internal(errors, span))?;
        let old = frame.scope.flags_of(mangled);
        if flag & PARAM != 0 && old.has(PARAM) {
            return Err(errors.duplicate_argument(name, span));
        }
        let mut bits = flag;
        if frame.comp_iter_target {
            if old.has(GLOBAL | NONLOCAL) {
                return Err(errors.named_expr_comp_inner_loop_conflict(name, span));
            }
            bits |= COMP_ITER;
        }
        frame.scope.add_flags(mangled, bits);
        if flag & PARAM != 0 {
            frame.scope.push_varname(mangled);
            frame.scope.param_count += 1;
        } else if flag & GLOBAL != 0 {
            self.module_frame().scope.add_flags(mangled, flag);
        }
        Ok(())
    }

    /// `symtable_record_directive`.
    pub(super) fn record_directive(&mut self, name: &str, span: Span) {
        let mangled = self.mangled(name);
        self.cur.directives.push((mangled, span));
    }

    /// The current flags of `name` (mangled), as `symtable_lookup` gives them.
    fn lookup(&mut self, name: &str) -> SymbolFlags {
        let mangled = self.mangled(name);
        self.cur.scope.flags_of(mangled)
    }

    // --- statements ---

    pub(super) fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if let Some(value) = &r.value {
                    self.expr(value)?;
                    self.cur.scope.flags.returns_value = true;
                }
                Ok(())
            }
            Stmt::Delete(d) => self.exprs(&d.targets),
            Stmt::Assign(a) => {
                self.exprs(&a.targets)?;
                self.expr(&a.value)
            }
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                self.expr(&a.value)
            }
            Stmt::For(f) => {
                self.expr(&f.target)?;
                self.block(&f.iter, &f.body, &f.orelse)
            }
            Stmt::While(w) => self.block(&w.test, &w.body, &w.orelse),
            Stmt::If(i) => self.block(&i.test, &i.body, &i.orelse),
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    self.opt_expr(item.optional_vars.as_ref())?;
                }
                self.stmts(&w.body)
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => match &r.exc {
                Some(exc) => {
                    self.expr(exc)?;
                    self.opt_expr(r.cause.as_deref())
                }
                None => Ok(()),
            },
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                self.opt_expr(a.msg.as_deref())
            }
            Stmt::Import(i) => i.names.iter().try_for_each(|a| self.alias(a)),
            Stmt::ImportFrom(i) => i.names.iter().try_for_each(|a| self.alias(a)),
            Stmt::Global(g) => self.declaration(&g.names, GLOBAL, g.span),
            Stmt::Nonlocal(n) => self.declaration(&n.names, NONLOCAL, n.span),
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
        }
    }

    /// An expression, then a body, then an `else:` body.
    fn block(&mut self, head: &Expr, body: &[Stmt], orelse: &[Stmt]) -> R {
        self.expr(head)?;
        self.stmts(body)?;
        self.stmts(orelse)
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> R {
        self.add_def(&f.name.name, LOCAL, f.span)?;
        self.defaults(&f.args)?;
        self.annotations(&f.args, f.returns.as_deref(), f.span)?;
        self.exprs(&f.decorator_list)?;
        self.enter(Block::Function, ScopeKind::Function, &f.name.name, f.span);
        if f.is_async {
            self.cur.scope.flags.is_async_def = true;
            self.cur.scope.flags.coroutine = true;
        }
        self.params(&f.args)?;
        self.stmts(&f.body)?;
        self.exit(f.span)
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> R {
        self.add_def(&c.name.name, LOCAL, c.span)?;
        self.exprs(&c.bases)?;
        for keyword in &c.keywords {
            self.expr(&keyword.value)?;
        }
        self.exprs(&c.decorator_list)?;
        self.enter(Block::Class, ScopeKind::Class, &c.name.name, c.span);
        let outer_private = self.private;
        let private = self.names.intern(&c.name.name);
        self.private = Some(private);
        self.cur.scope.private = Some(private);
        let result = self.stmts(&c.body);
        self.private = outer_private;
        result?;
        self.exit(c.span)
    }

    /// `AnnAssign`: a simple name target is annotated; others are visited.
    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> R {
        if let Expr::Name(target) = &*a.target {
            let cur = self.lookup(&target.id);
            let at_module = self.cur.block == Block::Module;
            if cur.has(GLOBAL | NONLOCAL) && !at_module && a.simple {
                let what = if cur.has(GLOBAL) {
                    "global"
                } else {
                    "nonlocal"
                };
                let e = self.errors;
                return Err(e.declaration_conflict(&target.id, what, Prior::Annot, a.span));
            }
            if a.simple {
                self.add_def(&target.id, ANNOT | LOCAL, target.span)?;
            }
            if a.value.is_some() {
                self.add_def(&target.id, LOCAL, target.span)?;
            }
        } else {
            self.expr(&a.target)?;
        }
        self.annotation(&a.annotation)?;
        self.opt_expr(a.value.as_deref())
    }

    fn match_stmt(&mut self, m: &ast::StmtMatch) -> R {
        self.expr(&m.subject)?;
        for case in &m.cases {
            self.pattern(&case.pattern)?;
            self.opt_expr(case.guard.as_deref())?;
            self.stmts(&case.body)?;
        }
        Ok(())
    }

    /// CPython 3.11 visits `else:` before the handlers.
    fn try_stmt(&mut self, t: &ast::StmtTry) -> R {
        self.stmts(&t.body)?;
        self.stmts(&t.orelse)?;
        for handler in &t.handlers {
            self.opt_expr(handler.type_.as_deref())?;
            if let Some(name) = &handler.name {
                self.add_def(&name.name, LOCAL, handler.span)?;
            }
            self.stmts(&handler.body)?;
        }
        self.stmts(&t.finalbody)
    }

    /// `symtable_visit_alias`: `import a.b` binds `a`; `import *` only at module level.
    fn alias(&mut self, a: &ast::Alias) -> R {
        let name = a.asname.as_ref().unwrap_or(&a.name);
        if &*name.name == "*" {
            if self.cur.block != Block::Module {
                return Err(self.errors.import_star_not_module_level(a.span));
            }
            return Ok(());
        }
        let store = name.name.split('.').next().unwrap_or_default();
        self.add_def(store, IMPORT, a.span)
    }

    /// `global a, b` (`flag` = `GLOBAL`) or `nonlocal a, b` (`NONLOCAL`).
    fn declaration(&mut self, names: &[ast::Ident], flag: u16, span: Span) -> R {
        let what = if flag == GLOBAL { "global" } else { "nonlocal" };
        for ident in names {
            let cur = self.lookup(&ident.name);
            let prior = if cur.has(PARAM) {
                Some(Prior::Param)
            } else if cur.has(USE) {
                Some(Prior::Use)
            } else if cur.has(ANNOT) {
                Some(Prior::Annot)
            } else if cur.has(LOCAL) {
                Some(Prior::Assign)
            } else {
                None
            };
            if let Some(prior) = prior {
                let e = self.errors;
                return Err(e.declaration_conflict(&ident.name, what, prior, span));
            }
            self.add_def(&ident.name, flag, span)?;
            self.record_directive(&ident.name, span);
        }
        Ok(())
    }

    // --- parameters and annotations ---

    /// Default values, evaluated in the enclosing scope.
    pub(super) fn defaults(&mut self, args: &ast::Arguments) -> R {
        self.exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|e| self.expr(e))
    }

    /// `symtable_visit_arguments`: parameters in `co_varnames` order.
    pub(super) fn params(&mut self, args: &ast::Arguments) -> R {
        for arg in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&arg.arg.name, PARAM, arg.span)?;
        }
        if let Some(arg) = &args.vararg {
            self.add_def(&arg.arg.name, PARAM, arg.span)?;
            self.cur.scope.flags.varargs = true;
        }
        if let Some(arg) = &args.kwarg {
            self.add_def(&arg.arg.name, PARAM, arg.span)?;
            self.cur.scope.flags.varkeywords = true;
        }
        Ok(())
    }

    /// `symtable_visit_annotations`: parameter annotations, then the return one.
    fn annotations(&mut self, args: &ast::Arguments, returns: Option<&Expr>, span: Span) -> R {
        if self.future_annotations {
            self.enter(Block::Annotation, ScopeKind::Function, "_annotation", span);
        }
        let params = args.posonlyargs.iter().chain(&args.args);
        let rest = args
            .vararg
            .iter()
            .chain(&args.kwarg)
            .chain(&args.kwonlyargs);
        for arg in params.chain(rest) {
            self.opt_expr(arg.annotation.as_deref())?;
        }
        if self.future_annotations {
            self.exit(span)?;
        }
        match returns {
            Some(returns) => self.annotation(returns),
            None => Ok(()),
        }
    }

    /// `symtable_visit_annotation`.
    fn annotation(&mut self, annotation: &Expr) -> R {
        if !self.future_annotations {
            return self.expr(annotation);
        }
        let span = annotation.span();
        self.enter(Block::Annotation, ScopeKind::Function, "_annotation", span);
        self.expr(annotation)?;
        self.exit(span)
    }
}

/// An error for a broken invariant of this pass (never expected).
fn internal(errors: Errors<'_>, span: Span) -> SyntaxError {
    errors.internal(span)
}
