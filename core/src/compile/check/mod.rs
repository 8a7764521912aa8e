//! CPython's compiler checks (`Python/compile.c`): the errors raised while
//! generating code, in code-generation order, and the `co_varnames` order.
//! `checker.rs` holds the walk's state (units, blocks, names, definitions);
//! `stmt.rs`, `expr.rs` and `pattern.rs` walk the tree.

mod checker;
mod expr;
mod pattern;
mod stmt;

pub(crate) use checker::check;
