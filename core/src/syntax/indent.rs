//! The indentation pre-pass: the part of CPython's tokenizer that a PEG cannot do.
//!
//! pest parses [`Prepared::text`], a copy of the source in which every logical
//! line ends with exactly one `'\n'` (the NEWLINE token), indentation changes
//! are [`INDENT`]/[`DEDENT`] characters placed right before the first token of
//! the line, and comments, blank lines, bracketed newlines and backslash
//! continuations are spaces. Every replacement keeps the byte length, so the
//! only offset shifts are the inserted markers (and a skipped BOM); they are
//! recorded as anchors for [`Prepared::source_offset`].
//!
//! Errors the tokenizer finds (unterminated strings, brackets, bad
//! indentation, invalid characters, malformed numbers) stop the pass: `text`
//! then holds everything before the bad token (for a bracket never closed:
//! the whole rest of the file), so that the parser reads the tokens CPython's
//! parser reads before it fetches the bad one, and reports its own error
//! when it fails first. "unexpected indent" (a parser error in CPython, found
//! here because it needs no grammar: the previous logical line does not end
//! with `:`) cuts `text` at its line, but the scan goes on, because when
//! CPython's parser fails it tokenizes the rest of the file and a later
//! tokenizer error wins ([`Prepared::parser_error`]).
//!
//! Positions in the errors are those `python3 FILE` reports (some are byte
//! columns or `-1`/`0`, as in CPython), not those of `compile(str)`, which
//! differ for a few tokenizer errors.

use std::cmp::Ordering;

use super::fast::lexer::{keyword, punctuation, Tok, T};
use super::number::{scan_number, starts_number};
use super::token_error::{line_start, TokenErrors};
use super::{LineIndex, SyntaxError};

/// Marks one more indentation level (CPython's INDENT token).
pub(crate) const INDENT: char = '\u{21E5}';
/// Marks one closed indentation level (CPython's DEDENT token).
pub(crate) const DEDENT: char = '\u{21E4}';

/// CPython's `TABSIZE`: a tab moves to the next multiple of 8.
const TAB_SIZE: u32 = 8;
/// CPython's `MAXINDENT`: indentation levels, the module level included.
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: nested brackets.
const MAX_LEVEL: usize = 200;

/// The source rewritten for the grammar, with the map back to source offsets.
#[derive(Clone, Debug)]
pub(crate) struct Prepared {
    /// What the pest grammar parses.
    pub text: String,
    /// From `text` offset `anchor.text` on, text and source advance together.
    anchors: Vec<Anchor>,
    source_len: u32,
    /// The first tokenizer error; `text` stops before its logical line.
    pub error: Option<SyntaxError>,
    /// What replaces a parser error on a line after the given one.
    after_parser_error: Option<(u32, SyntaxError)>,
    /// The tokens of `text` for the fast parser, ending with [`T::Eof`], and
    /// the length of its longest line, string literals not counted; `None`
    /// after an error, or when the text holds a token the fast parser leaves
    /// to the pest one.
    pub tokens: Option<(Vec<Tok>, usize)>,
    /// Every name token is ASCII (no NFKC normalisation to try).
    pub names_ascii: bool,
}

/// Text offsets `start..end` map to source offsets from `source` on.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Segment {
    /// The first text offset of the stretch.
    pub start: u32,
    /// The text offset after the stretch.
    pub end: u32,
    /// The source offset of `start`.
    source: u32,
    source_len: u32,
}

impl Segment {
    /// Whether text offset `t` is in this stretch.
    #[inline]
    pub(crate) fn contains(&self, t: u32) -> bool {
        self.start <= t && t < self.end
    }

    /// The source offset of text offset `t` (in this stretch), as
    /// [`Prepared::source_offset`] computes it.
    #[inline]
    pub(crate) fn map(&self, t: u32) -> u32 {
        self.source
            .saturating_add(t.saturating_sub(self.start))
            .min(self.source_len)
    }
}

/// A point where `text` and the source offsets start to agree again.
#[derive(Clone, Copy, Debug)]
struct Anchor {
    text: u32,
    source: u32,
}

impl Prepared {
    /// The source byte offset of byte `text_offset` of [`Prepared::text`].
    ///
    /// A marker maps to the token it precedes; the end of `text` (and the
    /// DEDENTs appended there) map to the end of the source.
    pub(crate) fn source_offset(&self, text_offset: usize) -> u32 {
        let t = text_offset as u32;
        let i = self.anchors.partition_point(|a| a.text <= t);
        let base = i
            .checked_sub(1)
            .and_then(|i| self.anchors.get(i))
            .map_or(Anchor { text: 0, source: 0 }, |a| *a);
        base.source
            .saturating_add(t.saturating_sub(base.text))
            .min(self.source_len)
    }

