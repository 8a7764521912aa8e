//! A text dump of a [`ScopeTable`] in CPython's terms, for tests and
//! debugging: one block per scope, in preorder, as
//! `core/tests/data/scope_record.py` prints CPython's symbol table and code
//! objects.
//!
//! ```text
//! function f line 1
//!   x: CELL PARAM|USE
//!   [varnames] x y
//!   [cellvars] x
//!   [freevars] -
//!   [flags] GENERATOR NESTED
//! ```

use std::collections::HashMap;
use std::fmt::Write;

use super::names::Name;
use super::scope::{Scope, ScopeId, ScopeKind, ScopeTable, SymbolFlags, SymbolKind};
use crate::syntax::ast::{Module, Span, Stmt};
use crate::syntax::LineIndex;

/// The flag names, in the recorder's order.
const FLAG_NAMES: [(u16, &str); 9] = [
    (SymbolFlags::GLOBAL, "GLOBAL"),
    (SymbolFlags::LOCAL, "LOCAL"),
    (SymbolFlags::PARAM, "PARAM"),
    (SymbolFlags::NONLOCAL, "NONLOCAL"),
    (SymbolFlags::USE, "USE"),
    (SymbolFlags::FREE_CLASS, "FREE_CLASS"),
    (SymbolFlags::IMPORT, "IMPORT"),
    (SymbolFlags::ANNOT, "ANNOT"),
    (SymbolFlags::COMP_ITER, "COMP_ITER"),
];

/// Every scope of `table` (made from `module`): its symbols sorted by name,
/// with CPython's scope and flags, then, outside the module, `co_varnames`,
/// `co_cellvars`, `co_freevars` and the code flags the resolver decides.
pub fn dump(table: &ScopeTable, module: &Module, index: &LineIndex) -> String {
    let mut def_lines = HashMap::new();
    collect_def_lines(&module.body, index, &mut def_lines);
    let dumper = Dumper {
        table,
        index,
        def_lines,
    };
    let mut out = String::new();
    dumper.scope(table.root(), 0, &mut out);
    out
}

/// The line of each `def`/`class` keyword (CPython's block line), by span.
fn collect_def_lines(body: &[Stmt], index: &LineIndex, lines: &mut HashMap<Span, u32>) {
    for stmt in body {
        let nested: Vec<&[Stmt]> = match stmt {
            Stmt::FunctionDef(f) => {
                lines.insert(f.span, index.line_col(f.name.span.start).0);
                vec![&f.body]
            }
            Stmt::ClassDef(c) => {
                lines.insert(c.span, index.line_col(c.name.span.start).0);
                vec![&c.body]
            }
            Stmt::For(s) => vec![&s.body, &s.orelse],
            Stmt::While(s) => vec![&s.body, &s.orelse],
            Stmt::If(s) => vec![&s.body, &s.orelse],
            Stmt::With(s) => vec![&s.body],
            Stmt::Match(s) => s.cases.iter().map(|c| c.body.as_slice()).collect(),
            Stmt::Try(s) => {
                let mut all = vec![s.body.as_slice(), &s.orelse, &s.finalbody];
                all.extend(s.handlers.iter().map(|h| h.body.as_slice()));
                all
            }
            _ => vec![],
        };
        for body in nested {
            collect_def_lines(body, index, lines);
        }
    }
}

struct Dumper<'a> {
    table: &'a ScopeTable,
    index: &'a LineIndex,
    def_lines: HashMap<Span, u32>,
}

/// `a b c`, or `-` for none.
fn list<'s>(items: impl Iterator<Item = &'s str>) -> String {
    let items: Vec<&str> = items.collect();
    if items.is_empty() {
        "-".to_owned()
    } else {
        items.join(" ")
    }
}

impl Dumper<'_> {
    fn names<'n>(&'n self, names: &'n [Name]) -> impl Iterator<Item = &'n str> {
        names.iter().map(|n| self.table.name(*n))
    }

    fn scope(&self, id: ScopeId, depth: usize, out: &mut String) {
        let scope = self.table.scope(id);
        let pad = "  ".repeat(depth);
        let def_line = || self.def_lines.get(&scope.span).copied().unwrap_or(0);
        let (kind, line) = match scope.kind {
            ScopeKind::Module => ("module", 0),
            ScopeKind::Class => ("class", def_line()),
            ScopeKind::Function => ("function", def_line()),
            _ => ("function", self.index.line_col(scope.span.start).0),
        };
        let name = self.table.name(scope.name);
        let _ = writeln!(out, "{pad}{kind} {name} line {line}");
        self.symbols(scope, &pad, out);
        if scope.kind != ScopeKind::Module {
            self.code(scope, &pad, out);
        }
        for &child in &scope.children {
            self.scope(child, depth + 1, out);
        }
    }

    /// `name: SCOPE FLAG|FLAG` per symbol, by name.
    fn symbols(&self, scope: &Scope, pad: &str, out: &mut String) {
        let mut symbols: Vec<_> = scope.symbols().iter().collect();
        symbols.sort_by_key(|s| self.table.name(s.name));
        for symbol in symbols {
            let kind = match symbol.kind {
                SymbolKind::Local(_) | SymbolKind::Namespace => "LOCAL",
                SymbolKind::Cell(_) => "CELL",
                SymbolKind::Free(_) => "FREE",
                SymbolKind::GlobalExplicit => "GLOBAL_EXPLICIT",
                SymbolKind::GlobalImplicit => "GLOBAL_IMPLICIT",
            };
            let flags = FLAG_NAMES
                .iter()
                .filter(|(bit, _)| symbol.flags.has(*bit))
                .map(|(_, label)| *label)
                .collect::<Vec<_>>()
                .join("|");
            let flags = if flags.is_empty() { "-" } else { &flags };
            let _ = writeln!(
                out,
                "{pad}  {}: {kind} {flags}",
                self.table.name(symbol.name)
            );
        }
    }

    /// The code object's names, and its flags for a function-like scope.
    fn code(&self, scope: &Scope, pad: &str, out: &mut String) {
        let _ = writeln!(
            out,
            "{pad}  [varnames] {}",
            list(self.names(&scope.varnames))
        );
        let _ = writeln!(
            out,
            "{pad}  [cellvars] {}",
            list(self.names(&scope.cellvars))
        );
        let _ = writeln!(
            out,
            "{pad}  [freevars] {}",
            list(self.names(&scope.freevars))
        );
        if scope.kind.is_function_like() {
            let f = scope.flags;
            let flags = [
                (f.is_generator(), "GENERATOR"),
                (f.is_coroutine(), "COROUTINE"),
                (f.is_async_generator(), "ASYNC_GENERATOR"),
                (f.nested, "NESTED"),
                (f.varargs, "VARARGS"),
                (f.varkeywords, "VARKEYWORDS"),
            ];
            let on = flags.iter().filter(|(on, _)| *on).map(|(_, label)| *label);
            let _ = writeln!(out, "{pad}  [flags] {}", list(on));
        }
    }
}
