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

use pyex::compile::{analyze, dump, ScopeTable, SymbolKind};
use pyex::syntax::ast::Module;
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

/// Whether a dump line starts a scope block (symbols have `:`, code lines `[`).
fn is_header(line: &str) -> bool {
    !line.contains(':') && !line.trim_start().starts_with('[')
}

/// Splits rendered lines into per-scope blocks.
fn blocks(lines: &[String]) -> Vec<Vec<String>> {
    let mut blocks: Vec<Vec<String>> = Vec::new();
    for line in lines {
        match blocks.last_mut() {
            Some(block) if !is_header(line) => block.push(line.clone()),
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
    let dumped: Vec<String> = dump(&table, &module, &index)
        .lines()
        .map(str::to_owned)
        .collect();
    let ours = blocks(&dumped);
    let theirs = blocks(expected);
    let mut out = Vec::new();
    for (i, block) in ours.into_iter().enumerate() {
        let has_code = theirs
            .get(i)
            .is_some_and(|b| b.iter().any(|l| l.trim_start().starts_with('[')));
        out.extend(
            block
                .into_iter()
                .filter(|line| has_code || !line.trim_start().starts_with('[')),
        );
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

/// The table's own invariants: symbols point at their slot or closure
/// variable, every scope is found by its node key, children know their parent.
fn check_invariants(table: &ScopeTable) {
    for (id, scope) in table.scopes() {
        assert_eq!(table.lookup(scope.span, scope.kind), Some(id));
        for &child in &scope.children {
            assert_eq!(table.scope(child).parent, Some(id));
        }
        assert!(scope.varnames.len() as u32 <= scope.nlocals);
        for symbol in scope.symbols() {
            let name = symbol.name;
            match symbol.kind {
                SymbolKind::Local(slot) => {
                    assert!(scope.kind.is_function_like() && slot < scope.nlocals);
                    if let Some(&at) = scope.varnames.get(slot as usize) {
                        assert_eq!(at, name);
                    }
                }
                SymbolKind::Namespace => assert!(!scope.kind.is_function_like()),
                SymbolKind::Cell(i) => assert_eq!(scope.cellvars.get(i as usize), Some(&name)),
                SymbolKind::Free(i) => assert_eq!(scope.freevars.get(i as usize), Some(&name)),
                SymbolKind::GlobalExplicit | SymbolKind::GlobalImplicit => {}
            }
        }
    }
}

#[test]
fn tables_are_consistent() {
    for (name, source) in read_cases(CASES) {
        let Ok(module) = parse_module(&source) else {
            continue;
        };
        if let Ok(table) = analyze(&module, &LineIndex::new(&source)) {
            eprintln!("{name}");
            check_invariants(&table);
        }
    }
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

/// Runs `f` on a thread with a 2 MiB stack (the size the parser promises to fit in).
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn the_deepest_trees_the_parser_accepts_are_analyzed_on_a_small_stack() {
    on_small_stack(|| {
        let mut analyzed = 0;
        for n in [100, 199, 500, 1_000, 2_000, 2_900, 5_000] {
            let sources = [
                format!("x = {}1\n", "1+".repeat(n)),
                format!("x = {}1\n", "-".repeat(n)),
                format!("x = {}1\n", "not ".repeat(n)),
                format!("x = {}1\n", "lambda: ".repeat(n)),
                format!("x = {}1\n", "a if b else ".repeat(n)),
                format!("x = {}1{}\n", "[".repeat(n), "]".repeat(n)),
                format!("x = {}1{}\n", "f(".repeat(n), ")".repeat(n)),
                format!("x = {}y{}\n", "[".repeat(n), " for y in z]".repeat(n)),
                format!(
                    "def f():\n    return {}y{}\n",
                    "(".repeat(n),
                    " for y in z)".repeat(n)
                ),
            ];
            for source in sources {
                let Ok(module) = parse_module(&source) else {
                    continue;
                };
                let _ = analyze(&module, &LineIndex::new(&source));
                analyzed += 1;
            }
        }
        assert!(analyzed > 20, "only {analyzed} deep sources parsed");
    });
}

#[test]
fn symbols_are_found_by_their_source_identifier() {
    let source = "class C:\n    def m(self):\n        __x = 1\n        return __x, __class__\n";
    let module = parse_module(source).unwrap();
    let table = analyze(&module, &LineIndex::new(source)).unwrap();
    let class = table.scope(table.root()).children[0];
    let method = table.scope(class).children[0];
    let x = table.symbol(method, "__x").unwrap();
    assert_eq!(table.name(x.name), "_C__x");
    assert_eq!(x.kind, SymbolKind::Local(1));
    assert!(table.scope(class).flags.needs_class_closure);
    assert_eq!(
        table.symbol(method, "__class__").map(|s| s.kind),
        Some(SymbolKind::Free(0))
    );
    assert_eq!(table.symbol(method, "missing"), None);
}
