# Walrus expressions inside larger expressions: precedence needs parentheses; evaluation order matters.
data = [5, 10, 15]
print((n := len(data)), n * 2)
print([y := 5, y ** 2])
print(f"{(half := n / 2)=} {half}")
result = (size := 4) * (size + 1)
print(result, size)


def check(value):
    if (doubled := value * 2) > 10 and (tripled := value * 3) < 40:
        return doubled, tripled
    return doubled, None


print(check(3), check(8), check(20))
scores = {"ann": 80, "bob": None}
for name in ("ann", "bob"):
    if (s := scores[name]) is not None and s >= 50:
        print(name, "passed with", s)
    else:
        print(name, "has no passing score:", s)
try:
    for name in ("ann", "bob"):
        print(name, (s := scores[name]) + 5)
except TypeError as exc:
    print("TypeError:", exc)
