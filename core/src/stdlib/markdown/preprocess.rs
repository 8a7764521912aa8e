//! The preprocessors that stash raw html before block parsing: the
//! fenced_code extension's `FencedBlockPreprocessor` and the raw html block
//! extraction (Python-Markdown's `HtmlBlockPreprocessor`, reduced to
//! block-level tags and comments at a line start).

use std::fmt::Write as _;

use super::blocks::line_starts;
use super::engine::{html_placeholder, Md};
use super::tree::{escape_into, is_block_level, is_empty_tag, is_py_space};

/// fenced_code's `_escape`: `& < > "` as entities.
fn escape_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    super::tree::escape_entities(&mut out, text, true, false);
    out
}

/// How fenced_code's `handle_attrs` value prints in an attribute:
/// `hl_lines` as a Python list of ints, the boolean options as
/// `True`/`False`/`None`, others as given.
fn config_value(key: &str, value: &str) -> String {
    match key {
        "hl_lines" => {
            let nums: Option<Vec<i64>> = value.split_whitespace().map(|n| n.parse().ok()).collect();
            let nums = nums.unwrap_or_default();
            let parts: Vec<String> = nums.iter().map(i64::to_string).collect();
            format!("[{}]", parts.join(", "))
        }
        "linenums" | "guess_lang" | "noclasses" | "use_pygments" => {
            match value.to_lowercase().as_str() {
                "true" | "yes" | "y" | "on" | "1" => "True",
                "false" | "no" | "n" | "off" | "0" => "False",
                _ => "None",
            }
            .to_owned()
        }
        _ => value.to_owned(),
    }
}

/// `config[key] = value` on an insertion-ordered list.
fn set_config(config: &mut Vec<(String, String)>, key: String, value: String) {
    match config.iter_mut().find(|(k, _)| *k == key) {
        Some(slot) => slot.1 = value,
        None => config.push((key, value)),
    }
}

/// A match of fenced_code's `FENCED_BLOCK_RE`.
struct FenceMatch<'t> {
    /// Start of the opening fence.
    start: usize,
    /// End of the closing fence (and its trailing spaces).
    end: usize,
    /// The `{...}` attribute list's inside, and where it ends.
    attrs: Option<&'t str>,
    /// Just past the attribute list (where a retry starts).
    attrs_end: usize,
    /// The language after the fence.
    lang: Option<&'t str>,
    /// The `hl_lines="..."` value.
    hl_lines: Option<&'t str>,
    /// The code between the fences.
    code: &'t str,
}

/// The info string after an opening fence (`line` without its newline):
/// `(attrs, lang, hl_lines)` when `FENCED_BLOCK_RE` accepts it.
fn fence_info(line: &str) -> Option<(Option<&str>, Option<&str>, Option<&str>)> {
    let info = line.trim_start_matches(' ');
    if let Some(inner) = info.strip_prefix('{').and_then(|i| i.strip_suffix('}')) {
        if !inner.contains('\n') {
            return Some((Some(inner), None, None));
        }
    }
    let body = info.strip_prefix('.').unwrap_or(info);
    let max: usize = body
        .chars()
        .take_while(|&c| c.is_alphanumeric() || c == '_' || "#.+-".contains(c))
        .map(char::len_utf8)
        .sum();
    let mut len = max;
    loop {
        let rest = body[len..].trim_start_matches(' ');
        if rest.is_empty() {
            return Some((None, Some(&body[..len]), None));
        }
        if let Some(hl) = rest.strip_prefix("hl_lines=") {
            let q = hl.chars().next().filter(|&q| q == '"' || q == '\'')?;
            let inner = &hl[1..];
            if let Some(close) = inner.rfind(q) {
                if inner[close + 1..].bytes().all(|b| b == b' ') {
                    return Some((None, Some(&body[..len]), Some(&inner[..close])));
                }
            }
        }
        if len == 0 {
            return None;
        }
        len -= body[..len].chars().next_back().map_or(1, char::len_utf8);
    }
}

