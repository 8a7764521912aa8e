//! The conversion pipeline of `Markdown.convert`: preprocessors, block
//! parser, tree processors, serializer and postprocessors, over one
//! conversion's state ([`Md`]).

use std::collections::HashMap;

use super::blocks::{processors, Proc};
use super::pattern::LazyRe;
use super::tree::{is_block_level, is_py_space, Tree};

/// The toc extension's configuration.
#[derive(Clone, Debug, Default)]
pub(crate) struct TocConfig {
    /// `marker` ("" for none).
    pub marker: String,
    /// `title` ("" for none).
    pub title: String,
    /// `title_class`.
    pub title_class: String,
    /// `toc_class`.
    pub toc_class: String,
    /// `separator` of the slugs.
    pub separator: String,
    /// `baselevel`.
    pub base_level: usize,
    /// The shallowest heading level listed (`toc_depth` "top-bottom").
    pub top: usize,
    /// The deepest heading level listed.
    pub bottom: usize,
}

/// What a `Markdown` instance was configured with.
#[derive(Clone, Debug, Default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "one flag per extension, as `Markdown` is configured"
)]
pub(crate) struct Options {
    /// `tab_length`.
    pub tab_length: usize,
    /// `output_format` ("xhtml" or "html").
    pub output_format: String,
    /// The tables extension.
    pub tables: bool,
    /// The tables extension's `use_align_attribute`.
    pub align_attribute: bool,
    /// The fenced_code extension.
    pub fenced: bool,
    /// fenced_code's `lang_prefix`.
    pub lang_prefix: String,
    /// The nl2br extension.
    pub nl2br: bool,
    /// The sane_lists extension.
    pub sane_lists: bool,
    /// The attr_list extension.
    pub attr_list: bool,
    /// The def_list extension.
    pub def_list: bool,
    /// The toc extension.
    pub toc: Option<TocConfig>,
}

/// A link reference definition: `(href, title)`.
pub(crate) type Reference = (String, Option<String>);

/// What a conversion produces.
#[derive(Debug, Default)]
pub(crate) struct Converted {
    /// The (x)html.
    pub html: String,
    /// The toc extension's `md.toc`, when enabled.
    pub toc: Option<String>,
    /// The toc tokens, flat.
    pub toc_tokens: Vec<super::toc::TocToken>,
}

/// `ReferenceProcessor.RE`.
pub(super) static REFERENCE_RE: LazyRe = LazyRe::new(
    r#"(?m)^[ ]{0,3}\[([^\[\]]*)\]:[ ]*\n?[ ]*([^\s]+)[ ]*(?:\n[ ]*)?((["'])(.*)\4[ ]*|\((.*)\)[ ]*)?$"#,
);

/// An inline-stashed node: a string or an element.
#[derive(Clone, Debug)]
pub(super) enum Stashed {
    /// Text.
    Text(String),
    /// An element of the tree.
    Node(super::tree::NodeId),
}

/// One conversion's state (a `Markdown` instance during `convert`).
pub(crate) struct Md<'o> {
    /// The configuration.
    pub(super) opts: &'o Options,
    /// The document.
    pub(super) tree: Tree,
    /// `htmlStash.rawHtmlBlocks`.
    pub(super) html_stash: Vec<String>,
    /// `md.references`.
    pub(super) refs: HashMap<String, Reference>,
    /// The definitions this document made, in order.
    pub(super) new_refs: Vec<(String, Reference)>,
    /// The block parser's state stack.
    pub(super) state: Vec<&'static str>,
    /// The block processors in order.
    pub(super) procs: &'static [Proc],
    /// The table processor's border flag (set by its test).
    pub(super) table_border: bool,
    /// The table processor's separator row (set by its test).
    pub(super) table_separator: Vec<String>,
    /// The inline processor's stashed nodes.
    pub(super) inline_stash: Vec<Stashed>,
}

/// `HTML_PLACEHOLDER % i`.
pub(super) fn html_placeholder(i: usize) -> String {
    format!("\x02wzxhzdk:{i}\x03")
}

/// `Markdown(...).convert(source)` with `refs` the references known before.
pub(crate) fn convert(
    source: &str,
    opts: &Options,
    refs: HashMap<String, Reference>,
) -> (Converted, Vec<(String, Reference)>) {
    if super::tree::is_blank(source) {
        return (Converted::default(), Vec::new());
    }
    let mut md = Md {
        opts,
        tree: Tree::new(),
        html_stash: Vec::new(),
        refs,
        new_refs: Vec::new(),
        state: Vec::new(),
        procs: processors(opts.tables, opts.def_list),
        table_border: false,
        table_separator: Vec::new(),
        inline_stash: Vec::new(),
    };
    let mut text = md.normalize(source);
    if opts.fenced {
        text = md.fenced(text);
    }
    let text = md.html_blocks(text);
    md.parse_chunk(0, &text);
    md.run_inline(0);
    md.tree.prettify(0);
    if opts.attr_list {
        md.attr_list(0);
    }
    md.tree.unescape_all(0);
    let mut out = Converted::default();
    if let Some(toc) = &opts.toc {
        let (html, tokens) = md.run_toc(toc);
        out.toc = Some(html);
        out.toc_tokens = tokens;
    }
    let (xhtml, html) = md.formats();
    let mut body = String::with_capacity(source.len() * 3);
    md.tree.serialize_inner(0, &mut body, xhtml, html);
    strip_in_place(&mut body);
    let mut body = md.raw_html(body);
    if body.contains('\x02') {
        body = body.replace("\x02amp\x03", "&");
    }
    strip_in_place(&mut body);
    out.html = body;
    (out, md.new_refs)
}

