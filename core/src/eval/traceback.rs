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
        self.render_chain(exc, &mut seen)
    }

    fn render_chain(&mut self, exc: ObjId, seen: &mut HashSet<ObjId>) -> String {
        seen.insert(exc);
        let Object::Exception(e) = self.heap.get(exc) else {
            return String::new();
        };
        let (cause, context, suppress, entries) =
            (e.cause, e.context, e.suppress_context, e.traceback.clone());
        let mut out = String::new();
        if let Some(Value::Obj(cause)) =
            cause.filter(|c| c.as_obj().is_some_and(|c| !seen.contains(&c)))
        {
            out.push_str(&self.render_chain(cause, seen));
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(Value::Obj(context)) =
            context.filter(|c| !suppress && c.as_obj().is_some_and(|c| !seen.contains(&c)))
        {
            out.push_str(&self.render_chain(context, seen));
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&self.render_frames(&entries));
        }
        out.push_str(&self.exception_line(exc));
        out
    }

    /// `Type: message` (or `Type` alone when the message is empty).
    fn exception_line(&mut self, exc: ObjId) -> String {
        let class = self.type_of(Value::Obj(exc));
        let name = match self.class(class) {
            Some(c) if c.builtin || &*c.module == "__main__" || &*c.module == "builtins" => {
                c.qualname.to_string()
            }
            Some(c) => format!("{}.{}", c.module, c.qualname),
            None => "BaseException".to_owned(),
        };
        let message = self.exception_str(exc);
        if message.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {message}\n")
        }
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

    fn frame_line(&self, entry: TracebackEntry) -> Option<FrameLine> {
        let loaded = self.programs.get(entry.code.program as usize)?;
        let data = loaded.program.data();
        let code = data.codes.get(entry.code.index as usize)?;
        let span = code
            .spans
            .get(entry.pc as usize)
            .copied()
            .unwrap_or_default();
        let index = LineIndex::new(&data.source);
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
                if let Some(markers) = carets(&data.source, &index, span, line, source_line) {
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
