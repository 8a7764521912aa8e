//! Typed expressions: `expr(ty, depth)` builds an expression of type `ty`
//! that CPython evaluates without raising (divisors are never zero, indexes
//! stay in range, exponents and repetitions stay small).

use super::{Gen, Ty};

/// String literals, escapes included (as source text).
const STRINGS: &[&str] = &[
    "'abc'",
    "\"hello world\"",
    "''",
    "'tab\\there'",
    "'line\\nbreak'",
    "'quote\\'s'",
    "\"dq\\\"x\"",
    "'\\x41\\x42'",
    "'\\u00e9t\\u00e9'",
    "'\\N{GREEK SMALL LETTER ALPHA}'",
    "'back\\\\slash'",
    "r'raw\\d+'",
    "'caf\u{e9} \u{fc}ber'",
    "'\u{4e2d}\u{6587}'",
    "'a,b,,c'",
    "'  padded  '",
    "'MiXeD CaSe'",
    "'''tri\nple'''",
    "'x' 'y'",
    "'\\0nul'",
];

/// Float literals.
const FLOATS: &[&str] = &[
    "0.0", "1.5", "-2.25", "0.1", "1e-3", "2.5e10", ".5", "3.", "1_000.5", "-0.0", "1e22",
    "123.456",
];

/// Format specs for ints, floats and strings in f-strings.
const INT_SPECS: &[&str] = &[
    "", ":5d", ":+", ":x", ":08b", ":,", ":_", ":>6", ":<4", ":^7", ":o", ":#x", ":e", ":%",
];
const FLOAT_SPECS: &[&str] = &[
    "", ":.2f", ":10.3e", ":g", ":.1%", ":+.3", ":>12.4f", ":,.2f", ":08.2f", ":.0f",
];
const STR_SPECS: &[&str] = &["", ":>12", ":^9", ":*<7", ":.3", "!r", "!r:>10", ":10"];

impl Gen {
    /// An expression of type `ty`, at most `depth` operators deep.
    pub(super) fn expr(&mut self, ty: Ty, depth: u32) -> String {
        if depth == 0 || self.rng.chance(25) {
            return self.leaf(ty);
        }
        let d = depth - 1;
        if self.rng.chance(12) {
            if let Some(e) = self.zoo(ty, d) {
                return e;
            }
        }
        match ty {
            Ty::Int => self.int_expr(d),
            Ty::Float => self.float_expr(d),
            Ty::Str => self.str_expr(d),
            Ty::Bool => self.bool_expr(d),
            Ty::ListInt => self.list_int_expr(d),
            Ty::ListStr => self.list_str_expr(d),
            Ty::Dict => self.dict_expr(d),
            Ty::Tuple => self.tuple_expr(d),
            Ty::Set => self.set_expr(d),
            Ty::Obj(c) => self.obj_expr(c, d),
        }
    }

    /// A literal or variable of type `ty`.
    fn leaf(&mut self, ty: Ty) -> String {
        if self.rng.chance(50) {
            if let Some(name) = self.var_of(ty) {
                return name;
            }
        }
        match ty {
            Ty::Int => self.int_literal(),
            Ty::Float => (*self.rng.pick(FLOATS)).to_owned(),
            Ty::Str => (*self.rng.pick(STRINGS)).to_owned(),
            Ty::Bool => (*self.rng.pick(&["True", "False"])).to_owned(),
            Ty::ListInt => {
                let items: Vec<String> =
                    (0..self.rng.below(5)).map(|_| self.int_literal()).collect();
                format!("[{}]", items.join(", "))
            }
            Ty::ListStr => {
                let items: Vec<String> = (0..self.rng.below(4))
                    .map(|_| (*self.rng.pick(STRINGS)).to_owned())
                    .collect();
                format!("[{}]", items.join(", "))
            }
            Ty::Dict => {
                let n = self.rng.below(4);
                let items: Vec<String> = (0..n)
                    .map(|i| format!("'k{i}': {}", self.int_literal()))
                    .collect();
                format!("{{{}}}", items.join(", "))
            }
            Ty::Tuple => match self.rng.below(3) {
                0 => "()".to_owned(),
                1 => format!("({},)", self.int_literal()),
                _ => format!("({}, {})", self.int_literal(), self.int_literal()),
            },
            Ty::Set => format!("{{{}, {}}}", self.int_literal(), self.int_literal()),
            Ty::Obj(c) => self.construct(c, 0),
        }
    }

