//! Python-Markdown's `AsteriskProcessor` and `UnderscoreProcessor`
//! (`inlinepatterns.py`): strong/em nesting from five patterns each, tried
//! in order, their inner text parsed again with the later patterns.

use super::engine::{Md, Stashed};
use super::inline::{char_before, next_char, Handled, Hit};
use super::tree::NodeId;

/// How a pattern builds its element: `single` (tag), `double` (outer,
/// inner), `double2` (outer, inner).
#[derive(Clone, Copy)]
enum Build {
    /// `build_single`.
    Single(&'static str),
    /// `build_double`.
    Double(&'static str, &'static str),
    /// `build_double2`.
    Double2(&'static str, &'static str),
}

/// The builders of the five patterns (the same for `*` and `_`).
const BUILDS: [Build; 5] = [
    Build::Double("strong", "em"),
    Build::Double("em", "strong"),
    Build::Double2("strong", "em"),
    Build::Single("strong"),
    Build::Single("em"),
];

/// Whether `c` is a word char (Python's `\w`).
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A group's byte span.
type Span = (usize, usize);

/// The byte offset of the first `needle` at or after `from` in `data`.
fn find_from(data: &str, from: usize, needle: &str) -> Option<usize> {
    super::tree::find_str(data, from, needle)
}

/// Whether the char at `i` is a word char (false at the end).
fn word_at(data: &str, i: usize) -> bool {
    data[i..].chars().next().is_some_and(is_word)
}

/// The first `end >= from` where `run` starts with `ok(end)` holding.
fn first_end(data: &str, from: usize, run: &str, ok: impl Fn(usize) -> bool) -> Option<usize> {
    let mut at = from;
    loop {
        let e = find_from(data, at, run)?;
        if ok(e) {
            return Some(e);
        }
        at = e + 1;
    }
}

/// Pattern `index` of the processor for `c` (`*` or `_`) matched at `s`:
/// `(end, group 2, group 3)`, hand-coded from Python-Markdown's regexes
/// (lazy groups take the first closing run that lets the rest match).
fn emphasis_at(data: &str, s: usize, index: usize, c: char) -> Option<(usize, Span, Span)> {
    let (one, two, three) = if c == '*' {
        ("*", "**", "***")
    } else {
        ("_", "__", "___")
    };
    let rest = &data[s..];
    let after = |i: usize| next_char(data, i);
    match (index, c) {
        (0, _) => {
            // (c)c{2}(.+?)c(.*?)c{2}
            let g2 = s + 3;
            if !rest.starts_with(three) || g2 >= data.len() {
                return None;
            }
            let e2 = find_from(data, after(g2), one)?;
            let e3 = find_from(data, e2 + 1, two)?;
            Some((e3 + 2, (g2, e2), (e2 + 1, e3)))
        }
        (1, _) => {
            // (c)c{2}(.+?)c{2}(.*?)c
            let g2 = s + 3;
            if !rest.starts_with(three) || g2 >= data.len() {
                return None;
            }
            let e2 = find_from(data, after(g2), two)?;
            let e3 = find_from(data, e2 + 2, one)?;
            Some((e3 + 1, (g2, e2), (e2 + 2, e3)))
        }
        (2, '*') => {
            // (\*)\*(?!\*)([^*]+?)\*(?!\*)(.+?)\*{3}
            let g2 = s + 2;
            if !rest.starts_with(two) || rest[2..].starts_with('*') || g2 >= data.len() {
                return None;
            }
            let e2 = find_from(data, g2, one)?;
            if e2 == g2 || data[e2 + 1..].starts_with('*') || e2 + 1 >= data.len() {
                return None;
            }
            let e3 = find_from(data, after(e2 + 1), three)?;
            Some((e3 + 3, (g2, e2), (e2 + 1, e3)))
        }
        (2, _) => {
            // (_)_(?!_)(.+?)(?<!\w)_(?!_)(.+?)_{3}(?!\w)
            let g2 = s + 2;
            if !rest.starts_with(two) || rest[2..].starts_with('_') || g2 >= data.len() {
                return None;
            }
            let e2 = first_end(data, after(g2), one, |e| {
                !char_before(data, e).is_some_and(is_word) && !data[e + 1..].starts_with('_')
            })?;
            if e2 + 1 >= data.len() {
                return None;
            }
            let e3 = first_end(data, after(e2 + 1), three, |e| !word_at(data, e + 3))?;
            Some((e3 + 3, (g2, e2), (e2 + 1, e3)))
        }
        (3, '*') => {
            // (\*{2})(.+?)\*{2}
            let g2 = s + 2;
            if !rest.starts_with(two) || g2 >= data.len() {
                return None;
            }
            let e2 = find_from(data, after(g2), two)?;
            Some((e2 + 2, (g2, e2), (e2, e2)))
        }
        (3, _) => {
            // (_{2})(?!_)(.+?)(?<!_)__(?!\w)
            let g2 = s + 2;
            if !rest.starts_with(two) || rest[2..].starts_with('_') || g2 >= data.len() {
                return None;
            }
            let e2 = first_end(data, after(g2), two, |e| {
                !data[..e].ends_with('_') && !word_at(data, e + 2)
            })?;
            Some((e2 + 2, (g2, e2), (e2, e2)))
        }
        (4, '*') => {
            // (\*)([^\*]+)\*
            let e2 = find_from(data, s + 1, one)?;
            (rest.starts_with(one) && e2 > s + 1).then_some((e2 + 1, (s + 1, e2), (e2, e2)))
        }
        (4, _) => {
            // (_)(?!_)(.+?)(?<!_)_(?!\w)
            let g2 = s + 1;
            if !rest.starts_with(one) || rest[1..].starts_with('_') || g2 >= data.len() {
                return None;
            }
            let e2 = first_end(data, after(g2), one, |e| {
                !data[..e].ends_with('_') && !word_at(data, e + 1)
            })?;
            Some((e2 + 1, (g2, e2), (e2, e2)))
        }
        _ => None,
    }
}

impl Md<'_> {
    /// `pattern.match(data, pos)` for pattern `index`: the match span and groups.
    fn emphasis_match(
        &self,
        data: &str,
        pos: usize,
        index: usize,
        underscore: bool,
    ) -> Option<Hit> {
        if underscore && index >= 2 && char_before(data, pos).is_some_and(is_word) {
            return None;
        }
        let (end, g2, g3) = emphasis_at(data, pos, index, if underscore { '_' } else { '*' })?;
        let first = if index == 3 { pos + 2 } else { pos + 1 };
        Some(Hit {
            start: pos,
            end,
            groups: vec![Some((pos, first)), Some(g2), Some(g3)],
        })
    }

