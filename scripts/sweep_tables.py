"""The tables behind scripts/gen_builtin_sweep.py: receivers and argument lists per builtin type.

Every entry is Python source text. A method row is {"args": [argument-list source, ...]} (called on
every receiver of the type, or on the row's own "on" list), or {"attr": True} for a data attribute.
"extra" adds whole cells. Argument lists deliberately include wrong types, too many/too few
arguments, empty, negative, unicode and huge values.
"""

import io
import tokenize

# ---------------------------------------------------------------------------------------------
# str


def _row(*args, on=None, extra=(), mut=True):
    row = {"args": list(args), "extra": list(extra), "mut": mut}
    if on is not None:
        row["on"] = list(on)
    return row


ATTR = {"attr": True}

STR_RECV = ["''", "'abc'", "'Hello, World'", "'  mixed Case\\t'", "'ß straße ǅ İ'"]
STR_SHORT = ["''", "'abc'", "'ß straße ǅ İ'"]
STR_PRED = [
    "''", "'abc'", "'ABC'", "'Abc Def'", "'abc123'", "'123'", "'½²٣'", "' \\t\\n'", "'\\x00'",
    "'ñandú'", "'_id9'", "'9id'", "'ǅungla'", "'\\u2028'", "'a b'",
]
STR_SPLIT = ["''", "'a,b,,c'", "'  one  two\\tthree\\n'", "'a::b::c'", "'no-sep'"]
STR_LINES = ["''", "'a\\nb\\r\\nc\\rd'", "'x\\n\\n'", "'one\\x0btwo\\x1cthree\\u2029four'", "'\\n'"]

STR_METHODS = {
    "capitalize": _row("", "1", on=STR_PRED[:6] + ["'ß straße ǅ İ'", "'ǆemal'"]),
    "casefold": _row("", "'x'", on=STR_SHORT + ["'ΣΑΣ'", "'ﬁ'"]),
    "center": _row("9", "9, '*'", "2", "-3", "'9'", "9, 'ab'", "9, ''", "10, 'é'", "", on=STR_SHORT),
    "count": _row("'a'", "''", "'l', 3", "'l', -5, -1", "'l', None, 5", "1", "'ab', 0, 100", "", on=STR_RECV),
    "encode": _row("", "'utf-8'", "'ascii'", "'latin-1'", "'ascii', 'ignore'", "'ascii', 'replace'",
                   "'ascii', 'xmlcharrefreplace'", "'ascii', 'backslashreplace'", "'utf-16-le'",
                   "'nope'", "encoding='utf8'", "1", on=STR_SHORT + ["'é€'"]),
    "endswith": _row("'d'", "('x', 'd')", "''", "'l', 0, 3", "'o', -9, -7", "1", "['d']", "", on=STR_RECV),
    "expandtabs": _row("", "4", "0", "-1", "'4'", "tabsize=2",
                       on=["''", "'a\\tb\\tc'", "'12345\\t6\\n\\tx'", "'\\t\\t'"]),
    "find": _row("'o'", "''", "'o', 5", "'o', -5", "'o', 0, 3", "'zz'", "1", "'o', None, None", on=STR_RECV),
    "format": _row("", "1", "1, 2", "x=1", on=[
        "'{}'", "'{0}{1}{0}'", "'{x}'", "'{:>5}'", "'{!r}'", "'{0.real}'", "'{0[1]}'", "'{{}}'", "'{'",
        "'}'", "'{0}{}'", "'{:{}}'", "'{a.b}'", "'{0!x}'",
    ]),
    "format_map": _row("{}", "{'x': 1}", "{'x': [1, 2]}", "1", "", on=["'{x}'", "'{x[0]}'", "'plain'", "'{}'"]),
    "index": _row("'o'", "''", "'o', 5", "'zz'", "1", "'o', 0, 3", on=STR_RECV),
    "isalnum": _row("", on=STR_PRED),
    "isalpha": _row("", on=STR_PRED),
    "isascii": _row("", on=STR_PRED),
    "isdecimal": _row("", on=STR_PRED),
    "isdigit": _row("", on=STR_PRED),
    "isidentifier": _row("", on=STR_PRED),
    "islower": _row("", on=STR_PRED),
    "isnumeric": _row("", on=STR_PRED),
    "isprintable": _row("", on=STR_PRED),
    "isspace": _row("", on=STR_PRED),
    "istitle": _row("", on=STR_PRED),
    "isupper": _row("", on=STR_PRED),
    "join": _row("[]", "['a', 'b', 'c']", "'xyz'", "[1, 2]", "['a', 1]", "('x',)", "iter(['p', 'q'])",
                 "{'k': 1}", "None", "", on=["''", "', '", "'é'"]),
    "ljust": _row("9", "9, '*'", "2", "-3", "'9'", "9, 'ab'", "", on=STR_SHORT),
    "lower": _row("", on=STR_RECV + ["'ΣΑΣ'", "'İ'"]),
    "lstrip": _row("", "None", "'H'", "' \\tm'", "''", "1", on=STR_RECV),
    "maketrans": _row("'abc', 'xyz'", "{'a': 'b', 'c': None}", "{97: 98}", "'ab', 'x'", "'ab', 'cd', 'e'",
                      "{'ab': 1}", "1", "", on=["str"]),
    "partition": _row("','", "' '", "'zz'", "''", "1", on=STR_RECV),
    "removeprefix": _row("'He'", "''", "'zz'", "1", on=STR_RECV),
    "removesuffix": _row("'ld'", "''", "'zz'", "1", on=STR_RECV),
    "replace": _row("'l', 'L'", "'', '-'", "'l', 'L', 1", "'l', 'L', -1", "'l', 'L', 0", "'zz', 'y'",
                    "1, 'x'", "'l'", on=STR_RECV),
    "rfind": _row("'o'", "''", "'o', 5", "'o', -5", "'o', 0, 3", "'zz'", "1", on=STR_RECV),
    "rindex": _row("'o'", "''", "'o', 5", "'zz'", "1", on=STR_RECV),
    "rjust": _row("9", "9, '*'", "2", "-3", "'9'", "9, 'ab'", on=STR_SHORT),
    "rpartition": _row("','", "' '", "'zz'", "''", "1", on=STR_RECV),
    "rsplit": _row("", "','", "',', 1", "None, 1", "maxsplit=1", "''", "1", "'::'", on=STR_SPLIT),
    "rstrip": _row("", "None", "'d'", "'\\t e'", "1", on=STR_RECV),
    "split": _row("", "','", "',', 1", "None, 1", "maxsplit=1", "sep='::'", "''", "1", "'::'", "',', -1",
                  on=STR_SPLIT),
    "splitlines": _row("", "True", "keepends=True", "1", "'x'", on=STR_LINES),
    "startswith": _row("'H'", "('x', 'H')", "''", "'l', 2", "'W', -5", "1", "('H', 1)", on=STR_RECV),
    "strip": _row("", "None", "'H\\t '", "''", "1", "'ab', 'c'", on=STR_RECV),
    "swapcase": _row("", on=STR_RECV + ["'ß'", "'ǅ'"]),
    "title": _row("", on=STR_RECV + ["\"they're bill's\"", "'ǆx 1a'"]),
    "translate": _row("{97: 'A', 98: None}", "str.maketrans('lo', '01')", "{}", "{97: 1.5}", "{97: 'xyz'}",
                      "'abc'", "1", on=STR_RECV),
    "upper": _row("", "1", on=STR_RECV + ["'ß'", "'ﬁ'"]),
    "zfill": _row("5", "0", "-1", "'5'", on=["''", "'42'", "'-42'", "'+x'", "'é'"]),
}

