//! The native IR of a jinja2 template: flat stack code per function (the
//! root and one per block), made once per template by
//! `_jinja2_native.assemble` from what `_jinja2_ir.py` compiled, and held by
//! the `Template` as an [`Object::Jinja`] (so it is cached with it and
//! collected with it). `jinja_render.rs` runs it.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::eval::call::Args;
use crate::eval::vm::Vm;
use crate::exc::{ExcKind, RunError, RunResult};
use crate::value::hash::hash_str;
use crate::value::object::Object;
use crate::value::Value;

/// An arithmetic operator of a template expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum BinKind {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
}

/// A comparison of a template expression (`not in` is `in` then `not`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum CmpKind {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    In,
}

/// An attribute of a for loop's `loop` that the renderer computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum LoopAttr {
    Index,
    Index0,
    Revindex,
    Revindex0,
    First,
    Last,
    Length,
    Depth,
    Depth0,
    Previtem,
    Nextitem,
}

/// One instruction. Operands index the template's constants, filters,
/// tests, a function's slots or its code (jump targets).
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(crate) enum Op {
    /// Writes constant text.
    Text(u32),
    /// Pops a value and writes it (escaped when `.0`: autoescaping is on there).
    Print(bool),
    /// Pops a value and writes it as `value|safe` prints it.
    PrintSafe,
    /// Pushes a constant.
    Const(u32),
    /// Pushes a slot (a free name is resolved from the context on first use).
    Load(u32),
    /// Pops into a slot.
    Store(u32),
    /// Copies slot `.0` into slot `.1` (resolved or not).
    Copy(u32, u32),
    /// A top-level assignment: the context's variable `consts[.1]` = slot `.0`.
    Export(u32, u32),
    /// Pops a sequence of `.0` items, pushes them last first.
    Unpack(u32),
    Dup,
    Pop,
    /// Swaps the two values on top.
    Swap,
    /// Pops a value and appends it to the list below it.
    ListAppend,
    /// Pops start, stop and step; pushes `slice(start, stop, step)`.
    BuildSlice,
    Jump(u32),
    /// Pops; jumps when false.
    JumpIfFalse(u32),
    /// Pops; jumps when true.
    JumpIfTrue(u32),
    Not,
    /// `obj.consts[.0]` (getattr, then getitem).
    GetAttr(u32),
    /// `obj[arg]` (getitem, then getattr).
    GetItem,
    /// A call: `.0` positional arguments, then keywords named by the tuple `consts[.1]`.
    Call(u32, u32),
    /// Filter `filters[.0]`; `.1` packs the positional count (high 16 bits) and the keyword names' const.
    Filter(u32, u32),
    /// Test `tests[.0]`, arguments as for `Filter`.
    Test(u32, u32),
    Binary(BinKind),
    /// `-x` (true) or `+x`.
    Unary(bool),
    Compare(CmpKind),
    /// `a ~ b ~ ...` of `.0` values (`markup_join` when `.1`: autoescaping).
    Concat(u32, bool),
    BuildList(u32),
    BuildTuple(u32),
    BuildDict(u32),
    /// Pushes `environment.undefined(consts[.0])`.
    Undefined(u32),
    /// Pops the sequence of loop `.0`; jumps to `.1` (the else part) when it is empty.
    ForStart(u32, u32),
    /// Pushes the next item of loop `.0`, or jumps to `.1` when done.
    ForNext(u32, u32),
    /// Leaves loop `.0`.
    ForEnd(u32),
    LoopAttr(u32, LoopAttr),
    /// `loop.cycle(...)` of `.1` values, of loop `.0`.
    LoopCycle(u32, u32),
    /// Renders block `consts[.0]` (its most derived version) here.
    Block(u32),
    /// `super()` in a block: pushes the parent block's text.
    Super,
    /// Pops a template name, pushes the template (`.0`: ignore missing).
    GetTemplate(u32),
    /// Pops the parent template: its blocks join the context; its root runs after this one.
    Extends,
    /// Pops a template (or `None`: missing, ignored) and renders it here in a
    /// context of its own: with the current one's variables and the locals
    /// named by the `(name, slot)` pairs `consts[.1]` when `.0`.
    Include(u32, u32),
    /// Output goes to a new buffer until `EndCapture` pushes its text.
    Capture,
    /// Pushes the captured text (a `Markup` when `.0`: autoescaping).
    EndCapture(bool),
    Return,
}

/// A filter or test a template uses: the builtin's name when the
/// environment's entry is still the builtin (then it may run natively), the
/// callable, and the argument that goes before the value (environment,
/// eval context), if any.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Callable {
    pub native: Option<Box<str>>,
    pub func: Value,
    pub prefix: Option<Value>,
}

/// A slot's name (for free names resolved from the context).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct SlotName {
    pub name: Box<str>,
    pub hash: i64,
}

/// One function: the root or a block.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Func {
    pub code: Vec<Op>,
    pub slots: Vec<SlotName>,
}

