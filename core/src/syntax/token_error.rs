//! The errors of CPython's tokenizer, one constructor per message, with the
//! positions `python3 FILE` reports: some are byte columns, and some have
//! CPython's `0`/`-1` end offsets, which no span gives.

use std::fmt::Write as _;

use super::ast::Span;
use super::number::LiteralError;
use super::{LineIndex, SyntaxError, SyntaxErrorKind};

/// Builds the pre-pass errors for one source.
pub(super) struct TokenErrors<'a> {
    /// The source's line index.
    pub index: &'a LineIndex,
    /// The source.
    pub bytes: &'a [u8],
}

impl TokenErrors<'_> {
    /// An error at the character starting at `pos` (CPython's `syntaxerror`).
    fn error_at(&self, kind: SyntaxErrorKind, msg: impl Into<String>, pos: usize) -> SyntaxError {
        SyntaxError::new(kind, msg, Span::new(pos as u32, pos as u32), self.index)
    }

    /// An error reported through the parser, whose columns CPython computes
    /// from bytes and sometimes sets to `0` or `-1`.
    fn error_columns(
        &self,
        kind: SyntaxErrorKind,
        msg: &str,
        pos: usize,
        offset: usize,
        end_offset: i32,
    ) -> SyntaxError {
        let mut error = self.error_at(kind, msg, pos);
        error.offset = offset as i32;
        error.end_lineno = error.lineno;
        error.end_offset = end_offset;
        error
    }

    /// The byte length of the physical line holding `pos`, without its end.
    fn line_len(&self, pos: usize) -> usize {
        let start = line_start(self.bytes, pos);
        let rest = self.bytes.get(start..).unwrap_or_default();
        rest.iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len())
    }

    #[cold]
    pub(super) fn tab_error(&self, pos: usize) -> SyntaxError {
        let msg = "inconsistent use of tabs and spaces in indentation";
        self.error_columns(SyntaxErrorKind::TabError, msg, pos, 1, 0)
    }

    #[cold]
    pub(super) fn too_deep(&self, pos: usize) -> SyntaxError {
        let msg = "too many levels of indentation";
        self.error_columns(SyntaxErrorKind::IndentationError, msg, pos, 1, 0)
    }

    #[cold]
    pub(super) fn unexpected_indent(&self, pos: usize) -> SyntaxError {
        let col = pos - line_start(self.bytes, pos);
        let kind = SyntaxErrorKind::IndentationError;
        self.error_columns(kind, "unexpected indent", pos, col, -1)
    }

    #[cold]
    pub(super) fn dedent_mismatch(&self, pos: usize) -> SyntaxError {
        let msg = "unindent does not match any outer indentation level";
        let offset = self.line_len(pos) + 1;
        self.error_columns(SyntaxErrorKind::IndentationError, msg, pos, offset, -1)
    }

    #[cold]
    pub(super) fn bad_continuation(&self, after: usize) -> SyntaxError {
        let msg = "unexpected character after line continuation character";
        let offset = after - line_start(self.bytes, after) + 1;
        self.error_columns(SyntaxErrorKind::SyntaxError, msg, after, offset, 0)
    }

    #[cold]
    pub(super) fn eof_after_continuation(
        &self,
        backslash: usize,
        in_indentation: bool,
    ) -> SyntaxError {
        let offset = if in_indentation {
            0
        } else {
            self.line_len(backslash) + 1
        };
        let msg = "unexpected EOF while parsing";
        self.error_columns(SyntaxErrorKind::SyntaxError, msg, backslash, offset, -1)
    }

    #[cold]
    pub(super) fn unterminated_string(
        &self,
        start: usize,
        triple: bool,
        detected: usize,
    ) -> SyntaxError {
        let (line, _) = self.index.line_col(detected as u32);
        let kind = if triple {
            "triple-quoted string"
        } else {
            "string"
        };
        let msg = format!("unterminated {kind} literal (detected at line {line})");
        self.error_at(SyntaxErrorKind::SyntaxError, msg, start)
    }

    #[cold]
    pub(super) fn invalid_character(&self, pos: usize, ch: char) -> SyntaxError {
        let code = u32::from(ch);
        let msg = if is_printable(ch) {
            format!("invalid character '{ch}' (U+{code:04X})")
        } else {
            format!("invalid non-printable character U+{code:04X}")
        };
        self.error_at(SyntaxErrorKind::SyntaxError, msg, pos)
    }

    #[cold]
    pub(super) fn non_printable(&self, pos: usize) -> SyntaxError {
        let code = self.bytes.get(pos).copied().unwrap_or(0);
        let msg = format!("invalid non-printable character U+{code:04X}");
        self.error_at(SyntaxErrorKind::SyntaxError, msg, pos)
    }

    #[cold]
    pub(super) fn literal_error(&self, error: &LiteralError) -> SyntaxError {
        let span = Span::new(error.range.start as u32, error.range.end as u32);
        SyntaxError::new(SyntaxErrorKind::SyntaxError, &error.msg, span, self.index)
    }

    #[cold]
    pub(super) fn too_many_nested(&self, pos: usize) -> SyntaxError {
        self.error_at(
            SyntaxErrorKind::SyntaxError,
            "too many nested parentheses",
            pos,
        )
    }

    #[cold]
    pub(super) fn unmatched(&self, pos: usize, close: u8) -> SyntaxError {
        let msg = format!("unmatched '{}'", char::from(close));
        self.error_at(SyntaxErrorKind::SyntaxError, msg, pos)
    }

    #[cold]
    pub(super) fn mismatched(
        &self,
        pos: usize,
        close: u8,
        open: u8,
        open_pos: usize,
    ) -> SyntaxError {
        let (close, open_ch) = (char::from(close), char::from(open));
        let mut msg =
            format!("closing parenthesis '{close}' does not match opening parenthesis '{open_ch}'");
        let (open_line, _) = self.index.line_col(open_pos as u32);
        if open_line != self.index.line_col(pos as u32).0 {
            let _ = write!(msg, " on line {open_line}");
        }
        self.error_at(SyntaxErrorKind::SyntaxError, msg, pos)
    }

    #[cold]
    pub(super) fn never_closed(&self, open: u8, open_pos: usize) -> SyntaxError {
        let msg = format!("'{}' was never closed", char::from(open));
        let offset = open_pos - line_start(self.bytes, open_pos) + 1;
        self.error_columns(SyntaxErrorKind::SyntaxError, &msg, open_pos, offset, 0)
    }

    #[cold]
    pub(super) fn null_bytes(&self, pos: usize) -> SyntaxError {
        let msg = "source code cannot contain null bytes";
        self.error_columns(SyntaxErrorKind::SyntaxError, msg, pos, 0, 0)
    }
}

