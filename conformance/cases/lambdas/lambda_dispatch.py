# A calculator using a dict of lambdas for operators, with unary functions and error handling.
BINARY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "**": lambda a, b: a**b,
    "max": lambda a, b: a if a >= b else b,
}
UNARY = {
    "neg": lambda a: -a,
    "abs": lambda a: a if a >= 0 else -a,
    "sq": lambda a: a * a,
    "half": lambda a: a / 2,
}


def calc(expr):
    tokens = expr.split()
    if len(tokens) == 2:
        op, a = tokens
        return UNARY[op](float(a))
    a, op, b = tokens
    return BINARY[op](float(a), float(b))


for e in ["3 + 4", "10 / 4", "10 // 4", "-7 % 3", "2 ** 10", "3 max 9", "neg 5", "abs -2.5", "sq 1.5", "half 9"]:
    print(f"{e:>10} = {calc(e)}")
for bad in ["1 / 0", "1 ^ 2", "root 4"]:
    try:
        print(calc(bad))
    except ZeroDivisionError as err:
        print(f"{bad!r}: ZeroDivisionError: {err}")
    except KeyError as err:
        print(f"{bad!r}: unknown operator {err}")
print(sorted(BINARY, key=lambda op: (len(op), op)))
try:
    calc("1 +")
except KeyError as exc:
    print("KeyError:", exc)