STR_OPS = [
    "'ab' + 'cd'", "'ab' + 1", "1 + 'ab'", "'ab' * 3", "'ab' * 0", "'ab' * -1", "3 * 'ab'", "'ab' * 'c'",
    "'ab' * 2.0", "'abc'[1]", "'abc'[-1]", "'abc'[3]", "'abc'['x']", "'abc'[1.0]", "'abcdef'[1:4]",
    "'abcdef'[::-1]", "'abcdef'[::2]", "'abcdef'[5:1:-2]", "'abcdef'[-100:100]", "'abcdef'[::0]",
    "'héllo'[1:3]", "'a' in 'abc'", "'' in 'abc'", "1 in 'abc'", "'a' < 'b'", "'a' < 1", "'abc' == 'abc'",
    "'a' <= 'a'", "'B' > 'a'", "'é' > 'z'", "len('héllo')", "len('')", "'abc' % ()", "'%s' % 'x'",
    "'x' - 'y'", "-'x'", "hash('abc') == hash('ab' + 'c')", "str(1)", "str(b'x')", "str(b'x', 'ascii')",
    "str(b'\\xff', 'utf-8')", "str(b'\\xff', 'utf-8', 'replace')", "str()", "str(None)", "str([1, 'a'])",
    "repr('it\\'s')", "repr('a\"b')", "repr('\\x00\\t\\n\\u1234\\U0001f600')", "repr('\\x7f\\x80\\xa0')",
    "ascii('é😀')", "'abc'.__len__()", "'abc'.__contains__('b')", "'a'.__add__(1)", "'a'.__mul__(2)",
    "list('abc')", "sorted('bca')", "max('abc')", "min('')", "'abc' is 'abc'", "str.upper('x')",
    "str.upper(1)", "str.join(',', 'ab')", "''.join(['a'] * 3)", "'%' % ()", "'{}'.format",
    "'abc' < 'abd'", "'abc' != 'abc'", "'z' * 10", "iter('ab').__next__()", "'ab'.__getitem__(0)",
    "'a' 'b'", "f'{1+1}'", "f'{\"x\"!r:>5}'", "'abc'.__eq__(1)",
]

# ---------------------------------------------------------------------------------------------
# bytes and bytearray: the str tables with b'' literals, minus the non-ASCII ones.

def _bytes_src(src):
    """The bytes version of a str-table entry (every string literal gets a b prefix), or None
    when it has no ASCII equivalent."""
    if not src.isascii():
        return None
    tokens = tokenize.generate_tokens(io.StringIO(src).readline)
    out = []
    for tok in tokens:
        if tok.type == tokenize.STRING and tok.string[0] in "'\"":
            out.append((tok.start[1], tok.end[1], "b" + tok.string))
    for start, end, text in reversed(out):
        src = src[:start] + text + src[end:]
    return src


def _bytes_rows(names, wrap=None):
    rows = {}
    for name in names:
        row = STR_METHODS.get(name)
        if row is None:
            continue
        args = [a for a in (_bytes_src(a) for a in row["args"]) if a is not None]
        on = [r for r in (_bytes_src(r) for r in row.get("on", STR_RECV)) if r is not None]
        if wrap:
            on = [wrap(r) for r in on]
        rows[name] = {"args": args, "on": on, "extra": [], "mut": False}
    return rows


BYTES_RECV = ["b''", "b'abc'", "b'Hello, World'", "b'  mixed Case\\t'", "b'\\x00\\xff\\x80'"]
BYTES_COMMON = [
    "capitalize", "center", "count", "endswith", "expandtabs", "find", "index", "isalnum", "isalpha",
    "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip",
    "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit",
    "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper", "zfill",
]

BYTES_METHODS = _bytes_rows(BYTES_COMMON)
BYTES_METHODS.update({
    "decode": _row("", "'utf-8'", "'ascii'", "'latin-1'", "'utf-8', 'replace'", "'utf-8', 'ignore'",
                   "'ascii', 'backslashreplace'", "'nope'", "errors='strict'", "1",
                   on=["b''", "b'abc'", "b'\\xc3\\xa9'", "b'\\xff\\xfe'", "b'a\\x80b'"]),
    "fromhex": _row("'00ff 10'", "''", "'0'", "'zz'", "'a b'", "1", "'  01  '", on=["bytes"]),
    "hex": _row("", "':'", "':', 2", "'-', -1", "''", "'ab'", "1", on=["b''", "b'\\x00\\xff\\x10'", "b'abcdef'"]),
    "maketrans": _row("b'abc', b'xyz'", "b'ab', b'x'", "'ab', 'cd'", "b'', b''", on=["bytes"]),
    "translate": _row("None", "None, b'l'", "bytes.maketrans(b'lo', b'01')", "b'x'", "bytes(range(256))",
                      "None, delete=b'l'", "1", on=BYTES_RECV),
    "count": _row("b'a'", "b''", "108", "b'l', 3", "256", "'l'", on=BYTES_RECV),
    "find": _row("b'o'", "b''", "111", "b'o', 5", "b'o', -5", "256", "'o'", on=BYTES_RECV),
})

BYTES_OPS = [
    "b'ab' + b'cd'", "b'ab' + 'cd'", "b'ab' + bytearray(b'x')", "b'ab' * 3", "b'ab' * -1", "b'abc'[1]",
    "b'abc'[-1]", "b'abc'[5]", "b'abcdef'[1:4]", "b'abcdef'[::-2]", "b'a' in b'abc'", "97 in b'abc'",
    "256 in b'abc'", "'a' in b'abc'", "b'a' < b'b'", "b'a' < 'b'", "b'a' == 'a'", "len(b'\\x00\\x01')",
    "bytes(3)", "bytes(-1)", "bytes([1, 2, 255])", "bytes([256])", "bytes('abc')", "bytes('abc', 'ascii')",
    "bytes('é', 'ascii')", "bytes(b'xy')", "bytes(range(5))", "bytes(1.5)", "bytes(None)", "bytes()",
    "repr(b'\\x00\\t\\n\\r\\'\"\\\\\\x7f\\x80')", "repr(b\"it's\")", "str(b'abc')", "list(b'ab')",
    "b'%d-%s' % (1, b'x')", "b'%s' % 'x'", "b'%r' % 1", "b'%a' % 'é'", "b'%c' % 65", "b'%c' % b'z'",
    "b'%x' % 255", "b'%5.2f' % 1.5", "hash(b'abc') == hash(b'ab' + b'c')", "bytes.fromhex('41 42')",
    "b'abc'.__getitem__(slice(1, None))", "sorted(b'cab')", "b'a' * 0", "bytes(b'abc')[::-1]",
    "bytearray(b'ab') + b'cd'", "bytearray(b'ab') * 2", "bytearray(b'abc')[1]", "bytearray(b'abc')[0:2]",
    "bytearray(b'ab') == b'ab'", "bytearray(3)", "bytearray([1, 300])", "bytearray('é', 'utf-8')",
    "bytearray()", "bytearray('x')", "repr(bytearray(b'a\\x00'))", "b'ab' < bytearray(b'b')",
    "[(x := bytearray(b'abc')), x.__setitem__(0, 65), x][1:]",
    "[(x := bytearray(b'abc')), x.__setitem__(0, 256), x][1:]",
    "[(x := bytearray(b'abcdef')), x.__setitem__(slice(1, 3), b'XYZ'), x][1:]",
    "[(x := bytearray(b'abcdef')), x.__delitem__(slice(None, None, 2)), x][1:]",
    "[(x := bytearray(b'ab')), x.__iadd__(b'cd'), x][1:]", "b'ab'.__setitem__(0, 1)",
    "memoryview(b'abc')[1]", "bytes(memoryview(b'abc')[1:])", "memoryview(b'abc').tobytes()",
    "list(memoryview(b'ab'))", "len(memoryview(b'abcd'))",
]

