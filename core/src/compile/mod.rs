//! Compilation: AST → scopes → [`Code`](code::Code) objects, bundled in a [`Program`].
//!
//! Source code layout:
//! - `symbols.rs`: name resolution per scope (stand-in until `scope.rs` lands).
//! - `code.rs`: `Code`, `Instr`, constants, the exception table.
//! - `builder.rs`, `depth.rs`: emitting one code object; static stack depths.
//! - `lower.rs` (+ `lower_stmt.rs`, `lower_expr.rs`, `lower_try.rs`, `lower_def.rs`): lowering.
//! - `program.rs`: [`Program`], the immutable, shareable compiled program.

mod builder;
pub(crate) mod code;
mod depth;
mod lower;
mod lower_def;
mod lower_expr;
mod lower_stmt;
mod lower_try;
mod program;
mod symbols;

pub(crate) use code::CodeId;
pub use program::Program;
