//! Simple statements (assignment forms, augmented assignment, print, del,
//! assert) and loops/conditionals, all bounded.

use super::{Gen, Ty};

impl Gen {
    /// One module-level item: a definition or a statement.
    pub(super) fn top_level_item(&mut self) {
        match self.rng.below(12) {
            0 | 1 => self.function_def(),
            2 => self.class_def(),
            3 => self.generator_def(),
            4 => self.recursive_def(),
            _ => self.statement(2),
        }
    }

    /// One statement, compound ones nesting at most `depth` more levels.
    pub(super) fn statement(&mut self, depth: u32) {
        self.budget = self.budget.saturating_sub(1);
        let compound = depth > 0 && self.rng.chance(35);
        if !compound {
            return self.simple_statement();
        }
        let d = depth - 1;
        match self.rng.below(10) {
            0 | 1 => self.if_stmt(d),
            2 | 3 => self.for_stmt(d),
            4 => self.while_stmt(d),
            5 | 6 => self.try_stmt(d),
            7 => self.with_stmt(d),
            8 => self.match_stmt(d),
            _ => self.closure_stmt(),
        }
    }

    /// A block of 1-4 statements.
    pub(super) fn block(&mut self, depth: u32) {
        for _ in 0..=self.rng.below(3) {
            self.statement(depth);
        }
    }

    fn simple_statement(&mut self) {
        match self.rng.below(18) {
            16 | 17 => self.library_stmt(),
            0..=3 => self.assign_new(),
            4 => self.reassign(),
            5 => self.augmented(),
            6 => self.unpack(),
            7 => self.subscript_assign(),
            8 => self.del_temp(),
            9 => self.assert_stmt(),
            10 if self.loops > 0 => {
                let c = self.expr(Ty::Bool, 1);
                let word = *self.rng.pick(&["break", "continue"]);
                self.line(&format!("if {c}: {word}"));
            }
            11 => {
                let ty = self.plain_ty();
                let e = self.expr(ty, 2);
                let text = self.printable(&e, ty);
                let sep = *self.rng.pick(&["' '", "'|'"]);
                let end = *self.rng.pick(&["'\\n'", "'.\\n'"]);
                self.line(&format!("print({text}, {text}, sep={sep}, end={end})"));
            }
            12 if self.rng.chance(30) => {
                if let Some(&Some(ty)) = self.returns.last() {
                    let (c, e) = (self.expr(Ty::Bool, 1), self.expr(ty, 1));
                    self.line(&format!("if {c}: return {e}"));
                }
            }
            _ => {
                let ty = self.plain_ty();
                let e = self.expr(ty, 3);
                let text = self.printable(&e, ty);
                self.line(&format!("print({text})"));
            }
        }
    }

    /// `name = expr` (sometimes annotated or chained), then bound.
    fn assign_new(&mut self) {
        let ty = if !self.classes.is_empty() && self.rng.chance(10) {
            Ty::Obj(self.rng.below(self.classes.len()))
        } else {
            self.plain_ty()
        };
        let name = self.fresh(match ty {
            Ty::Int => "n",
            Ty::Float => "x",
            Ty::Str => "s",
            Ty::Bool => "flag",
            Ty::ListInt => "nums",
            Ty::ListStr => "words",
            Ty::Dict => "table",
            Ty::Tuple => "pair",
            Ty::Set => "seen",
            Ty::Obj(_) => "obj",
        });
        let value = self.expr(ty, 3);
        match self.rng.below(6) {
            0 if ty == Ty::Int => self.line(&format!("{name}: int = {value}")),
            1 => {
                let other = self.fresh("alias");
                self.line(&format!("{name} = {other} = {value}"));
                self.bind(&other, ty);
            }
            2 if ty == Ty::Int && self.rng.chance(50) => {
                let c = self.expr(Ty::Int, 1);
                self.line(&format!("if ({name} := {value}) > {c}:"));
                self.line(&format!("    print('big', {name})"));
            }
            _ => self.line(&format!("{name} = {value}")),
        }
        self.bind(&name, ty);
    }

