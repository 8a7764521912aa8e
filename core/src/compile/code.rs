//! The compiled form the evaluator runs: [`Code`] objects of flat [`Instr`]s.
//!
//! One `Code` per module, function, lambda, class body and comprehension.
//! Instructions are a small `Copy` enum with inline operands; jumps are
//! instruction indexes. Exceptions use a per-code table of ranges → handler
//! (CPython 3.11's `co_exceptiontable`): nothing runs when nothing raises.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use crate::syntax::ast::Span;

/// Identifies a code object inside a `Ctx`: the loaded program and the index of
/// the code in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub(crate) struct CodeId {
    /// Index of the program in the `Ctx`'s loaded programs.
    pub program: u32,
    /// Index of the code in the program.
    pub index: u32,
}

/// Binary operators (`BinaryOp` operand); the `Inplace*` forms try `__iadd__` first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

/// Rich comparisons (`CompareOp` operand).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Flag in the `BuildClass` operand: a dict of class keywords (`metaclass=M`)
/// is on top of the bases.
pub(crate) const BUILD_CLASS_KEYWORDS: u32 = 1 << 31;

/// One instruction. Stack effects are given as `[before] -> [after]` (top last).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) enum Instr {
    /// Does nothing (marks a position).
    Nop,
    /// `[a] -> []`.
    PopTop,
    /// `[.., x(n-th from top)] -> [.., x, .., x]` (n >= 1).
    Copy(u32),
    /// Swaps the top with the n-th item from the top (n >= 2).
    Swap(u32),
    /// `[] -> [const]`.
    LoadConst(u32),
    /// `[] -> [local]`.
    LoadFast(u32),
    /// `[v] -> []`.
    StoreFast(u32),
    /// Unbinds a local.
    DeleteFast(u32),
    /// `[] -> [cell contents]`.
    LoadDeref(u32),
    /// `[v] -> []` into a cell.
    StoreDeref(u32),
    /// Empties a cell.
    DeleteDeref(u32),
    /// In a class body: the namespace, else the cell.
    LoadClassDeref(u32),
    /// `[] -> [cell]` (to build a closure).
    LoadClosure(u32),
    /// `[] -> [global or builtin]`.
    LoadGlobal(u32),
    /// `[v] -> []`.
    StoreGlobal(u32),
    /// Unbinds a global.
    DeleteGlobal(u32),
    /// Namespace, then globals, then builtins (class bodies).
    LoadName(u32),
    /// `[v] -> []` into the namespace.
    StoreName(u32),
    /// Unbinds a namespace name.
    DeleteName(u32),
    /// `[obj] -> [obj.name]`.
    LoadAttr(u32),
    /// `[obj] -> [method, obj]` for a plain method, else `[obj.name, NULL]`.
    LoadMethod(u32),
    /// `[method, self_or_null, a1..an] -> [result]`.
    CallMethod(u32),
    /// `[v, obj] -> []`: `obj.name = v`.
    StoreAttr(u32),
    /// `[obj] -> []`.
    DeleteAttr(u32),
    /// `[obj, key] -> [obj[key]]`.
    BinarySubscr,
    /// `[v, obj, key] -> []`.
    StoreSubscr,
    /// `[obj, key] -> []`.
    DeleteSubscr,
    /// `[a, b] -> [a op b]`.
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]`.
    InplaceOp(BinOp),
    /// `[a] -> [op a]`.
    UnaryOp(UnOp),
    /// `[a, b] -> [a op b]`.
    CompareOp(CmpOp),
    /// `[a, b] -> [a is b]` (`true`: `is not`).
    IsOp(bool),
    /// `[a, b] -> [a in b]` (`true`: `not in`).
    ContainsOp(bool),
    /// Unconditional jump.
    Jump(u32),
    /// `[v] -> []`, jump if false.
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jump if true.
    PopJumpIfTrue(u32),
    /// Jump keeping `v` if false, else pop it.
    JumpIfFalseOrPop(u32),
    /// Jump keeping `v` if true, else pop it.
    JumpIfTrueOrPop(u32),
    /// `[v] -> [iter(v)]`.
    GetIter,
    /// `[it] -> [it, next(it)]`, or pop `it` and jump when exhausted.
    ForIter(u32),
    /// `[a1..an] -> [(a1..an)]`.
    BuildTuple(u32),
    /// `[a1..an] -> [[a1..an]]`.
    BuildList(u32),
    /// `[k1, v1 .. kn, vn] -> [{..}]`.
    BuildMap(u32),
    /// `[a1..an] -> [{a1..an}]`.
    BuildSet(u32),
    /// `[set, .., v] -> [set, ..]`.
    SetAdd(u32),
    /// `[set, .., it] -> [set, ..]`: update.
    SetUpdate(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (f-string parts).
    BuildString(u32),
    /// `[start, stop(, step)] -> [slice]`.
    BuildSlice(u32),
    /// `[list, .., v] -> [list, ..]` with `list` n-th from top after the pop.
    ListAppend(u32),
    /// `[list, .., it] -> [list, ..]`: extend.
    ListExtend(u32),
    /// `[dict, .., k, v] -> [dict, ..]`.
    MapAdd(u32),
    /// `[dict, .., m] -> [dict, ..]`: update (`{**m}`).
    DictUpdate(u32),
    /// `[f, args, kwargs, .., m] -> [f, args, kwargs, ..]`: merge `m` into
    /// the keywords of a call (duplicate keys raise).
    DictMerge(u32),
    /// `[rest, class] -> [rest', match, matched]`: one `except*` clause
    /// splits the exceptions not handled yet (`match` is `None` when empty).
    CheckEgMatch,
    /// `[orig, raised_list] -> [exc or None]`: what an `except*` statement
    /// re-raises after its clauses ran.
    PrepReraiseStar,
    /// `[list] -> [tuple]`.
    ListToTuple,
    /// `[v (, spec)] -> [formatted]`; operand: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on the stack.
    FormatValue(u32),
    /// `[seq] -> [vn .. v1]`.
    UnpackSequence(u32),
    /// `[seq] -> [..]` with one starred target: operand = before | after << 16.
    UnpackEx(u32),
    /// `[f, a1..an] -> [f(a1..an)]`.
    Call(u32),
    /// `[f, a1..an, names] -> [f(..)]`: the last `len(names)` args are keywords.
    CallKw(u32),
    /// `[f, args_tuple(, kwargs_dict)] -> [f(*args, **kwargs)]`; operand 1 when kwargs present.
    CallEx(u32),
    /// Makes a function from code `code`; flags say what is on the stack.
    MakeFunction {
        /// Code index.
        code: u32,
        /// 1: defaults tuple, 2: kw-defaults list, 4: annotations dict, 8: closure tuple.
        flags: u8,
    },
    /// `[body_fn, name, base1..basen] -> [class]`.
    BuildClass(u32),
    /// `[v] -> ` return from the frame.
    ReturnValue,
    /// `[v] -> [sent]`: suspend the generator.
    YieldValue,
    /// `[iterable] -> [iterator]` for `yield from`.
    GetYieldFromIter,
    /// `[sub, v] -> [sub, yielded]` or, when `sub` returns, `[result]` and jump.
    Send(u32),
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    RaiseVarargs(u32),
    /// `[v] -> [awaitable iterator]` for `await` (`__await__`, or a coroutine
    /// itself); the operand says where `v` came from, for the error message:
    /// 0 an `await`, 1 `__aenter__`, 2 `__aexit__`, 3 `__anext__` (CPython's
    /// `GET_AWAITABLE` oparg, with `GET_ANEXT`'s check as 3).
    GetAwaitable(u32),
    /// `[obj] -> [async iterator]` (`__aiter__`) for `async for`.
    GetAIter,
    /// `[aiter] -> [aiter, awaitable]` (`__anext__`) for `async for`.
    GetANext,
    /// `[aiter, exc] -> []` when `exc` is `StopAsyncIteration`, else re-raise it.
    EndAsyncFor,
    /// `[.., exc] -> ` re-raise `exc` (operand unused).
    Reraise(u32),
    /// `[exc] -> [prev_exc, exc]`: enter an except block.
    PushExcInfo,
    /// `[prev_exc] -> []`: leave an except block.
    PopExcept,
    /// `[exc, type] -> [exc, matches]`.
    CheckExcMatch,
    /// `[exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]`.
    WithExceptStart,
    /// `[] -> [AssertionError]`.
    LoadAssertionError,
    /// `[obj] -> [type(obj).name bound to obj]` (`__enter__`/`__exit__` of `with`).
    LoadSpecial(u32),
    /// `[(level, fromlist)] -> [module]`: `import name` / `from name import ..`.
    ImportName(u32),
    /// `[module] -> []`: `from module import *` into the current namespace.
    ImportStar,
    /// `[module] -> [module, module.name]`.
    ImportFrom(u32),
    /// `[subject, v1..vk] -> [c1..cn, matched]`: pattern `index` of the code,
    /// operand = index | k << 16 | n << 24 (values evaluated before, captures after).
    MatchPattern(u32),
}

