//! Source text → [`ast::Module`], or a CPython-compatible [`SyntaxError`].
//!
//! Nothing from pest escapes this module: callers see only the AST types,
//! [`Span`](ast::Span), [`LineIndex`] and [`SyntaxError`].

pub mod ast;
mod error;
mod fstring;
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "consumed by the parser (parse.rs), merged separately"
    )
)]
mod indent;
mod line_index;
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "consumed by the parser (parse.rs), merged separately"
    )
)]
mod number;
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "consumed by the parser (parse.rs), merged separately"
    )
)]
mod strings;
mod token_error;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use line_index::LineIndex;