    /// The stretch of `text` around `text_offset` over which text and source
    /// advance together, for callers that map many nearby offsets (the fast
    /// parser): within it, [`Prepared::source_offset`] is [`Segment::map`].
    pub(crate) fn segment(&self, text_offset: usize) -> Segment {
        let t = text_offset as u32;
        let i = self.anchors.partition_point(|a| a.text <= t);
        let base = i
            .checked_sub(1)
            .and_then(|i| self.anchors.get(i))
            .map_or(Anchor { text: 0, source: 0 }, |a| *a);
        Segment {
            start: base.text,
            end: self.anchors.get(i).map_or(u32::MAX, |a| a.text),
            source: base.source,
            source_len: self.source_len,
        }
    }

    /// The error to report when the parser fails with `error` before the end
    /// of `text` (on success or at the very end, report [`Prepared::error`]);
    /// `last_line` is the line of the last token the parser read, `None`
    /// when it read to the end of the input.
    ///
    /// CPython then tokenizes the rest of the file (`Parser/pegen_errors.c`,
    /// `_PyPegen_tokenize_full_source_to_check_for_errors`): a later
    /// unterminated string, invalid character, bracket or number error wins,
    /// and so does a bracket never closed on a line before that last token's.
    /// Reading the end of the input inside a bracket is "never closed" at once.
    pub(crate) fn parser_error(&self, error: SyntaxError, last_line: Option<u32>) -> SyntaxError {
        match &self.after_parser_error {
            Some((line, later)) if last_line.is_none_or(|l| l > *line) => later.clone(),
            _ => error,
        }
    }
}

/// Runs the pre-pass over `source`; `index` must be built from the same source.
pub(crate) fn prepare(source: &str, index: &LineIndex) -> Prepared {
    let mut scanner = Scanner::new(source, index);
    let stop = scanner.run().err();
    scanner.finish(stop)
}

/// Lines the pre-pass reads between two looks at the parse deadline.
const LINES_PER_CHECK: u32 = 4096;

/// One open indentation level: CPython's `indstack`/`altindstack` pair.
#[derive(Clone, Copy)]
struct Level {
    col: u32,
    /// The column with tabs counted as 1, to detect ambiguous tab use.
    altcol: u32,
}

/// One open bracket and where it is.
#[derive(Clone, Copy)]
struct Bracket {
    ch: u8,
    pos: usize,
}

/// The pass state: a cursor over the source and the text written so far.
struct Scanner<'a> {
    source: &'a str,
    bytes: &'a [u8],
    /// The source length, or the start of the first line with a NUL byte:
    /// CPython rejects that line when it reads it, so the scan stops there.
    end: usize,
    index: &'a LineIndex,
    pos: usize,
    /// The text written so far, except the source bytes `copied..pos`:
    /// bytes that go to the text verbatim are only skipped over, and copied
    /// a stretch at a time when something else is written ([`Scanner::flush`]).
    text: String,
    /// The source offset up to which `text` is written.
    copied: usize,
    anchors: Vec<Anchor>,
    levels: Vec<Level>,
    brackets: Vec<Bracket>,
    /// `text.len()` when the current logical line started.
    line_text_start: usize,
    /// `text.len()` when the current token (or line, or the end) started:
    /// after an error `text` stops there, so that the parser sees the tokens
    /// CPython's parser can read before it fetches the bad one.
    token_text_start: usize,
    /// The current logical line has a token.
    line_has_tokens: bool,
    /// The last token of the current logical line is `:`.
    last_colon: bool,
    /// The previous logical line ended with `:`, so an indent may follow.
    prev_colon: bool,
    /// The first "unexpected indent", with the `text` length to cut back to.
    unexpected_indent: Option<(SyntaxError, usize)>,
    /// The tokens of the text written so far.
    rec: Recorded,
}

/// What the scan records for the fast parser ([`Prepared::tokens`]).
struct Recorded {
    toks: Vec<Tok>,
    /// No token so far is one the fast parser leaves to the pest one.
    lexable: bool,
    /// The text offset where the current line (after the last NEWLINE) starts.
    line_begin: usize,
    /// The longest line between two NEWLINEs so far, in text bytes outside
    /// string literals (where `too_recursive` finds nothing: a module's long
    /// docstring is not a reason to look).
    longest: usize,
    /// The text bytes of the string literals of the current line.
    line_strings: usize,
    /// No name so far has a non-ASCII character.
    names_ascii: bool,
}

impl Recorded {
    /// The current line's text bytes up to text offset `end`, its string
    /// literals not counted (what [`Recorded::longest`] measures).
    fn line_outside_strings(&self, end: usize) -> usize {
        (end - self.line_begin).saturating_sub(self.line_strings)
    }
}

/// Why the scan stopped. CPython's tokenizer errors are of two kinds, which
/// matter when its parser fails first and it then tokenizes the rest.
///
/// The error is boxed so that a `Result<_, Stop>`, returned for every token,
/// fits in registers.
enum Stop {
    /// Raised as an exception (`syntaxerror()` in `tokenizer.c`); the scan of
    /// the rest of the file finds it and reports it instead.
    Hard(Box<SyntaxError>),
    /// Only sets the tokenizer's state (bad indentation, backslash, end of
    /// input): the scan of the rest stops there, and reports only a bracket
    /// left open on a line before the parser's error.
    Soft(Box<SyntaxError>),
}