    /// An int literal: small, negative, big, or in another base.
    pub(super) fn int_literal(&mut self) -> String {
        match self.rng.below(10) {
            0..=4 => self.rng.range(0, 12).to_string(),
            5 => format!("-{}", self.rng.range(1, 100)),
            6 => {
                let digits = 19 + self.rng.below(25);
                let mut s: String = (0..digits)
                    .map(|_| char::from(b'0' + self.rng.below(10) as u8))
                    .collect();
                s.replace_range(0..1, "7");
                if self.rng.chance(30) {
                    s.insert(0, '-');
                    format!("({s})")
                } else {
                    s
                }
            }
            7 => (*self.rng.pick(&[
                "0x1F",
                "0o17",
                "0b1011",
                "1_000_000",
                "0XFF",
                "9223372036854775807",
                "2**63",
                "-2**64",
            ]))
            .to_owned()
            .replace("-2**64", "(-2**64)"),
            _ => self.rng.range(100, 5000).to_string(),
        }
    }

    /// A non-zero int expression (a divisor).
    fn nonzero(&mut self, d: u32) -> String {
        format!("({} or 1)", self.expr(Ty::Int, d))
    }

    fn int_expr(&mut self, d: u32) -> String {
        match self.rng.below(22) {
            0 => format!("({} + {})", self.expr(Ty::Int, d), self.expr(Ty::Int, d)),
            1 => format!("({} - {})", self.expr(Ty::Int, d), self.expr(Ty::Int, d)),
            2 => format!("({} * {})", self.expr(Ty::Int, d), self.expr(Ty::Int, d)),
            3 => format!("({} // {})", self.expr(Ty::Int, d), self.nonzero(d)),
            4 => format!("({} % {})", self.expr(Ty::Int, d), self.nonzero(d)),
            5 => format!("(-{})", self.expr(Ty::Int, d)),
            6 => format!(
                "(({} % 1000) ** {})",
                self.expr(Ty::Int, d),
                self.rng.range(0, 5)
            ),
            7 => {
                let ty = *self
                    .rng
                    .pick(&[Ty::Str, Ty::ListInt, Ty::Dict, Ty::Tuple, Ty::ListStr]);
                format!("len({})", self.expr(ty, d))
            }
            8 => format!(
                "{}({}, {})",
                self.rng.pick(&["max", "min"]),
                self.expr(Ty::Int, d),
                self.expr(Ty::Int, d)
            ),
            9 => format!("sum({})", self.expr(Ty::ListInt, d)),
            10 => format!(
                "({} if {} else {})",
                self.expr(Ty::Int, d),
                self.expr(Ty::Bool, d),
                self.expr(Ty::Int, d)
            ),
            11 => format!(
                "({} {} {})",
                self.expr(Ty::Int, d),
                self.rng.pick(&["&", "|", "^"]),
                self.expr(Ty::Int, d)
            ),
            12 => format!("({} << {})", self.expr(Ty::Int, d), self.rng.range(0, 70)),
            13 => format!("({} >> {})", self.expr(Ty::Int, d), self.rng.range(0, 70)),
            14 => format!("abs({})", self.expr(Ty::Int, d)),
            15 => format!("round({})", self.expr(Ty::Float, d)),
            16 => format!("int(str({}))", self.expr(Ty::Int, d)),
            17 => {
                let l = self.expr(Ty::ListInt, d);
                let i = self.expr(Ty::Int, d);
                format!("(({l})[{i} % len({l})] if {l} else -1)")
            }
            18 => format!(
                "{}.get({}, {})",
                self.expr(Ty::Dict, d),
                self.dict_key(),
                self.expr(Ty::Int, d)
            ),
            19 => format!("ord(({} or 'x')[0])", self.expr(Ty::Str, d)),
            20 => match self.rng.chance(50).then(|| self.obj_int(d)).flatten() {
                Some(e) => e,
                None => self.call_returning(Ty::Int, d),
            },
            _ => format!("sum(x * x for x in range({}))", self.rng.range(0, 9)),
        }
    }

