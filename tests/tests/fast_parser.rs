//! The fast parser against the pest parser: both run on every `.py` file of
//! CPython's stdlib (the whole tree, tests included) and on every conformance
//! case, and must build identical trees (`ast::Module: PartialEq`, spans and
//! constant values included). Where the fast parser gives up, the pest
//! parser decides; the test counts those files and fails if the fast parser
//! accepts a file the pest parser rejects.
//!
//! `PYEX_FAST_SITE_PACKAGES=1` adds the installed third-party packages.
//! Filter files with `PYEX_FAST_FILTER=substring`; `PYEX_FAST_VERBOSE=1`
//! lists the files the fast parser leaves to pest.

use std::fs;
use std::path::{Path, PathBuf};

use pyex::syntax::{dump_with_attributes, parse_module_fast, parse_module_reference, LineIndex};

/// Every `.py` file under `dir`, recursively (`site-packages` only with
/// `PYEX_FAST_SITE_PACKAGES=1`: third-party code, ten times the stdlib).
fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if path.ends_with("site-packages")
                && std::env::var_os("PYEX_FAST_SITE_PACKAGES").is_none()
            {
                continue;
            }
            python_files(&path, out);
        } else if kind.is_file() && path.extension() == Some("py".as_ref()) {
            out.push(path);
        }
    }
}

/// The stdlib directory of `python3`.
fn stdlib_dir() -> PathBuf {
    let output = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3 must be on PATH");
    PathBuf::from(String::from_utf8_lossy(&output.stdout).trim())
}

/// Counts of one survey.
#[derive(Default)]
struct Survey {
    files: usize,
    fast: usize,
    valid: usize,
    fallback: Vec<String>,
    failures: Vec<String>,
}

impl Survey {
    fn check(&mut self, path: &Path) {
        let Ok(source) = fs::read_to_string(path) else {
            return;
        };
        self.files += 1;
        let name = path.display().to_string();
        let reference = parse_module_reference(&source);
        let fast = parse_module_fast(&source);
        self.valid += usize::from(reference.is_ok());
        match (fast, reference) {
            (Some(fast), Ok(reference)) => {
                if fast == reference {
                    self.fast += 1;
                } else {
                    let index = LineIndex::new(&source);
                    let a = dump_with_attributes(&reference, Some(1), &index);
                    let b = dump_with_attributes(&fast, Some(1), &index);
                    let first = a
                        .lines()
                        .zip(b.lines())
                        .position(|(x, y)| x != y)
                        .unwrap_or(0);
                    let show = |d: &str| {
                        d.lines()
                            .skip(first.saturating_sub(3))
                            .take(8)
                            .collect::<Vec<_>>()
                            .join("\n")
                    };
                    self.failures.push(format!(
                        "{name}: trees differ\n--- pest\n{}\n--- fast\n{}",
                        show(&a),
                        show(&b)
                    ));
                }
            }
            (Some(_), Err(err)) => self.failures.push(format!(
                "{name}: the fast parser accepts what pest rejects: {} ({}:{})",
                err.msg, err.lineno, err.offset
            )),
            (None, Ok(_)) => self.fallback.push(name),
            (None, Err(_)) => {}
        }
    }
}

#[test]
fn fast_parser_builds_the_pest_trees() {
    let filter = std::env::var("PYEX_FAST_FILTER").unwrap_or_default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    python_files(&stdlib_dir(), &mut files);
    python_files(&root.join("conformance"), &mut files);
    files.retain(|f| f.display().to_string().contains(&filter));
    files.sort();
    let mut survey = Survey::default();
    for file in &files {
        survey.check(file);
    }
    if std::env::var_os("PYEX_FAST_VERBOSE").is_some() {
        for name in &survey.fallback {
            eprintln!("fallback: {name}");
        }
    }
    for failure in &survey.failures {
        eprintln!("{failure}");
    }
    eprintln!(
        "files {}, valid {}, fast parser {} (fell back on {} valid files), mismatches {}",
        survey.files,
        survey.valid,
        survey.fast,
        survey.fallback.len(),
        survey.failures.len()
    );
    assert!(survey.failures.is_empty(), "the fast parser diverges");
}

/// Fragments spliced into mutants: the constructs whose misuse the fast
/// parser must leave to pest (targets, `*`, keywords, `:=`, order rules).
const FRAGMENTS: &[&str] = &[
    "*",
    "**",
    "=",
    ":=",
    ",",
    ":",
    ";",
    "not",
    "lambda:",
    "lambda x:",
    "yield",
    "await",
    "if",
    "else",
    "for x in y",
    "in",
    "is",
    "and",
    "or",
    "-",
    "+",
    "()",
    "[]",
    "{}",
    "(a)",
    "x=1",
    "*a",
    "**k",
    "/",
    "as",
    "async",
    "del",
    "return",
    "from",
    ".",
    "...",
    "None",
    "True",
    "1",
    "'s'",
    "f'{x}'",
    "@",
    "->",
    "match",
    "case",
    "_",
    "(x for x in y)",
    "global x",
    "\n",
];

