//! Pyex: a sandboxed Python 3 interpreter for programs written by LLMs, run as
//! a plain function call inside a host (Elixir NIF, Python extension, CLI).
//!
//! Pipeline: source → [`syntax`] (indentation pre-pass, pest grammar, typed
//! AST with spans) → compile (scopes to slots) → eval (explicit frame stack).
//!
//! Source code layout:
//! - `syntax/`: the pre-pass (`indent.rs`), the grammar (`grammar.pest`),
//!   the AST builder (`parse.rs`), literals, the AST (`ast.rs`), `SyntaxError`.
#![warn(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod syntax;

pub use syntax::{parse_module, SyntaxError, SyntaxErrorKind};