/// CPython's `str.isprintable` for one character: not a control, format,
/// surrogate, private-use, unassigned or separator character (space excepted).
fn is_printable(ch: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    ch == ' '
        || !matches!(
            get_general_category(ch),
            G::Control
                | G::Format
                | G::Surrogate
                | G::PrivateUse
                | G::Unassigned
                | G::LineSeparator
                | G::ParagraphSeparator
                | G::SpaceSeparator
        )
}

/// The offset where the physical line holding `pos` starts.
pub(super) fn line_start(bytes: &[u8], pos: usize) -> usize {
    bytes
        .get(..pos)
        .and_then(|before| before.iter().rposition(|&b| b == b'\n' || b == b'\r'))
        .map_or(0, |i| i + 1)
}

/// The constructors' positions, checked through the pre-pass.
#[cfg(test)]
mod tests {
    use crate::syntax::indent::prepare;
    use crate::syntax::LineIndex;

    /// The error as `Kind: msg (lineno, offset, end_lineno, end_offset)`.
    fn error(source: &str) -> String {
        let prepared = prepare(source, &LineIndex::new(source));
        prepared.error.map_or(String::new(), |e| {
            let pos = (e.lineno, e.offset, e.end_lineno, e.end_offset);
            format!("{}: {} {pos:?}", e.kind, e.msg)
        })
    }

