//! The resolver's output: one [`Scope`] per module, class body, function,
//! lambda and comprehension, with every name classified as CPython 3.11's
//! symbol table does (`Python/symtable.c`), plus fast-local slots in
//! `co_varnames` order.
//!
//! [`analyze`] runs the passes CPython runs between parsing and bytecode:
//! `__future__` checks (`future.rs`), the symbol table's collecting pass
//! (`collect/`, `symtable_visit_*`) and analysing pass (`resolve.rs`,
//! `analyze_block`), then the compiler's own checks (`check/`, `compile.c`),
//! each raising CPython's first `SyntaxError` in CPython's order.
//!
//! Scopes are keyed by `(Span, ScopeKind)` of their AST node (see
//! [`ScopeTable::lookup`]): no two scope-creating nodes share both, and the key
//! survives any walk order. [`ScopeId`]s are preorder indexes in CPython's
//! symtable visiting order, so `ScopeId(0)` is the module.

use foldhash::{HashMap, HashMapExt};

use super::names::{Interner, Name};
use super::{check, collect, future, resolve};
use crate::syntax::ast::{self, Span};
use crate::syntax::{LineIndex, SyntaxError};

/// Index of a [`Scope`] in its [`ScopeTable`]: its preorder position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

/// What created a scope. Comprehensions are functions, as in CPython 3.11.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    /// The module (CPython's `top`).
    Module,
    /// A class body.
    Class,
    /// A `def` or `async def` (see [`ScopeFlags::is_async_def`]).
    Function,
    /// A `lambda`.
    Lambda,
    /// `[... for ...]`.
    ListComp,
    /// `{... for ...}`.
    SetComp,
    /// `{k: v for ...}`.
    DictComp,
    /// `(... for ...)`.
    GeneratorExp,
}

impl ScopeKind {
    /// Everything but modules and class bodies: CPython's `FunctionBlock`,
    /// whose locals live in fast slots.
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }

    /// A list, set or dict comprehension or a generator expression.
    pub fn is_comprehension(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp
                | ScopeKind::SetComp
                | ScopeKind::DictComp
                | ScopeKind::GeneratorExp
        )
    }
}

/// How a name is resolved in one scope (CPython's `LOCAL`, `CELL`, `FREE`,
/// `GLOBAL_EXPLICIT`, `GLOBAL_IMPLICIT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    /// A fast local of a function-like scope: index into [`Scope::varnames`].
    Local(u32),
    /// Bound in a module or class body: a key of its namespace dict
    /// (CPython's `LOCAL` there, `STORE_NAME`/`LOAD_NAME`).
    Namespace,
    /// A local that inner scopes capture: index into [`Scope::cellvars`].
    /// A parameter that is a cell also keeps its slot in `varnames`.
    Cell(u32),
    /// A variable of an enclosing function: index into [`Scope::freevars`].
    Free(u32),
    /// Declared `global` (here, or by a walrus in a module-level comprehension).
    GlobalExplicit,
    /// Not bound in any enclosing function: a global or a builtin at run time
    /// (looked up in the namespace first in module and class bodies).
    GlobalImplicit,
}

/// CPython's `DEF_*` / `USE` facts about one name in one scope.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SymbolFlags(pub u16);

impl SymbolFlags {
    /// `global name`.
    pub const GLOBAL: u16 = 1;
    /// Assigned, deleted, or bound by `def`/`class`/`for`/`with`/`except`/pattern.
    pub const LOCAL: u16 = 2;
    /// A parameter.
    pub const PARAM: u16 = 4;
    /// `nonlocal name`.
    pub const NONLOCAL: u16 = 8;
    /// Read.
    pub const USE: u16 = 16;
    /// In a class: bound here and free in a method (kept in the class's freevars).
    pub const FREE_CLASS: u16 = 64;
    /// Bound by `import`.
    pub const IMPORT: u16 = 128;
    /// Has an annotation (`name: T`).
    pub const ANNOT: u16 = 256;
    /// A comprehension iteration variable.
    pub const COMP_ITER: u16 = 512;
    /// Any binding (`DEF_BOUND`).
    pub const BOUND: u16 = Self::LOCAL | Self::PARAM | Self::IMPORT;

    /// Whether any of the `bits` is set.
    pub fn has(self, bits: u16) -> bool {
        self.0 & bits != 0
    }
}

/// One name in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The (mangled) name.
    pub name: Name,
    /// How it resolves.
    pub kind: SymbolKind,
    /// What the scope does with it.
    pub flags: SymbolFlags,
}

