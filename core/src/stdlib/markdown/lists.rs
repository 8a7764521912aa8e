//! The list block processors of Python-Markdown (`ListIndentProcessor`,
//! `OListProcessor`, `UListProcessor`, with the sane_lists variants) and the
//! def_list extension's `DefListProcessor` / `DefListIndentProcessor`.

use super::blocks::{leading_spaces, line_at, line_starts};
use super::engine::Md;
use super::tree::{is_blank, py_strip, NodeId};

/// Whether `c` is a decimal digit as Python's `\d` (Unicode `Nd`).
fn is_decimal(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory};
    c.is_ascii_digit()
        || (!c.is_ascii() && get_general_category(c) == GeneralCategory::DecimalNumber)
}

/// `^[ ]{lo,hi}(\d+\.|[*+-])[ ]+(.*)` matched on `line` (markers allowed by
/// `ol`/`ul`): the marker and the item's text.
fn list_item(line: &str, lo: usize, hi: usize, ol: bool, ul: bool) -> Option<(&str, &str)> {
    let n = leading_spaces(line);
    if n < lo || n > hi {
        return None;
    }
    let rest = &line[n..];
    let marker_len = if ul && rest.starts_with(['*', '+', '-']) {
        1
    } else if ol {
        let digits: usize = rest
            .chars()
            .take_while(|&c| is_decimal(c))
            .map(char::len_utf8)
            .sum();
        if digits == 0 || rest.as_bytes().get(digits) != Some(&b'.') {
            return None;
        }
        digits + 1
    } else {
        return None;
    };
    let after = &rest[marker_len..];
    let spaces = leading_spaces(after);
    if spaces == 0 {
        return None;
    }
    let text = &after[spaces..];
    let text = text.find('\n').map_or(text, |i| &text[..i]);
    Some((&rest[..marker_len], text))
}

/// `ITEM_TYPES` and `LIST_TYPES` of the (def-)list indent processor.
fn indent_types(def: bool) -> (&'static [&'static str], &'static [&'static str]) {
    if def {
        (&["dd", "li"], &["dl", "ol", "ul"])
    } else {
        (&["li"], &["ul", "ol"])
    }
}

