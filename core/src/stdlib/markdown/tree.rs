//! The element tree the converter builds (Python-Markdown's
//! `xml.etree.ElementTree` use, reduced to what it needs) and its (x)html
//! serializer, prettifier and backslash-escape restorer.

/// An element's index in its [`Tree`].
pub(super) type NodeId = usize;

/// One element: `tag`, attributes in insertion order, `text` (before the
/// first child) and `tail` (after the element, inside its parent).
#[derive(Clone, Debug, Default)]
pub(super) struct Node {
    /// The tag name.
    pub tag: &'static str,
    /// Attributes, in the order they were set.
    pub attrib: Vec<(String, String)>,
    /// The text before the first child ("" for none).
    pub text: String,
    /// Whether `text` is an `AtomicString` (left alone by the inline patterns).
    pub atomic: bool,
    /// The text after the element ("" for none).
    pub tail: String,
    /// Child elements.
    pub children: Vec<NodeId>,
}

/// Every element of one conversion, in an arena.
#[derive(Debug, Default)]
pub(super) struct Tree {
    /// The elements; index 0 is the document's root `div`.
    pub nodes: Vec<Node>,
}

/// Whether the lower-case `tag` is one of Python-Markdown's block-level
/// tags (`Markdown.block_level_elements`), by length first (a match over
/// all the names compares them one by one; the tree asks for every element).
fn is_block_level_lower(tag: &str) -> bool {
    match tag.len() {
        1 => matches!(tag, "p"),
        2 => matches!(
            tag,
            "dl" | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "hr"
                | "ol"
                | "ul"
                | "dd"
                | "dt"
                | "li"
                | "td"
                | "th"
                | "tr"
        ),
        3 => matches!(tag, "div" | "nav" | "pre" | "map"),
        4 => matches!(tag, "form" | "main" | "menu" | "body" | "html" | "math"),
        5 => matches!(
            tag,
            "aside" | "table" | "group" | "style" | "tbody" | "tfoot" | "thead" | "video"
        ),
        6 => matches!(
            tag,
            "figure"
                | "footer"
                | "header"
                | "hgroup"
                | "canvas"
                | "iframe"
                | "legend"
                | "output"
                | "object"
                | "option"
                | "script"
        ),
        7 => matches!(
            tag,
            "address" | "article" | "details" | "section" | "summary"
        ),
        8 => matches!(
            tag,
            "fieldset" | "colgroup" | "noscript" | "progress" | "textarea"
        ),
        10 => matches!(tag, "blockquote" | "figcaption"),
        _ => false,
    }
}

/// Tags serialized without a closing tag (`<br />` in xhtml).
const HTML_EMPTY: &[&str] = &[
    "area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link",
    "meta", "param", "embed", "source", "track", "wbr",
];

/// `Markdown.is_block_level(tag)`: lower-cased, a trailing `/` dropped.
pub(super) fn is_block_level(tag: &str) -> bool {
    let tag = tag.trim_end_matches('/');
    if tag.bytes().any(|b| b.is_ascii_uppercase()) {
        return is_block_level_lower(&tag.to_ascii_lowercase());
    }
    is_block_level_lower(tag)
}

/// Whether `tag` has no closing tag in html.
pub(super) fn is_empty_tag(tag: &str) -> bool {
    if tag.bytes().any(|b| b.is_ascii_uppercase()) {
        return HTML_EMPTY.iter().any(|t| t.eq_ignore_ascii_case(tag));
    }
    // [`HTML_EMPTY`] by length first: every serialized element asks.
    match tag.len() {
        2 => tag == "br" || tag == "hr",
        3 => matches!(tag, "col" | "img" | "wbr"),
        4 => matches!(tag, "area" | "base" | "link" | "meta"),
        5 => matches!(tag, "frame" | "input" | "param" | "embed" | "track"),
        6 => tag == "source",
        7 => tag == "isindex",
        8 => tag == "basefont",
        _ => false,
    }
}

