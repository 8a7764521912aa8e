//! Pyex: a sandboxed Python 3 interpreter for programs written by LLMs, run as
//! a plain function call inside a host (Elixir NIF, Python extension, CLI).
//!
//! Pipeline: source → [`syntax`] (indentation pre-pass, pest grammar, typed
//! AST with spans) → compile (scopes to slots) → eval (explicit frame stack).
//!
//! Source code layout:
//! - `syntax/`: the pre-pass (`indent.rs`), the grammar (`grammar.pest`),
//!   the AST builder (`parse.rs`), literals, the AST (`ast.rs`), `SyntaxError`,
//!   `ast.dump` (`dump.rs`) and python3's display of a SyntaxError (`render.rs`).
//! - `value/`: Python values; for now the `repr` of literals (`repr.rs`).
#![warn(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod syntax;
pub mod value;

pub use syntax::{parse_module, SyntaxError, SyntaxErrorKind};
