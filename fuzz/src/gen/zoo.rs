//! Templates over the builtin types' less travelled corners (number
//! formatting, rounding, string methods with arguments, reprs of views):
//! `{i}`, `{f}`, `{s}`, `{l}`, `{w}`, `{d}` are replaced by generated int,
//! float, str, `list[int]`, `list[str]` and dict expressions. Each template
//! is valid for every value of its placeholders' types.

use super::{Gen, Ty};

/// Templates of type `int`.
const INT: &[&str] = &[
    "divmod({i}, -7)[0]",
    "(-{i}) // 4",
    "(-{i}) % 3",
    "pow({i}, 2, 97)",
    "pow(3, -1, 7) + {i}",
    "int('  {n}  ')",
    "int('0x1f', 16) + {i}",
    "int('-0b101', 0)",
    "int({f})",
    "({i}).bit_length()",
    "int.from_bytes((abs({i}) % 65536).to_bytes(2, 'big'), 'little')",
    "round({i}, -1)",
    "round(2.5) + round(-0.5) + round(3.5)",
    "hash(-1) + hash(-2) + hash(0)",
    "True + True * {i}",
    "{s}.count('a') + {s}.find('l') + {s}.rfind('x')",
    "len({s}.encode('utf-8'))",
    "sum(map(len, {w}))",
    "max({l}, default=-1)",
    "len(min({w}, key=len, default=''))",
    "next(iter({l}), 0)",
    "sum(1 for _ in reversed({l}))",
    "(lambda q: q.index(q[-1]) if q else 0)({l})",
    "len(set({s}))",
    "{d}.setdefault('k9', {i})",
    "{d}.pop('missing', -5)",
    "len(list(zip({l}, {w})))",
    "sum(i * v for i, v in enumerate({l}))",
    "abs(-{i}) ^ ~{i}",
    "({i} > 0) - ({i} < 0)",
    "int(str(-{n}).lstrip('-')) * 2",
    "len(str(10 ** {small}))",
    "ord(max({s} or 'z'))",
    "(lambda q: sorted(q, reverse=True)[0] if q else 0)({l})",
];

/// Templates of type `float`.
const FLOAT: &[&str] = &[
    "0.1 + 0.2",
    "1 / 3 * {i}",
    "{i} / 7",
    "2 ** -{small}",
    "-5.5 % 2 + {f}",
    "(-{f}) // 1.5",
    "float('1e3') + {f}",
    "10 ** 20 / 3",
    "{f} * 1e16",
    "{f} / 1e5",
    "round({f}, 3)",
    "float({i}) ** 0.5 if {i} > 0 else 0.0",
    "abs({f}) + 1e-7",
    "sum([0.1] * 10)",
    "float(str({f}))",
    "divmod({f}, 0.75)[1]",
    "min({f}, -{f})",
    "{i} * 1.0 / 10 ** 8",
];