/// What the renderer needs to look a str constant up as a dict key
/// (computed once when the template is assembled, not per lookup).
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub(crate) struct ConstKey {
    /// `hash(constant)`.
    pub hash: i64,
    /// Whether `obj.constant` of an exact dict is its item (not a dunder, not a dict method).
    pub plain: bool,
}

/// A template compiled for the native renderer.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Template {
    pub funcs: Vec<Func>,
    pub consts: Vec<Value>,
    /// The lookup key of each str constant (parallel to `consts`).
    #[serde(default)]
    pub const_keys: Vec<Option<ConstKey>>,
    pub filters: Vec<Callable>,
    pub tests: Vec<Callable>,
    /// Block name -> function index.
    pub blocks: Vec<(Box<str>, u32)>,
    pub autoescape: bool,
    /// What the renderer calls for what it does not do itself (`_jinja2_runtime.NATIVE_HELPERS`).
    pub helpers: Vec<Value>,
}

impl Template {
    /// Calls `f` with every value the template holds.
    pub(crate) fn trace(&self, f: &mut impl FnMut(Value)) {
        self.consts.iter().for_each(|v| f(*v));
        self.helpers.iter().for_each(|v| f(*v));
        for c in self.filters.iter().chain(&self.tests) {
            f(c.func);
            c.prefix.iter().for_each(|v| f(*v));
        }
    }
}

/// Shared handle of a template's IR.
pub(crate) type Shared = Arc<Template>;

fn bad(what: &str) -> RunError {
    RunError::new(ExcKind::ValueError, format!("jinja2 IR: bad {what}"))
}

/// The items of a tuple or list.
fn items(vm: &Vm, v: Value) -> RunResult<Vec<Value>> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Tuple(items) | Object::List(items)) => Ok(items.clone()),
        _ => Err(bad("sequence")),
    }
}

fn text(vm: &Vm, v: Value) -> RunResult<String> {
    match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Object::Str(s)) => Ok(s.as_str().to_owned()),
        _ => Err(bad("name")),
    }
}

fn int(v: Value) -> RunResult<u32> {
    match v {
        Value::Int(i) => u32::try_from(i).map_err(|_| bad("operand")),
        _ => Err(bad("operand")),
    }
}

/// The text of constant `c`.
fn const_text(vm: &Vm, consts: &[Value], c: u32) -> RunResult<String> {
    text(vm, *consts.get(c as usize).ok_or_else(|| bad("constant"))?)
}

fn bin_kind(name: &str) -> RunResult<BinKind> {
    Ok(match name {
        "add" => BinKind::Add,
        "sub" => BinKind::Sub,
        "mul" => BinKind::Mul,
        "truediv" => BinKind::TrueDiv,
        "floordiv" => BinKind::FloorDiv,
        "mod" => BinKind::Mod,
        "pow" => BinKind::Pow,
        _ => return Err(bad("operator")),
    })
}

fn cmp_kind(name: &str) -> RunResult<CmpKind> {
    Ok(match name {
        "eq" => CmpKind::Eq,
        "ne" => CmpKind::Ne,
        "lt" => CmpKind::Lt,
        "gt" => CmpKind::Gt,
        "lteq" => CmpKind::Le,
        "gteq" => CmpKind::Ge,
        "in" => CmpKind::In,
        _ => return Err(bad("comparison")),
    })
}

fn loop_attr(name: &str) -> RunResult<LoopAttr> {
    Ok(match name {
        "index" => LoopAttr::Index,
        "index0" => LoopAttr::Index0,
        "revindex" => LoopAttr::Revindex,
        "revindex0" => LoopAttr::Revindex0,
        "first" => LoopAttr::First,
        "last" => LoopAttr::Last,
        "length" => LoopAttr::Length,
        "depth" => LoopAttr::Depth,
        "depth0" => LoopAttr::Depth0,
        "previtem" => LoopAttr::Previtem,
        "nextitem" => LoopAttr::Nextitem,
        _ => return Err(bad("loop attribute")),
    })
}

