//! The first compiler stage: scopes and compile-time errors.
//!
//! [`analyze`] takes a parsed module to a [`ScopeTable`]: every scope with
//! every name classified as CPython 3.11's symbol table does, and fast-local
//! slots in `co_varnames` order; or to the first compile-time `SyntaxError`
//! CPython would raise.
//!
//! Source code layout: `scope.rs` (the table and [`analyze`]), `future.rs`
//! (`__future__` imports), `collect/` (the symbol table's visiting pass),
//! `resolve.rs` (its analysis), `check/` (the compiler's checks), `names.rs`
//! (interned names, private-name mangling), `errors.rs` (the messages),
//! `dump.rs` (a text dump in CPython's terms).

mod check;
mod collect;
mod dump;
mod errors;
mod future;
mod names;
mod resolve;
mod scope;

pub use dump::dump;
pub use names::{mangle, Interner, Name};
pub use scope::{
    analyze, Scope, ScopeFlags, ScopeId, ScopeKind, ScopeTable, Symbol, SymbolFlags, SymbolKind,
};