impl Md<'_> {
    /// Whether the output format is xhtml / html (other names are neither).
    pub(super) fn formats(&self) -> (bool, bool) {
        (
            self.opts.output_format == "xhtml",
            self.opts.output_format == "html",
        )
    }

    /// `htmlStash.store(html)`: its placeholder.
    pub(super) fn stash_html(&mut self, html: String) -> String {
        self.html_stash.push(html);
        html_placeholder(self.html_stash.len() - 1)
    }

    /// `RawHtmlPostprocessor.run`: placeholders back to their html
    /// (a block-level one replacing its `<p>` too), until nothing changes.
    pub(super) fn raw_html(&self, mut text: String) -> String {
        if self.html_stash.is_empty() {
            return text;
        }
        loop {
            let next = self.raw_html_pass(&text);
            // Without a `\x02` left, another pass would change nothing.
            if next == text || !next.as_bytes().contains(&b'\x02') {
                return next;
            }
            text = next;
        }
    }

    /// One `pattern.sub` of `RawHtmlPostprocessor.run`.
    fn raw_html_pass(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(i) = rest.find('\x02') {
            let (with_p, at) = if i >= 3 && rest[..i].ends_with("<p>") {
                (true, i - 3)
            } else {
                (false, i)
            };
            let Some((index, len)) = placeholder_at(&rest[i..]) else {
                out.push_str(&rest[..=i]);
                rest = &rest[i + 1..];
                continue;
            };
            let html = self.html_stash.get(index);
            let closes = with_p && rest[i + len..].starts_with("</p>");
            out.push_str(&rest[..at]);
            match html {
                Some(h) if closes && self.is_block_html(h) => {
                    out.push_str(h);
                    rest = &rest[i + len + 4..];
                }
                Some(h) => {
                    out.push_str(&rest[at..i]);
                    out.push_str(h);
                    rest = &rest[i + len..];
                }
                None => {
                    out.push_str(&rest[at..i + len]);
                    rest = &rest[i + len..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// `RawHtmlPostprocessor.isblocklevel`.
    fn is_block_html(&self, html: &str) -> bool {
        let Some(rest) = html.strip_prefix('<') else {
            return false;
        };
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let end = rest.find([' ', '>']).unwrap_or(rest.len());
        let tag = &rest[..end];
        match tag.chars().next() {
            None => false,
            Some('!' | '?' | '@' | '%') => true,
            Some(_) => is_block_level(&tag.to_lowercase()),
        }
    }

    /// `NormalizeWhitespace` preprocessor: the text, `\n\n`-terminated, tabs
    /// expanded, whitespace-only lines emptied.
    fn normalize(&self, source: &str) -> String {
        let mut source: String = if source.contains(['\x02', '\x03']) {
            source
                .chars()
                .filter(|&c| c != '\x02' && c != '\x03')
                .collect()
        } else {
            let mut owned = String::with_capacity(source.len() + 2);
            owned.push_str(source);
            owned
        };
        if source.contains('\r') {
            source = source.replace("\r\n", "\n").replace('\r', "\n");
        }
        source.push_str("\n\n");
        let expanded = if source.contains('\t') {
            expand_tabs(&source, self.opts.tab_length)
        } else {
            source
        };
        // Only a line after a newline that starts with a space can be
        // whitespace-only (the first line is kept as it is).
        let bytes = expanded.as_bytes();
        let mut out = String::with_capacity(expanded.len());
        let (mut copied, mut at) = (0, 0);
        while let Some(i) = super::tree::find_str(&expanded, at, "\n ") {
            let line = i + 1;
            let end = line + bytes[line..].iter().take_while(|&&b| b == b' ').count();
            if end == bytes.len() || bytes[end] == b'\n' {
                out.push_str(&expanded[copied..line]);
                copied = end;
            }
            at = end;
        }
        out.push_str(&expanded[copied..]);
        out
    }
}

/// The stash index and length of a `\x02wzxhzdk:N\x03` placeholder at the start of `s`.
fn placeholder_at(s: &str) -> Option<(usize, usize)> {
    const PREFIX: &str = "\x02wzxhzdk:";
    let rest = s.strip_prefix(PREFIX)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || rest.as_bytes().get(digits) != Some(&b'\x03') {
        return None;
    }
    Some((rest[..digits].parse().ok()?, PREFIX.len() + digits + 1))
}

/// `s = s.strip()` without a copy when nothing is stripped.
fn strip_in_place(s: &mut String) {
    let end = s.trim_end_matches(is_py_space).len();
    s.truncate(end);
    let start = s.len() - s.trim_start_matches(is_py_space).len();
    if start > 0 {
        s.drain(..start);
    }
}

/// `str.expandtabs(tab)`.
fn expand_tabs(s: &str, tab: usize) -> String {
    if !s.contains('\t') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                let n = if tab == 0 { 0 } else { tab - col % tab };
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}
