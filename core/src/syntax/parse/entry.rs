//! `parse_module`: pre-pass, nesting guard, grammar, builder.

use pest::Parser;

use super::super::ast::{Module, Span, Stmt};
use super::super::indent::{prepare, Prepared};
use super::super::{LineIndex, SyntaxError};
use super::builder::{too_deep, Builder, PythonParser, Rule};
use super::errors::tokens::string_len;
use super::errors::{failure_position, furthest_position, parse_error};
use super::fstring::byte_column;

/// How many constructs that make the grammar recurse (`lambda`, a conditional
/// expression, `**`) one logical line may hold. pest recurses per construct, so
/// this bounds its stack use; CPython itself fails (`MemoryError`) near 3,000.
const MAX_RECURSIVE_PER_LINE: usize = 1_000;

/// The longest run of unary prefix operators (`-`, `+`, `~`, `not`) a line may
/// hold: the builder's depth limit, past which the tree is refused anyway.
/// Checked up front because pest's failure on a long run with no operand
/// (`x = ----...`) costs time quadratic in its length (found by pyex-fuzz).
const MAX_PREFIX_RUN: usize = super::builder::MAX_DEPTH as usize;

/// Parses a whole source file into a [`Module`], or returns the first syntax
/// error in source order, as CPython 3.11's `compile(..., "exec")` would.
///
/// The fast parser (`syntax/fast/`) runs first; when it gives up, the pest
/// grammar decides, and reports CPython's error.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    parse_with(source, &LineIndex::new(source), true)
}

/// [`parse_module`] with the line index of `source` given: the compiler
/// builds it once for the parse and its own errors.
pub(crate) fn parse_module_indexed(source: &str, index: &LineIndex) -> Result<Module, SyntaxError> {
    parse_with(source, index, true)
}

/// [`parse_module`] with the pest parser only: the reference the fast
/// parser is tested against.
pub fn parse_module_reference(source: &str) -> Result<Module, SyntaxError> {
    parse_with(source, &LineIndex::new(source), false)
}

/// The fast parser alone: `None` where [`parse_module`] would fall back to
/// the pest parser (an error, or a construct the fast parser leaves to it).
pub fn parse_module_fast(source: &str) -> Option<Module> {
    let index = LineIndex::new(source);
    u32::try_from(source.len()).ok()?;
    let mut prepared = prepare(source, &index);
    fast_path(source, &mut prepared).ok()
}

/// The fast parser's module, when the pre-pass found no error and gave its
/// tokens (it keeps none for a token the fast parser leaves to pest; the
/// fast parser also leaves lines too recursive for the pest path to it); else
/// the top-level statements it read and where the pest path takes over.
fn fast_path(source: &str, prepared: &mut Prepared) -> Result<Module, (Vec<Stmt>, usize)> {
    let Some((toks, longest)) = prepared.tokens.take() else {
        return Err((Vec::new(), 0));
    };
    let body = super::super::fast::parse_file(prepared, toks, longest)?;
    Ok(Module {
        body,
        span: Span::new(0, source.len() as u32),
    })
}

