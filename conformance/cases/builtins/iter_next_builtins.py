# iter() and next() on every iterable builtin type, next() defaults, and iterators being iterable.
sources = ["ab", [1, 2], (3, 4), {"k": 1, "j": 2}, {5}, range(2), b"hi", {"a": 1}.items(), enumerate("xy"), zip("ab", "cd")]
for s in sources:
    it = iter(s)
    first = next(it)
    print(f"{type(s).__name__:>10}: first={first!r} rest={list(it)} iter(it) is it: {iter(it) is it}")
it = iter([1, 2])
print(next(it, "d"), next(it, "d"), next(it, "d"), next(it, "d"))
gen = (x for x in "ab")
print(iter(gen) is gen, next(gen), next(gen), next(gen, None))
file_like = iter(["header", "row1", "row2"])
header = next(file_like)
print(header, [line.upper() for line in file_like])
for bad in [lambda: iter(3), lambda: next([1, 2]), lambda: iter(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    next(iter({}))
except StopIteration as exc:
    print("StopIteration:", exc)
