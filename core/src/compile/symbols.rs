//! The scope table as lowering sees it: for each scope, how each name is
//! accessed ([`Resolution`]), with the scope's varnames, cells and free
//! variables as strings. Built from the [`ScopeTable`] of `scope.rs`.

use foldhash::{HashMap, HashMapExt};
use std::borrow::Cow;

use super::names::{mangle, Name};
use super::scope::{self, ScopeTable, SymbolKind};
use crate::syntax::ast::{self, Span};

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
    /// Locals in slot order, parameters first (their text is
    /// [`Scopes::name`]: lowering copies each into its code object once).
    pub varnames: Vec<Name>,
    /// Names of this scope's own cells (sorted, as CPython does).
    pub cellvars: Vec<Box<str>>,
    /// Names of cells taken from the enclosing scope (sorted).
    pub freevars: Vec<Box<str>>,
    /// Contains `yield` or `yield from`.
    pub is_generator: bool,
    /// `async def` or an async comprehension: a coroutine or async generator.
    pub gen_kind: Option<super::code::GenKind>,
    /// The class name that mangles `__private` names here.
    pub private: Option<String>,
    kind: Option<ScopeKind>,
    /// The scope in [`Scopes::table`], whose symbols [`Scopes::resolve`] reads.
    id: Option<scope::ScopeId>,
}

impl ScopeInfo {
    /// `name` as the symbol table knows it (private names mangled).
    pub(crate) fn mangled<'n>(&self, name: &'n str) -> Cow<'n, str> {
        match mangle(self.private.as_deref(), name) {
            Some(mangled) => Cow::Owned(mangled),
            None => Cow::Borrowed(name),
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
#[derive(Debug)]
pub(crate) struct Scopes {
    map: HashMap<(Span, ScopeKind), ScopeInfo>,
    module: ScopeInfo,
    /// The resolver's table: names are resolved from its symbols when
    /// lowering asks, rather than copied into a map per scope up front.
    table: ScopeTable,
}

impl Scopes {
    /// Resolves every scope of `module` (CPython's compile-time errors included).
    pub(crate) fn analyze(
        module: &ast::Module,
        index: &crate::syntax::LineIndex,
    ) -> Result<Scopes, crate::SyntaxError> {
        let table = scope::analyze(module, index)?;
        let mut map = HashMap::with_capacity(table.scopes().count());
        let mut module = ScopeInfo::default();
        for (id, s) in table.scopes() {
            let info = scope_info(&table, id, s);
            match s.kind {
                scope::ScopeKind::Module => module = info,
                kind => {
                    map.insert((s.span, our_kind(kind)), info);
                }
            }
        }
        Ok(Scopes { map, module, table })
    }

    /// The text of `name`, a name of [`ScopeInfo::varnames`].
    pub(crate) fn name(&self, name: Name) -> &str {
        self.table.name(name)
    }

    /// The module scope.
    pub(crate) fn module(&self) -> &ScopeInfo {
        &self.module
    }

    /// The scope of the node at `span` of kind `kind`.
    pub(crate) fn get(&self, span: Span, kind: ScopeKind) -> Option<&ScopeInfo> {
        self.map.get(&(span, kind))
    }

    /// How `name` (already mangled) is accessed in scope `info`.
    pub(crate) fn resolve(&self, info: &ScopeInfo, name: &str) -> Resolution {
        let symbol = info.id.and_then(|id| {
            let name = self.table.names().get(name)?;
            self.table.scope(id).symbol(name)
        });
        let kind = info.kind.unwrap_or(ScopeKind::Module);
        match symbol {
            Some(symbol) => resolution(kind, info.cellvars.len() as u32, symbol.kind),
            None if kind == ScopeKind::Class => Resolution::Name,
            None => Resolution::Global,
        }
    }
}

fn our_kind(kind: scope::ScopeKind) -> ScopeKind {
    match kind {
        scope::ScopeKind::Module => ScopeKind::Module,
        scope::ScopeKind::Class => ScopeKind::Class,
        scope::ScopeKind::Function => ScopeKind::Function,
        scope::ScopeKind::Lambda => ScopeKind::Lambda,
        _ => ScopeKind::Comprehension,
    }
}

fn scope_info(table: &ScopeTable, id: scope::ScopeId, s: &scope::Scope) -> ScopeInfo {
    // Most scopes have neither: no collect for them.
    let texts = |names: &[Name]| {
        if names.is_empty() {
            return Vec::new();
        }
        names.iter().map(|n| table.name(*n).into()).collect()
    };
    ScopeInfo {
        varnames: s.varnames.clone(),
        cellvars: texts(&s.cellvars),
        freevars: texts(&s.freevars),
        is_generator: s.flags.is_generator(),
        gen_kind: if s.flags.is_coroutine() {
            Some(super::code::GenKind::Coroutine)
        } else if s.flags.is_async_generator() {
            Some(super::code::GenKind::AsyncGenerator)
        } else {
            None
        },
        private: s.private.map(|n| table.name(n).to_owned()),
        kind: Some(our_kind(s.kind)),
        id: Some(id),
    }
}

/// How a symbol of kind `symbol` is accessed in a scope of kind `kind` with
/// `ncells` cellvars.
#[expect(
    clippy::match_same_arms,
    reason = "one arm per (scope kind, symbol kind) case, as in CPython's compiler_nameop"
)]
fn resolution(kind: ScopeKind, ncells: u32, symbol: SymbolKind) -> Resolution {
    match (kind, symbol) {
        (ScopeKind::Module, _) => Resolution::Global,
        (_, SymbolKind::Local(slot)) => Resolution::Local(slot),
        (_, SymbolKind::Cell(i)) => Resolution::Deref(i),
        (ScopeKind::Class, SymbolKind::Free(i)) => Resolution::ClassDeref(ncells + i),
        (_, SymbolKind::Free(i)) => Resolution::Deref(ncells + i),
        (_, SymbolKind::GlobalExplicit) => Resolution::Global,
        (ScopeKind::Class, SymbolKind::Namespace | SymbolKind::GlobalImplicit) => Resolution::Name,
        (_, SymbolKind::Namespace | SymbolKind::GlobalImplicit) => Resolution::Global,
    }
}
