//! `pyex::compile::analyze` against CPython 3.11: scopes, symbol kinds,
//! slots and compile-time errors.
//!
//! Cases live in `data/scope.txt`; `data/scope.expected` is what CPython's
//! symbol table, code objects and `compile()` say about each, written by
//! `python3 core/tests/data/scope_record.py` (never by hand). For a case that
//! compiles, every scope is rendered in the recorder's format and compared
//! line by line; for one that does not, the SyntaxError's six fields are.

use std::collections::HashMap;
use std::fmt::Write as _;

use pyex::compile::{analyze, ScopeId, ScopeKind, ScopeTable, SymbolFlags, SymbolKind};
use pyex::syntax::ast::{Module, Span, Stmt};
use pyex::syntax::LineIndex;
use pyex::{parse_module, SyntaxError};

const CASES: &str = include_str!("data/scope.txt");
const EXPECTED: &str = include_str!("data/scope.expected");

/// `[(name, source)]`: a `## name` line starts a case (as the recorder reads them).
fn read_cases(text: &str) -> Vec<(String, String)> {
    let mut cases = Vec::new();
    let mut current: Option<(String, Vec<&str>)> = None;
    for line in text.split('\n') {
        if let Some(name) = line.strip_prefix("## ") {
            cases.extend(current.take().map(finish_case));
            current = Some((name.trim().to_owned(), Vec::new()));
        } else if let Some((_, body)) = &mut current {
            body.push(line);
        }
    }
    cases.extend(current.map(finish_case));
    cases
}

fn finish_case((name, body): (String, Vec<&str>)) -> (String, String) {
    (
        name,
        body.join("\n").trim_end_matches('\n').to_owned() + "\n",
    )
}

/// The recorded lines of each case.
fn read_expected(text: &str) -> HashMap<String, Vec<String>> {
    let mut expected: HashMap<String, Vec<String>> = HashMap::new();
    let mut current = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            current = Some(name.to_owned());
            expected.insert(name.to_owned(), Vec::new());
        } else if let Some(lines) = current.as_ref().and_then(|n| expected.get_mut(n)) {
            lines.push(line.to_owned());
        }
    }
    expected
}

/// The error as the recorder prints it.
fn render_error(e: &SyntaxError) -> String {
    let end_offset = if e.end_offset == SyntaxError::NO_END_OFFSET {
        "None".to_owned()
    } else {
        e.end_offset.to_string()
    };
    format!(
        "{}: {} ({}, {}, {}, {})",
        e.kind, e.msg, e.lineno, e.offset, e.end_lineno, end_offset
    )
}

/// The line of each `def`/`class` keyword (CPython's block line), by span.
fn def_lines(body: &[Stmt], index: &LineIndex, lines: &mut HashMap<Span, u32>) {
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
            def_lines(body, index, lines);
        }
    }
}

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

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "-".to_owned()
    } else {
        items.join(" ")
    }
}

struct Renderer<'a> {
    table: &'a ScopeTable,
    index: &'a LineIndex,
    def_lines: HashMap<Span, u32>,
}

