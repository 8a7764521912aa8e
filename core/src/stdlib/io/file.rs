//! [`PyFile`]: a file object's state (`open()`'s result, `sys.stdout`, ...)
//! and the byte/text operations on it, independent of the Python-facing
//! methods (`methods.rs`).
//!
//! A file opened for reading (or `+`) holds its whole content in `content`
//! (the Ctx filesystem is in memory); text files keep it decoded (UTF-8
//! inside, newlines translated) and `pos` is a byte offset into it. A
//! write-only file sends each write straight to the filesystem (appending),
//! so nothing is lost when a program forgets to close it.

use serde::{Deserialize, Serialize};

use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::ObjId;

/// Where a file object's data goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Target {
    /// A file of the Ctx filesystem, by the path the program gave.
    Path(String),
    /// `sys.stdout`.
    Stdout,
    /// `sys.stderr`.
    Stderr,
    /// `sys.stdin` (always empty: there is no process input).
    Stdin,
}

/// A text encoding `open()` supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Encoding {
    /// `utf-8` (the default).
    Utf8,
    /// `latin-1` / `iso-8859-1`.
    Latin1,
    /// `ascii`.
    Ascii,
}

impl Encoding {
    /// The encoding named `name` (CPython's aliases), else `LookupError`.
    pub(crate) fn from_name(name: &str) -> RunResult<Encoding> {
        let norm = name.to_ascii_lowercase().replace('_', "-");
        match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" => Ok(Encoding::Utf8),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819"
            | "latin" => Ok(Encoding::Latin1),
            "ascii" | "us-ascii" | "646" => Ok(Encoding::Ascii),
            _ => Err(RunError::new(
                ExcKind::LookupError,
                format!("unknown encoding: {name}"),
            )),
        }
    }

    /// The codec's canonical name.
    pub(crate) fn name(self) -> &'static str {
        self.codec()
    }

    /// The name `f.encoding` shows (as the program spelt it, like CPython).
    fn codec(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
        }
    }

    /// Decodes file bytes, with CPython's `UnicodeDecodeError` message.
    pub(crate) fn decode(self, bytes: &[u8]) -> RunResult<String> {
        match self {
            Encoding::Utf8 => String::from_utf8(bytes.to_vec()).map_err(|e| {
                let err = e.utf8_error();
                let at = err.valid_up_to();
                let byte = bytes.get(at).copied().unwrap_or(0);
                let reason = match err.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xc2).contains(&byte) || byte > 0xf4 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                decode_error("utf-8", byte, at, reason)
            }),
            Encoding::Latin1 => Ok(bytes.iter().map(|b| char::from(*b)).collect()),
            Encoding::Ascii => match bytes.iter().position(|b| !b.is_ascii()) {
                Some(at) => Err(decode_error(
                    "ascii",
                    bytes[at],
                    at,
                    "ordinal not in range(128)",
                )),
                None => Ok(bytes.iter().map(|b| char::from(*b)).collect()),
            },
        }
    }

    /// Encodes text for the file, with CPython's `UnicodeEncodeError` message.
    pub(crate) fn encode(self, text: &str) -> RunResult<Vec<u8>> {
        let limit = match self {
            Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
            Encoding::Latin1 => 0x100,
            Encoding::Ascii => 0x80,
        };
        let mut out = Vec::with_capacity(text.len());
        for (i, c) in text.chars().enumerate() {
            match u8::try_from(u32::from(c))
                .ok()
                .filter(|b| u32::from(*b) < limit)
            {
                Some(b) => out.push(b),
                None => {
                    let code = u32::from(c);
                    let escaped = if code < 0x100 {
                        format!("'\\x{code:02x}'")
                    } else if code < 0x10000 {
                        format!("'\\u{code:04x}'")
                    } else {
                        format!("'\\U{code:08x}'")
                    };
                    let range = if limit == 0x80 { "128" } else { "256" };
                    return Err(RunError::new(
                        ExcKind::UnicodeEncodeError,
                        format!(
                            "'{}' codec can't encode character {escaped} in position {i}: \
                             ordinal not in range({range})",
                            self.codec()
                        ),
                    ));
                }
            }
        }
        Ok(out)
    }
}

