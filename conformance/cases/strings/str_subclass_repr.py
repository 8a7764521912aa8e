# The builtin __repr__/__str__ of str and other builtins, called on instances
# of user subclasses (with and without their own overrides).

class Tag(str):
    pass


class Loud(str):
    def __repr__(self):
        return "Loud(" + str.__repr__(self) + ")"

    def __str__(self):
        return str.__str__(self).upper()


class Money(int):
    def __repr__(self):
        return f"${int.__repr__(self)}"


class Coords(tuple):
    def __repr__(self):
        return "Coords" + tuple.__repr__(self)


class Bag(list):
    def __repr__(self):
        return "Bag" + list.__repr__(self)


t = Tag("hi")
print(str.__repr__(t), repr(t), Tag.__repr__(t), str(t))
l = Loud("quiet")
print(repr(l), str(l), f"{l!r} {l!s}")
print(repr(Money(5)), [Money(1), Money(2)])
print(Coords((1, 2)), Bag([1, "a"]))
print(float.__repr__(2.5), set.__repr__({1}), bytes.__repr__(b"x"))
try:
    str.__repr__(5)
except TypeError as e:
    print(e)
