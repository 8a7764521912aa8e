//! Uncaught-exception text, as CPython 3.11 prints it: chained exceptions,
//! `Traceback (most recent call last):`, one `File "...", line N, in name`
//! per frame with the stripped source line and 3.11's `^^^`/`~~^~~` markers,
//! repeated lines collapsed, then `Type: message`.

use std::collections::HashSet;
use std::fmt::Write;

use super::vm::Vm;
use crate::syntax::ast::{Expr, Span, Stmt};
use crate::syntax::{parse_module, LineIndex};
use crate::value::exception::TracebackEntry;
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// One rendered frame line (for collapsing repeats).
#[derive(PartialEq)]
struct FrameLine {
    file: String,
    line: u32,
    name: String,
    text: String,
}

impl Vm {
    /// The full text python3 prints for uncaught `exc`.
    pub(crate) fn render_traceback(&mut self, exc: ObjId) -> String {
        let mut seen = HashSet::new();
        let mut ctx = PrintContext {
            suggestions: true,
            ..PrintContext::default()
        };
        self.render_chain(exc, &mut seen, &mut ctx)
    }

    /// The text the `traceback` module formats for `exc`: as
    /// [`Vm::render_traceback`], without "Did you mean", which 3.11 adds in
    /// the interpreter's printer only.
    pub(crate) fn format_traceback(&mut self, exc: ObjId) -> String {
        let mut seen = HashSet::new();
        self.render_chain(exc, &mut seen, &mut PrintContext::default())
    }

    /// `exc` with its causes/contexts first (CPython's `TracebackException.format`).
    fn render_chain(
        &mut self,
        exc: ObjId,
        seen: &mut HashSet<ObjId>,
        ctx: &mut PrintContext,
    ) -> String {
        let mut chain: Vec<(Option<&str>, ObjId)> = vec![(None, exc)];
        seen.insert(exc);
        let mut current = exc;
        while let Object::Exception(e) = self.heap.get(current) {
            let (cause, context, suppress) = (e.cause, e.context, e.suppress_context);
            let next = if let Some(Value::Obj(c)) =
                cause.filter(|c| c.as_obj().is_some_and(|c| !seen.contains(&c)))
            {
                (CAUSE_MESSAGE, c)
            } else if let Some(Value::Obj(c)) =
                context.filter(|c| !suppress && c.as_obj().is_some_and(|c| !seen.contains(&c)))
            {
                (CONTEXT_MESSAGE, c)
            } else {
                break;
            };
            if let Some(last) = chain.last_mut() {
                last.0 = Some(next.0);
            }
            seen.insert(next.1);
            chain.push((None, next.1));
            current = next.1;
        }
        let mut out = String::new();
        for (message, exc) in chain.into_iter().rev() {
            if let Some(message) = message {
                out.push_str(&ctx.emit(message, '|'));
            }
            out.push_str(&self.render_one(exc, seen, ctx));
        }
        out
    }

    /// One exception of a chain: its traceback and line, or a group's box.
    fn render_one(
        &mut self,
        exc: ObjId,
        seen: &mut HashSet<ObjId>,
        ctx: &mut PrintContext,
    ) -> String {
        let entries = match self.heap.get(exc) {
            Object::Exception(e) => e.traceback.clone(),
            _ => Vec::new(),
        };
        let Some(members) = self.group_members(Value::Obj(exc)) else {
            let mut out = String::new();
            if !entries.is_empty() {
                out.push_str(&ctx.emit("Traceback (most recent call last):\n", '|'));
                out.push_str(&ctx.emit(&self.render_frames(&entries), '|'));
            }
            out.push_str(&ctx.emit(&self.exception_line(exc, ctx.suggestions), '|'));
            return out;
        };
        if ctx.depth > MAX_GROUP_DEPTH {
            return ctx.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        let mut out = String::new();
        if !entries.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            out.push_str(&ctx.emit(
                "Exception Group Traceback (most recent call last):\n",
                margin,
            ));
            out.push_str(&ctx.emit(&self.render_frames(&entries), '|'));
        }
        out.push_str(&ctx.emit(&self.exception_line(exc, ctx.suggestions), '|'));
        out.push_str(&self.render_members(&members, seen, ctx));
        if toplevel {
            ctx.depth = 0;
        }
        out
    }

