# Functions look up globals when they run, not when they are defined; redefinition changes behaviour.
def greet():
    return helper() + "!"


def helper():
    return "hello"


print(greet())


def helper():
    return "hi again"


print(greet())
TAX = 0.1


def price_with_tax(p):
    return round(p * (1 + TAX), 2)


print(price_with_tax(100))
TAX = 0.25
print(price_with_tax(100))
handlers = {}


def register(name):
    handlers[name] = lambda: f"{name} -> {suffix}"


for n in ("a", "b"):
    register(n)
suffix = "defined later"
print([h() for h in handlers.values()])


def calls_missing():
    return not_defined_yet()


try:
    calls_missing()
except NameError as e:
    print("NameError:", e)


def not_defined_yet():
    return "now it exists"


print(calls_missing())
del helper
try:
    greet()
except NameError as exc:
    print("NameError:", exc)
