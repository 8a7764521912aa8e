//! Definitions: functions (defaults, `*args`, keyword-only, `**kwargs`,
//! decorators, `global`), classes (inheritance, dunders, properties,
//! class and static methods), generators (`yield from`), bounded recursion
//! and closures (`nonlocal`, lambdas).

use super::{Class, Func, Gen, Ty};

impl Gen {
    /// Enters a function body: its own scope, nothing outside assignable.
    fn enter_function(&mut self, ret: Option<Ty>) -> (usize, usize) {
        self.scopes.push(Vec::new());
        let saved = (self.assignable_from, self.loops);
        self.assignable_from = self.scopes.len() - 1;
        self.loops = 0;
        self.returns.push(ret);
        self.indent += 1;
        saved
    }

    fn leave_function(&mut self, saved: (usize, usize)) {
        self.indent -= 1;
        self.returns.pop();
        self.scopes.pop();
        (self.assignable_from, self.loops) = saved;
    }

    /// A top-level function with a random signature; registered for calls.
    pub(super) fn function_def(&mut self) {
        let name = self.fresh("func");
        let required = self.rng.below(3);
        let star = self.rng.chance(40);
        let ret = *self.rng.pick(&[Ty::Int, Ty::Int, Ty::Str, Ty::ListInt]);
        let params: Vec<String> = (0..required).map(|i| format!("p{i}")).collect();
        let mut sig = params.clone();
        if self.rng.chance(40) {
            sig.push(format!("opt={}", self.int_literal()));
        }
        if star {
            sig.extend(["*args".to_owned(), "k=0".to_owned(), "**kw".to_owned()]);
        }
        if self.rng.chance(20) {
            self.need_logged = true;
            self.line("@logged");
        }
        self.line(&format!("def {name}({}):", sig.join(", ")));
        let saved = self.enter_function(Some(ret));
        if self.rng.chance(15) {
            self.line(&format!("\"\"\"Docstring of {name}.\"\"\""));
        }
        for p in &params {
            self.bind(p, Ty::Int);
        }
        if sig.iter().any(|p| p.starts_with("opt=")) {
            self.bind("opt", Ty::Int);
        }
        if star {
            self.bind("args", Ty::Tuple);
            self.bind("k", Ty::Int);
            self.bind("kw", Ty::Dict);
        }
        if let Some(global) = self.module_int() {
            if self.rng.chance(30) {
                self.line(&format!("global {global}"));
                self.line(&format!("{global} += 1"));
            }
        }
        self.block(1);
        let value = self.expr(ret, 2);
        self.line(&format!("return {value}"));
        self.leave_function(saved);
        self.funcs.push(Func {
            name,
            required,
            star,
            ret,
            generator: false,
        });
    }

    /// An int variable bound at module level (for `global`).
    fn module_int(&mut self) -> Option<String> {
        let found: Vec<String> = self.scopes[0]
            .iter()
            .filter(|v| v.ty == Ty::Int)
            .map(|v| v.name.clone())
            .collect();
        (!found.is_empty()).then(|| self.rng.pick(&found).clone())
    }

    /// A generator function over `n`, with `yield from`.
    pub(super) fn generator_def(&mut self) {
        let name = self.fresh("gen");
        self.line(&format!("def {name}(n):"));
        let saved = self.enter_function(None);
        self.bind("n", Ty::Int);
        let step = self.expr(Ty::Int, 1);
        self.line("for v in range(n):");
        self.line("    if v % 2 == 0:");
        self.line(&format!("        yield v * {step}"));
        self.line("    else:");
        self.line("        yield -v");
        let others: Vec<String> = self
            .funcs
            .iter()
            .filter(|f| f.generator)
            .map(|f| f.name.clone())
            .collect();
        if let Some(other) = (!others.is_empty()).then(|| self.rng.pick(&others).clone()) {
            self.line(&format!("yield from {other}(n - 1)"));
        }
        let tail = self.expr(Ty::ListInt, 1);
        self.line(&format!("got = yield from iter({tail})"));
        self.line("if got is not None:");
        self.line("    yield got");
        self.leave_function(saved);
        self.funcs.push(Func {
            name: name.clone(),
            required: 1,
            star: false,
            ret: Ty::ListInt,
            generator: true,
        });
        let var = self.fresh("it");
        let n = self.rng.range(0, 5);
        self.line(&format!("{var} = {name}({n})"));
        self.line(&format!("print(next({var}, 'empty'), list({var}))"));
    }

