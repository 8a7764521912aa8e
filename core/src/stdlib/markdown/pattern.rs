//! Compiled regular expressions (fancy-regex, for the patterns that need
//! backreferences or lookaround as Python's `re` has them), with Python's
//! `search`/`match` semantics and no panics: a regex error is "no match".

use std::sync::OnceLock;

use fancy_regex::{Captures, Regex};

/// A pattern compiled on first use (compiling costs far more than a
/// conversion, and most documents need few of the patterns).
#[derive(Debug)]
pub(super) struct LazyRe {
    /// The pattern (Rust syntax).
    pattern: &'static str,
    /// The compiled pattern (`None` if it failed to compile).
    cell: OnceLock<Option<Re>>,
}

impl LazyRe {
    /// A pattern not yet compiled.
    pub(super) const fn new(pattern: &'static str) -> Self {
        LazyRe {
            pattern,
            cell: OnceLock::new(),
        }
    }

    /// `pattern.search(text, pos)` (no match if the pattern does not compile).
    pub(super) fn search<'t>(&self, text: &'t str, pos: usize) -> Option<Captures<'t>> {
        self.cell
            .get_or_init(|| Re::new(self.pattern).ok())
            .as_ref()?
            .search(text, pos)
    }
}

/// A compiled pattern.
#[derive(Debug)]
pub(super) struct Re(Regex);

impl Re {
    /// Compiles `pattern` (Rust syntax; Python's non-multiline `$` must be
    /// written `(?=\n?\z)` by the caller).
    pub(super) fn new(pattern: &str) -> Result<Re, String> {
        Regex::new(pattern).map(Re).map_err(|e| e.to_string())
    }

    /// `pattern.search(text, pos)`.
    pub(super) fn search<'t>(&self, text: &'t str, pos: usize) -> Option<Captures<'t>> {
        self.0.captures_from_pos(text, pos).ok().flatten()
    }
}

/// `m.group(i)` ("" when it did not take part).
pub(super) fn group<'t>(caps: &Captures<'t>, i: usize) -> &'t str {
    caps.get(i).map_or("", |m| m.as_str())
}

/// `m.start(0), m.end(0)`.
pub(super) fn span(caps: &Captures<'_>) -> (usize, usize) {
    caps.get(0).map_or((0, 0), |m| (m.start(), m.end()))
}
