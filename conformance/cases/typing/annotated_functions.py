# Annotated functions in an inventory module: annotations are stored but never enforced.
def restock(sku: str, qty: int = 1, *, urgent: bool = False) -> dict:
    return {"sku": sku, "qty": qty, "urgent": urgent}


def total_value(prices: dict[str, float], counts: dict[str, int]) -> float:
    return sum(prices[k] * counts.get(k, 0) for k in prices)


def find(items: list[str], target: str) -> int | None:
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


def apply(fn: "callable", *args: int, **kwargs: str) -> "anything":
    return fn(*args, **kwargs)


print(restock("A1"), restock("B2", 5, urgent=True))
print(total_value({"a": 2.5, "b": 1.0}, {"a": 4}))
print(find(["x", "y"], "y"), find([], "z"))
print(apply(max, 3, 9, 4))
print(restock.__annotations__)
print(total_value.__annotations__)
print(find.__annotations__["return"], apply.__annotations__)
print(restock(42, "many", urgent="yes"))
print(find("not a list", "a"))
total_value([1], {})
