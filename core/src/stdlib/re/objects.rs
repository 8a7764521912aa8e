//! `re.Pattern` and `re.Match` objects: their data, reprs and data
//! attributes (`p.pattern`, `m.string`, `m.lastindex`, ...).

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::engine::Spec;
use crate::eval::vm::Vm;
use crate::exc::{RunError, RunResult};
use crate::value::object::Object;
use crate::value::{ObjId, Value};

/// A heap object of the `re` module.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum ReObject {
    /// `re.Pattern`.
    Pattern(PatternObj),
    /// `re.Match`.
    Match(MatchObj),
}

/// A compiled pattern.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct PatternObj {
    /// `re.Pattern`.
    pub class: ObjId,
    /// `re.Match` (the class of the matches it makes).
    pub match_class: ObjId,
    /// `p.pattern`: the str or bytes it was compiled from.
    pub source: Value,
    /// The `flags` argument it was compiled with (part of its cache key).
    pub given_flags: i64,
    /// The compiled form (shared through the process-wide cache).
    pub spec: Arc<Spec>,
}

/// A group's span: code point (or byte, for bytes) offsets, and the byte
/// offsets of the same span in the UTF-8 text that was searched.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(crate) struct Span {
    /// `m.start(g)`.
    pub start: usize,
    /// `m.end(g)`.
    pub end: usize,
    /// Byte offset of `start` in the searched text.
    pub byte_start: usize,
    /// Byte offset of `end` in the searched text.
    pub byte_end: usize,
}

/// A successful match.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct MatchObj {
    /// `re.Match`.
    pub class: ObjId,
    /// `m.re`.
    pub pattern: ObjId,
    /// `m.string`.
    pub string: Value,
    /// `m.pos`.
    pub pos: usize,
    /// `m.endpos`.
    pub endpos: usize,
    /// The span of each group (0 = the whole match); `None` if it did not take part.
    pub spans: Vec<Option<Span>>,
}

impl ReObject {
    /// The values it holds (for the collector).
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            ReObject::Pattern(p) => {
                f(Value::Obj(p.class));
                f(Value::Obj(p.match_class));
                f(p.source);
            }
            ReObject::Match(m) => {
                f(Value::Obj(m.class));
                f(Value::Obj(m.pattern));
                f(m.string);
            }
        }
    }

    /// Its class (`re.Pattern` or `re.Match`).
    pub(crate) fn class(&self) -> ObjId {
        match self {
            ReObject::Pattern(p) => p.class,
            ReObject::Match(m) => m.class,
        }
    }
}

impl MatchObj {
    /// `m.lastindex`: the last group to close: the one ending last; on a
    /// tie an enclosing group closes after the groups inside it, and of two
    /// siblings the later one closes last.
    pub(crate) fn lastindex(&self, spec: &Spec) -> Option<usize> {
        let mut best: Option<(usize, Span)> = None;
        for (i, span) in self.spans.iter().enumerate().skip(1) {
            let Some(s) = span else { continue };
            best = match best {
                Some((b, bs)) if s.end < bs.end || (s.end == bs.end && spec.encloses(b, i)) => best,
                _ => Some((i, *s)),
            };
        }
        best.map(|(i, _)| i)
    }
}

/// The pattern object behind `id`.
pub(crate) fn pattern_of(vm: &Vm, id: ObjId) -> Option<&PatternObj> {
    match vm.heap.get(id) {
        Object::Re(r) => match &**r {
            ReObject::Pattern(p) => Some(p),
            ReObject::Match(_) => None,
        },
        _ => None,
    }
}

/// The match object behind `id`.
pub(crate) fn match_of(vm: &Vm, id: ObjId) -> Option<&MatchObj> {
    match vm.heap.get(id) {
        Object::Re(r) => match &**r {
            ReObject::Match(m) => Some(m),
            ReObject::Pattern(_) => None,
        },
        _ => None,
    }
}

/// `p == q` for two patterns: the same source, flags and kind (`None`
/// when either is not a pattern).
pub(crate) fn pattern_eq(vm: &Vm, a: Value, b: Value) -> Option<bool> {
    let p = pattern_of(vm, a.as_obj()?)?;
    let q = pattern_of(vm, b.as_obj()?)?;
    let same_source =
        super::sub::source_bytes(vm, p.source) == super::sub::source_bytes(vm, q.source);
    Some(same_source && p.spec.flags == q.spec.flags && p.spec.bytes == q.spec.bytes)
}