    fn float_expr(&mut self, d: u32) -> String {
        match self.rng.below(9) {
            0 => format!(
                "({} + {})",
                self.expr(Ty::Float, d),
                self.expr(Ty::Float, d)
            ),
            1 => format!(
                "({} * {})",
                self.expr(Ty::Float, d),
                self.expr(Ty::Float, d)
            ),
            2 => format!("({} / {})", self.expr(Ty::Int, d), self.nonzero(d)),
            3 => format!(
                "({} / ({} or 1.0))",
                self.expr(Ty::Float, d),
                self.expr(Ty::Float, d)
            ),
            4 => format!("float({})", self.expr(Ty::Int, d)),
            5 => format!(
                "round({}, {})",
                self.expr(Ty::Float, d),
                self.rng.range(0, 4)
            ),
            6 => {
                self.need_math = true;
                format!("math.sqrt(abs({}))", self.expr(Ty::Float, d))
            }
            7 => format!("({} - {})", self.expr(Ty::Float, d), self.expr(Ty::Int, d)),
            _ => format!(
                "{}({}, {})",
                self.rng.pick(&["max", "min"]),
                self.expr(Ty::Float, d),
                self.expr(Ty::Float, d)
            ),
        }
    }

    fn str_expr(&mut self, d: u32) -> String {
        match self.rng.below(18) {
            0 => format!("({} + {})", self.expr(Ty::Str, d), self.expr(Ty::Str, d)),
            1 => format!("({} * {})", self.expr(Ty::Str, d), self.rng.range(0, 3)),
            2 => format!(
                "{}.{}()",
                self.expr(Ty::Str, d),
                self.rng.pick(&[
                    "upper",
                    "lower",
                    "strip",
                    "title",
                    "swapcase",
                    "capitalize",
                    "casefold",
                    "lstrip"
                ])
            ),
            3 => format!(
                "{}[{}:{}]",
                self.expr(Ty::Str, d),
                self.rng.range(-4, 4),
                self.rng.range(-3, 6)
            ),
            4 => format!("str({})", self.any_expr(d)),
            5 => format!("repr({})", self.any_expr(d)),
            6 => self.fstring(d),
            7 => format!("', '.join({})", self.expr(Ty::ListStr, d)),
            8 => format!(
                "{}.replace({}, {})",
                self.expr(Ty::Str, d),
                self.rng.pick(&["'a'", "' '", "'l'"]),
                self.rng.pick(&["'_'", "''", "'AA'"])
            ),
            9 => format!(
                "('%s-%d-%5.2f' % ({}, {}, {}))",
                self.expr(Ty::Str, d),
                self.expr(Ty::Int, d),
                self.expr(Ty::Float, d)
            ),
            10 => format!(
                "'{{}}:{{!r}}'.format({}, {})",
                self.expr(Ty::Int, d),
                self.expr(Ty::Str, d)
            ),
            11 => format!("chr(65 + {} % 26)", self.expr(Ty::Int, d)),
            12 => format!(
                "{}.center({}, '*')",
                self.expr(Ty::Str, d),
                self.rng.range(0, 12)
            ),
            13 => format!("{}.zfill({})", self.expr(Ty::Str, d), self.rng.range(0, 8)),
            14 => format!(
                "({} if {} else {})",
                self.expr(Ty::Str, d),
                self.expr(Ty::Bool, d),
                self.expr(Ty::Str, d)
            ),
            15 => self.call_returning(Ty::Str, d),
            16 => format!("{}[::-1]", self.expr(Ty::Str, d)),
            _ => format!(
                "format({}, {})",
                self.expr(Ty::Int, d),
                self.rng.pick(&["'>8'", "'x'", "','", "'08b'", "'^5'"])
            ),
        }
    }

    /// An f-string with conversions and format specs (nested spec included).
    fn fstring(&mut self, d: u32) -> String {
        let mut parts = String::new();
        for _ in 0..=self.rng.below(3) {
            if self.rng.chance(40) {
                let piece = *self.rng.pick(&["x=", " | ", "{{lit}}", "\\t", "é"]);
                parts.push_str(piece);
            }
            let field = match self.rng.below(5) {
                0 => format!(
                    "{{{}{}}}",
                    self.field(Ty::Float, d),
                    self.rng.pick(FLOAT_SPECS)
                ),
                1 => format!("{{{}{}}}", self.field(Ty::Str, d), self.rng.pick(STR_SPECS)),
                2 => format!(
                    "{{{}:>{{{}}}}}",
                    self.field(Ty::Int, d),
                    self.rng.range(0, 9)
                ),
                3 => {
                    let name = self
                        .var_of(Ty::Int)
                        .unwrap_or_else(|| "len('abc')".to_owned());
                    format!("{{{}=}}", name.replace('\'', "\""))
                }
                _ => format!("{{{}{}}}", self.field(Ty::Int, d), self.rng.pick(INT_SPECS)),
            };
            parts.push_str(&field);
        }
        format!("f'{parts}'")
    }

