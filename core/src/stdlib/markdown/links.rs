//! Python-Markdown's inline patterns for code spans, links, images,
//! references, autolinks and raw html (`inlinepatterns.py`).

use std::fmt::Write as _;

use super::blocks::code_escape;
use super::engine::{Md, Stashed};
use super::inline::{Handled, Hit};
use super::tree::{is_py_space, py_strip};

/// `dequote`: a quoted string without its quotes.
fn dequote(s: &str) -> &str {
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            return &s[1..s.len() - 1];
        }
    }
    if s.len() == 1 && (s == "\"" || s == "'") {
        return "";
    }
    s
}

/// `LinkInlineProcessor.getText`: the bracketed text from `index`, the
/// index after `]`, and whether the bracket closed.
fn get_text(data: &str, index: usize) -> (&str, usize, bool) {
    let mut depth = 1;
    for (i, c) in data[index..].char_indices() {
        match c {
            ']' => depth -= 1,
            '[' => depth += 1,
            _ => {}
        }
        if depth == 0 {
            return (&data[index..index + i], index + i + 1, true);
        }
    }
    (&data[index..], data.len(), false)
}

/// The `<href>` and quoted title of a link's bracketed form.
type Bracketed<'d> = (&'d str, Option<&'d str>);

/// `LinkInlineProcessor.RE_LINK` matched at `index`: `None` without `(`;
/// else the end and the `<href>` / title groups when the bracketed form matched.
fn re_link(data: &str, index: usize) -> Option<(usize, Option<Bracketed<'_>>)> {
    let rest = data.get(index..)?.strip_prefix('(')?;
    let skip = |s: &str| s.len() - s.trim_start_matches(is_py_space).len();
    let after_paren = index + 1 + skip(rest);
    let bracketed = || {
        let s = &data[after_paren..];
        let body = s.strip_prefix('<')?;
        let close = body.find(['<', '>'])?;
        if !body[close..].starts_with('>') {
            return None;
        }
        let href = &s[..close + 2];
        let mut at = after_paren + close + 2;
        at += skip(&data[at..]);
        let mut title = None;
        let q = data[at..].chars().next()?;
        if q == '\'' || q == '"' {
            if let Some(end) = data[at + 1..].find(q) {
                title = Some(&data[at..=at + 1 + end]);
                at += end + 2;
                at += skip(&data[at..]);
            }
        }
        data[at..].starts_with(')').then_some((at + 1, href, title))
    };
    match bracketed() {
        Some((end, href, title)) => Some((end, Some((href, title)))),
        None => Some((after_paren, None)),
    }
}

/// The state of `getLink`'s bracket/quote scanner.
#[derive(Default)]
struct LinkScan {
    /// Open brackets (the link's own counts).
    bracket_count: i64,
    /// Brackets to close when the quote turns out not to be a title.
    backtrack_count: i64,
    /// Just past the `)` that closes the link if the quote is not a title.
    last_bracket: usize,
    /// The title's quote char.
    quote: Option<char>,
    /// Where the title starts.
    start_quote: usize,
    /// Just past the title's closing quote.
    exit_quote: Option<usize>,
    /// Whether brackets inside a quote are ignored.
    ignore_matches: bool,
    /// The other quote char.
    alt_quote: Option<char>,
    /// Where a title in the other quotes starts.
    start_alt_quote: usize,
    /// Just past its closing quote.
    exit_alt_quote: Option<usize>,
    /// The last non-space char.
    last: Option<char>,
}

impl LinkScan {
    /// Takes the char `c` at `index`.
    fn step(&mut self, c: char, index: usize) {
        match c {
            '(' => {
                if !self.ignore_matches {
                    self.bracket_count += 1;
                } else if self.backtrack_count > 0 {
                    self.backtrack_count -= 1;
                }
            }
            ')' => {
                if (self.exit_quote.is_some() && self.quote == self.last)
                    || (self.exit_alt_quote.is_some() && self.alt_quote == self.last)
                {
                    self.bracket_count = 0;
                } else if !self.ignore_matches {
                    self.bracket_count -= 1;
                } else if self.backtrack_count > 0 {
                    self.backtrack_count -= 1;
                    if self.backtrack_count == 0 {
                        self.last_bracket = index + 1;
                    }
                }
            }
            '\'' | '"' => {
                if self.quote.is_none() {
                    self.ignore_matches = true;
                    self.backtrack_count = self.bracket_count;
                    self.bracket_count = 1;
                    self.start_quote = index + 1;
                    self.quote = Some(c);
                } else if Some(c) != self.quote && self.alt_quote.is_none() {
                    self.start_alt_quote = index + 1;
                    self.alt_quote = Some(c);
                } else if Some(c) == self.quote {
                    self.exit_quote = Some(index + 1);
                } else if self.alt_quote == Some(c) {
                    self.exit_alt_quote = Some(index + 1);
                }
            }
            _ => {}
        }
    }
}