/// A deterministic xorshift generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }
}

/// `source` with one token-level edit: a fragment inserted at a word
/// boundary, a word removed, or a word replaced.
fn mutate(source: &str, rng: &mut Rng) -> String {
    let bounds: Vec<usize> = source
        .char_indices()
        .filter(|(i, c)| {
            !c.is_alphanumeric()
                || source[..*i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| !p.is_alphanumeric())
        })
        .map(|(i, _)| i)
        .collect();
    if bounds.len() < 2 {
        return source.to_string();
    }
    let k = rng.next() % (bounds.len() - 1);
    let (at, next) = (bounds[k], bounds[k + 1]);
    let frag = FRAGMENTS[rng.next() % FRAGMENTS.len()];
    let mut text = source.to_string();
    match rng.next() % 3 {
        0 => text.insert_str(at, &format!(" {frag} ")),
        1 => text.replace_range(at..next, ""),
        _ => text.replace_range(at..next, frag),
    }
    text
}

#[test]
fn fast_parser_rejects_what_pest_rejects() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    python_files(&root.join("conformance"), &mut files);
    // `PYEX_FAST_MUTANTS=N`: N mutants per file, and the stdlib files too.
    let per_file = match std::env::var("PYEX_FAST_MUTANTS") {
        Ok(n) => {
            python_files(&stdlib_dir(), &mut files);
            n.parse().unwrap_or(10)
        }
        Err(_) => 40,
    };
    files.sort();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let (mut mutants, mut fast_ok, mut failures) = (0, 0, Vec::new());
    for file in &files {
        let Ok(source) = fs::read_to_string(file) else {
            continue;
        };
        for _ in 0..per_file {
            let text = mutate(&source, &mut rng);
            mutants += 1;
            let Some(fast) = parse_module_fast(&text) else {
                continue;
            };
            fast_ok += 1;
            match parse_module_reference(&text) {
                Ok(reference) if reference == fast => {}
                Ok(_) => failures.push(format!("trees differ:\n{text}")),
                Err(err) => failures.push(format!(
                    "accepted, pest says {} ({}:{}):\n{text}",
                    err.msg, err.lineno, err.offset
                )),
            }
        }
    }
    for failure in failures.iter().take(20) {
        eprintln!("--- {failure}");
    }
    eprintln!(
        "mutants {mutants}, accepted by the fast parser {fast_ok}, divergent {}",
        failures.len()
    );
    assert!(failures.is_empty(), "the fast parser diverges on mutants");
}

