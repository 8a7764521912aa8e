//! Source text → [`ast::Module`], or a CPython-compatible [`SyntaxError`].
//!
//! Nothing from pest escapes this module: callers see only the AST types,
//! [`Span`](ast::Span), [`LineIndex`] and [`SyntaxError`].

pub mod ast;
mod dump;
mod error;
mod line_index;
mod render;

pub use dump::{dump, dump_with_attributes};
pub use error::{SyntaxError, SyntaxErrorKind};
pub use line_index::LineIndex;