BYTEARRAY_METHODS = _bytes_rows(BYTES_COMMON, wrap=lambda r: f"bytearray({r})")
BYTEARRAY_RECV = ["bytearray()", "bytearray(b'abc')", "bytearray(b'Hello, World')"]
BYTEARRAY_METHODS.update({
    "decode": _row("", "'utf-8'", "'ascii'", "'latin-1'", "'nope'", on=["bytearray(b'abc')", "bytearray(b'\\xff')"]),
    "fromhex": _row("'00ff 10'", "''", "'zz'", "1", on=["bytearray"]),
    "hex": _row("", "':'", "1", on=["bytearray(b'\\x00\\xff')", "bytearray()"]),
    "maketrans": _row("b'abc', b'xyz'", "b'ab', b'x'", on=["bytearray"]),
    "translate": _row("None, b'l'", "bytes.maketrans(b'lo', b'01')", "b'x'", on=BYTEARRAY_RECV),
    "append": _row("100", "256", "-1", "b'a'", "'a'", "", on=BYTEARRAY_RECV),
    "clear": _row("", on=BYTEARRAY_RECV),
    "copy": _row("", on=BYTEARRAY_RECV),
    "extend": _row("b'xy'", "[1, 2]", "'xy'", "[300]", "range(3)", "1", on=BYTEARRAY_RECV),
    "insert": _row("0, 65", "-1, 66", "100, 67", "0, 256", "0, b'a'", "0", on=BYTEARRAY_RECV),
    "pop": _row("", "0", "-1", "10", "'0'", on=BYTEARRAY_RECV),
    "remove": _row("108", "b'l'", "300", "0", on=BYTEARRAY_RECV),
    "reverse": _row("", on=BYTEARRAY_RECV),
})
for _name in ("append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse"):
    BYTEARRAY_METHODS[_name]["mut"] = True

# ---------------------------------------------------------------------------------------------
# numbers

INT_RECV = ["0", "7", "-37", "255", "2**64", "-(10**30)", "True"]
INT_METHODS = {
    "as_integer_ratio": _row(""),
    "bit_count": _row(""),
    "bit_length": _row("", "1"),
    "conjugate": _row(""),
    "denominator": ATTR,
    "numerator": ATTR,
    "real": ATTR,
    "imag": ATTR,
    "from_bytes": _row("b'\\x00\\x10', 'big'", "b'\\x00\\x10', 'little'", "b'\\xff', 'big', signed=True",
                       "b'\\xff\\xff', byteorder='little', signed=True", "b''", "[1, 2], 'big'", "'ab', 'big'",
                       "b'\\x01', 'middle'", "bytearray(b'\\x01\\x02')", "b'\\x01' * 20, 'big'",
                       on=["int", "bool"]),
    "to_bytes": _row("2, 'big'", "2, 'little'", "1", "", "4, 'big', signed=True", "1, 'big'", "-1, 'big'",
                     "16, 'little'", "2, 'middle'", "length=3, byteorder='little'"),
}
INT_OPS = [
    "int('42')", "int(' -42 ')", "int('1_000')", "int('1__0')", "int('0x1f', 16)", "int('0x1f', 0)",
    "int('0b101', 0)", "int('0o17', 0)", "int('017', 0)", "int('z', 36)", "int('10', 37)", "int('10', 1)",
    "int('')", "int('4.5')", "int(4.9)", "int(-4.9)", "int(1e30)", "int(float('inf'))", "int(float('nan'))",
    "int('١٢٣')", "int(b'42')", "int(None)", "int([1])", "int('12', base=8)", "int(True)", "int()",
    "int('9' * 5000)", "int(' 0 ')", "int('+7')", "int('-0x10', 16)", "int(3.0j)", "int('1e3')",
    "int('_1')", "int('1_')", "int(x=1)", "int('10', 2.0)", "int(12, 10)",
    "str(10**4300)[:5]", "str(10**4301)[:5]", "repr(-(2**100))", "hex(2**70)", "oct(-8)", "bin(-5)",
    "(-7).__floordiv__(2)", "(7).__rtruediv__(2)", "(5).__add__(1.0)", "(5).__index__()",
    "(-1).__hash__()", "hash(-1)", "hash(2**61 - 1)", "hash(2**61)", "hash(-(2**61))", "hash(10**30)",
    "hash(1) == hash(1.0) == hash(True)", "hash(0.5)", "hash(-0.0)", "hash(float('inf'))",
    "hash(1 + 0j) == hash(1)", "hash(complex(1, 2))", "hash(1.5)", "hash(2**100) == hash(float(2**100))",
    "round(2.5)", "round(3.5)", "round(-2.5)", "round(1234, -2)", "round(1250, -2)", "round(1350, -2)",
    "round(7, 2)", "round(7, 'x')", "round(0)", "round(2**70, -10)", "abs(-5)", "abs(True)",
    "divmod(7, -2)", "divmod(-7, 2)", "divmod(7, 0)", "pow(2, 10)", "pow(2, -1)", "pow(2, 10, 1000)",
    "pow(3, -1, 7)", "pow(2, -1, 4)", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "pow(0, 0)", "pow(-8, 1/3)",
    "(2**64).bit_length()", "True + True", "True * 3.5", "-True", "~True", "True & False", "True | 0",
    "True ^ True", "False ** 0", "bool(-0)", "bool(0.0)", "bool(0j)", "bool('')", "bool(' ')",
    "bool([])", "bool(None)", "bool(x=1)", "bool(1, 2)", "repr(True)", "str(False)", "True == 1",
    "True is 1 == 1", "int.__name__", "bool.__mro__", "isinstance(True, int)", "int.from_bytes(b'\\x80', 'big', signed=True)",
]

FLOAT_RECV = ["0.0", "-0.0", "1.5", "-2.75", "1e300", "float('inf')", "float('nan')", "0.1", "3.0"]
FLOAT_METHODS = {
    "as_integer_ratio": _row(""),
    "conjugate": _row(""),
    "real": ATTR,
    "imag": ATTR,
    "hex": _row(""),
    "is_integer": _row(""),
    "fromhex": _row("'0x1.8p1'", "'0x1p-1074'", "'-0x1.fffffffffffffp+1023'", "'inf'", "'nan'", "'1'",
                    "'0x1p2000'", "'  0x10  '", "'zz'", "''", "1", "'0x.8'", on=["float"]),
}
FLOAT_OPS = [
    "float('1.5')", "float(' -2.5e3 ')", "float('1_000.5')", "float('inf')", "float('-Infinity')",
    "float('nan')", "float('x')", "float('')", "float(None)", "float(2**1024)", "float(10**400)",
    "float(b'1.5')", "float('1e400')", "float('١.٥')", "float()", "float(True)", "float([1])",
    "repr(0.1 + 0.2)", "repr(1e16)", "repr(1e-5)", "repr(123456789012345678.0)", "repr(1e22)",
    "repr(-0.0)", "repr(2.5e-310)", "str(1e100)", "repr(0.0001)", "repr(1.0)", "repr(100.0)",
    "repr(1e15)", "repr(9007199254740993.0)", "round(2.675, 2)", "round(0.5)", "round(1.5)", "round(-0.5)",
    "round(2.5, 0)", "round(1e300, -300)", "round(0.125, 2)", "round(0.375, 2)", "round(1.23456789, 5)",
    "round(float('inf'))", "round(float('nan'))", "round(float('inf'), 2)", "round(123.456, -1)",
    "round(5e-324, 400)", "round(1.5, None)", "abs(-0.0)", "1.0 / 0", "1.0 // 0", "1.0 % 0", "-7.5 // 2",
    "-7.5 % 2", "7.5 % -2", "divmod(-7.5, 2)", "2.0 ** -1", "(-8.0) ** (1/3)", "0.0 ** -1", "10.0 ** 400",
    "1e308 * 10", "float('inf') - float('inf')", "float('nan') == float('nan')", "float('inf') > 10**400",
    "1.0 == 1", "0.1 + 0.2 == 0.3", "2**53 + 1 == float(2**53 + 1)", "10**400 > 1e308", "1e308 < 10**400",
    "(2**53 + 1) < float(2**53 + 2)", "int(1.5e10)", "1.5.__trunc__()", "1.5.__floor__()", "(-1.5).__ceil__()",
    "1.5.__round__()", "1.5.__round__(1)", "sum([0.1] * 10)", "sum([1e100, 1.0, -1e100])",
    "sum([0.1, 0.2, 0.3])", "3 * 0.1", "1 / 3", "2 / 3", "7 / 7", "10 / 4", "2**1000 / 3", "1 / 2**1100",
    "(10**30) / (10**10)", "5 % -3.0", "float.__name__", "1.5 < 'x'", "1.5 + None",
]

