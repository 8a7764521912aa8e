# Comprehension variables do not leak; class bodies are not enclosing scopes for comprehensions.
x = "outer"
squares = [x * 2 for x in range(3)]
print(squares, x)
total = 10
doubled = [total + n for n in range(3)]
print(doubled)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
funcs = [lambda n=n: n for n in range(3)]
print([f() for f in funcs])
gen = (i for i in range(3))
print(list(gen), "i" in dir())
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)


def outer():
    factor = 3
    return [factor * v for v in range(4)]


print(outer())


class Config:
    base = 10
    first = [base + 1]
    try:
        items = [base + i for i in range(3)]
    except NameError as e:
        print("NameError:", e)
    outer_iter = [i for i in range(base)]


print(Config.first, len(Config.outer_iter))


class Broken:
    names = ["a", "b"]
    prefix = "x_"
    labels = {prefix + n for n in names}
