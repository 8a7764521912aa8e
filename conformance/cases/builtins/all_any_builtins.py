# all() and any() for validating records, with generators, nested checks and non-bool values.
records = [
    {"id": 1, "email": "a@x.io", "age": 30, "tags": ["x"]},
    {"id": 2, "email": "", "age": 17, "tags": []},
    {"id": 3, "email": "c@x.io", "age": 45, "tags": ["y", "z"]},
]
checks = {
    "has email": lambda r: bool(r["email"]),
    "adult": lambda r: r["age"] >= 18,
    "tagged": lambda r: r["tags"],
}
for r in records:
    failed = [name for name, check in checks.items() if not check(r)]
    print(r["id"], "valid" if all(check(r) for check in checks.values()) else f"invalid: {failed}")
print(all(r["id"] > 0 for r in records), any(r["age"] < 18 for r in records))
print(all([1, "a", [0]]), any([0, "", []]), all(x for x in []), any(iter([])))
print(all(map(str.isdigit, ["1", "22", "333"])), any(map(str.isspace, ["a", " "])))
print(all(isinstance(r["tags"], list) for r in records), any(len(r["tags"]) > 1 for r in records))
grid = [[1, 1], [1, 0]]
print(all(all(row) for row in grid), any(any(row) for row in grid), all(map(any, grid)))
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(any(r["name"] for r in records))
except KeyError as exc:
    print("KeyError:", exc)
