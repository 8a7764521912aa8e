"""Literals: numbers, strings, bytes, f-strings, containers, comprehensions."""
integers = [0, 7, 1_000_000, 0xDEAD_BEEF, 0o755, 0b1010, 10**20, 123456789012345678901234567890]
floats = [0.0, 1.5, 1e10, 1E-5, 3.14_15, .5, 5., 1e400, 0.1 + 0.2]
complexes = [2j, 1.5J, 1e16j, 3 + 4j]
strings = ["double", 'single', """triple
with a newline""", r"raw\n", u"unicode", "tab\there", "\x41\u00e9\N{BULLET}"]
concatenated = "implicit " "concatenation " 'across quotes'
byte_strings = [b"bytes", rb"\d+", b"\x00\xff", B'quote\'s']
name = "world"
width = 10
formatted = [
    f"hello {name}",
    f"{name!r:>{width}}",
    f"{3.14159:.2f} and {width=}",
    f"{'nested'} {{braces}}",
    F"{name}" "plain" f"{width:#x}",
]
empty = [[], (), {}, set(), ""]
singles = (1,), [None], {True: False}
constants = None, True, False, ..., Ellipsis
list_comp = [x * 2 for x in range(10) if x % 3 if x]
set_comp = {ch.lower() for ch in "Hello"}
dict_comp = {k: v for k, v in zip("abc", range(3))}
nested = [(i, j) for i in range(3) for j in range(i)]
gen = (line for line in open("f") if line)


async def agen(items):
    return [x async for x in items]
