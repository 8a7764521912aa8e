//! The mutator over the conformance cases: line and token deletion,
//! duplication and swaps, splices between cases, character flips, and
//! deep-nesting injection (the parser's and compiler's recursion).

use std::path::{Path, PathBuf};

use crate::rng::Rng;

/// The seed programs: every `conformance/cases/**.py`, in path order.
pub struct Corpus {
    cases: Vec<String>,
}

impl Corpus {
    /// Loads the `.py` files under `dir` (recursively); an empty corpus if none.
    pub fn load(dir: &Path) -> Corpus {
        let mut paths = Vec::new();
        collect(dir, &mut paths);
        paths.sort();
        let cases = paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        Corpus { cases }
    }

    /// A random case (a tiny program when the corpus is empty).
    fn pick(&self, rng: &mut Rng) -> &str {
        if self.cases.is_empty() {
            return "x = [1, 2, 3]\nprint(sum(x))\n";
        }
        &self.cases[rng.below(self.cases.len())]
    }

    /// A mutant of a random case: one to four mutations.
    pub fn mutant(&self, rng: &mut Rng) -> String {
        let mut text = self.pick(rng).to_owned();
        for _ in 0..=rng.below(4) {
            text = match rng.below(10) {
                0 => line_edit(&text, rng),
                1 | 2 => token_edit(&text, rng),
                3 => {
                    let other = self.pick(rng).to_owned();
                    splice(&text, &other, rng)
                }
                4 | 5 => char_flip(&text, rng),
                6 => nesting(&text, rng),
                _ => line_edit(&token_edit(&text, rng), rng),
            };
        }
        text
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension() == Some("py".as_ref()) {
            out.push(path);
        }
    }
}

/// Deletes, duplicates or swaps lines.
fn line_edit(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() {
        return text.to_owned();
    }
    let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
    match rng.below(3) {
        0 => {
            lines.remove(i);
        }
        1 => lines.insert(j, lines[i]),
        _ => lines.swap(i, j),
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// The byte ranges of crude tokens: runs of word characters, single
/// punctuation characters (whitespace is not a token).
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (start, word) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
        if !word && !c.is_whitespace() {
            out.push((i, i + c.len_utf8()));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Deletes, duplicates or swaps tokens, or replaces one with a keyword or operator.
fn token_edit(text: &str, rng: &mut Rng) -> String {
    let toks = tokens(text);
    if toks.is_empty() {
        return text.to_owned();
    }
    let (a0, a1) = toks[rng.below(toks.len())];
    let (b0, b1) = toks[rng.below(toks.len())];
    let a = &text[a0..a1];
    let b = &text[b0..b1];
    let replacement = match rng.below(4) {
        0 => String::new(),
        1 => format!("{a} {a}"),
        2 => b.to_owned(),
        _ => (*rng.pick(&[
            "lambda",
            "yield",
            "await",
            "*",
            "**",
            ":=",
            "async",
            "not",
            "is",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            ",",
            ":",
            ";",
            "\\",
            "@",
            "->",
            "global x",
            "nonlocal x",
            "return",
            "del",
            "match",
            "case",
            "_",
            "...",
            "None",
            "1e999",
            "0x",
            "f'{",
            "'",
            "\"\"\"",
            "\n",
            "\n    ",
            "\t",
        ]))
        .to_owned(),
    };
    format!("{}{}{}", &text[..a0], replacement, &text[a1..])
}

/// A prefix of one case followed by a suffix of another (at line starts).
fn splice(text: &str, other: &str, rng: &mut Rng) -> String {
    let cut = |t: &str, rng: &mut Rng| -> usize {
        let starts: Vec<usize> = std::iter::once(0)
            .chain(t.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        starts[rng.below(starts.len())]
    };
    let (a, b) = (cut(text, rng), cut(other, rng));
    format!("{}{}", &text[..a], &other[b..])
}

/// Replaces, inserts or deletes one character (the text stays UTF-8).
fn char_flip(text: &str, rng: &mut Rng) -> String {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let at = bounds[rng.below(bounds.len())];
    let next = bounds.iter().copied().find(|&b| b > at).unwrap_or(at);
    let c = match rng.below(4) {
        0 => char::from(rng.range(0, 127) as u8),
        1 => *rng.pick(&[
            '\u{e9}',
            '\u{3b1}',
            '\u{feff}',
            '\u{200b}',
            '\u{1f600}',
            '\u{2028}',
            '\u{0}',
        ]),
        _ => *rng.pick(&[
            '(', ')', '[', ']', '{', '}', ':', '"', '\'', '\\', '#', '\n', ' ', '\t', '=', '.', ',',
        ]),
    };
    match rng.below(3) {
        0 => format!("{}{}{}", &text[..at], c, &text[next..]),
        1 => format!("{}{}{}", &text[..at], c, &text[at..]),
        _ => format!("{}{}", &text[..at], &text[next..]),
    }
}

/// Inserts a deeply nested construct before a random line.
fn nesting(text: &str, rng: &mut Rng) -> String {
    let n = *rng.pick(&[10, 50, 99, 100, 101, 200, 500, 1000, 3000, 10_000]);
    let piece = match rng.below(12) {
        0 => format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
        1 => format!("x = {}1{}\n", "[".repeat(n), "]".repeat(n)),
        2 => format!("x = {}1\n", "-".repeat(n)),
        3 => format!("x = {}True\n", "not ".repeat(n)),
        4 => format!("x = 1{}\n", " + 1".repeat(n)),
        5 => format!("x = {}0\n", "lambda: ".repeat(n)),
        6 => {
            let mut s = String::new();
            for level in 0..n.min(300) {
                s.push_str(&" ".repeat(level));
                s.push_str("if True:\n");
            }
            s.push_str(&" ".repeat(n.min(300)));
            s.push_str("pass\n");
            s
        }
        7 => format!("x = {}{}\n", "{'a': ".repeat(n), "1}".repeat(n)),
        8 => format!(
            "x = {}\n",
            "f'{".repeat(n.min(50)) + "1" + &"}'".repeat(n.min(50))
        ),
        9 => format!("x = a{}\n", ".b".repeat(n)),
        10 => format!("x = 1 if x else {}0\n", "1 if x else ".repeat(n)),
        _ => format!("x = f{}1{}\n", "(".repeat(n), ")".repeat(n)),
    };
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let at = starts[rng.below(starts.len())];
    format!("{}{}{}", &text[..at], piece, &text[at..])
}