/// One `(op, a, b)` tuple as an [`Op`].
fn op(vm: &Vm, consts: &[Value], v: Value) -> RunResult<Op> {
    let parts = items(vm, v)?;
    let [name, a, b] = parts.as_slice() else {
        return Err(bad("instruction"));
    };
    let (a, b) = (int(*a)?, int(*b)?);
    let name = text(vm, *name)?;
    Ok(match name.as_str() {
        "text" => Op::Text(a),
        "print" => Op::Print(a != 0),
        "print_safe" => Op::PrintSafe,
        "const" => Op::Const(a),
        "load" => Op::Load(a),
        "store" => Op::Store(a),
        "copy" => Op::Copy(a, b),
        "export" => Op::Export(a, b),
        "unpack" => Op::Unpack(a),
        "dup" => Op::Dup,
        "swap" => Op::Swap,
        "list_append" => Op::ListAppend,
        "build_slice" => Op::BuildSlice,
        "pop" => Op::Pop,
        "jump" => Op::Jump(a),
        "jump_if_false" => Op::JumpIfFalse(a),
        "jump_if_true" => Op::JumpIfTrue(a),
        "not" => Op::Not,
        "getattr" => Op::GetAttr(a),
        "getitem" => Op::GetItem,
        "call" => Op::Call(a, b),
        "filter" => Op::Filter(a, b),
        "test" => Op::Test(a, b),
        "binary" => Op::Binary(bin_kind(&const_text(vm, consts, a)?)?),
        "unary" => Op::Unary(const_text(vm, consts, a)? == "neg"),
        "compare" => Op::Compare(cmp_kind(&const_text(vm, consts, a)?)?),
        "concat" => Op::Concat(a, b != 0),
        "build_list" => Op::BuildList(a),
        "build_tuple" => Op::BuildTuple(a),
        "build_dict" => Op::BuildDict(a),
        "undefined" => Op::Undefined(a),
        "for_start" => Op::ForStart(a, b),
        "for_next" => Op::ForNext(a, b),
        "for_end" => Op::ForEnd(a),
        "loop_attr" => Op::LoopAttr(a, loop_attr(&const_text(vm, consts, b)?)?),
        "loop_cycle" => Op::LoopCycle(a, b),
        "block" => Op::Block(a),
        "super" => Op::Super,
        "get_template" => Op::GetTemplate(a),
        "extends" => Op::Extends,
        "include" => Op::Include(a, b),
        "capture" => Op::Capture,
        "end_capture" => Op::EndCapture(a != 0),
        "return" => Op::Return,
        _ => return Err(bad("instruction")),
    })
}

/// `(code, slot names, loop count)` as a [`Func`].
fn func(vm: &Vm, consts: &[Value], v: Value) -> RunResult<Func> {
    let parts = items(vm, v)?;
    let [code, slots, _] = parts.as_slice() else {
        return Err(bad("function"));
    };
    let code = items(vm, *code)?
        .into_iter()
        .map(|i| op(vm, consts, i))
        .collect::<RunResult<Vec<Op>>>()?;
    let slots = items(vm, *slots)?
        .into_iter()
        .map(|n| {
            let name = text(vm, n)?;
            let hash = hash_str(&name);
            Ok(SlotName {
                name: name.into(),
                hash,
            })
        })
        .collect::<RunResult<Vec<SlotName>>>()?;
    Ok(Func { code, slots })
}

/// `(native name or None, func, has prefix, prefix)` as a [`Callable`].
fn callable(vm: &Vm, v: Value) -> RunResult<Callable> {
    let parts = items(vm, v)?;
    let [native, func, has_prefix, prefix] = parts.as_slice() else {
        return Err(bad("filter"));
    };
    let native = match native {
        Value::None => None,
        v => Some(text(vm, *v)?.into()),
    };
    Ok(Callable {
        native,
        func: *func,
        prefix: (*has_prefix == Value::Bool(true)).then_some(*prefix),
    })
}

/// `assemble(funcs, consts, filters, tests, blocks, autoescape, has_extends,
/// deps, helpers)`: the IR object of a template compiled by `_jinja2_ir`.
pub(crate) fn assemble(vm: &mut Vm, _: Value, args: Args) -> RunResult<Value> {
    let [funcs, consts, filters, tests, blocks, autoescape, _has_extends, _deps, helpers] =
        args.exact("assemble")?;
    let consts = items(vm, consts)?;
    let funcs = items(vm, funcs)?
        .into_iter()
        .map(|f| func(vm, &consts, f))
        .collect::<RunResult<Vec<Func>>>()?;
    let filters = items(vm, filters)?
        .into_iter()
        .map(|f| callable(vm, f))
        .collect::<RunResult<Vec<Callable>>>()?;
    let tests = items(vm, tests)?
        .into_iter()
        .map(|f| callable(vm, f))
        .collect::<RunResult<Vec<Callable>>>()?;
    let blocks = items(vm, blocks)?
        .into_iter()
        .map(|pair| {
            let parts = items(vm, pair)?;
            let [name, index] = parts.as_slice() else {
                return Err(bad("block"));
            };
            Ok((text(vm, *name)?.into(), int(*index)?))
        })
        .collect::<RunResult<Vec<(Box<str>, u32)>>>()?;
    let const_keys = consts
        .iter()
        .map(|c| match c.as_obj().map(|id| vm.heap.get(id)) {
            Some(Object::Str(s)) => {
                let key = s.as_str();
                Some(ConstKey {
                    hash: hash_str(key),
                    plain: !(key.starts_with("__")
                        || super::jinja2_native::DICT_ATTRS.contains(&key)),
                })
            }
            _ => None,
        })
        .collect();
    let template = Template {
        funcs,
        consts,
        const_keys,
        filters,
        tests,
        blocks,
        autoescape: autoescape == Value::Bool(true),
        helpers: items(vm, helpers)?,
    };
    let id = vm.heap.alloc(Object::Jinja(Arc::new(template)));
    Ok(Value::Obj(id))
}