impl Stop {
    #[cold]
    fn hard(error: SyntaxError) -> Stop {
        Stop::Hard(Box::new(error))
    }

    #[cold]
    fn soft(error: SyntaxError) -> Stop {
        Stop::Soft(Box::new(error))
    }
}

impl<'a> Scanner<'a> {
    fn new(source: &'a str, index: &'a LineIndex) -> Self {
        let bytes = source.as_bytes();
        let start = if source.starts_with('\u{FEFF}') { 3 } else { 0 };
        let end = memchr::memchr(0, bytes).map_or(bytes.len(), |nul| line_start(bytes, nul));
        Scanner {
            source,
            bytes,
            end,
            index,
            pos: start,
            text: String::with_capacity(source.len() + 64),
            copied: start,
            anchors: vec![Anchor {
                text: 0,
                source: start as u32,
            }],
            levels: vec![Level { col: 0, altcol: 0 }],
            brackets: Vec::new(),
            line_text_start: 0,
            token_text_start: 0,
            line_has_tokens: false,
            last_colon: false,
            prev_colon: false,
            unexpected_indent: None,
            rec: Recorded {
                toks: Vec::with_capacity(source.len() / 4 + 8),
                lexable: true,
                line_begin: 0,
                longest: 0,
                line_strings: 0,
                names_ascii: true,
            },
        }
    }

    /// The main loop: CPython's `tok_get`, one token (or line start) per turn.
    fn run(&mut self) -> Result<(), Stop> {
        let mut at_line_start = true;
        let mut blank = false;
        let mut lines = 0_u32;
        loop {
            if at_line_start {
                at_line_start = false;
                self.token_text_start = self.text_len();
                blank = self.indentation()?;
            }
            while let Some(b' ' | b'\t' | b'\x0C') = self.peek() {
                self.copy_byte();
            }
            self.token_text_start = self.text_len();
            let Some(c) = self.peek() else {
                return self.at_eof();
            };
            match c {
                b'#' => self.comment(),
                b'\n' | b'\r' => {
                    self.newline(blank);
                    at_line_start = true;
                    lines += 1;
                    // The time limit (`deadline.rs`), every few thousand lines:
                    // the error is never shown (the caller reports the limit).
                    if lines.is_multiple_of(LINES_PER_CHECK) && super::deadline::passed() {
                        let span = super::ast::Span::default();
                        let error = SyntaxError::syntax("parse deadline passed", span, self.index);
                        return Err(Stop::hard(error));
                    }
                }
                b'\\' => self.continuation(false)?,
                _ => {
                    self.line_has_tokens = true;
                    self.last_colon = false;
                    let kind = self.token(c)?;
                    self.push_token(kind, self.token_text_start);
                }
            }
        }
    }

    /// One token starting with byte `c`, and its kind.
    fn token(&mut self, c: u8) -> Result<T, Stop> {
        match c {
            // Names first, the most common token; no token before the number
            // arm starts like a number.
            b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80..=0xFF => self.name(),
            b'\'' | b'"' => self.string(self.pos).map(|()| T::Str),
            b'(' | b'[' | b'{' => self.open_bracket(c),
            b')' | b']' | b'}' => self.close_bracket(c),
            b':' => {
                self.copy_byte();
                if self.peek() == Some(b'=') {
                    self.copy_byte();
                    return Ok(T::ColonEqual);
                }
                self.last_colon = true;
                Ok(T::Colon)
            }
            _ if starts_number(self.bytes, self.pos) => self.number().map(|()| T::Number),
            0x21..=0x7E => Ok(self.operator()),
            _ => Err(Stop::hard(self.errors().non_printable(self.pos))),
        }
    }

    /// An operator or delimiter (the longest the fast lexer knows); a byte
    /// it does not know (`$`, `?`, a lone `!`) is left to the pest parser.
    fn operator(&mut self) -> T {
        let rest = self.bytes.get(self.pos..self.end).unwrap_or_default();
        match punctuation(rest) {
            Some((kind, len)) => {
                self.pos += len;
                kind
            }
            None => {
                self.rec.lexable = false;
                self.copy_byte();
                T::Op
            }
        }
    }

    /// Records a token of kind `kind` from text offset `start` to the text
    /// written so far.
    fn push_token(&mut self, kind: T, start: usize) {
        let end = self.text_len();
        if kind == T::Str {
            self.rec.line_strings += end - start;
        }
        self.rec.toks.push(Tok {
            kind,
            start: start as u32,
            end: end as u32,
        });
    }

    /// Records a NEWLINE token at text offset `at`.
    fn push_newline(&mut self, at: usize) {
        self.rec.longest = self.rec.longest.max(self.rec.line_outside_strings(at));
        self.rec.line_begin = at + 1;
        self.rec.line_strings = 0;
        self.rec.toks.push(Tok {
            kind: T::Newline,
            start: at as u32,
            end: at as u32 + 1,
        });
    }

