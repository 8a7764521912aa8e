//! The collecting pass over expressions and patterns, with CPython's rules
//! for comprehensions (their own function scopes, whose first iterable is
//! evaluated outside) and for assignment expressions inside them.

use super::collector::{Block, Collector, R};
use crate::compile::scope::{ScopeKind, SymbolFlags};
use crate::syntax::ast::{self, Expr, Span};

const GLOBAL: u16 = SymbolFlags::GLOBAL;
const LOCAL: u16 = SymbolFlags::LOCAL;
const PARAM: u16 = SymbolFlags::PARAM;
const NONLOCAL: u16 = SymbolFlags::NONLOCAL;
const USE: u16 = SymbolFlags::USE;
const COMP_ITER: u16 = SymbolFlags::COMP_ITER;

/// Names whose use hints that a frame's variables are read by name.
const DYNAMIC_NAMES: &[&str] = &["locals", "vars", "dir", "eval", "exec"];

impl Collector<'_> {
    // --- patterns ---

    pub(super) fn pattern(&mut self, p: &ast::Pattern) -> R {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.pattern(p)),
            P::MatchStar(s) => self.capture(s.name.as_ref(), s.span),
            P::MatchMapping(m) => {
                self.exprs(&m.keys)?;
                m.patterns.iter().try_for_each(|p| self.pattern(p))?;
                self.capture(m.rest.as_ref(), m.span)
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                c.patterns.iter().try_for_each(|p| self.pattern(p))?;
                c.kwd_patterns.iter().try_for_each(|p| self.pattern(p))
            }
            P::MatchAs(a) => {
                if let Some(pattern) = &a.pattern {
                    self.pattern(pattern)?;
                }
                self.capture(a.name.as_ref(), a.span)
            }
            P::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.pattern(p)),
        }
    }

    fn capture(&mut self, name: Option<&ast::Ident>, span: Span) -> R {
        match name {
            Some(name) => self.add_def(&name.name, LOCAL, span),
            None => Ok(()),
        }
    }

    // --- expressions ---

    pub(super) fn exprs(&mut self, exprs: &[Expr]) -> R {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    pub(super) fn opt_expr(&mut self, expr: Option<&Expr>) -> R {
        expr.map_or(Ok(()), |e| self.expr(e))
    }

    /// Visits `items` in order.
    fn each<'e>(&mut self, items: impl IntoIterator<Item = &'e Expr>) -> R {
        items.into_iter().try_for_each(|e| self.expr(e))
    }

    /// `symtable_visit_expr`.
    pub(super) fn expr(&mut self, e: &Expr) -> R {
        match e {
            Expr::NamedExpr(n) => {
                self.not_in_annotation("named expression", n.span)?;
                self.named_expr(n)
            }
            Expr::BoolOp(b) => self.exprs(&b.values),
            Expr::BinOp(b) => self.each([&*b.left, &b.right]),
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => self.lambda(l),
            Expr::IfExp(i) => self.each([&*i.test, &i.body, &i.orelse]),
            Expr::Dict(d) => self.each(d.keys.iter().flatten().chain(&d.values)),
            Expr::Set(s) => self.exprs(&s.elts),
            Expr::ListComp(c) | Expr::SetComp(c) | Expr::GeneratorExp(c) => {
                let kind = comprehension_kind(e);
                self.comprehension(kind, &c.generators, &c.elt, None, c.span)
            }
            Expr::DictComp(c) => {
                let kind = ScopeKind::DictComp;
                self.comprehension(kind, &c.generators, &c.key, Some(&c.value), c.span)
            }
            Expr::Yield(y) => self.yield_(y.value.as_deref(), y.span),
            Expr::YieldFrom(y) => self.yield_(Some(&y.value), y.span),
            Expr::Await(a) => {
                self.not_in_annotation("await expression", a.span)?;
                self.expr(&a.value)?;
                self.cur.scope.flags.coroutine = true;
                Ok(())
            }
            Expr::Compare(c) => self.each([&*c.left].into_iter().chain(&c.comparators)),
            Expr::Call(c) => {
                let keywords = c.keywords.iter().map(|k| &k.value);
                self.each([&*c.func].into_iter().chain(&c.args).chain(keywords))
            }
            Expr::FormattedValue(f) => self.each(
                [Some(&*f.value), f.format_spec.as_deref()]
                    .into_iter()
                    .flatten(),
            ),
            Expr::JoinedStr(j) => self.exprs(&j.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => self.each([&*s.value, &s.slice]),
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Slice(s) => {
                let parts = [s.lower.as_deref(), s.upper.as_deref(), s.step.as_deref()];
                self.each(parts.into_iter().flatten())
            }
            Expr::Name(n) => self.name(n),
            Expr::List(l) => self.exprs(&l.elts),
            Expr::Tuple(t) => self.exprs(&t.elts),
        }
    }

    /// `yield` or `yield from`: not in annotations, and not in comprehensions.
    fn yield_(&mut self, value: Option<&Expr>, span: Span) -> R {
        self.not_in_annotation("yield expression", span)?;
        self.opt_expr(value)?;
        self.yield_here(span)
    }

    fn name(&mut self, n: &ast::ExprName) -> R {
        let load = n.ctx == ast::ExprContext::Load;
        self.add_def(&n.id, if load { USE } else { LOCAL }, n.span)?;
        if load && DYNAMIC_NAMES.contains(&&*n.id) {
            self.cur.scope.flags.mentions_dynamic_names = true;
        }
        // A zero-argument `super()` needs the `__class__` cell.
        if load && self.cur.block == Block::Function && &*n.id == "super" {
            self.add_def("__class__", USE, n.span)?;
        }
        Ok(())
    }

    /// `symtable_raise_if_annotation_block`.
    fn not_in_annotation(&self, what: &str, span: Span) -> R {
        if self.cur.block == Block::Annotation {
            return Err(self.errors.not_allowed_in_annotation(what, span));
        }
        Ok(())
    }

    /// A `yield`: marks a generator, which a comprehension may not be.
    fn yield_here(&mut self, span: Span) -> R {
        self.cur.scope.flags.generator = true;
        let what = match self.cur.scope.kind {
            ScopeKind::ListComp => "list comprehension",
            ScopeKind::SetComp => "set comprehension",
            ScopeKind::DictComp => "dict comprehension",
            ScopeKind::GeneratorExp => "generator expression",
            _ => return Ok(()),
        };
        Err(self.errors.yield_in_comprehension(what, span))
    }

    fn lambda(&mut self, l: &ast::ExprLambda) -> R {
        self.defaults(&l.args)?;
        self.enter(Block::Function, ScopeKind::Lambda, "lambda", l.span);
        self.params(&l.args)?;
        self.expr(&l.body)?;
        self.exit(l.span)
    }

    /// `symtable_handle_comprehension`: the first iterable here, the rest in
    /// a new function scope whose parameter `.0` is that iterable.
    fn comprehension(
        &mut self,
        kind: ScopeKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        span: Span,
    ) -> R {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        self.cur.comp_iter_expr += 1;
        self.expr(&outermost.iter)?;
        self.cur.comp_iter_expr -= 1;
        let name = match kind {
            ScopeKind::ListComp => "listcomp",
            ScopeKind::SetComp => "setcomp",
            ScopeKind::DictComp => "dictcomp",
            _ => "genexpr",
        };
        self.enter(Block::Function, kind, name, span);
        if outermost.is_async {
            self.cur.scope.flags.coroutine = true;
        }
        self.add_def(".0", PARAM, span)?;
        self.cur.comp_iter_target = true;
        self.expr(&outermost.target)?;
        self.cur.comp_iter_target = false;
        self.exprs(&outermost.ifs)?;
        for generator in rest {
            self.generator(generator)?;
        }
        // CPython visits a dict comprehension's value before its key.
        self.opt_expr(value)?;
        self.expr(elt)?;
        let is_generator = kind == ScopeKind::GeneratorExp;
        self.cur.scope.flags.generator = is_generator;
        let is_async = self.cur.scope.flags.coroutine && !is_generator;
        self.exit(span)?;
        if is_async {
            self.cur.scope.flags.coroutine = true;
        }
        Ok(())
    }

    /// `symtable_visit_comprehension`: an inner `for ... in ... if ...`.
    fn generator(&mut self, generator: &ast::Comprehension) -> R {
        self.cur.comp_iter_target = true;
        self.expr(&generator.target)?;
        self.cur.comp_iter_target = false;
        self.cur.comp_iter_expr += 1;
        self.expr(&generator.iter)?;
        self.cur.comp_iter_expr -= 1;
        self.exprs(&generator.ifs)?;
        if generator.is_async {
            self.cur.scope.flags.coroutine = true;
        }
        Ok(())
    }

    /// `symtable_handle_namedexpr`.
    fn named_expr(&mut self, n: &ast::ExprNamedExpr) -> R {
        if self.cur.comp_iter_expr > 0 {
            return Err(self.errors.named_expr_comp_iter_expr(n.span));
        }
        if self.cur.scope.kind.is_comprehension() {
            if let Expr::Name(target) = &*n.target {
                self.bind_outside_comprehension(target)?;
            }
        }
        self.expr(&n.value)?;
        self.expr(&n.target)
    }

    /// `symtable_extend_namedexpr_scope`: a walrus in a comprehension binds
    /// in the nearest enclosing function (as `nonlocal`) or module (as
    /// `global`); a class body is an error.
    fn bind_outside_comprehension(&mut self, target: &ast::ExprName) -> R {
        // CPython looks the target up unmangled here.
        let raw = self.names.intern(&target.id);
        let errors = self.errors;
        for depth in 0..=self.outer.len() {
            let Some(frame) = self.frame_mut(depth) else {
                break;
            };
            let flags = frame.scope.flags_of(raw);
            if frame.block == Block::Function && frame.scope.kind.is_comprehension() {
                if flags.has(COMP_ITER) {
                    return Err(errors.named_expr_comp_conflict(&target.id, target.span));
                }
                continue;
            }
            match frame.block {
                Block::Function => {
                    let flag = if flags.has(GLOBAL) { GLOBAL } else { NONLOCAL };
                    self.add_def(&target.id, flag, target.span)?;
                    self.record_directive(&target.id, target.span);
                    return self.add_def_at(depth, &target.id, LOCAL, target.span);
                }
                Block::Module => {
                    self.add_def(&target.id, GLOBAL, target.span)?;
                    self.record_directive(&target.id, target.span);
                    return self.add_def_at(depth, &target.id, GLOBAL, target.span);
                }
                Block::Class => return Err(errors.named_expr_comp_in_class(target.span)),
                Block::Annotation => {}
            }
        }
        Err(errors.internal(target.span))
    }
}

/// The scope kind of a list, set or generator comprehension.
fn comprehension_kind(e: &Expr) -> ScopeKind {
    match e {
        Expr::ListComp(_) => ScopeKind::ListComp,
        Expr::SetComp(_) => ScopeKind::SetComp,
        _ => ScopeKind::GeneratorExp,
    }
}
