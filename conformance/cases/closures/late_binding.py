# Closures capture variables, not values: the loop late-binding trap and three ways around it.
multipliers = []
for i in range(4):
    multipliers.append(lambda x: x * i)
print([m(10) for m in multipliers])
fixed_default = [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in fixed_default])


def make_multiplier(factor):
    return lambda x: x * factor


fixed_factory = [make_multiplier(i) for i in range(4)]
print([m(10) for m in fixed_factory])
buttons = {}
for label in ["save", "load", "quit"]:
    def handler(label=label):
        return f"clicked {label}"
    buttons[label] = handler
print([buttons[k]() for k in buttons])
late = {}
for label in ["save", "load", "quit"]:
    late[label] = lambda: f"clicked {label}"
print([late[k]() for k in late])


def outer():
    value = "first"
    get = lambda: value
    value = "second"
    return get


print(outer()())
adders = [(lambda n: lambda x: x + n)(n) for n in range(3)]
print([a(100) for a in adders])
i = "global i"
print(multipliers[0](2))