impl Md<'_> {
    /// Whether `block` starts with a full tab of spaces.
    fn indented(&self, block: &str) -> bool {
        let tab = self.opts.tab_length;
        block.len() >= tab && block.bytes().take(tab).all(|b| b == b' ')
    }

    /// `ListIndentProcessor.test`.
    pub(super) fn list_indent_test(&self, parent: NodeId, block: &str, def: bool) -> bool {
        let (items, lists) = indent_types(def);
        self.indented(block)
            && !self.is_state("detabbed")
            && (items.contains(&self.tree.tag(parent))
                || self
                    .tree
                    .last_child(parent)
                    .is_some_and(|c| lists.contains(&self.tree.tag(c))))
    }

    /// `ListIndentProcessor.run`.
    pub(super) fn run_list_indent(&mut self, parent: NodeId, blocks: &mut Vec<String>, def: bool) {
        let (items, lists) = indent_types(def);
        let block = blocks.pop().unwrap_or_default();
        let (level, sibling) = self.indent_level(parent, &block, def);
        let block = self.loose_detab(&block, level);
        self.state.push("detabbed");
        let last = |md: &Self, id: NodeId| md.tree.last_child(id);
        if items.contains(&self.tree.tag(parent)) {
            match last(self, parent) {
                Some(l) if lists.contains(&self.tree.tag(l)) => self.parse_one(l, block),
                _ => self.parse_one(parent, block),
            }
        } else if items.contains(&self.tree.tag(sibling)) {
            self.parse_one(sibling, block);
        } else if let Some(item) =
            last(self, sibling).filter(|&l| items.contains(&self.tree.tag(l)))
        {
            self.text_to_paragraph(item);
            self.parse_chunk(item, &block);
        } else {
            let item = self.tree.sub(sibling, if def { "dd" } else { "li" });
            self.parse_one(item, block);
        }
        self.state.pop();
    }

    /// Moves an item's text into a new first `<p>` child.
    fn text_to_paragraph(&mut self, item: NodeId) {
        if self.tree.node(item).text.is_empty() {
            return;
        }
        let p = self.tree.element("p");
        let node = self.tree.node_mut(item);
        let text = std::mem::take(&mut node.text);
        let atomic = node.atomic;
        node.children.insert(0, p);
        let p = self.tree.node_mut(p);
        p.text = text;
        p.atomic = atomic;
    }

    /// `ListIndentProcessor.get_level`.
    fn indent_level(&self, parent: NodeId, block: &str, def: bool) -> (usize, NodeId) {
        let (items, lists) = indent_types(def);
        let indent = leading_spaces(block) / self.opts.tab_length;
        let mut level = usize::from(self.is_state("list"));
        let mut parent = parent;
        while indent > level {
            match self.tree.last_child(parent) {
                Some(child)
                    if lists.contains(&self.tree.tag(child))
                        || items.contains(&self.tree.tag(child)) =>
                {
                    if lists.contains(&self.tree.tag(child)) {
                        level += 1;
                    }
                    parent = child;
                }
                _ => break,
            }
        }
        (level, parent)
    }

    /// `OListProcessor.test` / `UListProcessor.test`.
    pub(super) fn list_test(&self, block: &str, ol: bool) -> bool {
        list_item(block, 0, self.opts.tab_length - 1, ol, !ol).is_some()
    }

    /// `OListProcessor.get_items`: the items' texts and the first number.
    fn list_items(&self, block: &str, ol: bool) -> (Vec<String>, String) {
        let tab = self.opts.tab_length;
        let sane = self.opts.sane_lists;
        let (ordered, bulleted) = if sane { (ol, !ol) } else { (true, true) };
        let mut items: Vec<String> = Vec::new();
        let mut start = String::from("1");
        for line in block.split('\n') {
            if let Some((marker, text)) = list_item(line, 0, tab - 1, ordered, bulleted) {
                if items.is_empty() && ol {
                    start = marker.chars().take_while(|&c| is_decimal(c)).collect();
                }
                items.push(text.to_owned());
            } else if list_item(line, tab, tab * 2 - 1, true, true).is_some() {
                match items.last_mut() {
                    Some(last) if self.indented(last) => {
                        last.push('\n');
                        last.push_str(line);
                    }
                    _ => items.push(line.to_owned()),
                }
            } else if let Some(last) = items.last_mut() {
                last.push('\n');
                last.push_str(line);
            }
        }
        (items, start)
    }

    /// `OListProcessor.run` / `UListProcessor.run`.
    pub(super) fn run_list(&mut self, parent: NodeId, blocks: &mut Vec<String>, ol: bool) {
        let block = blocks.pop().unwrap_or_default();
        let (items, start) = self.list_items(&block, ol);
        let tag = if ol { "ol" } else { "ul" };
        let sane = self.opts.sane_lists;
        let sibling_ok = |t: &str| {
            if sane {
                t == tag
            } else {
                t == "ol" || t == "ul"
            }
        };
        let mut items = items.into_iter();
        let lst = match self.tree.last_child(parent) {
            Some(lst) if sibling_ok(self.tree.tag(lst)) => {
                if let Some(item) = self.tree.last_child(lst) {
                    self.text_to_paragraph(item);
                    if let Some(lch) = self.tree.last_child(item) {
                        if !self.tree.node(lch).tail.is_empty() {
                            let tail = std::mem::take(&mut self.tree.node_mut(lch).tail);
                            let p = self.tree.sub(item, "p");
                            self.tree.node_mut(p).text =
                                tail.trim_start_matches(super::tree::is_py_space).to_owned();
                        }
                    }
                }
                let li = self.tree.sub(lst, "li");
                self.state.push("looselist");
                if let Some(first) = items.next() {
                    self.parse_one(li, first);
                }
                self.state.pop();
                lst
            }
            _ if matches!(self.tree.tag(parent), "ol" | "ul") => parent,
            _ => {
                let lst = self.tree.sub(parent, tag);
                if sane && ol && start != "1" {
                    self.tree.set(lst, "start", start);
                }
                lst
            }
        };
        self.state.push("list");
        for item in items {
            if self.indented(&item) {
                if let Some(last) = self.tree.last_child(lst) {
                    self.parse_one(last, item);
                }
            } else {
                let li = self.tree.sub(lst, "li");
                self.parse_one(li, item);
            }
        }
        self.state.pop();
    }

    /// `DefListProcessor.RE` searched in `block`: (start, end, group 2).
    fn def_search(block: &str) -> Option<(usize, usize, &str)> {
        line_starts(block).find_map(|start| {
            let line = line_at(block, start);
            let n = leading_spaces(line);
            if n > 3 || line.as_bytes().get(n) != Some(&b':') {
                return None;
            }
            let spaces = leading_spaces(&line[n + 1..]);
            if spaces == 0 {
                return None;
            }
            let text = &line[n + 1 + spaces.min(3)..];
            let end = start + line.len() + usize::from(start + line.len() < block.len());
            Some((start.saturating_sub(1), end, text))
        })
    }

    /// `DefListProcessor.test`.
    pub(super) fn def_list_test(&self, block: &str) -> bool {
        block.contains(':') && Self::def_search(block).is_some()
    }

    /// `DefListProcessor.run`: false when there is no term to define.
    pub(super) fn run_def_list(&mut self, parent: NodeId, blocks: &mut Vec<String>) -> bool {
        let Some(raw) = blocks.pop() else {
            return false;
        };
        let Some((start, end, first)) = Self::def_search(&raw) else {
            blocks.push(raw);
            return false;
        };
        let mut terms: Vec<String> = raw[..start]
            .split('\n')
            .filter(|t| !is_blank(t))
            .map(|t| py_strip(t).to_owned())
            .collect();
        let block = &raw[end..];
        let n = leading_spaces(block);
        let no_indent = n <= 3 && block[n..].chars().next().is_some_and(|c| c != ':');
        let (d, rest) = if no_indent {
            (block.to_owned(), String::new())
        } else {
            self.detab(block)
        };
        let d = if d.is_empty() {
            first.to_owned()
        } else {
            format!("{first}\n{d}")
        };
        let mut sibling = self.tree.last_child(parent);
        if terms.is_empty() && sibling.is_none() {
            blocks.push(raw);
            return false;
        }
        let mut state = "list";
        if let Some(sib) = sibling.filter(|&s| terms.is_empty() && self.tree.tag(s) == "p") {
            state = "looselist";
            terms = self
                .tree
                .node(sib)
                .text
                .split('\n')
                .map(str::to_owned)
                .collect();
            self.tree.node_mut(parent).children.pop();
            sibling = self.tree.last_child(parent);
        }
        self.def_items(parent, sibling, terms, state, d, rest, blocks)
    }

    /// The rest of `DefListProcessor.run`: the `<dl>`, its terms and the definition.
    #[expect(clippy::too_many_arguments, reason = "the locals of one Python method")]
    fn def_items(
        &mut self,
        parent: NodeId,
        sibling: Option<NodeId>,
        terms: Vec<String>,
        mut state: &'static str,
        d: String,
        rest: String,
        blocks: &mut Vec<String>,
    ) -> bool {
        let dl = match sibling {
            Some(dl) if self.tree.tag(dl) == "dl" => {
                if terms.is_empty() {
                    if let Some(last) = self.tree.last_child(dl) {
                        if self.tree.tag(last) == "dd" && !self.tree.node(last).children.is_empty()
                        {
                            state = "looselist";
                        }
                    }
                }
                dl
            }
            _ => self.tree.sub(parent, "dl"),
        };
        for term in terms {
            let dt = self.tree.sub(dl, "dt");
            self.tree.node_mut(dt).text = term;
        }
        self.state.push(state);
        let dd = self.tree.sub(dl, "dd");
        self.parse_one(dd, d);
        self.state.pop();
        if !rest.is_empty() {
            blocks.push(rest);
        }
        true
    }
}