/// `getLink`'s scanner for `(url "title")` (nested brackets and quotes).
fn scan_link(data: &str, start: usize) -> (String, Option<String>, usize, bool) {
    let mut st = LinkScan {
        bracket_count: 1,
        backtrack_count: 1,
        ..LinkScan::default()
    };
    let mut index = start;
    let mut href = String::new();
    let mut title = None;
    for c in data[start..].chars() {
        st.step(c, index);
        index += c.len_utf8();
        if st.bracket_count == 0 {
            if let (Some(exit), true) = (st.exit_quote, st.quote == st.last) {
                href = data[start..st.start_quote - 1].to_owned();
                title = Some(data[st.start_quote..exit - 1].to_owned());
            } else if let (Some(exit), true) = (st.exit_alt_quote, st.alt_quote == st.last) {
                href = data[start..st.start_alt_quote - 1].to_owned();
                title = Some(data[st.start_alt_quote..exit - 1].to_owned());
            } else {
                href = data[start..index - 1].to_owned();
            }
            break;
        }
        if c != ' ' {
            st.last = Some(c);
        }
    }
    if st.bracket_count != 0 && st.backtrack_count == 0 {
        if st.last_bracket == 0 {
            // Never set (Python's -1, the backtrack ended on a `(`):
            // `data[start:-2]`, and the match ends at the last char.
            let last = data.chars().next_back().map_or(0, char::len_utf8);
            let before = data[..data.len() - last]
                .chars()
                .next_back()
                .map_or(0, char::len_utf8);
            let cut = data.len() - last - before;
            href = data.get(start..cut).unwrap_or("").to_owned();
            index = data.len() - last;
        } else {
            href = data[start..st.last_bracket.saturating_sub(1).max(start)].to_owned();
            index = st.last_bracket;
        }
        st.bracket_count = 0;
    }
    (href, title, index, st.bracket_count == 0)
}