/// Facts about a scope that the compiler needs beyond its names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts, named as CPython's symtable entry fields"
)]
pub struct ScopeFlags {
    /// `async def` (the compiler's "async function" scope).
    pub is_async_def: bool,
    /// Contains `yield`, or is a generator expression (`ste_generator`).
    pub generator: bool,
    /// `async def`, or awaits/iterates asynchronously as a comprehension (`ste_coroutine`).
    pub coroutine: bool,
    /// Has `return value`.
    pub returns_value: bool,
    /// Inside a function-like scope (`CO_NESTED`).
    pub nested: bool,
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkeywords: bool,
    /// A class body whose methods use `super` or `__class__`: it owns the
    /// implicit `__class__` cell.
    pub needs_class_closure: bool,
    /// Note only: mentions `locals`, `vars`, `dir`, `eval` or `exec`, which may
    /// read this frame's variables by name at run time.
    pub mentions_dynamic_names: bool,
}

impl ScopeFlags {
    /// `CO_GENERATOR`: a generator function.
    pub fn is_generator(self) -> bool {
        self.generator && !self.coroutine
    }

    /// `CO_COROUTINE`: an `async def` (or async comprehension) without `yield`.
    pub fn is_coroutine(self) -> bool {
        self.coroutine && !self.generator
    }

    /// `CO_ASYNC_GENERATOR`: `yield` inside a coroutine.
    pub fn is_async_generator(self) -> bool {
        self.coroutine && self.generator
    }
}

/// The symbol count up to which a scope finds a symbol by a scan.
const SCAN_SYMBOLS: usize = 8;

/// One module, class body, function, lambda or comprehension.
#[derive(Clone, Debug)]
pub struct Scope {
    /// What created it.
    pub kind: ScopeKind,
    /// CPython's block name: the function or class name, or `top`, `lambda`,
    /// `listcomp`, `setcomp`, `dictcomp`, `genexpr`.
    pub name: Name,
    /// The span of the node that created it.
    pub span: Span,
    /// The enclosing scope (`None` for the module).
    pub parent: Option<ScopeId>,
    /// Nested scopes, in CPython's symtable order.
    pub children: Vec<ScopeId>,
    /// Generator, coroutine and other facts.
    pub flags: ScopeFlags,
    /// The class name that mangles `__private` names here, if any.
    pub private: Option<Name>,
    /// Fast locals in slot order (`co_varnames`): parameters first, in
    /// CPython's order, then other locals in the order the compiler meets them.
    /// Empty for modules and class bodies.
    pub varnames: Vec<Name>,
    /// How many fast slots a frame needs: `varnames`, then the locals the
    /// compiler never reads or writes (`x: int` alone in a function), which
    /// CPython gives no slot.
    pub nlocals: u32,
    /// How many of `varnames` are parameters (`*args` and `**kwargs` included).
    pub param_count: u32,
    /// Captured locals (`co_cellvars`): captured parameters in parameter
    /// order, then the others sorted by name; a class body that needs it has
    /// just `__class__`.
    pub cellvars: Vec<Name>,
    /// Variables of enclosing functions (`co_freevars`), sorted by name. In a
    /// class body this includes names bound in the class and free in a method.
    pub freevars: Vec<Name>,
    pub(super) symbols: Vec<Symbol>,
    /// Where each symbol is in `symbols`, once there are more than
    /// [`SCAN_SYMBOLS`] (fewer are found by a scan).
    pub(super) by_name: HashMap<Name, u32>,
    /// The slot of each of `varnames`, once there are more than
    /// [`SCAN_SYMBOLS`] (fewer are found by a scan).
    pub(super) slots: HashMap<Name, u32>,
}

impl Scope {
    pub(super) fn new(kind: ScopeKind, name: Name, span: Span, parent: Option<ScopeId>) -> Self {
        Scope {
            kind,
            name,
            span,
            parent,
            children: Vec::new(),
            flags: ScopeFlags::default(),
            private: None,
            varnames: Vec::new(),
            nlocals: 0,
            param_count: 0,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            symbols: Vec::new(),
            by_name: HashMap::new(),
            slots: HashMap::new(),
        }
    }

    /// The symbol for `name`, if this scope mentions it.
    #[inline]
    pub fn symbol(&self, name: Name) -> Option<&Symbol> {
        let at = self.index_of(name)?;
        self.symbols.get(at as usize)
    }

