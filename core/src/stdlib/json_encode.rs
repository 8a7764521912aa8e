//! `_json.encode`: `json.dumps`'s encoder in Rust, as CPython's `c_make_encoder`
//! provides it: the document is written into one `String` by a loop over an
//! explicit work stack (no Rust recursion, so nesting cannot overflow the
//! stack). Objects it cannot encode go to the encoder's `default` callable,
//! called resumably: the encoder waits on the frame stack as a
//! [`Cont::JsonEncode`], so `default` may call a host function or raise.
//!
//! Types are told apart by their builtin object, as the C encoder does with
//! `PyUnicode_Check` and friends: a `str`, `int` or `float` subclass instance
//! (an `IntEnum` member, a `str` mixin enum) encodes as its value, a
//! `list`/`tuple`/`dict` subclass as its items. A dict subclass that overrides
//! `items` makes the encoder answer `None`: the Python encoder in `json.py`
//! then encodes the document (it calls `items()`).

use serde::{Deserialize, Serialize};

use super::json::push_escaped;
use crate::eval::call::{Args, Called};
use crate::eval::cont::Cont;
use crate::eval::frame::{Frame, NativeFrame, Pending};
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::object::Object;
use crate::value::repr::float_repr;
use crate::value::{ObjId, Value};

/// Containers nested deeper than this raise `RecursionError`, as CPython's
/// recursion limit does.
const MAX_DEPTH: usize = 990;

/// The options of a `JSONEncoder`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "the flags of CPython's JSONEncoder, one field each"
)]
struct Options {
    /// The indent string (`None`: one line).
    indent: Option<String>,
    key_separator: String,
    item_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    /// The encoder's `default` callable.
    default: Value,
}

/// What is left to do, innermost last.
#[derive(Clone, Debug, Serialize, Deserialize)]
enum Task {
    /// Encode a value at nesting `level`.
    Value(Value, u32),
    /// The rest of an array's items (from `next`), then its `]`.
    Items {
        items: Vec<Value>,
        next: usize,
        level: u32,
        marker: Option<ObjId>,
    },
    /// The rest of an object's pairs (from `next`), then its `}`.
    Pairs {
        pairs: Vec<(Value, Value)>,
        next: usize,
        /// Whether a pair was written (skipped keys write nothing).
        written: bool,
        level: u32,
        marker: Option<ObjId>,
    },
    /// `default(o)` (its result is encoded at `level`) was encoded: `o` is no
    /// longer in progress.
    Unmark { marker: Option<ObjId>, level: u32 },
}

/// An encoding in progress (the state a [`Cont::JsonEncode`] keeps).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Encoder {
    options: Options,
    out: String,
    stack: Vec<Task>,
    /// Containers (and objects given to `default`) being encoded, for
    /// "Circular reference detected".
    markers: Vec<ObjId>,
    /// Containers open now.
    depth: usize,
}

/// How one step of the loop ended.
enum Step {
    /// Go on.
    Next,
    /// `default(o)` must be called.
    Default(Value),
    /// The Python encoder must do it.
    Fallback,
}

impl Encoder {
    /// Calls `f` with every value the encoder holds (for the collector).
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        f(self.options.default);
        for task in &self.stack {
            match task {
                Task::Value(v, _) => f(*v),
                Task::Items { items, marker, .. } => {
                    for v in items {
                        f(*v);
                    }
                    if let Some(m) = marker {
                        f(Value::Obj(*m));
                    }
                }
                Task::Pairs { pairs, marker, .. } => {
                    for (k, v) in pairs {
                        f(*k);
                        f(*v);
                    }
                    if let Some(m) = marker {
                        f(Value::Obj(*m));
                    }
                }
                Task::Unmark { marker, .. } => marker.iter().for_each(|m| f(Value::Obj(*m))),
            }
        }
        self.markers.iter().for_each(|m| f(Value::Obj(*m)));
    }
}

