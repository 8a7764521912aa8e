# eval() for expressions and exec() for statements, with explicit globals/locals dictionaries.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
env = {"x": 10, "y": 4}
print(eval("x // y + x % y", env), eval("max(x, y)", env))
formulas = {"area": "w * h", "perimeter": "2 * (w + h)", "diag": "(w ** 2 + h ** 2) ** 0.5"}
dims = {"w": 3, "h": 4}
print({name: eval(f, {}, dims) for name, f in formulas.items()})
namespace = {}
exec("def square(n):\n    return n * n\nresult = square(12)", namespace)
print(namespace["result"], namespace["square"](5), sorted(k for k in namespace if k != "__builtins__"))
code = """
total = 0
for i in range(1, 6):
    total += i
items = [str(i) for i in range(3)]
"""
scope = {}
exec(code, scope)
print(scope["total"], scope["items"])
counter = 0
exec("counter += 5")
print(counter)
print(exec("1 + 1"), eval("None"))
for bad in ["1 +", "x = 5", "undefined_name"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    except NameError as e:
        print("NameError:", e)
eval("1 / 0")