    /// An expression of a random plain type.
    fn any_expr(&mut self, d: u32) -> String {
        let ty = self.plain_ty();
        self.expr(ty, d)
    }

    /// An f-string field's expression: double quotes only, no backslash,
    /// newline or nested f-string (all invalid inside a 3.11 f-string).
    pub(super) fn field(&mut self, ty: Ty, d: u32) -> String {
        let expr = self.expr(ty, d).replace('\'', "\"");
        if !expr.contains(['\\', '\n']) && !expr.contains("f\"") && !expr.starts_with('{') {
            return expr;
        }
        match ty {
            Ty::Float => "1.5".to_owned(),
            Ty::Str => "\"abc\"".to_owned(),
            _ => self.rng.range(-5, 500).to_string(),
        }
    }

    fn bool_expr(&mut self, d: u32) -> String {
        match self.rng.below(12) {
            0 => format!(
                "({} {} {})",
                self.expr(Ty::Int, d),
                self.rng.pick(&["<", "<=", "==", "!=", ">", ">="]),
                self.expr(Ty::Int, d)
            ),
            1 => format!(
                "({} and {})",
                self.expr(Ty::Bool, d),
                self.expr(Ty::Bool, d)
            ),
            2 => format!("({} or {})", self.expr(Ty::Bool, d), self.expr(Ty::Bool, d)),
            3 => format!("(not {})", self.expr(Ty::Bool, d)),
            4 => format!(
                "({} in {})",
                self.expr(Ty::Int, d),
                self.expr(Ty::ListInt, d)
            ),
            5 => format!("({} in {})", self.dict_key(), self.expr(Ty::Dict, d)),
            6 => format!(
                "{}.startswith({})",
                self.expr(Ty::Str, d),
                self.rng.pick(&["'a'", "''", "'he'"])
            ),
            7 => format!(
                "isinstance({}, {})",
                self.any_expr(d),
                self.rng
                    .pick(&["int", "str", "(list, tuple)", "float", "bool", "dict"])
            ),
            8 => format!(
                "{}({})",
                self.rng.pick(&["all", "any"]),
                self.expr(Ty::ListInt, d)
            ),
            9 => format!("bool({})", self.any_expr(d)),
            10 => format!(
                "({} < {} < {})",
                self.expr(Ty::Int, d),
                self.expr(Ty::Int, d),
                self.expr(Ty::Int, d)
            ),
            _ => format!("({} == {})", self.expr(Ty::Str, d), self.expr(Ty::Str, d)),
        }
    }

    fn list_int_expr(&mut self, d: u32) -> String {
        match self.rng.below(13) {
            0 => format!(
                "list(range({}, {}))",
                self.rng.range(-3, 3),
                self.rng.range(0, 8)
            ),
            1 => format!(
                "[x * {} for x in {} if x % 2 == {}]",
                self.expr(Ty::Int, d),
                self.expr(Ty::ListInt, d),
                self.rng.range(0, 1)
            ),
            2 => format!("sorted({})", self.expr(Ty::ListInt, d)),
            3 => format!(
                "sorted({}, key=lambda v: (-v, v % 3), reverse={})",
                self.expr(Ty::ListInt, d),
                self.rng.pick(&["True", "False"])
            ),
            4 => format!(
                "({} + {})",
                self.expr(Ty::ListInt, d),
                self.expr(Ty::ListInt, d)
            ),
            5 => format!("{}[::-1]", self.expr(Ty::ListInt, d)),
            6 => format!(
                "list(map(lambda q: q + {}, {}))",
                self.expr(Ty::Int, d),
                self.expr(Ty::ListInt, d)
            ),
            7 => format!(
                "[*{}, {}]",
                self.expr(Ty::ListInt, d),
                self.expr(Ty::Int, d)
            ),
            8 => format!("[len(w) for w in {}]", self.expr(Ty::ListStr, d)),
            9 => format!("list({}.values())", self.expr(Ty::Dict, d)),
            10 => format!("list({})", self.expr(Ty::Tuple, d)),
            11 => {
                let gens: Vec<String> = self
                    .funcs
                    .iter()
                    .filter(|f| f.generator)
                    .map(|f| f.name.clone())
                    .collect();
                if gens.is_empty() {
                    return format!(
                        "[i * j for i in range(3) for j in range({})]",
                        self.rng.range(0, 4)
                    );
                }
                let g = self.rng.pick(&gens).clone();
                format!("list({g}({}))", self.rng.range(0, 5))
            }
            _ => self.call_returning(Ty::ListInt, d),
        }
    }

