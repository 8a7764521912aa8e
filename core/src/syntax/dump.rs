//! `ast.dump`: the AST printed byte for byte as CPython 3.11 prints it.
//!
//! The tree is first turned into a small generic form ([`Value`]: a node with
//! named fields, a list, or a leaf already in `repr` form), then printed by
//! [`Printer::format`], a line-for-line port of `_format` in CPython's
//! `Lib/ast.py`. Keeping the two steps apart keeps the layout rules (when a
//! node fits on one line) in one place, exactly as CPython has them.
//!
//! CPython's names come from our flags here: `AsyncFunctionDef`, `AsyncFor`,
//! `AsyncWith`, `TryStar`. Optional fields that are `None` are left out, as
//! `ast.dump` does; `type_comment` is always `None` and so never printed.

use super::ast::{
    Alias, Arg, Arguments, BoolOp, CmpOp, Comprehension, Constant, Conversion, ExceptHandler, Expr,
    ExprAttribute, ExprBinOp, ExprBoolOp, ExprCall, ExprComp, ExprCompare, ExprConstant,
    ExprContext, ExprDict, ExprDictComp, ExprFormattedValue, ExprIfExp, ExprJoinedStr, ExprLambda,
    ExprName, ExprNamedExpr, ExprSlice, ExprStarred, ExprSubscript, ExprUnaryOp, Ident, Keyword,
    MatchCase, Module, Operator, Pattern, Span, Stmt, StmtAnnAssign, StmtAssert, StmtAugAssign,
    StmtClassDef, StmtFor, StmtFunctionDef, StmtImport, StmtImportFrom, StmtMatch, StmtRaise,
    StmtTry, StmtWith, UnaryOp, WithItem,
};
use super::LineIndex;
use crate::value::repr::{bytes_repr, complex_repr, float_repr, str_repr};

/// `ast.dump(tree, indent=indent)`: one line when `indent` is `None`.
///
/// `python3 -m ast FILE` prints `dump(module, Some(3))` plus a newline.
pub fn dump(module: &Module, indent: Option<usize>) -> String {
    let printer = Printer {
        indent: indent.map(|n| " ".repeat(n)),
        positions: None,
    };
    printer.format(&module_value(module), 0).0
}

/// `ast.dump(tree, indent=indent, include_attributes=True)`.
///
/// `index` must be built from the source the module was parsed from; the
/// columns printed are UTF-8 byte offsets, as in CPython's AST.
pub fn dump_with_attributes(module: &Module, indent: Option<usize>, index: &LineIndex) -> String {
    let printer = Printer {
        indent: indent.map(|n| " ".repeat(n)),
        positions: Some(index),
    };
    printer.format(&module_value(module), 0).0
}

/// A value of the dumped tree, in the shape `_format` sees it.
enum Value {
    /// An AST node.
    Node(Node),
    /// A Python list (of nodes, strings or `None`s).
    List(Vec<Value>),
    /// Anything else, already rendered with `repr`.
    Leaf(String),
}

/// An AST node: its class name, its non-`None` fields, and its position if it has one.
struct Node {
    name: &'static str,
    fields: Vec<(&'static str, Value)>,
    /// `Some` for the node classes that have `_attributes` (`lineno`, `col_offset`...).
    span: Option<Span>,
}

impl Node {
    /// A node with position attributes.
    fn new(name: &'static str, span: Span) -> Self {
        Node {
            name,
            fields: Vec::new(),
            span: Some(span),
        }
    }

    /// A node class without position attributes (`arguments`, `withitem`...).
    fn bare(name: &'static str) -> Self {
        Node {
            name,
            fields: Vec::new(),
            span: None,
        }
    }

    fn field(mut self, name: &'static str, value: Value) -> Self {
        self.fields.push((name, value));
        self
    }

    /// An optional field: left out when `None`, as `ast.dump` does.
    fn opt(mut self, name: &'static str, value: Option<Value>) -> Self {
        if let Some(value) = value {
            self.fields.push((name, value));
        }
        self
    }

    fn done(self) -> Value {
        Value::Node(self)
    }
}

/// The printing half: `_format` from `Lib/ast.py`.
struct Printer<'a> {
    /// `None` for the one-line form.
    indent: Option<String>,
    /// Set for `include_attributes=True`.
    positions: Option<&'a LineIndex>,
}

