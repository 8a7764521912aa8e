//! The pest parser and the state shared by every AST-building function.

use pest::iterators::{Pair, Pairs};
use pest_derive::Parser;

use super::super::ast::Span;
use super::super::indent::Prepared;
use super::super::{LineIndex, SyntaxError, SyntaxErrorKind};

/// The grammar in `core/src/grammar.pest`.
#[derive(Parser)]
#[grammar = "grammar.pest"]
pub(super) struct PythonParser;

/// One parse-tree node.
pub(super) type P<'i> = Pair<'i, Rule>;
/// The children of a node.
pub(super) type Children<'i> = Pairs<'i, Rule>;
/// A build step's result.
pub(super) type PResult<T> = Result<T, SyntaxError>;

/// How deep the built tree may get. CPython fails near 3,000 levels
/// (RecursionError/MemoryError); deeper trees would also overflow the Rust stack
/// of every later recursive pass (and of `Drop`).
pub(super) const MAX_DEPTH: u32 = 2_900;

/// What every build step needs: the pre-pass text and how to map it back.
pub(super) struct Builder<'a> {
    /// The pre-pass result (text the grammar parsed, offset map).
    pub prepared: &'a Prepared,
    /// Line starts of the original source, for error positions.
    pub index: &'a LineIndex,
    /// Current nesting of the tree being built (see [`MAX_DEPTH`]).
    pub depth: u32,
    /// Offset in the pre-pass text of the input pest parsed: 0 for the file,
    /// the field's start while building an f-string field parsed on its own.
    pub base: usize,
}

impl<'a> Builder<'a> {
    /// The text the grammar parsed.
    pub fn text(&self) -> &'a str {
        &self.prepared.text
    }

    /// Source span of the text range `start..end` (end exclusive).
    pub fn text_span(&self, start: usize, end: usize) -> Span {
        let s = self.prepared.source_offset(start);
        if end <= start {
            return Span::new(s, s);
        }
        // Map the last byte's char, then add its length: `end` itself may sit
        // after text the pre-pass inserted or removed.
        let text = self.text();
        let mut last = end - 1;
        while last > start && !text.is_char_boundary(last) {
            last -= 1;
        }
        let len = text[last..].chars().next().map_or(1, char::len_utf8);
        let e = self.prepared.source_offset(last) + len as u32;
        Span::new(s, e.max(s))
    }

    /// Source span of a node, without the trailing whitespace pest may include.
    pub fn span(&self, pair: &P<'_>) -> Span {
        let s = pair.as_span();
        // A compound statement's pair ends with its block's NEWLINE and
        // DEDENT; CPython ends it at the last token (a trailing `;` too).
        let trimmed =
            s.as_str()
                .trim_end_matches([' ', '\t', '\x0C', '\n', super::super::indent::DEDENT]);
        let start = self.base + s.start();
        self.text_span(start, start + trimmed.len())
    }

    /// A `SyntaxError` at `span`.
    pub fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span, self.index)
    }

    /// The error for a parse-tree shape the builder does not expect (a bug).
    #[cold]
    pub fn internal(&self, pair: &P<'_>) -> SyntaxError {
        self.error(
            format!("internal parser error ({:?})", pair.as_rule()),
            self.span(pair),
        )
    }

    /// The next child, or an internal error naming `parent`.
    pub fn next<'i>(&self, it: &mut Children<'i>, parent: &P<'_>) -> PResult<P<'i>> {
        it.next().ok_or_else(|| self.internal(parent))
    }

    /// The first child of `pair`.
    pub fn first<'i>(&self, pair: &P<'i>) -> PResult<P<'i>> {
        pair.clone()
            .into_inner()
            .next()
            .ok_or_else(|| self.internal(pair))
    }

    /// Counts `n` more levels of tree nesting; fails past [`MAX_DEPTH`].
    pub fn descend(&mut self, n: u32, span: Span) -> PResult<()> {
        self.depth += n;
        if self.depth > MAX_DEPTH {
            return Err(too_deep(span, self.index));
        }
        Ok(())
    }

    /// Undoes [`Builder::descend`].
    pub fn ascend(&mut self, n: u32) {
        self.depth = self.depth.saturating_sub(n);
    }
}

/// The error for a tree nested too deeply to build (CPython raises
/// `RecursionError` or `MemoryError` from its parser here).
#[cold]
pub(super) fn too_deep(span: Span, index: &LineIndex) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        "too many nested expressions",
        span,
        index,
    )
}
