//! Python-Markdown's block parser (`blockparser.py`) and its simple block
//! processors (`blockprocessors.py`): empty blocks, indented code, block
//! quotes, hash and setext headers, rules, reference definitions and
//! paragraphs. Lists are in `lists.rs`, tables in `tables.rs`.

use super::engine::Md;
use super::pattern::group;
use super::tree::{heading_tag, is_blank, py_strip, NodeId};

/// One block processor, in the order the parser tries them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Proc {
    /// `EmptyBlockProcessor`.
    Empty,
    /// `ListIndentProcessor`.
    ListIndent,
    /// def_list's `DefListIndentProcessor`.
    DefListIndent,
    /// `CodeBlockProcessor`.
    Code,
    /// The tables extension's `TableProcessor`.
    Table,
    /// `HashHeaderProcessor`.
    HashHeader,
    /// `SetextHeaderProcessor`.
    Setext,
    /// `HRProcessor`.
    Rule,
    /// `OListProcessor`.
    OList,
    /// `UListProcessor`.
    UList,
    /// def_list's `DefListProcessor`.
    DefList,
    /// `BlockQuoteProcessor`.
    BlockQuote,
    /// `ReferenceProcessor`.
    Reference,
    /// `ParagraphProcessor`.
    Paragraph,
}

/// The processors for the enabled extensions, in priority order (one
/// static list per combination: a conversion does not build its own).
pub(super) fn processors(tables: bool, def_list: bool) -> &'static [Proc] {
    use Proc::{
        BlockQuote, Code, DefList, DefListIndent, Empty, HashHeader, ListIndent, OList, Paragraph,
        Reference, Rule, Setext, Table, UList,
    };
    const PLAIN: &[Proc] = &[
        Empty, ListIndent, Code, HashHeader, Setext, Rule, OList, UList, BlockQuote, Reference,
        Paragraph,
    ];
    const TABLES: &[Proc] = &[
        Empty, ListIndent, Code, Table, HashHeader, Setext, Rule, OList, UList, BlockQuote,
        Reference, Paragraph,
    ];
    const DEF_LIST: &[Proc] = &[
        Empty,
        ListIndent,
        DefListIndent,
        Code,
        HashHeader,
        Setext,
        Rule,
        OList,
        UList,
        DefList,
        BlockQuote,
        Reference,
        Paragraph,
    ];
    const BOTH: &[Proc] = &[
        Empty,
        ListIndent,
        DefListIndent,
        Code,
        Table,
        HashHeader,
        Setext,
        Rule,
        OList,
        UList,
        DefList,
        BlockQuote,
        Reference,
        Paragraph,
    ];
    match (tables, def_list) {
        (false, false) => PLAIN,
        (true, false) => TABLES,
        (false, true) => DEF_LIST,
        (true, true) => BOTH,
    }
}

/// The offsets at which each line of `text` starts.
pub(super) fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(
        text.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i + 1),
    )
}

/// The line of `text` starting at `start` (without its newline).
pub(super) fn line_at(text: &str, start: usize) -> &str {
    let rest = &text[start..];
    // A byte loop: lines are short, shorter than a `memchr` call's setup.
    rest.bytes()
        .position(|b| b == b'\n')
        .map_or(rest, |i| &rest[..i])
}

/// The number of leading spaces of `s`.
pub(super) fn leading_spaces(s: &str) -> usize {
    s.bytes().take_while(|&b| b == b' ').count()
}

/// `(^|\n)[ ]{0,3}>[ ]?(.*)` searched in `block`: the match's start and the
/// offset of group 2.
fn quote_search(block: &str) -> Option<usize> {
    line_starts(block).find_map(|start| {
        let line = line_at(block, start);
        let n = leading_spaces(line);
        (n <= 3 && line.as_bytes().get(n) == Some(&b'>')).then_some(start.saturating_sub(1))
    })
}

/// `BlockQuoteProcessor.clean`.
fn quote_clean(line: &str) -> &str {
    if py_strip(line) == ">" {
        return "";
    }
    let n = leading_spaces(line);
    if n <= 3 && line.as_bytes().get(n) == Some(&b'>') {
        let rest = &line[n + 1..];
        return rest.strip_prefix(' ').unwrap_or(rest);
    }
    line
}

