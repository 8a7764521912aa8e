//! `SyntaxError` and its subclasses, as data.
//!
//! The fields are CPython's (`msg`, `lineno`, `offset`, `end_lineno`,
//! `end_offset`, `text`) so that a binding can rebuild the exact exception and
//! the CLI can print exactly what `python3` prints.

use std::fmt;

use super::ast::Span;
use super::LineIndex;

/// Which builtin class the error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`
    SyntaxError,
    /// `IndentationError` (a subclass of `SyntaxError`).
    IndentationError,
    /// `TabError` (a subclass of `IndentationError`).
    TabError,
}

impl fmt::Display for SyntaxErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        })
    }
}

/// A syntax error found while reading or compiling a program.
///
/// `span` is the byte range the error points at; the line/column fields are
/// CPython's 1-based values derived from it (columns count characters), and
/// may be set directly where CPython reports positions that no span gives
/// (e.g. `end_offset == -1` for "unexpected indent").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The exception class.
    pub kind: SyntaxErrorKind,
    /// The message, e.g. `expected ':'`.
    pub msg: String,
    /// The byte range in the source.
    pub span: Span,
    /// 1-based line of the start.
    pub lineno: u32,
    /// 1-based character column of the start (CPython's `offset`).
    pub offset: i32,
    /// 1-based line of the end.
    pub end_lineno: u32,
    /// 1-based character column one past the end (CPython's `end_offset`).
    pub end_offset: i32,
    /// CPython's `text` when it is not physical line `lineno` of the source,
    /// e.g. `"(a b)\n"` for an error inside an f-string expression, which
    /// CPython 3.11 parses apart; `None` (the usual case) means that line.
    pub text: Option<String>,
}

impl SyntaxError {
    /// The `end_offset` of an error CPython reports with no end column (its
    /// `end_offset` is `None`), e.g. `from __future__ import braces`.
    pub const NO_END_OFFSET: i32 = i32::MIN;

    /// An error of `kind` at `span`, with CPython's position fields derived from it.
    pub fn new(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        span: Span,
        index: &LineIndex,
    ) -> Self {
        let (lineno, col) = index.line_col(span.start);
        let (end_lineno, end_col) = index.line_col(span.end);
        SyntaxError {
            kind,
            msg: msg.into(),
            span,
            lineno,
            offset: col as i32 + 1,
            end_lineno,
            end_offset: end_col as i32 + 1,
            text: None,
        }
    }

    /// A plain `SyntaxError` at `span`.
    pub fn syntax(msg: impl Into<String>, span: Span, index: &LineIndex) -> Self {
        Self::new(SyntaxErrorKind::SyntaxError, msg, span, index)
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {})", self.kind, self.msg, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}
