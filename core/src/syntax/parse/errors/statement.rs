//! Statement-level errors: missing blocks and colons, forced tokens,
//! `try` without handlers, `except` forms, trailing commas in imports.

use super::super::super::{SyntaxError, SyntaxErrorKind};
use super::super::builder::{PythonParser, Rule};
use super::tokens::{token_text, Kind, Token};
use super::ErrorContext;
use pest::Parser;

/// How many `try` lines above a failure may own the block that ends there.
const MAX_TRY_CANDIDATES: usize = 10_000;

/// Compound statement keywords whose header a NEWLINE may cut short.
const HEADER_PROBES: &[(&str, Rule)] = &[
    ("if", Rule::probe_if_header),
    ("elif", Rule::probe_if_header),
    ("while", Rule::probe_if_header),
    ("for", Rule::probe_for_header),
    ("with", Rule::probe_with_header),
    ("class", Rule::probe_class_header),
    ("match", Rule::probe_match_header),
    ("case", Rule::probe_case_header),
    ("except", Rule::probe_except_header),
];

impl ErrorContext<'_> {
    /// The index of the statement's keyword (after `async`).
    fn keyword_index(&self) -> usize {
        if self.is(self.first, "async") {
            self.first + 1
        } else {
            self.first
        }
    }

    /// Errors of the statement the failed line starts, in CPython's order.
    pub(super) fn statement_error(&self) -> Option<SyntaxError> {
        self.forced_token()
            .or_else(|| self.missing_colon())
            .or_else(|| self.except_forms())
            .or_else(|| self.missing_except())
            .or_else(|| self.import_trailing_comma())
    }

    /// `def f:`, `def f() x`, `else x`, `try x`, `finally x`: the tokens
    /// CPython's grammar forces (`&&'('`, `&&':'`), reported where found.
    fn forced_token(&self) -> Option<SyntaxError> {
        let k = self.keyword_index();
        if self.fail <= k {
            return None;
        }
        let expected = |i: usize, what: &str| {
            (!self.is(i, what)).then(|| self.at_token(format!("expected '{what}'"), i))
        };
        match self.word(k) {
            "else" | "try" | "finally" if k == self.first || self.word(k) == "try" => {
                expected(k + 1, ":")
            }
            "def" if self.tok(k + 1).kind == Kind::Name => {
                let open = k + 2;
                if !self.is(open, "(") {
                    return expected(open, "(");
                }
                let close = self.matching_close(open)?;
                if close > open + 1 && !self.probe_exact(Rule::params, open + 1, close) {
                    return None;
                }
                let mut colon = close + 1;
                if self.is(colon, "->") {
                    if let Some(end) = self.probe(Rule::expression, colon + 1) {
                        colon = end;
                    }
                }
                expected(colon, ":")
            }
            _ => None,
        }
    }

    /// The index of the bracket closing the one at `open`.
    pub(super) fn matching_close(&self, open: usize) -> Option<usize> {
        let depth = self.tok(open).depth;
        (open + 1..self.tokens.len()).find(|&i| {
            let t = self.tok(i);
            t.kind == Kind::Op && t.depth + 1 == depth && matches!(self.word(i), ")" | "]" | "}")
        })
    }

    /// "expected ':'" after a complete compound statement header.
    fn missing_colon(&self) -> Option<SyntaxError> {
        let k = self.keyword_index();
        if self.tok(self.fail).kind != Kind::Newline {
            return None;
        }
        let word = self.word(k);
        let (_, rule) = HEADER_PROBES.iter().find(|(w, _)| *w == word)?;
        if self.word(k) != "for" && self.word(k) != "with" && k != self.first {
            return None;
        }
        (self.probe(*rule, k) == Some(self.fail)).then(|| self.at_token("expected ':'", self.fail))
    }

    /// `except A, B:` and `except*:`.
    fn except_forms(&self) -> Option<SyntaxError> {
        let k = self.first;
        if !self.is(k, "except") {
            return None;
        }
        let star = self.is(k + 1, "*");
        let e = if star { k + 2 } else { k + 1 };
        if star && (self.is(e, ":") || self.tok(e).kind == Kind::Newline) {
            return Some(self.at_token("expected one or more exception types", e));
        }
        let comma = self.probe(Rule::expression, e)?;
        if !self.is(comma, ",") {
            return None;
        }
        let mut end = self.probe(Rule::star_expressions, comma + 1)?;
        if self.is(end, "as") && self.tok(end + 1).kind == Kind::Name {
            end += 2;
        }
        if !self.is(end, ":") {
            return None;
        }
        // RAISE_SYNTAX_ERROR_STARTING_FROM: up to the tokenizer's position,
        // just after the ':' (CPython uses that byte column as end_offset).
        let start = self.tok(e).start;
        let stop = self.tok(end).end.saturating_sub(1).max(start);
        Some(self.error(
            SyntaxErrorKind::SyntaxError,
            "multiple exception types must be parenthesized",
            start,
            stop,
        ))
    }

    /// "expected 'except' or 'finally' block": a `try` block ends where
    /// the parse failed.
    fn missing_except(&self) -> Option<SyntaxError> {
        if self.fail != self.first || matches!(self.word(self.first), "except" | "finally") {
            return None;
        }
        let fail_at = self.tok(self.fail).start;
        let before = self.text.get(..self.tokens.first()?.start)?;
        // The nearest `try:` lines first; a try block ends right before us.
        let mut end = before.len();
        for _ in 0..MAX_TRY_CANDIDATES {
            let line_start = before
                .get(..end.checked_sub(1)?)?
                .rfind('\n')
                .map_or(0, |i| i + 1);
            end = line_start;
            let start = super::skip_layout(self.text, line_start);
            let rest = self.text.get(start..)?;
            if rest.starts_with("try") {
                let input = self.text.get(start..fail_at)?;
                let matched = PythonParser::parse(Rule::probe_try_block, input)
                    .ok()
                    .and_then(|mut p| p.next())
                    .map(|p| start + p.as_span().end());
                if matched.is_some_and(|m| super::skip_layout(self.text, m) == fail_at) {
                    return Some(self.at_token("expected 'except' or 'finally' block", self.fail));
                }
            }
            if end == 0 {
                break;
            }
        }
        None
    }

    /// `from m import a, b,` without parentheses.
    fn import_trailing_comma(&self) -> Option<SyntaxError> {
        let last = self.fail.checked_sub(1)?;
        (self.is(self.first, "from")
            && self.tok(self.fail).kind == Kind::Newline
            && self.is(last, ",")
            && self.tokens[self.first..last].iter().any(|t| t.depth == 0)
            && (self.first..last).any(|i| self.is(i, "import"))
            && !(self.first..last).any(|i| self.is(i, "(")))
        .then(|| {
            self.at_token(
                "trailing comma not allowed without surrounding parentheses",
                self.fail,
            )
        })
    }

    /// "expected an indented block after 'if' statement on line N".
    pub(super) fn missing_block(&self) -> Option<SyntaxError> {
        // The previous logical line must be a header ending with ':', and
        // this line must not start with INDENT.
        let line_start = self.tokens.first()?.start;
        if self.tok(0).kind == Kind::Indent {
            return None;
        }
        if self.fail != self.first {
            return None;
        }
        let before = self.text.get(..line_start)?;
        let header = before
            .strip_suffix('\n')?
            .trim_end_matches([' ', '\t', '\x0C']);
        if !header.ends_with(':') {
            return None;
        }
        let header_line_start = header.rfind('\n').map_or(0, |i| i + 1);
        let tokens = super::tokens::tokenize(self.text, header_line_start, header.len());
        let mut k = tokens
            .iter()
            .position(|t| !matches!(t.kind, Kind::Indent | Kind::Dedent))?;
        let word = |i: usize| {
            tokens
                .get(i)
                .map_or("", |t| super::tokens::token_text(self.text, t))
        };
        if word(k) == "async" {
            k += 1;
        }
        if !is_block_header(self.text, &tokens) {
            return None;
        }
        let what = match word(k) {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "except" if word(k + 1) == "*" => "'except*' statement".to_string(),
            w => format!("'{w}' statement"),
        };
        let kw = tokens.get(k)?;
        let (line, _) = self.index.line_col(self.prepared.source_offset(kw.start));
        let msg = format!("expected an indented block after {what} on line {line}");
        Some(self.at_token_kind(SyntaxErrorKind::IndentationError, msg, self.fail))
    }
}

/// Whether `tokens` (a logical line without its NEWLINE) is a compound
/// statement header ending with its ':' (`if x: y` is not one).
pub(super) fn is_block_header(text: &str, tokens: &[Token]) -> bool {
    let word = |t: &Token| token_text(text, t);
    let mut words = tokens
        .iter()
        .filter(|t| !matches!(t.kind, Kind::Indent | Kind::Dedent | Kind::End));
    let Some(mut first) = words.next() else {
        return false;
    };
    if word(first) == "async" {
        let Some(next) = words.next() else {
            return false;
        };
        first = next;
    }
    let compound = [
        "if", "elif", "else", "while", "for", "with", "def", "class", "try", "except", "finally",
        "match", "case",
    ];
    let last = tokens.iter().rev().find(|t| t.kind != Kind::End);
    if !compound.contains(&word(first)) || last.is_none_or(|t| word(t) != ":") {
        return false;
    }
    // The header's ':' is the only one at depth 0 outside lambdas.
    let at_top = |w: &str| {
        tokens
            .iter()
            .filter(|t| t.depth == 0 && t.kind != Kind::String && word(t) == w)
            .count()
    };
    at_top(":") == at_top("lambda") + 1
}
