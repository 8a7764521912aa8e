//! `str`: UTF-8 text indexed by code point.
//!
//! CPython indexes strings by code point in O(1). We keep UTF-8 and remember
//! whether the text is ASCII (then byte index = code point index, the common
//! case) and its length in code points.

use serde::{Deserialize, Serialize};

/// A Python `str`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct PyStr {
    text: String,
    /// Length in code points.
    chars: usize,
}

impl PyStr {
    /// Wraps `text`.
    pub(crate) fn new(text: String) -> Self {
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr { text, chars }
    }

    /// The text.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// `len(s)`: the number of code points.
    pub(crate) fn char_len(&self) -> usize {
        self.chars
    }

    /// Whether byte offsets equal code point offsets.
    pub(crate) fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The code point at index `i` (already normalised to `0..len`).
    pub(crate) fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|b| char::from(*b))
        } else {
            self.text.chars().nth(i)
        }
    }
}