    /// Reads the leading whitespace of a physical line and emits INDENT/DEDENT
    /// markers; returns whether the line is blank (only whitespace/comment).
    fn indentation(&mut self) -> Result<bool, Stop> {
        // The usual indentation, spaces alone, in one loop; the general
        // loop below goes on from there.
        let rest = self.bytes.get(self.pos..self.end).unwrap_or_default();
        let spaces = rest.iter().take_while(|&&b| b == b' ').count();
        self.pos += spaces;
        let (mut col, mut altcol) = (spaces as u32, spaces as u32);
        // CPython's `cont_line_col`: with a backslash in the indentation, the
        // column of the first backslash is the line's indentation (0 = unset).
        let mut cont_col = 0;
        loop {
            match self.peek() {
                Some(b' ') => (col, altcol) = (col + 1, altcol + 1),
                Some(b'\t') => (col, altcol) = ((col / TAB_SIZE + 1) * TAB_SIZE, altcol + 1),
                Some(b'\x0C') => (col, altcol) = (0, 0),
                Some(b'\\') => {
                    if cont_col == 0 {
                        cont_col = col;
                    }
                    self.continuation(true)?;
                    continue;
                }
                _ => break,
            }
            self.copy_byte();
        }
        if matches!(self.peek(), None | Some(b'#' | b'\n' | b'\r')) {
            return Ok(true);
        }
        if self.brackets.is_empty() {
            if cont_col != 0 {
                (col, altcol) = (cont_col, cont_col);
            }
            self.change_level(col, altcol)?;
        }
        Ok(false)
    }

    /// Compares the new line's indentation with the stack (CPython's checks,
    /// in its order) and emits the markers before the first token.
    fn change_level(&mut self, col: u32, altcol: u32) -> Result<(), Stop> {
        let top = self.top_level();
        match col.cmp(&top.col) {
            Ordering::Equal if altcol != top.altcol => {
                Err(Stop::soft(self.errors().tab_error(self.pos)))
            }
            Ordering::Equal => Ok(()),
            Ordering::Greater => self.indent(col, altcol),
            Ordering::Less => self.dedent(col, altcol),
        }
    }

    fn top_level(&self) -> Level {
        self.levels
            .last()
            .copied()
            .unwrap_or(Level { col: 0, altcol: 0 })
    }

    /// One more level; only after a line that ends with `:` (the parser's
    /// "unexpected indent" otherwise, found here because it needs no grammar).
    fn indent(&mut self, col: u32, altcol: u32) -> Result<(), Stop> {
        if self.levels.len() >= MAX_INDENT {
            return Err(Stop::soft(self.errors().too_deep(self.pos)));
        }
        if altcol <= self.top_level().altcol {
            return Err(Stop::soft(self.errors().tab_error(self.pos)));
        }
        if !self.prev_colon && self.unexpected_indent.is_none() {
            // The parser's error, not the tokenizer's: CPython's tokenizer
            // goes on, so the scan goes on to find what it would find next.
            let error = self.errors().unexpected_indent(self.pos);
            self.unexpected_indent = Some((error, self.line_text_start));
        }
        self.levels.push(Level { col, altcol });
        self.marker(INDENT);
        Ok(())
    }

    /// Closes every level deeper than `col`, which must be an open level.
    fn dedent(&mut self, col: u32, altcol: u32) -> Result<(), Stop> {
        let mut dedents = 0;
        while self.levels.len() > 1 && col < self.top_level().col {
            self.levels.pop();
            dedents += 1;
        }
        let top = self.top_level();
        if col != top.col {
            return Err(Stop::soft(self.errors().dedent_mismatch(self.pos)));
        }
        if altcol != top.altcol {
            return Err(Stop::soft(self.errors().tab_error(self.pos)));
        }
        for _ in 0..dedents {
            self.marker(DEDENT);
        }
        Ok(())
    }

    /// Inserts a marker before the token at `pos`; it maps to that token.
    fn marker(&mut self, marker: char) {
        self.flush();
        let start = self.text.len();
        self.text.push(marker);
        let kind = if marker == INDENT {
            T::Indent
        } else {
            T::Dedent
        };
        self.push_token(kind, start);
        self.anchors.push(Anchor {
            text: self.text.len() as u32,
            source: self.pos as u32,
        });
    }

    /// A comment becomes spaces, up to the end of the physical line.
    fn comment(&mut self) {
        self.flush();
        let rest = self.bytes.get(self.pos..self.end).unwrap_or_default();
        let len = memchr::memchr2(b'\n', b'\r', rest).unwrap_or(rest.len());
        self.spaces(len);
    }

    /// Replaces the next `len` source bytes with spaces (after a flush).
    fn spaces(&mut self, len: usize) {
        self.text.extend(std::iter::repeat_n(' ', len));
        self.pos += len;
        self.copied = self.pos;
    }