/// The `&'static str` of a heading tag `h1`..`h6`.
pub(super) fn heading_tag(level: usize) -> &'static str {
    ["h1", "h2", "h3", "h4", "h5", "h6"][level.clamp(1, 6) - 1]
}

/// The first `needle` in `hay` at or after byte `from` (a byte scan for the
/// needle's first byte: cheaper than `str::find` for the short needles here).
pub(super) fn find_str(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let first = *needle.as_bytes().first()?;
    let bytes = hay.as_bytes();
    let mut at = from;
    while at < bytes.len() {
        let i = at + bytes[at..].iter().position(|&b| b == first)?;
        if bytes[i..].starts_with(needle.as_bytes()) {
            return Some(i);
        }
        at = i + 1;
    }
    None
}

/// Python's `str.isspace` for one char (Unicode white space and the
/// information separators `\x1c`-`\x1f`).
pub(super) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Python's `str.strip()`.
pub(super) fn py_strip(s: &str) -> &str {
    s.trim_matches(is_py_space)
}

/// Whether `s.strip()` is empty.
pub(super) fn is_blank(s: &str) -> bool {
    s.chars().all(is_py_space)
}

impl Tree {
    /// A tree holding only the root `div`.
    pub(super) fn new() -> Self {
        Tree {
            nodes: {
                // Room for a short document's elements without regrowing.
                let mut nodes = Vec::with_capacity(32);
                nodes.push(Node {
                    tag: "div",
                    ..Node::default()
                });
                nodes
            },
        }
    }

    /// A new parentless element.
    pub(super) fn element(&mut self, tag: &'static str) -> NodeId {
        self.nodes.push(Node {
            tag,
            ..Node::default()
        });
        self.nodes.len() - 1
    }

    /// `SubElement(parent, tag)`.
    pub(super) fn sub(&mut self, parent: NodeId, tag: &'static str) -> NodeId {
        let id = self.element(tag);
        self.nodes[parent].children.push(id);
        id
    }

    /// The element `id`.
    pub(super) fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// The element `id`, mutably.
    pub(super) fn node_mut(&mut self, id: NodeId) -> &mut Node {
        &mut self.nodes[id]
    }

    /// `el.tag`.
    pub(super) fn tag(&self, id: NodeId) -> &'static str {
        self.nodes[id].tag
    }

    /// `parent[-1]`, if any.
    pub(super) fn last_child(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id].children.last().copied()
    }

    /// `el.get(key)`.
    pub(super) fn get(&self, id: NodeId, key: &str) -> Option<&str> {
        self.nodes[id]
            .attrib
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// `el.set(key, value)`.
    pub(super) fn set(&mut self, id: NodeId, key: &str, value: String) {
        let attrib = &mut self.nodes[id].attrib;
        if let Some(slot) = attrib.iter_mut().find(|(k, _)| k == key) {
            slot.1 = value;
        } else {
            attrib.push((key.to_owned(), value));
        }
    }

    /// `el.iter()`: `id` and its descendants in document order.
    pub(super) fn descendants(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(self.nodes[n].children.iter().rev());
        }
        out
    }

    /// Calls `f` on `id` and its descendants in document order (what
    /// iterating [`Tree::descendants`] does, without collecting them); `f`
    /// must not change children lists.
    pub(super) fn each_node(&mut self, id: NodeId, f: &mut impl FnMut(&mut Tree, NodeId)) {
        f(self, id);
        for i in 0..self.nodes[id].children.len() {
            let c = self.nodes[id].children[i];
            self.each_node(c, f);
        }
    }

    /// A deep copy of the subtree at `id` (parentless).
    pub(super) fn deep_copy(&mut self, id: NodeId) -> NodeId {
        let mut node = self.nodes[id].clone();
        let children = std::mem::take(&mut node.children);
        self.nodes.push(node);
        let new = self.nodes.len() - 1;
        for c in children {
            let copy = self.deep_copy(c);
            self.nodes[new].children.push(copy);
        }
        new
    }

    /// `''.join(el.itertext())` without the element's own tail.
    pub(super) fn text_content(&self, id: NodeId, out: &mut String) {
        let node = &self.nodes[id];
        out.push_str(&node.text);
        for &c in &node.children {
            self.text_content(c, out);
            out.push_str(&self.nodes[c].tail);
        }
    }
}

