//! The symbol table's analysing pass: CPython 3.11's `analyze_block` and
//! friends, which turn the collected facts into one [`SymbolKind`] per name.
//!
//! Each scope passes down the names bound in enclosing functions (`bound`)
//! and the explicit globals (`global`); children report the names they take
//! from outside (`free`). A local that a child takes becomes a cell. A class
//! body passes down what it received, not its own names (class-level names are
//! invisible to methods), plus `__class__`, which a method using `super` or
//! `__class__` takes: the class then owns that implicit cell.

use super::collect::Directive;
use super::errors::Errors;
use super::names::{Name, NameSet};
use super::scope::{ScopeId, ScopeKind, ScopeTable, Symbol, SymbolFlags, SymbolKind};
use crate::syntax::ast::Span;
use crate::syntax::{LineIndex, SyntaxError};

type Names = NameSet;

/// What a scope's children can see: names bound in enclosing functions
/// (`newbound`) and explicit globals (`newglobal`).
struct Visible {
    bound: Names,
    global: Names,
}

/// CPython's scope of a name before slots are numbered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sc {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

struct Resolver<'a> {
    table: &'a mut ScopeTable,
    directives: &'a [Vec<Directive>],
    errors: Errors<'a>,
    class_cell: Name,
}

/// Classifies every symbol of `table`, then numbers cells and free variables.
pub(super) fn resolve(
    table: &mut ScopeTable,
    directives: &[Vec<Directive>],
    index: &LineIndex,
) -> Result<(), SyntaxError> {
    let class_cell = table.names.intern("__class__");
    let mut resolver = Resolver {
        table,
        directives,
        errors: Errors { index },
        class_cell,
    };
    let mut free = Names::new();
    let mut global = Names::new();
    resolver.block(ScopeId(0), None, &mut free, &mut global)?;
    number_closure_vars(resolver.table);
    Ok(())
}