/// Snippets near the edges of the grammar: each must give the same result
/// through the fast path as through pest alone.
const EDGE_CASES: &[&str] = &[
    "1if x else y\n",
    "x = 1if 2else 3\n",
    "0x1for x in y\n",
    "[0x1for x in y]\n",
    "x = 1_000.5e-3j\n",
    "x = .5 + 5. + 0o7 + 0b1 + 0XfF\n",
    "f(*a or b)\n",
    "x = *a, *b\n",
    "x = *a\n",
    "*a, = b\n",
    "*a = b\n",
    "del *a\n",
    "del (a, [b, c.d]), e[0]\n",
    "a[*b]\n",
    "a[*b, c:d]\n",
    "a[b:=1]\n",
    "a[b:=1:2]\n",
    "a[::]\n",
    "a[:, 1:, ::2]\n",
    "{**a, 'b': 1}\n",
    "{*a, b}\n",
    "{a: b for c in d}\n",
    "{**a for b in c}\n",
    "[*a for a in b]\n",
    "(*a for a in b)\n",
    "(*a)\n",
    "(*a,)\n",
    "f(a for a in b)\n",
    "f(a for a in b, c)\n",
    "f(a, b for b in c)\n",
    "f(a=1, b)\n",
    "f(**a, *b)\n",
    "f(*a, b=1, *c, **d, e=2)\n",
    "f(a=1 for a in b)\n",
    "f((a)=1)\n",
    "f(a.b=1)\n",
    "f(True=1)\n",
    "class A(x for x in y): pass\n",
    "class A((x for x in y)): pass\n",
    "class A(B, metaclass=M, **kw): pass\n",
    "def f(a, /, b, *, c, **d): pass\n",
    "def f(a=1, b): pass\n",
    "def f(*, **k): pass\n",
    "def f(*): pass\n",
    "def f(*a=1): pass\n",
    "def f(**k, a): pass\n",
    "def f(/, a): pass\n",
    "def f(a, /, /): pass\n",
    "def f(*a, *b): pass\n",
    "def f(a, *, b=1, c): pass\n",
    "def f(*args: *Ts): pass\n",
    "def f(a: int = 1, *b: str, c: 'x' = 2, **d: float) -> None: pass\n",
    "lambda a, /, b=1, *c, d, **e: 0\n",
    "lambda *: 0\n",
    "lambda *, a: 0\n",
    "lambda: (yield)\n",
    "x = yield\n",
    "x = yield from y\n",
    "yield x = 1\n",
    "x: int\n",
    "(x): int = 1\n",
    "x.y: int\n",
    "x, y: int\n",
    "[x]: int\n",
    "x += 1\n",
    "x, y += 1\n",
    "f() += 1\n",
    "f() = 1\n",
    "a = b = c\n",
    "a = b := c\n",
    "(a := 1)\n",
    "a := 1\n",
    "if a := 1: pass\n",
    "[a := 1, b]\n",
    "a.b := 1\n",
    "not -a\n",
    "-not a\n",
    "a + not b\n",
    "a == not b\n",
    "not a == b\n",
    "a not in b is not c\n",
    "a ** -b ** c\n",
    "-a ** b\n",
    "a ** not b\n",
    "await a ** b\n",
    "a if b else c if d else e\n",
    "a if b\n",
    "lambda: a if b else c\n",
    "x = [i for i in a if b if c for j in d]\n",
    "x = [i for i in a if b else c]\n",
    "x = [i for i in lambda: a]\n",
    "x = [i async for i in a]\n",
    "for x in a, b: pass\n",
    "for x, in a: pass\n",
    "for f() in a: pass\n",
    "for (a, b), [c, *d] in e: pass\n",
    "with a as b, c as (d, e): pass\n",
    "with (a as b, c): pass\n",
    "with (a, b) as c: pass\n",
    "with (a): pass\n",
    "with (a, b): pass\n",
    "with (yield): pass\n",
    "with a as f(): pass\n",
    "try:\n  pass\nexcept* A:\n  pass\n",
    "try:\n  pass\nexcept* A:\n  pass\nexcept B:\n  pass\n",
    "try:\n  pass\nexcept*:\n  pass\n",
    "try:\n  pass\nexcept A as b:\n  pass\nelse:\n  pass\nfinally:\n  pass\n",
    "try:\n  pass\nelse:\n  pass\n",
    "try:\n  pass\n",
    "if a:\n  pass\nelif b:\n  pass\nelif c: d;\nelse: e\n",
    "while a: b; c;\n",
    "@a.b(c)\n@d := e\nclass A: pass\n",
    "@a\nasync def f(): await b\n",
    "async def f():\n  async with a as b: pass\n  async for x in y: pass\n",
    "from . import a\n",
    "from .. import (a, b,)\n",
    "from ...a.b import c as d, e\n",
    "from .... import *\n",
    "from a import (*)\n",
    "from a import b,\n",
    "from a import ()\n",
    "import a.b.c as d, e\n",
    "import a as b.c\n",
    "global a, b\n",
    "nonlocal a\n",
    "assert a, b\n",
    "raise A from B\n",
    "raise from B\n",
    "return\n",
    "x = 'a' 'b' u'c'\n",
    "x = u'a' 'b'\n",
    "x = b'a' 'b'\n",
    "x = b'a' b'b'\n",
    "x = f'{a!r:>{w}} {b=} {c = !s} {d:{e}.{f}}' 'g'\n",
    "x = f'{a, b}' f\"{'c'}\" rf'{d}\\n'\n",
    "x = f'{*a}'\n",
    "x = f'{yield a}'\n",
    "x = f'{a:=1}'\n",
    "x = f'{(a:=1)}'\n",
    "x = f'{lambda: 1}'\n",
    "x = f'{f\"{a}\"}'\n",
    "match x:\n  case 1 | -2 | 3.0 | -4j | 1 + 2j | -1 - 2j | 'a' 'b' | b'c':\n    pass\n",
    "match x:\n  case None | True | False | a.b | a.b.c:\n    pass\n",
    "match x:\n  case [a, *b, _] | (c, *_) | () | [] | (d) | (e,):\n    pass\n",
    "match x:\n  case {1: a, 'b': c, d.e: f, None: g, **rest}:\n    pass\n",
    "match x:\n  case A(a, b, c=d, e=F()) | B() as g if g > 1:\n    pass\n",
    "match x:\n  case A(c=d, e):\n    pass\n",
    "match x:\n  case a as _:\n    pass\n",
    "match x:\n  case 1 + 2:\n    pass\n",
    "match x:\n  case 1j + 2j:\n    pass\n",
    "match x:\n  case f'{a}':\n    pass\n",
    "match x:\n  case {a: 1}:\n    pass\n",
    "match x, *y,:\n  case a, b if c:\n    pass\n  case _:\n    pass\n",
    "match = 1\nmatch.a = 2\nmatch(a)\nmatch[a]\ncase = match\n",
    "match (a):\n  case b:\n    pass\n",
    "print >>f, x\n",
    "x = a if b else lambda: c\n",
    "x = ...\nx[...]\n",
    "é = 1\nﬁ = 2\n",
    "x = (\n  1,  # c\n  2,\n)\n",
    "x = 1 + \\\n  2\n",
    "if x:\n    pass\n  # c\n",
    "x = a.b.c(d)[e](f).g\n",
    "x = (a)(b)[c].d\n",
    "x = -(a) + (b) * ((c))\n",
    "x = [a, b,]\ny = (a, b,)\nz = {a, b,}\nw = {a: b,}\n",
    "x = a < b < c\n",
    "x = a or b or c and d and not e\n",
    "x = a | b ^ c & d << e >> f + g - h * i @ j / k // l % m\n",
    "x = ~a ** -b\n",
    "x = await\n",
    "def f():\n  return *a, b\n",
    "x: list[int] = []\n",
    "x = a[b, c:d, e::f]\n",
    "f(a)(b)\n",
    "f(,)\n",
    "f(a,,b)\n",
    "x = (yield a, b)\n",
    "x = [yield]\n",
    "print(yield)\n",
    "for x in *a, *b: pass\n",
    "x = {'a': 1, **b, 'c': 2}\n",
    "x = {a := 1}\n",
    "x = {a := 1: 2}\n",
    "x = {(a := 1): 2}\n",
    "x = lambda x=lambda: 1: x\n",
    "del a.b, a[1], (c)\n",
    "del f()\n",
    "del (a, b),\n",
    "class A:\n  x: int = 1\n  def f(self): ...\n",
    "if True:\n\tx = 1\n",
    "x = 1;\n",
    "x = 1;;\n",
    ";\n",
    "\n",
    "",
    "pass",
];

