//! The fast parser: a hand-written recursive-descent parser for the happy path.
//!
//! `parse_module` runs it first and falls back to the pest parser
//! (`syntax/parse/`) when it gives up. It never reports errors: on anything
//! it does not handle, or that CPython (or the pest builder) would reject, it
//! returns `None`, and the pest path produces CPython's exact `SyntaxError`.
//! See `syntax/README.md` for why there are two parsers and how their trees
//! are kept identical.
//!
//! It reads the same pre-pass text as the grammar (`indent.rs`) and builds
//! spans with the same offset map, so node positions agree by construction:
//! a node spans from its first token to its last one, parentheses included,
//! except that `(x)` is `x` itself. `lexer.rs` splits the text; `stmt.rs`
//! and `compound.rs` read statements, `expr.rs` operators by precedence,
//! `atom.rs` atoms, trailers and displays, `args.rs` call arguments and
//! parameters, `strings.rs` literals and f-strings, `pattern.rs` `match`.

mod args;
mod atom;
mod compound;
mod expr;
pub(super) mod lexer;
mod pattern;
mod stmt;
mod strings;

use super::ast::{Span, Stmt};
use std::cell::Cell;

use super::indent::{Prepared, Segment};
use super::parse::too_recursive;
use lexer::{Tok, T};

/// The fast parser's result: `None` means "let the pest parser decide".
pub(super) type R<T> = Option<T>;

/// How deep the fast parser recurses before it gives up (the pest builder
/// reports "too many nested expressions" at 2,900 of its own, coarser, levels;
/// this stays well below, and bounds the Rust stack).
const MAX_DEPTH: u32 = 1_000;

/// The parser state: the tokens and where their text sits in the pre-pass text.
pub(super) struct Parser<'a> {
    /// The pre-pass text of the file (spans map through it).
    prepared: &'a Prepared,
    /// The text the tokens index (the file, or an f-string field's `(expr)`).
    text: &'a str,
    /// Offset of `text` in the file's pre-pass text.
    base: usize,
    toks: Vec<Tok>,
    pos: usize,
    depth: u32,
    /// Statements read so far (the clock is read every
    /// [`super::deadline::STATEMENTS_PER_CHECK`] of them).
    statements: u32,
    /// The offset-map stretch of the last span computed (spans come in
    /// nearly increasing order, so this saves most lookups).
    segment: Cell<Segment>,
    /// Every name token of `toks` is ASCII ([`Prepared::names_ascii`]).
    names_ascii: bool,
}

/// A line with fewer bytes than this outside string literals cannot hold the
/// 1,000 recursive constructs (two bytes or more each, none inside a string:
/// `too_recursive` skips them) that make the pest path refuse it.
const SHORT_LINE: usize = 2_000;

/// The statements of a whole file, or, when the fast parser gave up, the
/// complete top-level statements it read before and the pre-pass text
/// offset where the next one starts: the pest path reads the file from
/// there (what comes before is valid, and a file's statements parse
/// independently), so a failure at the end of a big file costs the pest
/// passes its last statement, not the whole file.
/// `toks` and `longest` are the pre-pass's [`Prepared::tokens`].
pub(super) fn parse_file(
    prepared: &Prepared,
    toks: Vec<Tok>,
    longest: usize,
) -> Result<Vec<Stmt>, (Vec<Stmt>, usize)> {
    if longest >= SHORT_LINE && too_recursive(&prepared.text).is_some() {
        return Err((Vec::new(), 0));
    }
    let mut p = Parser {
        prepared,
        text: &prepared.text,
        base: 0,
        toks,
        pos: 0,
        depth: 0,
        statements: 0,
        segment: Cell::new(prepared.segment(0)),
        names_ascii: prepared.names_ascii,
    };
    let mut body = Vec::new();
    while p.kind() != T::Eof {
        let (start, read) = (p.start() as usize, body.len());
        if p.statement(&mut body).is_none() {
            body.truncate(read);
            return Err((body, start));
        }
    }
    Ok(body)
}

impl<'a> Parser<'a> {
    /// The current token's kind.
    fn kind(&self) -> T {
        self.toks.get(self.pos).map_or(T::Eof, |t| t.kind)
    }

