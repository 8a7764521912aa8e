//! Statement templates over the standard library and the object model's
//! corners (generator protocol, exception chaining, `__slots__`,
//! `__getattr__`, diamonds, dataclasses, enums): a few lines each, with the
//! same holes as `zoo.rs`. Each prints what it computes and raises nothing.

use super::Gen;

/// The templates (lines separated by `\n`, indented with 4 spaces).
const TEMPLATES: &[&str] = &[
    "import collections\nprint(collections.Counter({s}).most_common(3))",
    "import collections\nprint(sorted(collections.Counter({l}).items()))",
    "import itertools\nprint(list(itertools.accumulate({l})))",
    "import itertools\nprint(list(itertools.permutations({l}[:3])))",
    "import itertools\nprint([(k, len(list(g))) for k, g in itertools.groupby(sorted({s}))])",
    "import itertools\nprint(list(itertools.chain({l}, {w})), list(itertools.combinations(range(4), 2)))",
    "import itertools\nprint(list(itertools.product('ab', repeat=2)), list(itertools.zip_longest({l}, {w}, fillvalue=0)))",
    "import itertools\nprint(list(itertools.islice(itertools.count({i}, 3), 5)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))",
    "import functools\nprint(functools.reduce(lambda a, b: a * 2 + b, {l}, 0))",
    "import functools\n@functools.lru_cache(maxsize=None)\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib({small} * 9), fib.cache_info().hits > 0)",
    "import functools\nprint(functools.partial(int, base=2)('1011'), sorted({l}, key=functools.cmp_to_key(lambda a, b: b - a)))",
    "import heapq\nh = list({l})\nheapq.heapify(h)\nheapq.heappush(h, {i})\nprint(h, heapq.nsmallest(2, h), heapq.heappop(h))",
    "import bisect\nsl = sorted({l})\nbisect.insort(sl, {i})\nprint(sl, bisect.bisect_left(sl, {i}), bisect.bisect_right(sl, 0))",
    "import json\nprint(json.dumps({d}, sort_keys=True, indent=2))\nprint(json.loads(json.dumps([{l}, {w}, {f}, None, True])))",
    "import json\nprint(json.dumps({s}), json.dumps({s}, ensure_ascii=False), json.dumps({{'a': [1, {{'b': None}}]}}, separators=(',', ':')))",
    "import re\nprint(re.findall(r'[a-z]+', {s}), re.sub(r'(\\w)(\\w*)', r'\\2\\1', {s}), re.split(r'\\s+', {s}))",
    "import re\nm = re.search(r'(?P<word>\\w+)\\s*(\\d*)', {s})\nprint(m.group('word', 2) if m else None, m.span() if m else None)",
    "import textwrap\nprint(textwrap.wrap({s} * 3, 10), textwrap.dedent('  a\\n  b'), textwrap.shorten('hello big world', 12))",
    "import string\nprint(string.ascii_lowercase[:{small}], string.capwords({s}), string.Template('$x-$y').substitute(x=1, y={s}))",
    "import math\nprint(math.gcd({i}, 12), math.factorial({small}), math.comb(10, {small}), math.isqrt(abs({i})))\nprint(math.floor({f}), math.ceil({f}), math.fsum([0.1] * 10), math.log2(1024), math.hypot(3, 4), math.pi)",
    "import math\nprint(math.isclose(0.1 + 0.2, 0.3), math.trunc(-{f}), math.copysign(2, -0.0), math.inf > {i}, math.nan != math.nan)",
    "import operator\nprint(sorted({d}.items(), key=operator.itemgetter(1)), list(map(operator.neg, {l})), operator.add({i}, 1))",
    "import statistics\nprint(statistics.mean({l} or [1]), statistics.median({l} or [1]), statistics.mode({l} or [1]))",
    "import dataclasses\n@dataclasses.dataclass(order=True)\nclass P:\n    x: int\n    y: int = 0\n    tags: list = dataclasses.field(default_factory=list)\np = P({i})\nprint(p, p == P({i}, 0), dataclasses.asdict(P(2, 3)), P(1) < P(2), dataclasses.replace(p, y=5))",
    "import enum\nclass Color(enum.Enum):\n    RED = 1\n    GREEN = 2\n    BLUE = 'b'\nprint(Color.RED, Color(2), list(Color), Color.BLUE.name, Color['GREEN'].value, repr(Color.RED))",
    "import enum\nclass Perm(enum.IntFlag):\n    R = 4\n    W = 2\n    X = 1\nprint(Perm.R | Perm.W, Perm(7), int(Perm.R | Perm.X), Perm.W in Perm(6))",
    "import collections\nPt = collections.namedtuple('Pt', 'x y')\np = Pt({i}, 2)\nprint(p, p._replace(x=5), Pt._fields, p._asdict(), p.x + p[1])",
    "import collections\ndd = collections.defaultdict(list)\nfor w in {w}:\n    dd[len(w)].append(w)\nprint(dict(dd), dd[99], len(dd))",
    "import collections\ndq = collections.deque({l}, maxlen=3)\ndq.appendleft(0)\ndq.rotate(1)\nprint(dq, list(dq), dq.maxlen)",
    "import collections\nod = collections.OrderedDict.fromkeys('abc')\nod.move_to_end('a')\nprint(od, list(od), od.popitem(last=False))",
    "import fractions\nprint(fractions.Fraction({i}, 7) + fractions.Fraction(1, 3), fractions.Fraction('0.25'), fractions.Fraction(3, 9).limit_denominator(2))",
    "import decimal\nprint(decimal.Decimal('1.10') + decimal.Decimal({n}), decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal('2.675').quantize(decimal.Decimal('0.01')))",
    "import datetime\nprint(datetime.date(2024, 2, 28) + datetime.timedelta(days={small}), datetime.datetime(2020, 1, 1, 12, 30).isoformat(), datetime.timedelta(seconds={i}))",
    "import datetime\nd = datetime.date(2023, 12, 31)\nprint(d.strftime('%A %d %B %Y %j'), d.weekday(), d.isocalendar(), repr(d), d.replace(day=1))",
    "import copy\nx = [{l}, {{'k': {w}}}]\ny = copy.deepcopy(x)\ny[0].append(1)\nprint(x, y, copy.copy(x) == x)",
    "def gen():\n    try:\n        got = yield 1\n        print('got', got)\n        yield got * 2\n    except ValueError as e:\n        print('thrown', e)\n        yield -1\n    finally:\n        print('gen closed')\ng = gen()\nprint(next(g), g.send({i}))\nprint(g.throw(ValueError('stop')))\ng.close()\nprint(list(g))",
    "def gen():\n    yield from range({small})\n    return 'done'\ndef outer():\n    result = yield from gen()\n    yield result\nprint(list(outer()))",
    "try:\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise KeyError({s}) from e\nexcept KeyError as e:\n    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)",
    "try:\n    try:\n        [][1]\n    except IndexError:\n        raise ValueError('inner') from None\nexcept ValueError as e:\n    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)",
    "try:\n    try:\n        raise TypeError('first')\n    finally:\n        print('cleanup')\nexcept TypeError as e:\n    print('outer', e, e.args)",
    "def f():\n    try:\n        return {i}\n    finally:\n        print('finally runs')\nprint(f())",
    "class S:\n    __slots__ = ('a', 'b')\n    def __init__(self):\n        self.a = {i}\ns = S()\ntry:\n    s.c = 1\nexcept AttributeError as e:\n    print('slots:', e)\ntry:\n    print(s.b)\nexcept AttributeError as e:\n    print('unset:', e)\nprint(s.a, hasattr(s, '__dict__'))",
    "class Lazy:\n    def __getattr__(self, name):\n        return name.upper() * 2\n    def __setattr__(self, name, value):\n        object.__setattr__(self, name, value * 2)\nz = Lazy()\nz.x = {i}\nprint(z.x, z.missing, getattr(z, 'other', 'dflt'))",
    "class A:\n    def who(self):\n        return ['A']\nclass B(A):\n    def who(self):\n        return ['B'] + super().who()\nclass C(A):\n    def who(self):\n        return ['C'] + super().who()\nclass D(B, C):\n    def who(self):\n        return ['D'] + super().who()\nprint(D().who(), [k.__name__ for k in D.__mro__])",
    "class Base:\n    registry = []\n    def __init_subclass__(cls, tag='none', **kw):\n        super().__init_subclass__(**kw)\n        Base.registry.append((cls.__name__, tag))\nclass One(Base, tag='one'):\n    pass\nclass Two(Base):\n    pass\nprint(Base.registry)",
    "class Temp:\n    def __init__(self):\n        self._c = 0\n    @property\n    def c(self):\n        return self._c\n    @c.setter\n    def c(self, v):\n        if v < -273:\n            raise ValueError('too cold')\n        self._c = v\n    @c.deleter\n    def c(self):\n        print('deleting')\nt = Temp()\nt.c = {i} % 100\ntry:\n    t.c = -300\nexcept ValueError as e:\n    print(e)\ndel t.c\nprint(t.c)",
    "class Vec:\n    def __init__(self, *xs):\n        self.xs = list(xs)\n    def __repr__(self):\n        return f'Vec{{tuple(self.xs)}}'\n    def __mul__(self, k):\n        return Vec(*[x * k for x in self.xs])\n    __rmul__ = __mul__\n    def __neg__(self):\n        return self * -1\n    def __bool__(self):\n        return any(self.xs)\n    def __getitem__(self, i):\n        return self.xs[i]\n    def __len__(self):\n        return len(self.xs)\nv = Vec(*{l})\nprint(v * 2, 3 * v, -v, bool(v), v[::-1], list(v), len(v))",
    "class Desc:\n    def __set_name__(self, owner, name):\n        self.name = '_' + name\n    def __get__(self, obj, owner=None):\n        return self if obj is None else getattr(obj, self.name, 0)\n    def __set__(self, obj, value):\n        setattr(obj, self.name, abs(value))\nclass H:\n    v = Desc()\nh = H()\nh.v = -{i}\nprint(h.v, type(H.v).__name__, H.v.name)",
    "print(*{l}, sep=', ', end='!\\n')\nprint(sorted({w}, key=lambda w: (len(w), w)))",
    "y = None\nprint([y for x in {l} if (y := x * 2) > 3], y)",
    "print(list(map(lambda a, b: a + b, {l}, {l})), {l}.sort(), eval('1 + 2 * {small}'))",
    "v = {i}\nxs = list(range(10))\ndel xs[::3]\nxs[1:3] = 'ab'\nxs.insert(-1, v)\nxs.remove('a')\nprint(xs, xs.index(v), xs.count(1))",
    "d = dict(a=1, b=2)\nd.update([('c', 3)], d={i})\nprint(d, d.popitem(), list(d.items())[::-1], {{**d, 'a': 0}}, d | {{'z': 9}})",
    "s = {{3, 1, 2}}\ns.discard(5)\ns.add({i})\nprint(sorted(s), s.isdisjoint({{99}}), sorted(s.union({l})), sorted(frozenset({l}) - s))",
    "print(sorted({{'b': 1, 'a': 2}}.items()), list(zip(*[(1, 'a'), (2, 'b')])), dict(enumerate('xy')))",
    "import sys\nprint(sys.maxsize, sys.getrecursionlimit(), sys.version_info[:2] >= (3, 11), type(sys.argv).__name__)",
    "print(type(1).__mro__, type(True).__mro__, int.__name__, type(None).__name__, type(print).__name__)",
    "print(isinstance(1, (str, int)), issubclass(bool, int), callable(len), hasattr([], 'append'), id(1) == id(1))",
    "it = iter({l})\nprint(next(it, 'a'), next(it, 'b'), list(it), list(it))",
    "print(round(0.5), round(1.5), round(2.675, 2), round(-1.25, 1), round({i}, -2), round(1e20), 7 // -2, -7 % 3, 2 ** 100)",
    "print(int('1_000'), float('  -1.5e-3 '), float('inf') == float('Infinity'), int(-3.9), complex('1+2j'), 0.1 * 3, 1e16 + 1)",
];

impl Gen {
    /// One library template, written at the current indentation.
    pub(super) fn library_stmt(&mut self) {
        let template = *self.rng.pick(TEMPLATES);
        let text = self.fill(template, 1);
        for line in text.lines() {
            self.line(line);
        }
    }
}
