//! Integration tests of `pyex::parse_module`: tree shapes, spans, errors, limits.
//!
//! Expected positions come from CPython 3.11 (`ast.parse`). Syntax errors are
//! checked against CPython's recordings in `conformance/syntax_errors/`.

use pyex::parse_module;
use pyex::syntax::ast::{CmpOp, Constant, Expr, Stmt};

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