    /// The numbered boxes of a group's sub-exceptions.
    fn render_members(
        &mut self,
        members: &[Value],
        seen: &mut HashSet<ObjId>,
        ctx: &mut PrintContext,
    ) -> String {
        let count = members.len();
        let n = if count <= MAX_GROUP_WIDTH {
            count
        } else {
            MAX_GROUP_WIDTH + 1
        };
        let mut out = String::new();
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_owned()
            } else {
                (i + 1).to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            let _ = writeln!(
                out,
                "{}{corner}+---------------- {title} ----------------",
                ctx.indent()
            );
            ctx.depth += 1;
            if truncated {
                let remaining = count - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                out.push_str(&ctx.emit(&format!("and {remaining} more exception{s}\n"), '|'));
            } else if let Some(Value::Obj(member)) = members.get(i) {
                out.push_str(&self.render_chain(*member, seen, ctx));
            }
            if last && ctx.need_close {
                let _ = writeln!(out, "{}+------------------------------------", ctx.indent());
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        out
    }

    /// `Type: message` (or `Type` alone when the message is empty).
    fn exception_line(&mut self, exc: ObjId, suggestions: bool) -> String {
        let class = self.type_of(Value::Obj(exc));
        let name = match self.class(class) {
            Some(c) if c.builtin || &*c.module == "__main__" || &*c.module == "builtins" => {
                c.qualname.to_string()
            }
            Some(c) => format!("{}.{}", c.module, c.qualname),
            None => "BaseException".to_owned(),
        };
        let mut message = self.exception_str(exc);
        if suggestions {
            message.push_str(&self.suggestion_suffix(exc));
        }
        let mut out = if message.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {message}\n")
        };
        out.push_str(&self.exception_notes(exc));
        out
    }

    /// The `__notes__` of `exc`, one per line, as the traceback shows them.
    fn exception_notes(&mut self, exc: ObjId) -> String {
        let sym = self.interner.intern("__notes__");
        let Ok(Some(notes)) = self.own_attr(exc, sym) else {
            return String::new();
        };
        let items = match notes.as_obj().map(|id| self.heap.get(id)) {
            Some(Object::List(items) | Object::Tuple(items)) => items.clone(),
            _ => {
                let text = self.repr(notes).unwrap_or_default();
                return format!("{text}\n");
            }
        };
        let mut out = String::new();
        for note in items {
            let text = match self.str_value(note) {
                Some(s) => s,
                None => self.str(note).unwrap_or_default(),
            };
            out.push_str(&text);
            out.push('\n');
        }
        out
    }

    fn render_frames(&self, entries: &[TracebackEntry]) -> String {
        let mut lines: Vec<FrameLine> = Vec::new();
        for entry in entries.iter().rev() {
            if let Some(line) = self.frame_line(*entry) {
                lines.push(line);
            }
        }
        let mut out = String::new();
        let mut repeat = 0;
        for (i, line) in lines.iter().enumerate() {
            let same = i > 0
                && lines.get(i - 1).is_some_and(|prev| {
                    prev.file == line.file && prev.line == line.line && prev.name == line.name
                });
            if same {
                repeat += 1;
            } else {
                flush_repeats(&mut out, repeat);
                repeat = 0;
            }
            if repeat < 3 {
                out.push_str(&line.text);
            }
        }
        flush_repeats(&mut out, repeat);
        out
    }

    /// The source line of byte `offset` in the program of `code`.
    pub(crate) fn line_of(&self, code: crate::compile::CodeId, offset: u32) -> u32 {
        self.programs
            .get(code.program as usize)
            .map_or(1, |loaded| {
                let data = loaded.program.data();
                data.line_index().line_col(offset).0
            })
    }

