//! Turning pest's "failed at position P" into CPython's SyntaxError.
//!
//! CPython re-parses with extra `invalid_*` rules to pick a message; we look at
//! the text around the furthest position pest reached instead.

use super::super::ast::Span;
use super::super::indent::{Prepared, DEDENT, INDENT};
use super::super::number::decode_number;
use super::super::{LineIndex, SyntaxError, SyntaxErrorKind};

/// The error for a parse that stopped at text offset `pos`.
pub(super) fn parse_error(prepared: &Prepared, index: &LineIndex, pos: usize) -> SyntaxError {
    let text = prepared.text.as_str();
    let at = skip_layout(text, pos);
    let ctx = ErrorContext {
        prepared,
        index,
        text,
    };
    ctx.missing_block(at)
        .or_else(|| ctx.expected_colon(at))
        .or_else(|| ctx.bad_number(at))
        .or_else(|| ctx.missing_except(at))
        .or_else(|| ctx.legacy_print(at))
        .or_else(|| ctx.missing_comma(at))
        .unwrap_or_else(|| ctx.at_token("invalid syntax", at))
}

/// Skips whitespace and INDENT/DEDENT markers from `pos`.
fn skip_layout(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    pos + (rest.len()
        - rest
            .trim_start_matches([' ', '\t', '\x0C', INDENT, DEDENT])
            .len())
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Python's operators and delimiters, longest first.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
];

struct ErrorContext<'a> {
    prepared: &'a Prepared,
    index: &'a LineIndex,
    text: &'a str,
}

