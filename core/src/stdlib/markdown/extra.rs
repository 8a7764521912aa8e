//! The attr_list extension's tree processor (`extensions/attr_list.py`):
//! `{: #id .class key=value }` lists at the end of blocks and after inline
//! elements.

use super::engine::Md;
use super::pattern::{group, span, LazyRe};
use super::tree::{is_block_level, NodeId};

/// attr_list's `HEADER_RE` (headers, `dt`, table cells).
static HEADER_RE: LazyRe = LazyRe::new(r"[ ]+\{:?[ ]*([^\}\n ][^\n]*)[ ]*\}[ ]*(?:\n?\z)");
/// attr_list's `BLOCK_RE`.
static BLOCK_RE: LazyRe = LazyRe::new(r"\n[ ]*\{:?[ ]*([^\}\n ][^\n]*)[ ]*\}[ ]*(?:\n?\z)");
/// attr_list's `INLINE_RE`.
static INLINE_RE: LazyRe = LazyRe::new(r"\A\{:?[ ]*([^\}\n ][^\n]*)[ ]*\}");

/// Whether `c` may appear in an attribute name (attr_list's `NAME_RE`).
fn is_name_char(c: char) -> bool {
    matches!(c,
        'A'..='Z' | '_' | 'a'..='z' | ':' | '-' | '.' | '0'..='9' | '\u{b7}'
        | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{2ff}'
        | '\u{300}'..='\u{36f}' | '\u{370}'..='\u{37d}' | '\u{37f}'..='\u{1fff}'
        | '\u{200c}'..='\u{200d}' | '\u{203f}'..='\u{2040}' | '\u{2070}'..='\u{218f}'
        | '\u{2c00}'..='\u{2fef}' | '\u{3001}'..='\u{d7ff}' | '\u{f900}'..='\u{fdcf}'
        | '\u{fdf0}'..='\u{fffd}')
}

/// `sanitize_name`: runs of other chars as `_`.
fn sanitize_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut bad = false;
    for c in name.chars() {
        if is_name_char(c) {
            out.push(c);
            bad = false;
        } else if !bad {
            out.push('_');
            bad = true;
        }
    }
    out
}

/// The length of a `[^ =}]+` run at the start of `s`.
fn word_len(s: &str) -> usize {
    s.find([' ', '=', '}']).unwrap_or(s.len())
}

/// One token of attr_list's scanner at the start of `s`: its length and
/// `(key, value)` (none for a space); `None` when no rule matches.
fn scan_one(s: &str) -> Option<(usize, Option<(String, String)>)> {
    if s.starts_with(' ') {
        return Some((1, None));
    }
    let key = word_len(s);
    if key == 0 {
        return None;
    }
    let k = &s[..key];
    if let Some(rest) = s[key..].strip_prefix('=') {
        for q in ['"', '\''] {
            if let Some(body) = rest.strip_prefix(q) {
                let line = body.find('\n').map_or(body, |i| &body[..i]);
                if let Some(end) = line.find(q) {
                    let v = &rest[..end + 2];
                    return Some((
                        key + 1 + end + 2,
                        Some((k.to_owned(), v.trim_matches(q).to_owned())),
                    ));
                }
            }
        }
        let v = word_len(rest);
        if v > 0 {
            return Some((key + 1 + v, Some((k.to_owned(), rest[..v].to_owned()))));
        }
    }
    let pair = if let Some(c) = k.strip_prefix('.') {
        (".".to_owned(), c.to_owned())
    } else if let Some(id) = k.strip_prefix('#') {
        ("id".to_owned(), id.to_owned())
    } else {
        (k.to_owned(), k.to_owned())
    };
    Some((key, Some(pair)))
}