COMPLEX_RECV = ["0j", "1+2j", "-1.5-0.5j", "complex(0, -0.0)", "complex('inf')", "3j"]
COMPLEX_METHODS = {
    "conjugate": _row(""),
    "real": ATTR,
    "imag": ATTR,
}
COMPLEX_OPS = [
    "complex(1, 2)", "complex('1+2j')", "complex(' (1-2j) ')", "complex('j')", "complex('-j')",
    "complex('1e3j')", "complex('x')", "complex('1', 2)", "complex(1j, 1j)", "complex()", "complex(None)",
    "complex('1 + 2j')", "complex(real=1, imag=2)", "complex(1.5)", "complex(True)",
    "repr(complex(0, -0.0))", "repr(-0j)", "repr(1e20j)", "repr(complex(1e300, 1e-300))",
    "repr(complex('nan'))", "(1+2j) * (3-4j)", "(1+2j) / (3-4j)", "(1+2j) / 0", "(1+2j) ** 2",
    "(1+2j) ** 0.5", "0j ** 0", "0j ** -1", "1j ** 1j", "abs(3+4j)", "abs(complex('inf'))", "-(1+2j)",
    "+(1+2j)", "(1+2j) == (1+2j)", "(1+0j) == 1", "1j < 2j", "(1+2j) // 1", "(1+2j) % 1", "divmod(1j, 1)",
    "(1+2j) + 1", "1.5 - 1j", "int(1j)", "float(1j)", "round(1j)", "pow(1j, 2)", "pow(1j, 2, 3)",
    "complex(2, 3).conjugate()", "str(1+2j)", "format(1+2j)", "(2+0j).real", "bool(0j)", "bool(1j)",
]

# ---------------------------------------------------------------------------------------------
# containers

LIST_RECV = ["[]", "[3, 1, 2]", "[1, 'a', None, 1]", "[[1], [2]]"]
LIST_METHODS = {
    "append": _row("4", "None", "", "1, 2"),
    "clear": _row(""),
    "copy": _row(""),
    "count": _row("1", "'a'", "[1]", "", "1.0"),
    "extend": _row("[9, 8]", "'ab'", "()", "range(2)", "1", "None", "{'k': 1}"),
    "index": _row("1", "2", "'a'", "1, 1", "1, -1", "1, 0, 1", "99", "", "1, 'x'"),
    "insert": _row("0, 'x'", "-1, 'x'", "100, 'x'", "-100, 'x'", "'0', 'x'", "0", "2**100, 'x'"),
    "pop": _row("", "0", "-1", "10", "'0'", "1.0"),
    "remove": _row("1", "'a'", "99", "", "1.0"),
    "reverse": _row("", "1"),
    "sort": _row("", "reverse=True", "key=str", "key=lambda v: -v if isinstance(v, int) else 0", "1",
                 "key=None", "cmp=None",
                 on=["[]", "[3, 1, 2]", "[1, 'a', None, 1]", "[2.5, 1, True]", "['b', 'A', 'a']",
                     "[(1, 'b'), (1, 'a'), (0, 'z')]", "[[2], [1, 2], []]", "[1, 2j]", "[{1}, {1, 2}]"]),
}
TUPLE_RECV = ["()", "(3, 1, 2)", "(1, 'a', None, 1)", "((1,), [2])"]
TUPLE_METHODS = {
    "count": _row("1", "'a'", "", "[2]"),
    "index": _row("1", "'a'", "1, 1", "1, -1", "99", "", "[2]"),
}
DICT_RECV = ["{}", "{'a': 1, 'b': 2}", "{1: 'x', (2, 3): [4], None: None}"]
DICT_METHODS = {
    "clear": _row(""),
    "copy": _row(""),
    "fromkeys": _row("'abc'", "[1, 2], 0", "[]", "[[1]]", "1", "", "range(3), []", on=["dict"]),
    "get": _row("'a'", "'z'", "'z', 0", "1", "[1]", "", "'a', 1, 2", "(2, 3)"),
    "items": _row("", "1"),
    "keys": _row(""),
    "values": _row(""),
    "pop": _row("'a'", "'z'", "'z', None", "[1]", "", "1"),
    "popitem": _row(""),
    "setdefault": _row("'a'", "'z'", "'z', 5", "[1]", ""),
    "update": _row("{'a': 9, 'c': 3}", "[('k', 'v')]", "c=3", "{'a': 0}, a=5", "[1]", "[('a', 1, 2)]", "1",
                   "{}, {}", "zip('xy', range(2))"),
}
SET_RECV = ["set()", "{1, 2, 3}", "{-1, 0, 2.5}"]
FROZENSET_RECV = ["frozenset()", "frozenset({1, 2, 3})", "frozenset([2, 4])"]
_SET_ARGS = ["{2, 3, 4}", "[3, 5]", "range(3)", "frozenset({1})", "set()", "1", "[[1]]", "{1}, {2}", ""]
SET_METHODS = {
    "add": _row("4", "1", "[1]", "(1, 2)", ""),
    "clear": _row(""),
    "copy": _row(""),
    "difference": _row(*_SET_ARGS),
    "difference_update": _row(*_SET_ARGS),
    "discard": _row("1", "9", "[1]", "{1}"),
    "intersection": _row(*_SET_ARGS),
    "intersection_update": _row(*_SET_ARGS),
    "isdisjoint": _row(*_SET_ARGS),
    "issubset": _row(*_SET_ARGS),
    "issuperset": _row(*_SET_ARGS),
    "pop": _row(""),
    "remove": _row("1", "9", "[1]", "frozenset({1, 2, 3})", "'a'"),
    "symmetric_difference": _row(*_SET_ARGS),
    "symmetric_difference_update": _row(*_SET_ARGS),
    "union": _row(*_SET_ARGS),
    "update": _row(*_SET_ARGS),
}
FROZENSET_METHODS = {name: SET_METHODS[name] for name in (
    "copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union")}

RANGE_RECV = ["range(0)", "range(5)", "range(10, 0, -3)", "range(-5, 5, 2)", "range(10**20, 10**20 + 5)"]
RANGE_METHODS = {
    "count": _row("3", "-1", "3.0", "'a'", "10**20 + 1", "True"),
    "index": _row("3", "-1", "4", "3.0", "'a'", "10**20 + 1", ""),
    "start": ATTR,
    "stop": ATTR,
    "step": ATTR,
}
RANGE_OPS = [
    "range(5)[2]", "range(5)[-1]", "range(5)[5]", "range(5)[1:3]", "range(10)[::-2]", "range(10)[::0]",
    "range(0, 10, 3)[1:]", "range(10, 0, -2)[-2:]", "len(range(10**20))", "range(10**20)[10**19]",
    "3 in range(5)", "3.0 in range(5)", "'3' in range(5)", "10**19 in range(0, 10**20, 2)", "range(0)",
    "range(1, 2, 0)", "range(1.5)", "range('1')", "range()", "range(1, 2, 3, 4)", "range(3) == range(3)",
    "range(0) == range(4, 2)", "range(0, 3, 2) == range(0, 4, 2)", "list(range(-3, 3))",
    "list(reversed(range(1, 10, 4)))", "repr(range(1, 5, 1))", "repr(range(-1, 5, 2))", "bool(range(0))",
    "hash(range(3)) == hash(range(0, 3))", "range(5).index(7)", "sum(range(101))", "max(range(0))",
    "range(True, 5)", "range(5)[True]", "range(2)['a']", "list(range(5))[::-1] == list(range(4, -1, -1))",
    "range(3) + range(2)", "range(3) * 2", "range(3) < range(4)", "sorted(range(3), reverse=True)",
]
SLICE_RECV = ["slice(5)", "slice(1, 10, 2)", "slice(None, None, -1)", "slice(-3, None)", "slice('a', 'b', 'c')"]
SLICE_METHODS = {
    "indices": _row("10", "0", "3", "-1", "'a'", "2**70"),
    "start": ATTR,
    "stop": ATTR,
    "step": ATTR,
}
SLICE_OPS = [
    "slice(1, 2) == slice(1, 2)", "slice(1, 2) < slice(1, 3)", "slice()", "slice(1, 2, 3, 4)",
    "slice(1, 2, 0).indices(5)", "repr(slice(None))", "[1, 2, 3][slice(None, None, -1)]",
    "'abcdef'[slice(1, None, 2)]", "(1, 2, 3)[slice(-2, None)]",
]

