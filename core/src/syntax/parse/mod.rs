//! pest parse tree → typed AST ([`ast`](super::ast)), and CPython's syntax errors.
//!
//! This directory is the only place that sees pest's `Rule`/`Pair`.
//! `entry.rs` runs the pre-pass and the grammar; `stmt.rs`, `expr.rs`,
//! `chain.rs` (operator precedence), `args.rs`, `target.rs`, `pattern.rs` and
//! `fstring.rs` (string literals; f-string fields parsed apart) build nodes
//! and report what the grammar accepts on purpose (any expression as a
//! target, arguments in any order, undecoded strings);
//! `errors/` turns a failed parse into CPython's message and position.

#![expect(
    clippy::needless_pass_by_value,
    reason = "pest pairs are cheap reference-counted handles; builders take them by value"
)]

mod args;
mod builder;
mod chain;
mod entry;
mod errors;
mod expr;
mod fstring;
mod pattern;
mod stmt;
mod target;

pub(crate) use entry::parse_module_indexed;
pub(super) use entry::too_recursive;
pub use entry::{parse_module, parse_module_fast, parse_module_reference};
pub(super) use expr::identifier;
pub(super) use fstring::Joined;
pub(super) use stmt::augop;
pub(super) use target::{invalid_target, set_ctx};