    /// `var = expr` for an assignable variable of the same type.
    fn reassign(&mut self) {
        let Some(var) = self.assignable_of(None) else {
            return self.assign_new();
        };
        let value = self.expr(var.ty, 2);
        self.line(&format!("{} = {value}", var.name));
    }

    /// `var op= expr`, type-preserving.
    fn augmented(&mut self) {
        let Some(var) = self.assignable_of(None) else {
            return self.assign_new();
        };
        let n = var.name;
        let text = match var.ty {
            Ty::Int => format!(
                "{n} {}= {}",
                self.rng.pick(&["+", "-", "|", "^", "&"]),
                self.expr(Ty::Int, 1)
            ),
            Ty::Float => format!(
                "{n} {}= {}",
                self.rng.pick(&["+", "-"]),
                self.expr(Ty::Float, 1)
            ),
            Ty::Str => match self.rng.below(3) {
                0 => format!("{n} += '!'"),
                1 => format!("{n} += str(len({n}))"),
                _ => format!("{n} = {n}[:20] + {}", self.expr(Ty::Str, 0)),
            },
            Ty::ListInt => format!("{n} += [{}]", self.expr(Ty::Int, 1)),
            Ty::ListStr => format!("{n}.append({})", self.expr(Ty::Str, 0)),
            Ty::Dict => format!("{n} |= {{{}: {}}}", self.dict_key(), self.expr(Ty::Int, 1)),
            Ty::Tuple => format!("{n} += ({},)", self.expr(Ty::Int, 1)),
            Ty::Set => format!("{n} |= {{{}}}", self.expr(Ty::Int, 1)),
            Ty::Bool => format!("{n} = not {n}"),
            Ty::Obj(_) => format!("print(repr({n}))"),
        };
        self.line(&text);
    }

    /// Tuple and starred unpacking.
    fn unpack(&mut self) {
        let (a, b) = (self.fresh("a"), self.fresh("b"));
        match self.rng.below(4) {
            0 => {
                let (x, y) = (self.expr(Ty::Int, 2), self.expr(Ty::Str, 2));
                self.line(&format!("{a}, {b} = {x}, {y}"));
                self.bind(&a, Ty::Int);
                self.bind(&b, Ty::Str);
            }
            1 => {
                let (x, y, z) = (
                    self.expr(Ty::Int, 1),
                    self.expr(Ty::Int, 1),
                    self.expr(Ty::ListInt, 1),
                );
                self.line(&format!("{a}, *{b} = [{x}, {y}, *{z}]"));
                self.bind(&a, Ty::Int);
                self.bind(&b, Ty::ListInt);
            }
            2 => {
                let x = self.expr(Ty::Int, 2);
                let y = self.nonzero_int();
                self.line(&format!("({a}, {b}) = divmod({x}, {y})"));
                self.bind(&a, Ty::Int);
                self.bind(&b, Ty::Int);
            }
            _ => {
                let c = self.fresh("c");
                let (x, y) = (self.expr(Ty::Int, 1), self.expr(Ty::Str, 1));
                self.line(&format!("[{a}, ({b}, {c})] = [{x}, ({y}, [1, 2])]"));
                self.bind(&a, Ty::Int);
                self.bind(&b, Ty::Str);
                self.bind(&c, Ty::ListInt);
            }
        }
    }

    fn nonzero_int(&mut self) -> String {
        let e = self.expr(Ty::Int, 1);
        format!("({e} or 3)")
    }

    /// `lst[i] = v`, `d[k] = v` and `del d[k]` on assignable containers.
    fn subscript_assign(&mut self) {
        if let Some(var) = self.assignable_of(Some(Ty::ListInt)) {
            let (i, v) = (self.expr(Ty::Int, 1), self.expr(Ty::Int, 1));
            let n = &var.name;
            self.line(&format!("if {n}: {n}[{i} % len({n})] = {v}"));
            if self.rng.chance(30) {
                let times = self.rng.range(0, 3);
                self.line(&format!("{n}[1:3] = [{v}] * {times}"));
            }
        } else if let Some(var) = self.assignable_of(Some(Ty::Dict)) {
            let (k, v) = (self.dict_key(), self.expr(Ty::Int, 1));
            let n = &var.name;
            self.line(&format!("{n}[{k}] = {v}"));
            if self.rng.chance(40) {
                let k = self.dict_key();
                self.line(&format!("if {k} in {n}: del {n}[{k}]"));
            }
        } else {
            self.assign_new();
        }
    }

