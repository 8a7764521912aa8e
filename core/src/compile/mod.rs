//! Compilation: AST → scopes → [`Code`](code::Code) objects, bundled in a [`Program`].
//!
//! [`analyze`] takes a parsed module to a [`ScopeTable`]: every scope with
//! every name classified as CPython 3.11's symbol table does, and fast-local
//! slots in `co_varnames` order; or to the first compile-time `SyntaxError`
//! CPython would raise. Lowering then emits flat instructions per scope.
//!
//! Source code layout:
//! - `scope.rs` (the table and [`analyze`]), `future.rs` (`__future__` imports),
//!   `collect/` (the symbol table's visiting pass), `resolve.rs` (its analysis),
//!   `check/` (the compiler's checks), `names.rs` (interned names, private-name
//!   mangling), `errors.rs` (the messages), `dump.rs` (a text dump in CPython's terms).
//! - `symbols.rs`: the scope table as lowering sees it (name → local, cell, global, namespace).
//! - `code.rs`: `Code`, `Instr`, constants, the exception table.
//! - `builder.rs`, `depth.rs`: emitting one code object; static stack depths.
//! - `lower.rs` (+ `lower_stmt.rs`, `lower_expr.rs`, `lower_try.rs`, `lower_def.rs`): lowering.
//! - `program.rs`: [`Program`], the immutable, shareable compiled program.

mod annotation_text;
mod builder;
mod check;
pub(crate) mod code;
mod collect;
mod depth;
mod dump;
mod errors;
mod future;
mod lower;
mod lower_async;
mod lower_def;
mod lower_expr;
mod lower_match;
mod lower_stmt;
mod lower_try;
mod names;
mod program;
pub(crate) use program::ProgramData;
mod resolve;
mod scope;
mod symbols;

pub(crate) use code::CodeId;
pub use dump::dump;
pub use names::{mangle, Interner, Name};
pub use program::Program;
pub use scope::{
    analyze, Scope, ScopeFlags, ScopeId, ScopeKind, ScopeTable, Symbol, SymbolFlags, SymbolKind,
};