    /// `AsteriskProcessor.handleMatch`.
    pub(super) fn handle_emphasis(&mut self, hit: &Hit, data: &str, underscore: bool) -> Handled {
        for index in 0..5 {
            if let Some(m) = self.emphasis_match(data, hit.start, index, underscore) {
                let el = self.build_emphasis(&m, data, index, underscore);
                return Handled::Node(Stashed::Node(el), m.start, m.end);
            }
        }
        Handled::Skip
    }

    /// `build_element`.
    fn build_emphasis(&mut self, m: &Hit, data: &str, index: usize, underscore: bool) -> NodeId {
        match BUILDS[index] {
            Build::Single(tag) => {
                let el = self.tree.element(tag);
                self.parse_sub_patterns(m.group(data, 2), el, None, index, underscore);
                el
            }
            Build::Double(outer, inner) => {
                let el1 = self.tree.element(outer);
                let el2 = self.tree.element(inner);
                self.parse_sub_patterns(m.group(data, 2), el2, None, index, underscore);
                self.tree.node_mut(el1).children.push(el2);
                self.parse_sub_patterns(m.group(data, 3), el1, Some(el2), index, underscore);
                el1
            }
            Build::Double2(outer, inner) => {
                let el1 = self.tree.element(outer);
                let el2 = self.tree.element(inner);
                self.parse_sub_patterns(m.group(data, 2), el1, None, index, underscore);
                self.tree.node_mut(el1).children.push(el2);
                self.parse_sub_patterns(m.group(data, 3), el2, None, index, underscore);
                el1
            }
        }
    }

    /// `parse_sub_patterns`: `data` into `parent` with the patterns after `idx`.
    fn parse_sub_patterns(
        &mut self,
        data: &str,
        parent: NodeId,
        mut last: Option<NodeId>,
        idx: usize,
        underscore: bool,
    ) {
        let marker = if underscore { b'_' } else { b'*' };
        let mut offset = 0;
        let mut pos = 0;
        while pos < data.len() {
            if data.as_bytes()[pos] != marker {
                pos = next_char(data, pos);
                continue;
            }
            let mut matched = false;
            for index in idx + 1..5 {
                let Some(m) = self.emphasis_match(data, pos, index, underscore) else {
                    continue;
                };
                let text = &data[offset..m.start];
                if !text.is_empty() {
                    self.set_text_or_tail(parent, last, text);
                }
                let el = self.build_emphasis(&m, data, index, underscore);
                self.tree.node_mut(parent).children.push(el);
                last = Some(el);
                offset = m.end;
                pos = m.end;
                matched = true;
            }
            if !matched {
                pos = next_char(data, pos);
            }
        }
        let text = &data[offset..];
        if !text.is_empty() {
            self.set_text_or_tail(parent, last, text);
        }
    }

    /// `last.tail = text` or `parent.text = text`.
    fn set_text_or_tail(&mut self, parent: NodeId, last: Option<NodeId>, text: &str) {
        match last {
            Some(l) => self.tree.node_mut(l).tail = text.to_owned(),
            None => {
                let node = self.tree.node_mut(parent);
                node.text = text.to_owned();
                node.atomic = false;
            }
        }
    }
}
