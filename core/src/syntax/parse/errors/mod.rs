//! Turning pest's "failed at position P" into CPython's SyntaxError.
//!
//! CPython parses twice: a failed first pass is re-run with extra `invalid_*`
//! rules (`Grammar/python.gram`), the first of which to match raises its own
//! message; if none does, "invalid syntax" points at the furthest token read.
//! Here the grammar has no `invalid_*` rules (they would slow every parse);
//! instead the failed logical line is split into tokens (`tokens.rs`) and the
//! rules that can apply there are checked in CPython's order: errors raised
//! while parsing (string literals, forced tokens) first, then the statement
//! rules (`statement.rs`, `parameters.rs`), then the expression rules
//! (`expression.rs`). Probes run grammar rules (`probe_*` in `grammar.pest`)
//! on the tokens to recognise what CPython's rules match.
//!
//! The furthest token comes from a second pest parse with error detail
//! ([`furthest_position`]); positions follow `python3 FILE` (byte columns on
//! lines without an encoding declaration, offset 0 past the end).
//!
//! Known differences: CPython's second pass reuses results memoized in the
//! first, so whether a rule fires can depend on what the first pass tried
//! (`f(a if b else c d)` gets no "forgot a comma"); those cases, and rules
//! that would need the first pass's exact lookahead, fall back to
//! "invalid syntax". Agreement with `python3 FILE` on randomly mutated stdlib
//! code is about 98.5%; most of the rest is the pre-pass dropping the whole
//! logical line that holds a tokenizer error (see `indent.rs`).

mod expression;
mod parameters;
mod statement;
pub(super) mod tokens;

use pest::Parser;

use super::super::ast::Span;
use super::super::indent::{Prepared, DEDENT, INDENT};
use super::super::{LineIndex, SyntaxError, SyntaxErrorKind};
use super::builder::{Builder, PythonParser, Rule};
use tokens::{token_text, tokenize, Kind, Token};

/// How many trailing block headers the check of earlier statements drops.
const MAX_HEADERS_DROPPED: usize = 8;

/// The error for a parse that stopped at text offset `pos`; the text before
/// offset `from` (a top-level statement's start) is known to be valid.
///
/// The flag says whether CPython then tokenizes the rest of the file (where
/// a tokenizer error would replace this one): not after "unexpected unindent".
pub(super) fn parse_error(
    prepared: &Prepared,
    index: &LineIndex,
    pos: usize,
    from: usize,
) -> (SyntaxError, bool) {
    let mut ctx = ErrorContext::new(prepared, index, pos);
    ctx.valid_before = from.min(ctx.line_start);
    let specific = ctx
        .earlier_statement_error()
        .or_else(|| ctx.string_error())
        .or_else(|| ctx.missing_block())
        .or_else(|| ctx.statement_error())
        .or_else(|| ctx.parameters_error())
        .or_else(|| ctx.expression_error());
    match specific {
        Some(err) => (err, true),
        None if ctx.at_dedent => {
            let kind = SyntaxErrorKind::IndentationError;
            (ctx.at_token_kind(kind, "unexpected unindent", 0), false)
        }
        None => (ctx.invalid_syntax(), true),
    }
}

/// The failed logical line, as tokens, and how to report positions in it.
struct ErrorContext<'a> {
    prepared: &'a Prepared,
    index: &'a LineIndex,
    text: &'a str,
    /// The tokens of the logical line where the parse failed (its INDENT and
    /// DEDENT markers first, its NEWLINE last, then an `End`).
    tokens: Vec<Token>,
    /// The index in `tokens` of the first token at or after the failure
    /// (CPython's furthest token), skipping layout markers.
    fail: usize,
    /// The index of the line's first token that is not a layout marker.
    first: usize,
    /// Where the logical line starts in the text (after the previous NEWLINE).
    line_start: usize,
    /// The parse stopped at a DEDENT (CPython: "unexpected unindent").
    at_dedent: bool,
    /// Where the statements not yet known to be valid start (a top-level
    /// statement's start at or before `line_start`; 0: the file's start).
    valid_before: usize,
    /// Results of [`ErrorContext::probe`] by rule and start token: the rules
    /// try the same probes for several candidates, and each parses to the
    /// end of the line (a long failed line made that quadratic; pyex-fuzz).
    probes: std::cell::RefCell<rustc_hash::FxHashMap<(Rule, usize), Option<usize>>>,
}