    /// A recursive function bounded by its argument, called a few times.
    pub(super) fn recursive_def(&mut self) {
        let name = self.fresh("rec");
        self.line(&format!("def {name}(n, acc=0):"));
        let saved = self.enter_function(Some(Ty::Int));
        self.bind("n", Ty::Int);
        self.bind("acc", Ty::Int);
        let base = self.expr(Ty::Int, 1);
        self.line("if n <= 0:");
        self.line(&format!("    return acc + {base}"));
        let step = self.expr(Ty::Int, 1);
        let op = *self.rng.pick(&["+", "-", "^"]);
        self.line(&format!(
            "return {name}(n - 1, acc {op} n) {op} ({step}) % 97"
        ));
        self.leave_function(saved);
        let calls: Vec<String> = (0..=self.rng.below(2))
            .map(|_| format!("{name}({})", self.rng.range(0, 150)))
            .collect();
        self.line(&format!("print({})", calls.join(", ")));
    }

    /// A closure with `nonlocal` state, or lambdas capturing loop values.
    pub(super) fn closure_stmt(&mut self) {
        let name = self.fresh("make");
        if self.rng.chance(50) {
            let start = self.expr(Ty::Int, 1);
            self.line(&format!("def {name}(start):"));
            self.line("    total = start");
            self.line("    def step(x=1):");
            self.line("        nonlocal total");
            self.line("        total += x");
            self.line("        return total");
            self.line("    return step");
            let c = self.fresh("counter");
            self.line(&format!("{c} = {name}({start})"));
            let a = self.expr(Ty::Int, 1);
            self.line(&format!("print({c}(), {c}({a}), {c}.__name__)"));
        } else {
            let e = self.expr(Ty::Int, 1);
            let n = self.rng.range(0, 4);
            self.line(&format!(
                "{name} = [lambda x, i=i: x * i + {e} for i in range({n})]"
            ));
            self.line(&format!("print([f(3) for f in {name}])"));
        }
    }

    /// A class (sometimes a subclass of an earlier one) and a few instances.
    pub(super) fn class_def(&mut self) {
        let parent = (!self.classes.is_empty() && self.rng.chance(40))
            .then(|| self.rng.below(self.classes.len()));
        let name = self.fresh("Node");
        let index = self.classes.len();
        match parent {
            None => self.root_class(&name),
            Some(p) => self.sub_class(&name, p),
        }
        for _ in 0..=self.rng.below(2) {
            let var = self.fresh("obj");
            let value = self.construct(index, 1);
            self.line(&format!("{var} = {value}"));
            self.line(&format!("print({var})"));
            self.bind(&var, Ty::Obj(index));
        }
    }

    fn root_class(&mut self, name: &str) {
        let n = 1 + self.rng.below(3);
        let fields: Vec<String> = (0..n).map(|i| format!("f{i}")).collect();
        let ordered = self.rng.chance(60);
        let tuple = |prefix: &str| -> String {
            let items: Vec<String> = fields.iter().map(|f| format!("{prefix}.{f}")).collect();
            format!("({},)", items.join(", "))
        };
        let (me, other) = (tuple("self"), tuple("other"));
        self.line(&format!("class {name}:"));
        self.indent += 1;
        self.line(&format!(
            "__match_args__ = ({})",
            fields
                .iter()
                .map(|f| format!("'{f}', "))
                .collect::<String>()
        ));
        self.line("made = 0");
        self.line(&format!("def __init__(self, {}):", fields.join(", ")));
        for f in &fields {
            self.line(&format!("    self.{f} = {f}"));
        }
        self.line(&format!("    {name}.made += 1"));
        let shown: Vec<String> = fields
            .iter()
            .map(|f| format!("{f}={{self.{f}!r}}"))
            .collect();
        self.line("def __repr__(self):");
        self.line(&format!(
            "    return f'{{type(self).__name__}}({})'",
            shown.join(", ")
        ));
        self.line("def __eq__(self, other):");
        self.line(&format!(
            "    return isinstance(other, {name}) and {me} == {other}"
        ));
        self.line("__hash__ = None");
        if ordered {
            self.line("def __lt__(self, other):");
            self.line(&format!("    return {me} < {other}"));
            self.line("def __iter__(self):");
            self.line(&format!("    yield from {me}"));
        }
        let sums: Vec<String> = fields
            .iter()
            .map(|f| format!("self.{f} + other.{f}"))
            .collect();
        self.line("def __add__(self, other):");
        self.line(&format!("    return type(self)({})", sums.join(", ")));
        self.line("def __len__(self):");
        self.line(&format!("    return abs(self.{}) % 10", fields[0]));
        self.line("@property");
        self.line("def total(self):");
        self.line(&format!("    return sum({me})"));
        self.line("@classmethod");
        self.line("def make(cls, v):");
        self.line(&format!("    return cls({})", vec!["v"; n].join(", ")));
        self.line("@staticmethod");
        self.line("def helper(x):");
        self.line("    return x * 2 + 1");
        self.method_with_body();
        self.indent -= 1;
        self.classes.push(Class {
            name: name.to_owned(),
            required: fields.len(),
            fields,
            ordered,
        });
    }

