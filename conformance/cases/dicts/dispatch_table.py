# A command dispatcher: dicts mapping names to functions and lambdas, with aliases and help text.
def cmd_add(args):
    return sum(float(a) for a in args)


def cmd_mul(args):
    result = 1.0
    for a in args:
        result *= float(a)
    return result


commands = {
    "add": (cmd_add, "add numbers"),
    "mul": (cmd_mul, "multiply numbers"),
    "neg": (lambda args: -float(args[0]), "negate one number"),
    "max": (lambda args: max(map(float, args)), "largest number"),
}
aliases = {"+": "add", "*": "mul", "sum": "add"}


def run(line):
    name, *args = line.split()
    name = aliases.get(name, name)
    entry = commands.get(name)
    if entry is None:
        return f"unknown command {name!r}"
    func, _ = entry
    return func(args)


for line in ["add 1 2 3", "* 2 2.5", "neg 7", "max 3 9 1", "sum 0.1 0.2", "pow 2 3"]:
    print(f"{line!r:14} -> {run(line)}")
for name in sorted(commands):
    print(f"{name:>4}: {commands[name][1]}")
print(sorted(aliases.items()))
ops = {"<": lambda a, b: a < b, ">=": lambda a, b: a >= b, "==": lambda a, b: a == b}
print([ops[op](3, 4) for op in ("<", ">=", "==")])
try:
    print(run("neg"))
except IndexError as exc:
    print("IndexError:", exc)
