# Chained comparisons: evaluation order, short-circuit, and each operand evaluated once.
calls = []


def val(label, v):
    calls.append(label)
    return v


print(1 < 2 < 3, 3 > 2 > 2, 1 <= 1 < 2 == 2)
print(val("a", 1) < val("b", 5) < val("c", 3))
print(calls)
calls.clear()
print(val("a", 9) < val("b", 5) < val("c", 3))
print(calls)

temps = [-5, 0, 12, 25, 31, 40]
for t in temps:
    if t < 0:
        kind = "freezing"
    elif 0 <= t < 15:
        kind = "cold"
    elif 15 <= t < 30:
        kind = "mild"
    else:
        kind = "hot"
    print(t, kind)

a, b, c = 3, 3, 4
print(a == b == c, a == b != c, a is not None is not False)
print(1 < 2 > 0 < 5 != 4)
print("a" < "b" < "c", [1, 2] < [1, 3] <= [1, 3])
print(0 < 0.5 < True < 2)

x = 5
print(x in [1, 5] in [[1, 5]])
print(not 1 < 2, (not 1) < 2)
