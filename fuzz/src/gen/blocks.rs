//! `try` (with operations that raise, handlers that print the exception,
//! `else` and `finally`), `with` over the `Tracker` context manager, and
//! `match` with literal, capture, sequence, mapping, class and or-patterns.

use super::{Gen, Ty};

/// Statements that raise (CPython's message is part of what is compared).
const RISKY: &[&str] = &[
    "print(1 // ZERO)",
    "print({'a': 1}['missing'])",
    "print([1, 2][10])",
    "print(int('abc'))",
    "print(1 + 'a')",
    "print(None.attr)",
    "print('x' * 'y')",
    "print([].pop())",
    "print(float('nan') > 1, int(float('inf')))",
    "print((1).real.imag.foo)",
    "print('abc'.index('z'))",
    "print(sorted([1, 'a']))",
    "print(len(5))",
    "print(undefined_name)",
    "raise ValueError('bad value', 3)",
    "raise KeyError('key')",
    "raise RuntimeError('boom') from ValueError('cause')",
    "print({}.popitem())",
    "print(divmod(1, 0))",
    "print(next(iter([])))",
    "print('%d' % 'x')",
    "print(tuple(range(3))[5])",
    "print(int('12', 1))",
    "print(chr(-1))",
    "print(hash([]))",
];

impl Gen {
    /// `try` / `except` ... / `else` / `finally`; nothing escapes it.
    pub(super) fn try_stmt(&mut self, d: u32) {
        self.line("try:");
        let start = self.lines.len();
        self.open();
        self.block(d);
        if self.rng.chance(70) {
            let risky = self
                .rng
                .pick(RISKY)
                .replace("ZERO", &format!("({} * 0)", self.expr(Ty::Int, 1)));
            if risky.starts_with("raise") && self.rng.chance(40) {
                let class = self.fresh("AppError");
                self.line(&format!("class {class}(ValueError):"));
                self.line("    def __init__(self, code):");
                self.line("        super().__init__(f'code {code}')");
                self.line("        self.code = code");
                let code = self.expr(Ty::Int, 1);
                self.line(&format!("raise {class}({code})"));
            } else {
                self.line(&risky);
            }
        }
        self.close(start);
        let handlers = [
            "except (ValueError, KeyError) as e:",
            "except ZeroDivisionError as e:",
            "except (IndexError, TypeError) as e:",
            "except LookupError as e:",
            "except ArithmeticError as e:",
        ];
        for _ in 0..self.rng.below(3) {
            let h = *self.rng.pick(&handlers);
            self.line(h);
            self.handler_body(d);
        }
        self.line("except Exception as e:");
        self.handler_body(d);
        if self.rng.chance(30) {
            self.line("else:");
            self.line("    print('no exception')");
        }
        if self.rng.chance(50) {
            self.line("finally:");
            let start = self.lines.len();
            self.open();
            self.line("print('finally')");
            if self.rng.chance(30) {
                self.block(0);
            }
            self.close(start);
        }
    }

    /// An `except` body: prints the exception, maybe more statements.
    fn handler_body(&mut self, d: u32) {
        let start = self.lines.len();
        self.open();
        let show = *self.rng.pick(&[
            "print('caught', type(e).__name__, e)",
            "print('caught', repr(e))",
            "print('caught', e.args, e.__cause__, type(e).__mro__[1].__name__)",
            "print('caught', str(e) or '<empty>', isinstance(e, LookupError))",
        ]);
        self.line(show);
        if self.rng.chance(20) {
            self.block(d.saturating_sub(1));
        }
        self.close(start);
    }

    /// `with Tracker(...) as name:`, sometimes two managers, sometimes
    /// raising the `ValueError` the tracker suppresses.
    pub(super) fn with_stmt(&mut self, d: u32) {
        self.need_tracker = true;
        let (a, b) = (self.fresh("w"), self.fresh("w"));
        if self.rng.chance(30) {
            self.line(&format!(
                "with Tracker('{a}') as {a}, Tracker('{b}') as {b}:"
            ));
        } else {
            self.line(&format!("with Tracker('{a}') as {a}:"));
        }
        let start = self.lines.len();
        self.open();
        self.bind(&a, Ty::Str);
        self.block(d);
        if self.rng.chance(30) {
            let m = self.expr(Ty::Str, 1);
            self.line(&format!("raise ValueError({m})"));
        }
        self.close(start);
    }