DICT_VIEW_OPS = [
    "{'a': 1}.keys() | {'b'}", "{'a': 1, 'b': 2}.keys() & {'b', 'c'}", "{'a': 1, 'b': 2}.keys() - {'a'}",
    "{'a': 1}.keys() ^ {'a', 'z'}", "{1: 2}.items() | {(3, 4)}", "{1: 2, 3: 4}.items() & {(1, 2)}",
    "{1: 2}.values() | {1}", "{1: 2}.keys() == {1}", "{1: 2}.keys() <= {1, 2}", "{1: 2}.keys() < {1}",
    "{1: 2}.items() == {(1, 2)}", "{1: 2}.values() == {1: 2}.values()", "len({1: 2, 3: 4}.values())",
    "2 in {1: 2}.values()", "(1, 2) in {1: 2}.items()", "1 in {1: 2}.keys()", "[1] in {1: 2}.keys()",
    "[1] in {1: 2}.items()", "list(reversed({1: 2, 3: 4}))", "list(reversed({1: 2, 3: 4}.items()))",
    "list(reversed({1: 2, 3: 4}.values()))", "{1: 2}.keys().isdisjoint([3])", "{1: 2}.items().isdisjoint([(1, 2)])",
    "{'a': 1}.keys().mapping", "repr({}.keys())", "repr({1: [2]}.items())", "repr({1: 2}.values())",
    "{'a': 1} | {'b': 2}", "{'a': 1} | {'a': 2}", "{'a': 1} | [('b', 2)]", "[(x := {'a': 1}), x.__ior__({'b': 2}), x][1:]",
    "[(x := {'a': 1}), x.__ior__([('b', 2)]), x][1:]", "{'a': 1} == {'a': 1.0}", "{'a': 1} < {'a': 2}",
    "dict(a=1, b=2)", "dict([('a', 1)], b=2)", "dict({'a': 1}, a=2)", "dict([1, 2])", "dict([(1, 2, 3)])",
    "dict(1)", "dict(zip('ab', 'cd'))", "dict.fromkeys('aa')", "{1: 1, 1.0: 2, True: 3}", "{[1]: 2}",
    "{'a': 1}['b']", "{(1, [2]): 3}", "{'a': 1}[[1]]", "{1: 2}.get([1])", "list({'b': 1, 'a': 2})",
    "sorted({'b': 1, 'a': 2}.items())", "len({})", "{**{'a': 1}, 'b': 2}", "{'a': 1}.__getitem__('a')",
    "[(x := {'a': 1}), x.__delitem__('a'), x][1:]", "[(x := {'a': 1}), x.__delitem__('b'), x][1:]",
    "[(x := {}), x.__setitem__([1], 2), x][1:]", "iter({1: 2}).__next__()", "hash({})",
    "{1: 2} == {1: 2}.items()", "repr({1: {2: {3: 'x'}}})", "repr(dict.fromkeys(range(3)))",
]

SEQUENCE_OPS = [
    "[1, 2] + [3]", "[1] + (2,)", "(1,) + [2]", "(1,) + (2,)", "[1] * 3", "[1] * -1", "[[]] * 2",
    "3 * (1, 2)", "[1] * 2.0", "[1, 2] == [1, 2]", "[1, 2] < [1, 3]", "[1, 2] < [1, 2, 0]", "[1] < (1,)",
    "[1] == (1,)", "(1, 'a') < (1, 2)", "(1, 2) < (1, 'a')", "[None] < [None]", "[1, [2]] < [1, [3]]",
    "[1, 2, 3][1:]", "[1, 2, 3][::-1]", "[1, 2, 3][-5:5]", "[1, 2, 3][3]", "[1, 2, 3][-4]", "[1, 2, 3]['a']",
    "[1, 2, 3][1.0]", "[1, 2, 3][::0]", "(1, 2, 3)[5]", "(1, 2)[::-1]", "(1, 2, 3)[True]",
    "[(x := [1, 2, 3]), x.__setitem__(0, 9), x][1:]", "[(x := [1, 2, 3]), x.__setitem__(5, 9), x][1:]",
    "[(x := [1, 2, 3, 4]), x.__setitem__(slice(1, 3), 'ab'), x][1:]",
    "[(x := [1, 2, 3, 4]), x.__setitem__(slice(None, None, 2), [0]), x][1:]",
    "[(x := [1, 2, 3, 4]), x.__setitem__(slice(None, None, 2), [7, 8]), x][1:]",
    "[(x := [1, 2, 3, 4]), x.__setitem__(slice(1, 2), 5), x][1:]",
    "[(x := [1, 2, 3, 4]), x.__delitem__(slice(None, None, -2)), x][1:]",
    "[(x := [1, 2, 3]), x.__delitem__(7), x][1:]", "[(x := [1]), x.__iadd__('ab'), x][1:]",
    "[(x := [1]), x.__iadd__(5), x][1:]", "[(x := [1, 2]), x.__imul__(2), x][1:]",
    "[(x := [1, 2]), x.__imul__(0), x][1:]", "(1, 2).__setitem__(0, 1)", "hash((1, 2)) == hash((1, 2))",
    "hash((1, [2]))", "hash([])", "hash((1, 2.0)) == hash((1, 2))", "len([1, [2, 3]])", "len(5)",
    "2 in [1, 2]", "[2] in [[2]]", "2 in (1, 2.0)", "float('nan') in [float('nan')]",
    "repr([1, 'a', [None], (2,), {3: 4}])", "repr((1,))", "repr(())", "repr([])", "repr((1, (2, ())))",
    "list('ab')", "list()", "list(1)", "list(range(3))", "list({1: 2})", "tuple([1, 2])", "tuple('ab')",
    "tuple(5)", "tuple()", "list((1, 2), (3,))", "sorted([3, 1, 2])", "sorted([3, 1, 'a'])",
    "sorted([1, 2], key=len)", "sorted(['bb', 'a', 'ccc'], key=len, reverse=True)",
    "sorted([(1, 'b'), (1, 'a')])", "sorted([[1], (1,)])", "sorted([None, 1])", "sorted([{1}, {2}])",
    "sorted([1j, 2j])", "sorted([3, 1], reverse=1)", "sorted([3, 1], None)", "sorted()", "sorted(5)",
    "max([1, 3, 2])", "min([1, 3, 2])", "max([])", "max([], default=0)", "max(1, 2, key=lambda v: -v)",
    "max('a', 1)", "min([], key=len)", "max([1, 2], default=0, key=None)", "max(1)", "max(1, 2, default=3)",
    "min((3, 'a'), (3, 'b'))", "max([[1], [1, 0]])", "[1, 2, 3].__len__()", "[].__getitem__(0)",
    "[1, 2] is [1, 2]", "[*range(3), *'ab']", "(*[1], *(2,))", "[1, 2, 3].__reversed__().__next__()",
    "list(reversed([1, 2]))", "list(reversed((1, 2)))", "reversed(5)", "list(reversed('abc'))",
    "[0] * (10**20)", "[1, 2, 3].__contains__(2)", "[1, 2] != [1, 2]", "[3, 2] > [3]", "() < ()",
    "[1, 2].__add__((3,))", "(1,).__mul__('2')", "[1] * True",
]

SET_DICT_OPS = [
    "{1, 2} | {3}", "{1, 2} & {2, 3}", "{1, 2} - {2}", "{1, 2} ^ {2, 3}", "{1, 2} | [3]", "{1} | frozenset({2})",
    "frozenset({1}) | {2}", "frozenset({1}) & {1, 2}", "{1, 2} <= {1, 2, 3}", "{1, 2} < {1, 2}", "{1, 2} >= {2}",
    "{1, 2} > {1, 2}", "{1} == frozenset({1})", "{1} < [1]", "{1} + {2}", "{1, 2} == {2, 1}", "{1} != {1.0}",
    "1 in {1}", "[1] in {1}", "{1} in {frozenset({1})}", "frozenset({1}) in {frozenset({1})}",
    "[(x := {1, 2}), x.__ior__({3}), x][1:]", "[(x := {1, 2}), x.__iand__({2}), x][1:]",
    "[(x := {1, 2}), x.__isub__({2}), x][1:]", "[(x := {1, 2}), x.__ixor__({2, 5}), x][1:]",
    "[(x := {1, 2}), x.__ior__([3]), x][1:]", "repr(set())", "repr(frozenset())", "repr({1, (2, 3)})",
    "repr(frozenset({1, 2}))", "set('aab') == {'a', 'b'}", "set([1, 2, 1])", "set(1)", "set([[1]])",
    "frozenset([1, 1, 2])", "frozenset()", "hash(frozenset({1, 2})) == hash(frozenset({2, 1}))", "hash({1})",
    "hash(frozenset())", "len({1, 1.0, True})", "{1, 1.0, True}", "{True, 1}", "{0, False, 0.0}",
    "sorted({3, 1, 2})", "sorted({'b', 'a'})", "set() == frozenset()", "{-1, -2, 5, 100, 7}",
    "{10**20, 1}", "set(range(20, 0, -3))", "{(1, 2), (1, 2)}", "{1, 2}.__len__()", "{'a'} < {'a', 'b'}",
    "set.union({1}, [2], (3,))", "set.union({1})", "set().union()", "{1, 2}.intersection()",
    "{1, 2}.issubset([1, 2, 3])", "{1}.isdisjoint('a')", "set.add({1}, 2)", "frozenset.union(frozenset(), {1})",
]

