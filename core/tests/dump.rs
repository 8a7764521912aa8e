//! `dump` on hand-built trees, compared with `ast.dump` run live by python3.
//!
//! The parser's own tests (`syntax.rs`, the stdlib comparison) cover real
//! programs; these pin the printer down independently of the parser.

use std::process::Command;

use pyex::syntax::ast::{
    Arg, Arguments, Constant, Expr, ExprConstant, ExprContext, ExprName, ExprTuple, Ident, Module,
    Span, Stmt, StmtAnnAssign, StmtAssign, StmtFunctionDef, StmtReturn,
};
use pyex::syntax::{dump, dump_with_attributes, LineIndex};

/// `ast.dump(ast.parse(source), **kwargs)` as printed by python3.
fn cpython_dump(source: &str, kwargs: &str) -> String {
    let script =
        format!("import ast, sys\nprint(ast.dump(ast.parse(sys.argv[1]), {kwargs}), end='')");
    let out = Command::new("python3")
        .args(["-c", &script, source])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn ident(name: &str, start: u32, end: u32) -> Ident {
    Ident {
        name: name.into(),
        span: Span::new(start, end),
    }
}

fn name(id: &str, ctx: ExprContext, start: u32, end: u32) -> Expr {
    Expr::Name(ExprName {
        id: id.into(),
        ctx,
        span: Span::new(start, end),
    })
}

fn constant(value: Constant, u_prefix: bool, start: u32, end: u32) -> Expr {
    Expr::Constant(ExprConstant {
        value,
        u_prefix,
        span: Span::new(start, end),
    })
}

fn arg(name: &str) -> Arg {
    Arg {
        arg: ident(name, 0, 0),
        annotation: None,
        span: Span::default(),
    }
}

/// `async def f(a, /, b=1, *c, d, e=2, **g) -> r:` with an annotated
/// assignment of a `u` string and a bare `return`; positions are not used.
fn function_module() -> Module {
    let args = Arguments {
        posonlyargs: vec![arg("a")],
        args: vec![arg("b")],
        vararg: Some(arg("c")),
        kwonlyargs: vec![arg("d"), arg("e")],
        kw_defaults: vec![None, Some(constant(Constant::Int(2), false, 0, 0))],
        kwarg: Some(arg("g")),
        defaults: vec![constant(Constant::Int(1), false, 0, 0)],
    };
    let body = vec![
        Stmt::AnnAssign(StmtAnnAssign {
            target: Box::new(name("x", ExprContext::Store, 0, 0)),
            annotation: Box::new(name("int", ExprContext::Load, 0, 0)),
            value: Some(Box::new(constant(Constant::Str("é\n".into()), true, 0, 0))),
            simple: true,
            span: Span::default(),
        }),
        Stmt::Return(StmtReturn {
            value: None,
            span: Span::default(),
        }),
    ];
    let def = StmtFunctionDef {
        is_async: true,
        name: ident("f", 0, 0),
        args: Box::new(args),
        body,
        decorator_list: vec![],
        returns: Some(Box::new(name("r", ExprContext::Load, 0, 0))),
        span: Span::default(),
    };
    Module {
        body: vec![Stmt::FunctionDef(def)],
        span: Span::default(),
    }
}

const FUNCTION_SOURCE: &str =
    "async def f(a, /, b=1, *c, d, e=2, **g) -> r:\n    x: int = u'é\\n'\n    return\n";

#[test]
fn one_line_and_indented_forms_match_cpython() {
    let module = function_module();
    assert_eq!(dump(&module, None), cpython_dump(FUNCTION_SOURCE, ""));
    assert_eq!(
        dump(&module, Some(0)),
        cpython_dump(FUNCTION_SOURCE, "indent=0")
    );
    assert_eq!(
        dump(&module, Some(3)),
        cpython_dump(FUNCTION_SOURCE, "indent=3")
    );
}

#[test]
fn attributes_count_utf8_bytes() {
    let source = "é = (1,\n  b'x')\n";
    let tuple = Expr::Tuple(ExprTuple {
        elts: vec![
            constant(Constant::Int(1), false, 6, 7),
            constant(Constant::Bytes(Box::new(*b"x")), false, 11, 15),
        ],
        ctx: ExprContext::Load,
        span: Span::new(5, 16),
    });
    let module = Module {
        body: vec![Stmt::Assign(StmtAssign {
            targets: vec![name("é", ExprContext::Store, 0, 2)],
            value: Box::new(tuple),
            span: Span::new(0, 16),
        })],
        span: Span::new(0, 17),
    };
    let index = LineIndex::new(source);
    for (indent, kwargs) in [(None, ""), (Some(2), "indent=2")] {
        let kwargs = format!("include_attributes=True, {kwargs}");
        let expected = cpython_dump(source, &kwargs);
        assert_eq!(dump_with_attributes(&module, indent, &index), expected);
    }
}