fn decode_error(codec: &str, byte: u8, at: usize, reason: &str) -> RunError {
    RunError::new(
        ExcKind::UnicodeDecodeError,
        format!("'{codec}' codec can't decode byte 0x{byte:02x} in position {at}: {reason}"),
    )
}

/// The state of one file object.
#[expect(
    clippy::struct_excessive_bools,
    reason = "the flags are independent properties of an open file, as in CPython's FileIO"
)]
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct PyFile {
    /// Its class (`TextIOWrapper`, `BufferedReader`, ...).
    pub class: ObjId,
    /// Where the data lives.
    pub target: Target,
    /// `f.name`.
    pub name: String,
    /// `f.mode` as given to `open()`.
    pub mode: String,
    /// `f.encoding` as the program spelt it (`'UTF-8'` by default, like CPython's locale).
    pub encoding_label: String,
    /// Bytes rather than text.
    pub binary: bool,
    /// `read*` allowed.
    pub readable: bool,
    /// `write*` allowed.
    pub writable: bool,
    /// Every write goes to the end (`a` modes).
    pub append: bool,
    /// The whole content (for readable files), decoded for text files.
    pub content: Vec<u8>,
    /// The current position in `content` (or bytes written, for write-only files).
    pub pos: usize,
    /// Closed by `close()` or a `with` block.
    pub closed: bool,
    /// The text encoding.
    pub encoding: Encoding,
    /// `newline=`: `None` translates `\r\n`/`\r` on read; a str replaces `\n` on write.
    pub newline: Option<String>,
    /// Positions in `content` of the `\n`s that stand for a `\r\n` of the
    /// file (universal newlines), ascending: `tell()` counts them back.
    #[serde(default)]
    pub crlf_at: Vec<usize>,
    /// `next(f)` on a text file disables `tell()` until the end is reached.
    #[serde(default)]
    pub telling_disabled: bool,
}

impl PyFile {
    /// Reads `n` characters (text) or bytes (binary) from `pos`; all when `None`.
    pub(crate) fn read(&mut self, n: Option<usize>) -> &[u8] {
        let start = self.pos.min(self.content.len());
        let rest = &self.content[start..];
        let len = match n {
            None => rest.len(),
            Some(n) if self.binary => n.min(rest.len()),
            Some(n) => char_prefix_len(rest, n),
        };
        self.pos = start + len;
        &self.content[start..start + len]
    }

    /// Reads one line (up to and including `\n`), at most `limit` characters/bytes.
    pub(crate) fn readline(&mut self, limit: Option<usize>) -> &[u8] {
        let start = self.pos.min(self.content.len());
        let rest = &self.content[start..];
        let mut len = self.line_len(rest);
        if let Some(limit) = limit {
            let cap = if self.binary {
                limit.min(rest.len())
            } else {
                char_prefix_len(rest, limit)
            };
            len = len.min(cap);
        }
        self.pos = start + len;
        &self.content[start..start + len]
    }