# ---------------------------------------------------------------------------------------------
# number operators: operands x operands for each operator

_NUM = ["7", "-3", "0", "2.5", "True", "1j", "'s'", "None", "2**70"]
_NUM_SMALL = ["7", "-3", "0", "2.5", "True", "1j", "'s'"]
NUMBER_OPS = [
    (_NUM, ["+", "-", "*"]),
    (_NUM_SMALL, ["/", "//", "%", "**"]),
    (["6", "-6", "0", "True", "2.0", "2**70", "-(2**70)", "'x'"], ["<<", ">>", "&", "|", "^"]),
    (["1", "1.0", "True", "1j", "'1'", "None", "float('nan')", "2**64"], ["<", "==", ">=", "!="]),
]

# ---------------------------------------------------------------------------------------------
# builtin functions

BUILTIN_CALLS = [
    "abs(-3)", "abs(-2.5)", "abs('x')", "abs()", "abs(-(2**100))", "all([])", "all([1, 0])", "all('ab')",
    "all(1)", "any([])", "any([0, 2])", "any(x for x in [0, ''])", "ascii('é\\n')", "ascii([1, 'ü'])",
    "ascii(b'\\xff')", "bin(10)", "bin(-10)", "bin(0)", "bin(2.0)", "bin(True)", "oct(8)", "oct(-64)", "oct('8')",
    "hex(255)", "hex(-255)", "hex(0)", "hex(1.5)", "hex(2**100)", "callable(len)", "callable(1)", "callable(int)",
    "callable(lambda: 0)", "chr(65)", "chr(0x1F600)", "chr(-1)", "chr(0x110000)", "chr('a')", "chr(65.0)",
    "ord('A')", "ord('😀')", "ord('')", "ord('ab')", "ord(b'a')", "ord(1)", "ord(bytearray(b'z'))",
    "divmod(7, 2)", "divmod(-7, 2)", "divmod(7.5, 2)", "divmod(7, 0)", "divmod('a', 1)", "divmod(2**100, 7)",
    "list(enumerate('ab'))", "list(enumerate('ab', 1))", "list(enumerate('ab', start=-1))", "enumerate(1)",
    "list(enumerate([], 'x'))", "list(filter(None, [0, 1, '', 'a']))", "list(filter(str.isdigit, 'a1b2'))",
    "filter(1, 2)", "list(map(abs, [-1, 2]))", "list(map(pow, [2, 3], [3, 2]))", "list(map(lambda a, b: a + b, 'ab', 'xyz'))",
    "map(abs)", "list(map(abs, 1))", "list(zip('ab', [1, 2, 3]))", "list(zip())", "list(zip('ab', 'c', strict=True))",
    "list(zip('ab', 'cd', strict=True))", "list(zip([1], [2, 3], strict=True))", "list(zip(1))",
    "format(3.14159, '.2f')", "format(42)", "format('x', '>3')", "format(1, 'z')", "format([], 'x')", "format([])",
    "getattr(1, 'real')", "getattr(1, 'nope')", "getattr(1, 'nope', None)", "getattr(1, 2)", "hasattr('', 'upper')",
    "hasattr(1, 'nope')", "hasattr(1, 2)", "isinstance(1, int)", "isinstance(True, (str, int))", "isinstance(1, 1)",
    "isinstance(1, int | str)", "isinstance([], (list, (tuple, dict)))", "issubclass(bool, int)", "issubclass(int, (str, object))",
    "issubclass(1, int)", "issubclass(int, 1)", "len('abc')", "len([1])", "len(1)", "len()", "len(range(3))",
    "len({1: 2})", "next(iter([1]))", "next(iter([]), 'd')", "next(iter([]))", "next([1])", "next(iter('a'), None, 1)",
    "list(iter([1, 2]))", "iter(1)", "list(iter(iter([3]).__next__, 4))", "iter(len, 1)", "list(iter([5, 6, 7].pop, 5))",
    "pow(2, 3)", "pow(2, 0.5)", "pow(-2, 0.5)", "pow(2, -2)", "pow(2, 3, 5)", "pow(2, -3, 5)", "pow(2, 3, -5)",
    "pow(2.5, 2, 3)", "pow(0, -1)", "pow(10, 100) % 7", "pow(base=2, exp=3)", "pow(2, 3, mod=3)", "pow()",
    "repr(1)", "repr('x')", "repr(None)", "repr(...)", "repr(NotImplemented)", "repr(int)", "repr(len)",
    "repr(type(None))", "round(1.5)", "round(2.5)", "round(2.675, 2)", "round(-1.5)", "round(1.23, -1)",
    "round('x')", "round(1.5, 1.0)", "round(10, -1)", "round(15, -1)", "round(25, -1)", "round(-15, -1)",
    "sorted('hello')", "sorted([3, 1], key=lambda x: -x)", "sum([1, 2, 3])", "sum([1, 2], 10)", "sum([[1], [2]], [])",
    "sum(['a', 'b'], '')", "sum([b'a'], b'')", "sum([0.1, 0.2])", "sum([1, 2.5])", "sum(range(10), start=5)",
    "sum([1, 'a'])", "sum(1)", "sum([1e308, 1e308])", "sum([1j, 2])", "sum([True, True])", "sum([], 0.0)",
    "type(1)", "type('a')", "type(None)", "type(type)", "type('X', (), {}).__name__", "type('X', (int,), {})(5)",
    "type(1, 2)", "type('X', 1, {})", "type()", "vars(1)", "dir(1)[:3]", "'real' in dir(1)", "id(1) == id(1)",
    "isinstance(id([]), int)", "hash(1)", "hash('a') == hash('a')", "hash([])", "hash(None) == hash(None)",
    "hash((1, 'a')) == hash((1, 'a'))", "hash(hash)", "min(3, 1, 2)", "min('b', 'a')", "min([3, 1], key=lambda x: x % 3)",
    "min([], default=None)", "min(1, 2, default=0)", "max(iter([]))", "max(None, 1)", "max([1, 2], [1, 3])",
    "max({1: 2, 3: 4})", "max('aAb', key=str.lower)", "object()  is None", "object().__class__", "object(1)",
    "bool(object())", "print(sep=1)",
    "print('x', end=2)", "print(file=1)", "str.__mro__", "int.__mro__", "int.__bases__", "object.__bases__", "type.__name__", "getattr(int, '__name__')",
    "slice(1, 2, 3)", "slice(None).indices(4)", "memoryview(b'ab').nbytes", "memoryview('ab')",
    "frozenset('aab') == frozenset('ab')", "complex('1+1j')", "float('1.5')", "int('12')", "int('12', 3)",
    "list(zip(*[(1, 'a'), (2, 'b')]))", "dict(zip('abc', range(3)))", "eval('1 + 2')", "eval('x', {'x': 5})",
    "eval('1 +')", "exec('y = 3')", "eval('a + b', {'a': 1}, {'b': 2})", "eval(1)", "eval('import os')",
    "compile('1', 'f', 'eval').__class__.__name__", "eval(compile('2 * 3', 'f', 'eval'))", "compile('1', 'f', 'bad')",
    "callable(print)", "delattr(1, 'real')", "setattr(1, 'x', 2)", "setattr(1, 'real', 2)", "isinstance(None, type(None))",
    "issubclass(type, object)", "issubclass(object, type)", "isinstance(int, type)", "isinstance(type, type)",
    "list(map(str, range(3)))", "list(map(int, ['1', 'x']))", "all(map(str.isdigit, ['1', '2']))",
    "sorted([3, 1, 2], key=None, reverse=False)", "sorted({'a': 2, 'b': 1}, key={'a': 2, 'b': 1}.get)",
    "list(filter(lambda v: v > 1, range(4)))", "len(sorted(set('mississippi')))",
    "str(ValueError('x'))", "repr(ValueError('x', 1))", "ValueError('x').args", "repr(KeyError('k'))",
    "str(KeyError('k'))", "str(KeyError())", "str(KeyError('a', 'b'))", "repr(Exception())", "str(OSError(2, 'No such'))",
    "OSError(2, 'x').errno", "repr(StopIteration(5).value)", "BaseException('a').with_traceback(None).args",
    "issubclass(KeyError, LookupError)", "ZeroDivisionError.__mro__", "repr(ExceptionGroup('g', [ValueError(1)]))",
    "ExceptionGroup('g', [])", "ExceptionGroup('g', [1])", "ExceptionGroup('g', [ValueError(1), TypeError(2)]).subgroup(ValueError)",
    "[(e := ValueError('m')), e.add_note('n1'), e.__notes__][1:]", "ValueError('m').add_note(1)",
    "str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte'))", "repr(SyntaxError('bad'))",
    "str(SystemExit(3))", "SystemExit(3).code", "KeyboardInterrupt.__mro__[1]", "repr(NameError('n', name='n').name)",
    "AttributeError('a', name='n', obj=1).obj", "repr(ImportError('x', name='m'))", "ImportError('x', name='m').name",
]

