# Higher-order functions with lambdas: currying, partial application by hand, map/filter/reduce-like folds.
curry_add = lambda a: lambda b: lambda c: a + b + c
print(curry_add(1)(2)(3), curry_add("x")("y")("z"))


def partial(fn, *fixed, **fixed_kw):
    return lambda *args, **kw: fn(*fixed, *args, **{**fixed_kw, **kw})


power = lambda base, exp: base**exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), [square(n) for n in range(5)])


def fold(fn, items, initial):
    acc = initial
    for item in items:
        acc = fn(acc, item)
    return acc


print(fold(lambda a, b: a + b, [1, 2, 3, 4], 0), fold(lambda a, b: a * b, range(1, 6), 1))
print(fold(lambda acc, w: acc + [w.upper()] if len(w) > 2 else acc, ["a", "bcd", "ef", "ghi"], []))
print(fold(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
pipeline = [lambda s: s.strip(), lambda s: s.lower(), lambda s: s.replace(" ", "_")]
print(fold(lambda acc, f: f(acc), pipeline, "  Hello Big World  "))
apply_n = lambda f, n: lambda x: fold(lambda acc, _: f(acc), range(n), x)
print(apply_n(lambda x: x * 2, 10)(1), apply_n(lambda s: s + "!", 3)("hey"))
print(fold(lambda a, b: a + b, ["a", 1], ""))