    /// The length of the first line of `rest`, its terminator included: `\n`
    /// for binary files and translated text, else the `newline` the file was
    /// opened with (`''`: any of `\n`, `\r\n`, `\r`, untranslated).
    fn line_len(&self, rest: &[u8]) -> usize {
        let newline = if self.binary {
            None
        } else {
            self.newline.as_deref()
        };
        let end = match newline {
            Some("") => rest
                .iter()
                .position(|b| matches!(b, b'\n' | b'\r'))
                .map(|i| {
                    if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') {
                        i + 2
                    } else {
                        i + 1
                    }
                }),
            Some("\r") => rest.iter().position(|b| *b == b'\r').map(|i| i + 1),
            Some("\r\n") => rest.windows(2).position(|w| w == b"\r\n").map(|i| i + 2),
            _ => rest.iter().position(|b| *b == b'\n').map(|i| i + 1),
        };
        end.unwrap_or(rest.len())
    }

    /// Writes `data` (UTF-8 text or bytes) into `content` at the position.
    pub(crate) fn write_buffered(&mut self, data: &[u8]) {
        if self.append {
            self.pos = self.content.len();
        }
        let end = self.pos + data.len();
        if self.content.len() < self.pos {
            self.content.resize(self.pos, 0);
        }
        let overlap = end.min(self.content.len());
        self.content.splice(self.pos..overlap, data.iter().copied());
        self.pos = end;
    }

    /// Text as written to the file: `\n` replaced per `newline=`.
    pub(crate) fn translate_out(&self, text: &str) -> String {
        match self.newline.as_deref() {
            Some(nl) if !nl.is_empty() && nl != "\n" => text.replace('\n', nl),
            _ => text.to_owned(),
        }
    }

    /// Text as read from the file: universal newlines unless `newline=` says
    /// otherwise; remembers where a `\r\n` became one `\n` ([`PyFile::crlf_at`]).
    pub(crate) fn translate_in(&mut self, text: String) -> String {
        if self.newline.is_some() || !text.contains('\r') {
            return text;
        }
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\r' {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                    self.crlf_at.push(out.len());
                }
                out.push('\n');
            } else {
                out.push(c);
            }
        }
        out
    }

    /// `tell()` of a text file: the byte offset in the file of `pos` (the
    /// encoded length of the text before it, `\r\n`s counted as two bytes),
    /// which is CPython's cookie whenever the decoder holds no state.
    pub(crate) fn text_cookie(&self, pos: usize) -> usize {
        let crlfs = self.crlf_at.partition_point(|p| *p < pos);
        let prefix = &self.content[..pos.min(self.content.len())];
        let encoded = match self.encoding {
            Encoding::Utf8 => prefix.len(),
            Encoding::Latin1 | Encoding::Ascii => String::from_utf8_lossy(prefix).chars().count(),
        };
        encoded + crlfs
    }

    /// The position in `content` whose [`PyFile::text_cookie`] is `cookie`
    /// (the end when past it).
    pub(crate) fn pos_of_cookie(&self, cookie: usize) -> usize {
        if self.encoding == Encoding::Utf8 && self.crlf_at.is_empty() {
            return cookie;
        }
        let text = String::from_utf8_lossy(&self.content).into_owned();
        let mut crlfs = self.crlf_at.iter().peekable();
        let mut at = 0;
        for (i, c) in text.char_indices() {
            if at >= cookie {
                return i;
            }
            at += match self.encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Latin1 | Encoding::Ascii => 1,
            };
            if crlfs.peek() == Some(&&i) {
                crlfs.next();
                at += 1;
            }
        }
        self.content.len()
    }
}

/// Bytes of the first `n` UTF-8 characters of `bytes`.
fn char_prefix_len(bytes: &[u8], n: usize) -> usize {
    let mut count = 0;
    for (i, b) in bytes.iter().enumerate() {
        if (*b & 0xc0) != 0x80 {
            if count == n {
                return i;
            }
            count += 1;
        }
    }
    bytes.len()
}

/// `f.mode` split into its flags, with CPython's errors for bad modes.
#[expect(
    clippy::struct_excessive_bools,
    reason = "one flag per mode character, as CPython parses them"
)]
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Mode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub plus: bool,
    pub binary: bool,
}

impl Mode {
    /// Parses an `open()` mode string.
    pub(crate) fn parse(mode: &str) -> RunResult<Mode> {
        let invalid = || RunError::new(ExcKind::ValueError, format!("invalid mode: '{mode}'"));
        let mut m = Mode::default();
        let mut text = false;
        for c in mode.chars() {
            let flag = match c {
                'r' => &mut m.read,
                'w' => &mut m.write,
                'a' => &mut m.append,
                'x' => &mut m.create,
                '+' => &mut m.plus,
                'b' => &mut m.binary,
                't' => &mut text,
                _ => return Err(invalid()),
            };
            if *flag {
                return Err(invalid());
            }
            *flag = true;
        }
        if text && m.binary {
            return Err(RunError::new(
                ExcKind::ValueError,
                "can't have text and binary mode at once",
            ));
        }
        let kinds = [m.read, m.write, m.append, m.create]
            .iter()
            .filter(|b| **b)
            .count();
        if kinds == 0 {
            return Err(RunError::new(
                ExcKind::ValueError,
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ));
        }
        if kinds != 1 {
            return Err(RunError::new(
                ExcKind::ValueError,
                "must have exactly one of create/read/write/append mode",
            ));
        }
        Ok(m)
    }

    /// The class name of a file opened with this mode.
    pub(crate) fn class_name(self) -> &'static str {
        if !self.binary {
            "TextIOWrapper"
        } else if self.plus {
            "BufferedRandom"
        } else if self.read {
            "BufferedReader"
        } else {
            "BufferedWriter"
        }
    }
}
