//! TEMPORARY stand-in for helper "lex"'s pre-pass (replaced on merge of `lex`).
//! Same contract as the real one, simplified: no error detection beyond basics.

use super::{LineIndex, SyntaxError};

pub(crate) const INDENT: char = '\u{21E5}';
pub(crate) const DEDENT: char = '\u{21E4}';

/// Text for the grammar, with a byte map back to the source.
pub(crate) struct Prepared {
    pub text: String,
    map: Vec<u32>,
    pub error: Option<SyntaxError>,
}

impl Prepared {
    pub(crate) fn source_offset(&self, text_offset: usize) -> u32 {
        self.map
            .get(text_offset)
            .copied()
            .unwrap_or_else(|| self.map.last().copied().unwrap_or(0))
    }
    fn push(&mut self, c: char, src: usize) {
        for _ in 0..c.len_utf8() {
            self.map.push(src as u32);
        }
        self.text.push(c);
    }
}

pub(crate) fn prepare(source: &str, _index: &LineIndex) -> Prepared {
    let mut p = Prepared { text: String::new(), map: Vec::new(), error: None };
    let src = source.strip_prefix('\u{feff}').unwrap_or(source);
    let base = source.len() - src.len();
    let chars: Vec<(usize, char)> = src.char_indices().map(|(i, c)| (i + base, c)).collect();
    let mut i = 0;
    let mut depth = 0i32;
    let mut stack = vec![0usize];
    let mut at_line_start = true;
    let mut line_has_token = false;
    while i < chars.len() {
        let (off, c) = chars[i];
        if at_line_start && depth == 0 {
            let mut col = 0;
            let mut j = i;
            while j < chars.len() && matches!(chars[j].1, ' ' | '\t' | '\x0C') {
                col += if chars[j].1 == '\t' { 8 - col % 8 } else { 1 };
                p.push(' ', chars[j].0);
                j += 1;
            }
            if j >= chars.len() { break; }
            let c2 = chars[j].1;
            if c2 == '\n' || c2 == '#' || c2 == '\r' {
                i = j;
                at_line_start = false;
                line_has_token = false;
                continue;
            }
            let top = *stack.last().unwrap_or(&0);
            if col > top {
                stack.push(col);
                p.push(INDENT, chars[j].0);
            } else {
                while col < *stack.last().unwrap_or(&0) {
                    stack.pop();
                    p.push(DEDENT, chars[j].0);
                }
            }
            at_line_start = false;
            i = j;
            continue;
        }
        match c {
            '#' => {
                while i < chars.len() && chars[i].1 != '\n' { p.push(' ', chars[i].0); i += 1; }
            }
            '\\' if chars.get(i + 1).map(|x| x.1) == Some('\n') => {
                p.push(' ', off); p.push(' ', off + 1); i += 2;
            }
            '\r' => { p.push(' ', off); i += 1; }
            '\n' => {
                if depth > 0 || !line_has_token { p.push(' ', off); } else { p.push('\n', off); }
                if depth == 0 { at_line_start = true; line_has_token = false; }
                i += 1;
            }
            '(' | '[' | '{' => { depth += 1; line_has_token = true; p.push(c, off); i += 1; }
            ')' | ']' | '}' => { depth -= 1; line_has_token = true; p.push(c, off); i += 1; }
            '\'' | '"' => {
                line_has_token = true;
                let triple = chars.get(i + 1).map(|x| x.1) == Some(c) && chars.get(i + 2).map(|x| x.1) == Some(c);
                let n = if triple { 3 } else { 1 };
                for _ in 0..n { p.push(c, chars[i].0); i += 1; }
                while i < chars.len() {
                    let ch = chars[i].1;
                    if ch == '\\' { p.push(ch, chars[i].0); i += 1; if i < chars.len() { p.push(chars[i].1, chars[i].0); i += 1; } continue; }
                    if ch == c && (!triple || (chars.get(i + 1).map(|x| x.1) == Some(c) && chars.get(i + 2).map(|x| x.1) == Some(c))) {
                        for _ in 0..n { p.push(c, chars[i].0); i += 1; }
                        break;
                    }
                    p.push(ch, chars[i].0);
                    i += 1;
                }
            }
            _ => { if !matches!(c, ' ' | '\t') { line_has_token = true; } p.push(c, off); i += 1; }
        }
    }
    if line_has_token || !p.text.ends_with('\n') && !p.text.trim().is_empty() { p.push('\n', source.len()); }
    for _ in 1..stack.len() { p.push(DEDENT, source.len()); }
    p.map.push(source.len() as u32);
    p
}
