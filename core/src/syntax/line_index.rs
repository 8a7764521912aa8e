//! Byte offset → (line, column) conversion, computed only when rendering.

/// The start offsets of every line of a source, for turning spans into positions.
///
/// The offsets are found on the first position asked for: a compile that
/// succeeds never asks (spans are byte offsets; only errors need lines).
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: std::sync::OnceLock<Vec<u32>>,
    source: Box<str>,
}

impl LineIndex {
    /// Indexes `source`; `\n`, `\r\n` and a lone `\r` all end a line, as in CPython.
    pub fn new(source: &str) -> Self {
        LineIndex {
            line_starts: std::sync::OnceLock::new(),
            source: source.into(),
        }
    }

    /// The start offset of every line (found on first use).
    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let bytes = self.source.as_bytes();
            let mut line_starts = Vec::with_capacity(bytes.len() / 32 + 1);
            line_starts.push(0);
            // memchr skips the bytes between line endings a word at a time.
            for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
                if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                    line_starts.push(i as u32 + 1);
                }
            }
            line_starts
        })
    }

    /// 1-based line and 0-based character column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.source.len() as u32);
        let line = self.line_starts().partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts()[line] as usize;
        let col = self
            .source
            .get(start..offset as usize)
            .map_or(0, |s| s.chars().count());
        (line as u32 + 1, col as u32)
    }

    /// Whether a line ends between byte offsets `from` and `to` (`from <= to`):
    /// whether `to` is on a later line than `from`, found by a scan of the
    /// bytes between them rather than by building the line table.
    pub fn breaks_line(&self, from: u32, to: u32) -> bool {
        let bytes = self.source.as_bytes();
        let end = (to as usize).min(bytes.len());
        let start = (from as usize).min(end);
        bytes
            .get(start..end)
            .is_some_and(|between| memchr::memchr2(b'\n', b'\r', between).is_some())
    }

    /// 1-based line and 0-based UTF-8 byte column of a byte offset.
    ///
    /// This is what CPython stores in AST nodes' `col_offset`, unlike
    /// `SyntaxError.offset`, which counts characters.
    pub fn line_col_utf8(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.source.len() as u32);
        let line = self.line_starts().partition_point(|&s| s <= offset) - 1;
        (line as u32 + 1, offset - self.line_starts()[line])
    }

    /// The text of 1-based line `line` without its line ending, if it exists.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts().get(idx)? as usize;
        let end = self
            .line_starts()
            .get(idx + 1)
            .map_or(self.source.len(), |&e| e as usize);
        let text = self.source.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']))
    }

    /// The number of lines.
    pub fn line_count(&self) -> u32 {
        self.line_starts().len() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn positions_count_characters_and_all_line_endings() {
        let index = LineIndex::new("ab\r\né = 1\rx");
        assert_eq!(index.line_col(0), (1, 0));
        assert_eq!(index.line_col(4), (2, 0));
        assert_eq!(index.line_col(6), (2, 1));
        assert_eq!(index.line_text(2), Some("é = 1"));
        assert_eq!(index.line_col(11), (3, 0));
        assert_eq!(index.line_count(), 3);
        assert!(index.breaks_line(0, 4) && index.breaks_line(1, 4) && index.breaks_line(9, 11));
        assert!(!index.breaks_line(0, 2) && !index.breaks_line(4, 9) && !index.breaks_line(5, 5));
    }
}
