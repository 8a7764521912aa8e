//! Integration tests of `pyex::parse_module`: tree shapes, spans, errors, limits.
//!
//! Expected positions and messages come from CPython 3.11 (`ast.parse`).

use pyex::syntax::ast::{CmpOp, Constant, Expr, Stmt};
use pyex::{parse_module, SyntaxErrorKind};

/// Parses `src`, panicking with the error if it fails.
fn parse(src: &str) -> Vec<Stmt> {
    match parse_module(src) {
        Ok(m) => m.body,
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

/// The value of a single expression statement.
fn expr(src: &str) -> Expr {
    match parse(src).pop() {
        Some(Stmt::Expr(e)) => *e.value,
        other => panic!("{src:?}: {other:?}"),
    }
}

/// `(kind, msg, lineno, offset, end_lineno, end_offset)` of a failing parse.
fn error(src: &str) -> (SyntaxErrorKind, String, u32, i32, u32, i32) {
    match parse_module(src) {
        Ok(m) => panic!("{src:?} parsed: {m:?}"),
        Err(e) => (
            e.kind,
            e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset,
        ),
    }
}

/// Runs `f` on a thread with a 2 MiB stack (the size we promise to fit in).
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn every_statement_kind_parses() {
    let src = "\
import a.b as c, d
from ..x import (y as z, w,)
from . import *
global g
def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
    nonlocal q
    return a
async def h():
    async with a as b, c:
        await x
    async for i in y:
        pass
@dec
@dec2(1)
class C(B, metaclass=M):
    x: int
    y: int = 3
for i, j in z:
    break
else:
    continue
while x:
    pass
if a:
    pass
elif b:
    pass
else:
    pass
with (open(f) as g, h):
    pass
try:
    pass
except (A, B) as e:
    raise X from e
except C:
    raise
else:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
del a, b[0], c.d
assert x, 'msg'
a = b = c
a += 1
x; y
print = 1
match = re.match(p)
";
    let body = parse(src);
    assert_eq!(body.len(), 21);
    assert!(matches!(&body[body.len() - 1], Stmt::Assign(_)));
    match &body[9] {
        Stmt::If(s) => {
            assert!(matches!(&s.orelse[..], [Stmt::If(inner)] if inner.orelse.len() == 1));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn expression_shapes_follow_cpython() {
    assert!(matches!(expr("a < b < c"), Expr::Compare(c) if c.ops == [CmpOp::Lt, CmpOp::Lt]));
    assert!(matches!(expr("a or b or c"), Expr::BoolOp(b) if b.values.len() == 3));
    assert!(
        matches!(expr("a not in b is not c"), Expr::Compare(c) if c.ops == [CmpOp::NotIn, CmpOp::IsNot])
    );
    assert!(matches!(expr("-1"), Expr::UnaryOp(u) if matches!(*u.operand, Expr::Constant(_))));
    assert!(matches!(expr("'a' 'b'"), Expr::Constant(c) if c.value == Constant::Str("ab".into())));
    assert!(
        matches!(expr("x[1:2, 3]"), Expr::Subscript(s) if matches!(&*s.slice, Expr::Tuple(t) if matches!(t.elts[0], Expr::Slice(_))))
    );
    assert!(
        matches!(expr("not a == b"), Expr::UnaryOp(u) if matches!(*u.operand, Expr::Compare(_)))
    );
    assert!(matches!(expr("-a ** b"), Expr::UnaryOp(u) if matches!(*u.operand, Expr::BinOp(_))));
    assert!(matches!(expr("a + b * c"), Expr::BinOp(b) if matches!(*b.right, Expr::BinOp(_))));
    assert!(matches!(expr("a - b - c"), Expr::BinOp(b) if matches!(*b.left, Expr::BinOp(_))));
    assert!(matches!(expr("a ** b ** c"), Expr::BinOp(b) if matches!(*b.right, Expr::BinOp(_))));
    assert!(
        matches!(expr("a if b else c if d else e"), Expr::IfExp(i) if matches!(*i.orelse, Expr::IfExp(_)))
    );
    assert!(
        matches!(expr("lambda a, /, b=1, *c, d, **e: 0"), Expr::Lambda(l) if l.args.posonlyargs.len() == 1 && l.args.kwonlyargs.len() == 1)
    );
    assert!(
        matches!(expr("[x for x in y if x for z in x]"), Expr::ListComp(c) if c.generators.len() == 2)
    );
    assert!(matches!(expr("{k: v for k, v in d}"), Expr::DictComp(_)));
    assert!(matches!(expr("{**a, 'b': 1}"), Expr::Dict(d) if d.keys[0].is_none()));
    assert!(matches!(expr("{*a, b}"), Expr::Set(_)));
    assert!(
        matches!(expr("f(*a, **k, x=1)"), Expr::Call(c) if c.args.len() == 1 && c.keywords.len() == 2)
    );
    assert!(matches!(expr("(x := 1)"), Expr::NamedExpr(_)));
    assert!(matches!(expr("(yield)"), Expr::Yield(_)));
    assert!(matches!(expr("x[*a]"), Expr::Subscript(s) if matches!(&*s.slice, Expr::Tuple(_))));
    assert!(matches!(expr("1 if x else 2"), Expr::IfExp(_)));
}

#[test]
fn spans_follow_cpython() {
    // CPython: f(x for x in y) -> GeneratorExp col 1..15; (a+b)*c -> BinOp col 0.
    match expr("f(x for x in y)") {
        Expr::Call(c) => assert_eq!((c.args[0].span().start, c.args[0].span().end), (1, 15)),
        other => panic!("{other:?}"),
    }
    match expr("(a+b)*c") {
        Expr::BinOp(b) => {
            assert_eq!((b.span.start, b.left.span().start), (0, 1));
        }
        other => panic!("{other:?}"),
    }
    match expr("x[a,]") {
        Expr::Subscript(s) => assert_eq!((s.slice.span().start, s.slice.span().end), (2, 4)),
        other => panic!("{other:?}"),
    }
    match &parse("@d\ndef f(): pass\n")[0] {
        Stmt::FunctionDef(f) => assert_eq!((f.span.start, f.span.end), (3, 16)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn soft_keywords_are_names_and_match_works() {
    let src = "\
match command.split():
    case [action]:
        pass
    case [Point(x=0, y=0) as p, *rest] if p:
        pass
    case {'k': 1, **kw} | (1 | -2 | 3 + 4j):
        pass
    case None | True | a.b.c | 'x':
        pass
    case _:
        pass
match(x)
case = 1
_ = 2
";
    let body = parse(src);
    assert!(matches!(&body[0], Stmt::Match(m) if m.cases.len() == 5));
    assert!(matches!(&body[1], Stmt::Expr(_)));
}

/// `(source, kind, message, lineno, offset)` as CPython 3.11 reports them.
const ERROR_CASES: &[(&str, SyntaxErrorKind, &str, u32, i32)] = &[
    (
        "f() = 1\n",
        SyntaxErrorKind::SyntaxError,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        1,
    ),
    (
        "[a, f()] = 1\n",
        SyntaxErrorKind::SyntaxError,
        "cannot assign to function call",
        1,
        5,
    ),
    (
        "None = 1\n",
        SyntaxErrorKind::SyntaxError,
        "cannot assign to None",
        1,
        1,
    ),
    (
        "(a, b) += 1\n",
        SyntaxErrorKind::SyntaxError,
        "'tuple' is an illegal expression for augmented assignment",
        1,
        1,
    ),
    (
        "del f()\n",
        SyntaxErrorKind::SyntaxError,
        "cannot delete function call",
        1,
        5,
    ),
    (
        "for 1 in x: pass\n",
        SyntaxErrorKind::SyntaxError,
        "cannot assign to literal",
        1,
        5,
    ),
    (
        "(a.b := 1)\n",
        SyntaxErrorKind::SyntaxError,
        "cannot use assignment expressions with attribute",
        1,
        2,
    ),
    (
        "f(a.b=1)\n",
        SyntaxErrorKind::SyntaxError,
        "expression cannot contain assignment, perhaps you meant \"==\"?",
        1,
        3,
    ),
    (
        "(a, b): int\n",
        SyntaxErrorKind::SyntaxError,
        "only single target (not tuple) can be annotated",
        1,
        1,
    ),
    (
        "if x:\npass\n",
        SyntaxErrorKind::IndentationError,
        "expected an indented block after 'if' statement on line 1",
        2,
        1,
    ),
    (
        "def f():\nx\n",
        SyntaxErrorKind::IndentationError,
        "expected an indented block after function definition on line 1",
        2,
        1,
    ),
    (
        "class A:\nx\n",
        SyntaxErrorKind::IndentationError,
        "expected an indented block after class definition on line 1",
        2,
        1,
    ),
    (
        "try:\n  x\nexcept* E:\nx\n",
        SyntaxErrorKind::IndentationError,
        "expected an indented block after 'except*' statement on line 3",
        4,
        1,
    ),
    (
        "if x\n  pass\n",
        SyntaxErrorKind::SyntaxError,
        "expected ':'",
        1,
        5,
    ),
    (
        "for x in y\n pass\n",
        SyntaxErrorKind::SyntaxError,
        "expected ':'",
        1,
        11,
    ),
    (
        "try:\n  x\ny\n",
        SyntaxErrorKind::SyntaxError,
        "expected 'except' or 'finally' block",
        3,
        1,
    ),
    (
        "f(a, b for b in c)\n",
        SyntaxErrorKind::SyntaxError,
        "Generator expression must be parenthesized",
        1,
        6,
    ),
    (
        "f(**a, *b)\n",
        SyntaxErrorKind::SyntaxError,
        "iterable argument unpacking follows keyword argument unpacking",
        1,
        8,
    ),
    (
        "f(a=1, b)\n",
        SyntaxErrorKind::SyntaxError,
        "positional argument follows keyword argument",
        1,
        9,
    ),
    (
        "f(**a, b)\n",
        SyntaxErrorKind::SyntaxError,
        "positional argument follows keyword argument unpacking",
        1,
        9,
    ),
    (
        "def f(a=1, b): pass\n",
        SyntaxErrorKind::SyntaxError,
        "non-default argument follows default argument",
        1,
        12,
    ),
    (
        "def f(a, a): pass\n",
        SyntaxErrorKind::SyntaxError,
        "duplicate argument 'a' in function definition",
        1,
        10,
    ),
    (
        "def f(*): pass\n",
        SyntaxErrorKind::SyntaxError,
        "named arguments must follow bare *",
        1,
        8,
    ),
    (
        "def f(/, a): pass\n",
        SyntaxErrorKind::SyntaxError,
        "at least one argument must precede /",
        1,
        7,
    ),
    (
        "print \"x\"\n",
        SyntaxErrorKind::SyntaxError,
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
        1,
    ),
    (
        "x = [1 2]\n",
        SyntaxErrorKind::SyntaxError,
        "invalid syntax. Perhaps you forgot a comma?",
        1,
        6,
    ),
    (
        "(*a)\n",
        SyntaxErrorKind::SyntaxError,
        "cannot use starred expression here",
        1,
        2,
    ),
    (
        "{**a for b in c}\n",
        SyntaxErrorKind::SyntaxError,
        "dict unpacking cannot be used in dict comprehension",
        1,
        2,
    ),
    (
        "a + not b\n",
        SyntaxErrorKind::SyntaxError,
        "invalid syntax",
        1,
        5,
    ),
    (
        "x = 5 print\n",
        SyntaxErrorKind::SyntaxError,
        "invalid syntax",
        1,
        7,
    ),
    (
        "try:\n x\nexcept* E:\n y\nexcept F:\n z\n",
        SyntaxErrorKind::SyntaxError,
        "cannot have both 'except' and 'except*' on the same 'try'",
        5,
        1,
    ),
    (
        "b'a' 'b'\n",
        SyntaxErrorKind::SyntaxError,
        "cannot mix bytes and nonbytes literals",
        1,
        9,
    ),
];

#[test]
fn syntax_errors_match_cpython() {
    for &(src, kind, msg, line, offset) in ERROR_CASES {
        let (k, m, l, o, _, _) = error(src);
        assert_eq!((k, m.as_str(), l, o), (kind, msg, line, offset), "{src:?}");
    }
}

#[test]
fn deep_nesting_fits_a_small_stack() {
    on_small_stack(|| {
        let n = 199;
        for (open, close) in [("(", ")"), ("[", "]"), ("f(", ")"), ("x[", "]"), ("{", "}")] {
            let src = format!("{}1{}\n", open.repeat(n), close.repeat(n));
            let r = parse_module(&src);
            assert!(r.is_ok(), "{open} {r:?}");
        }
        let lambdas = format!("{}1\n", "lambda: ".repeat(n));
        assert!(parse_module(&lambdas).is_ok());
        let ifexps = format!("{}1\n", "a if b else ".repeat(n));
        assert!(parse_module(&ifexps).is_ok());
        let mixed = format!(
            "{}1{}\n",
            "(lambda: a if b else [".repeat(n / 3),
            "])".repeat(n / 3)
        );
        assert!(parse_module(&mixed).is_ok());
    });
}

#[test]
fn huge_inputs_do_not_overflow() {
    on_small_stack(|| {
        // CPython fails on this one too (RecursionError); we must only not crash.
        let long = format!("{}\n", vec!["1"; 100_000].join("+"));
        assert!(parse_module(&long).is_err());
        let ok = format!("{}\n", vec!["1"; 2_000].join("+"));
        assert!(parse_module(&ok).is_ok());
        let flat = format!("x = [{}]\n", vec!["1"; 100_000].join(", "));
        assert!(parse_module(&flat).is_ok());
        let lines = (0..10_000).fold(String::new(), |acc, i| acc + &format!("x{i} = {i} + y\n"));
        assert_eq!(
            parse_module(&lines).map(|m| m.body.len()).ok(),
            Some(10_000)
        );
        let deep_lambda = format!("{}1\n", "lambda: ".repeat(100_000));
        assert!(parse_module(&deep_lambda).is_err());
    });
}