    /// A physical line end: NEWLINE, or spaces in a blank line or brackets.
    fn newline(&mut self, blank: bool) {
        let len = newline_len(self.bytes, self.pos);
        let joined = blank || !self.brackets.is_empty();
        if joined {
            self.flush();
            self.spaces(len);
        } else if len == 1 && self.bytes.get(self.pos) == Some(&b'\n') {
            // A plain `\n` NEWLINE is copied with the stretch it ends.
            self.push_newline(self.text_len());
            self.pos += 1;
        } else {
            self.flush();
            if len == 2 {
                self.text.push(' ');
            }
            self.push_newline(self.text.len());
            self.text.push('\n');
            self.pos += len;
            self.copied = self.pos;
        }
        if !joined {
            self.line_text_start = self.text_len();
            self.line_has_tokens = false;
            self.prev_colon = self.last_colon;
            self.last_colon = false;
        }
    }

    /// A backslash outside strings: it must end the physical line, which then
    /// joins the next one (both become spaces).
    fn continuation(&mut self, in_indentation: bool) -> Result<(), Stop> {
        let backslash = self.pos;
        let after = backslash + 1;
        let len = newline_len(self.bytes, after);
        if len == 0 && after < self.end {
            return Err(Stop::soft(self.errors().bad_continuation(after)));
        }
        let next = after + len;
        if next >= self.end {
            self.check_nul()?;
            if let Some(open) = self.brackets.last() {
                return Err(Stop::soft(self.errors().never_closed(open.ch, open.pos)));
            }
            return Err(Stop::soft(
                self.errors()
                    .eof_after_continuation(backslash, in_indentation),
            ));
        }
        self.flush();
        self.spaces(next - backslash);
        Ok(())
    }

    /// A string literal starting at `start` (its prefix), with `pos` on the
    /// opening quote; copied verbatim. Prefixes do not matter here: a
    /// backslash always protects the next character, even in raw strings.
    fn string(&mut self, start: usize) -> Result<(), Stop> {
        let quote = self.bytes.get(self.pos).copied().unwrap_or(b'"');
        let triple = self.bytes.get(self.pos + 1) == Some(&quote)
            && self.bytes.get(self.pos + 2) == Some(&quote);
        let mut i = self.pos + if triple { 3 } else { 1 };
        let mut closing = 0;
        while closing < if triple { 3 } else { 1 } {
            if triple && closing == 0 {
                // Inside a triple-quoted string only a quote or a backslash
                // matters: skip to the next one (a long template's text).
                let rest = self.bytes.get(i..self.end).unwrap_or_default();
                i += memchr::memchr2(quote, b'\\', rest).unwrap_or(rest.len());
            }
            let Some(&b) = self.bytes.get(i).filter(|_| i < self.end) else {
                self.check_nul()?;
                let last = self.end.saturating_sub(1);
                return Err(Stop::hard(
                    self.errors().unterminated_string(start, triple, last),
                ));
            };
            match b {
                b'\n' | b'\r' if !triple => {
                    return Err(Stop::hard(
                        self.errors().unterminated_string(start, false, i),
                    ));
                }
                _ if b == quote => {
                    closing += 1;
                    i += 1;
                    continue;
                }
                // A backslash protects the next character; `\r\n` counts as one.
                b'\\' => {
                    let len = newline_len(self.bytes, i + 1);
                    if len == 2 && !triple {
                        // The fast parser leaves this continuation to pest.
                        self.rec.lexable = false;
                    }
                    i += 1 + len.max(1);
                }
                _ => i += 1,
            }
            closing = 0;
        }
        // An empty single-quoted string (`''`) ends at its second quote.
        self.copy_to(i);
        Ok(())
    }

    /// A number, checked as CPython's tokenizer checks it.
    fn number(&mut self) -> Result<(), Stop> {
        match scan_number(self.bytes, self.pos) {
            Ok(end) => {
                self.copy_to(end);
                Ok(())
            }
            Err(error) => Err(Stop::hard(self.errors().literal_error(&error))),
        }
    }

    /// A name (or keyword), or a string prefix followed by its string.
    fn name(&mut self) -> Result<T, Stop> {
        let start = self.pos;
        let rest = self.bytes.get(start..self.end).unwrap_or_default();
        // One table look-up per byte: its class, or 0 where the name ends.
        let mut seen = 0;
        let len = rest
            .iter()
            .position(|&b| {
                let class = NAME_BYTE[usize::from(b)];
                seen |= class;
                class == 0
            })
            .unwrap_or(rest.len());
        let ascii = seen & NON_ASCII == 0;
        let i = start + len;
        let word = self.bytes.get(start..i).unwrap_or_default();
        if matches!(self.bytes.get(i), Some(b'\'' | b'"')) && is_string_prefix(word) {
            self.pos = i;
            return self.string(start).map(|()| T::Str);
        }
        if !ascii {
            self.rec.names_ascii = false;
            self.verify_identifier(start, i)?;
        }
        self.copy_to(i);
        Ok(keyword(word).unwrap_or(T::Name))
    }

