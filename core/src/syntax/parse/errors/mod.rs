//! Turning pest's "failed at position P" into CPython's SyntaxError.
//!
//! CPython parses twice: a failed first pass is re-run with extra `invalid_*`
//! rules (`Grammar/python.gram`), the first of which to match raises its own
//! message; if none does, "invalid syntax" points at the furthest token read.
//! Here the grammar has no `invalid_*` rules (they would slow every parse);
//! instead the failed logical line is split into tokens (`tokens.rs`) and the
//! rules that can apply there are checked in CPython's order: errors raised
//! while parsing (string literals, forced tokens) first, then the statement
//! rules (`statement.rs`), then the expression rules (`expression.rs`).

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

/// The error for a parse that stopped at text offset `pos`.
pub(super) fn parse_error(prepared: &Prepared, index: &LineIndex, pos: usize) -> SyntaxError {
    let ctx = ErrorContext::new(prepared, index, pos);
    ctx.earlier_statement_error()
        .or_else(|| ctx.string_error())
        .or_else(|| ctx.missing_block())
        .or_else(|| ctx.statement_error())
        .or_else(|| ctx.parameters_error())
        .or_else(|| ctx.expression_error())
        .unwrap_or_else(|| ctx.at_token("invalid syntax", ctx.fail))
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
}

impl<'a> ErrorContext<'a> {
    fn new(prepared: &'a Prepared, index: &'a LineIndex, pos: usize) -> Self {
        let text = prepared.text.as_str();
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
            Kind::End | Kind::Dedent | Kind::Indent => self.at_end_of_source(kind, msg),
            Kind::Newline => self.error(kind, msg, t.start, t.start),
            _ => self.error(kind, msg, t.start, t.end),
        }
    }

    /// An error after the last character of the source (`end_offset` -1).
    fn at_end_of_source(&self, kind: SyntaxErrorKind, msg: impl Into<String>) -> SyntaxError {
        let source_len = self.prepared.source_offset(self.text.len());
        let mut line = self.index.line_count();
        // A final line ending does not start a line of its own here.
        if line > 1 && self.index.line_text(line).is_some_and(str::is_empty) {
            line -= 1;
        }
        let chars = self.index.line_text(line).map_or(0, |t| t.chars().count());
        let mut e = SyntaxError::new(kind, msg, Span::new(source_len, source_len), self.index);
        e.lineno = line;
        e.end_lineno = line;
        e.offset = chars as i32 + 1;
        e.end_offset = -1;
        e
    }

    /// A builder error in the complete statements before the failed line:
    /// CPython's second pass raises it before reaching the failure.
    fn earlier_statement_error(&self) -> Option<SyntaxError> {
        let start = self.tokens.first()?.start;
        let prefix = self.text.get(..start)?;
        if prefix.trim().is_empty() {
            return None;
        }
        let open = prefix
            .matches(INDENT)
            .count()
            .saturating_sub(prefix.matches(DEDENT).count());
        let mut input = prefix.to_string();
        input.extend(std::iter::repeat_n(DEDENT, open));
        let mut pairs = PythonParser::parse(Rule::file, &input).ok()?;
        let file = pairs.next()?;
        let mut builder = Builder {
            prepared: self.prepared,
            index: self.index,
            depth: 0,
            base: 0,
        };
        builder.statements(file).err()
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
    let pos = skip_layout(text, pos.min(text.len()));
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