/// `_json.encode(o, indent, key_separator, item_separator, sort_keys, skipkeys,
/// ensure_ascii, check_circular, allow_nan, default)`: the JSON text of `o`, or
/// `None` when the Python encoder must encode it.
pub(crate) fn encode(vm: &mut Vm, _: Value, args: Args) -> RunResult<Called> {
    let [o, indent, key_sep, item_sep, sort_keys, skipkeys, ensure_ascii, check_circular, allow_nan, default] =
        args.exact("encode")?;
    let text = |vm: &Vm, v: Value| match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Some(s.as_str().to_owned()),
        _ => None,
    };
    let (Some(key_separator), Some(item_separator)) = (text(vm, key_sep), text(vm, item_sep))
    else {
        return Ok(Called::Value(Value::None));
    };
    let indent = match indent {
        Value::None => None,
        v => match text(vm, v) {
            Some(s) => Some(s),
            None => return Ok(Called::Value(Value::None)),
        },
    };
    let options = Options {
        indent,
        key_separator,
        item_separator,
        sort_keys: vm.truthy(sort_keys)?,
        skipkeys: vm.truthy(skipkeys)?,
        ensure_ascii: vm.truthy(ensure_ascii)?,
        check_circular: vm.truthy(check_circular)?,
        allow_nan: vm.truthy(allow_nan)?,
        default,
    };
    let encoder = Encoder {
        options,
        out: String::new(),
        stack: vec![Task::Value(o, 0)],
        markers: Vec::new(),
        depth: 0,
    };
    run(vm, Box::new(encoder))
}

/// Continues an encoding with what `default(o)` returned.
pub(crate) fn resume(vm: &mut Vm, mut encoder: Box<Encoder>, got: Pending) -> RunResult<Called> {
    match got {
        Pending::Value(v) | Pending::Returned(v) => {
            let level = match encoder.stack.last() {
                Some(Task::Unmark { level, .. }) => *level,
                _ => return Err(RunError::internal("json encode resumed out of place")),
            };
            encoder.stack.push(Task::Value(v, level));
            run(vm, encoder)
        }
        Pending::Error(e) => Err(e),
        Pending::Exhausted => Err(RunError::internal("exhausted delivered to json encode")),
    }
}

/// Runs the work stack until it is empty (the text), `default` must be
/// called (pushed as a resumable call) or the Python encoder must take over.
fn run(vm: &mut Vm, mut encoder: Box<Encoder>) -> RunResult<Called> {
    loop {
        match encoder.step(vm)? {
            Some(Step::Next) => {}
            None => {
                let text = std::mem::take(&mut encoder.out);
                return Ok(Called::Value(vm.new_str(text)));
            }
            Some(Step::Fallback) => return Ok(Called::Value(Value::None)),
            Some(Step::Default(o)) => {
                let default = encoder.options.default;
                let base = vm.frames.len();
                vm.frames
                    .push(Frame::Native(NativeFrame::Cont(Cont::JsonEncode(encoder))));
                let result = vm.call(default, Args::positional(vec![o]));
                if let Ok(Called::Pushed | Called::Host(_)) = result {
                    return result;
                }
                // A builtin `default` answered at once: take the encoder back.
                vm.frames.truncate(base + 1);
                let Some(Frame::Native(NativeFrame::Cont(Cont::JsonEncode(back)))) =
                    vm.frames.pop()
                else {
                    return Err(RunError::internal("json encoder lost"));
                };
                encoder = back;
                let Called::Value(v) = result? else {
                    return Err(RunError::internal("json default call state"));
                };
                let level = match encoder.stack.last() {
                    Some(Task::Unmark { level, .. }) => *level,
                    _ => return Err(RunError::internal("json default out of place")),
                };
                encoder.stack.push(Task::Value(v, level));
            }
        }
    }
}

impl Encoder {
    /// Does the task on top of the stack; `None` when there is none left.
    fn step(&mut self, vm: &mut Vm) -> RunResult<Option<Step>> {
        let Some(task) = self.stack.last_mut() else {
            return Ok(None);
        };
        let step = match task {
            Task::Value(v, level) => {
                let (v, level) = (*v, *level);
                self.stack.pop();
                self.value(vm, v, level)?
            }
            Task::Items {
                items,
                next,
                level,
                marker,
            } => {
                let (level, marker) = (*level, *marker);
                match items.get(*next).copied() {
                    Some(item) => {
                        if *next > 0 {
                            self.out.push_str(&self.options.item_separator);
                            push_newline(&mut self.out, self.options.indent.as_deref(), level);
                        }
                        *next += 1;
                        self.stack.push(Task::Value(item, level));
                    }
                    None => {
                        self.stack.pop();
                        self.close(']', level, marker);
                    }
                }
                Step::Next
            }
            Task::Pairs { .. } => self.pair(vm)?,
            Task::Unmark { marker, .. } => {
                let marker = *marker;
                self.stack.pop();
                self.unmark(marker);
                Step::Next
            }
        };
        Ok(Some(step))
    }

