//! A program file's bytes → its text, the way CPython 3.11 decodes a script.
//!
//! UTF-8 is the default. A PEP 263 coding cookie on one of the first two
//! lines naming Latin-1 switches to Latin-1; other cookies are treated as
//! UTF-8 (right for ASCII files, which is nearly all of them). Bytes that are
//! not UTF-8 give CPython's "Non-UTF-8 code" error. Divergence: with an
//! explicit UTF-8 cookie or a BOM, CPython instead reports a `(unicode error)`
//! at the string literal holding the bad bytes.

/// Decodes `bytes`, or returns the line python3 prints on stderr (without the
/// final newline) when it cannot; `filename` is the path as python3 shows it.
pub(crate) fn decode(bytes: Vec<u8>, filename: &str) -> Result<String, String> {
    if coding_cookie(&bytes).is_some_and(|name| is_latin_1(&name)) {
        return Ok(bytes.iter().map(|&b| char::from(b)).collect());
    }
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let bytes = err.as_bytes();
        let bad = bytes.get(at).copied().unwrap_or_default();
        let line = line_number(bytes, at);
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line \
             {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        )
    })
}

/// The 1-based line holding byte `at`; `\n`, `\r\n` and a lone `\r` end lines.
fn line_number(bytes: &[u8], at: usize) -> usize {
    let before = bytes.get(..at).unwrap_or_default();
    let ends = before
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')));
    1 + ends.count()
}

/// The encoding named by a coding cookie (`# -*- coding: latin-1 -*-`) on the
/// first line, or on the second when the first is blank or a comment.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n' || b == b'\r');
    let first = lines.next()?;
    if let Some(name) = cookie_in_line(first) {
        return Some(name);
    }
    let first = first.trim_ascii_start();
    if first.is_empty() || first.starts_with(b"#") {
        return lines.next().and_then(cookie_in_line);
    }
    None
}

/// CPython's cookie pattern: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn cookie_in_line(line: &[u8]) -> Option<String> {
    let comment = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0C'))
        .and_then(|i| line.get(i..))
        .filter(|rest| rest.starts_with(b"#"))?;
    let at = comment
        .windows(7)
        .position(|w| w.starts_with(b"coding") && matches!(w[6], b':' | b'='))?;
    let rest = comment.get(at + 7..)?.trim_ascii_start();
    let len = rest
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')))
        .unwrap_or(rest.len());
    let name = rest.get(..len).filter(|name| !name.is_empty())?;
    Some(String::from_utf8_lossy(name).into_owned())
}

/// Whether CPython's `get_normal_name` maps `name` to `iso-8859-1`.
fn is_latin_1(name: &str) -> bool {
    let name = name.to_ascii_lowercase().replace('_', "-");
    ["latin-1", "iso-8859-1", "iso-latin-1"]
        .iter()
        .any(|prefix| name == *prefix || name.starts_with(&format!("{prefix}-")))
}

#[cfg(test)]
mod tests {
    use super::{coding_cookie, decode, line_number};

    #[test]
    fn cookies_are_found_on_the_first_two_lines_only() {
        assert_eq!(
            coding_cookie(b"# -*- coding: latin-1 -*-\n").as_deref(),
            Some("latin-1")
        );
        assert_eq!(
            coding_cookie(b"#!/bin/python\n# vim: set fileencoding=utf-8 :\n").as_deref(),
            Some("utf-8")
        );
        assert_eq!(coding_cookie(b"x = 1\n# coding: latin-1\n"), None);
        assert_eq!(coding_cookie(b"\n\n# coding: latin-1\n"), None);
    }

    #[test]
    fn latin_1_cookies_decode_every_byte() {
        let text = decode(b"# coding: iso-8859-1\nx = '\xe9'\n".to_vec(), "f.py").unwrap();
        assert!(text.ends_with("x = 'é'\n"));
    }

    #[test]
    fn lines_end_like_universal_newlines() {
        assert_eq!(line_number(b"a\r\nb\rc\nd", 8), 4);
        assert_eq!(line_number(b"a\r\rb", 3), 3);
    }
}
