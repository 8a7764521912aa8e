//! A stand-in scope resolver: name → local slot, cell, free, global or
//! namespace lookup, per scope, following CPython's symtable rules for the
//! cases the evaluator needs (LEGB, `global`/`nonlocal`, class bodies,
//! comprehensions as functions, walrus in comprehensions, `__class__` for
//! zero-argument `super()`).
//!
//! The full resolver with CPython's compile-time errors lives on the `scope`
//! branch (`compile/scope.rs`); lowering only uses [`Scopes::get`] and
//! [`ScopeInfo::resolve`], so swapping it in touches `lower.rs` alone.

use std::collections::HashMap;

use crate::syntax::ast::{self, Expr, Span, Stmt};

/// What kind of code a scope compiles to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ScopeKind {
    /// The module.
    Module,
    /// `def`.
    Function,
    /// `lambda`.
    Lambda,
    /// A class body.
    Class,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
}

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Resolution {
    /// A fast local slot.
    Local(u32),
    /// A cell (own cell or free variable), index into cellvars ++ freevars.
    Deref(u32),
    /// Module globals, then builtins (in a function: `global` or never bound).
    Global,
    /// The namespace of a class body or module, then globals, then builtins.
    Name,
    /// In a class body: the namespace first, then the enclosing function's cell.
    ClassDeref(u32),
}

/// The resolved names of one scope.
#[derive(Clone, Debug, Default)]
pub(crate) struct ScopeInfo {
    /// Locals in slot order, parameters first.
    pub varnames: Vec<Box<str>>,
    /// Names of this scope's own cells (sorted, as CPython does).
    pub cellvars: Vec<Box<str>>,
    /// Names of cells taken from the enclosing scope (sorted).
    pub freevars: Vec<Box<str>>,
    /// Contains `yield` or `yield from`.
    pub is_generator: bool,
    kind: Option<ScopeKind>,
    resolved: HashMap<Box<str>, Resolution>,
}

impl ScopeInfo {
    /// How `name` is accessed here.
    pub(crate) fn resolve(&self, name: &str) -> Resolution {
        if let Some(r) = self.resolved.get(name) {
            return *r;
        }
        match self.kind {
            Some(ScopeKind::Class) => Resolution::Name,
            _ => Resolution::Global,
        }
    }

    /// The index of `name` among the cells (cellvars then freevars).
    pub(crate) fn deref_index(&self, name: &str) -> Option<u32> {
        self.cellvars
            .iter()
            .chain(&self.freevars)
            .position(|n| &**n == name)
            .map(|i| i as u32)
    }
}

/// Every scope of a module, keyed by the span and kind of its AST node.
#[derive(Debug, Default)]
pub(crate) struct Scopes {
    map: HashMap<(Span, ScopeKind), ScopeInfo>,
    module: ScopeInfo,
}

impl Scopes {
    /// Resolves every scope of `module`.
    pub(crate) fn analyze(module: &ast::Module) -> Scopes {
        let mut collector = Collector::default();
        collector.open(ScopeKind::Module, module.span, Vec::new());
        collector.stmts(&module.body);
        collector.close();
        resolve_all(collector.done)
    }

    /// The module scope.
    pub(crate) fn module(&self) -> &ScopeInfo {
        &self.module
    }

    /// The scope of the node at `span` of kind `kind`.
    pub(crate) fn get(&self, span: Span, kind: ScopeKind) -> Option<&ScopeInfo> {
        self.map.get(&(span, kind))
    }
}

/// What pass 1 records about one scope.
#[derive(Debug)]
struct RawScope {
    kind: ScopeKind,
    span: Span,
    parent: Option<usize>,
    params: Vec<Box<str>>,
    /// Bound names in order of first binding.
    bound: Vec<Box<str>>,
    used: Vec<Box<str>>,
    globals: Vec<Box<str>>,
    nonlocals: Vec<Box<str>>,
    is_generator: bool,
    /// Uses `super` or `__class__` (needs the implicit `__class__` cell).
    uses_class_cell: bool,
}

#[derive(Default)]
struct Collector {
    done: Vec<RawScope>,
    stack: Vec<usize>,
}

impl Collector {
    fn open(&mut self, kind: ScopeKind, span: Span, params: Vec<Box<str>>) {
        let parent = self.stack.last().copied();
        self.done.push(RawScope {
            kind,
            span,
            parent,
            params,
            bound: Vec::new(),
            used: Vec::new(),
            globals: Vec::new(),
            nonlocals: Vec::new(),
            is_generator: false,
            uses_class_cell: false,
        });
        self.stack.push(self.done.len() - 1);
    }