/// `hash(p)` of a pattern, from its source and flags (`None`: not a pattern).
pub(crate) fn pattern_hash(vm: &Vm, id: ObjId) -> Option<i64> {
    let p = pattern_of(vm, id)?;
    let source = super::sub::source_bytes(vm, p.source)?;
    let text = String::from_utf8_lossy(&source);
    Some(crate::value::hash::hash_str(&text) ^ p.spec.flags)
}

/// Flag names in the order of CPython's `pattern_repr`.
const REPR_FLAGS: &[(&str, i64)] = &[
    ("re.TEMPLATE", 1),
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
];

/// `repr(p)` / `repr(m)`.
pub(crate) fn repr(vm: &mut Vm, id: ObjId) -> RunResult<String> {
    let Object::Re(r) = vm.heap.get(id) else {
        return Ok(String::new());
    };
    match &**r {
        ReObject::Pattern(p) => {
            let (source, mut flags, bytes) = (p.source, p.spec.flags, p.spec.bytes);
            let mut text = vm.repr(source)?;
            if text.chars().count() > 200 {
                text = text.chars().take(200).collect();
            }
            if !bytes && flags & (4 | 32 | 256) == 32 {
                flags &= !32;
            }
            if flags == 0 {
                return Ok(format!("re.compile({text})"));
            }
            let mut names: Vec<String> = Vec::new();
            for (name, bit) in REPR_FLAGS {
                if flags & bit != 0 {
                    names.push((*name).to_owned());
                    flags &= !bit;
                }
            }
            if flags != 0 {
                names.push(format!("0x{flags:x}"));
            }
            Ok(format!("re.compile({text}, {})", names.join("|")))
        }
        ReObject::Match(m) => {
            let span = m.spans.first().copied().flatten();
            let (start, end) = span.map_or((0, 0), |s| (s.start, s.end));
            let group = super::matchobj::group_value(vm, id, 0)?;
            // CPython formats the match with `%.50R`: its repr cut to 50 characters.
            let text: String = vm.repr(group)?.chars().take(50).collect();
            Ok(format!(
                "<re.Match object; span=({start}, {end}), match={text}>"
            ))
        }
    }
}

/// The data attributes of patterns and matches (`None`: not one of them).
pub(crate) fn attribute(vm: &mut Vm, id: ObjId, name: &str) -> RunResult<Option<Value>> {
    let Object::Re(r) = vm.heap.get(id) else {
        return Ok(None);
    };
    match &**r {
        ReObject::Pattern(p) => {
            let spec = p.spec.clone();
            Ok(match name {
                "pattern" => Some(p.source),
                "flags" => Some(Value::Int(spec.flags)),
                "groups" => Some(Value::Int(spec.groups as i64)),
                "groupindex" => {
                    let dict = vm.new_dict();
                    for (n, i) in &spec.names {
                        let key = vm.new_str(n.clone());
                        vm.dict_set(dict, key, Value::Int(*i as i64))?;
                    }
                    let Value::Obj(dict) = dict else {
                        return Err(RunError::internal("groupindex dict"));
                    };
                    let proxy = Object::DictView(dict, crate::value::iter::DictView::Proxy);
                    Some(Value::Obj(vm.heap.alloc(proxy)))
                }
                _ => None,
            })
        }
        ReObject::Match(m) => {
            let m = m.clone();
            let spec = pattern_of(vm, m.pattern).map(|p| p.spec.clone());
            let lastindex = spec.as_ref().and_then(|s| m.lastindex(s));
            Ok(match name {
                "string" => Some(m.string),
                "re" => Some(Value::Obj(m.pattern)),
                "pos" => Some(Value::Int(m.pos as i64)),
                "endpos" => Some(Value::Int(m.endpos as i64)),
                "lastindex" => Some(lastindex.map_or(Value::None, |i| Value::Int(i as i64))),
                "lastgroup" => {
                    let name = lastindex.and_then(|i| {
                        spec.as_ref()
                            .and_then(|s| s.group_name(i).map(str::to_owned))
                    });
                    Some(match name {
                        Some(n) => vm.new_str(n),
                        None => Value::None,
                    })
                }
                "regs" => {
                    let items: Vec<Value> = m
                        .spans
                        .iter()
                        .map(|s| {
                            let (a, b) = s.map_or((-1, -1), |s| (s.start as i64, s.end as i64));
                            vm.new_tuple(vec![Value::Int(a), Value::Int(b)])
                        })
                        .collect();
                    Some(vm.new_tuple(items))
                }
                _ => None,
            })
        }
    }
}