    /// Where `name` is in `symbols`: a scan of a few symbols (most scopes
    /// have few, and comparing ids beats hashing them), else `by_name`.
    #[inline]
    fn index_of(&self, name: Name) -> Option<u32> {
        if self.symbols.len() <= SCAN_SYMBOLS {
            return self
                .symbols
                .iter()
                .position(|s| s.name == name)
                .map(|i| i as u32);
        }
        self.by_name.get(&name).copied()
    }

    /// All symbols, in the order CPython's symtable records them.
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// The flags of `name` here (empty if the scope does not mention it).
    #[inline]
    pub(super) fn flags_of(&self, name: Name) -> SymbolFlags {
        self.symbol(name).map_or(SymbolFlags(0), |s| s.flags)
    }

    /// Sets the kind of `name`, if it is a symbol here.
    pub(super) fn set_kind(&mut self, name: Name, kind: SymbolKind) {
        if let Some(at) = self.index_of(name) {
            if let Some(symbol) = self.symbols.get_mut(at as usize) {
                symbol.kind = kind;
            }
        }
    }

    /// The slot of `name` among `varnames`: a scan of a few, else `slots`.
    fn slot_of(&self, name: Name) -> Option<u32> {
        if self.varnames.len() <= SCAN_SYMBOLS {
            return self
                .varnames
                .iter()
                .position(|n| *n == name)
                .map(|i| i as u32);
        }
        self.slots.get(&name).copied()
    }

    /// Appends `name` to `varnames` unless it is there already.
    pub(super) fn push_varname(&mut self, name: Name) {
        if self.slot_of(name).is_some() {
            return;
        }
        self.varnames.push(name);
        let count = self.varnames.len();
        if count == SCAN_SYMBOLS + 1 {
            // Past scanning: index every slot.
            for (i, n) in self.varnames.iter().enumerate() {
                self.slots.insert(*n, i as u32);
            }
        } else if count > SCAN_SYMBOLS {
            self.slots.insert(name, (count - 1) as u32);
        }
    }

    /// The compiler met `name`: a fast local gets the next slot if it has none.
    pub(super) fn note_local(&mut self, name: Name) {
        if matches!(self.symbol(name), Some(s) if matches!(s.kind, SymbolKind::Local(_))) {
            self.push_varname(name);
        }
    }

    /// Points every `Local` symbol at its slot, giving the fast locals the
    /// compiler never met the slots after `varnames`, in symbol order.
    pub(super) fn number_locals(&mut self) {
        let mut nlocals = self.varnames.len() as u32;
        for at in 0..self.symbols.len() {
            let Some(symbol) = self.symbols.get(at) else {
                break;
            };
            if !matches!(symbol.kind, SymbolKind::Local(_)) {
                continue;
            }
            let slot = self.slot_of(symbol.name).unwrap_or_else(|| {
                nlocals += 1;
                nlocals - 1
            });
            if let Some(symbol) = self.symbols.get_mut(at) {
                symbol.kind = SymbolKind::Local(slot);
            }
        }
        self.nlocals = nlocals;
    }

    /// Adds `bits` to the flags of `name`, creating the symbol if needed;
    /// returns the flags it had before.
    pub(super) fn add_flags(&mut self, name: Name, bits: u16) -> SymbolFlags {
        if let Some(at) = self.index_of(name) {
            if let Some(symbol) = self.symbols.get_mut(at as usize) {
                let old = symbol.flags;
                symbol.flags.0 |= bits;
                return old;
            }
        }
        if self.symbols.is_empty() {
            // Room for the scanned ones at once, rather than growing by doubling.
            self.symbols.reserve(SCAN_SYMBOLS);
        }
        self.symbols.push(Symbol {
            name,
            kind: SymbolKind::GlobalImplicit,
            flags: SymbolFlags(bits),
        });
        let count = self.symbols.len();
        if count == SCAN_SYMBOLS + 1 {
            // Past scanning: index every symbol, with room for as many more.
            self.by_name.reserve(4 * SCAN_SYMBOLS);
            for (i, symbol) in self.symbols.iter().enumerate() {
                self.by_name.insert(symbol.name, i as u32);
            }
        } else if count > SCAN_SYMBOLS {
            self.by_name.insert(name, (count - 1) as u32);
        }
        SymbolFlags(0)
    }
}

/// Every scope of a module, its interned names and its `__future__` features.
#[derive(Clone, Debug)]
pub struct ScopeTable {
    pub(super) scopes: Vec<Scope>,
    pub(super) by_node: HashMap<(Span, ScopeKind), ScopeId>,
    pub(super) names: Interner,
    pub(super) future_annotations: bool,
}