    /// CPython's `verify_identifier`: `XID_Start` (or `_`) then `XID_Continue`.
    fn verify_identifier(&self, start: usize, end: usize) -> Result<(), Stop> {
        let word = self.source.get(start..end).unwrap_or_default();
        for (i, ch) in word.char_indices() {
            let valid = if i == 0 {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch)
            };
            if !valid {
                return Err(Stop::hard(self.errors().invalid_character(start + i, ch)));
            }
        }
        Ok(())
    }

    fn open_bracket(&mut self, c: u8) -> Result<T, Stop> {
        if self.brackets.len() >= MAX_LEVEL {
            return Err(Stop::hard(self.errors().too_many_nested(self.pos)));
        }
        self.brackets.push(Bracket {
            ch: c,
            pos: self.pos,
        });
        self.copy_byte();
        Ok(match c {
            b'(' => T::LPar,
            b'[' => T::LSqb,
            _ => T::LBrace,
        })
    }

    fn close_bracket(&mut self, c: u8) -> Result<T, Stop> {
        let Some(open) = self.brackets.pop() else {
            return Err(Stop::hard(self.errors().unmatched(self.pos, c)));
        };
        if closing_for(open.ch) != c {
            return Err(Stop::hard(
                self.errors().mismatched(self.pos, c, open.ch, open.pos),
            ));
        }
        self.copy_byte();
        Ok(match c {
            b')' => T::RPar,
            b']' => T::RSqb,
            _ => T::RBrace,
        })
    }

    /// End of input outside any token.
    fn at_eof(&mut self) -> Result<(), Stop> {
        self.check_nul()?;
        match self.brackets.last() {
            Some(open) => Err(Stop::soft(self.errors().never_closed(open.ch, open.pos))),
            None => Ok(()),
        }
    }

    /// Reaching `end` before the true end means the next line holds a NUL.
    fn check_nul(&self) -> Result<(), Stop> {
        if self.end < self.bytes.len() {
            return Err(Stop::hard(self.errors().null_bytes(self.end)));
        }
        Ok(())
    }

    /// Ends the text: a final NEWLINE and the remaining DEDENTs, or, after an
    /// error, only the logical lines before the one with the error.
    fn finish(mut self, stop: Option<Stop>) -> Prepared {
        let after_parser_error = match &stop {
            Some(Stop::Hard(error)) => Some((0, (**error).clone())),
            Some(Stop::Soft(_)) => self.brackets.last().map(|open| {
                let (line, _) = self.index.line_col(open.pos as u32);
                (line, self.errors().never_closed(open.ch, open.pos))
            }),
            None => None,
        };
        self.flush();
        let error = match (self.unexpected_indent.take(), stop) {
            (Some((error, text_len)), _) => {
                self.text.truncate(text_len);
                Some(error)
            }
            (None, Some(Stop::Hard(error) | Stop::Soft(error))) => {
                self.text.truncate(self.token_text_start);
                Some(*error)
            }
            (None, None) => {
                if self.line_has_tokens {
                    self.push_newline(self.text.len());
                    self.text.push('\n');
                }
                for _ in 1..self.levels.len() {
                    let start = self.text.len();
                    self.text.push(DEDENT);
                    self.push_token(T::Dedent, start);
                }
                None
            }
        };
        let names_ascii = self.rec.names_ascii;
        let tokens = (error.is_none() && self.rec.lexable).then(|| {
            let end = self.text.len() as u32;
            self.rec.toks.push(Tok {
                kind: T::Eof,
                start: end,
                end,
            });
            let longest = self
                .rec
                .longest
                .max(self.rec.line_outside_strings(self.text.len()));
            (self.rec.toks, longest)
        });
        Prepared {
            text: self.text,
            anchors: self.anchors,
            source_len: self.bytes.len() as u32,
            error,
            after_parser_error,
            tokens,
            names_ascii,
        }
    }

    fn errors(&self) -> TokenErrors<'a> {
        TokenErrors {
            index: self.index,
            bytes: self.bytes,
        }
    }

    fn peek(&self) -> Option<u8> {
        if self.pos < self.end {
            self.bytes.get(self.pos).copied()
        } else {
            None
        }
    }

    /// Copies the ASCII byte at `pos` (skips it: see [`Scanner::text`]).
    fn copy_byte(&mut self) {
        if self.pos < self.end {
            self.pos += 1;
        }
    }

    /// Copies the source up to `end` (a character boundary) verbatim: the
    /// bytes from where the scan stands, and any it skipped over before, such
    /// as a string's prefix (see [`Scanner::text`]).
    fn copy_to(&mut self, end: usize) {
        self.pos = end;
    }

    /// Writes the pending verbatim bytes `copied..pos` to `text`.
    fn flush(&mut self) {
        if self.copied < self.pos {
            self.text
                .push_str(self.source.get(self.copied..self.pos).unwrap_or_default());
            self.copied = self.pos;
        }
    }

    /// The length `text` has with the pending bytes written.
    fn text_len(&self) -> usize {
        self.text.len() + (self.pos - self.copied)
    }
}

/// [`NAME_BYTE`]'s class of an ASCII letter, digit or `_`.
const ASCII_NAME: u8 = 1;
/// [`NAME_BYTE`]'s class of a byte of a non-ASCII character.
const NON_ASCII: u8 = 2;