    /// Writes a scalar, or opens a container, or asks for `default`.
    fn value(&mut self, vm: &mut Vm, v: Value, level: u32) -> RunResult<Step> {
        let id = match v {
            Value::None => return Ok(self.word("null")),
            Value::Bool(true) => return Ok(self.word("true")),
            Value::Bool(false) => return Ok(self.word("false")),
            Value::Int(i) => {
                let _ = std::fmt::Write::write_fmt(&mut self.out, format_args!("{i}"));
                return Ok(Step::Next);
            }
            Value::Float(f) => return self.float(f).map(|()| Step::Next),
            Value::Obj(id) => id,
        };
        if vm.is_subclassed(v)
            && matches!(vm.heap.get(id), Object::Dict(_))
            && vm.subclass_override(v, "items").is_some()
        {
            return Ok(Step::Fallback);
        }
        match vm.heap.get(id) {
            Object::Str(s) => push_escaped(&mut self.out, s.as_str(), self.options.ensure_ascii),
            Object::BigInt(b) => {
                let _ = std::fmt::Write::write_fmt(&mut self.out, format_args!("{b}"));
            }
            Object::Float(f) => {
                let f = *f;
                self.float(f)?;
            }
            Object::List(items) | Object::Tuple(items) => {
                if items.is_empty() {
                    self.out.push_str("[]");
                    return Ok(Step::Next);
                }
                let items = items.clone();
                let marker = self.open(id, '[', level)?;
                self.stack.push(Task::Items {
                    items,
                    next: 0,
                    level: level + 1,
                    marker,
                });
            }
            Object::Dict(d) => {
                if d.len() == 0 {
                    self.out.push_str("{}");
                    return Ok(Step::Next);
                }
                let mut pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                if self.options.sort_keys {
                    sort_pairs(vm, &mut pairs)?;
                }
                let marker = self.open(id, '{', level)?;
                self.stack.push(Task::Pairs {
                    pairs,
                    next: 0,
                    written: false,
                    level: level + 1,
                    marker,
                });
            }
            _ => {
                let marker = self.mark(id)?;
                self.stack.push(Task::Unmark { marker, level });
                return Ok(Step::Default(v));
            }
        }
        Ok(Step::Next)
    }

    /// The next pair of the object on top of the stack (or its `}`).
    fn pair(&mut self, vm: &mut Vm) -> RunResult<Step> {
        let Some(Task::Pairs {
            pairs,
            next,
            written,
            level,
            marker,
        }) = self.stack.last_mut()
        else {
            return Err(RunError::internal("json pair out of place"));
        };
        let (level, marker) = (*level, *marker);
        let Some((key, value)) = pairs.get(*next).copied() else {
            self.stack.pop();
            self.close('}', level, marker);
            return Ok(Step::Next);
        };
        *next += 1;
        let was_written = *written;
        let Some(key) = key_text(vm, key, &self.options)? else {
            return Ok(Step::Next);
        };
        if let Some(Task::Pairs { written, .. }) = self.stack.last_mut() {
            *written = true;
        }
        if was_written {
            self.out.push_str(&self.options.item_separator);
            push_newline(&mut self.out, self.options.indent.as_deref(), level);
        }
        push_escaped(&mut self.out, &key, self.options.ensure_ascii);
        self.out.push_str(&self.options.key_separator);
        self.stack.push(Task::Value(value, level));
        Ok(Step::Next)
    }

    fn word(&mut self, word: &str) -> Step {
        self.out.push_str(word);
        Step::Next
    }