    /// The source line a traceback entry shows (`tb_lineno`).
    pub(crate) fn traceback_line(&self, entry: TracebackEntry) -> u32 {
        self.frame_line(entry).map_or(0, |l| l.line)
    }

    fn frame_line(&self, entry: TracebackEntry) -> Option<FrameLine> {
        let loaded = self.programs.get(entry.code.program as usize)?;
        let data = loaded.program.data();
        // Embedded `_name` modules stand for CPython's C modules (`_csv`), and
        // `datetime`/`time`/`decimal` are C in CPython: their functions leave no traceback entries.
        // unittest's frames are hidden as its result classes hide them (`__unittest`).
        let code = data.codes.get(entry.code.index as usize)?;
        if C_IMPLEMENTED.contains(&&*data.filename)
            || data.filename.starts_with("<frozen _")
            || data.filename.starts_with("<frozen unittest")
            || c_function(&data.filename, &code.qualname)
        {
            return None;
        }
        let span = code
            .spans
            .get(entry.pc as usize)
            .copied()
            .unwrap_or_default();
        let index = data.line_index();
        let (line, _) = index.line_col(span.start);
        let mut text = format!(
            "  File \"{}\", line {line}, in {}\n",
            data.filename, code.name
        );
        // Code run by eval()/exec() has no file to show lines from.
        let source_line = if &*data.filename == "<string>" {
            None
        } else {
            index.line_text(line)
        };
        if let Some(source_line) = source_line {
            let source_line = source_line.trim_end_matches(['\n', '\r']);
            let stripped = source_line.trim();
            if !stripped.is_empty() {
                let _ = writeln!(text, "    {stripped}");
                if let Some(markers) = carets(&data.source, index, span, line, source_line) {
                    text.push_str(&markers);
                }
            }
        }
        Some(FrameLine {
            file: data.filename.to_string(),
            line,
            name: code.name.to_string(),
            text,
        })
    }
}

/// Sub-exceptions shown per group before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;
/// Nesting of groups shown before `... (max_group_depth is 10)`.
const MAX_GROUP_DEPTH: usize = 10;
const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// Where a traceback being printed is inside exception groups
/// (CPython's `_ExceptionPrintContext`).
#[derive(Default)]
struct PrintContext {
    depth: usize,
    need_close: bool,
    /// Whether `NameError`/`AttributeError` lines get "Did you mean".
    suggestions: bool,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `text` with every line behind the margin of the current group depth.
    fn emit(&self, text: &str, margin: char) -> String {
        if self.depth == 0 {
            return text.to_owned();
        }
        let prefix = format!("{}{margin} ", self.indent());
        let mut out = String::with_capacity(text.len() * 2);
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
        out
    }
}

fn flush_repeats(out: &mut String, repeat: usize) {
    if repeat >= 3 {
        let more = repeat - 2;
        let s = if more == 1 { "" } else { "s" };
        let _ = writeln!(out, "  [Previous line repeated {more} more time{s}]");
    }
}

/// The 3.11 position markers under a traceback line, when the failing
/// expression does not cover the whole (stripped) line.
fn carets(
    source: &str,
    index: &LineIndex,
    span: Span,
    line: u32,
    source_line: &str,
) -> Option<String> {
    let line_start = line_offset(line, source)?;
    let start = (span.start as usize).checked_sub(line_start)?;
    let (end_line, _) = index.line_col(span.end);
    let line_len = source_line.len();
    let end = if end_line == line {
        (span.end as usize).saturating_sub(line_start).min(line_len)
    } else {
        line_len
    };
    if start >= end || start > line_len {
        return None;
    }
    let indent = source_line.len() - source_line.trim_start().len();
    let stripped_len = source_line.trim().chars().count();
    let chars = |from: usize, to: usize| source_line.get(from..to).map_or(0, |s| s.chars().count());
    let (start_c, end_c) = (chars(0, start), chars(0, end));
    let indent_c = chars(0, indent);
    let segment = source_line.get(start..end)?;
    let anchors = if end_line == line {
        anchors(segment)
    } else {
        None
    };
    let covers_line = end_c - start_c >= stripped_len;
    let anchors_split = anchors.is_some_and(|(l, r)| r > l);
    if covers_line && !anchors_split {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start_c.saturating_sub(indent_c)));
    match anchors {
        Some((left, right)) => {
            let width = end_c - start_c;
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right.saturating_sub(left)));
            out.push_str(&"~".repeat(width.saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(end_c - start_c)),
    }
    out.push('\n');
    Some(out)
}

