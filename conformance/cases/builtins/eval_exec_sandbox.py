# A tiny formula engine on eval/exec with explicit namespaces, plus globals()/locals()/dir()/vars().
RATE = 0.2
formulas = {"net": "gross * (1 - rate)", "bonus": "max(0, net - 1000) * 0.1", "label": "'high' if net > 2000 else 'low'"}


def evaluate(gross):
    env = {"gross": gross, "rate": RATE}
    for name, expr in formulas.items():
        env[name] = eval(expr, env)
    return {k: v for k, v in env.items() if k in formulas}


print(evaluate(3000), evaluate(1000))
program = """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
table = [fib(i) for i in range(10)]
"""
ns = {}
exec(program, ns)
print(ns["table"], ns["fib"](20), sorted(k for k in ns if not k.startswith("__")), "__builtins__" in ns)
local_ns = {"x": 2}
exec("y = x * 21", {}, local_ns)
print(local_ns, eval("x + y", {}, local_ns), eval("  1 + 1"), eval(b"3 * 3"))


def scope_report(a, b=2, *rest):
    total = a + b + sum(rest)
    inner = [a * k for k in range(2)]
    return sorted(locals()), eval("total * 2")


print(scope_report(1, 2, 3))
print("RATE" in globals(), "scope_report" in dir(), sorted(vars(type("T", (), {"k": 1})))[:2] if False else "skip", type(globals()).__name__)


class Box:
    kind = "box"

    def __init__(self):
        self.w, self.h = 2, 3

    def area(self):
        return self.w * self.h


b = Box()
print(vars(b), [n for n in dir(b) if not n.startswith("_")], "area" in dir(Box), "w" in dir(Box))
counter = 10
exec("counter += 1\nextra = counter * 2")
print(counter, extra)
for src in ["1 +", "x = 1", "", "nope + 1", "def f(:"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
    except NameError as e:
        print("NameError:", e)
exec("raise ValueError('from exec')")