/// `FENCED_BLOCK_RE.search(text, index)`: a fence of 3+ backticks or
/// tildes at a line start, an info string, the code, and the same fence
/// alone on a later line.
fn fence_search(text: &str, index: usize) -> Option<FenceMatch<'_>> {
    let bytes = text.as_bytes();
    let mut at = index;
    while at < bytes.len() {
        // Only a line starting with a backtick or a tilde can open a fence.
        let start = at + bytes[at..].iter().position(|&b| b == b'`' || b == b'~')?;
        at = start + 1;
        if start > 0 && bytes[start - 1] != b'\n' {
            continue;
        }
        let line = super::blocks::line_at(text, start);
        let mark = char::from(bytes[start]);
        let k = line.bytes().take_while(|&b| b == mark as u8).count();
        if k < 3 || start + line.len() >= text.len() {
            continue;
        }
        let Some((attrs, lang, hl_lines)) = fence_info(&line[k..]) else {
            continue;
        };
        let fence = &line[..k];
        let code_start = start + line.len() + 1;
        // The first line of the rest that is the fence (then spaces), line
        // by line (what `line_starts` gives, without a byte-by-byte filter).
        let code = &text[code_start..];
        let mut l = 0;
        let close = loop {
            let candidate = super::blocks::line_at(code, l);
            if candidate
                .strip_prefix(fence)
                .is_some_and(|rest| rest.bytes().all(|b| b == b' '))
            {
                break Some(l);
            }
            let next = l + candidate.len();
            if next >= code.len() {
                break None;
            }
            l = next + 1;
        };
        if let Some(l) = close {
            let closing = super::blocks::line_at(&text[code_start..], l);
            let attrs_end = start + line.len().saturating_sub(1);
            return Some(FenceMatch {
                start,
                end: code_start + l + closing.len(),
                attrs,
                attrs_end,
                lang,
                hl_lines,
                code: &text[code_start..code_start + l],
            });
        }
    }
    None
}

/// A fenced block's language, id, classes and other attributes.
struct FenceAttrs {
    /// The language (first class).
    lang: Option<String>,
    /// `#id`.
    id: String,
    /// The other classes.
    classes: Vec<String>,
    /// Other `key=value` pairs, as they print.
    config: Vec<(String, String)>,
}

/// The attributes of a fence from its `{...}` list or its language and
/// `hl_lines`; `None` when the list has an unmatched `}`.
fn fence_attrs(attrs: Option<&str>, lang: Option<&str>, hl: Option<&str>) -> Option<FenceAttrs> {
    let mut out = FenceAttrs {
        lang: None,
        id: String::new(),
        classes: Vec::new(),
        config: Vec::new(),
    };
    if let Some(attrs) = attrs.filter(|a| !a.is_empty()) {
        let (pairs, remainder) = super::extra::attrs_and_remainder(attrs);
        if !remainder.is_empty() {
            return None;
        }
        for (k, v) in pairs {
            match k.as_str() {
                "id" => out.id = v,
                "." => out.classes.push(v),
                _ => {
                    let v = config_value(&k, &v);
                    set_config(&mut out.config, k, v);
                }
            }
        }
        if !out.classes.is_empty() {
            out.lang = Some(out.classes.remove(0));
        }
    } else {
        out.lang = lang.filter(|l| !l.is_empty()).map(str::to_owned);
        if let Some(h) = hl.filter(|h| !h.is_empty()) {
            out.config
                .push(("hl_lines".to_owned(), config_value("hl_lines", h)));
        }
    }
    Some(out)
}

/// `_escape_attrib_html` as a new string.
fn escape_attr(text: &str) -> String {
    let mut out = String::new();
    escape_into(&mut out, text, true);
    out
}

/// A `<` opening a raw html block at a line start (`_START`): where the
/// `<` is, where the match ends, and the tag (`None` for a comment).
fn html_start(text: &str, pos: usize) -> Option<(usize, usize, Option<&str>)> {
    line_starts(text).filter(|&s| s >= pos).find_map(|s| {
        let line = &text[s..];
        let n = line.bytes().take(3).take_while(|&b| b == b' ').count();
        let rest = line[n..].strip_prefix('<')?;
        let lt = s + n;
        if rest.starts_with("!--") {
            return Some((lt, lt + 4, None));
        }
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let len = rest
            .bytes()
            .take_while(|&b| b.is_ascii_alphanumeric() || b == b'-')
            .count();
        let next = rest[len..].chars().next()?;
        (is_py_space(next) || next == '/' || next == '>').then_some((
            lt,
            lt + 1 + len,
            Some(&rest[..len]),
        ))
    })
}

/// `_matching_end`: just past the `</tag>` closing the element opened before `pos`.
fn matching_end(text: &str, tag: &str, pos: usize) -> usize {
    let mut depth = 1;
    let mut at = pos;
    while let Some(i) = text[at..].find('<').map(|i| at + i) {
        let rest = &text[i + 1..];
        let closing = rest.starts_with('/');
        let name = &rest[usize::from(closing)..];
        let ok = name.len() >= tag.len()
            && name.is_char_boundary(tag.len())
            && name[..tag.len()].eq_ignore_ascii_case(tag)
            && name[tag.len()..]
                .chars()
                .next()
                .is_some_and(|c| is_py_space(c) || c == '/' || c == '>');
        let Some(close) = ok.then(|| text[i..].find('>')).flatten() else {
            at = i + 1;
            continue;
        };
        let end = i + close + 1;
        if closing {
            depth -= 1;
            if depth == 0 {
                return end;
            }
        } else if !text[i..end].ends_with("/>") {
            depth += 1;
        }
        at = end;
    }
    text.len()
}