impl Printer<'_> {
    /// Returns the text and whether it is "simple" (a leaf, an empty list or a
    /// node without fields), which decides if the parent fits on one line.
    fn format(&self, value: &Value, level: usize) -> (String, bool) {
        let (prefix, sep, level) = match &self.indent {
            Some(indent) => {
                let pad = indent.repeat(level + 1);
                (format!("\n{pad}"), format!(",\n{pad}"), level + 1)
            }
            None => (String::new(), ", ".to_owned(), level),
        };
        match value {
            Value::Leaf(text) => (text.clone(), true),
            Value::List(items) if items.is_empty() => ("[]".to_owned(), true),
            Value::List(items) => {
                let items: Vec<String> = items.iter().map(|x| self.format(x, level).0).collect();
                (format!("[{prefix}{}]", items.join(&sep)), false)
            }
            Value::Node(node) => {
                let mut args = Vec::with_capacity(node.fields.len() + 4);
                let mut all_simple = true;
                for (name, field) in &node.fields {
                    let (text, simple) = self.format(field, level);
                    all_simple &= simple;
                    args.push(format!("{name}={text}"));
                }
                if let (Some(index), Some(span)) = (self.positions, node.span) {
                    let (lineno, col_offset) = index.line_col_utf8(span.start);
                    let (end_lineno, end_col_offset) = index.line_col_utf8(span.end);
                    args.push(format!("lineno={lineno}"));
                    args.push(format!("col_offset={col_offset}"));
                    args.push(format!("end_lineno={end_lineno}"));
                    args.push(format!("end_col_offset={end_col_offset}"));
                }
                if all_simple && args.len() <= 3 {
                    (
                        format!("{}({})", node.name, args.join(", ")),
                        args.is_empty(),
                    )
                } else {
                    (format!("{}({prefix}{})", node.name, args.join(&sep)), false)
                }
            }
        }
    }
}

fn module_value(module: &Module) -> Value {
    Node::bare("Module")
        .field("body", stmts(&module.body))
        .field("type_ignores", Value::List(Vec::new()))
        .done()
}

fn leaf(text: impl Into<String>) -> Value {
    Value::Leaf(text.into())
}

fn name(ident: &Ident) -> Value {
    leaf(str_repr(&ident.name))
}

fn int(value: impl Into<i64>) -> Value {
    leaf(value.into().to_string())
}

fn stmts(body: &[Stmt]) -> Value {
    Value::List(body.iter().map(stmt).collect())
}

fn exprs(items: &[Expr]) -> Value {
    Value::List(items.iter().map(expr).collect())
}

fn opt_expr(value: Option<&Expr>) -> Option<Value> {
    value.map(expr)
}

/// A list that may hold `None`s (`Dict.keys`, `arguments.kw_defaults`).
fn opt_exprs(items: &[Option<Expr>]) -> Value {
    Value::List(
        items
            .iter()
            .map(|item| item.as_ref().map_or_else(|| leaf("None"), expr))
            .collect(),
    )
}

fn names(items: &[Ident]) -> Value {
    Value::List(items.iter().map(name).collect())
}

/// A node without fields or attributes, such as `Load()` or `Add()`.
fn singleton(class: &'static str) -> Value {
    Node::bare(class).done()
}

fn stmt(stmt: &Stmt) -> Value {
    match stmt {
        Stmt::FunctionDef(s) => function_def(s),
        Stmt::ClassDef(s) => class_def(s),
        Stmt::Return(s) => optional_value("Return", s.span, s.value.as_deref()),
        Stmt::Delete(s) => with_targets("Delete", s.span, &s.targets).done(),
        Stmt::Assign(s) => with_targets("Assign", s.span, &s.targets)
            .field("value", expr(&s.value))
            .done(),
        Stmt::AugAssign(s) => aug_assign(s),
        Stmt::AnnAssign(s) => ann_assign(s),
        Stmt::For(s) => for_(s),
        Stmt::While(s) => loop_like("While", s.span, &s.test, &s.body, &s.orelse),
        Stmt::If(s) => loop_like("If", s.span, &s.test, &s.body, &s.orelse),
        Stmt::With(s) => with(s),
        Stmt::Match(s) => match_(s),
        Stmt::Raise(s) => raise(s),
        Stmt::Try(s) => try_(s),
        Stmt::Assert(s) => assert(s),
        Stmt::Import(s) => import(s),
        Stmt::ImportFrom(s) => import_from(s),
        Stmt::Global(s) => with_names("Global", s.span, &s.names),
        Stmt::Nonlocal(s) => with_names("Nonlocal", s.span, &s.names),
        Stmt::Expr(s) => Node::new("Expr", s.span)
            .field("value", expr(&s.value))
            .done(),
        Stmt::Pass(span) => Node::new("Pass", *span).done(),
        Stmt::Break(span) => Node::new("Break", *span).done(),
        Stmt::Continue(span) => Node::new("Continue", *span).done(),
    }
}