impl Renderer<'_> {
    /// One block of lines per scope, in preorder.
    fn scope(&self, id: ScopeId, depth: usize, out: &mut Vec<Vec<String>>) {
        let scope = self.table.scope(id);
        let pad = "  ".repeat(depth);
        let names = |items: &[pyex::compile::Name]| -> Vec<String> {
            items
                .iter()
                .map(|n| self.table.name(*n).to_owned())
                .collect()
        };
        let (kind, line) = match scope.kind {
            ScopeKind::Module => ("module", 0),
            ScopeKind::Class => (
                "class",
                self.def_lines.get(&scope.span).copied().unwrap_or(0),
            ),
            ScopeKind::Function => (
                "function",
                self.def_lines.get(&scope.span).copied().unwrap_or(0),
            ),
            _ => ("function", self.index.line_col(scope.span.start).0),
        };
        let mut block = vec![format!(
            "{pad}{kind} {} line {line}",
            self.table.name(scope.name)
        )];
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
            let flags: Vec<&str> = FLAG_NAMES
                .iter()
                .filter(|(bit, _)| symbol.flags.has(*bit))
                .map(|(_, label)| *label)
                .collect();
            let flags = if flags.is_empty() {
                "-".to_owned()
            } else {
                flags.join("|")
            };
            block.push(format!(
                "{pad}  {}: {kind} {flags}",
                self.table.name(symbol.name)
            ));
        }
        if scope.kind != ScopeKind::Module {
            block.push(format!(
                "{pad}  varnames: {}",
                list(&names(&scope.varnames))
            ));
            block.push(format!(
                "{pad}  cellvars: {}",
                list(&names(&scope.cellvars))
            ));
            block.push(format!(
                "{pad}  freevars: {}",
                list(&names(&scope.freevars))
            ));
        }
        if scope.kind.is_function_like() {
            let f = scope.flags;
            let flags: Vec<String> = [
                (f.is_generator(), "GENERATOR"),
                (f.is_coroutine(), "COROUTINE"),
                (f.is_async_generator(), "ASYNC_GENERATOR"),
                (f.nested, "NESTED"),
                (f.varargs, "VARARGS"),
                (f.varkeywords, "VARKEYWORDS"),
            ]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, label)| (*label).to_owned())
            .collect();
            block.push(format!("{pad}  flags: {}", list(&flags)));
        }
        out.push(block);
        for &child in &scope.children {
            self.scope(child, depth + 1, out);
        }
    }
}

/// Splits rendered lines into per-scope blocks (a header has no `:`).
fn blocks(lines: &[String]) -> Vec<Vec<String>> {
    let mut blocks: Vec<Vec<String>> = Vec::new();
    for line in lines {
        match blocks.last_mut() {
            Some(block) if line.contains(':') => block.push(line.clone()),
            _ => blocks.push(vec![line.clone()]),
        }
    }
    blocks
}

/// What pyex says about `source`, in the recorder's format. Scopes CPython
/// compiles to no code object (and so records no `varnames`) lose those lines.
fn actual(source: &str, expected: &[String]) -> Vec<String> {
    let module: Module = match parse_module(source) {
        Ok(module) => module,
        Err(e) => return vec![render_error(&e)],
    };
    let index = LineIndex::new(source);
    let table = match analyze(&module, &index) {
        Ok(table) => table,
        Err(e) => return vec![render_error(&e)],
    };
    let mut lines = HashMap::new();
    def_lines(&module.body, &index, &mut lines);
    let renderer = Renderer {
        table: &table,
        index: &index,
        def_lines: lines,
    };
    let mut ours = Vec::new();
    renderer.scope(table.root(), 0, &mut ours);
    let theirs = blocks(expected);
    let mut out = Vec::new();
    for (i, block) in ours.into_iter().enumerate() {
        let has_code = theirs
            .get(i)
            .is_some_and(|b| b.iter().any(|l| l.trim_start().starts_with("varnames:")));
        out.extend(block.into_iter().filter(|line| {
            let field = line.trim_start();
            has_code
                || !["varnames:", "cellvars:", "freevars:", "flags:"]
                    .iter()
                    .any(|f| field.starts_with(f))
        }));
    }
    out
}

#[test]
fn scopes_and_errors_match_cpython() {
    let expected = read_expected(EXPECTED);
    let cases = read_cases(CASES);
    let mut failures = String::new();
    let mut failed = 0;
    for (name, source) in &cases {
        let Some(want) = expected.get(name) else {
            let _ = writeln!(
                failures,
                "## {name}: not recorded (run core/tests/data/scope_record.py)"
            );
            failed += 1;
            continue;
        };
        let got = actual(source, want);
        if &got != want {
            failed += 1;
            let diff = similar::TextDiff::from_lines(&want.join("\n"), &got.join("\n"))
                .unified_diff()
                .header("CPython", "pyex")
                .to_string();
            let _ = writeln!(failures, "## {name}\n{diff}");
        }
    }
    assert!(
        failed == 0,
        "{failed} of {} cases differ from CPython:\n{failures}",
        cases.len()
    );
}

#[test]
fn every_case_is_recorded() {
    let expected = read_expected(EXPECTED);
    let cases = read_cases(CASES);
    assert_eq!(
        expected.len(),
        cases.len(),
        "re-run core/tests/data/scope_record.py"
    );
}