    /// The kind of the token `n` places ahead.
    fn peek(&self, n: usize) -> T {
        self.toks.get(self.pos + n).map_or(T::Eof, |t| t.kind)
    }

    /// The current token.
    fn tok(&self) -> Tok {
        self.toks.get(self.pos).copied().unwrap_or(Tok {
            kind: T::Eof,
            start: self.text.len() as u32,
            end: self.text.len() as u32,
        })
    }

    /// The text of a token.
    fn tok_text(&self, t: Tok) -> &'a str {
        self.text
            .get(t.start as usize..t.end as usize)
            .unwrap_or("")
    }

    /// The current token's text.
    fn cur_text(&self) -> &'a str {
        self.tok_text(self.tok())
    }

    /// Where the current token starts (a text offset).
    fn start(&self) -> u32 {
        self.tok().start
    }

    /// Where the last consumed token ends.
    fn prev_end(&self) -> u32 {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.toks.get(i))
            .map_or(0, |t| t.end)
    }

    /// Consumes the current token.
    fn bump(&mut self) {
        self.pos += 1;
    }

    /// Consumes a token of kind `k` if it is next.
    fn eat(&mut self, k: T) -> bool {
        if self.kind() == k {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Consumes a token of kind `k`, or gives up.
    fn expect(&mut self, k: T) -> R<()> {
        self.eat(k).then_some(())
    }

    /// Whether the current token is the operator `op`.
    fn at_op(&self, op: &str) -> bool {
        matches!(self.kind(), T::Op) && self.cur_text() == op
    }

    /// The source span of the text range `start..end`, as the pest builder
    /// computes it (`Builder::text_span`).
    ///
    /// Inlined: it runs for nearly every node, and the usual case (both ends
    /// in the cached stretch, an ASCII last byte) is a few instructions; the
    /// rest is [`Parser::span_slow`].
    #[inline]
    fn span(&self, start: u32, end: u32) -> Span {
        let (start, end) = (start as usize + self.base, end as usize + self.base);
        let segment = self.segment.get();
        if start < end
            && segment.contains(start as u32)
            && segment.contains(end as u32 - 1)
            && self
                .prepared
                .text
                .as_bytes()
                .get(end - 1)
                .is_some_and(u8::is_ascii)
        {
            let s = segment.map(start as u32);
            return Span::new(s, (segment.map(end as u32 - 1) + 1).max(s));
        }
        self.span_slow(start, end)
    }

    /// [`Parser::span`] of the file text range `start..end` outside the
    /// cached stretch, empty, or ending in a non-ASCII character.
    #[cold]
    #[inline(never)]
    fn span_slow(&self, start: usize, end: usize) -> Span {
        let s = self.source_offset(start);
        if end <= start {
            return Span::new(s, s);
        }
        let text = self.prepared.text.as_bytes();
        let mut last = end - 1;
        let len = match text.get(last) {
            Some(b) if b.is_ascii() => 1,
            _ => {
                let text = &self.prepared.text;
                while last > start && !text.is_char_boundary(last) {
                    last -= 1;
                }
                text.get(last..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8)
            }
        };
        let e = self.source_offset(last) + len as u32;
        Span::new(s, e.max(s))
    }

    /// [`Prepared::source_offset`], through the cached stretch.
    fn source_offset(&self, text_offset: usize) -> u32 {
        let t = text_offset as u32;
        let mut segment = self.segment.get();
        if !segment.contains(t) {
            segment = self.prepared.segment(text_offset);
            self.segment.set(segment);
        }
        segment.map(t)
    }

    /// The span from text offset `start` to the end of the last consumed token.
    #[inline]
    fn span_from(&self, start: u32) -> Span {
        self.span(start, self.prev_end())
    }

    /// Counts one more level of nesting; gives up past [`MAX_DEPTH`].
    fn descend(&mut self) -> R<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    /// Counts one more statement; gives up when the parse deadline has
    /// passed (looked at every [`super::deadline::STATEMENTS_PER_CHECK`]
    /// statements).
    fn count_statement(&mut self) -> R<()> {
        self.statements = self.statements.wrapping_add(1);
        if self
            .statements
            .is_multiple_of(super::deadline::STATEMENTS_PER_CHECK)
            && super::deadline::passed()
        {
            return None;
        }
        Some(())
    }

    /// Undoes [`Parser::descend`].
    fn ascend(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}