impl<'a> ErrorContext<'a> {
    fn new(prepared: &'a Prepared, index: &'a LineIndex, pos: usize) -> Self {
        let text = prepared.text.as_str();
        let rest = text.get(pos..).unwrap_or("");
        let at_dedent = rest
            .trim_start_matches([' ', '\t', '\x0C'])
            .starts_with(DEDENT);
        let pos = failure_position(text, pos);
        // The logical line holding `pos`; a failure at a line's NEWLINE
        // belongs to that line.
        let before = text.get(..pos).unwrap_or("");
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line_end = text
            .get(pos..)
            .and_then(|r| r.find('\n'))
            .map_or(text.len(), |i| pos + i + 1);
        let tokens = tokenize(text, line_start, line_end);
        let fail = tokens
            .iter()
            .position(|t| t.end > pos || t.kind == Kind::End)
            .unwrap_or(tokens.len().saturating_sub(1));
        let first = tokens
            .iter()
            .position(|t| !matches!(t.kind, Kind::Indent | Kind::Dedent))
            .unwrap_or(0);
        ErrorContext {
            prepared,
            index,
            text,
            tokens,
            fail,
            first,
            line_start,
            at_dedent,
            valid_before: 0,
            probes: std::cell::RefCell::default(),
        }
    }

    /// Token `i` (the `End` token past the end).
    fn tok(&self, i: usize) -> Token {
        self.tokens.get(i).copied().unwrap_or(Token {
            kind: Kind::End,
            start: self.text.len(),
            end: self.text.len(),
            depth: 0,
        })
    }

    /// The bracket depth of the code around token `i` (an opener counts
    /// itself in its own depth).
    fn outer_depth(&self, i: usize) -> u32 {
        let t = self.tok(i);
        let opener = t.kind == Kind::Op && matches!(self.word(i), "(" | "[" | "{");
        t.depth - u32::from(opener && t.depth > 0)
    }