# ---------------------------------------------------------------------------------------------
# format specs and %-formatting

FORMAT_SPECS = [
    (["0", "42", "-42", "255", "2**70", "True"], [
        "", "d", "5d", "<5", ">5", "^5", "*^7", "+", "-", " ", "05", "+05", "=+6", ",", "_", "_b", ",x", "b",
        "#b", "o", "#o", "x", "#x", "X", "#X", "c", "e", ".2e", "f", ".1f", "g", "G", "%", ".0%", "n", "s",
        "z", "z.1f", "#", "08,d", "10_x", ".3", "x<+#10_x", "^-09", "d ", "ld", "=^5", ",_", "_,",
    ]),
    (["0.0", "-0.0", "1.5", "-2.675", "1234567.891", "1e-7", "1e22", "float('inf')", "float('-nan')", "3"], [
        "", "f", ".2f", ".0f", "#.0f", "10.3f", "<10.3f", "+.1f", " .1f", "z.1f", "e", ".3E", ".0e", "#.0e",
        "g", ".3g", "#.3g", "G", ".10g", "%", ".1%", ",.2f", "_.2f", "015,.2f", "=+12.3f", "n", ".2n", "r",
        "d", ".1", ".17g", "012", "^12", ",", "*>+12,.3f", "z", "zg",
    ]),
    (["1+2j", "-1.5-0.5j", "3j", "complex(0, -0.0)"], [
        "", "f", ".2f", "e", "g", "+.1f", ">20", "^20.2f", ".3", "=10", "010", "d", "%",
    ]),
    (["''", "'abc'", "'éü'", "None", "[1, 2]"], [
        "", "s", "5", "<5", ">5", "^6", "*^6", ".2", "5.1", "=5", "+", "05", ",", "d", "#", "z", "x",
    ]),
]

PRINTF_CASES = [
    ("'%s'", "'x'"), ("'%s'", "(1,)"), ("'%s'", "((1, 2),)"), ("'%s %s'", "(1,)"), ("'%s'", "(1, 2)"),
    ("'%d'", "3.9"), ("'%d'", "'3'"), ("'%i'", "-7"), ("'%5d|%-5d|%05d'", "(1, 2, 3)"), ("'%+d % d'", "(5, 5)"),
    ("'%x %X %#x %#X'", "(255, 255, 255, 255)"), ("'%o %#o'", "(8, 8)"), ("'%x'", "2.0"), ("'%e'", "12345.678"),
    ("'%.2e %E'", "(0.000123, 1e100)"), ("'%f'", "1/3"), ("'%.0f %.1f'", "(2.5, 0.05)"), ("'%g %G'", "(1e-5, 1e20)"),
    ("'%#g'", "1.0"), ("'%10.3f|'", "3.14159"), ("'%-10.3f|'", "3.14159"), ("'%*d'", "(5, 42)"),
    ("'%-*d|'", "(5, 42)"), ("'%.*f'", "(2, 3.14159)"), ("'%c'", "65"), ("'%c'", "'z'"), ("'%c'", "'zz'"),
    ("'%c'", "-1"), ("'%r'", "'x'"), ("'%a'", "'é'"), ("'%%'", "()"), ("'%'", "()"), ("'%z'", "1"),
    ("'%(a)s-%(b)d'", "{'a': 'x', 'b': 2}"), ("'%(a)s'", "{}"), ("'%(a)s'", "1"), ("'%s'", "{'a': 1}"),
    ("'%(a)s %s'", "{'a': 1}"), ("'%d'", "None"), ("'%s'", "None"), ("'%d'", "True"), ("'%f'", "'x'"),
    ("'%5s|%-5s|'", "('ab', 'cd')"), ("'%.2s'", "'abcdef'"), ("'%d'", "2**100"), ("'%x'", "-(2**70)"),
    ("'%08.3f'", "-3.14159"), ("'% 08.2f'", "2.5"), ("'%+.3e'", "0.0"), ("'%f'", "float('inf')"),
    ("'%5.1f%%'", "99.5"), ("'no args'", "()"), ("'no args'", "5"), ("'%s %s'", "[1, 2]"), ("'%d %d'", "(1, 2, 3)"),
    ("'%i'", "1e20"), ("'%#.3o'", "8"), ("'%#5x'", "10"), ("'%-#8o|'", "64"), ("'%s'", "b'x'"), ("'%c'", "0x110000"),
    ("'%.3g'", "123456"), ("'%10.4g|'", "3.14159265"), ("'%-+8d|'", "7"), ("'%(x)5.1f'", "{'x': 2.25}"),
    ("'%(x)s %(x)r'", "{'x': 'q'}"), ("'%s'", "()"), ("'%u'", "5"), ("'%F'", "1.5"), ("'%.3f'", "1e300"),
]

# ---------------------------------------------------------------------------------------------

TYPES = {
    "str": {"type": str, "receivers": STR_RECV, "methods": STR_METHODS, "ops": STR_OPS},
    "bytes": {"type": bytes, "receivers": BYTES_RECV, "methods": BYTES_METHODS, "ops": BYTES_OPS},
    "bytearray": {"type": bytearray, "receivers": BYTEARRAY_RECV, "methods": BYTEARRAY_METHODS, "mutable": True},
    "int": {"type": int, "receivers": INT_RECV, "methods": INT_METHODS, "ops": INT_OPS},
    "float": {"type": float, "receivers": FLOAT_RECV, "methods": FLOAT_METHODS, "ops": FLOAT_OPS},
    "complex": {"type": complex, "receivers": COMPLEX_RECV, "methods": COMPLEX_METHODS, "ops": COMPLEX_OPS},
    "bool": {"type": bool, "receivers": ["True", "False"], "methods": INT_METHODS},
    "list": {"type": list, "receivers": LIST_RECV, "methods": LIST_METHODS, "mutable": True},
    "tuple": {"type": tuple, "receivers": TUPLE_RECV, "methods": TUPLE_METHODS},
    "dict": {"type": dict, "receivers": DICT_RECV, "methods": DICT_METHODS, "mutable": True, "ops": DICT_VIEW_OPS},
    "set": {"type": set, "receivers": SET_RECV, "methods": SET_METHODS, "mutable": True},
    "frozenset": {"type": frozenset, "receivers": FROZENSET_RECV, "methods": FROZENSET_METHODS},
    "range": {"type": range, "receivers": RANGE_RECV, "methods": RANGE_METHODS, "ops": RANGE_OPS},
    "slice": {"type": slice, "receivers": SLICE_RECV, "methods": SLICE_METHODS, "ops": SLICE_OPS},
}