    /// `float.__repr__`, or `NaN`/`Infinity`/`-Infinity` when allowed.
    fn float(&mut self, f: f64) -> RunResult<()> {
        let text = float_text(f, self.options.allow_nan)?;
        self.out.push_str(&text);
        Ok(())
    }

    /// Marks `id` as in progress (when checking for cycles).
    fn mark(&mut self, id: ObjId) -> RunResult<Option<ObjId>> {
        if !self.options.check_circular {
            return Ok(None);
        }
        if self.markers.contains(&id) {
            return Err(RunError::new(
                ExcKind::ValueError,
                "Circular reference detected",
            ));
        }
        self.markers.push(id);
        Ok(Some(id))
    }

    fn unmark(&mut self, marker: Option<ObjId>) {
        if let Some(m) = marker {
            if let Some(pos) = self.markers.iter().rposition(|x| *x == m) {
                self.markers.remove(pos);
            }
        }
    }

    /// Writes the opening bracket of a container at `level` (and the newline
    /// of its first item); marks it.
    fn open(&mut self, id: ObjId, bracket: char, level: u32) -> RunResult<Option<ObjId>> {
        let marker = self.mark(id)?;
        if self.depth >= MAX_DEPTH {
            return Err(RunError::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        self.depth += 1;
        self.out.push(bracket);
        push_newline(&mut self.out, self.options.indent.as_deref(), level + 1);
        Ok(marker)
    }

    /// Writes the closing bracket of a container whose items are at `level`.
    fn close(&mut self, bracket: char, level: u32, marker: Option<ObjId>) {
        self.depth = self.depth.saturating_sub(1);
        push_newline(&mut self.out, self.options.indent.as_deref(), level - 1);
        self.out.push(bracket);
        self.unmark(marker);
    }
}

/// A newline and `level` indents, when indenting.
fn push_newline(out: &mut String, indent: Option<&str>, level: u32) {
    if let Some(indent) = indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str(indent);
        }
    }
}

/// A float as JSON: its repr, or the JavaScript names of the non-finite ones.
fn float_text(f: f64, allow_nan: bool) -> RunResult<String> {
    let text = if f.is_nan() {
        "NaN"
    } else if f == f64::INFINITY {
        "Infinity"
    } else if f == f64::NEG_INFINITY {
        "-Infinity"
    } else {
        return Ok(float_repr(f));
    };
    if !allow_nan {
        return Err(RunError::new(
            ExcKind::ValueError,
            "Out of range float values are not JSON compliant",
        ));
    }
    Ok(text.to_owned())
}

/// The text of a dict key (`None`: skipped), or CPython's `TypeError`.
fn key_text(vm: &Vm, key: Value, options: &Options) -> RunResult<Option<String>> {
    Ok(Some(match key {
        Value::None => "null".to_owned(),
        Value::Bool(b) => if b { "true" } else { "false" }.to_owned(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_text(f, options.allow_nan)?,
        Value::Obj(id) => match vm.heap.get(id) {
            Object::Str(s) => s.as_str().to_owned(),
            Object::Float(f) => float_text(*f, options.allow_nan)?,
            Object::BigInt(b) => b.to_string(),
            _ if options.skipkeys => return Ok(None),
            _ => {
                return Err(RunError::new(
                    ExcKind::TypeError,
                    format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.type_name(key)
                    ),
                ))
            }
        },
    }))
}

/// Sorts pairs by key, with `<` as `sorted(d.items())` compares them (keys
/// are distinct, so the values are never compared).
fn sort_pairs(vm: &mut Vm, pairs: &mut Vec<(Value, Value)>) -> RunResult<()> {
    let keys: Vec<Value> = pairs.iter().map(|p| p.0).collect();
    let mut order: Vec<Value> = (0..pairs.len())
        .map(|i| Value::Int(i64::try_from(i).unwrap_or(0)))
        .collect();
    vm.sort_by_keys(&mut order, &keys, false)?;
    let sorted = order
        .iter()
        .filter_map(|i| match i {
            Value::Int(i) => pairs.get(usize::try_from(*i).unwrap_or(0)).copied(),
            _ => None,
        })
        .collect();
    *pairs = sorted;
    Ok(())
}