fn function_def(s: &StmtFunctionDef) -> Value {
    let class = if s.is_async {
        "AsyncFunctionDef"
    } else {
        "FunctionDef"
    };
    Node::new(class, s.span)
        .field("name", name(&s.name))
        .field("args", arguments(&s.args))
        .field("body", stmts(&s.body))
        .field("decorator_list", exprs(&s.decorator_list))
        .opt("returns", opt_expr(s.returns.as_deref()))
        .done()
}

fn class_def(s: &StmtClassDef) -> Value {
    Node::new("ClassDef", s.span)
        .field("name", name(&s.name))
        .field("bases", exprs(&s.bases))
        .field("keywords", keywords(&s.keywords))
        .field("body", stmts(&s.body))
        .field("decorator_list", exprs(&s.decorator_list))
        .done()
}

/// `Return`, `Yield`: a single optional `value` field.
fn optional_value(class: &'static str, span: Span, value: Option<&Expr>) -> Value {
    Node::new(class, span).opt("value", opt_expr(value)).done()
}

fn with_targets(class: &'static str, span: Span, targets: &[Expr]) -> Node {
    Node::new(class, span).field("targets", exprs(targets))
}

fn aug_assign(s: &StmtAugAssign) -> Value {
    Node::new("AugAssign", s.span)
        .field("target", expr(&s.target))
        .field("op", singleton(operator(s.op)))
        .field("value", expr(&s.value))
        .done()
}

fn ann_assign(s: &StmtAnnAssign) -> Value {
    Node::new("AnnAssign", s.span)
        .field("target", expr(&s.target))
        .field("annotation", expr(&s.annotation))
        .opt("value", opt_expr(s.value.as_deref()))
        .field("simple", int(i64::from(s.simple)))
        .done()
}

fn for_(s: &StmtFor) -> Value {
    Node::new(if s.is_async { "AsyncFor" } else { "For" }, s.span)
        .field("target", expr(&s.target))
        .field("iter", expr(&s.iter))
        .field("body", stmts(&s.body))
        .field("orelse", stmts(&s.orelse))
        .done()
}

/// `While` and `If`: test, body, orelse.
fn loop_like(
    class: &'static str,
    span: Span,
    test: &Expr,
    body: &[Stmt],
    orelse: &[Stmt],
) -> Value {
    Node::new(class, span)
        .field("test", expr(test))
        .field("body", stmts(body))
        .field("orelse", stmts(orelse))
        .done()
}

fn with(s: &StmtWith) -> Value {
    let items = s.items.iter().map(withitem).collect();
    Node::new(if s.is_async { "AsyncWith" } else { "With" }, s.span)
        .field("items", Value::List(items))
        .field("body", stmts(&s.body))
        .done()
}

fn match_(s: &StmtMatch) -> Value {
    Node::new("Match", s.span)
        .field("subject", expr(&s.subject))
        .field(
            "cases",
            Value::List(s.cases.iter().map(match_case).collect()),
        )
        .done()
}

fn raise(s: &StmtRaise) -> Value {
    Node::new("Raise", s.span)
        .opt("exc", opt_expr(s.exc.as_deref()))
        .opt("cause", opt_expr(s.cause.as_deref()))
        .done()
}

fn try_(s: &StmtTry) -> Value {
    let handlers = s.handlers.iter().map(excepthandler).collect();
    Node::new(if s.is_star { "TryStar" } else { "Try" }, s.span)
        .field("body", stmts(&s.body))
        .field("handlers", Value::List(handlers))
        .field("orelse", stmts(&s.orelse))
        .field("finalbody", stmts(&s.finalbody))
        .done()
}