/// A compiled `case` pattern, run by the evaluator's matcher. Values (literals,
/// dotted names, classes, mapping keys) are evaluated onto the stack first and
/// referred to by index; captures are numbered in the order they are stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) enum Pat {
    /// `== value`.
    Value(u32),
    /// `is None/True/False`.
    Singleton(Const),
    /// `[p1, *rest, p2]`: items, with the star's position if any.
    Sequence(Vec<Pat>),
    /// `*name` / `*_` inside a sequence (capture index).
    Star(Option<u32>),
    /// `{k: p, **rest}`: key value indexes, sub-patterns, rest capture.
    Mapping(Vec<u32>, Vec<Pat>, Option<u32>),
    /// `Cls(p1, attr=p2)`: class value index, positional and keyword sub-patterns.
    Class(u32, Vec<Pat>, Vec<(Box<str>, Pat)>),
    /// `p as name`, `name`, `_`.
    As(Option<Box<Pat>>, Option<u32>),
    /// `p1 | p2`.
    Or(Vec<Pat>),
}

/// `BuildSet` flag: the items are constants CPython folds into a frozenset.
pub(crate) const CONST_SET: u32 = 1 << 30;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) enum Const {
    /// `None`.
    None,
    /// `True`/`False`.
    Bool(bool),
    /// A machine int.
    Int(i64),
    /// A big int.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// An imaginary literal (`3j`): the imaginary part.
    Complex(f64),
    /// A str.
    Str(Box<str>),
    /// A bytes literal (kept as data until bytes exist at run time).
    Bytes(Box<[u8]>),
    /// `...`.
    Ellipsis,
    /// A tuple of constants (keyword-name tuples of calls).
    Tuple(Vec<Const>),
}

