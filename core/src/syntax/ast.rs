//! The typed syntax tree, named and shaped after CPython's `ast` module.
//!
//! Every node carries a [`Span`] (a byte range into the original source);
//! line and column are computed from a [`LineIndex`](super::LineIndex) only when
//! rendering. Where CPython has separate node types that differ only by
//! `async` (`AsyncFunctionDef`, `AsyncFor`, `AsyncWith`) or `*` (`TryStar`),
//! we keep one node with a flag; [`dump`](super::dump) prints CPython's names.

use num_bigint::BigInt;

/// A byte range `start..end` into the source text.
///
/// `u32` keeps nodes small; sources over 4 GiB are rejected before parsing.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: u32,
    /// Offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub const fn new(start: u32, end: u32) -> Self {
        Span { start, end }
    }

    /// The smallest span covering both `self` and `other`.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// An identifier with its position (a variable, attribute, parameter or module name).
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    /// The name, NFKC-normalised as CPython does for non-ASCII identifiers.
    pub name: Box<str>,
    /// Where it appears.
    pub span: Span,
}

/// A whole source file. <https://docs.python.org/3/library/ast.html#ast.Module>
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The statements, in order.
    pub body: Vec<Stmt>,
    /// The whole file.
    pub span: Span,
}

/// A statement. <https://docs.python.org/3/library/ast.html#statements>
#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// `def` / `async def`.
    FunctionDef(StmtFunctionDef),
    /// `class`.
    ClassDef(StmtClassDef),
    /// `return [value]`.
    Return(StmtReturn),
    /// `del a, b[0]`.
    Delete(StmtDelete),
    /// `a = b = value`.
    Assign(StmtAssign),
    /// `a += value`.
    AugAssign(StmtAugAssign),
    /// `a: int [= value]`.
    AnnAssign(StmtAnnAssign),
    /// `for` / `async for`.
    For(StmtFor),
    /// `while`.
    While(StmtWhile),
    /// `if` / `elif` (an `elif` is an `If` alone in `orelse`).
    If(StmtIf),
    /// `with` / `async with`.
    With(StmtWith),
    /// `match`.
    Match(StmtMatch),
    /// `raise [exc [from cause]]`.
    Raise(StmtRaise),
    /// `try` / `try` with `except*`.
    Try(StmtTry),
    /// `assert test[, msg]`.
    Assert(StmtAssert),
    /// `import a.b as c`.
    Import(StmtImport),
    /// `from .a import b as c`.
    ImportFrom(StmtImportFrom),
    /// `global a, b`.
    Global(StmtGlobal),
    /// `nonlocal a, b`.
    Nonlocal(StmtNonlocal),
    /// An expression used as a statement.
    Expr(StmtExpr),
    /// `pass`.
    Pass(Span),
    /// `break`.
    Break(Span),
    /// `continue`.
    Continue(Span),
}