    /// The text of token `i`.
    fn word(&self, i: usize) -> &'a str {
        token_text(self.text, &self.tok(i))
    }

    /// Whether token `i` is the operator or keyword `s`.
    fn is(&self, i: usize, s: &str) -> bool {
        let t = self.tok(i);
        matches!(t.kind, Kind::Op | Kind::Name) && self.word(i) == s
    }

    /// The source span of text range `start..end`.
    fn span(&self, start: usize, end: usize) -> Span {
        let s = self.prepared.source_offset(start);
        let e = if end > start {
            self.prepared.source_offset(end - 1) + 1
        } else {
            s
        };
        Span::new(s, e.max(s))
    }

    fn error(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        start: usize,
        end: usize,
    ) -> SyntaxError {
        SyntaxError::new(kind, msg, self.span(start, end), self.index)
    }

    /// A `SyntaxError` spanning tokens `from..=to`.
    fn error_range(&self, msg: impl Into<String>, from: usize, to: usize) -> SyntaxError {
        let end = self.tok(to).end.max(self.tok(from).start);
        self.error(SyntaxErrorKind::SyntaxError, msg, self.tok(from).start, end)
    }

    /// CPython's `RAISE_SYNTAX_ERROR` position: the whole token `i`. A NEWLINE
    /// is empty; past the last line (a DEDENT or the end) CPython points after
    /// the last character of the source with `end_offset` -1.
    fn at_token(&self, msg: impl Into<String>, i: usize) -> SyntaxError {
        self.at_token_kind(SyntaxErrorKind::SyntaxError, msg, i)
    }

    fn at_token_kind(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        i: usize,
    ) -> SyntaxError {
        let t = self.tok(i);
        match t.kind {
            Kind::Dedent | Kind::Indent => {
                // CPython: the line of the token after the markers, the
                // column of that token (0-based), `end_offset` -1.
                let next = self.tokens.get(i..).and_then(|rest| {
                    rest.iter()
                        .find(|t| !matches!(t.kind, Kind::Indent | Kind::Dedent))
                        .filter(|t| t.kind != Kind::End)
                });
                let Some(next) = next else {
                    return self.at_end_of_source(kind, msg);
                };
                let at = self.prepared.source_offset(next.start);
                let mut e = SyntaxError::new(kind, msg, Span::new(at, at), self.index);
                e.offset = self.index.line_col_utf8(at).1 as i32;
                e.end_offset = -1;
                e
            }
            Kind::End => self.at_end_of_source(kind, msg),
            Kind::Newline => self.error(kind, msg, self.newline_start(t.start), t.start),
            _ => self.error(kind, msg, t.start, t.end),
        }
    }

    /// The generic "invalid syntax" at CPython's furthest token of its first
    /// pass; past the end that is the ENDMARKER (offsets 0 and 0).
    fn invalid_syntax(&self) -> SyntaxError {
        if let Some(colon) = self.annotation_colon() {
            return self.at_token("invalid syntax", colon);
        }
        let mut err = self.at_token("invalid syntax", self.fail);
        if self.tok(self.fail).kind == Kind::End {
            err.end_offset = 0;
        }
        err
    }

    /// Where CPython's NEWLINE token at text offset `nl` starts: at the
    /// comment before it, if any (the pre-pass made comments blanks).
    fn newline_start(&self, nl: usize) -> usize {
        let before = self.text.get(..nl).unwrap_or("");
        let blanks = before.len() - before.trim_end_matches(' ').len();
        let from = nl - blanks;
        if blanks == 0 {
            return nl;
        }
        let (line, col) = self.index.line_col_utf8(self.prepared.source_offset(from));
        let comment = self
            .index
            .line_text(line)
            .and_then(|t| t.get(col as usize..))
            .and_then(|rest| rest.find('#'));
        match comment {
            Some(rel) if from + rel < nl => from + rel,
            _ => nl,
        }
    }

    /// An error past the last token (a DEDENT or the end): `python3 FILE`
    /// has emptied its tokenizer buffer there and reports offset 0 (with
    /// `end_offset` -1) on the last line; `compile(str)` would give the
    /// column after that line.
    fn at_end_of_source(&self, kind: SyntaxErrorKind, msg: impl Into<String>) -> SyntaxError {
        let source_len = self.prepared.source_offset(self.text.len());
        let mut line = self.index.line_count();
        // A final line ending does not start a line of its own here.
        if line > 1 && self.index.line_text(line).is_some_and(str::is_empty) {
            line -= 1;
        }
        let mut e = SyntaxError::new(kind, msg, Span::new(source_len, source_len), self.index);
        e.lineno = line;
        e.end_lineno = line;
        e.offset = 0;
        e.end_offset = -1;
        e
    }

    /// A builder error in the complete statements before the failed line:
    /// CPython's second pass raises it before reaching the failure.
    fn earlier_statement_error(&self) -> Option<SyntaxError> {
        let mut end = self.line_start;
        // A prefix ending with block headers (the failure is in their
        // block) cannot parse: drop those headers and try again.
        for _ in 0..MAX_HEADERS_DROPPED {
            // Each try parses the whole prefix again (`syntax/deadline.rs`).
            if crate::syntax::deadline::passed() {
                return None;
            }
            let prefix = self.text.get(self.valid_before..end)?;
            if prefix.trim().is_empty() {
                return None;
            }
            let open = prefix
                .matches(INDENT)
                .count()
                .saturating_sub(prefix.matches(DEDENT).count());
            let mut input = prefix.to_string();
            input.extend(std::iter::repeat_n(DEDENT, open));
            if let Some(file) = PythonParser::parse(Rule::file, &input)
                .ok()
                .and_then(|mut p| p.next())
            {
                let mut builder = Builder {
                    prepared: self.prepared,
                    index: self.index,
                    depth: 0,
                    base: self.valid_before,
                };
                return builder.statements(file).err();
            }
            let last = prefix
                .trim_end_matches([INDENT, DEDENT])
                .strip_suffix('\n')?;
            // Offsets in the file's text (`prefix` starts at `valid_before`).
            let start = self.valid_before + last.rfind('\n').map_or(0, |i| i + 1);
            let last_end = self.valid_before + last.len();
            if !statement::is_block_header(self.text, &tokenize(self.text, start, last_end)) {
                return None;
            }
            end = start;
        }
        None
    }

    /// An error in a string literal before the failure: CPython decodes
    /// strings (and parses f-string fields) as it reads them.
    fn string_error(&self) -> Option<SyntaxError> {
        let mut i = self.first;
        while i < self.fail {
            if self.tok(i).kind != Kind::String {
                i += 1;
                continue;
            }
            let start = self.tok(i).start;
            while self.tok(i).kind == Kind::String {
                i += 1;
            }
            if self.tok(i - 1).end > self.tok(self.fail).start && i > self.fail {
                break;
            }
            let input = self.text.get(start..)?;
            let Ok(mut pairs) = PythonParser::parse(Rule::strings, input) else {
                continue;
            };
            let pair = pairs.next()?;
            let mut builder = Builder {
                prepared: self.prepared,
                index: self.index,
                depth: 0,
                base: start,
            };
            if let Err(e) = builder.strings(pair) {
                return Some(e);
            }
        }
        None
    }

    /// Whether `rule` matches from token `i` on; returns the index of the
    /// first token after the match.
    fn probe(&self, rule: Rule, i: usize) -> Option<usize> {
        if let Some(known) = self.probes.borrow().get(&(rule, i)) {
            return *known;
        }
        let found = self.probe_uncached(rule, i);
        self.probes.borrow_mut().insert((rule, i), found);
        found
    }

    /// [`ErrorContext::probe`] without the cache.
    fn probe_uncached(&self, rule: Rule, i: usize) -> Option<usize> {
        // Each probe parses the rest of the line (`syntax/deadline.rs`).
        if crate::syntax::deadline::passed() {
            return None;
        }
        let start = self.tok(i).start;
        let line_end = self.tokens.last().map_or(self.text.len(), |t| t.end);
        let input = self.text.get(start..line_end)?;
        let pairs = PythonParser::parse(rule, input).ok()?;
        let end = start + pairs.last()?.as_span().end();
        // The first token that starts at or after the end of the match.
        let next = self
            .tokens
            .iter()
            .position(|t| t.start >= end || t.kind == Kind::End)?;
        Some(next)
    }

    /// Whether `rule` matches tokens `from..to` exactly.
    fn probe_exact(&self, rule: Rule, from: usize, to: usize) -> bool {
        from < to && self.probe(rule, from) == Some(to)
    }
}

