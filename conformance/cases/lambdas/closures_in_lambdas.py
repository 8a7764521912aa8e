# Lambdas capture variables from enclosing scopes: factories, late binding and default-argument capture.
def make_adder(n):
    return lambda x: x + n


def make_scaler(factor):
    scale = lambda v: v * factor
    factor += 1
    return scale


add5 = make_adder(5)
print(add5(10), make_adder(-1)(1), make_scaler(2)(10))
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])
counter = {"n": 0}
bump = lambda: counter.update(n=counter["n"] + 1) or counter["n"]
print(bump(), bump(), bump())
ops = {op: (lambda a, b, op=op: eval(f"a {op} b")) for op in "+-*"}
print({k: f(6, 3) for k, f in ops.items()})
prefix = "log"
logger = lambda msg: f"[{prefix}] {msg}"
print(logger("start"))
prefix = "LOG"
print(logger("changed prefix"))


def compose(f, g):
    return lambda x: f(g(x))


inc_then_square = compose(lambda x: x * x, lambda x: x + 1)
print(inc_then_square(3), compose(str.upper, str.strip)("  hi  "))
try:
    print(make_adder("s")(1))
except TypeError as exc:
    print("TypeError:", exc)