impl Resolver<'_> {
    /// `analyze_block`: `bound` is `None` only for the module.
    fn block(
        &mut self,
        id: ScopeId,
        mut bound: Option<&mut Names>,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<(), SyntaxError> {
        let kind = self.table.scope(id).kind;
        // Class names are invisible to nested scopes: they see what the class saw.
        let class_view = (kind == ScopeKind::Class).then(|| Visible {
            bound: bound.as_deref().cloned().unwrap_or_default(),
            global: global.clone(),
        });
        let mut local = Names::new();
        let mut scs = self.names(id, bound.as_deref_mut(), &mut local, free, global)?;
        let visible = if let Some(mut view) = class_view {
            view.bound.insert(self.class_cell);
            view
        } else {
            let mut visible_bound = if kind.is_function_like() {
                local
            } else {
                Names::new()
            };
            if let Some(bound) = bound.as_deref() {
                visible_bound.union_with(bound);
            }
            Visible {
                bound: visible_bound,
                global: global.clone(),
            }
        };
        let mut new_free = Names::new();
        for child in self.table.scope(id).children.clone() {
            let mut child_bound = visible.bound.clone();
            let mut child_global = visible.global.clone();
            let mut child_free = Names::new();
            let child_bound = Some(&mut child_bound);
            self.block(child, child_bound, &mut child_free, &mut child_global)?;
            new_free.union_with(&child_free);
        }
        self.cells(id, &mut scs, &mut new_free);
        self.update_symbols(id, &scs, bound.as_deref(), &new_free);
        free.union_with(&new_free);
        Ok(())
    }

    /// Runs [`Self::name`] over every symbol of scope `id`, in order.
    fn names(
        &self,
        id: ScopeId,
        mut bound: Option<&mut Names>,
        local: &mut Names,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<Vec<Sc>, SyntaxError> {
        let symbols = self.table.scope(id).symbols();
        let mut scs = Vec::with_capacity(symbols.len());
        for symbol in symbols {
            let (name, flags) = (symbol.name, symbol.flags);
            scs.push(self.name(id, name, flags, bound.as_deref_mut(), local, free, global)?);
        }
        Ok(scs)
    }

    /// `analyze_cells`: a function's locals that children take become cells;
    /// a class whose methods take `__class__` owns that cell.
    fn cells(&mut self, id: ScopeId, scs: &mut [Sc], new_free: &mut Names) {
        let scope = &mut self.table.scopes[id.0 as usize];
        if scope.kind.is_function_like() {
            for (sc, symbol) in scs.iter_mut().zip(&scope.symbols) {
                if *sc == Sc::Local && new_free.remove(symbol.name) {
                    *sc = Sc::Cell;
                }
            }
        } else if scope.kind == ScopeKind::Class && new_free.remove(self.class_cell) {
            scope.flags.needs_class_closure = true;
        }
    }

    /// `analyze_name`: decides the scope of one name from its flags.
    #[expect(clippy::too_many_arguments, reason = "mirrors CPython's analyze_name")]
    fn name(
        &self,
        id: ScopeId,
        name: Name,
        flags: SymbolFlags,
        bound: Option<&mut Names>,
        local: &mut Names,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<Sc, SyntaxError> {
        let text = self.table.name(name);
        if flags.has(SymbolFlags::GLOBAL) {
            if flags.has(SymbolFlags::NONLOCAL) {
                let span = self.directive(id, name);
                return Err(self.errors.nonlocal_and_global(text, span));
            }
            global.insert(name);
            if let Some(bound) = bound {
                bound.remove(name);
            }
            return Ok(Sc::GlobalExplicit);
        }
        if flags.has(SymbolFlags::NONLOCAL) {
            let Some(bound) = bound else {
                let span = self.directive(id, name);
                return Err(self.errors.nonlocal_at_module_level(span));
            };
            if !bound.contains(name) {
                let span = self.directive(id, name);
                return Err(self.errors.no_binding_for_nonlocal(text, span));
            }
            free.insert(name);
            return Ok(Sc::Free);
        }
        if flags.has(SymbolFlags::BOUND) {
            local.insert(name);
            global.remove(name);
            return Ok(Sc::Local);
        }
        if bound.is_some_and(|b| b.contains(name)) {
            free.insert(name);
            return Ok(Sc::Free);
        }
        Ok(Sc::GlobalImplicit)
    }

    /// Where the first `global`/`nonlocal` of `name` in scope `id` is.
    fn directive(&self, id: ScopeId, name: Name) -> Span {
        self.directives
            .get(id.0 as usize)
            .and_then(|ds| ds.iter().find(|(n, _)| *n == name))
            .map_or(self.table.scope(id).span, |&(_, span)| span)
    }

    /// `update_symbols`: records the scopes, and the names that children take
    /// from further out and that pass through this scope as free variables.
    fn update_symbols(&mut self, id: ScopeId, scs: &[Sc], bound: Option<&Names>, free: &Names) {
        let is_class = self.table.scope(id).kind == ScopeKind::Class;
        let function_like = self.table.scope(id).kind.is_function_like();
        let mut passing: Vec<Name> = free.iter().collect();
        passing.sort_by(|a, b| self.table.name(*a).cmp(self.table.name(*b)));
        let scope = &mut self.table.scopes[id.0 as usize];
        for (symbol, sc) in scope.symbols.iter_mut().zip(scs) {
            symbol.kind = match sc {
                Sc::Local if function_like => SymbolKind::Local(0),
                Sc::Local => SymbolKind::Namespace,
                Sc::GlobalExplicit => SymbolKind::GlobalExplicit,
                Sc::GlobalImplicit => SymbolKind::GlobalImplicit,
                Sc::Free => SymbolKind::Free(0),
                Sc::Cell => SymbolKind::Cell(0),
            };
        }
        for name in passing {
            if let Some(symbol) = scope.symbol(name) {
                // A method's free variable that the class binds or declares
                // global: the class passes the outer cell through.
                let bound_here = symbol.flags.has(SymbolFlags::BOUND | SymbolFlags::GLOBAL);
                if is_class && bound_here {
                    scope.add_flags(name, SymbolFlags::FREE_CLASS);
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name)) {
                continue;
            }
            scope.add_flags(name, 0);
            scope.set_kind(name, SymbolKind::Free(0));
        }
    }
}

/// Fills `cellvars` and `freevars` in CPython's order and points each cell
/// and free symbol at its index.
fn number_closure_vars(table: &mut ScopeTable) {
    let class_cell = table.names.get("__class__");
    let names = &table.names;
    for scope in &mut table.scopes {
        // Most scopes capture nothing and are captured from by nothing:
        // their lists stay empty and no symbol needs a number.
        let closure_var = |s: &Symbol| {
            matches!(s.kind, SymbolKind::Cell(_) | SymbolKind::Free(_))
                || s.flags.has(SymbolFlags::FREE_CLASS)
        };
        if !scope.flags.needs_class_closure && !scope.symbols.iter().any(closure_var) {
            continue;
        }
        let by_text = |a: &Name, b: &Name| names.resolve(*a).cmp(names.resolve(*b));
        // CPython lists captured parameters first, in parameter order, then
        // the other cells by name.
        let is_cell = |name: &Name| matches!(scope.symbol(*name), Some(s) if matches!(s.kind, SymbolKind::Cell(_)));
        let params = scope
            .varnames
            .get(..scope.param_count as usize)
            .unwrap_or_default();
        let mut cells: Vec<Name> = params.iter().copied().filter(is_cell).collect();
        let mut others: Vec<Name> = scope
            .symbols
            .iter()
            .filter(|s| matches!(s.kind, SymbolKind::Cell(_)) && !cells.contains(&s.name))
            .map(|s| s.name)
            .collect();
        others.sort_by(by_text);
        cells.extend(others);
        if scope.flags.needs_class_closure {
            cells.extend(class_cell);
        }
        let mut frees: Vec<Name> = scope
            .symbols
            .iter()
            .filter(|s| {
                matches!(s.kind, SymbolKind::Free(_)) || s.flags.has(SymbolFlags::FREE_CLASS)
            })
            .map(|s| s.name)
            .collect();
        frees.sort_by(by_text);
        for symbol in &mut scope.symbols {
            let position = |list: &[Name]| list.iter().position(|n| *n == symbol.name);
            symbol.kind = match symbol.kind {
                SymbolKind::Cell(_) => SymbolKind::Cell(position(&cells).unwrap_or(0) as u32),
                SymbolKind::Free(_) => SymbolKind::Free(position(&frees).unwrap_or(0) as u32),
                other => other,
            };
        }
        scope.cellvars = cells;
        scope.freevars = frees;
    }
}
