//! The scope table as lowering sees it: for each scope, how each name is
//! accessed ([`Resolution`]), with the scope's varnames, cells and free
//! variables as strings. Built from the [`ScopeTable`] of `scope.rs`.

use foldhash::{HashMap, HashMapExt};
use std::borrow::Cow;

use super::names::mangle;
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
    /// Locals in slot order, parameters first.
    pub varnames: Vec<Box<str>>,
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
    resolved: HashMap<Box<str>, Resolution>,
}

impl ScopeInfo {
    /// `name` as the symbol table knows it (private names mangled).
    pub(crate) fn mangled<'n>(&self, name: &'n str) -> Cow<'n, str> {
        match mangle(self.private.as_deref(), name) {
            Some(mangled) => Cow::Owned(mangled),
            None => Cow::Borrowed(name),
        }
    }

    /// How `name` (already mangled) is accessed here.
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
    /// Resolves every scope of `module` (CPython's compile-time errors included).
    pub(crate) fn analyze(
        module: &ast::Module,
        index: &crate::syntax::LineIndex,
    ) -> Result<Scopes, crate::SyntaxError> {
        let table = scope::analyze(module, index)?;
        let mut scopes = Scopes {
            map: HashMap::with_capacity(table.scopes().count()),
            module: ScopeInfo::default(),
        };
        for (_, s) in table.scopes() {
            let info = scope_info(&table, s);
            match s.kind {
                scope::ScopeKind::Module => scopes.module = info,
                kind => {
                    scopes.map.insert((s.span, our_kind(kind)), info);
                }
            }
        }
        Ok(scopes)
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

fn our_kind(kind: scope::ScopeKind) -> ScopeKind {
    match kind {
        scope::ScopeKind::Module => ScopeKind::Module,
        scope::ScopeKind::Class => ScopeKind::Class,
        scope::ScopeKind::Function => ScopeKind::Function,
        scope::ScopeKind::Lambda => ScopeKind::Lambda,
        _ => ScopeKind::Comprehension,
    }
}

#[expect(
    clippy::match_same_arms,
    reason = "one arm per (scope kind, symbol kind) case, as in CPython's compiler_nameop"
)]
fn scope_info(table: &ScopeTable, s: &scope::Scope) -> ScopeInfo {
    let text = |n| table.name(n).into();
    let kind = our_kind(s.kind);
    let mut info = ScopeInfo {
        varnames: s.varnames.iter().map(|n| text(*n)).collect(),
        cellvars: s.cellvars.iter().map(|n| text(*n)).collect(),
        freevars: s.freevars.iter().map(|n| text(*n)).collect(),
        is_generator: s.flags.is_generator(),
        gen_kind: if s.flags.is_coroutine() {
            Some(super::code::GenKind::Coroutine)
        } else if s.flags.is_async_generator() {
            Some(super::code::GenKind::AsyncGenerator)
        } else {
            None
        },
        private: s.private.map(|n| table.name(n).to_owned()),
        kind: Some(kind),
        resolved: HashMap::with_capacity(s.symbols().len()),
    };
    let ncells = info.cellvars.len() as u32;
    for symbol in s.symbols() {
        let resolution = match (kind, symbol.kind) {
            (ScopeKind::Module, _) => Resolution::Global,
            (_, SymbolKind::Local(slot)) => Resolution::Local(slot),
            (_, SymbolKind::Cell(i)) => Resolution::Deref(i),
            (ScopeKind::Class, SymbolKind::Free(i)) => Resolution::ClassDeref(ncells + i),
            (_, SymbolKind::Free(i)) => Resolution::Deref(ncells + i),
            (_, SymbolKind::GlobalExplicit) => Resolution::Global,
            (ScopeKind::Class, SymbolKind::Namespace | SymbolKind::GlobalImplicit) => {
                Resolution::Name
            }
            (_, SymbolKind::Namespace | SymbolKind::GlobalImplicit) => Resolution::Global,
        };
        info.resolved
            .insert(table.name(symbol.name).into(), resolution);
    }
    info
}
