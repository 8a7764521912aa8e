//! `_markdown_core`: the native engine of the `markdown` module, a port of
//! Python-Markdown 3.7's block processors, inline patterns, tree processors
//! and the tables, fenced_code, toc, nl2br, sane_lists, attr_list and
//! def_list extensions. `markdown.py` keeps the Python-facing layer
//! (classes, arguments, extension names and configs, errors) and calls
//! [`convert`] once per document: the whole conversion runs in Rust.

#![expect(
    clippy::assigning_clones,
    reason = "texts and tails are replaced wholesale, as the Python-Markdown code assigns them"
)]
#![expect(
    clippy::doc_markdown,
    reason = "the docs name Python-Markdown's classes and extensions as its sources spell them"
)]
#![expect(
    clippy::unused_self,
    reason = "every processor is a method of the conversion state, as in Python-Markdown"
)]

mod blocks;
mod emphasis;
mod engine;
mod entities;
mod extra;
mod inline;
mod links;
mod lists;
mod pattern;
mod preprocess;
mod tables;
mod toc;
mod tree;

use std::collections::HashMap;

use super::NativeModule;
use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::Value;
use engine::{Options, Reference, TocConfig};

/// The module (its one function is a row of the builtins table).
pub(crate) const MODULE: NativeModule = NativeModule {
    name: "_markdown_core",
    constants: &[],
    init: None,
    python: None,
};

/// A `TypeError` for a malformed argument of `convert`.
fn bad(what: &str) -> RunError {
    RunError::new(
        ExcKind::TypeError,
        format!("_markdown_core.convert: bad {what}"),
    )
}

/// The items of a tuple or list.
fn items(vm: &Vm, v: Value, what: &str) -> RunResult<Vec<Value>> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items) | Object::List(items)) => Ok(items.clone()),
        _ => Err(bad(what)),
    }
}

/// A str argument.
fn string(vm: &Vm, v: Value, what: &str) -> RunResult<String> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Ok(s.as_str().to_owned()),
        _ => Err(bad(what)),
    }
}

/// An int argument (bools count).
fn int(v: Value, what: &str) -> RunResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => Err(bad(what)),
    }
}

/// A small non-negative int argument.
fn small(v: Value, what: &str) -> RunResult<usize> {
    usize::try_from(int(v, what)?).map_err(|_| bad(what))
}

/// The options tuple built by `markdown.Markdown.__init__`:
/// `(tab_length, output_format, flags, use_align_attribute, lang_prefix, toc)`
/// with `flags` the extension bits (tables 1, fenced_code 2, nl2br 4,
/// sane_lists 8, attr_list 16, def_list 32) and `toc` `None` or
/// `(marker, title, title_class, toc_class, separator, baselevel, top, bottom)`.
fn options(vm: &Vm, v: Value) -> RunResult<Options> {
    let parts = items(vm, v, "options")?;
    let [tab, format, flags, align, prefix, toc] =
        <[Value; 6]>::try_from(parts).map_err(|_| bad("options"))?;
    let flags = int(flags, "flags")?;
    let toc = match toc {
        Value::None => None,
        t => {
            let t = items(vm, t, "toc")?;
            let [marker, title, title_class, toc_class, sep, base, top, bottom] =
                <[Value; 8]>::try_from(t).map_err(|_| bad("toc"))?;
            Some(TocConfig {
                marker: string(vm, marker, "marker")?,
                title: string(vm, title, "title")?,
                title_class: string(vm, title_class, "title_class")?,
                toc_class: string(vm, toc_class, "toc_class")?,
                separator: string(vm, sep, "separator")?,
                base_level: small(base, "baselevel")?,
                top: small(top, "toc_depth")?,
                bottom: small(bottom, "toc_depth")?,
            })
        }
    };
    Ok(Options {
        tab_length: small(tab, "tab_length")?.max(1),
        output_format: string(vm, format, "output_format")?,
        tables: flags & 1 != 0,
        fenced: flags & 2 != 0,
        nl2br: flags & 4 != 0,
        sane_lists: flags & 8 != 0,
        attr_list: flags & 16 != 0,
        def_list: flags & 32 != 0,
        align_attribute: int(align, "use_align_attribute")? != 0,
        lang_prefix: string(vm, prefix, "lang_prefix")?,
        toc,
    })
}

/// The references: `None` or a list of `(id, href, title-or-None)`.
fn references(vm: &Vm, v: Value) -> RunResult<HashMap<String, Reference>> {
    let mut refs = HashMap::new();
    if matches!(v, Value::None) {
        return Ok(refs);
    }
    for entry in items(vm, v, "references")? {
        let [id, href, title] =
            <[Value; 3]>::try_from(items(vm, entry, "reference")?).map_err(|_| bad("reference"))?;
        let title = match title {
            Value::None => None,
            t => Some(string(vm, t, "title")?),
        };
        refs.insert(string(vm, id, "id")?, (string(vm, href, "href")?, title));
    }
    Ok(refs)
}

/// `convert(text, options, references)`: `(html, toc, toc_tokens,
/// definitions)`; `toc` and `toc_tokens` (flat `(level, id, name, html)`)
/// are `None` without the toc extension; `definitions` are the reference
/// definitions the document made, in order (`None` for none), for the
/// caller's `md.references`.
pub(crate) fn convert(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [text, opts, refs] = args.exact("convert")?;
    let text = match text.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => s.as_str().to_owned(),
        _ => return Err(bad("text")),
    };
    let opts = options(vm, opts)?;
    let refs = references(vm, refs)?;
    let (out, refs) = engine::convert(&text, &opts, refs);
    let html = vm.new_str(out.html);
    let toc = match out.toc {
        Some(t) => vm.new_str(t),
        None => Value::None,
    };
    let tokens = if opts.toc.is_some() {
        let mut list = Vec::with_capacity(out.toc_tokens.len());
        for (level, id, name, inner) in out.toc_tokens {
            let level = Value::Int(i64::try_from(level).unwrap_or(6));
            let fields = vec![level, vm.new_str(id), vm.new_str(name), vm.new_str(inner)];
            list.push(vm.new_tuple(fields));
        }
        vm.new_list(list)
    } else {
        Value::None
    };
    let refs = if refs.is_empty() {
        Value::None
    } else {
        let mut list = Vec::with_capacity(refs.len());
        for (id, (href, title)) in refs {
            let title = match title {
                Some(t) => vm.new_str(t),
                None => Value::None,
            };
            let fields = vec![vm.new_str(id), vm.new_str(href), title];
            list.push(vm.new_tuple(fields));
        }
        vm.new_list(list)
    };
    Ok(vm.new_tuple(vec![html, toc, tokens, refs]))
}
