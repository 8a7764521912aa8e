//! Source text → [`ast::Module`], or a CPython-compatible [`SyntaxError`].
//!
//! Two parsers read the pre-pass text (`indent.rs`): the hand-written
//! `fast/` one first, and when it gives up the pest one (`parse/`), which
//! is the reference and reports CPython's errors. `README.md` tells why and
//! how their trees are kept identical.
//!
//! Nothing from pest escapes this module: callers see only the AST types,
//! [`Span`](ast::Span), [`LineIndex`] and [`SyntaxError`].

pub mod ast;
pub(crate) mod deadline;
mod dump;
mod error;
mod fast;
mod fstring;
mod indent;
mod line_index;
mod number;
mod parse;
mod render;
mod strings;
mod token_error;

pub use dump::{dump, dump_with_attributes};
pub use error::{SyntaxError, SyntaxErrorKind};
pub use line_index::LineIndex;
pub(crate) use parse::parse_module_indexed;
pub use parse::{parse_module, parse_module_fast, parse_module_reference};