impl ScopeTable {
    /// The module scope.
    pub fn root(&self) -> ScopeId {
        ScopeId(0)
    }

    /// The scope `id`.
    ///
    /// # Panics
    /// If `id` comes from another table.
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// All scopes in preorder, with their ids.
    pub fn scopes(&self) -> impl Iterator<Item = (ScopeId, &Scope)> {
        self.scopes
            .iter()
            .enumerate()
            .map(|(i, s)| (ScopeId(i as u32), s))
    }

    /// The scope created by the node at `span` of kind `kind`.
    pub fn lookup(&self, span: Span, kind: ScopeKind) -> Option<ScopeId> {
        self.by_node.get(&(span, kind)).copied()
    }

    /// The scope of a `def`.
    pub fn function(&self, def: &ast::StmtFunctionDef) -> Option<ScopeId> {
        self.lookup(def.span, ScopeKind::Function)
    }

    /// The body scope of a `class`.
    pub fn class(&self, def: &ast::StmtClassDef) -> Option<ScopeId> {
        self.lookup(def.span, ScopeKind::Class)
    }

    /// The scope of a lambda or comprehension expression (`None` for other
    /// expressions).
    pub fn expr(&self, expr: &ast::Expr) -> Option<ScopeId> {
        let kind = expr_scope_kind(expr)?;
        self.lookup(expr.span(), kind)
    }

    /// The symbol an identifier of the source names in scope `id`: mangled
    /// first, as the compiler does, if the scope is inside a class.
    pub fn symbol(&self, id: ScopeId, ident: &str) -> Option<&Symbol> {
        let scope = self.scope(id);
        let private = scope.private.map(|p| self.names.resolve(p));
        let mangled = super::names::mangle(private, ident);
        let name = self.names.get(mangled.as_deref().unwrap_or(ident))?;
        scope.symbol(name)
    }

    /// The interner that owns every [`Name`] of this table.
    pub fn names(&self) -> &Interner {
        &self.names
    }

    /// The text of `name`.
    pub fn name(&self, name: Name) -> &str {
        self.names.resolve(name)
    }

    /// `from __future__ import annotations` is in effect: annotations are
    /// strings, never evaluated.
    pub fn future_annotations(&self) -> bool {
        self.future_annotations
    }
}

/// The kind of scope an expression creates, if it creates one.
pub(super) fn expr_scope_kind(expr: &ast::Expr) -> Option<ScopeKind> {
    Some(match expr {
        ast::Expr::Lambda(_) => ScopeKind::Lambda,
        ast::Expr::ListComp(_) => ScopeKind::ListComp,
        ast::Expr::SetComp(_) => ScopeKind::SetComp,
        ast::Expr::DictComp(_) => ScopeKind::DictComp,
        ast::Expr::GeneratorExp(_) => ScopeKind::GeneratorExp,
        _ => return None,
    })
}

/// Resolves every name of `module` and runs CPython's compile-time checks.
///
/// Errors come in CPython's order: `__future__` errors, then symbol-table
/// errors (collecting pass, then analysis), then the compiler's, each pass
/// reporting the first error it meets in CPython's visiting order.
///
/// ```
/// use pyex::compile::{analyze, SymbolKind};
/// use pyex::syntax::LineIndex;
///
/// let source = "def f(x):\n    def g():\n        return x\n    return g\n";
/// let module = pyex::parse_module(source).unwrap();
/// let table = analyze(&module, &LineIndex::new(source)).unwrap();
/// let f = table.scope(table.root()).children[0];
/// let g = table.scope(f).children[0];
/// assert_eq!(table.symbol(f, "x").map(|s| s.kind), Some(SymbolKind::Cell(0)));
/// assert_eq!(table.symbol(f, "g").map(|s| s.kind), Some(SymbolKind::Local(1)));
/// assert_eq!(table.symbol(g, "x").map(|s| s.kind), Some(SymbolKind::Free(0)));
///
/// let error = analyze(&pyex::parse_module("break\n").unwrap(), &LineIndex::new("break\n"));
/// assert_eq!(error.unwrap_err().msg, "'break' outside loop");
/// ```
pub fn analyze(module: &ast::Module, index: &LineIndex) -> Result<ScopeTable, SyntaxError> {
    let features = future::features(module, index)?;
    let collect::Collected {
        mut table,
        directives,
    } = collect::collect(module, index, &features)?;
    resolve::resolve(&mut table, &directives, index)?;
    check::check(module, &mut table, index, &features)?;
    Ok(table)
}