fn parse_with(source: &str, index: &LineIndex, fast: bool) -> Result<Module, SyntaxError> {
    if u32::try_from(source.len()).is_err() {
        return Err(SyntaxError::syntax(
            "source too large",
            Span::default(),
            index,
        ));
    }
    let mut prepared = prepare(source, index);
    // The complete statements the fast parser read, and where the rest starts.
    let (mut body, from) = match fast.then(|| fast_path(source, &mut prepared)) {
        Some(Ok(module)) => return Ok(module),
        Some(Err(read)) => read,
        None => (Vec::new(), 0),
    };
    out_of_time(index)?;
    if let Some(offset) = too_recursive(&prepared.text) {
        let at = prepared.source_offset(offset);
        return Err(too_deep(Span::new(at, at), index));
    }
    let rest = prepared.text.get(from..).unwrap_or("");
    let first_pass = std::time::Instant::now();
    // Where the parser failed (a text offset), for the choice between its
    // error and a tokenizer error found after it.
    let mut failed_at = None;
    let parsed = match PythonParser::parse(Rule::file, rest) {
        Ok(mut pairs) => {
            let mut builder = Builder {
                prepared: &prepared,
                index,
                depth: 0,
                base: from,
            };
            match pairs.next() {
                Some(file) => builder.statements(file).map(|more| {
                    body.extend(more);
                    body
                }),
                None => Err(SyntaxError::syntax(
                    "internal parser error",
                    Span::default(),
                    index,
                )),
            }
        }
        Err(e) => {
            let pos = match e.location {
                pest::error::InputLocation::Pos(p) | pest::error::InputLocation::Span((p, _)) => p,
            };
            // The next pass reads the rest again, with pest's error detail
            // (twice the cost or more): not started if it cannot end in time.
            if super::super::deadline::cannot_finish(first_pass.elapsed() * 2) {
                return Err(gave_up(index));
            }
            let pos = from + furthest_position(rest, Rule::file).unwrap_or(pos).max(pos);
            out_of_time(index)?;
            // A failure at the very end of the text is where the tokenizer
            // error cut it: CPython's parser would have read that error.
            let at_end = failure_position(&prepared.text, pos) >= prepared.text.len();
            failed_at = Some(failure_position(&prepared.text, pos));
            match &prepared.error {
                Some(err) if at_end => {
                    // pest read to the end, but CPython's parser may not have:
                    // its second pass raises some errors on consuming a token,
                    // without reading the next one (the end, inside a bracket).
                    return match parse_error(&prepared, index, pos, from) {
                        (specific, true) if raised_on_consuming(&specific) => {
                            Err(file_columns(specific, source, index))
                        }
                        _ => Err(err.clone()),
                    };
                }
                _ => match parse_error(&prepared, index, pos, from) {
                    (err, true) => Err(err),
                    (err, false) => return Err(file_columns(err, source, index)),
                },
            }
        }
    };
    match parsed {
        Ok(body) => match prepared.error {
            Some(err) => Err(err),
            None => Ok(Module {
                body,
                span: Span::new(0, source.len() as u32),
            }),
        },
        // CPython tokenizes the rest of the file after a parser error; a
        // tokenizer error found there may win.
        Err(err) => {
            let last = match failed_at {
                Some(pos) => last_token_read(source, &prepared, &err, pos),
                None => Some(err.span.start),
            };
            // Reading the bad token itself raises the tokenizer's error.
            let cut = prepared.source_offset(prepared.text.len());
            if let Some(error) = &prepared.error {
                if last.is_none_or(|at| at >= cut) {
                    return Err(error.clone());
                }
            }
            let last_line = last.map(|at| index.line_col(at).0);
            Err(prepared.parser_error(file_columns(err, source, index), last_line))
        }
    }
}

/// Whether CPython raises `err` as its rule consumes the last token of the
/// reported range, before reading another: `invalid_kwarg`'s `a=expression
/// b='='` (pest's own grammar reads on past the `=`).
fn raised_on_consuming(err: &SyntaxError) -> bool {
    err.msg == "expression cannot contain assignment, perhaps you meant \"==\"?"
}

/// The source offset of the last token CPython's parser read (its
/// `tokens[fill - 1]`) when it failed at text offset `failed_at` and raised
/// `err`; `None` when that read reached the end of the input.
///
/// Most errors are raised at the furthest token read; "Perhaps you forgot a
/// comma?" (`invalid_expression`) comes after its second expression, whose
/// parser read one token past it (looking for `if`).
fn last_token_read(
    source: &str,
    prepared: &super::super::indent::Prepared,
    err: &SyntaxError,
    failed_at: usize,
) -> Option<u32> {
    if raised_on_consuming(err) {
        return Some(err.span.end.saturating_sub(1));
    }
    let furthest = prepared.source_offset(failed_at);
    if err.msg == "invalid syntax" && prepared.error.is_some() {
        if let Some(reach) = comma_rule_reach(prepared, failed_at) {
            let after = next_token_start(source, prepared.source_offset(reach) as usize)?;
            return Some(furthest.max(after as u32));
        }
    }
    if !err.msg.ends_with("Perhaps you forgot a comma?") {
        return Some(furthest);
    }
    let after = next_token_start(source, err.span.end as usize)?;
    Some(furthest.max(after as u32))
}

/// How far CPython's second pass read at a failure at text offset `at` right
/// after an operand (`first_s{even ...`): `invalid_expression` parses the
/// expression starting there (`a=disjunction b=expression_without_invalid`)
/// even when it then raises nothing. The text offset where that parse
/// ended, or the furthest it tried; `None` when the rule does not apply.
fn comma_rule_reach(prepared: &super::super::indent::Prepared, at: usize) -> Option<usize> {
    let text = prepared.text.as_str();
    let before = text
        .get(..at)?
        .trim_end_matches([' ', '\t', '\x0C'])
        .chars()
        .next_back()?;
    let first = text.get(at..)?.chars().next()?;
    let operand_end =
        before.is_alphanumeric() || matches!(before, '_' | '\'' | '"' | ')' | ']' | '}');
    let starts = first.is_alphanumeric() || matches!(first, '_' | '\'' | '"' | '(' | '[' | '{');
    if !operand_end || !starts {
        return None;
    }
    let rest = text.get(at..)?;
    match PythonParser::parse(Rule::expression, rest) {
        Ok(pairs) => Some(at + pairs.last()?.as_span().end()),
        Err(_) => furthest_position(rest, Rule::expression).map(|p| at + p),
    }
}

