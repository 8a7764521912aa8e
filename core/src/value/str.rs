//! `str`: UTF-8 text indexed by code point.
//!
//! CPython indexes strings by code point in O(1). We keep UTF-8 and remember
//! whether the text is ASCII (then byte index = code point index, the common
//! case) and its length in code points. A non-ASCII string indexed by
//! position gets, on first use, the byte offset of every 64th code point, so
//! `s[i]` and `s[a:b]` cost at most 64 steps instead of a walk from the start
//! (a parser looping over `s[i]` would otherwise be quadratic).

use serde::{Deserialize, Serialize};

/// A Python `str`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct PyStr {
    text: String,
    /// Length in code points.
    chars: usize,
    /// Byte offsets of code points `0, STRIDE, 2*STRIDE, ...` (non-ASCII text,
    /// built on first positional access; rebuilt after a restore).
    #[serde(skip)]
    offsets: std::sync::OnceLock<Box<[usize]>>,
}

/// Code points between two remembered byte offsets.
const STRIDE: usize = 64;

impl PyStr {
    /// Wraps `text`.
    pub(crate) fn new(text: String) -> Self {
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            chars,
            offsets: std::sync::OnceLock::new(),
        }
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
            return self.text.as_bytes().get(i).map(|b| char::from(*b));
        }
        if i >= self.chars {
            return None;
        }
        self.text.get(self.byte_offset(i)..)?.chars().next()
    }

    /// The byte offset of code point `i` (`i` up to `len`; the text's length past it).
    pub(crate) fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.text.len());
        }
        if i >= self.chars {
            return self.text.len();
        }
        let offsets = self.offsets.get_or_init(|| {
            self.text
                .char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect()
        });
        let base = offsets.get(i / STRIDE).copied().unwrap_or(0);
        self.text
            .get(base..)
            .and_then(|rest| rest.char_indices().nth(i % STRIDE))
            .map_or(self.text.len(), |(b, _)| base + b)
    }
}

/// The code points of every Unicode decimal digit zero (category `Nd`): each
/// block holds the digits 0-9 in order, which is what `int()` and `float()` read.
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (`str.isdecimal()` characters).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let code = u32::from(c);
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let zero = DIGIT_ZEROS.iter().rev().find(|z| **z <= code).copied()?;
    (code - zero < 10).then_some(code - zero)
}

/// `str.isspace()` for one character (Rust's `is_whitespace` lacks U+001C..U+001F).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Text with every Unicode decimal digit replaced by its ASCII digit and
/// surrounding Python whitespace removed, as `int()`/`float()` read it.
pub(crate) fn ascii_digits(text: &str) -> String {
    text.trim_matches(is_space)
        .chars()
        .map(|c| match decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
            _ => c,
        })
        .collect()
}