impl ErrorContext<'_> {
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

    /// The end of the token starting at `at`.
    fn token_end(&self, at: usize) -> usize {
        let rest = self.text.get(at..).unwrap_or("");
        let Some(c) = rest.chars().next() else {
            return at;
        };
        if c == '\n' {
            return at;
        }
        if is_ident_char(c) {
            return at
                + rest
                    .find(|ch: char| {
                        !is_ident_char(ch) && ch != '.' || ch == '.' && !c.is_ascii_digit()
                    })
                    .unwrap_or(rest.len());
        }
        if c == '"' || c == '\'' {
            return at + string_len(rest);
        }
        let op = OPERATORS
            .iter()
            .find(|op| rest.starts_with(**op))
            .map_or(c.len_utf8(), |op| op.len());
        at + op
    }

    fn at_token(&self, msg: &str, at: usize) -> SyntaxError {
        self.error(SyntaxErrorKind::SyntaxError, msg, at, self.token_end(at))
    }

    /// The start of the logical line containing `pos`, and its first word.
    fn line_start(&self, pos: usize) -> usize {
        let before = self.text.get(..pos).unwrap_or("");
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        skip_layout(self.text, start)
    }

    fn first_word(&self, start: usize) -> &str {
        let rest = self.text.get(start..).unwrap_or("");
        let end = rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len());
        rest.get(..end).unwrap_or("")
    }

    /// "expected an indented block after 'if' statement on line N".
    fn missing_block(&self, mut at: usize) -> Option<SyntaxError> {
        // pest may stop at the header's NEWLINE rather than after it.
        let head = self.text.get(..at)?.trim_end_matches([' ', '\t', '\x0C']);
        if self.text.get(at..)?.starts_with('\n') && head.ends_with(':') {
            at = skip_layout(self.text, at + 1);
        }
        let before = self
            .text
            .get(..at)?
            .trim_end_matches([' ', '\t', '\x0C', DEDENT]);
        let header = before
            .strip_suffix('\n')?
            .trim_end_matches([' ', '\t', '\x0C']);
        if !header.ends_with(':') {
            return None;
        }
        let header_start = self.line_start(header.len());
        let mut word = self.first_word(header_start);
        let mut kw_start = header_start;
        if word == "async" {
            let rest = self.text.get(header_start + 5..)?;
            kw_start = header_start + 5 + (rest.len() - rest.trim_start().len());
            word = self.first_word(kw_start);
        }
        let what = match word {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "except" if self.text.get(kw_start + 6..)?.trim_start().starts_with('*') => {
                "'except*' statement".to_string()
            }
            "if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except" | "finally"
            | "match" | "case" => {
                format!("'{word}' statement")
            }
            _ => return None,
        };
        let (line, _) = self
            .index
            .line_col(self.prepared.source_offset(header_start));
        let msg = format!("expected an indented block after {what} on line {line}");
        if at >= self.text.len() || self.text[at..].trim_start_matches(DEDENT).is_empty() {
            let nl = header.len();
            let mut e = self.error(SyntaxErrorKind::IndentationError, msg, nl, nl);
            e.end_offset = -1;
            return Some(e);
        }
        Some(self.error(
            SyntaxErrorKind::IndentationError,
            msg,
            at,
            self.token_end(at),
        ))
    }

    /// "expected ':'" when a compound statement header ends without one.
    fn expected_colon(&self, at: usize) -> Option<SyntaxError> {
        if !self.text.get(at..)?.starts_with('\n') {
            return None;
        }
        let start = self.line_start(at);
        let mut word = self.first_word(start);
        if word == "async" {
            let rest = self.text.get(start + 5..)?;
            word = self.first_word(start + 5 + (rest.len() - rest.trim_start().len()));
        }
        let compound = [
            "if", "elif", "else", "while", "for", "with", "def", "class", "try", "except",
            "finally",
        ];
        if !compound.contains(&word) {
            return None;
        }
        let end = self
            .text
            .get(..at)?
            .trim_end_matches([' ', '\t', '\x0C'])
            .len();
        Some(self.error(SyntaxErrorKind::SyntaxError, "expected ':'", end, end))
    }

    /// A number token followed by letters: `1abc`, `0x1g`, `0b2`.
    fn bad_number(&self, at: usize) -> Option<SyntaxError> {
        let before = self.text.get(..at)?;
        let start = before
            .rfind(|c: char| !(is_ident_char(c) || c == '.'))
            .map_or(0, |i| i + 1);
        let word = self.text.get(start..)?;
        let first = word.chars().next()?;
        if !(first.is_ascii_digit()
            || first == '.' && word[1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        let len = word
            .find(|c: char| !(is_ident_char(c) || c == '.'))
            .unwrap_or(word.len());
        let token = word.get(..len)?;
        let err = decode_number(token).err()?;
        let s = start + err.range.start;
        let e = start + err.range.end.max(err.range.start);
        Some(self.error(SyntaxErrorKind::SyntaxError, err.msg, s, e))
    }

    /// "expected 'except' or 'finally' block" after a `try` body.
    fn missing_except(&self, at: usize) -> Option<SyntaxError> {
        let (line, col) = self.index.line_col(self.prepared.source_offset(at));
        let word = self.first_word(at);
        if word == "except" || word == "finally" || self.line_start(at) != at {
            return None;
        }
        let mut l = line.checked_sub(1)?;
        while l > 0 {
            let t = self.index.line_text(l)?;
            let trimmed = t.trim_start();
            let indent = t.chars().count() - trimmed.chars().count();
            if !trimmed.is_empty() && !trimmed.starts_with('#') && indent <= col as usize {
                let is_try = indent == col as usize
                    && trimmed.starts_with("try")
                    && trimmed[3..].trim_start().starts_with(':');
                return is_try.then(|| self.at_token("expected 'except' or 'finally' block", at));
            }
            l -= 1;
        }
        None
    }

    /// `print "x"`: "Missing parentheses in call to 'print'. Did you mean print(...)?".
    fn legacy_print(&self, at: usize) -> Option<SyntaxError> {
        let start = self.line_start(at);
        let word = self.first_word(start);
        if word != "print" && word != "exec" {
            return None;
        }
        let after = skip_layout(self.text, start + word.len());
        let next = self.text.get(after..)?.chars().next()?;
        if after != at || !(is_ident_char(next) || "\"'[{-+~".contains(next)) {
            return None;
        }
        let line_end = self
            .text
            .get(start..)?
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let end = start + self.text.get(start..line_end)?.trim_end().len();
        let msg = format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?");
        Some(self.error(SyntaxErrorKind::SyntaxError, msg, start, end))
    }

    /// Two expressions side by side inside brackets.
    fn missing_comma(&self, at: usize) -> Option<SyntaxError> {
        let next = self.text.get(at..)?.chars().next()?;
        if !(is_ident_char(next) || "\"'([{".contains(next))
            || is_keyword(self.first_word(at))
                && !matches!(
                    self.first_word(at),
                    "None" | "True" | "False" | "lambda" | "not" | "await"
                )
        {
            return None;
        }
        let line = self.text.get(self.line_start(at)..at)?;
        let prev = line.trim_end_matches([' ', '\t', '\x0C']);
        let last = prev.chars().last()?;
        if !(is_ident_char(last) || "\"')]}".contains(last)) {
            return None;
        }
        let prev_word_start = prev.rfind(|c: char| !is_ident_char(c)).map_or(0, |i| i + 1);
        let prev_word = &prev[prev_word_start..];
        if is_ident_char(last)
            && is_keyword(prev_word)
            && !matches!(prev_word, "None" | "True" | "False")
        {
            return None;
        }
        if is_ident_char(last) && (next == '"' || next == '\'') {
            return None;
        }
        // Find the innermost open bracket and the start of the current element.
        let mut depth = 0i32;
        let mut elem_start = None;
        let base = self.line_start(at);
        for (i, c) in prev.char_indices().rev() {
            match c {
                ')' | ']' | '}' => depth += 1,
                '(' | '[' | '{' if depth == 0 => {
                    elem_start = Some(i + 1);
                    break;
                }
                '(' | '[' | '{' => depth -= 1,
                ',' | ':' | '=' if depth == 0 && elem_start.is_none() => elem_start = Some(i + 1),
                _ => {}
            }
        }
        let bracketed = {
            let mut d = 0i32;
            for c in prev.chars() {
                match c {
                    '(' | '[' | '{' => d += 1,
                    ')' | ']' | '}' => d -= 1,
                    _ => {}
                }
            }
            d > 0
        };
        if !bracketed {
            return None;
        }
        let rel = elem_start?;
        let s = skip_layout(self.text, base + rel);
        Some(self.error(
            SyntaxErrorKind::SyntaxError,
            "invalid syntax. Perhaps you forgot a comma?",
            s,
            self.token_end(at),
        ))
    }
}

fn is_keyword(w: &str) -> bool {
    matches!(
        w,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

/// The byte length of the string literal at the start of `s` (to its closing quote).
fn string_len(s: &str) -> usize {
    let q = s.chars().next().unwrap_or('"');
    let triple: String = std::iter::repeat_n(q, 3).collect();
    let (open, close) = if s.starts_with(&triple) {
        (3, triple.as_str())
    } else {
        (1, &s[..q.len_utf8()])
    };
    let mut i = open;
    let bytes = s.as_bytes();
    while i < s.len() {
        if bytes.get(i) == Some(&b'\\') {
            i += 2;
            continue;
        }
        if s.get(i..).is_some_and(|r| r.starts_with(close)) {
            return i + close.len();
        }
        if bytes.get(i) == Some(&b'\n') && open == 1 {
            return i;
        }
        i += 1;
    }
    s.len()
}
