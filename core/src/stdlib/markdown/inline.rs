//! Python-Markdown's `InlineProcessor` tree processor (`treeprocessors.py`):
//! runs the inline patterns over every text in priority order, stashing each
//! match behind a placeholder, then rebuilds texts and children from the
//! placeholders. The patterns themselves are in `links.rs` and `emphasis.rs`.

use super::engine::{Md, Stashed};
use super::pattern::LazyRe;
use super::tree::{is_py_space, NodeId};

/// `\x02klzzwxh:` (the inline placeholder's prefix).
const PLACEHOLDER_PREFIX: &str = "\x02klzzwxh:";

/// One inline pattern, in Python-Markdown's priority order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pat {
    /// `BacktickInlineProcessor`.
    Backtick,
    /// `EscapeInlineProcessor`.
    Escape,
    /// `ReferenceInlineProcessor`.
    Reference,
    /// `LinkInlineProcessor`.
    Link,
    /// `ImageInlineProcessor`.
    Image,
    /// `ImageReferenceInlineProcessor`.
    ImageReference,
    /// `ShortReferenceInlineProcessor`.
    ShortReference,
    /// `ShortImageReferenceInlineProcessor`.
    ShortImageReference,
    /// `AutolinkInlineProcessor`.
    Autolink,
    /// `AutomailInlineProcessor`.
    Automail,
    /// `SubstituteTagInlineProcessor('  \n', 'br')`.
    LineBreak,
    /// `HtmlInlineProcessor(HTML_RE)`.
    Html,
    /// `HtmlInlineProcessor(ENTITY_RE)`.
    Entity,
    /// `SimpleTextInlineProcessor(NOT_STRONG_RE)`.
    NotStrong,
    /// `AsteriskProcessor`.
    Asterisk,
    /// `UnderscoreProcessor`.
    Underscore,
    /// nl2br's `SubstituteTagInlineProcessor('\n', 'br')`.
    Nl2Br,
}

/// The bytes one of which a pattern's match needs, as [`trigger_mask`] bits.
const TRIGGERS: [u8; 9] = [b'`', b'\\', b'[', b'!', b'<', b'\n', b'&', b'*', b'_'];

/// The [`trigger_mask`] bit of every byte (0 for the bytes no pattern needs).
static TRIGGER_BITS: [u16; 256] = {
    let mut table = [0; 256];
    let mut i = 0;
    while i < TRIGGERS.len() {
        table[TRIGGERS[i] as usize] = 1 << i;
        i += 1;
    }
    table
};

/// The set of [`TRIGGERS`] bytes present in `data` (bit `i` for `TRIGGERS[i]`).
fn trigger_mask(data: &[u8]) -> u16 {
    data.iter()
        .fold(0, |mask, &b| mask | TRIGGER_BITS[usize::from(b)])
}

/// The [`trigger_mask`] bit of `b` (one of [`TRIGGERS`]).
const fn bit(b: u8) -> u16 {
    let mut i = 0;
    while i < TRIGGERS.len() {
        if TRIGGERS[i] == b {
            return 1 << i;
        }
        i += 1;
    }
    0
}

impl Pat {
    /// The trigger bits one of which must be in a text this pattern matches.
    fn triggers(self) -> u16 {
        match self {
            Pat::Backtick => bit(b'`') | bit(b'\\'),
            Pat::Escape => bit(b'\\'),
            Pat::Reference | Pat::Link | Pat::ShortReference => bit(b'['),
            Pat::Image | Pat::ImageReference | Pat::ShortImageReference => bit(b'!'),
            Pat::Autolink | Pat::Automail | Pat::Html => bit(b'<'),
            Pat::LineBreak | Pat::Nl2Br => bit(b'\n'),
            Pat::Entity => bit(b'&'),
            Pat::NotStrong => bit(b'*') | bit(b'_'),
            Pat::Asterisk => bit(b'*'),
            Pat::Underscore => bit(b'_'),
        }
    }
}