    /// Errors as `python3 FILE` reports them (through `sys.excepthook`).
    #[test]
    fn errors_match_cpython_file_positions() {
        let cases: &[(&str, &str)] = &[
        ("  x = 1\n", "IndentationError: unexpected indent (1, 2, 1, -1)"),
        ("if x:\n  y\n    z\n", "IndentationError: unexpected indent (3, 4, 3, -1)"),
        ("if x: pass\n  y\n", "IndentationError: unexpected indent (2, 2, 2, -1)"),
        ("x = (1,\n  2\n  )\n  y = 3\n", "IndentationError: unexpected indent (4, 2, 4, -1)"),
        ("\\\n  x = 1\n", "IndentationError: unexpected indent (2, 2, 2, -1)"),
        ("if x:\n  y\n  \x0C    z\n", "IndentationError: unexpected indent (3, 7, 3, -1)"),
        ("if x:\n    y\n  z\n", "IndentationError: unindent does not match any outer indentation level (3, 4, 3, -1)"),
        ("if x:\n    y\n  é # cé\n", "IndentationError: unindent does not match any outer indentation level (3, 11, 3, -1)"),
        ("if 1:\n  x = 1\n \\\n  y\n", "IndentationError: unindent does not match any outer indentation level (4, 4, 4, -1)"),
        ("if x:\n    y\n  z", "IndentationError: unindent does not match any outer indentation level (3, 4, 3, -1)"),
        ("if x:\n\ty\n        z\n", "TabError: inconsistent use of tabs and spaces in indentation (3, 1, 3, 0)"),
        ("if x:\n        y\n\tz\n", "TabError: inconsistent use of tabs and spaces in indentation (3, 1, 3, 0)"),
        ("if x:\n \ty\n\t\tz\n", "TabError: inconsistent use of tabs and spaces in indentation (3, 1, 3, 0)"),
        ("x = 1 \\ y\n", "SyntaxError: unexpected character after line continuation character (1, 8, 1, 0)"),
        ("é = 1 \\é\n", "SyntaxError: unexpected character after line continuation character (1, 9, 1, 0)"),
        ("x = 1 \\", "SyntaxError: unexpected EOF while parsing (1, 8, 1, -1)"),
        ("é = 1 \\\n", "SyntaxError: unexpected EOF while parsing (1, 9, 1, -1)"),
        ("x = 1\n  \\\n", "SyntaxError: unexpected EOF while parsing (2, 0, 2, -1)"),
        ("x = (1 \\\n", "SyntaxError: '(' was never closed (1, 5, 1, 0)"),
        ("x = 'abc\n", "SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)"),
        ("é = 'é\n", "SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)"),
        ("x = rb'abc\ny\n", "SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)"),
        ("x = ub'a\n", "SyntaxError: unterminated string literal (detected at line 1) (1, 7, 1, 7)"),
        ("x = 'abc\\\ndef\n", "SyntaxError: unterminated string literal (detected at line 2) (1, 5, 1, 5)"),
        ("x = '''abc", "SyntaxError: unterminated triple-quoted string literal (detected at line 1) (1, 5, 1, 5)"),
        ("x = '''abc\n\n  ", "SyntaxError: unterminated triple-quoted string literal (detected at line 3) (1, 5, 1, 5)"),
        ("x = r'a\\'\n", "SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)"),
        ("x = (\n  'abc\n)\n", "SyntaxError: unterminated string literal (detected at line 2) (2, 3, 2, 3)"),
        ("é = (1,\n2\n", "SyntaxError: '(' was never closed (1, 6, 1, 0)"),
        ("x = (1,\n[2\n", "SyntaxError: '[' was never closed (2, 1, 2, 0)"),
        ("print('hello'\nx = 1\n", "SyntaxError: '(' was never closed (1, 6, 1, 0)"),
        ("x = 1)\n", "SyntaxError: unmatched ')' (1, 6, 1, 6)"),
        ("x = (1]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' (1, 7, 1, 7)"),
        ("é = (1,\n é]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 (2, 3, 2, 3)"),
        ("x = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n", "SyntaxError: too many nested parentheses (1, 205, 1, 205)"),
        ("x = €\n", "SyntaxError: invalid character '€' (U+20AC) (1, 5, 1, 5)"),
        ("é = a€\n", "SyntaxError: invalid character '€' (U+20AC) (1, 6, 1, 6)"),
        ("x = ·\n", "SyntaxError: invalid character '·' (U+00B7) (1, 5, 1, 5)"),
        ("x = a\u{200B}\n", "SyntaxError: invalid non-printable character U+200B (1, 6, 1, 6)"),
        ("x = \u{3000}\n", "SyntaxError: invalid non-printable character U+3000 (1, 5, 1, 5)"),
        ("x = 1 \x7F\n", "SyntaxError: invalid non-printable character U+007F (1, 7, 1, 7)"),
        ("x = 1\n\x0B\n", "SyntaxError: invalid non-printable character U+000B (2, 1, 2, 1)"),
        ("x = 1\u{FEFF}\n", "SyntaxError: invalid non-printable character U+FEFF (1, 6, 1, 6)"),
        ("x = 1\ny = 2\nz\x00\n", "SyntaxError: source code cannot contain null bytes (3, 0, 3, 0)"),
        ("x = (\ny = 2\nz\x00\n", "SyntaxError: source code cannot contain null bytes (3, 0, 3, 0)"),
        ];
        for (source, expected) in cases {
            assert_eq!(error(source), *expected, "{source:?}");
        }
    }

    #[test]
    fn too_many_levels_of_indentation() {
        let mut source = String::from("def f():\n");
        for i in 1..100 {
            source += &" ".repeat(i);
            source += "if x:\n";
        }
        source += &" ".repeat(100);
        source += "pass\n";
        let expected = "IndentationError: too many levels of indentation (101, 1, 101, 0)";
        assert_eq!(error(&source), expected);
    }
}
