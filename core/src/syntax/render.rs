//! [`SyntaxError::render`]: what `python3` prints on stderr for a syntax error.
//!
//! The default `sys.excepthook` of CPython 3.11 is C code
//! (`print_exception_file_and_line` and `print_error_text` in
//! `Python/pythonrun.c`), not `traceback.py`, and its rules differ: leading
//! spaces, tabs and form feeds are stripped from the line, the caret line is
//! indented with spaces only, byte lengths are compared with character
//! offsets, and no caret is printed when it would fall left of the text
//! (`unexpected indent`, errors at column 0). This file ports those rules and
//! finds `text` the way CPython does: the physical line `lineno` re-read from
//! the file (universal newlines, only the last 999-byte chunk of longer
//! lines), or, for `-c` code (`<string>`), nothing for errors raised after
//! parsing, since there is no file to re-read.

use std::fmt::Write;

use super::{SyntaxError, SyntaxErrorKind};

/// The filename CPython gives code from `-c` (and `compile(..., "<string>")`).
const STRING_FILENAME: &str = "<string>";

/// CPython re-reads the line with `fgets` into a 1000-byte buffer: a longer
/// line is read in 999-byte chunks and only the last one is kept.
const LINE_CHUNK: usize = 999;

impl SyntaxError {
    /// Exactly what `python3` prints on stderr when the program `source`,
    /// run as `filename`, has this error (every line ends with `\n`).
    ///
    /// `filename` is what CPython shows: the script path made absolute
    /// (`python3 main.py` shows `/cwd/main.py`) or `<string>` for `-c`.
    pub fn render(&self, filename: &str, source: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "  File \"{filename}\", line {}", self.lineno);
        if let Some(text) = self.cpython_text(filename, source) {
            // CPython reads the end position of SyntaxError itself only, not
            // of its subclasses (IndentationError, TabError).
            let (end_lineno, end_offset) = match self.kind {
                SyntaxErrorKind::SyntaxError => (self.end_lineno, i64::from(self.end_offset)),
                _ => (self.lineno, -1),
            };
            let line_size = text.len() as i64;
            // A multi-line error is underlined to the end of its first line,
            // and never past the end of the text.
            let end_offset = if end_lineno > self.lineno {
                line_size
            } else {
                end_offset
            };
            let end_offset = end_offset.min(line_size + 1);
            print_error_text(&mut out, i64::from(self.offset), end_offset, &text);
        }
        if self.msg.is_empty() {
            let _ = writeln!(out, "{}", self.kind);
        } else {
            let _ = writeln!(out, "{}: {}", self.kind, self.msg);
        }
        out
    }

    /// CPython's `SyntaxError.text` for this error, as `python3` would set it.
    fn cpython_text(&self, filename: &str, source: &str) -> Option<String> {
        if let Some(text) = &self.text {
            return Some(text.clone());
        }
        let from_file = filename != STRING_FILENAME;
        if !from_file && is_compiler_error(&self.msg) {
            return None;
        }
        let mut text = physical_line(source, self.lineno, from_file).unwrap_or_default();
        // For `-c` code CPython takes a line the tokenizer has already left
        // (that of a multi-line error) from its buffers, without the newline.
        if !from_file && self.end_lineno > self.lineno && text.ends_with('\n') {
            text.pop();
        }
        Some(text)
    }
}

/// Physical line `lineno` (1-based) with its line end normalised to `\n`.
///
/// With `chunked`, a line longer than [`LINE_CHUNK`] bytes is cut like
/// CPython's re-read of the file cuts it.
fn physical_line(source: &str, lineno: u32, chunked: bool) -> Option<String> {
    let bytes = source.as_bytes();
    let mut start = 0;
    let mut line = 1;
    while line < lineno {
        let end = line_end(bytes, start)?;
        start = end.next;
        line += 1;
    }
    if start >= bytes.len() {
        return None;
    }
    let (content_end, has_newline) = match line_end(bytes, start) {
        Some(end) => (end.content_end, true),
        None => (bytes.len(), false),
    };
    let mut text = bytes.get(start..content_end)?.to_vec();
    if has_newline {
        text.push(b'\n');
    }
    if chunked && text.len() > LINE_CHUNK {
        let last_chunk = (text.len() - 1) / LINE_CHUNK * LINE_CHUNK;
        text.drain(..last_chunk);
    }
    Some(String::from_utf8_lossy(&text).into_owned())
}

/// Where a line that starts at `start` ends.
struct LineEnd {
    /// Offset of its line terminator.
    content_end: usize,
    /// Offset of the next line.
    next: usize,
}