#[test]
fn edge_cases_agree_with_pest() {
    let mut failures = Vec::new();
    for source in EDGE_CASES {
        let fast = parse_module_fast(source);
        let reference = parse_module_reference(source);
        let agree = match (&fast, &reference) {
            (Some(f), Ok(r)) => f == r,
            (Some(_), Err(_)) => false,
            (None, _) => true,
        };
        if !agree {
            failures.push(format!("{source:?}: fast {fast:?}, pest {reference:?}"));
        }
        let full = pyex::parse_module(source);
        let same = match (&full, &reference) {
            (Ok(a), Ok(b)) => a == b,
            (Err(a), Err(b)) => a == b,
            _ => false,
        };
        if !same {
            failures.push(format!("{source:?}: parse_module differs from pest"));
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(failures.is_empty());
}

/// `n` nestings of a construct, each `open` before and `close` after `core`.
fn nested(open: &str, core: &str, close: &str, n: usize) -> String {
    format!("x = {}{core}{}\n", open.repeat(n), close.repeat(n))
}

#[test]
fn deep_nesting_falls_back_without_overflow() {
    // Run where `cargo test` runs tests: a thread with the default stack.
    let cases = vec![
        nested("(", "1", ")", 10_000),
        nested("[", "1", "]", 10_000),
        nested("{", "1", "}", 10_000),
        nested("-", "1", "", 10_000),
        nested("~", "1", "", 10_000),
        nested("not ", "1", "", 10_000),
        nested("lambda: ", "1", "", 10_000),
        nested("1 if 2 else ", "1", "", 10_000),
        nested("a(", "1", ")", 10_000),
        nested("", "1", " ** 1", 10_000),
        nested("", "1", " + 1", 10_000),
        nested("", "a", ".b", 10_000),
        nested("", "a", "[1]", 10_000),
        nested("f'{", "1", "}'", 100),
        nested("-", "1", "", 900),
        nested("not ", "1", "", 900),
        nested("lambda: ", "1", "", 900),
        nested("(", "1", ")", 150),
    ];
    for source in cases {
        let full = pyex::parse_module(&source);
        let reference = parse_module_reference(&source);
        match (&full, &reference) {
            (Ok(a), Ok(b)) => assert!(a == b, "{}", &source[..40]),
            (Err(a), Err(b)) => assert_eq!(a, b),
            _ => panic!("results differ on {}", &source[..40]),
        }
    }
}
