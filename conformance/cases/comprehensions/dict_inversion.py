# Dict comprehensions: inverting maps, swapping keys and values, grouping by computed keys.
codes = {"us": "United States", "fr": "France", "de": "Germany", "jp": "Japan"}
by_name = {name: code for code, name in codes.items()}
print(by_name)
upper = {k.upper(): v.upper() for k, v in codes.items()}
print(upper)
lengths = {name: len(name) for name in codes.values()}
print(lengths)
grades = {"ann": "A", "bob": "B", "cy": "A", "dee": "C", "eve": "B"}
by_grade = {g: sorted(n for n, gg in grades.items() if gg == g) for g in sorted(set(grades.values()))}
print(by_grade)
squares = {n: n * n for n in range(1, 8)}
roots = {v: k for k, v in squares.items() if v % 2}
print(squares, roots)
collisions = {len(w): w for w in ["a", "bb", "cc", "ddd", "e"]}
print(collisions)
index = {ch: i for i, ch in enumerate("hello")}
print(index)
matrix = {f"r{r}c{c}": r * c for r in range(2) for c in range(3)}
print(matrix)
nested = {k: {kk: vv * 10 for kk, vv in v.items()} for k, v in {"a": {"x": 1}, "b": {"y": 2, "z": 3}}.items()}
print(nested)
try:
    bad = {k: 1 / v for k, v in {"p": 2, "q": 0}.items()}
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