/// `^([ ]*\n){2}`: two blank lines start `s`.
fn two_blank_lines(s: &str) -> bool {
    let mut rest = s;
    for _ in 0..2 {
        let t = rest.trim_start_matches(' ');
        let Some(after) = t.strip_prefix('\n') else {
            return false;
        };
        rest = after;
    }
    true
}

impl Md<'_> {
    /// `FencedBlockPreprocessor.run`.
    pub(super) fn fenced(&mut self, text: String) -> String {
        let mut text = text;
        let mut index = 0;
        while super::tree::find_str(&text, 0, "```").is_some()
            || super::tree::find_str(&text, 0, "~~~").is_some()
        {
            let Some(m) = fence_search(&text, index) else {
                break;
            };
            let Some(attrs) = fence_attrs(m.attrs, m.lang, m.hl_lines) else {
                index = m.attrs_end;
                continue;
            };
            let code = self.fence_html(&attrs, m.code);
            let (start, end) = (m.start, m.end);
            let placeholder = self.stash_html(code);
            text = format!("{}\n{placeholder}\n{}", &text[..start], &text[end..]);
            index = start + 1 + placeholder.len();
        }
        text
    }

    /// The `<pre><code>` html of a fenced block.
    fn fence_html(&self, attrs: &FenceAttrs, code_text: &str) -> String {
        let mut code = String::from("<pre");
        if !attrs.id.is_empty() {
            let _ = write!(code, " id=\"{}\"", escape_attr(&attrs.id));
        }
        if !attrs.classes.is_empty() {
            let _ = write!(code, " class=\"{}\"", escape_attr(&attrs.classes.join(" ")));
        }
        code.push_str("><code");
        if let Some(lang) = &attrs.lang {
            let prefix = &self.opts.lang_prefix;
            let _ = write!(code, " class=\"{prefix}{}\"", escape_attr(lang));
        }
        let config = &attrs.config;
        let pygments = config
            .iter()
            .any(|(k, v)| k == "use_pygments" && v == "True");
        if self.opts.attr_list && !pygments {
            for (k, v) in config.iter().filter(|(k, _)| k != "use_pygments") {
                let _ = write!(code, " {k}=\"{}\"", escape_attr(v));
            }
        }
        code.push('>');
        code.push_str(&escape_code(code_text));
        code.push_str("</code></pre>");
        code
    }

    /// `extract_html_blocks`: block-level html and comments at line starts stashed.
    pub(super) fn html_blocks(&mut self, text: String) -> String {
        if !text.contains('<') {
            return text;
        }
        let mut out: Vec<String> = Vec::new();
        let mut pos = 0;
        let mut search = 0;
        while let Some((start, after, tag)) = html_start(&text, search) {
            let (end, empty) = match tag {
                None => match text[after..].find("-->") {
                    Some(i) => (after + i + 3, true),
                    None => break,
                },
                Some(tag) => {
                    let tag = tag.to_ascii_lowercase();
                    if !is_block_level(&tag) && tag != "hr" {
                        search = after;
                        continue;
                    }
                    let Some(close) = text[after..].find('>').map(|i| after + i) else {
                        break;
                    };
                    if is_empty_tag(&tag) || text.as_bytes()[close - 1] == b'/' {
                        (close + 1, true)
                    } else {
                        (matching_end(&text, &tag, close + 1), false)
                    }
                }
            };
            let mut raw = text[start..end].to_owned();
            if two_blank_lines(&text[end..]) {
                raw.push('\n');
            }
            let before = text[pos..start].to_owned();
            let prev = if before.is_empty() {
                out.last().cloned().unwrap_or_default()
            } else {
                before.clone()
            };
            out.push(before);
            if !empty || (!prev.ends_with("\n\n") && prev.ends_with('\n')) {
                out.push("\n".to_owned());
            }
            self.html_stash.push(raw);
            out.push(html_placeholder(self.html_stash.len() - 1));
            out.push("\n\n".to_owned());
            pos = end;
            search = end;
        }
        if out.is_empty() {
            return text;
        }
        out.push(text[pos..].to_owned());
        out.concat()
    }
}