fn assert(s: &StmtAssert) -> Value {
    Node::new("Assert", s.span)
        .field("test", expr(&s.test))
        .opt("msg", opt_expr(s.msg.as_deref()))
        .done()
}

fn import(s: &StmtImport) -> Value {
    Node::new("Import", s.span)
        .field("names", aliases(&s.names))
        .done()
}

fn import_from(s: &StmtImportFrom) -> Value {
    Node::new("ImportFrom", s.span)
        .opt("module", s.module.as_ref().map(name))
        .field("names", aliases(&s.names))
        .field("level", int(s.level))
        .done()
}

fn with_names(class: &'static str, span: Span, items: &[Ident]) -> Value {
    Node::new(class, span).field("names", names(items)).done()
}

fn expr(e: &Expr) -> Value {
    match e {
        Expr::BoolOp(e) => bool_op(e),
        Expr::NamedExpr(e) => named_expr(e),
        Expr::BinOp(e) => bin_op(e),
        Expr::UnaryOp(e) => unary(e),
        Expr::Lambda(e) => lambda(e),
        Expr::IfExp(e) => if_exp(e),
        Expr::Dict(e) => dict(e),
        Expr::Set(e) => Node::new("Set", e.span)
            .field("elts", exprs(&e.elts))
            .done(),
        Expr::ListComp(e) => comp("ListComp", e),
        Expr::SetComp(e) => comp("SetComp", e),
        Expr::GeneratorExp(e) => comp("GeneratorExp", e),
        Expr::DictComp(e) => dict_comp(e),
        Expr::Await(e) => one_field("Await", e.span, &e.value),
        Expr::Yield(e) => optional_value("Yield", e.span, e.value.as_deref()),
        Expr::YieldFrom(e) => one_field("YieldFrom", e.span, &e.value),
        Expr::Compare(e) => compare(e),
        Expr::Call(e) => call(e),
        Expr::FormattedValue(e) => formatted_value(e),
        Expr::JoinedStr(e) => joined_str(e),
        Expr::Constant(e) => constant(e),
        Expr::Attribute(e) => attribute(e),
        Expr::Subscript(e) => subscript(e),
        Expr::Starred(e) => starred(e),
        Expr::Name(e) => name_expr(e),
        Expr::List(e) => sequence("List", e.span, &e.elts, e.ctx),
        Expr::Tuple(e) => sequence("Tuple", e.span, &e.elts, e.ctx),
        Expr::Slice(e) => slice(e),
    }
}

/// A node whose only field is the expression `value` (`Await`, `YieldFrom`).
fn one_field(class: &'static str, span: Span, value: &Expr) -> Value {
    Node::new(class, span).field("value", expr(value)).done()
}

fn named_expr(e: &ExprNamedExpr) -> Value {
    Node::new("NamedExpr", e.span)
        .field("target", expr(&e.target))
        .field("value", expr(&e.value))
        .done()
}

fn subscript(e: &ExprSubscript) -> Value {
    Node::new("Subscript", e.span)
        .field("value", expr(&e.value))
        .field("slice", expr(&e.slice))
        .field("ctx", context(e.ctx))
        .done()
}

fn starred(e: &ExprStarred) -> Value {
    Node::new("Starred", e.span)
        .field("value", expr(&e.value))
        .field("ctx", context(e.ctx))
        .done()
}

/// `List` and `Tuple`.
fn sequence(class: &'static str, span: Span, items: &[Expr], ctx: ExprContext) -> Value {
    Node::new(class, span)
        .field("elts", exprs(items))
        .field("ctx", context(ctx))
        .done()
}

fn unary(e: &ExprUnaryOp) -> Value {
    Node::new("UnaryOp", e.span)
        .field("op", singleton(unary_op(e.op)))
        .field("operand", expr(&e.operand))
        .done()
}

fn lambda(e: &ExprLambda) -> Value {
    Node::new("Lambda", e.span)
        .field("args", arguments(&e.args))
        .field("body", expr(&e.body))
        .done()
}

fn dict(e: &ExprDict) -> Value {
    Node::new("Dict", e.span)
        .field("keys", opt_exprs(&e.keys))
        .field("values", exprs(&e.values))
        .done()
}