/// `HashHeaderProcessor.RE` searched in `block`: (start, end, level, header).
fn hash_header_search(block: &str) -> Option<(usize, usize, usize, &str)> {
    let bytes = block.as_bytes();
    'lines: for start in line_starts(block) {
        let hashes = bytes[start..].iter().take_while(|&&b| b == b'#').count();
        if hashes == 0 {
            continue;
        }
        let level = hashes.min(6);
        let head = start + level;
        let mut p = head;
        loop {
            let q = p + bytes[p..].iter().take_while(|&&b| b == b'#').count();
            if q == bytes.len() || bytes[q] == b'\n' {
                let end = if q < bytes.len() { q + 1 } else { q };
                return Some((start.saturating_sub(1), end, level, &block[head..p]));
            }
            if bytes[p] == b'\\' {
                match block[p + 1..].chars().next() {
                    Some(c) if c != '\n' => p += 1 + c.len_utf8(),
                    _ => continue 'lines,
                }
            } else {
                p += block[p..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    None
}

/// `SetextHeaderProcessor.RE.match(block)`.
fn is_setext(block: &str) -> bool {
    let Some(nl) = block.find('\n') else {
        return false;
    };
    let line = line_at(block, nl + 1);
    let marks = line.bytes().take_while(|&b| b == b'=' || b == b'-').count();
    marks > 0 && line[marks..].bytes().all(|b| b == b' ')
}

/// `HRProcessor.SEARCH_RE` searched in `block`: the matching line's span.
fn rule_search(block: &str) -> Option<(usize, usize)> {
    line_starts(block).find_map(|start| {
        let line = line_at(block, start);
        let n = leading_spaces(line);
        let body = line[n..].trim_end_matches(' ');
        let mark = *body.as_bytes().first()?;
        if n > 3 || !matches!(mark, b'-' | b'_' | b'*') {
            return None;
        }
        let mut marks = 0;
        let mut gap = 0;
        for b in body.bytes() {
            if b == mark {
                marks += 1;
                gap = 0;
            } else if b == b' ' && gap < 2 {
                gap += 1;
            } else {
                return None;
            }
        }
        (marks >= 3).then_some((start, start + line.len()))
    })
}

impl Md<'_> {
    /// `BlockParser.parseChunk`.
    pub(super) fn parse_chunk(&mut self, parent: NodeId, text: &str) {
        // `text.split("\n\n")`, last block first, with a byte scan.
        let mut blocks: Vec<String> = Vec::with_capacity(8);
        let mut at = 0;
        while let Some(i) = super::tree::find_str(text, at, "\n\n") {
            blocks.push(text[at..i].to_owned());
            at = i + 2;
        }
        blocks.push(text[at..].to_owned());
        blocks.reverse();
        self.parse_blocks(parent, blocks);
    }

    /// `BlockParser.parseBlocks` over `blocks` (a stack: the next block last).
    pub(super) fn parse_blocks(&mut self, parent: NodeId, mut blocks: Vec<String>) {
        while !blocks.is_empty() {
            for i in 0..self.procs.len() {
                let proc = self.procs[i];
                let hit = blocks.last().is_some_and(|b| self.test(proc, parent, b));
                if hit && self.run(proc, parent, &mut blocks) {
                    break;
                }
            }
        }
    }

    /// `BlockParser.parseBlocks(parent, [block])`.
    pub(super) fn parse_one(&mut self, parent: NodeId, block: String) {
        self.parse_blocks(parent, vec![block]);
    }

    /// `state.isstate(state)`.
    pub(super) fn is_state(&self, state: &str) -> bool {
        self.state.last().is_some_and(|s| *s == state)
    }

    /// `processor.test(parent, block)`.
    fn test(&mut self, proc: Proc, parent: NodeId, block: &str) -> bool {
        let tab = self.opts.tab_length;
        match proc {
            Proc::Empty => block.is_empty() || block.starts_with('\n'),
            Proc::ListIndent => self.list_indent_test(parent, block, false),
            Proc::DefListIndent => self.list_indent_test(parent, block, true),
            Proc::Code => block.len() >= tab && block.bytes().take(tab).all(|b| b == b' '),
            Proc::Table => self.table_test(block),
            Proc::HashHeader => block.contains('#') && hash_header_search(block).is_some(),
            Proc::Setext => is_setext(block),
            Proc::Rule => rule_search(block).is_some(),
            Proc::OList => self.list_test(block, true),
            Proc::UList => self.list_test(block, false),
            Proc::DefList => self.def_list_test(block),
            Proc::BlockQuote => block.contains('>') && quote_search(block).is_some(),
            Proc::Reference | Proc::Paragraph => true,
        }
    }

    /// `processor.run(parent, blocks)`; false when it declined (`return False`).
    fn run(&mut self, proc: Proc, parent: NodeId, blocks: &mut Vec<String>) -> bool {
        match proc {
            Proc::Empty => self.run_empty(parent, blocks),
            Proc::ListIndent => self.run_list_indent(parent, blocks, false),
            Proc::DefListIndent => self.run_list_indent(parent, blocks, true),
            Proc::Code => self.run_code(parent, blocks),
            Proc::Table => self.run_table(parent, blocks),
            Proc::HashHeader => self.run_hash_header(parent, blocks),
            Proc::Setext => self.run_setext(parent, blocks),
            Proc::Rule => self.run_rule(parent, blocks),
            Proc::OList => self.run_list(parent, blocks, true),
            Proc::UList => self.run_list(parent, blocks, false),
            Proc::DefList => return self.run_def_list(parent, blocks),
            Proc::BlockQuote => self.run_quote(parent, blocks),
            Proc::Reference => return self.run_reference(blocks),
            Proc::Paragraph => self.run_paragraph(parent, blocks),
        }
        true
    }

    /// `BlockProcessor.detab`: the indented lines (dedented) and the rest.
    pub(super) fn detab(&self, text: &str) -> (String, String) {
        let tab = self.opts.tab_length;
        let mut taken = Vec::new();
        let lines: Vec<&str> = text.split('\n').collect();
        for line in &lines {
            if line.len() >= tab && line.bytes().take(tab).all(|b| b == b' ') {
                taken.push(&line[tab..]);
            } else if is_blank(line) {
                taken.push("");
            } else {
                break;
            }
        }
        let rest = lines[taken.len()..].join("\n");
        (taken.join("\n"), rest)
    }

    /// `BlockProcessor.looseDetab`.
    pub(super) fn loose_detab(&self, text: &str, level: usize) -> String {
        let width = self.opts.tab_length * level;
        let lines: Vec<&str> = text
            .split('\n')
            .map(|line| {
                if line.len() >= width && line.bytes().take(width).all(|b| b == b' ') {
                    &line[width..]
                } else {
                    line
                }
            })
            .collect();
        lines.join("\n")
    }

    /// Whether `id` is `<pre>` whose first child is `<code>`: that `<code>`.
    fn pre_code(&self, id: Option<NodeId>) -> Option<NodeId> {
        let id = id?;
        let node = self.tree.node(id);
        let first = *node.children.first()?;
        (node.tag == "pre" && self.tree.tag(first) == "code").then_some(first)
    }

    /// `EmptyBlockProcessor.run`.
    fn run_empty(&mut self, parent: NodeId, blocks: &mut Vec<String>) {
        let block = blocks.pop().unwrap_or_default();
        let mut filler = "\n\n";
        if !block.is_empty() {
            filler = "\n";
            let rest = &block[1..];
            if !rest.is_empty() {
                blocks.push(rest.to_owned());
            }
        }
        if let Some(code) = self.pre_code(self.tree.last_child(parent)) {
            let node = self.tree.node_mut(code);
            node.text.push_str(filler);
            node.atomic = true;
        }
    }

    /// `CodeBlockProcessor.run`.
    fn run_code(&mut self, parent: NodeId, blocks: &mut Vec<String>) {
        let block = blocks.pop().unwrap_or_default();
        let (code_text, rest) = self.detab(&block);
        let escaped = code_escape(code_text.trim_end_matches(super::tree::is_py_space));
        if let Some(code) = self.pre_code(self.tree.last_child(parent)) {
            let node = self.tree.node_mut(code);
            node.text = format!("{}\n{escaped}\n", node.text);
            node.atomic = true;
        } else {
            let pre = self.tree.sub(parent, "pre");
            let code = self.tree.sub(pre, "code");
            let node = self.tree.node_mut(code);
            node.text = format!("{escaped}\n");
            node.atomic = true;
        }
        if !rest.is_empty() {
            blocks.push(rest);
        }
    }

    /// `BlockQuoteProcessor.run`.
    fn run_quote(&mut self, parent: NodeId, blocks: &mut Vec<String>) {
        let mut block = blocks.pop().unwrap_or_default();
        if let Some(start) = quote_search(&block) {
            self.parse_one(parent, block[..start].to_owned());
            let cleaned: Vec<&str> = block[start..].split('\n').map(quote_clean).collect();
            block = cleaned.join("\n");
        }
        let quote = match self.tree.last_child(parent) {
            Some(s) if self.tree.tag(s) == "blockquote" => s,
            _ => self.tree.sub(parent, "blockquote"),
        };
        self.state.push("blockquote");
        self.parse_chunk(quote, &block);
        self.state.pop();
    }

    /// `HashHeaderProcessor.run`.
    fn run_hash_header(&mut self, parent: NodeId, blocks: &mut Vec<String>) {
        let block = blocks.pop().unwrap_or_default();
        let Some((start, end, level, header)) = hash_header_search(&block) else {
            return;
        };
        if start > 0 {
            self.parse_one(parent, block[..start].to_owned());
        }
        let h = self.tree.sub(parent, heading_tag(level));
        self.tree.node_mut(h).text = py_strip(header).to_owned();
        let after = &block[end..];
        if !after.is_empty() {
            let after = if self.is_state("looselist") {
                self.loose_detab(after, 1)
            } else {
                after.to_owned()
            };
            blocks.push(after);
        }
    }

    /// `SetextHeaderProcessor.run`.
    fn run_setext(&mut self, parent: NodeId, blocks: &mut Vec<String>) {
        let block = blocks.pop().unwrap_or_default();
        let lines: Vec<&str> = block.split('\n').collect();
        let level = if lines.get(1).is_some_and(|l| l.starts_with('=')) {
            1
        } else {
            2
        };
        let h = self.tree.sub(parent, heading_tag(level));
        self.tree.node_mut(h).text = py_strip(lines[0]).to_owned();
        if lines.len() > 2 {
            blocks.push(lines[2..].join("\n"));
        }
    }

    /// `HRProcessor.run`.
    fn run_rule(&mut self, parent: NodeId, blocks: &mut Vec<String>) {
        let block = blocks.pop().unwrap_or_default();
        let Some((start, end)) = rule_search(&block) else {
            return;
        };
        let pre = block[..start].trim_end_matches('\n');
        if !pre.is_empty() {
            self.parse_one(parent, pre.to_owned());
        }
        self.tree.sub(parent, "hr");
        let post = block[end..].trim_start_matches('\n');
        if !post.is_empty() {
            blocks.push(post.to_owned());
        }
    }

    /// `ReferenceProcessor.run`: false when the block holds no definition.
    fn run_reference(&mut self, blocks: &mut Vec<String>) -> bool {
        let Some(block) = blocks.pop() else {
            return false;
        };
        let found = if super::tree::find_str(&block, 0, "]:").is_some() {
            super::engine::REFERENCE_RE.search(&block, 0)
        } else {
            None
        };
        let Some(m) = found else {
            blocks.push(block);
            return false;
        };
        let (start, end) = super::pattern::span(&m);
        let id = py_strip(group(&m, 1)).to_lowercase();
        let link = group(&m, 2).trim_start_matches('<').trim_end_matches('>');
        let title = [group(&m, 5), group(&m, 6)]
            .into_iter()
            .find(|t| !t.is_empty())
            .map(str::to_owned);
        let def = (link.to_owned(), title);
        self.new_refs.push((id.clone(), def.clone()));
        self.refs.insert(id, def);
        if !is_blank(&block[end..]) {
            blocks.push(block[end..].trim_start_matches('\n').to_owned());
        }
        if !is_blank(&block[..start]) {
            blocks.push(block[..start].trim_end_matches('\n').to_owned());
        }
        true
    }

    /// `ParagraphProcessor.run`.
    fn run_paragraph(&mut self, parent: NodeId, blocks: &mut Vec<String>) {
        let block = blocks.pop().unwrap_or_default();
        if is_blank(&block) {
            return;
        }
        if self.is_state("list") {
            if let Some(sibling) = self.tree.last_child(parent) {
                let node = self.tree.node_mut(sibling);
                node.tail.push('\n');
                node.tail.push_str(&block);
            } else {
                let node = self.tree.node_mut(parent);
                if node.text.is_empty() {
                    node.text = block
                        .trim_start_matches(super::tree::is_py_space)
                        .to_owned();
                } else {
                    node.text.push('\n');
                    node.text.push_str(&block);
                }
                node.atomic = false;
            }
        } else {
            let p = self.tree.sub(parent, "p");
            self.tree.node_mut(p).text = block
                .trim_start_matches(super::tree::is_py_space)
                .to_owned();
        }
    }
}

/// `code_escape`: `&`, `<`, `>` as entities.
pub(super) fn code_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    super::tree::escape_entities(&mut out, text, false, false);
    out
}
