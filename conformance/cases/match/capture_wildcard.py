# Capture patterns bind names (even on partial failure paths), _ binds nothing, nested captures.
def first_two(seq):
    match seq:
        case [a]:
            return f"one: {a}"
        case [a, b, *_]:
            return f"first two: {a}, {b}"
        case _:
            return "empty"


print(first_two([9]), first_two([1, 2, 3, 4]), first_two([]), first_two("xy"), first_two(("p", "q")))


def last_binding(data):
    result = "unset"
    match data:
        case [x, 0]:
            result = f"second is zero, x={x}"
        case [x, y]:
            result = f"pair x={x} y={y}"
    return result


print(last_binding([5, 0]), last_binding([5, 6]), last_binding([1, 2, 3]))
match {"a": [1, (2, 3)]}:
    case {"a": [p, (q, r)]}:
        print("nested:", p, q, r)
match [1, 2]:
    case [_, _]:
        print("two wildcards are allowed")
try:
    print(_)
except NameError as e:
    print("NameError:", e)
value = "before"
match 42:
    case value:
        pass
print(value)
match (1, [2, 3]):
    case (one, [two, three]) as whole:
        print(one, two, three, whole)