/// One exception-table row: a fault at `start..end` jumps to `handler` with the
/// value stack cut to `depth` and the exception pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ExcEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// Where the handler starts.
    pub handler: u32,
    /// Value-stack depth at the handler (before the exception is pushed).
    pub depth: u32,
}

/// What kind of scope a code object runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum CodeKind {
    /// Module top level.
    Module,
    /// `def`, `lambda` or comprehension.
    Function,
    /// A class body (runs with a namespace).
    Class,
}

/// The parameters of a function, as `Code` needs them for binding arguments.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Params {
    /// Positional-only parameters (first in `varnames`).
    pub posonly: u32,
    /// All positional parameters, positional-only included.
    pub positional: u32,
    /// Keyword-only parameters (after the positional ones in `varnames`).
    pub kwonly: u32,
    /// Has `*args` (its slot follows the keyword-only ones).
    pub varargs: bool,
    /// Has `**kwargs` (its slot follows `*args`).
    pub varkw: bool,
}

/// The kind of suspendable frame a code object's calls create.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum GenKind {
    /// `def` with `yield` (`CO_GENERATOR`).
    #[default]
    Generator,
    /// `async def` without `yield` (`CO_COROUTINE`).
    Coroutine,
    /// `async def` with `yield` (`CO_ASYNC_GENERATOR`).
    AsyncGenerator,
}

/// A compiled scope.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Code {
    /// `co_name` (shared with the functions and generators made from it).
    pub name: std::sync::Arc<str>,
    /// `co_qualname`.
    pub qualname: std::sync::Arc<str>,
    /// Module, function or class body.
    pub kind: CodeKind,
    /// A generator function (calling it makes a generator, a coroutine or an
    /// async generator, as `gen_kind` says).
    pub is_generator: bool,
    /// What calling a generator function makes.
    #[serde(default)]
    pub gen_kind: GenKind,
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// The source span each instruction came from (tracebacks, line numbers).
    pub spans: Vec<Span>,
    /// Constants (`LoadConst`).
    pub consts: Vec<Const>,
    /// Local variable names in slot order, parameters first.
    pub varnames: Vec<Box<str>>,
    /// Own cells, then free variables (`LoadDeref` indexes).
    pub cellvars: Vec<Box<str>>,
    /// Free variables (taken from the closure).
    pub freevars: Vec<Box<str>>,
    /// Parameters that live in cells: `(cell index, local slot)`.
    pub cell_params: Vec<(u32, u32)>,
    /// The parameters.
    pub params: Params,
    /// The exception table.
    pub exc_table: Vec<ExcEntry>,
    /// Patterns of `match` statements (`MatchPattern` operands).
    pub patterns: Vec<Pat>,
    /// The docstring of a function (`__doc__`).
    #[serde(default)]
    pub doc: Option<Box<str>>,
}

impl Code {
    /// The handler for a fault at instruction `pc`.
    pub(crate) fn handler_for(&self, pc: u32) -> Option<ExcEntry> {
        self.exc_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
            .copied()
    }
}