/// Whether the `&` at `i` starts a character or entity reference
/// (`RE_AMP`'s negative lookahead: `#123;`, `#x1f;`, `name;`).
fn is_reference(s: &str, i: usize) -> bool {
    let rest = &s.as_bytes()[i + 1..];
    let (body, hex) = match rest {
        [b'#', b'x' | b'X', body @ ..] => (body, true),
        [b'#', body @ ..] => (body, false),
        body => (body, true),
    };
    let named = !rest.starts_with(b"#");
    let len = body
        .iter()
        .take_while(|b| {
            if named {
                b.is_ascii_alphanumeric()
            } else if hex {
                b.is_ascii_hexdigit()
            } else {
                b.is_ascii_digit()
            }
        })
        .count();
    len > 0 && body.get(len) == Some(&b';')
}

/// `_escape_cdata` (and `_escape_attrib_html` with `quote`): `&` not
/// starting a reference, `<`, `>` (and `"`) as entities.
pub(super) fn escape_into(out: &mut String, s: &str, quote: bool) {
    escape_entities(out, s, quote, true);
}

/// `&` (only where it does not start a reference, with `keep_references`),
/// `<`, `>` (and `"` with `quote`) of `s` as entities, appended to `out`: the
/// runs between them copied whole.
pub(super) fn escape_entities(out: &mut String, s: &str, quote: bool, keep_references: bool) {
    let bytes = s.as_bytes();
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Most bytes need nothing: skip to the next one that may.
        let Some(off) = bytes[i..]
            .iter()
            .position(|&b| matches!(b, b'&' | b'<' | b'>' | b'"'))
        else {
            break;
        };
        let at = i + off;
        i = at + 1;
        let rep = match bytes[at] {
            b'&' if !(keep_references && is_reference(s, at)) => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if quote => "&quot;",
            _ => continue,
        };
        out.push_str(&s[last..at]);
        out.push_str(rep);
        last = at + 1;
    }
    out.push_str(&s[last..]);
}

/// One ` key="value"` of `_serialize` (html writes an attribute whose
/// escaped value is its name as the bare name).
fn write_attr(out: &mut String, k: &str, v: &str, html: bool) {
    out.push(' ');
    if html {
        let mut escaped = String::new();
        escape_into(&mut escaped, v, true);
        if k == escaped {
            out.push_str(&escaped);
            return;
        }
    }
    out.push_str(k);
    out.push_str("=\"");
    escape_into(out, v, true);
    out.push('"');
}

impl Tree {
    /// `_serialize`: the element `id` as (x)html, appended to `out`.
    pub(super) fn serialize(&self, id: NodeId, out: &mut String, xhtml: bool, html: bool) {
        let node = &self.nodes[id];
        out.push('<');
        out.push_str(node.tag);
        if node.attrib.len() > 1 {
            let mut attrib: Vec<&(String, String)> = node.attrib.iter().collect();
            attrib.sort();
            for (k, v) in attrib {
                write_attr(out, k, v, html);
            }
        } else {
            for (k, v) in &node.attrib {
                write_attr(out, k, v, html);
            }
        }
        let empty = is_empty_tag(node.tag);
        if xhtml && empty {
            out.push_str(" />");
        } else {
            out.push('>');
            self.serialize_inner(id, out, xhtml, html);
            if !empty {
                out.push_str("</");
                out.push_str(node.tag);
                out.push('>');
            }
        }
        escape_into(out, &node.tail, false);
    }