impl Md<'_> {
    /// `BacktickInlineProcessor.handleMatch`.
    pub(super) fn handle_backtick(&mut self, hit: &Hit, data: &str) -> Handled {
        let code = hit.group(data, 3);
        if !code.is_empty() {
            let el = self.tree.element("code");
            let node = self.tree.node_mut(el);
            node.text = code_escape(py_strip(code));
            node.atomic = true;
            return Handled::Node(Stashed::Node(el), hit.start, hit.end);
        }
        let text = hit.group(data, 1).replace("\\\\", "\x0292\x03");
        Handled::Node(Stashed::Text(text), hit.start, hit.end)
    }

    /// `LinkInlineProcessor.getLink`: href, title, end index, handled.
    fn get_link(&self, data: &str, index: usize) -> (String, Option<String>, usize, bool) {
        let (mut href, mut title, mut index, mut handled) = (String::new(), None, index, false);
        match re_link(data, index) {
            Some((end, Some((h, t)))) => {
                href = py_strip(&h[1..h.len() - 1]).to_owned();
                title = t.map(|t| t[1..t.len() - 1].to_owned());
                index = end;
                handled = true;
            }
            Some((end, None)) => (href, title, index, handled) = scan_link(data, end),
            None => {}
        }
        let title = title.map(|t| {
            let t = self.unescape_inline(py_strip(&t));
            dequote(&t)
                .chars()
                .map(|c| if is_py_space(c) { ' ' } else { c })
                .collect()
        });
        let href = py_strip(&self.unescape_inline(&href)).to_owned();
        (href, title, index, handled)
    }

    /// `LinkInlineProcessor` / `ImageInlineProcessor.handleMatch`.
    pub(super) fn handle_link(&mut self, hit: &Hit, data: &str, image: bool) -> Handled {
        let (text, index, handled) = get_text(data, hit.end);
        if !handled {
            return Handled::Skip;
        }
        let (href, title, index, handled) = self.get_link(data, index);
        if !handled {
            return Handled::Skip;
        }
        let el = if image {
            let el = self.tree.element("img");
            self.tree.set(el, "src", href);
            if let Some(title) = title {
                self.tree.set(el, "title", title);
            }
            let alt = self.unescape_inline(text);
            self.tree.set(el, "alt", alt);
            el
        } else {
            let el = self.tree.element("a");
            self.tree.node_mut(el).text = text.to_owned();
            self.tree.set(el, "href", href);
            if let Some(title) = title {
                self.tree.set(el, "title", title);
            }
            el
        };
        Handled::Node(Stashed::Node(el), hit.start, index)
    }

    /// The reference patterns' `handleMatch` (`short`: `[text]` alone).
    pub(super) fn handle_reference(
        &mut self,
        hit: &Hit,
        data: &str,
        image: bool,
        short: bool,
    ) -> Handled {
        let (text, index, handled) = get_text(data, hit.end);
        if !handled {
            return Handled::Skip;
        }
        let (id, end) = if short {
            (text.to_lowercase(), index)
        } else {
            let rest = &data[index..];
            let ws = rest
                .chars()
                .next()
                .filter(|&c| is_py_space(c))
                .map_or(0, char::len_utf8);
            let Some(body) = rest[ws..].strip_prefix('[') else {
                return Handled::Skip;
            };
            let Some(close) = body.find(']') else {
                return Handled::Skip;
            };
            let id = &body[..close];
            let id = if id.is_empty() {
                text.to_lowercase()
            } else {
                id.to_lowercase()
            };
            (id, index + ws + 1 + close + 1)
        };
        let mut clean = String::with_capacity(id.len());
        let mut in_space = false;
        for c in id.chars() {
            if is_py_space(c) {
                if !in_space {
                    clean.push(' ');
                }
                in_space = true;
            } else {
                clean.push(c);
                in_space = false;
            }
        }
        let Some((href, title)) = self.refs.get(&clean).cloned() else {
            return Handled::Nothing(end);
        };
        let el = self.tree.element(if image { "img" } else { "a" });
        self.tree.set(el, if image { "src" } else { "href" }, href);
        if let Some(title) = title.filter(|t| !t.is_empty()) {
            self.tree.set(el, "title", title);
        }
        if image {
            let alt = self.unescape_inline(text);
            self.tree.set(el, "alt", alt);
        } else {
            self.tree.node_mut(el).text = text.to_owned();
        }
        Handled::Node(Stashed::Node(el), hit.start, end)
    }

    /// `AutolinkInlineProcessor.handleMatch`.
    pub(super) fn handle_autolink(&mut self, hit: &Hit, data: &str) -> Handled {
        let url = hit.group(data, 1);
        let el = self.tree.element("a");
        let href = self.unescape_inline(url);
        self.tree.set(el, "href", href);
        let node = self.tree.node_mut(el);
        node.text = url.to_owned();
        node.atomic = true;
        Handled::Node(Stashed::Node(el), hit.start, hit.end)
    }

    /// `AutomailInlineProcessor.handleMatch`: the address as entities.
    pub(super) fn handle_automail(&mut self, hit: &Hit, data: &str) -> Handled {
        let email = self.unescape_inline(hit.group(data, 1));
        let email = email.strip_prefix("mailto:").unwrap_or(&email);
        let mut text = String::new();
        for c in email.chars() {
            text.push_str("\x02amp\x03");
            match super::entities::codepoint2name(u32::from(c)) {
                Some(name) => text.push_str(name),
                None => {
                    let _ = write!(text, "#{}", u32::from(c));
                }
            }
            text.push(';');
        }
        let mut href = String::new();
        for c in format!("mailto:{email}").chars() {
            let _ = write!(href, "\x02amp\x03#{};", u32::from(c));
        }
        let el = self.tree.element("a");
        self.tree.set(el, "href", href);
        let node = self.tree.node_mut(el);
        node.text = text;
        node.atomic = true;
        Handled::Node(Stashed::Node(el), hit.start, hit.end)
    }

    /// `HtmlInlineProcessor.handleMatch`: the raw html stashed.
    pub(super) fn handle_html(&mut self, hit: &Hit, data: &str) -> Handled {
        let (xhtml, html) = self.formats();
        let raw = self.replace_placeholders(hit.group(data, 1), |md, stashed, out| match stashed {
            Stashed::Text(s) => {
                out.push('\\');
                out.push_str(s);
            }
            Stashed::Node(id) => md.tree.serialize(*id, out, xhtml, html),
        });
        let raw = super::tree::unescape(&raw).unwrap_or(raw);
        let placeholder = self.stash_html(raw);
        Handled::Node(Stashed::Text(placeholder), hit.start, hit.end)
    }
}
