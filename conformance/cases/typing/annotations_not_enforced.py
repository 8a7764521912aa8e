# Type hints are documentation only: wrong types flow through until an operation fails at runtime.
def area(width: float, height: float) -> float:
    return width * height


def greet(name: str, times: int = 1) -> str:
    return ("Hello " + name + "! ") * times


def average(values: list[float]) -> float:
    return sum(values) / len(values)


print(area(3, 4), area(2.5, 2), area("ab", 3), area([0], 2))
print(greet("Ann"), greet("Bob", 2), greet("Cy", True))
print(average([1, 2, 3]), average((4, 5)), average(range(10)), average({1: "a", 3: "b"}))
result: int = area(1.5, 1.5)
print(result, type(result).__name__)


def scale(values: list[int], factor: int = 2) -> list[int]:
    return [v * factor for v in values]


print(scale([1, 2]), scale(["a", "b"]), scale([1.5], 0.5), scale("ab", 3))
print(greet(42))