/// <https://docs.python.org/3/library/ast.html#ast.FunctionDef>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtFunctionDef {
    /// `async def` rather than `def`.
    pub is_async: bool,
    /// The function's name.
    pub name: Ident,
    /// Its parameters.
    pub args: Box<Arguments>,
    /// Its body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorator_list: Vec<Expr>,
    /// `-> annotation`.
    pub returns: Option<Box<Expr>>,
    /// From `def` (or `async`) to the end of the body; decorators lie outside, as in CPython.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.ClassDef>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtClassDef {
    /// The class name.
    pub name: Ident,
    /// Positional base expressions (starred allowed).
    pub bases: Vec<Expr>,
    /// Keywords in the class header (`metaclass=...`, `**kw`).
    pub keywords: Vec<Keyword>,
    /// The class body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorator_list: Vec<Expr>,
    /// From `class` to the end of the body; decorators lie outside, as in CPython.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Return>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtReturn {
    /// The returned value, if any.
    pub value: Option<Box<Expr>>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Delete>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtDelete {
    /// What is deleted (names, attributes, subscripts, tuples/lists of those).
    pub targets: Vec<Expr>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Assign>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtAssign {
    /// Every target of a chained assignment, left to right.
    pub targets: Vec<Expr>,
    /// The value assigned.
    pub value: Box<Expr>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.AugAssign>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtAugAssign {
    /// A name, attribute or subscript.
    pub target: Box<Expr>,
    /// The operator (`+=` is `Add`).
    pub op: Operator,
    /// The right-hand side.
    pub value: Box<Expr>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.AnnAssign>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtAnnAssign {
    /// A name, attribute or subscript.
    pub target: Box<Expr>,
    /// The annotation (evaluated only at module and class level).
    pub annotation: Box<Expr>,
    /// The value, if any.
    pub value: Option<Box<Expr>>,
    /// True for a bare name target not in parentheses (CPython's `simple` flag).
    pub simple: bool,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.For>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtFor {
    /// `async for`.
    pub is_async: bool,
    /// The loop target.
    pub target: Box<Expr>,
    /// The iterable.
    pub iter: Box<Expr>,
    /// The loop body.
    pub body: Vec<Stmt>,
    /// The `else:` block.
    pub orelse: Vec<Stmt>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.While>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtWhile {
    /// The condition.
    pub test: Box<Expr>,
    /// The loop body.
    pub body: Vec<Stmt>,
    /// The `else:` block.
    pub orelse: Vec<Stmt>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.If>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtIf {
    /// The condition.
    pub test: Box<Expr>,
    /// The `if` block.
    pub body: Vec<Stmt>,
    /// The `else:` block, or a single nested `If` for `elif`.
    pub orelse: Vec<Stmt>,
    /// The whole statement (for an `elif`, from `elif` on).
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.With>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtWith {
    /// `async with`.
    pub is_async: bool,
    /// The context managers, in order.
    pub items: Vec<WithItem>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Match>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtMatch {
    /// The subject.
    pub subject: Box<Expr>,
    /// The `case` blocks, in order.
    pub cases: Vec<MatchCase>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Raise>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtRaise {
    /// The exception, absent for a bare re-raise.
    pub exc: Option<Box<Expr>>,
    /// The `from` cause.
    pub cause: Option<Box<Expr>>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Try>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtTry {
    /// Handlers are `except*` (CPython's `TryStar`).
    pub is_star: bool,
    /// The `try` block.
    pub body: Vec<Stmt>,
    /// The `except` clauses, in order.
    pub handlers: Vec<ExceptHandler>,
    /// The `else:` block.
    pub orelse: Vec<Stmt>,
    /// The `finally:` block.
    pub finalbody: Vec<Stmt>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Assert>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtAssert {
    /// The asserted condition.
    pub test: Box<Expr>,
    /// The message expression.
    pub msg: Option<Box<Expr>>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Import>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtImport {
    /// The imported modules.
    pub names: Vec<Alias>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.ImportFrom>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtImportFrom {
    /// The dotted module name after the dots, if any (`from . import x` has none).
    pub module: Option<Ident>,
    /// The imported names; a single `*` alias for `import *`.
    pub names: Vec<Alias>,
    /// The number of leading dots.
    pub level: u32,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Global>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtGlobal {
    /// The declared names.
    pub names: Vec<Ident>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Nonlocal>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtNonlocal {
    /// The declared names.
    pub names: Vec<Ident>,
    /// The whole statement.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Expr>
#[derive(Clone, Debug, PartialEq)]
pub struct StmtExpr {
    /// The expression.
    pub value: Box<Expr>,
    /// The whole statement.
    pub span: Span,
}

/// An expression. <https://docs.python.org/3/library/ast.html#expressions>
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// `a and b and c` / `a or b`.
    BoolOp(ExprBoolOp),
    /// `target := value`.
    NamedExpr(ExprNamedExpr),
    /// `left op right`.
    BinOp(ExprBinOp),
    /// `-x`, `+x`, `~x`, `not x`.
    UnaryOp(ExprUnaryOp),
    /// `lambda args: body`.
    Lambda(ExprLambda),
    /// `body if test else orelse`.
    IfExp(ExprIfExp),
    /// `{k: v, **m}`.
    Dict(ExprDict),
    /// `{a, b}`.
    Set(ExprSet),
    /// `[elt for ...]`.
    ListComp(ExprComp),
    /// `{elt for ...}`.
    SetComp(ExprComp),
    /// `{k: v for ...}`.
    DictComp(ExprDictComp),
    /// `(elt for ...)`.
    GeneratorExp(ExprComp),
    /// `await value`.
    Await(ExprAwait),
    /// `yield [value]`.
    Yield(ExprYield),
    /// `yield from value`.
    YieldFrom(ExprYieldFrom),
    /// `a < b <= c`.
    Compare(ExprCompare),
    /// `func(args, kw=v, *a, **k)`.
    Call(ExprCall),
    /// One `{value!r:spec}` field of an f-string.
    FormattedValue(ExprFormattedValue),
    /// An f-string (possibly concatenated with plain strings).
    JoinedStr(ExprJoinedStr),
    /// A literal.
    Constant(ExprConstant),
    /// `value.attr`.
    Attribute(ExprAttribute),
    /// `value[slice]`.
    Subscript(ExprSubscript),
    /// `*value`.
    Starred(ExprStarred),
    /// A name.
    Name(ExprName),
    /// `[a, b]`.
    List(ExprList),
    /// `(a, b)` or `a, b`.
    Tuple(ExprTuple),
    /// `lower:upper:step` (only inside a subscript).
    Slice(ExprSlice),
}

/// Whether an expression is read, assigned or deleted (CPython's `expr_context`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    /// Read.
    Load,
    /// Assigned to.
    Store,
    /// Deleted.
    Del,
}

/// `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    /// `and`.
    And,
    /// `or`.
    Or,
}

/// Binary and augmented-assignment operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mult,
    /// `@`
    MatMult,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `//`
    FloorDiv,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

/// <https://docs.python.org/3/library/ast.html#ast.BoolOp>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprBoolOp {
    /// The operator shared by all operands.
    pub op: BoolOp,
    /// Two or more operands (`a or b or c` is one node).
    pub values: Vec<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.NamedExpr>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprNamedExpr {
    /// Always a `Name` in `Store` context.
    pub target: Box<Expr>,
    /// The value.
    pub value: Box<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.BinOp>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprBinOp {
    /// Left operand.
    pub left: Box<Expr>,
    /// Operator.
    pub op: Operator,
    /// Right operand.
    pub right: Box<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.UnaryOp>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprUnaryOp {
    /// Operator.
    pub op: UnaryOp,
    /// Operand.
    pub operand: Box<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Lambda>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprLambda {
    /// Parameters (never annotated).
    pub args: Box<Arguments>,
    /// The body expression.
    pub body: Box<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.IfExp>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprIfExp {
    /// Condition.
    pub test: Box<Expr>,
    /// Value when true.
    pub body: Box<Expr>,
    /// Value when false.
    pub orelse: Box<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Dict>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprDict {
    /// Keys; `None` marks a `**mapping` entry whose mapping is in `values`.
    pub keys: Vec<Option<Expr>>,
    /// Values, parallel to `keys`.
    pub values: Vec<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Set>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprSet {
    /// Elements (starred allowed).
    pub elts: Vec<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// List, set and generator comprehensions.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprComp {
    /// The element expression.
    pub elt: Box<Expr>,
    /// The `for`/`if` clauses, outermost first.
    pub generators: Vec<Comprehension>,
    /// The whole expression (for a bare generator argument, without parentheses).
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.DictComp>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprDictComp {
    /// Key expression.
    pub key: Box<Expr>,
    /// Value expression.
    pub value: Box<Expr>,
    /// The `for`/`if` clauses, outermost first.
    pub generators: Vec<Comprehension>,
    /// The whole expression.
    pub span: Span,
}

/// One `for target in iter if cond...` clause. <https://docs.python.org/3/library/ast.html#ast.comprehension>
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// The loop target (Store context).
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The filter conditions.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
    /// From `for` (or `async`) to the end of the last condition.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Await>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprAwait {
    /// The awaited expression.
    pub value: Box<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Yield>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprYield {
    /// The yielded value, if any.
    pub value: Option<Box<Expr>>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.YieldFrom>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprYieldFrom {
    /// The delegated-to iterable.
    pub value: Box<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Compare>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprCompare {
    /// The first operand.
    pub left: Box<Expr>,
    /// The operators, one per comparator.
    pub ops: Vec<CmpOp>,
    /// The remaining operands.
    pub comparators: Vec<Expr>,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Call>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprCall {
    /// The callee.
    pub func: Box<Expr>,
    /// Positional arguments, `*iterable` as `Starred`.
    pub args: Vec<Expr>,
    /// Keyword arguments, `**mapping` with `arg: None`.
    pub keywords: Vec<Keyword>,
    /// The whole expression.
    pub span: Span,
}

/// The `!s` / `!r` / `!a` conversion of an f-string field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// No conversion (CPython's -1).
    None,
    /// `!s`
    Str,
    /// `!r`
    Repr,
    /// `!a`
    Ascii,
}

/// <https://docs.python.org/3/library/ast.html#ast.FormattedValue>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprFormattedValue {
    /// The formatted expression.
    pub value: Box<Expr>,
    /// The conversion; a self-documenting `{x=}` without spec or conversion uses `Repr`.
    pub conversion: Conversion,
    /// The format spec, itself a `JoinedStr` (it may contain nested fields).
    pub format_spec: Option<Box<Expr>>,
    /// The field, braces included.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.JoinedStr>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprJoinedStr {
    /// `Constant` string parts and `FormattedValue` fields, adjacent literals merged.
    pub values: Vec<Expr>,
    /// The whole (possibly implicitly concatenated) literal.
    pub span: Span,
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An integer that fits in an `i64`.
    Int(i64),
    /// A larger integer.
    BigInt(Box<BigInt>),
    /// A float literal.
    Float(f64),
    /// An imaginary literal `3j` (the imaginary part).
    Complex(f64),
    /// A string (its `u` prefix is recorded on [`ExprConstant`]).
    Str(Box<str>),
    /// A bytes literal.
    Bytes(Box<[u8]>),
    /// `...`
    Ellipsis,
}

/// <https://docs.python.org/3/library/ast.html#ast.Constant>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprConstant {
    /// The value.
    pub value: Constant,
    /// The string had a `u` prefix (CPython's `kind='u'`).
    pub u_prefix: bool,
    /// The literal (all parts of an implicitly concatenated string).
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Attribute>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprAttribute {
    /// The object.
    pub value: Box<Expr>,
    /// The attribute name.
    pub attr: Ident,
    /// Load, Store or Del.
    pub ctx: ExprContext,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Subscript>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprSubscript {
    /// The object.
    pub value: Box<Expr>,
    /// The index: an expression, a `Slice`, or a `Tuple` of those.
    pub slice: Box<Expr>,
    /// Load, Store or Del.
    pub ctx: ExprContext,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Starred>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprStarred {
    /// The starred expression.
    pub value: Box<Expr>,
    /// Load or Store.
    pub ctx: ExprContext,
    /// The whole expression, `*` included.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Name>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprName {
    /// The identifier.
    pub id: Box<str>,
    /// Load, Store or Del.
    pub ctx: ExprContext,
    /// The name.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.List>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprList {
    /// Elements.
    pub elts: Vec<Expr>,
    /// Load, Store or Del.
    pub ctx: ExprContext,
    /// The whole expression.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Tuple>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprTuple {
    /// Elements.
    pub elts: Vec<Expr>,
    /// Load, Store or Del.
    pub ctx: ExprContext,
    /// The whole expression, parentheses included when present.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.Slice>
#[derive(Clone, Debug, PartialEq)]
pub struct ExprSlice {
    /// Start.
    pub lower: Option<Box<Expr>>,
    /// Stop.
    pub upper: Option<Box<Expr>>,
    /// Step.
    pub step: Option<Box<Expr>>,
    /// The whole slice.
    pub span: Span,
}

/// A function or lambda parameter list. <https://docs.python.org/3/library/ast.html#ast.arguments>
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    /// Parameters before `/`.
    pub posonlyargs: Vec<Arg>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*args`.
    pub vararg: Option<Arg>,
    /// Parameters after `*` or `*args`.
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of `kwonlyargs`, one per parameter (`None` = required).
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Arg>,
    /// Defaults of the last positional parameters (posonly then args).
    pub defaults: Vec<Expr>,
}

/// One parameter. <https://docs.python.org/3/library/ast.html#ast.arg>
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    /// Its name.
    pub arg: Ident,
    /// `: annotation` (for `*args: *Ts` a `Starred`).
    pub annotation: Option<Box<Expr>>,
    /// Name and annotation.
    pub span: Span,
}

/// `name=value` or `**value` in a call or class header. <https://docs.python.org/3/library/ast.html#ast.keyword>
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The keyword, `None` for `**mapping`.
    pub arg: Option<Ident>,
    /// The value.
    pub value: Expr,
    /// The whole keyword argument.
    pub span: Span,
}

/// `name [as asname]` in an import. <https://docs.python.org/3/library/ast.html#ast.alias>
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// The (dotted) name, or `*`.
    pub name: Ident,
    /// The `as` name.
    pub asname: Option<Ident>,
    /// The whole alias.
    pub span: Span,
}

/// `expr [as target]` in a `with`. <https://docs.python.org/3/library/ast.html#ast.withitem>
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager.
    pub context_expr: Expr,
    /// The `as` target (Store context).
    pub optional_vars: Option<Expr>,
    /// The whole item.
    pub span: Span,
}

/// `except [type [as name]]:` clause. <https://docs.python.org/3/library/ast.html#ast.ExceptHandler>
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The matched type(s), absent for a bare `except:`.
    pub type_: Option<Box<Expr>>,
    /// The `as` name.
    pub name: Option<Ident>,
    /// The handler body.
    pub body: Vec<Stmt>,
    /// The whole clause.
    pub span: Span,
}

/// One `case pattern [if guard]:` block. <https://docs.python.org/3/library/ast.html#ast.match_case>
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// The guard.
    pub guard: Option<Box<Expr>>,
    /// The body.
    pub body: Vec<Stmt>,
    /// From `case` to the end of the body.
    pub span: Span,
}

/// A `match` pattern. <https://docs.python.org/3/library/ast.html#ast.MatchValue>
#[derive(Clone, Debug, PartialEq)]
pub enum Pattern {
    /// A literal or dotted value compared with `==`.
    MatchValue(PatternMatchValue),
    /// `None`, `True`, `False`, compared with `is`.
    MatchSingleton(PatternMatchSingleton),
    /// `[a, *rest]` / `(a, b)`.
    MatchSequence(PatternMatchSequence),
    /// `{"k": p, **rest}`.
    MatchMapping(PatternMatchMapping),
    /// `Point(x, y=0)`.
    MatchClass(PatternMatchClass),
    /// `*name` / `*_` inside a sequence pattern.
    MatchStar(PatternMatchStar),
    /// `p as name`, a capture `name`, or the wildcard `_` (no pattern, no name).
    MatchAs(PatternMatchAs),
    /// `p1 | p2`.
    MatchOr(PatternMatchOr),
}

/// <https://docs.python.org/3/library/ast.html#ast.MatchValue>
#[derive(Clone, Debug, PartialEq)]
pub struct PatternMatchValue {
    /// The value expression.
    pub value: Box<Expr>,
    /// The pattern.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.MatchSingleton>
#[derive(Clone, Debug, PartialEq)]
pub struct PatternMatchSingleton {
    /// `None`, `True` or `False`.
    pub value: Constant,
    /// The pattern.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.MatchSequence>
#[derive(Clone, Debug, PartialEq)]
pub struct PatternMatchSequence {
    /// Sub-patterns, at most one `MatchStar`.
    pub patterns: Vec<Pattern>,
    /// The pattern.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.MatchMapping>
#[derive(Clone, Debug, PartialEq)]
pub struct PatternMatchMapping {
    /// Key expressions (literals or dotted values).
    pub keys: Vec<Expr>,
    /// Value patterns, parallel to `keys`.
    pub patterns: Vec<Pattern>,
    /// `**rest`.
    pub rest: Option<Ident>,
    /// The pattern.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.MatchClass>
#[derive(Clone, Debug, PartialEq)]
pub struct PatternMatchClass {
    /// The class (a name or dotted name).
    pub cls: Box<Expr>,
    /// Positional sub-patterns.
    pub patterns: Vec<Pattern>,
    /// Keyword names.
    pub kwd_attrs: Vec<Ident>,
    /// Keyword sub-patterns, parallel to `kwd_attrs`.
    pub kwd_patterns: Vec<Pattern>,
    /// The pattern.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.MatchStar>
#[derive(Clone, Debug, PartialEq)]
pub struct PatternMatchStar {
    /// The capture name, `None` for `*_`.
    pub name: Option<Ident>,
    /// The pattern.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.MatchAs>
#[derive(Clone, Debug, PartialEq)]
pub struct PatternMatchAs {
    /// The sub-pattern (`None` for a bare capture or `_`).
    pub pattern: Option<Box<Pattern>>,
    /// The capture name (`None` for `_`).
    pub name: Option<Ident>,
    /// The pattern.
    pub span: Span,
}

/// <https://docs.python.org/3/library/ast.html#ast.MatchOr>
#[derive(Clone, Debug, PartialEq)]
pub struct PatternMatchOr {
    /// The alternatives, two or more.
    pub patterns: Vec<Pattern>,
    /// The pattern.
    pub span: Span,
}

impl Expr {
    /// The byte range of this expression.
    pub fn span(&self) -> Span {
        match self {
            Expr::BoolOp(e) => e.span,
            Expr::NamedExpr(e) => e.span,
            Expr::BinOp(e) => e.span,
            Expr::UnaryOp(e) => e.span,
            Expr::Lambda(e) => e.span,
            Expr::IfExp(e) => e.span,
            Expr::Dict(e) => e.span,
            Expr::Set(e) => e.span,
            Expr::ListComp(e) | Expr::SetComp(e) | Expr::GeneratorExp(e) => e.span,
            Expr::DictComp(e) => e.span,
            Expr::Await(e) => e.span,
            Expr::Yield(e) => e.span,
            Expr::YieldFrom(e) => e.span,
            Expr::Compare(e) => e.span,
            Expr::Call(e) => e.span,
            Expr::FormattedValue(e) => e.span,
            Expr::JoinedStr(e) => e.span,
            Expr::Constant(e) => e.span,
            Expr::Attribute(e) => e.span,
            Expr::Subscript(e) => e.span,
            Expr::Starred(e) => e.span,
            Expr::Name(e) => e.span,
            Expr::List(e) => e.span,
            Expr::Tuple(e) => e.span,
            Expr::Slice(e) => e.span,
        }
    }
}

impl Stmt {
    /// The byte range of this statement.
    pub fn span(&self) -> Span {
        match self {
            Stmt::FunctionDef(s) => s.span,
            Stmt::ClassDef(s) => s.span,
            Stmt::Return(s) => s.span,
            Stmt::Delete(s) => s.span,
            Stmt::Assign(s) => s.span,
            Stmt::AugAssign(s) => s.span,
            Stmt::AnnAssign(s) => s.span,
            Stmt::For(s) => s.span,
            Stmt::While(s) => s.span,
            Stmt::If(s) => s.span,
            Stmt::With(s) => s.span,
            Stmt::Match(s) => s.span,
            Stmt::Raise(s) => s.span,
            Stmt::Try(s) => s.span,
            Stmt::Assert(s) => s.span,
            Stmt::Import(s) => s.span,
            Stmt::ImportFrom(s) => s.span,
            Stmt::Global(s) => s.span,
            Stmt::Nonlocal(s) => s.span,
            Stmt::Expr(s) => s.span,
            Stmt::Pass(span) | Stmt::Break(span) | Stmt::Continue(span) => *span,
        }
    }
}

impl Pattern {
    /// The byte range of this pattern.
    pub fn span(&self) -> Span {
        match self {
            Pattern::MatchValue(p) => p.span,
            Pattern::MatchSingleton(p) => p.span,
            Pattern::MatchSequence(p) => p.span,
            Pattern::MatchMapping(p) => p.span,
            Pattern::MatchClass(p) => p.span,
            Pattern::MatchStar(p) => p.span,
            Pattern::MatchAs(p) => p.span,
            Pattern::MatchOr(p) => p.span,
        }
    }
}
