# repr and str of tuples: singletons, nesting, mixed element types and strings inside.
samples = [(), (1,), (1, 2), ("a", "b"), ((1, 2), (3,)), (None, True, 1.5, "x"), ([1], {"k": (2,)}), (("nested",),)]
for s in samples:
    print(repr(s), str(s), len(s))
print(str((1, "it's", 'say "x"')))
print(f"{(1, 2)}", "%s" % ((1, 2),), "{}".format((3, 4)), format((5, 6)))
big = tuple(range(20))
print(big)
print(tuple(str(i) for i in range(3)), tuple(map(float, (1, 2))))
matrix = ((1, 0, 0), (0, 1, 0), (0, 0, 1))
print(matrix)
print("\n".join(" ".join(map(str, row)) for row in matrix))
records = [("ann", 31, None), ("bob", 25, ("x", "y"))]
for rec in records:
    print(f"{rec!r:<30}|{str(rec):>30}|")
print(repr(tuple("it's")), repr(("tab\t",)), repr((1.0, -0.0, 1e16, float("nan"))))
print(((1, 2), 3) == ((1, 2), 3), [str(t) for t in [(), (None,), ((),)]])
coords = tuple((x, x * x) for x in range(4))
print(coords, len(str(coords)))
print("%r / %s" % ((1,), (2,)), f"{(3,)!r:>8}|", "{!s}".format(((),)))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), tuple(sorted({3, 1, 2})))
