//! The symbol table's collecting pass (CPython's `symtable_visit_*`):
//! `collector.rs` holds the walker, its scopes and statements, `expr.rs`
//! expressions, patterns, comprehensions and assignment expressions.

mod collector;
mod expr;

pub(super) use collector::{collect, Collected, Directive};