/// The patterns without nl2br.
const PATTERNS: &[Pat] = &[
    Pat::Backtick,
    Pat::Escape,
    Pat::Reference,
    Pat::Link,
    Pat::Image,
    Pat::ImageReference,
    Pat::ShortReference,
    Pat::ShortImageReference,
    Pat::Autolink,
    Pat::Automail,
    Pat::LineBreak,
    Pat::Html,
    Pat::Entity,
    Pat::NotStrong,
    Pat::Asterisk,
    Pat::Underscore,
];

/// `AUTOLINK_RE`.
static AUTOLINK_RE: LazyRe = LazyRe::new(r"(?s)<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*)>");
/// `AUTOMAIL_RE`.
static AUTOMAIL_RE: LazyRe = LazyRe::new(r"(?s)<([^<> !]+@[^@<> ]+)>");
/// `HTML_RE`.
static HTML_RE: LazyRe =
    LazyRe::new(r"(?s)(<(/?[a-zA-Z][^<>@ ]*( [^<>]*)?|!--(?:(?!<!--|-->).)*--)>)");

/// A pattern's match: its span and groups (byte spans into the data).
#[derive(Clone, Debug, Default)]
pub(super) struct Hit {
    /// Start of the match.
    pub start: usize,
    /// End of the match.
    pub end: usize,
    /// Groups 1.. (`None` when a group did not take part).
    pub groups: Vec<Option<(usize, usize)>>,
}

impl Hit {
    /// A match without groups.
    fn span(start: usize, end: usize) -> Self {
        Hit {
            start,
            end,
            groups: Vec::new(),
        }
    }

    /// `m.group(i)` ("" when absent).
    pub(super) fn group<'d>(&self, data: &'d str, i: usize) -> &'d str {
        self.groups
            .get(i - 1)
            .copied()
            .flatten()
            .map_or("", |(s, e)| &data[s..e])
    }
}

/// A regex search as a [`Hit`].
pub(super) fn search(re: &LazyRe, data: &str, pos: usize) -> Option<Hit> {
    let caps = re.search(data, pos)?;
    let m = caps.get(0)?;
    Some(Hit {
        start: m.start(),
        end: m.end(),
        groups: (1..caps.len())
            .map(|i| caps.get(i).map(|g| (g.start(), g.end())))
            .collect(),
    })
}

/// What a pattern's `handleMatch` gives: `(node, start, end)`.
pub(super) enum Handled {
    /// `(None, None, None)`: try the pattern's next match.
    Skip,
    /// `(None, start, end)`: matched, nothing to insert; search on from `end`.
    Nothing(usize),
    /// A node to stash in place of `start..end`.
    Node(Stashed, usize, usize),
}

/// The char before byte `i` of `s`.
pub(super) fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

/// The byte offset just after the char at `i`.
pub(super) fn next_char(s: &str, i: usize) -> usize {
    i + s[i..].chars().next().map_or(1, char::len_utf8)
}

