//! The text of an annotation under `from __future__ import annotations` (PEP 563): CPython
//! stores `ast.unparse` of the annotation; this normalises the annotation's source text the
//! way `ast.unparse` prints the forms annotations use (names, attributes, subscripts, `|`,
//! calls, string literals): whitespace dropped except one space between words, `, ` after
//! commas, ` | ` around unions, and string literals re-quoted with single quotes.

/// The annotation text CPython would store for the source slice `text`.
pub(crate) fn annotation_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.trim().chars().collect();
    let mut i = 0;
    let mut pending_space = false;
    while let Some(&c) = chars.get(i) {
        if c == '#' {
            while chars.get(i).is_some_and(|&c| c != '\n') {
                i += 1;
            }
            continue;
        }
        if c.is_whitespace() || c == '\\' {
            pending_space = true;
            i += 1;
            continue;
        }
        if pending_space && is_word(out.chars().last()) && is_word(Some(c)) {
            out.push(' ');
        }
        pending_space = false;
        match c {
            '\'' | '"' => i = string_literal(&chars, i, &mut out),
            ',' => {
                out.push_str(", ");
                i += 1;
            }
            '|' => {
                while out.ends_with(' ') {
                    out.pop();
                }
                out.push_str(" | ");
                i += 1;
            }
            _ => {
                if matches!(c, ')' | ']' | '}') {
                    while out.ends_with(' ') {
                        out.pop();
                    }
                }
                out.push(c);
                i += 1;
            }
        }
        // No space right after an opening bracket (`[ int ]` is `[int]`).
        if matches!(out.chars().last(), Some('[' | '(' | '{')) {
            pending_space = false;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether `c` is part of a name or number (two of them need a space between).
fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
}

/// Copies the string literal starting at `chars[start]` (with any prefix already copied) to
/// `out`, with single quotes when its body has neither quote nor backslash; returns the index
/// after it.
fn string_literal(chars: &[char], start: usize, out: &mut String) -> usize {
    let quote = chars[start];
    let triple = chars.get(start + 1) == Some(&quote) && chars.get(start + 2) == Some(&quote);
    let width = if triple { 3 } else { 1 };
    let mut end = start + width;
    while end < chars.len() {
        if chars[end] == '\\' {
            end += 2;
            continue;
        }
        if chars[end] == quote
            && (!triple
                || (chars.get(end + 1) == Some(&quote) && chars.get(end + 2) == Some(&quote)))
        {
            break;
        }
        end += 1;
    }
    let body: String = chars[start + width..end.min(chars.len())].iter().collect();
    if !triple && !body.contains(['\'', '"', '\\']) {
        out.push('\'');
        out.push_str(&body);
        out.push('\'');
    } else {
        let stop = (end + width).min(chars.len());
        out.extend(&chars[start..stop]);
    }
    end + width
}

#[cfg(test)]
mod tests {
    use super::annotation_text;

    #[test]
    fn normalises_like_ast_unparse() {
        for (source, want) in [
            ("int", "int"),
            ("dict[str,int]", "dict[str, int]"),
            ("Optional[ List[int] ]", "Optional[List[int]]"),
            ("int|None", "int | None"),
            ("\"Node\"", "'Node'"),
            ("Literal[\"a\", 'b']", "Literal['a', 'b']"),
            (
                "Callable[[int, str],\n    bool]",
                "Callable[[int, str], bool]",
            ),
            ("typing.Dict[str, 'X']", "typing.Dict[str, 'X']"),
        ] {
            assert_eq!(annotation_text(source), want, "{source}");
        }
    }
}
