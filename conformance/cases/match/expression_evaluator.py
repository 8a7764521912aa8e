# Evaluating and simplifying expression trees written as nested tuples, all dispatch done with match.
def evaluate(expr, env):
    match expr:
        case int() | float() as n:
            return n
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case ("/", a, b):
            return evaluate(a, env) / evaluate(b, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case _:
            raise ValueError(f"bad expression: {expr!r}")


def simplify(expr):
    match expr:
        case ("+", 0, e) | ("+", e, 0) | ("*", 1, e) | ("*", e, 1):
            return simplify(e)
        case ("*", 0, _) | ("*", _, 0):
            return 0
        case ("neg", ("neg", e)):
            return simplify(e)
        case (op, a, b):
            return (op, simplify(a), simplify(b))
        case ("neg", e):
            return ("neg", simplify(e))
        case _:
            return expr


env = {"x": 3, "y": 4}
exprs = [
    ("+", "x", ("*", 2, "y")),
    ("let", "z", ("+", "x", 1), ("*", "z", "z")),
    ("neg", ("neg", ("/", "y", 8))),
    ("+", 0, ("*", 1, ("-", "x", ("*", 0, "y")))),
]
for e in exprs:
    s = simplify(e)
    print(evaluate(e, env), s, evaluate(s, env))
evaluate(("pow", "x", 2), env)
