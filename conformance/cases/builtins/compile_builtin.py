# A tiny formula engine: user formulas are compiled once, then evaluated many times.

formulas = {
    "area": "width * height",
    "perimeter": "2 * (width + height)",
    "diagonal": "(width ** 2 + height ** 2) ** 0.5",
}

compiled = {name: compile(src, f"<formula {name}>", "eval") for name, src in formulas.items()}
print(type(compiled["area"]).__name__, compiled["area"].co_filename, compiled["area"].co_name)

for shape in [{"width": 3, "height": 4}, {"width": 10, "height": 2.5}]:
    row = {name: eval(code, {}, shape) for name, code in compiled.items()}
    print(shape, "->", row)

# A script compiled in 'exec' mode defines functions in the given namespace.
script = """
def fizz(n):
    out = []
    for i in range(1, n + 1):
        out.append('Fizz' * (i % 3 == 0) + 'Buzz' * (i % 5 == 0) or str(i))
    return out
result = fizz(15)
"""
code = compile(script, "fizz.py", "exec")
ns = {}
exec(code, ns)
print(ns["result"][-5:])
print(eval(compile("x = 1", "f", "exec")))

# 'single' mode shows the value of an expression statement like the REPL.
exec(compile("6 * 7", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
exec(compile("greeting = 'hi'", "<stdin>", "single"), ns)
print(ns["greeting"])

# Errors: bad mode, bad source type, syntax errors reported with the filename.
for args in [("1", "f", "bad"), (5, "f", "exec"), (b"1 +", "bytes.py", "eval")]:
    try:
        compile(*args)
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)

try:
    compile("for x in\n    pass", "loop.py", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)

try:
    compile("a = 1\nb = 2", "two.py", "single")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

print(eval(compile(b"sum(range(10))", "b", "eval")))
print(eval(compile("'  padded'", "p", "eval")).strip())
