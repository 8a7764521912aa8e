//! The grammar-aware generator: random Python programs that are mostly valid
//! and always terminate.
//!
//! Every expression is generated for a type ([`Ty`]), so programs rarely
//! raise by accident (what a differential run against CPython needs), and
//! the risky operations that do raise are generated inside `try` blocks that
//! print the exception. Termination: loops run over small ranges or
//! counters that only grow, functions call only functions defined before
//! them, and recursion is generated only in a form bounded by its argument.
//!
//! Layout: `mod.rs` holds the state (scopes, defined functions and classes,
//! the output lines); `expr.rs` the typed expressions; `stmt.rs` the simple
//! and control-flow statements; `defs.rs` functions, classes, generators;
//! `blocks.rs` try, with and match.

mod blocks;
mod defs;
mod expr;
mod library;
mod stmt;
mod zoo;

use crate::rng::Rng;

/// The static type of a generated value: what an expression of it may be
/// built from and what may be done with a variable holding it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ty {
    Int,
    Float,
    Str,
    Bool,
    ListInt,
    ListStr,
    /// `dict[str, int]`.
    Dict,
    /// `tuple[int, ...]`.
    Tuple,
    /// `set[int]` (printed sorted: set order is not compared).
    Set,
    /// An instance of the generated class with this index.
    Obj(usize),
}

/// The value types a variable or expression is drawn from.
const PLAIN: [Ty; 9] = [
    Ty::Int,
    Ty::Float,
    Ty::Str,
    Ty::Bool,
    Ty::ListInt,
    Ty::ListStr,
    Ty::Dict,
    Ty::Tuple,
    Ty::Set,
];

/// A variable that is certainly bound where it is visible.
#[derive(Clone, Debug)]
struct Var {
    name: String,
    ty: Ty,
}

/// A generated function: how to call it and what it returns.
#[derive(Clone, Debug)]
struct Func {
    name: String,
    /// Required positional `int` parameters.
    required: usize,
    /// Takes `*args` / keyword-only `k` / `**kwargs` as well.
    star: bool,
    ret: Ty,
    /// A generator function (yields ints).
    generator: bool,
}

/// A generated class (fields are ints, set by `__init__`).
#[derive(Clone, Debug)]
struct Class {
    name: String,
    fields: Vec<String>,
    /// Defines `__lt__` (instances sort) and `__iter__`.
    ordered: bool,
    /// Fields `__init__` requires (the root class's; subclass ones default to 0).
    required: usize,
}

/// The generator's state while writing one program.
pub struct Gen {
    rng: Rng,
    lines: Vec<String>,
    indent: usize,
    /// Visible variables, innermost block last.
    scopes: Vec<Vec<Var>>,
    /// Scopes below this index belong to enclosing functions or the module:
    /// readable, never assigned (that would make the name local).
    assignable_from: usize,
    funcs: Vec<Func>,
    classes: Vec<Class>,
    /// Loop nesting in the current function (for `break`/`continue`).
    loops: usize,
    /// What the enclosing functions return, innermost last (`None`: a generator).
    returns: Vec<Option<Ty>>,
    counter: usize,
    /// Statements left in this program (bounds its size).
    budget: usize,
    /// The program uses the `Tracker` context manager / `math`.
    need_tracker: bool,
    need_math: bool,
    /// The program uses the `logged` decorator.
    need_logged: bool,
}

/// A random program for `rng`.
pub fn program(rng: Rng) -> String {
    let mut gen = Gen::new(rng);
    gen.module();
    gen.finish()
}

impl Gen {
    fn new(rng: Rng) -> Gen {
        Gen {
            rng,
            lines: Vec::new(),
            indent: 0,
            scopes: vec![Vec::new()],
            assignable_from: 0,
            funcs: Vec::new(),
            classes: Vec::new(),
            loops: 0,
            returns: Vec::new(),
            counter: 0,
            budget: 0,
            need_tracker: false,
            need_math: false,
            need_logged: false,
        }
    }

    /// The module body: a few definitions and statements, then prints.
    fn module(&mut self) {
        self.budget = 8 + self.rng.below(40);
        while self.budget > 0 {
            self.top_level_item();
        }
        let names: Vec<Var> = self.scopes[0].clone();
        for var in names.iter().rev().take(3) {
            self.print_var(var);
        }
    }

    /// The program text, with the prelude the body needs.
    fn finish(self) -> String {
        let mut out = String::new();
        if self.need_math {
            out.push_str("import math\n");
        }
        if self.need_tracker {
            out.push_str(TRACKER);
        }
        if self.need_logged {
            out.push_str(LOGGED);
        }
        for line in &self.lines {
            out.push_str(line);
            out.push('\n');
        }
        out
    }

    /// Writes one line at the current indentation.
    fn line(&mut self, text: &str) {
        let mut line = "    ".repeat(self.indent);
        line.push_str(text);
        self.lines.push(line);
    }

    /// A fresh name with a readable stem.
    fn fresh(&mut self, stem: &str) -> String {
        self.counter += 1;
        format!("{stem}{}", self.counter)
    }

    /// Opens a block (`if ...:` already written): indents and starts a scope.
    fn open(&mut self) {
        self.indent += 1;
        self.scopes.push(Vec::new());
    }

    /// Closes a block; an empty one gets `pass`.
    fn close(&mut self, first_line: usize) {
        if self.lines.len() == first_line {
            self.line("pass");
        }
        self.indent -= 1;
        self.scopes.pop();
    }

    /// Declares a variable in the innermost scope.
    fn bind(&mut self, name: &str, ty: Ty) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.push(Var {
                name: name.to_owned(),
                ty,
            });
        }
    }

    /// A visible variable of type `ty` (any scope), if one exists.
    fn var_of(&mut self, ty: Ty) -> Option<String> {
        let found: Vec<&Var> = self
            .scopes
            .iter()
            .flatten()
            .filter(|v| v.ty == ty)
            .collect();
        if found.is_empty() {
            return None;
        }
        let i = self.rng.below(found.len());
        Some(found[i].name.clone())
    }

    /// A variable of type `ty` this code may assign to.
    fn assignable_of(&mut self, ty: Option<Ty>) -> Option<Var> {
        let found: Vec<Var> = self.scopes[self.assignable_from.min(self.scopes.len())..]
            .iter()
            .flatten()
            .filter(|v| ty.is_none_or(|t| v.ty == t))
            .cloned()
            .collect();
        if found.is_empty() {
            return None;
        }
        let i = self.rng.below(found.len());
        Some(found[i].clone())
    }

    /// A random plain type.
    fn plain_ty(&mut self) -> Ty {
        *self.rng.pick(&PLAIN)
    }

    /// Prints a variable in a form whose text CPython and pyex agree on.
    fn print_var(&mut self, var: &Var) {
        let text = self.printable(&var.name, var.ty);
        self.line(&format!("print({text})"));
    }

    /// `expr` as something to print (sets sorted, objects through repr).
    fn printable(&mut self, expr: &str, ty: Ty) -> String {
        match ty {
            Ty::Set => format!("sorted({expr})"),
            Ty::Obj(_) => format!("repr({expr})"),
            _ => expr.to_owned(),
        }
    }
}

/// The context manager `with` statements use: it prints what happens and
/// suppresses `ValueError` only.
const TRACKER: &str = "class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, kind, value, tb):
        print('exit', self.name, kind.__name__ if kind else None, value)
        return kind is ValueError
";

/// The decorator generated functions may wear.
const LOGGED: &str = "def logged(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, len(args), sorted(kwargs))
        return fn(*args, **kwargs)
    wrapper.__wrapped__ = fn
    return wrapper
";