    fn list_str_expr(&mut self, d: u32) -> String {
        match self.rng.below(6) {
            0 => format!(
                "{}.split({})",
                self.expr(Ty::Str, d),
                self.rng.pick(&["", "','", "' '"])
            ),
            1 => format!("[str(x) for x in {}]", self.expr(Ty::ListInt, d)),
            2 => format!("sorted({})", self.expr(Ty::ListStr, d)),
            3 => format!("list({})", self.expr(Ty::Str, d)),
            4 => format!("sorted({})", self.expr(Ty::Dict, d)),
            _ => format!(
                "({} + {})",
                self.expr(Ty::ListStr, d),
                self.expr(Ty::ListStr, d)
            ),
        }
    }

    /// A string key of the generated dicts.
    pub(super) fn dict_key(&mut self) -> String {
        format!("'k{}'", self.rng.below(5))
    }

    fn dict_expr(&mut self, d: u32) -> String {
        match self.rng.below(6) {
            0 => format!("{{w: len(w) for w in {}}}", self.expr(Ty::ListStr, d)),
            1 => format!(
                "dict(zip({}, {}))",
                self.expr(Ty::ListStr, d),
                self.expr(Ty::ListInt, d)
            ),
            2 => format!(
                "{{**{}, {}: {}}}",
                self.expr(Ty::Dict, d),
                self.dict_key(),
                self.expr(Ty::Int, d)
            ),
            3 => format!("({} | {})", self.expr(Ty::Dict, d), self.expr(Ty::Dict, d)),
            4 => format!(
                "{{f'k{{i}}': i * i for i in range({})}}",
                self.rng.range(0, 6)
            ),
            _ => format!(
                "dict({}, extra={})",
                self.expr(Ty::Dict, d),
                self.expr(Ty::Int, d)
            ),
        }
    }

    fn tuple_expr(&mut self, d: u32) -> String {
        match self.rng.below(5) {
            0 => format!("tuple({})", self.expr(Ty::ListInt, d)),
            1 => format!("divmod({}, {})", self.expr(Ty::Int, d), self.nonzero(d)),
            2 => format!(
                "({} + {})",
                self.expr(Ty::Tuple, d),
                self.expr(Ty::Tuple, d)
            ),
            3 => format!(
                "({}, {}, *{})",
                self.expr(Ty::Int, d),
                self.expr(Ty::Int, d),
                self.expr(Ty::Tuple, d)
            ),
            _ => format!("tuple(sorted({}))", self.expr(Ty::Tuple, d)),
        }
    }

    fn set_expr(&mut self, d: u32) -> String {
        match self.rng.below(5) {
            0 => format!("set({})", self.expr(Ty::ListInt, d)),
            1 => format!(
                "({} {} {})",
                self.expr(Ty::Set, d),
                self.rng.pick(&["|", "&", "-", "^"]),
                self.expr(Ty::Set, d)
            ),
            2 => format!("{{x % 7 for x in {}}}", self.expr(Ty::ListInt, d)),
            3 => format!("frozenset({}) | set()", self.expr(Ty::Tuple, d)),
            _ => format!(
                "{{{}, *{}}}",
                self.expr(Ty::Int, d),
                self.expr(Ty::ListInt, d)
            ),
        }
    }

    /// A call of a generated function returning `ty`, else a leaf.
    fn call_returning(&mut self, ty: Ty, d: u32) -> String {
        let found: Vec<usize> = (0..self.funcs.len())
            .filter(|&i| self.funcs[i].ret == ty && !self.funcs[i].generator)
            .collect();
        if found.is_empty() {
            return self.leaf(ty);
        }
        let f = self.funcs[*self.rng.pick(&found)].clone();
        let mut args: Vec<String> = (0..f.required).map(|_| self.expr(Ty::Int, d)).collect();
        if f.star {
            for _ in 0..self.rng.below(3) {
                args.push(self.expr(Ty::Int, d));
            }
            if self.rng.chance(50) {
                args.push(format!("k={}", self.expr(Ty::Int, d)));
            }
            if self.rng.chance(40) {
                args.push(format!(
                    "extra{}={}",
                    self.rng.below(3),
                    self.expr(Ty::Int, d)
                ));
            }
        }
        format!("{}({})", f.name, args.join(", "))
    }
}
