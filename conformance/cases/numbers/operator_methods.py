# Calling the number types' operator methods by name: NotImplemented where the operand type is
# not handled, int subclasses delegating to int's methods, and a fold that mimics the operator.
class Cents(int):
    def __add__(self, other):
        result = int.__add__(self, other)
        return result if result is NotImplemented else Cents(result)

    __radd__ = __add__

    def __neg__(self):
        return Cents(int.__neg__(self))

    def __repr__(self):
        return f"Cents({int(self)})"


def apply(op, a, b):
    """What `a <op> b` does: a.__op__(b), then b.__rop__(a) on NotImplemented."""
    forward = getattr(a, f"__{op}__")(b)
    if forward is not NotImplemented:
        return forward, "forward"
    return getattr(b, f"__r{op}__")(a), "reflected"


for a, b in [(3, 4), (3, 1.5), (1.5, 3), (2, 1j), (2.5, 2j), (True, 2)]:
    print(repr(a), repr(b), apply("add", a, b), apply("mul", a, b), apply("sub", a, b))
print((7).__truediv__(2), (7).__floordiv__(2.0), (7.0).__floordiv__(2), (2).__pow__(-1), (9).__mod__(4))
print((5).__and__(3), (5).__or__(2.0), (6).__xor__(3), (1).__lshift__(10), (1024).__rrshift__(3), True.__and__(False))
print((3).__lt__(4), (3).__lt__(4.5), (3.5).__lt__(4), (1).__eq__(1.0), (1.0).__eq__(1), (2j).__eq__(2j))
print((-7).__abs__(), (2.5).__neg__(), (5).__invert__(), (0.0).__bool__(), (3.7).__int__(), (3).__float__())
print((3.7).__floor__(), (-3.2).__ceil__(), (3.9).__trunc__(), (12).__index__(), (2**70).__float__())
price = Cents(250)
print(price + 50, 50 + price, -price, price + 0.5, sum([Cents(1), Cents(2)], Cents(0)), type(price * 2).__name__)
print(int.__add__(price, 5), type(int.__add__(price, 5)).__name__, int.__neg__(price), Cents.__add__(price, 1.0))
print(float.__add__(1.0, 2), float.__radd__(1.0, 2), float.__rsub__(1.0, 10), complex.__mul__(2j, 2j))
print(int.__add__(1, "x"), float.__mul__(2.0, "ab"), "ab".__mul__(2), [1].__add__([2]))
for bad in [lambda: int.__add__("1", 2), lambda: float.__mul__(3, 2.0), lambda: int.bit_length(2.5), lambda: complex.conjugate(1)]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
(10**400).__float__()