# ---------------------------------------------------------------------------------------------
# exception objects: args, str/repr, notes, tracebacks, exception groups

_EXC_RECV = [
    "ValueError()", "ValueError('bad value')", "ValueError('a', 1)", "KeyError('k')", "KeyError()",
    "OSError(2, 'No such file')", "OSError(2, 'No such file', 'x.txt')", "StopIteration(5)",
    "SystemExit(3)", "UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')",
    "AttributeError('no attr', name='x', obj=1)", "ZeroDivisionError('division by zero')",
]
_EXC_VIEWS = [
    "{e}.args", "str({e})", "repr({e})", "type({e}).__name__", "{e}.__notes__ if hasattr({e}, '__notes__') else None",
    "(lambda x: (x.add_note('note 1'), x.add_note('note 2'), x.__notes__)[2])({e})",
    "(lambda x: x.with_traceback(None) is x)({e})", "{e}.__traceback__", "{e}.__cause__",
    "{e}.__context__", "{e}.__suppress_context__", "isinstance({e}, Exception)",
    "[c.__name__ for c in type({e}).__mro__]", "len({e}.args)",
]
EXCEPTION_CELLS = [view.format(e=e) for e in _EXC_RECV for view in _EXC_VIEWS] + [
    "ValueError('x').add_note(5)", "ValueError('x').with_traceback(5)", "StopIteration(5).value",
    "StopIteration().value", "SystemExit(3).code", "SystemExit().code", "OSError(2, 'x').errno",
    "OSError(2, 'x').strerror", "type(OSError(2, 'x')).__name__", "type(OSError(13, 'x')).__name__",
    "OSError(2, 'x', 'f').filename", "KeyError('a', 'b').args", "str(KeyError('a', 'b'))",
    "ExceptionGroup('eg', [ValueError(1), TypeError(2)])",
    "ExceptionGroup('eg', [ValueError(1), TypeError(2)]).exceptions",
    "str(ExceptionGroup('eg', [ValueError(1), TypeError(2)]))",
    "ExceptionGroup('eg', [ValueError(1), TypeError(2)]).message",
    "ExceptionGroup('eg', [ValueError(1), TypeError(2)]).split(ValueError)",
    "ExceptionGroup('eg', [ValueError(1), TypeError(2)]).subgroup(TypeError)",
    "ExceptionGroup('eg', [ValueError(1)]).subgroup(KeyError)",
    "ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [KeyError(2)])]).split(KeyError)",
    "ExceptionGroup('eg', [ValueError(1)]).derive([TypeError(3)])",
    "ExceptionGroup('eg', [])", "ExceptionGroup('eg', ValueError(1))", "ExceptionGroup('eg', [1])",
    "ExceptionGroup(1, [ValueError()])", "BaseExceptionGroup('b', [KeyboardInterrupt()])",
    "type(BaseExceptionGroup('b', [ValueError()])).__name__",
    "ExceptionGroup('eg', [KeyboardInterrupt()])",
    "issubclass(ExceptionGroup, BaseExceptionGroup)", "issubclass(ExceptionGroup, Exception)",
    "BaseException('x').args", "Exception(*range(3)).args", "ValueError(None).args", "str(ValueError(None))",
    "repr(ValueError(''))", "str(ValueError(''))", "repr(Exception('a\\nb'))",
]

# ---------------------------------------------------------------------------------------------
# hashing across numeric types, and what is unhashable

_FRAC = "__import__('fractions').Fraction"
_DEC = "__import__('decimal').Decimal"
HASH_CELLS = [
    "hash(1) == hash(1.0) == hash(True) == hash(1+0j)", "hash(0) == hash(0.0) == hash(-0.0) == hash(False)",
    "hash(-1)", "hash(-2)", "hash(2**61 - 1)", "hash(2**61)", "hash(-(2**61))", "hash(2**100)",
    "hash(1.5)", "hash(-0.5)", "hash(1e300)", "hash(float('inf'))", "hash(float('-inf'))",
    "hash(10**20) == hash(1e20)", "hash(2**64) == hash(float(2**64))", "hash(1j)", "hash(1+2j)",
    "hash(complex(0, -1))", "hash(complex(1.5, 2.5))",
    f"hash({_FRAC}(1, 2)) == hash(0.5)", f"hash({_FRAC}(3, 1)) == hash(3)", f"hash({_FRAC}(1, 3))",
    f"hash({_FRAC}(-7, 4))", f"hash({_DEC}('0.5')) == hash(0.5)", f"hash({_DEC}('3')) == hash(3)",
    f"hash({_DEC}('1.1'))", f"hash({_DEC}('-0'))", f"{_DEC}('0.5') == {_FRAC}(1, 2)",
    f"{{1: 'a'}}[1.0]", f"{{1: 'a'}}[True]", f"{{0.5: 'h'}}[{_FRAC}(1, 2)]", "{1, 1.0, True, 1+0j}",
    "{0, 0.0, -0.0, False, 0j}", "len({1, 1.0, 2, 2.0})", "hash(())", "hash((1, 2))",
    "hash((1, 2)) == hash((1.0, 2.0))", "hash(frozenset()) ", "hash(frozenset({1, 2})) == hash(frozenset({2, 1}))",
    "hash(None) == hash(None)", "hash(range(0)) == hash(range(5, 5))", "hash(range(3)) == hash(range(0, 3, 1))",
    "hash(slice(1, 2))", "hash([])", "hash({})", "hash(set())", "hash(bytearray())", "hash(([],))",
    "hash((1, [2]))", "hash(frozenset([1])) == hash(frozenset([1.0]))", "hash(b'') == hash('')",
    "hash(float('nan')) == hash(float('nan'))", "hash(True) + hash(False)",
]

# ---------------------------------------------------------------------------------------------
# ordering and sorting across types: what compares, and CPython's TypeError messages

SORT_CELLS = [
    "sorted([3, 1.5, True, 2**70, -1])", "sorted([1, 'a'])", "sorted(['a', 1])", "sorted([1, None])",
    "sorted([None, None])", "sorted([(1, 'a'), (1, 2)])", "sorted([(1, 2), (1, 'a')])", "sorted([[1], (1,)])",
    "sorted([1j, 2j])", "sorted([{1}, {1, 2}, set()])", "sorted([b'b', 'a'])", "sorted([b'b', b'a', b''])",
    "sorted([1, 2, 'x'], key=str)", "sorted([3, 1, 2], key=lambda v: -v)", "sorted(['b', 'A', 'c'], key=str.lower)",
    "sorted([[], [1], [0, 5]])", "sorted([(2, 'b'), (1, 'z'), (2, 'a')], reverse=True)", "min([1, 'a'])",
    "max(['a', 1])", "max([1, 2.5, True])", "min([(1, 2), (1,)])", "max([], default='none')", "max([])",
    "min(3, 'x')", "max('abc', key=ord)", "sorted({'b': 1, 'a': 2})", "sorted('hello')", "sorted(range(5, 0, -2))",
    "1 < 'a'", "'a' < 1", "None < None", "[1] < (1,)", "(1, 2) < (1, 'a')", "(1, 'a') < (2, 'a')",
    "{1} < {1, 2}", "{1} < [1, 2]", "1j < 2j", "1 < 1j", "[] < []", "[1, 2] < [1, 2, 0]", "'abc' < 'abd'",
    "'Z' < 'a'", "'é' < 'z'", "b'a' < 'b'", "1.5 < True", "float('nan') < 1", "sorted([float('nan'), 1, 0])",
    "sorted([2, 1], key=None)", "sorted([2, 1], key=5)", "sorted([2, 1], reverse=None)", "sorted([1], cmp=None)",
    "sorted()", "sorted(1)", "[3, 'a'].sort()", "(lambda l: (l.sort(key=len), l)[1])(['ccc', 'a', 'bb'])",
    "sorted([(1, None), (1, None)])", "sorted([(1, None), (2, None)])", "sorted([(1, None), (1, 0)])",
]
