# Positional-only parameters (/) in a geometry API; passing one by keyword raises TypeError.
def distance(x1, y1, x2, y2, /, *, squared=False):
    d2 = (x2 - x1) ** 2 + (y2 - y1) ** 2
    return d2 if squared else d2**0.5


def clamp(value, /, low=0, high=1):
    return max(low, min(high, value))


def describe(name, /, **fields):
    return name + ": " + ", ".join(f"{k}={v}" for k, v in fields.items())


print(distance(0, 0, 3, 4), distance(0, 0, 3, 4, squared=True))
print(clamp(1.5), clamp(-2), clamp(5, high=10), clamp(5, 6, 8), clamp(0.5, low=0.7))
print(describe("box", name="inner", size=3))
for bad in [
    lambda: distance(0, 0, 3, 4, True),
    lambda: clamp(value=3),
    lambda: distance(0, 0, 3),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(distance(x1=0, y1=0, x2=1, y2=1))