impl Md<'_> {
    /// The pattern list (nl2br last when enabled).
    fn pattern(&self, index: usize) -> Option<Pat> {
        PATTERNS
            .get(index)
            .copied()
            .or((self.opts.nl2br && index == PATTERNS.len()).then_some(Pat::Nl2Br))
    }

    /// The next match of `pat` in `data` at or after `pos`.
    fn find(&self, pat: Pat, data: &str, pos: usize) -> Option<Hit> {
        let from = |needle: &str| super::tree::find_str(data, pos, needle);
        match pat {
            Pat::Backtick => {
                if !data[pos..].contains(['`', '\\']) {
                    return None;
                }
                find_backtick(data, pos)
            }
            Pat::Escape => {
                let i = from("\\")?;
                let end = next_char(data, i + 1);
                if i + 1 >= data.len() {
                    return None;
                }
                Some(Hit {
                    start: i,
                    end,
                    groups: vec![Some((i + 1, end))],
                })
            }
            Pat::Reference | Pat::Link | Pat::ShortReference => {
                let mut at = pos;
                loop {
                    let i = at + data[at..].find('[')?;
                    if char_before(data, i) != Some('!') {
                        return Some(Hit::span(i, i + 1));
                    }
                    at = i + 1;
                }
            }
            Pat::Image | Pat::ImageReference | Pat::ShortImageReference => {
                from("![").map(|i| Hit::span(i, i + 2))
            }
            Pat::Autolink | Pat::Automail | Pat::Html => {
                if !data[pos..].contains('<') {
                    return None;
                }
                let re = match pat {
                    Pat::Autolink => &AUTOLINK_RE,
                    Pat::Automail => &AUTOMAIL_RE,
                    _ => &HTML_RE,
                };
                search(re, data, pos)
            }
            Pat::LineBreak => from("  \n").map(|i| Hit::span(i, i + 3)),
            Pat::Entity => find_entity(data, pos),
            Pat::NotStrong => find_not_strong(data, pos),
            Pat::Asterisk => from("*").map(|i| Hit::span(i, i + 1)),
            Pat::Underscore => from("_").map(|i| Hit::span(i, i + 1)),
            Pat::Nl2Br => from("\n").map(|i| Hit::span(i, i + 1)),
        }
    }

    /// `pattern.handleMatch(m, data)`.
    fn handle(&mut self, pat: Pat, hit: &Hit, data: &str) -> Handled {
        match pat {
            Pat::Backtick => self.handle_backtick(hit, data),
            Pat::Escape => {
                let c = hit.group(data, 1);
                let tables = self.opts.tables && c == "|";
                if tables || (c.len() == 1 && "\\`*_{}[]()>#+-.!".contains(c)) {
                    let code = c.chars().next().map_or(0, u32::from);
                    Handled::Node(Stashed::Text(format!("\x02{code}\x03")), hit.start, hit.end)
                } else {
                    Handled::Nothing(hit.end)
                }
            }
            Pat::Reference => self.handle_reference(hit, data, false, false),
            Pat::ShortReference => self.handle_reference(hit, data, false, true),
            Pat::ImageReference => self.handle_reference(hit, data, true, false),
            Pat::ShortImageReference => self.handle_reference(hit, data, true, true),
            Pat::Link => self.handle_link(hit, data, false),
            Pat::Image => self.handle_link(hit, data, true),
            Pat::Autolink => self.handle_autolink(hit, data),
            Pat::Automail => self.handle_automail(hit, data),
            Pat::LineBreak | Pat::Nl2Br => {
                let br = self.tree.element("br");
                Handled::Node(Stashed::Node(br), hit.start, hit.end)
            }
            Pat::Html | Pat::Entity => self.handle_html(hit, data),
            Pat::NotStrong => Handled::Node(
                Stashed::Text(data[hit.start..hit.end].to_owned()),
                hit.start,
                hit.end,
            ),
            Pat::Asterisk => self.handle_emphasis(hit, data, false),
            Pat::Underscore => self.handle_emphasis(hit, data, true),
        }
    }

    /// `InlineProcessor.__handleInline`: every pattern from `index` on.
    ///
    /// A pattern whose trigger bytes (see [`trigger_mask`]) are absent from
    /// the text cannot match and is skipped; a match only replaces text by
    /// a placeholder (no trigger byte), so the mask taken once stays a
    /// superset of what the text holds.
    pub(super) fn handle_inline(&mut self, data: String, index: usize) -> String {
        let mut data = data;
        let mut index = index;
        let present = trigger_mask(data.as_bytes());
        if present == 0 {
            return data;
        }
        while let Some(pat) = self.pattern(index) {
            if pat.triggers() & present == 0 {
                index += 1;
                continue;
            }
            let mut start = 0;
            while let Some(next) = self.apply_pattern(pat, &mut data, index, start) {
                start = next;
            }
            index += 1;
        }
        data
    }

    /// `InlineProcessor.__applyPattern`: `Some(next search start)` when it matched.
    fn apply_pattern(
        &mut self,
        pat: Pat,
        data: &mut String,
        index: usize,
        start: usize,
    ) -> Option<usize> {
        let mut pos = start;
        let (node, start, end) = loop {
            if pos > data.len() {
                return None;
            }
            let hit = self.find(pat, data, pos)?;
            match self.handle(pat, &hit, data) {
                Handled::Skip => {
                    pos = if hit.end > hit.start {
                        hit.end
                    } else {
                        hit.end + 1
                    }
                }
                Handled::Nothing(end) => return Some(end),
                Handled::Node(node, start, end) => break (node, start, end),
            }
        };
        if let Stashed::Node(id) = node {
            if !self.tree.node(id).atomic {
                let children = self.tree.node(id).children.clone();
                for child in std::iter::once(id).chain(children) {
                    let text = std::mem::take(&mut self.tree.node_mut(child).text);
                    if !text.is_empty() {
                        let text = self.handle_inline(text, index + 1);
                        self.tree.node_mut(child).text = text;
                    }
                    let tail = std::mem::take(&mut self.tree.node_mut(child).tail);
                    if !tail.is_empty() {
                        let tail = self.handle_inline(tail, index);
                        self.tree.node_mut(child).tail = tail;
                    }
                }
            }
        }
        let placeholder = self.stash(node);
        // `data[:start] + placeholder + data[end:]`, as Python-Markdown
        // splices (a match may end before its start: the text repeats).
        match (data.get(..start), data.get(end..)) {
            (Some(head), Some(tail)) if end < start => {
                *data = format!("{head}{placeholder}{tail}");
            }
            (Some(_), Some(_)) => data.replace_range(start..end, &placeholder),
            _ => return None,
        }
        Some(0)
    }

    /// `InlineProcessor.__stashNode`: the node's placeholder.
    fn stash(&mut self, node: Stashed) -> String {
        self.inline_stash.push(node);
        let mut out = String::with_capacity(PLACEHOLDER_PREFIX.len() + 4);
        out.push_str(PLACEHOLDER_PREFIX);
        push_decimal(&mut out, self.inline_stash.len() - 1);
        out.push('\x03');
        out
    }

    /// `InlineProcessor.run` over the tree under `el`.
    pub(super) fn run_inline(&mut self, el: NodeId) {
        let children = std::mem::take(&mut self.tree.node_mut(el).children);
        let mut last = None;
        let node = self.tree.node_mut(el);
        if !node.text.is_empty() && !node.atomic {
            let text = std::mem::take(&mut node.text);
            let text = self.handle_inline(text, 0);
            last = self.resolve(&text, el, None);
        }
        let _ = last;
        let pre = self.tree.tag(el) == "pre";
        for c in children {
            self.run_inline(c);
            self.tree.node_mut(el).children.push(c);
            let tail = std::mem::take(&mut self.tree.node_mut(c).tail);
            if !tail.is_empty() && !pre {
                let tail = self.handle_inline(tail, 0);
                self.resolve(&tail, el, Some(c));
            } else {
                self.tree.node_mut(c).tail = tail;
            }
        }
    }

    /// Turns `text` (with placeholders) into `parent`'s text and children
    /// after `last`; the new last child.
    fn resolve(&mut self, text: &str, parent: NodeId, mut last: Option<NodeId>) -> Option<NodeId> {
        let mut pos = 0;
        while let Some(i) = super::tree::find_str(text, pos, PLACEHOLDER_PREFIX) {
            let digits_at = i + PLACEHOLDER_PREFIX.len();
            let digits = text[digits_at..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count();
            if digits == 0 || text.as_bytes().get(digits_at + digits) != Some(&b'\x03') {
                let end = i + PLACEHOLDER_PREFIX.len();
                last = self.add_text(parent, last, &text[pos..end]);
                pos = end;
                continue;
            }
            if i > pos {
                last = self.add_text(parent, last, &text[pos..i]);
            }
            let key: usize = text[digits_at..digits_at + digits]
                .parse()
                .unwrap_or(usize::MAX);
            match self.inline_stash.get(key).cloned() {
                Some(Stashed::Text(s)) => last = self.add_text(parent, last, &s),
                Some(Stashed::Node(node)) => {
                    self.resolve_element(node);
                    self.tree.node_mut(parent).children.push(node);
                    last = Some(node);
                }
                None => {}
            }
            pos = digits_at + digits + 1;
        }
        if pos < text.len() {
            last = self.add_text(parent, last, &text[pos..]);
        }
        last
    }

    /// Appends `text` to `last`'s tail (or `parent`'s text).
    fn add_text(&mut self, parent: NodeId, last: Option<NodeId>, text: &str) -> Option<NodeId> {
        if text.contains('\x02') && has_placeholder(text) {
            return self.resolve(text, parent, last);
        }
        match last {
            Some(l) => self.tree.node_mut(l).tail.push_str(text),
            None => {
                let node = self.tree.node_mut(parent);
                node.text.push_str(text);
                node.atomic = false;
            }
        }
        last
    }

    /// Resolves the placeholders left in an element a pattern built.
    fn resolve_element(&mut self, el: NodeId) {
        let node = self.tree.node_mut(el);
        let children = std::mem::take(&mut node.children);
        let text = std::mem::take(&mut node.text);
        let mut last = None;
        if !text.is_empty() {
            if node.atomic {
                node.text = text;
            } else {
                last = self.resolve(&text, el, None);
            }
        }
        for c in children {
            let tail = std::mem::take(&mut self.tree.node_mut(c).tail);
            self.resolve_element(c);
            self.tree.node_mut(el).children.push(c);
            last = Some(c);
            if !tail.is_empty() {
                last = self.resolve(&tail, el, last);
            }
        }
        let _ = last;
    }

    /// `InlineProcessor.unescape`: placeholders replaced by their text.
    pub(super) fn unescape_inline(&self, text: &str) -> String {
        self.replace_placeholders(text, |md, stashed, out| match stashed {
            Stashed::Text(s) => out.push_str(s),
            Stashed::Node(id) => md.tree.text_content(*id, out),
        })
    }

    /// `INLINE_PLACEHOLDER_RE.sub(f, text)` with `f` writing the replacement.
    pub(super) fn replace_placeholders(
        &self,
        text: &str,
        f: impl Fn(&Self, &Stashed, &mut String),
    ) -> String {
        let mut out = String::with_capacity(text.len());
        let mut pos = 0;
        while let Some(i) = super::tree::find_str(text, pos, PLACEHOLDER_PREFIX) {
            let digits_at = i + PLACEHOLDER_PREFIX.len();
            let digits = text[digits_at..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count();
            out.push_str(&text[pos..i]);
            if digits == 0 || text.as_bytes().get(digits_at + digits) != Some(&b'\x03') {
                out.push_str(PLACEHOLDER_PREFIX);
                pos = digits_at;
                continue;
            }
            let key: usize = text[digits_at..digits_at + digits]
                .parse()
                .unwrap_or(usize::MAX);
            if let Some(stashed) = self.inline_stash.get(key) {
                f(self, stashed, &mut out);
            }
            pos = digits_at + digits + 1;
        }
        out.push_str(&text[pos..]);
        out
    }
}

/// Appends `n` in decimal (what `format!("{n}")` gives, without the formatter).
pub(super) fn push_decimal(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + u8::try_from(n % 10).unwrap_or(0);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

/// Whether `text` holds a complete inline placeholder.
fn has_placeholder(text: &str) -> bool {
    text.match_indices(PLACEHOLDER_PREFIX).any(|(i, p)| {
        let rest = &text[i + p.len()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest.as_bytes().get(digits) == Some(&b'\x03')
    })
}

/// `BACKTICK_RE` searched from `pos`: an even run of backslashes before a
/// backtick (group 1), or a code span (groups 2 and 3); the opening run
/// may give up backticks to find a closing run of the same length.
fn find_backtick(data: &str, pos: usize) -> Option<Hit> {
    let bytes = data.as_bytes();
    let mut i = pos;
    while i < bytes.len() {
        i += bytes[i..].iter().position(|&b| b == b'`' || b == b'\\')?;
        if i > 0 && bytes[i - 1] == b'\\' {
            i += 1;
            continue;
        }
        let run = |from: usize, b: u8| bytes[from..].iter().take_while(|&&c| c == b).count();
        if bytes[i] == b'\\' {
            let n = run(i, b'\\');
            if n % 2 == 0 && bytes.get(i + n) == Some(&b'`') {
                return Some(Hit {
                    start: i,
                    end: i + n,
                    groups: vec![Some((i, i + n)), None, None],
                });
            }
            i += n;
            continue;
        }
        for k in (1..=run(i, b'`')).rev() {
            if let Some(hit) = code_span(data, i, k) {
                return Some(hit);
            }
        }
        i += 1;
    }
    None
}

/// A code span opened by `k` backticks at `i` (`BACKTICK_RE`'s second branch).
fn code_span(data: &str, i: usize, k: usize) -> Option<Hit> {
    let bytes = data.as_bytes();
    let body = i + k;
    if body >= bytes.len() {
        return None;
    }
    let mut e = next_char(data, body);
    while e < bytes.len() {
        let off = bytes[e..].iter().position(|&b| b == b'`')?;
        e += off;
        let n = bytes[e..].iter().take_while(|&&c| c == b'`').count();
        if bytes[e - 1] != b'`' && n == k {
            return Some(Hit {
                start: i,
                end: e + k,
                groups: vec![None, Some((i, body)), Some((body, e))],
            });
        }
        e += n;
    }
    None
}

/// `ENTITY_RE` searched from `pos`.
fn find_entity(data: &str, pos: usize) -> Option<Hit> {
    let bytes = data.as_bytes();
    let mut at = pos;
    loop {
        let i = at + data[at..].find('&')?;
        let body = &bytes[i + 1..];
        let len = match body {
            [b'#', rest @ ..] => {
                let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                if digits > 0 && rest.get(digits) == Some(&b';') {
                    Some(1 + digits)
                } else if let [b'x', hex @ ..] = rest {
                    let n = hex.iter().take_while(|b| b.is_ascii_hexdigit()).count();
                    (n > 0 && hex.get(n) == Some(&b';')).then_some(2 + n)
                } else {
                    None
                }
            }
            _ => {
                let n = body
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                (n > 0 && body.get(n) == Some(&b';')).then_some(n)
            }
        };
        if let Some(len) = len {
            let end = i + 1 + len + 1;
            return Some(Hit {
                start: i,
                end,
                groups: vec![Some((i, end))],
            });
        }
        at = i + 1;
    }
}

/// `NOT_STRONG_RE` searched from `pos`: 1-3 `*` or `_` between spaces.
fn find_not_strong(data: &str, pos: usize) -> Option<Hit> {
    let bytes = data.as_bytes();
    let mut at = pos;
    loop {
        let i = at + data[at..].find(['*', '_'])?;
        let c = bytes[i];
        let run = bytes[i..].iter().take_while(|&&b| b == c).count();
        let after = data[i + run..].chars().next();
        let before_ok = i == 0 || char_before(data, i).is_some_and(is_py_space);
        if before_ok && run <= 3 && after.is_none_or(is_py_space) {
            return Some(Hit {
                start: i,
                end: i + run,
                groups: vec![Some((i, i + run))],
            });
        }
        at = i + 1;
    }
}