/// The furthest text offset at which the grammar tried to match a token:
/// CPython's "last token read". pest's own error position is the start of
/// the furthest *rule* that failed, which is earlier when a literal inside
/// a rule failed (`try` + NEWLINE fails `try_stmt` at `try`).
///
/// This re-parses with pest's error detail, a process-wide switch that
/// doubles parse time; a lock keeps two failed parses from switching it
/// off under each other (a concurrent successful parse is only slower).
pub(super) fn furthest_position(text: &str, rule: Rule) -> Option<usize> {
    static DETAIL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let guard = DETAIL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    pest::set_error_detail(true);
    let result = PythonParser::parse(rule, text);
    pest::set_error_detail(false);
    drop(guard);
    let attempts = result.err()?.parse_attempts()?;
    Some(attempts.max_position)
}

/// Where CPython's parser stopped, for a pest failure at text offset `pos`:
/// the next token, and past the NEWLINE of a compound statement header
/// (pest stops there when the block is missing; CPython reads on).
pub(super) fn failure_position(text: &str, pos: usize) -> usize {
    let pos = pos.min(text.len());
    // pest peeked at the blank after a token (a name's next character, `.`
    // as the start of a number): that token is the furthest one.
    let before = text.get(..pos).and_then(|b| b.chars().next_back());
    let blank = |c: char| matches!(c, ' ' | '\t' | '\x0C');
    if text
        .get(pos..)
        .and_then(|r| r.chars().next())
        .is_some_and(blank)
        && before.is_some_and(|c| !blank(c) && c != '\n' && c != INDENT && c != DEDENT)
    {
        return pos - before.map_or(1, char::len_utf8);
    }
    let pos = skip_layout(text, pos);
    if text.get(pos..).is_some_and(|r| r.starts_with('\n')) {
        let line_start = text
            .get(..pos)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |i| i + 1);
        let tokens = tokenize(text, line_start, pos);
        if statement::is_block_header(text, &tokens) {
            return skip_layout(text, pos + 1);
        }
    }
    pos
}

/// The end of the token starting at text offset `at` (`at` itself for a
/// NEWLINE or the end of the text); `line_end` bounds the scan.
pub(super) fn token_end(text: &str, at: usize, line_end: usize) -> usize {
    match tokenize(text, at, line_end.max(at)).first() {
        Some(t) if t.kind != Kind::Newline && t.kind != Kind::End => t.end,
        _ => at,
    }
}

/// Skips whitespace and INDENT/DEDENT markers from `pos`.
fn skip_layout(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    pos + (rest.len()
        - rest
            .trim_start_matches([' ', '\t', '\x0C', INDENT, DEDENT])
            .len())
}
