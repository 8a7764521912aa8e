//! The toc extension's tree processor (`extensions/toc.py`): heading ids
//! from slugs, the nested table of contents and the `[TOC]` marker.

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization;

use super::engine::{Md, TocConfig};
use super::tree::{is_py_space, py_strip, NodeId};

/// A toc token: level, id, name, inner html.
pub(crate) type TocToken = (usize, String, String, String);

/// `slugify(value, separator)`: NFKD to ASCII, word chars, spaces and `-`
/// kept, lower-cased, runs of spaces/separator chars as one separator.
fn slugify(value: &str, sep: &str) -> String {
    let ascii: String = value.nfkd().filter(char::is_ascii).collect();
    let kept: String = ascii
        .chars()
        .filter(|&c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || is_py_space(c))
        .collect();
    let lower = py_strip(&kept).to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut in_run = false;
    for c in lower.chars() {
        if is_py_space(c) || sep.contains(c) {
            if !in_run {
                out.push_str(sep);
            }
            in_run = true;
        } else {
            out.push(c);
            in_run = false;
        }
    }
    out
}

/// `unique(id, ids)`: `id`, or `id_1`, `id_2`... not yet used.
fn unique(id: String, ids: &mut HashSet<String>) -> String {
    let mut id = id;
    while id.is_empty() || ids.contains(&id) {
        let numbered = id.rsplit_once('_').and_then(|(base, n)| {
            (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                .then(|| n.parse::<u64>().ok().map(|n| format!("{base}_{}", n + 1)))
                .flatten()
        });
        id = numbered.unwrap_or_else(|| format!("{id}_1"));
    }
    ids.insert(id.clone());
    id
}

/// `strip_tags`: comments and tags removed, whitespace collapsed.
fn strip_tags(text: &str) -> String {
    let mut text = text.to_owned();
    while let Some(start) = text.find("<!--") {
        let Some(end) = text[start..].find("-->") else {
            break;
        };
        text.replace_range(start..start + end + 3, "");
    }
    while let Some(start) = text.find('<') {
        let Some(end) = text[start..].find('>') else {
            break;
        };
        text.replace_range(start..=start + end, "");
    }
    text.split(is_py_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `html.unescape` for the references the serializer and the HTML 4 names produce.
fn html_unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let decoded = after.find(';').and_then(|end| {
            let name = &after[..end];
            let c = if let Some(num) = name.strip_prefix('#') {
                match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                }
                .and_then(char::from_u32)
            } else {
                super::entities::name2codepoint(name).and_then(char::from_u32)
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `nest_toc_tokens` as child index lists: the roots and each token's children.
fn nest(levels: &[usize]) -> (Vec<usize>, Vec<Vec<usize>>) {
    let mut children = vec![Vec::new(); levels.len()];
    let mut ordered = Vec::new();
    if levels.is_empty() {
        return (ordered, children);
    }
    let mut last = 0;
    let mut lv = vec![levels[0]];
    ordered.push(0);
    let mut parents: Vec<usize> = Vec::new();
    for t in 1..levels.len() {
        let current = levels[t];
        if lv.last().is_some_and(|&l| current < l) {
            lv.pop();
            let to_pop = parents
                .iter()
                .rev()
                .take_while(|&&p| current <= levels[p])
                .count();
            if to_pop > 0 {
                lv.truncate(lv.len().saturating_sub(to_pop));
                parents.truncate(parents.len() - to_pop);
            }
            lv.push(current);
        }
        if lv.last() == Some(&current) {
            match parents.last() {
                Some(&p) => children[p].push(t),
                None => ordered.push(t),
            }
        } else {
            children[last].push(t);
            parents.push(last);
            lv.push(current);
        }
        last = t;
    }
    (ordered, children)
}

impl Md<'_> {
    /// `render_inner_html`: the element's content as html, postprocessed.
    fn inner_html(&self, el: NodeId) -> String {
        let (xhtml, html) = self.formats();
        let mut out = String::new();
        self.tree.serialize_inner(el, &mut out, xhtml, html);
        let text = super::tree::unescape(&out).unwrap_or(out);
        let text = self.raw_html(py_strip(&text).to_owned());
        text.replace("\x02amp\x03", "&")
    }

    /// `TocTreeprocessor.run`: ids on headings, `md.toc` and the tokens.
    pub(super) fn run_toc(&mut self, config: &TocConfig) -> (String, Vec<TocToken>) {
        let mut used: HashSet<String> = HashSet::new();
        for id in self.tree.descendants(0) {
            if let Some(v) = self.tree.get(id, "id") {
                used.insert(v.to_owned());
            }
        }
        let mut tokens = Vec::new();
        for el in self.tree.descendants(0) {
            let tag = self.tree.tag(el);
            let Some(level) = heading_level(tag) else {
                continue;
            };
            let level = (level + config.base_level).saturating_sub(1).clamp(1, 6);
            self.tree.node_mut(el).tag = super::tree::heading_tag(level);
            let inner = self.inner_html(el);
            let name = strip_tags(&inner);
            if self.tree.get(el, "id").is_none() {
                let id = unique(slugify(&html_unescape(&name), &config.separator), &mut used);
                self.tree.set(el, "id", id);
            }
            if level >= config.top && level <= config.bottom {
                let id = self.tree.get(el, "id").unwrap_or_default().to_owned();
                tokens.push((level, id, name, inner));
            }
        }
        let div = self.toc_div(config, &tokens);
        if !config.marker.is_empty() {
            self.replace_marker(div, &config.marker);
        }
        let (xhtml, html) = self.formats();
        let mut out = String::new();
        self.tree.serialize(div, &mut out, xhtml, html);
        let toc = self.raw_html(out).replace("\x02amp\x03", "&");
        (toc, tokens)
    }

    /// `build_toc_div`.
    fn toc_div(&mut self, config: &TocConfig, tokens: &[TocToken]) -> NodeId {
        let div = self.tree.element("div");
        self.tree.set(div, "class", config.toc_class.clone());
        if !config.title.is_empty() {
            let span = self.tree.sub(div, "span");
            if !config.title_class.is_empty() {
                self.tree.set(span, "class", config.title_class.clone());
            }
            self.tree.node_mut(span).text = config.title.clone();
        }
        let levels: Vec<usize> = tokens.iter().map(|t| t.0).collect();
        let (roots, children) = nest(&levels);
        self.toc_ul(div, &roots, &children, tokens);
        self.tree.prettify(div);
        div
    }

    /// `build_etree_ul`.
    fn toc_ul(
        &mut self,
        parent: NodeId,
        items: &[usize],
        children: &[Vec<usize>],
        tokens: &[TocToken],
    ) {
        let ul = self.tree.sub(parent, "ul");
        for &i in items {
            let li = self.tree.sub(ul, "li");
            let a = self.tree.sub(li, "a");
            self.tree.node_mut(a).text = tokens[i].2.clone();
            self.tree.set(a, "href", format!("#{}", tokens[i].1));
            if !children[i].is_empty() {
                self.toc_ul(li, &children[i], children, tokens);
            }
        }
    }

    /// `replace_marker`: every `<p>` holding only the marker becomes the toc.
    fn replace_marker(&mut self, div: NodeId, marker: &str) {
        for el in self.tree.descendants(0) {
            let children = self.tree.node(el).children.clone();
            for (i, c) in children.into_iter().enumerate() {
                let node = self.tree.node(c);
                if node.tag == "p" && node.children.is_empty() && py_strip(&node.text) == marker {
                    let tail = node.tail.clone();
                    let copy = self.tree.deep_copy(div);
                    self.tree.node_mut(copy).tail = tail;
                    self.tree.node_mut(el).children[i] = copy;
                }
            }
        }
    }
}

/// The level of a heading tag `h1`..`h6`.
fn heading_level(tag: &str) -> Option<usize> {
    match tag.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(usize::from(d - b'0')),
        _ => None,
    }
}
