# Where walrus binds: the enclosing function scope, even from inside comprehensions; not in classes.
def find_long(words):
    result = [w for w in words if len(found := w) > 4]
    return result, found


print(find_long(["hi", "hello", "world", "ok"]))


def outer():
    matches = [m for x in range(5) if (m := x * 3) > 6]
    return matches, m


print(outer())
x = 0
print([x := x + 1 for _ in range(3)], x)


def counter():
    total = 0

    def add(n):
        nonlocal total
        return (total := total + n)

    return add


add = counter()
print(add(5), add(10))
print((y := 10) + y, y)
values = [(z := 2) * z]
print(values, z)
try:
    exec("[w := i for i in range(3) for w in range(2)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    print(name_from_walrus)
except NameError as exc:
    print("NameError:", exc)