/// `get_attrs_and_remainder`.
pub(super) fn attrs_and_remainder(s: &str) -> (Vec<(String, String)>, &str) {
    let mut attrs = Vec::new();
    let mut pos = 0;
    while pos < s.len() {
        let Some((len, pair)) = scan_one(&s[pos..]) else {
            break;
        };
        attrs.extend(pair);
        pos += len;
    }
    let rest = &s[pos..];
    (attrs, rest.find('}').map_or("", |i| &rest[i..]))
}

/// Where a block's attribute list is looked for.
#[derive(Clone, Copy)]
enum Slot {
    /// The element's text.
    Text(NodeId),
    /// A child's tail.
    Tail(NodeId),
}

impl Md<'_> {
    /// `AttrListTreeprocessor.run`.
    pub(super) fn attr_list(&mut self, root: NodeId) {
        for el in self.tree.descendants(root) {
            let tag = self.tree.tag(el);
            if is_block_level(tag) {
                self.attr_block(el);
            } else {
                let tail = &self.tree.node(el).tail;
                let Some(m) = INLINE_RE.search(tail, 0) else {
                    continue;
                };
                let (_, end) = span(&m);
                let attrs = group(&m, 1).to_owned();
                let rest = tail[end..].to_owned();
                let remainder = self.assign_attrs(el, &attrs, false);
                self.tree.node_mut(el).tail = rest + &remainder;
            }
        }
    }

    /// The block-level half of `run`.
    fn attr_block(&mut self, el: NodeId) {
        let tag = self.tree.tag(el);
        let header = matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        let node = self.tree.node(el);
        let children = &node.children;
        let tail_of = |c: NodeId| (!self.tree.node(c).tail.is_empty()).then_some(Slot::Tail(c));
        let text = (!node.text.is_empty()).then_some(Slot::Text(el));
        let slot = if tag == "li" && !children.is_empty() {
            let pos = children
                .iter()
                .position(|&c| matches!(self.tree.tag(c), "ul" | "ol"));
            match pos {
                None => children.last().and_then(|&c| tail_of(c)).or(text),
                Some(p) if p > 0 => tail_of(children[p - 1]).or(text),
                Some(_) => text,
            }
        } else {
            match children.last() {
                Some(&c) => tail_of(c).or(if self.tree.node(c).tail.is_empty() {
                    text
                } else {
                    None
                }),
                None => text,
            }
        };
        let Some(slot) = slot else {
            return;
        };
        let value = match slot {
            Slot::Text(id) => self.tree.node(id).text.clone(),
            Slot::Tail(id) => self.tree.node(id).tail.clone(),
        };
        let re = if header || matches!(tag, "dt" | "td" | "th") {
            &HEADER_RE
        } else {
            &BLOCK_RE
        };
        let Some(m) = re.search(&value, 0) else {
            return;
        };
        let (start, _) = span(&m);
        let attrs = group(&m, 1).to_owned();
        if !self.assign_attrs(el, &attrs, true).is_empty() {
            return;
        }
        let mut kept = value[..start].to_owned();
        if header && tag != "li" {
            kept = kept
                .trim_end_matches('#')
                .trim_end_matches(super::tree::is_py_space)
                .to_owned();
        }
        match slot {
            Slot::Text(id) => self.tree.node_mut(id).text = kept,
            Slot::Tail(id) => self.tree.node_mut(id).tail = kept,
        }
    }

    /// `assign_attrs`: the remainder after a stray `}` (nothing assigned
    /// when `strict` and there is one).
    fn assign_attrs(&mut self, el: NodeId, attrs: &str, strict: bool) -> String {
        let (pairs, remainder) = attrs_and_remainder(attrs);
        if strict && !remainder.is_empty() {
            return remainder.to_owned();
        }
        for (k, v) in pairs {
            if k == "." {
                let class = match self.tree.get(el, "class") {
                    Some(c) if !c.is_empty() => format!("{c} {v}"),
                    _ => v,
                };
                self.tree.set(el, "class", class);
            } else {
                self.tree.set(el, &sanitize_name(&k), v);
            }
        }
        remainder.to_owned()
    }
}