    /// `def measure(self, k)`: a random body returning an int.
    fn method_with_body(&mut self) {
        self.line("def measure(self, k=1):");
        let saved = self.enter_function(Some(Ty::Int));
        self.bind("k", Ty::Int);
        self.block(1);
        let e = self.expr(Ty::Int, 2);
        self.line(&format!("return self.total * k + {e}"));
        self.leave_function(saved);
    }

    fn sub_class(&mut self, name: &str, parent: usize) {
        let base = self.classes[parent].clone();
        let mut fields = base.fields.clone();
        let extra = format!("f{}", fields.len());
        self.line(&format!("class {name}({}):", base.name));
        self.indent += 1;
        let params = fields.join(", ");
        let sig: Vec<String> = fields
            .iter()
            .enumerate()
            .map(|(i, f)| {
                if i < base.required {
                    f.clone()
                } else {
                    format!("{f}=0")
                }
            })
            .collect();
        self.line(&format!(
            "def __init__(self, {}, {extra}=0):",
            sig.join(", ")
        ));
        self.line(&format!("    super().__init__({params})"));
        self.line(&format!("    self.{extra} = {extra}"));
        self.line("def __repr__(self):");
        self.line(&format!(
            "    return f'<{{super().__repr__()}} +{{self.{extra}}}>'"
        ));
        self.line("@property");
        self.line("def total(self):");
        self.line(&format!("    return super().total * 2 + self.{extra}"));
        if self.rng.chance(50) {
            self.method_with_body();
        }
        self.indent -= 1;
        fields.push(extra);
        self.classes.push(Class {
            name: name.to_owned(),
            fields,
            ordered: base.ordered,
            required: base.required,
        });
    }

    /// A constructor call of class `c`.
    pub(super) fn construct(&mut self, c: usize, d: u32) -> String {
        let class = self.classes[c].clone();
        if self.rng.chance(20) {
            return format!("{}.make({})", class.name, self.expr(Ty::Int, d));
        }
        let args: Vec<String> = class.fields.iter().map(|_| self.expr(Ty::Int, d)).collect();
        format!("{}({})", class.name, args.join(", "))
    }

    /// An expression of class `c`'s instances.
    pub(super) fn obj_expr(&mut self, c: usize, d: u32) -> String {
        if self.rng.chance(40) {
            let (a, b) = (self.expr(Ty::Obj(c), d), self.expr(Ty::Obj(c), d));
            return format!("({a} + {b})");
        }
        self.construct(c, d)
    }

    /// An int computed from an instance, if one is visible.
    pub(super) fn obj_int(&mut self, d: u32) -> Option<String> {
        let c = self.rng.below(self.classes.len().max(1));
        let class = self.classes.get(c)?.clone();
        let o = self.expr(Ty::Obj(c), d);
        let f = self.rng.pick(&class.fields).clone();
        Some(match self.rng.below(8) {
            0 => format!("{o}.{f}"),
            1 => format!("{o}.total"),
            2 => format!("len({o})"),
            3 => format!("{o}.measure({})", self.expr(Ty::Int, d)),
            4 => format!("{}.helper({})", class.name, self.expr(Ty::Int, d)),
            5 => format!("{}.made", class.name),
            6 if class.ordered => format!("int({o} < {})", self.expr(Ty::Obj(c), d)),
            7 if class.ordered => format!("sum({o})"),
            _ => format!("int({o} == {})", self.expr(Ty::Obj(c), d)),
        })
    }
}
