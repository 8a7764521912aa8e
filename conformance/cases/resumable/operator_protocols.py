# Operator dunders of user classes: reflected operands, the subclass-first
# rule, NotImplemented fallbacks, != from __eq__, in-place fallbacks, and
# CPython's TypeError messages.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  radd", type(self).__name__, other)
        return self.__add__(other)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __neg__(self):
        return Money(-self.cents)

    def __bool__(self):
        return self.cents != 0


class Euro(Money):
    def __radd__(self, other):
        print("  Euro.radd first")
        return Euro(self.cents + other.cents)


a, b = Money(150), Money(250)
print(a + b, a + 5, 5 + a, -a)
print(sum([a, b, Money(1)]))
print(Money(1) + Euro(2))
print(a == Money(150), a != Money(150), a != b, a == "x", a != "x")
print(a < b, b > a, b < a)
print(sorted([b, a, Money(5)]), max([a, b]), min(a, b))
print("truth:", bool(Money(0)), not Money(0), Money(3) or "zero", Money(0) or "zero")

total = Money(0)
for c in (10, 20, 30):
    total += c
print("in-place falls back to __add__:", total)


class Box:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __contains__(self, item):
        return item in self.items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


box = Box([1])
same = box
box += [2, 3]
print(box is same, box.items, 2 in box, 5 not in box, len(box), list(box))

attempts = {
    "a - b": lambda: a - b,
    "a < 3": lambda: a < 3,
    "3 <= a": lambda: 3 <= a,
    "a <= b": lambda: a <= b,
    "a @ b": lambda: a @ b,
    "~a": lambda: ~a,
    "a * 'x'": lambda: a * "x",
    "'x' + a": lambda: "x" + a,
    "[1] * a": lambda: [1] * a,
}
for expr, attempt in attempts.items():
    try:
        attempt()
    except TypeError as e:
        print(f"{expr}: {e}")


class Weird:
    def __bool__(self):
        return 1


class Negative:
    def __len__(self):
        return -1


for thing in (Weird(), Negative()):
    try:
        if thing:
            print("truthy")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
