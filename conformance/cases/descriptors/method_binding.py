# Functions are descriptors: bound methods carry __self__/__func__, unbound access gives the function.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return f"{self.name} greets {other}"


g = Greeter("ann")
bound = g.greet
print(bound("bob"), bound.__self__.name, bound.__func__ is Greeter.greet)
print(Greeter.greet(g, "cy"), type(bound).__name__, type(Greeter.greet).__name__)
print(g.greet == g.greet, g.greet is g.greet, Greeter("x").greet == g.greet)
handlers = [Greeter(n).greet for n in ("a", "b")]
print([h("z") for h in handlers])
print(list(map(g.greet, ["p", "q"])))
manual = Greeter.greet.__get__(Greeter("dee"), Greeter)
print(manual("eve"))


def standalone(self):
    return f"standalone sees {self.name}"


Greeter.extra = standalone
print(g.extra())
g.instance_fn = standalone
try:
    g.instance_fn()
except TypeError as e:
    print("TypeError:", e)
print(g.instance_fn(g))
try:
    Greeter.greet("only one arg")
except TypeError as exc:
    print("TypeError:", exc)