    /// A `match` over a subject of a random type.
    pub(super) fn match_stmt(&mut self, d: u32) {
        let ty = *self
            .rng
            .pick(&[Ty::Int, Ty::Str, Ty::ListInt, Ty::Dict, Ty::Tuple]);
        let ty = if !self.classes.is_empty() && self.rng.chance(25) {
            Ty::Obj(self.rng.below(self.classes.len()))
        } else {
            ty
        };
        let subject = self.expr(ty, 2);
        self.line(&format!("match {subject}:"));
        self.indent += 1;
        for _ in 0..=self.rng.below(3) {
            let (pattern, binds) = self.pattern(ty);
            let guard = if self.rng.chance(25) && !pattern.contains(" if ") {
                format!(" if {}", self.expr(Ty::Bool, 1))
            } else {
                String::new()
            };
            self.line(&format!("case {pattern}{guard}:"));
            let start = self.lines.len();
            self.open();
            for (name, t) in &binds {
                self.bind(name, *t);
            }
            let shown = match binds.first() {
                Some((name, t)) => self.printable(name, *t),
                None => "'-'".to_owned(),
            };
            self.line(&format!("print('case', {shown})"));
            self.block(d);
            self.close(start);
        }
        self.line("case _:");
        self.line("    print('no match')");
        self.indent -= 1;
    }

    /// A pattern for a subject of type `ty`, with the names it binds.
    fn pattern(&mut self, ty: Ty) -> (String, Vec<(String, Ty)>) {
        let (a, b) = (self.fresh("m"), self.fresh("m"));
        match ty {
            Ty::Int => match self.rng.below(4) {
                0 => (
                    format!("{} | {}", self.rng.range(-2, 5), self.rng.range(0, 12)),
                    vec![],
                ),
                1 => (format!("int({a})"), vec![(a, Ty::Int)]),
                2 => (
                    format!("({} as {a})", self.rng.range(0, 5)),
                    vec![(a, Ty::Int)],
                ),
                _ => (
                    format!("{a} if {a} > {}", self.rng.range(-5, 50)),
                    vec![(a, Ty::Int)],
                ),
            },
            Ty::Str => match self.rng.below(3) {
                0 => ("'abc' | 'x' 'y' | ''".to_owned(), vec![]),
                1 => (format!("str() as {a}"), vec![(a, Ty::Str)]),
                _ => (
                    format!("{a} if len({a}) > {}", self.rng.range(0, 5)),
                    vec![(a, Ty::Str)],
                ),
            },
            Ty::ListInt | Ty::Tuple => match self.rng.below(4) {
                0 => ("[]".to_owned(), vec![]),
                1 => (format!("[{a}]"), vec![(a, Ty::Int)]),
                2 => (format!("[{a}, *{b}]"), vec![(a, Ty::Int), (b, Ty::ListInt)]),
                _ => (
                    format!("({a}, {}, *_)", self.rng.range(0, 3)),
                    vec![(a, Ty::Int)],
                ),
            },
            Ty::Dict => match self.rng.below(3) {
                0 => (format!("{{'k0': {a}}}"), vec![(a, Ty::Int)]),
                1 => (
                    format!("{{'k1': {a}, **{b}}}"),
                    vec![(a, Ty::Int), (b, Ty::Dict)],
                ),
                _ => ("{}".to_owned(), vec![]),
            },
            Ty::Obj(c) => {
                let class = self.classes[c].clone();
                match self.rng.below(3) {
                    0 => (format!("{}({a})", class.name), vec![(a, Ty::Int)]),
                    1 => (
                        format!("{}(f0={})", class.name, self.rng.range(0, 3)),
                        vec![],
                    ),
                    _ => (format!("{}() as {a}", class.name), vec![(a, Ty::Obj(c))]),
                }
            }
            _ => ("_".to_owned(), vec![]),
        }
    }
}