/// Templates of type `str`.
const STR: &[&str] = &[
    "(lambda q: q.split(maxsplit=1)[0] if q.split() else '-')({s})",
    "'|'.join({s}.rsplit('a', 1))",
    "'/'.join({s}.partition(' '))",
    "repr({s}.rpartition('l'))",
    "'a\\tb\\tc'.expandtabs({small})",
    "repr('l1\\nl2\\r\\nl3'.splitlines(True))",
    "str({s}.isdigit()) + str({s}.isidentifier()) + str({s}.isspace())",
    "'%r|%x|%-5s|%+.3e' % ({s}, abs({i}), {s}[:3], {f})",
    "'%05d|%o|%c' % ({i}, abs({i}), 65 + abs({i}) % 26)",
    "'{{:>{{}}}}'.format({s}, {small})",
    "'{{0[1]}}{{0[0]}}'.format('xy')",
    "'{{x.real}}/{{x.imag}}'.format(x={i})",
    "repr(\"it's\") + repr('a\"b') + repr('both\\'\"')",
    "repr('\\x7f\\u200b\\x00\\u00ff\\U0001f600')",
    "'\u{df}'.upper() + '\u{1c5}'.title() + '\u{130}'.lower()",
    "{s}.casefold().title()",
    "str({d}.items())",
    "str({d}.keys()) + str({d}.values())",
    "repr(list(reversed({w})))",
    "str(sorted({w}, key=str.lower))",
    "repr(b'ab\\xff' + bytes(range(3)))",
    "{s}.encode('utf-8').hex()",
    "repr(bytearray({s}.encode()))",
    "repr(({f}, {i}, {s}, None, True))",
    "str([{f}, [{s}, ({i},)], {{'a': [{l}]}}])",
    "format({f}, ',.2f') + format({f}, '.3g') + format({f}, 'e')",
    "f'{{1e100:.5}}|{{-0.0:+.1f}}|{{12345:_x}}|{{3.14159:010.3f}}'",
    "f'{{{s}:=^10}}|{{255:#o}}|{{1.5:%}}|{{True:d}}'",
    "f'{{{f}!r:>20}}|{{{i}!s:<6}}|{{{s}!a}}'",
    "str(1e16) + str(123456789.0 * 1e10) + str(1e-5) + str(-0.0)",
    "repr(float('inf')) + repr(-float('inf')) + repr(float('nan'))",
    "str({f} / 3)",
    "repr(2 ** 0.5) + repr(1 / 7)",
    "{s}.ljust({small}, '.') + {s}.rjust({small}, '-')",
    "{s}.removeprefix('he').removesuffix('d')",
    "{s}.strip('a ').lstrip('b').rstrip('c')",
    "str(list(map(str.upper, {w})))",
    "str(list(filter(None, {l})))",
    "str(list(zip({l}, {w}, range(3))))",
    "str(dict.fromkeys({w}, 0))",
    "str([*range(-3, 10, 4)] + list(range(5))[::-2])",
    "str(({i}, {i}) < ({i}, {i} + 1)) + str([1, 2] == [1, 2.0])",
    "str(isinstance(True, int)) + str(type({f}).__name__)",
    "ascii({s})",
    "str(divmod(-7, 2)) + str(divmod(7.5, -2))",
    "oct({i}) + hex({i}) + bin({i})",
    "str(complex({i}, {small}))",
    "str(slice(1, {small}))",
    "str(range({small}, {i}))",
    "chr(0x1F600 + abs({i}) % 50)",
];

impl Gen {
    /// An expression from the templates of `ty`, if it has any.
    pub(super) fn zoo(&mut self, ty: Ty, d: u32) -> Option<String> {
        let table = match ty {
            Ty::Int => INT,
            Ty::Float => FLOAT,
            Ty::Str => STR,
            _ => return None,
        };
        let template = *self.rng.pick(table);
        Some(format!("({})", self.fill(template, d)))
    }

    /// `template` with its holes filled by generated expressions of depth
    /// at most `d` (doubled braces stand for literal ones).
    pub(super) fn fill(&mut self, template: &str, d: u32) -> String {
        let in_fstring = template.starts_with("f'");
        let mut out = String::new();
        let mut rest = template;
        while let Some(c) = rest.chars().next() {
            if rest.starts_with("{{") || rest.starts_with("}}") {
                out.push(c);
                rest = &rest[2..];
                continue;
            }
            let hole = if c == '{' {
                rest.find('}').map(|end| &rest[1..end])
            } else {
                None
            };
            let Some(hole) = hole else {
                out.push(c);
                rest = &rest[c.len_utf8()..];
                continue;
            };
            rest = &rest[hole.len() + 2..];
            let ty = match hole {
                "small" => {
                    out.push_str(&self.rng.range(0, 9).to_string());
                    continue;
                }
                "n" => {
                    out.push_str(&self.rng.range(0, 999).to_string());
                    continue;
                }
                "i" => Ty::Int,
                "f" => Ty::Float,
                "s" => Ty::Str,
                "l" => Ty::ListInt,
                "w" => Ty::ListStr,
                _ => Ty::Dict,
            };
            let value = if in_fstring {
                self.field(ty, d.min(1))
            } else {
                self.expr(ty, d.min(1))
            };
            out.push('(');
            out.push_str(&value);
            out.push(')');
        }
        out
    }
}
