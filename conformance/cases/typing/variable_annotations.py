# Module and local variable annotations: with and without values, and the module __annotations__ dict.
max_users: int = 100
ratio: float
names: list[str] = ["ann", "bob"]
lookup: dict[str, tuple[int, int]] = {"origin": (0, 0)}
print(max_users, names, lookup)
print(__annotations__)
print("ratio" in globals(), "max_users" in globals())
ratio = 0.5
print(ratio)


def process(values):
    count: int = 0
    label: str
    for v in values:
        count += v
    label = f"total={count}"
    return label


print(process([1, 2, 3]))


class Counter:
    pass


c = Counter()
c.value: int = 5
print(c.value)
data = {}
data["key"]: str = "annotated subscript"
print(data)
x: int = "not actually an int"
print(x, type(x).__name__)
try:
    print(ratio + undefined_annotation_target)
except NameError as exc:
    print("NameError:", exc)