/// Byte offset where `line` starts.
fn line_offset(line: u32, source: &str) -> Option<usize> {
    let mut offset = 0usize;
    for (i, l) in source.split_inclusive('\n').enumerate() {
        if i as u32 + 1 == line {
            return Some(offset);
        }
        offset += l.len();
    }
    (line == 1).then_some(0)
}

/// `(left, right)` character offsets of the operator (`BinOp`) or the
/// brackets (`Subscript`) in `segment` (CPython's `_extract_caret_anchors`).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = parse_module(segment).ok()?;
    let [Stmt::Expr(stmt)] = module.body.as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    let to_chars = |b: usize| {
        segment
            .get(..b.min(segment.len()))
            .map_or(0, |s| s.chars().count())
    };
    match &*stmt.value {
        Expr::BinOp(b) => {
            let op_start = b.left.span().end as usize;
            let op_end = b.right.span().start as usize;
            let op_str = segment.get(op_start..op_end)?;
            let offset = op_str.len() - op_str.trim_start().len();
            let mut left = op_start + offset;
            let mut right = left + 1;
            if op_str
                .as_bytes()
                .get(offset + 1)
                .is_some_and(|c| !c.is_ascii_whitespace())
            {
                right += 1;
            }
            while bytes
                .get(left)
                .is_some_and(|c| c.is_ascii_whitespace() || *c == b')' || *c == b'#')
            {
                left += 1;
                right += 1;
            }
            Some((to_chars(left), to_chars(right)))
        }
        Expr::Subscript(s) => {
            let mut left = s.value.span().end as usize;
            let mut right = s.slice.span().end as usize + 1;
            while bytes.get(left).is_some_and(|c| *c != b'[') {
                left += 1;
            }
            while bytes.get(right).is_some_and(|c| *c != b']') {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((to_chars(left), to_chars(right)))
        }
        _ => None,
    }
}

/// Embedded modules that CPython implements in C: their frames never appear in CPython's
/// tracebacks (`date(2024, 13, 1)` shows only the caller's line), so ours are left out too.
/// The same for the embedded modules whose CPython counterpart is C as a whole (`itertools`,
/// `_bisect`, `_heapq`, `_functools`, `_collections`, `_struct`, `array`, `_io`, `_operator`):
/// where CPython's module is partly Python, its frames name a stdlib file no case can match.
const C_IMPLEMENTED: &[&str] = &[
    "<frozen datetime>",
    "<frozen time>",
    "<frozen decimal>",
    "<frozen itertools>",
    "<frozen bisect>",
    "<frozen heapq>",
    "<frozen functools>",
    "<frozen collections>",
    "<frozen struct>",
    "<frozen array>",
    "<frozen io>",
    "<frozen operator>",
];

/// Functions of embedded modules that are partly Python in CPython too, whose CPython
/// counterpart is a C function (`os.listdir` is `posix.listdir`): their frames are left out,
/// while the module's Python functions (`os.makedirs`) keep theirs as CPython's do.
fn c_function(filename: &str, qualname: &str) -> bool {
    match filename {
        "<frozen os>" => matches!(
            qualname,
            "listdir"
                | "mkdir"
                | "rmdir"
                | "remove"
                | "unlink"
                | "rename"
                | "replace"
                | "stat"
                | "lstat"
                | "scandir"
                | "chdir"
                | "fspath"
                | "utime"
                | "chmod"
                | "urandom"
                | "getcwdb"
        ),
        // A generated `__init__` binds its arguments before its frame exists in CPython, so
        // a wrong call shows no frame of it (ours is one shared function checking the call).
        "<frozen dataclasses>" => qualname == "__init__",
        _ => false,
    }
}
