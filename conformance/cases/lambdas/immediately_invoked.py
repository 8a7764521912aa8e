# Lambdas called on the spot, stored in data structures and used as tiny inline helpers.
print((lambda x, y: x * y)(6, 7))
print((lambda *args: sum(args))(1, 2, 3, 4), (lambda **kw: sorted(kw))(b=1, a=2))
print((lambda: "no args")(), (lambda x=10: x)(), (lambda x, /, y=2, *, z=3: (x, y, z))(1, z=9))
validators = [
    ("non-empty", lambda s: bool(s)),
    ("short", lambda s: len(s) <= 8),
    ("lowercase", lambda s: s == s.lower()),
    ("no digits", lambda s: not any(c.isdigit() for c in s)),
]
for candidate in ["admin", "Administrator", "user42", ""]:
    failed = [name for name, check in validators if not check(candidate)]
    print(repr(candidate), failed or "valid")
table = [(lambda n: n + 1), (lambda n: n * 2), (lambda n: n**2)]
value = 3
for fn in table:
    value = fn(value)
print(value)
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])), list(filter(lambda s: "a" in s, ["cat", "dog", "bat"])))
swap = lambda pair: (pair[1], pair[0])
print(swap((1, 2)), dict(map(swap, {"a": 1, "b": 2}.items())))
print((lambda f: f(f, 5))(lambda self, n: 1 if n == 0 else n * self(self, n - 1)))
try:
    print((lambda x: x)())
except TypeError as exc:
    print("TypeError:", exc)