    /// A temporary: assigned, printed, deleted (never visible afterwards).
    fn del_temp(&mut self) {
        let name = self.fresh("tmp");
        let ty = self.plain_ty();
        let v = self.expr(ty, 2);
        self.line(&format!("{name} = {v}"));
        let text = self.printable(&name, ty);
        self.line(&format!("print({text})"));
        self.line(&format!("del {name}"));
    }

    /// `assert` that may fail, inside `try`.
    fn assert_stmt(&mut self) {
        let c = self.expr(Ty::Bool, 2);
        let m = self.expr(Ty::Str, 1);
        self.line("try:");
        self.line(&format!("    assert {c}, {m}"));
        self.line("    print('assert ok')");
        self.line("except AssertionError as e:");
        self.line("    print('assert failed:', e)");
    }

    fn if_stmt(&mut self, d: u32) {
        let c = self.expr(Ty::Bool, 2);
        self.line(&format!("if {c}:"));
        let start = self.lines.len();
        self.open();
        self.block(d);
        self.close(start);
        for _ in 0..self.rng.below(3) {
            let c = self.expr(Ty::Bool, 2);
            self.line(&format!("elif {c}:"));
            let start = self.lines.len();
            self.open();
            self.block(d);
            self.close(start);
        }
        if self.rng.chance(50) {
            self.line("else:");
            let start = self.lines.len();
            self.open();
            self.block(d);
            self.close(start);
        }
    }

    fn for_stmt(&mut self, d: u32) {
        let (i, j) = (self.fresh("i"), self.fresh("j"));
        // Loops run over copies: a body that appends to the list it walks
        // (or adds keys to the dict) must not loop forever or raise.
        let (head, ty, second) = match self.rng.below(6) {
            0 => (
                format!("for {i} in range({}):", self.rng.range(0, 6)),
                Ty::Int,
                None,
            ),
            1 => (
                format!("for {i} in list({}):", self.expr(Ty::ListInt, 1)),
                Ty::Int,
                None,
            ),
            2 => (
                format!("for {i} in list({}):", self.expr(Ty::ListStr, 1)),
                Ty::Str,
                None,
            ),
            3 => {
                let e = self.expr(Ty::ListStr, 1);
                let start = self.rng.range(0, 2);
                (
                    format!("for {i}, {j} in enumerate(list({e}), start={start}):"),
                    Ty::Int,
                    Some(Ty::Str),
                )
            }
            4 => (
                format!("for {i}, {j} in list({}.items()):", self.expr(Ty::Dict, 1)),
                Ty::Str,
                Some(Ty::Int),
            ),
            _ => {
                let n = self.rng.range(0, 5);
                let e = self.expr(Ty::ListStr, 1);
                (
                    format!("for {i}, {j} in zip(range({n}), list({e})):"),
                    Ty::Int,
                    Some(Ty::Str),
                )
            }
        };
        self.line(&head);
        self.scopes.push(vec![]);
        self.bind(&i, ty);
        if let Some(t) = second {
            self.bind(&j, t);
        }
        self.loop_body(d);
        self.scopes.pop();
    }

    /// A loop body (with `break`/`continue` allowed), then maybe `else:`.
    fn loop_body(&mut self, d: u32) {
        let start = self.lines.len();
        self.open();
        self.loops += 1;
        self.block(d);
        self.loops -= 1;
        self.close(start);
        if self.rng.chance(30) {
            self.line("else:");
            let start = self.lines.len();
            self.open();
            self.line("print('loop finished')");
            self.close(start);
        }
    }

    /// A `while` over a counter that only grows (the body never sees it).
    fn while_stmt(&mut self, d: u32) {
        let k = self.fresh("k");
        self.line(&format!("{k} = 0"));
        let bound = self.rng.range(0, 5);
        self.line(&format!("while {k} < {bound}:"));
        self.indent += 1;
        self.line(&format!("{k} += 1"));
        self.indent -= 1;
        self.loop_body(d);
        self.line(&format!("print('{k}', {k})"));
    }
}