/// The end of the line starting at `start`; `None` if it has no terminator.
fn line_end(bytes: &[u8], start: usize) -> Option<LineEnd> {
    let rest = bytes.get(start..)?;
    let pos = rest.iter().position(|&b| b == b'\n' || b == b'\r')?;
    let content_end = start + pos;
    let next = if rest.get(pos..pos + 2) == Some(b"\r\n") {
        content_end + 2
    } else {
        content_end + 1
    };
    Some(LineEnd { content_end, next })
}

/// A port of `print_error_text`: the stripped line, then the caret line.
///
/// `offset` and `end_offset` are 1-based character columns; like CPython
/// this compares them with byte lengths.
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    // CPython handles the text as a C string: it ends at the first NUL.
    let text = text.split('\0').next().unwrap_or_default();
    let stripped = text.trim_start_matches([' ', '\t', '\x0C']);
    let mut offset = offset - 1 - (text.len() - stripped.len()) as i64;
    let mut text = stripped;
    let mut len = text.len() as i64 - i64::from(text.ends_with('\n'));
    offset = offset.min(len);
    // Skip the lines before the one the offset is on.
    while let Some(newline) = text.find('\n') {
        if newline as i64 >= offset {
            break;
        }
        text = text.get(newline + 1..).unwrap_or_default();
        len -= newline as i64 + 1;
        offset -= newline as i64 + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    let ends_line = usize::try_from(len).is_ok_and(|len| text.as_bytes().get(len) == Some(&b'\n'));
    if !ends_line {
        out.push('\n');
    }
    if let Ok(offset) = usize::try_from(offset) {
        out.push_str("    ");
        out.push_str(&" ".repeat(offset));
        out.push_str(&"^".repeat(usize::try_from(carets).unwrap_or(1)));
        out.push('\n');
    }
}

/// Messages of errors CPython raises after parsing (symtable, compiler): for
/// these it re-reads `text` from the file, so `-c` code shows no line at all.
const COMPILER_ERRORS: &[&str] = &[
    "'return' outside function",
    "'break' outside loop",
    "'continue' not properly in loop",
    "'yield' outside function",
    "'await' outside function",
    "'await' outside async function",
    "'return' with value in async generator",
    "'yield from' inside async function",
    "'async with' outside async function",
    "'async for' outside async function",
    "asynchronous comprehension outside of an asynchronous function",
    "nonlocal declaration not allowed at module level",
    "import * only allowed at module level",
    "starred assignment target must be in a list or tuple",
    "multiple starred expressions in assignment",
    "can't use starred expression here",
    "too many expressions in star-unpacking assignment",
    "default 'except:' must be last",
    "not a chance",
    "wildcard makes remaining patterns unreachable",
    "alternative patterns bind different names",
    "patterns may only match literals and attribute lookups",
    "too many statically nested blocks",
    "from __future__ imports must occur at the beginning of the file",
    "assignment expression within a comprehension cannot be used in a class body",
    "assignment expression cannot be used in a comprehension iterable expression",
];

/// Prefixes of the compiler's messages that name something.
const COMPILER_ERROR_PREFIXES: &[&str] = &[
    "duplicate argument ",
    "keyword argument repeated: ",
    "name '",
    "no binding for nonlocal ",
    "annotated name ",
    "future feature ",
    "comprehension inner loop cannot rebind",
    "assignment expression cannot rebind comprehension iteration variable",
    "multiple assignments to name ",
    "'yield' inside ",
    "'await' inside ",
    "mapping pattern checks duplicate key",
    "attribute name repeated in class pattern",
];

/// Whether CPython raises `msg` after parsing (see [`COMPILER_ERRORS`]).
fn is_compiler_error(msg: &str) -> bool {
    COMPILER_ERRORS.contains(&msg) || COMPILER_ERROR_PREFIXES.iter().any(|p| msg.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::physical_line;

    #[test]
    fn physical_lines_use_universal_newlines() {
        let source = "a\r\nb\rc\nd";
        assert_eq!(physical_line(source, 1, true).as_deref(), Some("a\n"));
        assert_eq!(physical_line(source, 2, true).as_deref(), Some("b\n"));
        assert_eq!(physical_line(source, 3, true).as_deref(), Some("c\n"));
        assert_eq!(physical_line(source, 4, true).as_deref(), Some("d"));
        assert_eq!(physical_line(source, 5, true), None);
    }

    #[test]
    fn long_lines_keep_their_last_chunk_when_read_from_a_file() {
        let line = format!("{}\n", "x".repeat(1000));
        assert_eq!(physical_line(&line, 1, true).as_deref(), Some("x\n"));
        assert_eq!(physical_line(&line, 1, false).map(|t| t.len()), Some(1001));
        let exact = format!("{}\n", "x".repeat(998));
        assert_eq!(physical_line(&exact, 1, true).map(|t| t.len()), Some(999));
    }
}