/// The class of each byte inside a name: [`ASCII_NAME`], [`NON_ASCII`], or 0
/// for a byte that ends the name.
static NAME_BYTE: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' => ASCII_NAME,
            0x80..=0xFF => NON_ASCII,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// The length of the line ending at `pos` (`\n`, `\r\n` or `\r`), or 0.
fn newline_len(bytes: &[u8], pos: usize) -> usize {
    match (bytes.get(pos), bytes.get(pos + 1)) {
        (Some(b'\r'), Some(b'\n')) => 2,
        (Some(b'\n' | b'\r'), _) => 1,
        _ => 0,
    }
}

/// The valid string prefixes (any case): `r u f b br rb fr rf`.
fn is_string_prefix(word: &[u8]) -> bool {
    match word {
        [] => true,
        [a] => matches!(a.to_ascii_lowercase(), b'r' | b'u' | b'f' | b'b'),
        [a, b] => matches!(
            (a.to_ascii_lowercase(), b.to_ascii_lowercase()),
            (b'b' | b'f', b'r') | (b'r', b'b' | b'f')
        ),
        _ => false,
    }
}

fn closing_for(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

#[cfg(test)]
mod tests {
    use super::{prepare, DEDENT, INDENT};
    use crate::syntax::{LineIndex, SyntaxError};

    /// The text with markers shown as `>`/`<`, and the error as
    /// `Kind: msg (lineno, offset, end_lineno, end_offset)`.
    fn run(source: &str) -> (String, String) {
        let prepared = prepare(source, &LineIndex::new(source));
        let text = prepared.text.replace(INDENT, ">").replace(DEDENT, "<");
        let error = prepared.error.map_or(String::new(), |e| {
            let pos = (e.lineno, e.offset, e.end_lineno, e.end_offset);
            format!("{}: {} {pos:?}", e.kind, e.msg)
        });
        (text, error)
    }

    /// Texts checked against CPython's `tokenize` (markers, NEWLINE, NL,
    /// COMMENT and continuation positions). A lone `\r` ends a line as in
    /// CPython, which `tokenize` does not reproduce.
    #[test]
    fn text_has_markers_newlines_and_spaces() {
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("x = 1", "x = 1\n"),
            ("x = 1\n", "x = 1\n"),
            ("# only a comment", "                "),
            ("\n\n  \n# c\n", "         "),
            ("if x:\n    y\nz\n", "if x:\n    >y\n<z\n"),
            ("if x:\n    y", "if x:\n    >y\n<"),
            (
                "if a:\n  if b:\n    c\n  d\ne\n",
                "if a:\n  >if b:\n    >c\n  <d\n<e\n",
            ),
            ("if a:\n  if b:\n    c\n", "if a:\n  >if b:\n    >c\n<<"),
            ("x = 1  # trailing\ny = 2\n", "x = 1            \ny = 2\n"),
            (
                "if x:\n    y\n\n    # c\n  # d\n    z\n",
                "if x:\n    >y\n                   z\n<",
            ),
            ("x = (1,\n     2)\n", "x = (1,      2)\n"),
            ("x = [\n  1,\n# c\n]\n", "x = [   1,     ]\n"),
            ("x = 1 + \\\n    2\n", "x = 1 +       2\n"),
            ("x = 1 + \\\r\n    2\r\n", "x = 1 +        2 \n"),
            ("if x:\r\n    y\r\nz\r\n", "if x: \n    >y \n<z \n"),
            ("if x:\r    y\rz\r", "if x:\n    >y\n<z\n"),
            ("s = '''a\n  b\n'''\n", "s = '''a\n  b\n'''\n"),
            ("s = r'a\\'b'\n", "s = r'a\\'b'\n"),
            (
                "s = rb'\\\\' + Br\"x\" + f'{\"q\"}'\n",
                "s = rb'\\\\' + Br\"x\" + f'{\"q\"}'\n",
            ),
            ("s = 'a\\\nb'\n", "s = 'a\\\nb'\n"),
            ("s = 'a\\\r\nb'\n", "s = 'a\\\r\nb'\n"),
            ("if x:\n\ty\n\tz\n", "if x:\n\t>y\n\tz\n<"),
            ("if x:\n  \ty\n", "if x:\n  \t>y\n<"),
            ("if x:\n\x0C    y\n", "if x:\n\x0C    >y\n<"),
            ("\u{FEFF}x = 1\n", "x = 1\n"),
            ("x = {1:\n 2}\n", "x = {1:  2}\n"),
            ("s = ''\nt = \"\"\"\"\"\"\n", "s = ''\nt = \"\"\"\"\"\"\n"),
            ("s = 'é' # ü\nt = ä\n", "s = 'é'     \nt = ä\n"),
            ("if x:  # c\n    pass\n", "if x:     \n    >pass\n<"),
            ("class A: pass\n", "class A: pass\n"),
            ("x = a if b else\\\nc\n", "x = a if b else  c\n"),
            ("\\\nx\n", "  x\n"),
            ("if x:\n    y = (\n1)\n", "if x:\n    >y = ( 1)\n<"),
            ("x := 1\n", "x := 1\n"),
            ("d = {a:b}\nif x:\n  y\n", "d = {a:b}\nif x:\n  >y\n<"),
        ];
        for (source, text) in cases {
            assert_eq!(
                run(source),
                ((*text).to_string(), String::new()),
                "{source:?}"
            );
        }
    }

    /// After an error, `text` holds everything before its token: the
    /// parser reads the tokens before the bad one, as CPython's does.
    #[test]
    fn error_keeps_the_tokens_before_it() {
        let cases: &[(&str, &str)] = &[
            ("x = 1\ny = (\n2\n", "x = 1\ny = ( 2 "),
            ("if x:\n    y\nz\n  w\n", "if x:\n    >y\n<z\n"),
            ("a = 1\nb = 'x\n", "a = 1\nb = "),
            ("a = [1,\n 2]\nb = 2 \\ c\n", "a = [1,  2]\nb = 2 "),
            ("a = 1\n\n# c\nb = €\n", "a = 1\n     b = "),
        ];
        for (source, text) in cases {
            let (got, error) = run(source);
            assert!(!error.is_empty(), "{source:?}");
            assert_eq!(got, *text, "{source:?}");
        }
    }

    /// CPython reports a parser error on line `parser_line` for these, then
    /// tokenizes the rest of the file; python3 FILE then prints `expected`
    /// (`None`: the parser's error stays).
    #[test]
    fn parser_error_yields_to_later_tokenizer_errors() {
        let cases = [
            (
                "x = = 1\ny = 1abc\n",
                1,
                Some("invalid decimal literal (2, 5, 2, 5)"),
            ),
            ("x = = 1\nif x:\n    y\n  z\nw = 'abc\n", 1, None),
            ("x = (1 2)\ny = (\n", 1, None),
            (
                "print('hello'\nx = 1 \\ y\n",
                2,
                Some("'(' was never closed (1, 6, 1, 0)"),
            ),
            (
                "x = = 1\n  y = 2\nz = 'abc\n",
                1,
                Some("unterminated string literal (detected at line 3) (3, 5, 3, 5)"),
            ),
            ("x = = 1\n  y = 2\n    z = 3\n", 1, None),
        ];
        for (source, parser_line, expected) in cases {
            let index = LineIndex::new(source);
            let prepared = prepare(source, &index);
            let line_start = source
                .split('\n')
                .take(parser_line - 1)
                .map(|l| l.len() + 1)
                .sum::<usize>() as u32;
            let span = crate::syntax::ast::Span::new(line_start, line_start);
            let parser = SyntaxError::syntax("invalid syntax", span, &index);
            let got = prepared.parser_error(parser.clone(), Some(parser.lineno));
            let show = |e: &SyntaxError| {
                format!(
                    "{} {:?}",
                    e.msg,
                    (e.lineno, e.offset, e.end_lineno, e.end_offset)
                )
            };
            match expected {
                Some(expected) => assert_eq!(show(&got), expected, "{source:?}"),
                None => assert_eq!(got, parser, "{source:?}"),
            }
        }
    }

    #[test]
    fn source_offset_maps_through_markers_and_bom() {
        let source = "if x:\n    y\n";
        let prepared = prepare(source, &LineIndex::new(source));
        assert_eq!(prepared.text, "if x:\n    \u{21E5}y\n\u{21E4}");
        let map = |t| prepared.source_offset(t);
        assert_eq!((map(0), map(5), map(10)), (0, 5, 10));
        // The INDENT (3 bytes at 10..13) maps to `y`, as does `y` itself.
        assert_eq!((map(13), map(14)), (10, 11));
        // The final DEDENT and anything past the end map to the source end.
        assert_eq!((map(15), map(18), map(99)), (12, 12, 12));

        let source = "\u{FEFF}if a:\n  if b:\n    c\nd\n";
        let prepared = prepare(source, &LineIndex::new(source));
        let d = prepared.text.find('d').unwrap();
        let source_d = source.find('d').unwrap() as u32;
        assert_eq!(prepared.source_offset(d), source_d);
        assert_eq!(prepared.source_offset(d - DEDENT.len_utf8()), source_d);
        assert_eq!(prepared.source_offset(0), 3);
    }

    /// Random mixes of the tricky pieces never panic, and every text offset
    /// maps inside the source.
    #[test]
    fn arbitrary_input_never_panics() {
        const PIECES: &[&str] = &[
            "x", " ", "\t", "\n", "\r\n", "\r", "\x0C", "\\", "\\\n", "#", "'", "\"", "'''", "(",
            ")", "[", "]", "{", "}", ":", "=", "é", "€", "\u{A0}", "\u{FEFF}", "\0", "\x0B", "0",
            "1_", "0x", "1e", ".5", "if x:\n", "    ", "rb'", "f'{", "\n  ", "9",
        ];
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        for _ in 0..3000 {
            let mut source = String::new();
            for _ in 0..(state % 24) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                source.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            let prepared = prepare(&source, &LineIndex::new(&source));
            for t in 0..=prepared.text.len() + 4 {
                assert!(prepared.source_offset(t) as usize <= source.len());
            }
        }
    }
}
