# The comma makes the tuple: (1) vs (1,), empty tuples, tuple packing in returns and loops.
a = (1)
b = (1,)
c = 1,
d = ()
print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__, len(d))
print(a, b, c, d, (), ((),), (((1,),),))
print(b == c, b + c, b * 0, d == tuple(), len(((),)))


def stats(values):
    return min(values), max(values), sum(values) / len(values)


result = stats([3, 1, 4, 1, 5])
print(result, type(result).__name__)
lo, hi, mean = result
print(lo, hi, mean)
for item in (("x",), ("y",)):
    (letter,) = item
    print(letter)
t = tuple([1])
print(t, t == (1,), str((5,)), repr(("only",)))
print(("a") * 3, ("a",) * 3)
parts = "a=1".partition("=")
print(parts, type(parts).__name__)
print(tuple() is tuple(), () == (), bool(()), bool((0,)))
try:
    (single,) = [1, 2]
except ValueError as exc:
    print("ValueError:", exc)
