//! `from __future__ import ...`: CPython's `Python/future.c`, which runs
//! before the symbol table.
//!
//! Only `annotations` changes what we do; the other features of Python 3 are
//! accepted and ignored (`barry_as_FLUFL` would change the parser, which has
//! already run). A `__future__` import after other statements is reported by
//! the compiler pass (`check/`) at its place in compile order, except when it
//! shares a line with the statement before it, which this pass reports.

use super::errors::Errors;
use crate::syntax::ast::{self, Stmt};
use crate::syntax::{LineIndex, SyntaxError};

/// The features a module turns on.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Features {
    /// `from __future__ import annotations`.
    pub annotations: bool,
    /// The line of the last valid `__future__` import (CPython's `ff_lineno`).
    pub lineno: Option<u32>,
}

/// Features CPython 3.11 accepts and that change nothing here.
const ACCEPTED: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
];

/// Whether `stmt` is a `from __future__ import` (any number of leading dots).
pub(super) fn is_future_import(stmt: &ast::StmtImportFrom) -> bool {
    stmt.module
        .as_ref()
        .is_some_and(|m| &*m.name == "__future__")
}

/// The module docstring, as CPython's `_PyAST_GetDocString` finds it.
fn has_docstring(body: &[Stmt]) -> bool {
    matches!(body.first(), Some(Stmt::Expr(e)) if matches!(
        &*e.value,
        ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(_), .. })
    ))
}

/// CPython's `future_parse`: the leading `__future__` imports of `module`.
pub(super) fn features(module: &ast::Module, index: &LineIndex) -> Result<Features, SyntaxError> {
    let errors = Errors { index };
    let mut features = Features::default();
    let skip = usize::from(has_docstring(&module.body));
    let mut done = false;
    // Statements start in source order: a later line is a line break after
    // the previous start (found without building the line table, which a
    // compile that succeeds never needs).
    let mut prev_start = 0;
    for stmt in module.body.iter().skip(skip) {
        let start = stmt.span().start;
        if done && index.breaks_line(prev_start, start) {
            break;
        }
        prev_start = start;
        match stmt {
            Stmt::ImportFrom(import) if is_future_import(import) => {
                if done {
                    return Err(errors.late_future_same_line(import.span));
                }
                check_features(import, &mut features, errors)?;
                features.lineno = Some(index.line_col(start).0);
            }
            _ => done = true,
        }
    }
    Ok(features)
}

/// CPython's `future_check_features` for one import statement.
fn check_features(
    import: &ast::StmtImportFrom,
    features: &mut Features,
    errors: Errors<'_>,
) -> Result<(), SyntaxError> {
    for alias in &import.names {
        match &*alias.name.name {
            "annotations" => features.annotations = true,
            "braces" => return Err(errors.not_a_chance(import.span)),
            name if ACCEPTED.contains(&name) => {}
            name => return Err(errors.undefined_future_feature(name, import.span)),
        }
    }
    Ok(())
}