fn joined_str(e: &ExprJoinedStr) -> Value {
    Node::new("JoinedStr", e.span)
        .field("values", exprs(&e.values))
        .done()
}

fn attribute(e: &ExprAttribute) -> Value {
    Node::new("Attribute", e.span)
        .field("value", expr(&e.value))
        .field("attr", name(&e.attr))
        .field("ctx", context(e.ctx))
        .done()
}

fn name_expr(e: &ExprName) -> Value {
    Node::new("Name", e.span)
        .field("id", leaf(str_repr(&e.id)))
        .field("ctx", context(e.ctx))
        .done()
}

fn slice(e: &ExprSlice) -> Value {
    Node::new("Slice", e.span)
        .opt("lower", opt_expr(e.lower.as_deref()))
        .opt("upper", opt_expr(e.upper.as_deref()))
        .opt("step", opt_expr(e.step.as_deref()))
        .done()
}

fn bool_op(e: &ExprBoolOp) -> Value {
    let op = match e.op {
        BoolOp::And => "And",
        BoolOp::Or => "Or",
    };
    Node::new("BoolOp", e.span)
        .field("op", singleton(op))
        .field("values", exprs(&e.values))
        .done()
}

fn bin_op(e: &ExprBinOp) -> Value {
    Node::new("BinOp", e.span)
        .field("left", expr(&e.left))
        .field("op", singleton(operator(e.op)))
        .field("right", expr(&e.right))
        .done()
}

fn if_exp(e: &ExprIfExp) -> Value {
    Node::new("IfExp", e.span)
        .field("test", expr(&e.test))
        .field("body", expr(&e.body))
        .field("orelse", expr(&e.orelse))
        .done()
}

fn comp(class: &'static str, e: &ExprComp) -> Value {
    Node::new(class, e.span)
        .field("elt", expr(&e.elt))
        .field("generators", comprehensions(&e.generators))
        .done()
}

fn dict_comp(e: &ExprDictComp) -> Value {
    Node::new("DictComp", e.span)
        .field("key", expr(&e.key))
        .field("value", expr(&e.value))
        .field("generators", comprehensions(&e.generators))
        .done()
}

fn comprehensions(generators: &[Comprehension]) -> Value {
    Value::List(generators.iter().map(comprehension).collect())
}

fn comprehension(c: &Comprehension) -> Value {
    Node::bare("comprehension")
        .field("target", expr(&c.target))
        .field("iter", expr(&c.iter))
        .field("ifs", exprs(&c.ifs))
        .field("is_async", int(i64::from(c.is_async)))
        .done()
}

fn compare(e: &ExprCompare) -> Value {
    let ops = e.ops.iter().map(|&op| singleton(cmp_op(op))).collect();
    Node::new("Compare", e.span)
        .field("left", expr(&e.left))
        .field("ops", Value::List(ops))
        .field("comparators", exprs(&e.comparators))
        .done()
}

fn call(e: &ExprCall) -> Value {
    Node::new("Call", e.span)
        .field("func", expr(&e.func))
        .field("args", exprs(&e.args))
        .field("keywords", keywords(&e.keywords))
        .done()
}

fn formatted_value(e: &ExprFormattedValue) -> Value {
    let conversion = match e.conversion {
        Conversion::None => -1,
        Conversion::Str => i64::from(b's'),
        Conversion::Repr => i64::from(b'r'),
        Conversion::Ascii => i64::from(b'a'),
    };
    Node::new("FormattedValue", e.span)
        .field("value", expr(&e.value))
        .field("conversion", int(conversion))
        .opt("format_spec", opt_expr(e.format_spec.as_deref()))
        .done()
}

fn constant(e: &ExprConstant) -> Value {
    Node::new("Constant", e.span)
        .field("value", leaf(constant_repr(&e.value)))
        .opt("kind", e.u_prefix.then(|| leaf("'u'")))
        .done()
}