    fn close(&mut self) {
        self.stack.pop();
    }

    fn current(&mut self) -> Option<&mut RawScope> {
        let i = *self.stack.last()?;
        self.done.get_mut(i)
    }

    fn bind(&mut self, name: &str) {
        if let Some(scope) = self.current() {
            if !scope.bound.iter().any(|n| &**n == name) {
                scope.bound.push(name.into());
            }
        }
    }

    fn use_name(&mut self, name: &str) {
        if let Some(scope) = self.current() {
            if name == "super" || name == "__class__" {
                scope.uses_class_cell = true;
            }
            if !scope.used.iter().any(|n| &**n == name) {
                scope.used.push(name.into());
            }
        }
    }

    /// A walrus target inside comprehensions binds in the nearest enclosing
    /// non-comprehension scope, and is free in the comprehensions between.
    fn bind_walrus(&mut self, name: &str) {
        let mut depth = self.stack.len();
        while depth > 0 {
            let i = self.stack[depth - 1];
            if self.done[i].kind != ScopeKind::Comprehension {
                break;
            }
            let scope = &mut self.done[i];
            if !scope.nonlocals.iter().any(|n| &**n == name) {
                scope.nonlocals.push(name.into());
            }
            depth -= 1;
        }
        if depth == 0 {
            return;
        }
        let i = self.stack[depth - 1];
        let scope = &mut self.done[i];
        if !scope.bound.iter().any(|n| &**n == name) {
            scope.bound.push(name.into());
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    #[expect(clippy::too_many_lines, reason = "one arm per statement node")]
    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                self.exprs(&f.decorator_list);
                self.arguments_outside(&f.args);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.bind(&f.name.name);
                self.open(ScopeKind::Function, f.span, param_names(&f.args));
                self.stmts(&f.body);
                self.close();
            }
            Stmt::ClassDef(c) => {
                self.exprs(&c.decorator_list);
                self.exprs(&c.bases);
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                self.bind(&c.name.name);
                self.open(ScopeKind::Class, c.span, Vec::new());
                self.stmts(&c.body);
                self.close();
            }
            Stmt::Return(r) => r.value.iter().for_each(|v| self.expr(v)),
            Stmt::Delete(d) => self.exprs(&d.targets),
            Stmt::Assign(a) => {
                self.expr(&a.value);
                self.exprs(&a.targets);
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.use_name(&n.id);
                }
                self.expr(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                self.expr(&a.annotation);
                self.expr(&a.target);
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.expr(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    item.optional_vars.iter().for_each(|v| self.expr(v));
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for case in &m.cases {
                    self.pattern(&case.pattern);
                    case.guard.iter().for_each(|g| self.expr(g));
                    self.stmts(&case.body);
                }
            }
            Stmt::Raise(r) => {
                r.exc.iter().for_each(|e| self.expr(e));
                r.cause.iter().for_each(|e| self.expr(e));
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    h.type_.iter().for_each(|e| self.expr(e));
                    if let Some(name) = &h.name {
                        self.bind(&name.name);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                a.msg.iter().for_each(|m| self.expr(m));
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    if let Some(a) = &alias.asname {
                        self.bind(&a.name);
                    } else {
                        let first = alias.name.name.split('.').next().unwrap_or_default();
                        self.bind(first);
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    if &*name.name != "*" {
                        self.bind(&name.name);
                    }
                }
            }
            Stmt::Global(g) => {
                let names: Vec<Box<str>> = g.names.iter().map(|n| n.name.clone()).collect();
                if let Some(scope) = self.current() {
                    scope.globals.extend(names);
                }
            }
            Stmt::Nonlocal(g) => {
                let names: Vec<Box<str>> = g.names.iter().map(|n| n.name.clone()).collect();
                if let Some(scope) = self.current() {
                    scope.nonlocals.extend(names);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
    }

    /// Defaults and annotations of a parameter list, evaluated where the function is defined.
    fn arguments_outside(&mut self, args: &ast::Arguments) {
        self.exprs(&args.defaults);
        args.kw_defaults.iter().flatten().for_each(|d| self.expr(d));
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for arg in all {
            arg.annotation.iter().for_each(|a| self.expr(a));
        }
    }

    fn exprs(&mut self, exprs: &[Expr]) {
        for e in exprs {
            self.expr(e);
        }
    }

    fn pattern(&mut self, pattern: &ast::Pattern) {
        use ast::Pattern as P;
        match pattern {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            P::MatchMapping(m) => {
                self.exprs(&m.keys);
                m.patterns.iter().for_each(|p| self.pattern(p));
                if let Some(rest) = &m.rest {
                    self.bind(&rest.name);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns.iter().for_each(|p| self.pattern(p));
                c.kwd_patterns.iter().for_each(|p| self.pattern(p));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(&n.name);
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.bind(&n.name);
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn expr(&mut self, expr: &Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(&n.id),
                ast::ExprContext::Store | ast::ExprContext::Del => self.bind(&n.id),
            },
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                if let Expr::Name(target) = &*n.target {
                    let in_comprehension = self
                        .current()
                        .is_some_and(|s| s.kind == ScopeKind::Comprehension);
                    if in_comprehension {
                        self.bind_walrus(&target.id);
                    } else {
                        self.bind(&target.id);
                    }
                }
            }
            Expr::Lambda(l) => {
                self.arguments_outside(&l.args);
                self.open(ScopeKind::Lambda, l.span, param_names(&l.args));
                self.expr(&l.body);
                self.close();
            }
            Expr::ListComp(c) | Expr::SetComp(c) | Expr::GeneratorExp(c) => {
                let is_gen = matches!(expr, Expr::GeneratorExp(_));
                self.comprehension(c.span, &c.generators, is_gen, |me| me.expr(&c.elt));
            }
            Expr::DictComp(c) => self.comprehension(c.span, &c.generators, false, |me| {
                me.expr(&c.key);
                me.expr(&c.value);
            }),
            Expr::Yield(y) => {
                if let Some(scope) = self.current() {
                    scope.is_generator = true;
                }
                y.value.iter().for_each(|v| self.expr(v));
            }
            Expr::YieldFrom(y) => {
                if let Some(scope) = self.current() {
                    scope.is_generator = true;
                }
                self.expr(&y.value);
            }
            other => visit_children(other, &mut |e| self.expr(e)),
        }
    }

    fn comprehension(
        &mut self,
        span: Span,
        generators: &[ast::Comprehension],
        is_generator: bool,
        body: impl FnOnce(&mut Self),
    ) {
        let Some((first, rest)) = generators.split_first() else {
            return;
        };
        self.expr(&first.iter);
        self.open(ScopeKind::Comprehension, span, vec![".0".into()]);
        if let Some(scope) = self.current() {
            scope.is_generator = is_generator;
        }
        self.expr(&first.target);
        self.exprs(&first.ifs);
        for generator in rest {
            self.expr(&generator.iter);
            self.expr(&generator.target);
            self.exprs(&generator.ifs);
        }
        body(self);
        self.close();
    }
}

/// Calls `f` on each direct sub-expression of the expressions that open no scope.
fn visit_children(expr: &Expr, f: &mut impl FnMut(&Expr)) {
    match expr {
        Expr::BoolOp(e) => e.values.iter().for_each(f),
        Expr::BinOp(e) => {
            f(&e.left);
            f(&e.right);
        }
        Expr::UnaryOp(e) => f(&e.operand),
        Expr::IfExp(e) => {
            f(&e.test);
            f(&e.body);
            f(&e.orelse);
        }
        Expr::Dict(e) => {
            e.keys.iter().flatten().for_each(&mut *f);
            e.values.iter().for_each(f);
        }
        Expr::Set(e) => e.elts.iter().for_each(f),
        Expr::Await(e) => f(&e.value),
        Expr::Compare(e) => {
            f(&e.left);
            e.comparators.iter().for_each(f);
        }
        Expr::Call(e) => {
            f(&e.func);
            e.args.iter().for_each(&mut *f);
            e.keywords.iter().for_each(|k| f(&k.value));
        }
        Expr::FormattedValue(e) => {
            f(&e.value);
            e.format_spec.iter().for_each(|s| f(s));
        }
        Expr::JoinedStr(e) => e.values.iter().for_each(f),
        Expr::Attribute(e) => f(&e.value),
        Expr::Subscript(e) => {
            f(&e.value);
            f(&e.slice);
        }
        Expr::Starred(e) => f(&e.value),
        Expr::List(e) => e.elts.iter().for_each(f),
        Expr::Tuple(e) => e.elts.iter().for_each(f),
        Expr::Slice(e) => {
            e.lower.iter().for_each(|x| f(x));
            e.upper.iter().for_each(|x| f(x));
            e.step.iter().for_each(|x| f(x));
        }
        Expr::Constant(_)
        | Expr::Name(_)
        | Expr::NamedExpr(_)
        | Expr::Lambda(_)
        | Expr::ListComp(_)
        | Expr::SetComp(_)
        | Expr::DictComp(_)
        | Expr::GeneratorExp(_)
        | Expr::Yield(_)
        | Expr::YieldFrom(_) => {}
    }
}

/// Parameter names in CPython's `co_varnames` order: positional, keyword-only, `*args`, `**kwargs`.
fn param_names(args: &ast::Arguments) -> Vec<Box<str>> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
        .chain(&args.vararg)
        .chain(&args.kwarg)
        .map(|a| a.arg.name.clone())
        .collect()
}

/// Pass 2: decide locals, cells and free variables, then build the [`Scopes`].
fn resolve_all(mut raw: Vec<RawScope>) -> Scopes {
    for scope in &mut raw {
        if scope.uses_class_cell && scope.kind != ScopeKind::Class {
            scope.used.push("__class__".into());
        }
    }
    let mut cells: Vec<Vec<Box<str>>> = vec![Vec::new(); raw.len()];
    let mut frees: Vec<Vec<Box<str>>> = vec![Vec::new(); raw.len()];
    for i in 0..raw.len() {
        if raw[i].kind == ScopeKind::Module {
            continue;
        }
        let names: Vec<Box<str>> = raw[i]
            .used
            .iter()
            .chain(&raw[i].bound)
            .chain(&raw[i].nonlocals)
            .cloned()
            .collect();
        for name in names {
            if is_local(&raw[i], &name) || raw[i].globals.contains(&name) {
                continue;
            }
            let Some(binder) = find_binder(&raw, i, &name) else {
                continue;
            };
            push_unique(&mut cells[binder], &name);
            let mut j = i;
            while j != binder {
                push_unique(&mut frees[j], &name);
                let Some(parent) = raw[j].parent else { break };
                j = parent;
            }
        }
    }
    let mut scopes = Scopes::default();
    for (i, scope) in raw.iter().enumerate() {
        let mut cellvars = std::mem::take(&mut cells[i]);
        let mut freevars = std::mem::take(&mut frees[i]);
        cellvars.sort();
        freevars.sort();
        let info = build_info(scope, cellvars, freevars);
        if scope.kind == ScopeKind::Module {
            scopes.module = info;
        } else {
            scopes.map.insert((scope.span, scope.kind), info);
        }
    }
    scopes
}

fn push_unique(list: &mut Vec<Box<str>>, name: &str) {
    if !list.iter().any(|n| &**n == name) {
        list.push(name.into());
    }
}

/// Bound in `scope` itself (a parameter or assigned, not declared global/nonlocal).
fn is_local(scope: &RawScope, name: &str) -> bool {
    let declared = |list: &[Box<str>]| list.iter().any(|n| &**n == name);
    if declared(&scope.globals) || declared(&scope.nonlocals) {
        return false;
    }
    declared(&scope.params) || declared(&scope.bound)
}

/// The enclosing function scope that binds `name` for scope `from` (class
/// scopes are skipped, except as the binder of the implicit `__class__`).
fn find_binder(raw: &[RawScope], from: usize, name: &str) -> Option<usize> {
    let mut j = raw[from].parent?;
    loop {
        let scope = &raw[j];
        match scope.kind {
            ScopeKind::Module => return None,
            ScopeKind::Class if name == "__class__" => return Some(j),
            ScopeKind::Class => {}
            _ => {
                if scope.globals.iter().any(|n| &**n == name) {
                    return None;
                }
                if is_local(scope, name) {
                    return Some(j);
                }
            }
        }
        j = scope.parent?;
    }
}

fn build_info(scope: &RawScope, cellvars: Vec<Box<str>>, freevars: Vec<Box<str>>) -> ScopeInfo {
    let mut info = ScopeInfo {
        kind: Some(scope.kind),
        is_generator: scope.is_generator,
        cellvars,
        freevars,
        ..ScopeInfo::default()
    };
    if scope.kind == ScopeKind::Module {
        return info;
    }
    if scope.kind != ScopeKind::Class {
        for name in scope.params.iter().chain(&scope.bound) {
            if is_local(scope, name) && !info.varnames.contains(name) {
                info.varnames.push(name.clone());
            }
        }
    }
    for name in &scope.globals {
        info.resolved.insert(name.clone(), Resolution::Global);
    }
    for (slot, name) in info.varnames.iter().enumerate() {
        info.resolved
            .insert(name.clone(), Resolution::Local(slot as u32));
    }
    let derefs: Vec<(Box<str>, u32)> = info
        .cellvars
        .iter()
        .chain(&info.freevars)
        .enumerate()
        .map(|(i, n)| (n.clone(), i as u32))
        .collect();
    for (name, index) in derefs {
        let resolution = if scope.kind == ScopeKind::Class {
            if is_local(scope, &name) {
                continue;
            }
            Resolution::ClassDeref(index)
        } else {
            Resolution::Deref(index)
        };
        info.resolved.insert(name, resolution);
    }
    info
}