/// The start of the first token at or after byte `from` of `source`
/// (blanks, line ends, comments and line continuations skipped); `None` at
/// the end of the input.
fn next_token_start(source: &str, from: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        match b {
            b' ' | b'\t' | b'\x0C' | b'\n' | b'\r' | b'\\' => i += 1,
            b'#' => {
                while bytes.get(i).is_some_and(|&b| b != b'\n' && b != b'\r') {
                    i += 1;
                }
            }
            _ => return Some(i),
        }
    }
    None
}

/// Gives up when the parse deadline has passed (`syntax/deadline.rs`): the
/// caller turns the error into the time limit's.
fn out_of_time(index: &LineIndex) -> Result<(), SyntaxError> {
    if super::super::deadline::passed() {
        return Err(gave_up(index));
    }
    Ok(())
}

/// The error of a parse that gave up at the deadline (never shown: the
/// caller reports the time limit).
fn gave_up(index: &LineIndex) -> SyntaxError {
    SyntaxError::syntax("parse deadline passed", Span::default(), index)
}

/// CPython reads a file without an encoding declaration (coding cookie or
/// BOM) as bytes, and its parser then reports byte columns; `SyntaxError::new`
/// counts characters, as CPython does for declared encodings and `str`
/// sources. Errors with their own `text` (f-string fields) already count bytes.
fn file_columns(mut err: SyntaxError, source: &str, index: &LineIndex) -> SyntaxError {
    if err.text.is_some() || source.is_ascii() || declares_encoding(source) {
        return err;
    }
    err.offset = byte_column(index, err.lineno, err.offset);
    err.end_offset = byte_column(index, err.end_lineno, err.end_offset);
    err
}

/// Whether `source` starts with a BOM or has a coding cookie (PEP 263) on one
/// of its first two lines.
fn declares_encoding(source: &str) -> bool {
    if source.starts_with('\u{FEFF}') {
        return true;
    }
    source.lines().take(2).any(|line| {
        let line = line.trim_start_matches([' ', '\t', '\x0C']);
        line.starts_with('#')
            && ["coding:", "coding="].iter().any(|c| {
                line.find(c).is_some_and(|at| {
                    line.get(at + c.len()..).is_some_and(|rest| {
                        rest.trim_start()
                            .starts_with(|ch: char| ch.is_alphanumeric() || "-_.".contains(ch))
                    })
                })
            })
    })
}

/// The length of the prefix operator (`-`, `+`, `~` or the word `not`) at
/// `i`, 0 if there is none (`-=`, `->` and `notable` are not ones).
fn prefix_operator(bytes: &[u8], i: usize) -> usize {
    let ident = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
    match bytes.get(i) {
        Some(b'-' | b'+' | b'~') if !matches!(bytes.get(i + 1), Some(b'=' | b'>')) => 1,
        Some(b'n')
            if bytes.get(i..i + 3) == Some(b"not")
                && !ident(bytes.get(i + 3))
                && (i == 0 || !ident(bytes.get(i - 1))) =>
        {
            3
        }
        _ => 0,
    }
}

/// The offset of the first logical line with too many recursive constructs.
pub(in crate::syntax) fn too_recursive(text: &str) -> Option<usize> {
    let mut count = 0;
    let mut line_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    // Consecutive prefix operators, separated only by blanks.
    let mut prefix_run = 0;
    while i < bytes.len() {
        let prefix = prefix_operator(bytes, i);
        if prefix > 0 {
            prefix_run += 1;
            if prefix_run > MAX_PREFIX_RUN {
                return Some(line_start);
            }
            i += prefix;
            continue;
        }
        if !matches!(bytes.get(i), Some(b' ' | b'\t')) {
            prefix_run = 0;
        }
        match bytes.get(i) {
            Some(b'\n') => {
                count = 0;
                line_start = i + 1;
            }
            Some(b'*') if bytes.get(i + 1) == Some(&b'*') => {
                count += 1;
                i += 1;
            }
            Some(b'"' | b'\'') => {
                // Words inside strings are not constructs.
                let len = text.get(i..).map_or(1, string_len);
                i += len.max(1);
                continue;
            }
            Some(b'l' | b'i')
                if i == 0
                    || !bytes
                        .get(i - 1)
                        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_') =>
            {
                let rest = bytes.get(i..).unwrap_or_default();
                if rest.starts_with(b"lambda") || rest.starts_with(b"if") {
                    count += 1;
                }
            }
            _ => {}
        }
        if count > MAX_RECURSIVE_PER_LINE {
            return Some(line_start);
        }
        i += 1;
    }
    None
}