/// `repr()` of a constant's value, as `ast.dump` prints it.
fn constant_repr(value: &Constant) -> String {
    match value {
        Constant::None => "None".to_owned(),
        Constant::Bool(true) => "True".to_owned(),
        Constant::Bool(false) => "False".to_owned(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(imag) => complex_repr(0.0, *imag),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".to_owned(),
    }
}

fn context(ctx: ExprContext) -> Value {
    singleton(match ctx {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

fn operator(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn unary_op(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Invert => "Invert",
        UnaryOp::Not => "Not",
        UnaryOp::UAdd => "UAdd",
        UnaryOp::USub => "USub",
    }
}

fn cmp_op(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

fn arguments(a: &Arguments) -> Value {
    Node::bare("arguments")
        .field("posonlyargs", args(&a.posonlyargs))
        .field("args", args(&a.args))
        .opt("vararg", a.vararg.as_ref().map(arg))
        .field("kwonlyargs", args(&a.kwonlyargs))
        .field("kw_defaults", opt_exprs(&a.kw_defaults))
        .opt("kwarg", a.kwarg.as_ref().map(arg))
        .field("defaults", exprs(&a.defaults))
        .done()
}

fn args(items: &[Arg]) -> Value {
    Value::List(items.iter().map(arg).collect())
}

fn arg(a: &Arg) -> Value {
    Node::new("arg", a.span)
        .field("arg", name(&a.arg))
        .opt("annotation", opt_expr(a.annotation.as_deref()))
        .done()
}

fn keywords(items: &[Keyword]) -> Value {
    Value::List(items.iter().map(keyword).collect())
}

fn keyword(k: &Keyword) -> Value {
    Node::new("keyword", k.span)
        .opt("arg", k.arg.as_ref().map(name))
        .field("value", expr(&k.value))
        .done()
}

fn aliases(items: &[Alias]) -> Value {
    Value::List(items.iter().map(alias).collect())
}

fn alias(a: &Alias) -> Value {
    Node::new("alias", a.span)
        .field("name", name(&a.name))
        .opt("asname", a.asname.as_ref().map(name))
        .done()
}

fn withitem(item: &WithItem) -> Value {
    Node::bare("withitem")
        .field("context_expr", expr(&item.context_expr))
        .opt("optional_vars", item.optional_vars.as_ref().map(expr))
        .done()
}

fn excepthandler(h: &ExceptHandler) -> Value {
    Node::new("ExceptHandler", h.span)
        .opt("type", opt_expr(h.type_.as_deref()))
        .opt("name", h.name.as_ref().map(name))
        .field("body", stmts(&h.body))
        .done()
}

fn match_case(c: &MatchCase) -> Value {
    Node::bare("match_case")
        .field("pattern", pattern(&c.pattern))
        .opt("guard", opt_expr(c.guard.as_deref()))
        .field("body", stmts(&c.body))
        .done()
}

fn patterns(items: &[Pattern]) -> Value {
    Value::List(items.iter().map(pattern).collect())
}

fn pattern(p: &Pattern) -> Value {
    match p {
        Pattern::MatchValue(p) => Node::new("MatchValue", p.span)
            .field("value", expr(&p.value))
            .done(),
        Pattern::MatchSingleton(p) => Node::new("MatchSingleton", p.span)
            .field("value", leaf(constant_repr(&p.value)))
            .done(),
        Pattern::MatchSequence(p) => Node::new("MatchSequence", p.span)
            .field("patterns", patterns(&p.patterns))
            .done(),
        Pattern::MatchMapping(p) => Node::new("MatchMapping", p.span)
            .field("keys", exprs(&p.keys))
            .field("patterns", patterns(&p.patterns))
            .opt("rest", p.rest.as_ref().map(name))
            .done(),
        Pattern::MatchClass(p) => Node::new("MatchClass", p.span)
            .field("cls", expr(&p.cls))
            .field("patterns", patterns(&p.patterns))
            .field(
                "kwd_attrs",
                Value::List(p.kwd_attrs.iter().map(name).collect()),
            )
            .field("kwd_patterns", patterns(&p.kwd_patterns))
            .done(),
        Pattern::MatchStar(p) => Node::new("MatchStar", p.span)
            .opt("name", p.name.as_ref().map(name))
            .done(),
        Pattern::MatchAs(p) => Node::new("MatchAs", p.span)
            .opt("pattern", p.pattern.as_deref().map(pattern))
            .opt("name", p.name.as_ref().map(name))
            .done(),
        Pattern::MatchOr(p) => Node::new("MatchOr", p.span)
            .field("patterns", patterns(&p.patterns))
            .done(),
    }
}
