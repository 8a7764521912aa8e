# LEGB name resolution: local, enclosing, global and builtin scopes, each shadowing the next.
x = "global x"
len_calls = 0


def outer():
    x = "enclosing x"

    def inner():
        x = "local x"
        return x

    def reads_enclosing():
        return x

    def reads_builtin():
        return len("abcd")

    return inner(), reads_enclosing(), reads_builtin()


print(outer(), x)


def shadow_builtin():
    len = lambda s: "shadowed len"
    return len("abc")


print(shadow_builtin(), len("abc"))


def uses_global():
    return x.upper()


print(uses_global())
x = "rebound global"
print(uses_global())


def layered(a):
    def middle(b):
        def innermost(c):
            return a + b + c + x[:3]

        return innermost

    return middle


print(layered("A")("B")("C"))
import sys

print(sys.maxsize > 0)
del x
try:
    print(uses_global())
except NameError as exc:
    print("NameError:", exc)
