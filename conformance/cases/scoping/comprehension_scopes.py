# Comprehensions have their own scope: loop variables stay inside, outer names are read, class quirks.
factor = 3
values = [factor * i for i in range(4)]
print(values, "i" in globals())
i = "outer i"
total = sum(i for i in range(5))
print(total, i)


def f():
    n = 10
    squares = {k: k * k + n for k in range(3)}
    nested = [[r * c for c in range(n // 5)] for r in range(2)]
    return squares, nested


print(f())


class Grid:
    size = 3
    rows = [[0, 0] for _ in range(size)]
    cells = [(r, r * r) for r in range(size)]


print(Grid.rows, Grid.cells)
funcs = {name: (lambda name=name: name.upper()) for name in ("a", "b")}
print({k: fn() for k, fn in funcs.items()})
x = 10
gen = (x + y for y in range(3))
x = 20
print(list(gen))


class Broken:
    limit = 2
    allowed = [n for n in range(5) if n < limit]