    /// The text and children of `id`, serialized.
    pub(super) fn serialize_inner(&self, id: NodeId, out: &mut String, xhtml: bool, html: bool) {
        let node = &self.nodes[id];
        if !node.text.is_empty() {
            if node.tag.eq_ignore_ascii_case("script") || node.tag.eq_ignore_ascii_case("style") {
                out.push_str(&node.text);
            } else {
                escape_into(out, &node.text, false);
            }
        }
        for &c in &node.children {
            self.serialize(c, out, xhtml, html);
        }
    }

    /// `PrettifyTreeprocessor.run`: newlines between block elements, after
    /// `<br>`, and at the end of a `<pre><code>` block.
    pub(super) fn prettify(&mut self, root: NodeId) {
        self.prettify_tree(root);
        // Python-Markdown's two passes (`<br>` tails, then `<pre><code>`
        // texts) touch disjoint nodes, so one walk does both.
        self.each_node(root, &mut |tree, id| {
            let node = &mut tree.nodes[id];
            if node.tag == "br" {
                if is_blank(&node.tail) {
                    set_newline(&mut node.tail);
                } else {
                    node.tail.insert(0, '\n');
                }
            }
            if tree.nodes[id].tag != "pre" {
                return;
            }
            let Some(&code) = tree.nodes[id].children.first() else {
                return;
            };
            let code = &mut tree.nodes[code];
            if code.tag == "code" && code.children.is_empty() {
                let trimmed = code.text.trim_end_matches(is_py_space).len();
                code.text.truncate(trimmed);
                code.text.push('\n');
                code.atomic = true;
            }
        });
    }

    /// `PrettifyTreeprocessor._prettifyETree`.
    fn prettify_tree(&mut self, id: NodeId) {
        let tag = self.nodes[id].tag;
        if is_block_level(tag) && tag != "code" && tag != "pre" {
            let node = &self.nodes[id];
            if is_blank(&node.text)
                && node
                    .children
                    .first()
                    .is_some_and(|&c| is_block_level(self.nodes[c].tag))
            {
                set_newline(&mut self.nodes[id].text);
                self.nodes[id].atomic = false;
            }
            // The walk below changes texts and tails only, never children.
            for i in 0..self.nodes[id].children.len() {
                let c = self.nodes[id].children[i];
                if is_block_level(self.nodes[c].tag) {
                    self.prettify_tree(c);
                }
            }
        }
        let node = &mut self.nodes[id];
        if is_blank(&node.tail) {
            set_newline(&mut node.tail);
        }
    }
}

/// Sets `s` to `"\n"`, reusing its buffer.
fn set_newline(s: &mut String) {
    if s != "\n" {
        s.clear();
        s.push('\n');
    }
}

/// `UnescapeTreeprocessor.unescape`: `\x02<n>\x03` back to the char `n`.
pub(super) fn unescape(text: &str) -> Option<String> {
    if !text.contains('\x02') {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\x02') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let code = (digits > 0 && after.as_bytes().get(digits) == Some(&b'\x03'))
            .then(|| after[..digits].parse::<u32>().ok().and_then(char::from_u32))
            .flatten();
        if let Some(c) = code {
            out.push(c);
            rest = &after[digits + 1..];
        } else {
            out.push('\x02');
            rest = after;
        }
    }
    out.push_str(rest);
    Some(out)
}

impl Tree {
    /// `UnescapeTreeprocessor.run`: restores backslash escapes in texts,
    /// tails (not in `<code>` texts) and attribute values.
    pub(super) fn unescape_all(&mut self, root: NodeId) {
        self.each_node(root, &mut |tree, id| {
            let node = &mut tree.nodes[id];
            if node.tag != "code" {
                if let Some(text) = unescape(&node.text) {
                    node.text = text;
                }
            }
            if let Some(tail) = unescape(&node.tail) {
                node.tail = tail;
            }
            for (_, v) in &mut node.attrib {
                if let Some(value) = unescape(v) {
                    *v = value;
                }
            }
        });
    }
}
