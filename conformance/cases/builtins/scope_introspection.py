# Introspecting scopes and objects: locals() in nested functions, globals() snapshots, dir() and vars().
THRESHOLD = 5


def outer(n, *extra, flag=False, **opts):
    doubled = n * 2

    def inner(m):
        local_total = m + doubled
        return sorted(locals().items())

    snapshot = locals()
    return sorted(snapshot), inner(1)


print(outer(3, 4, flag=True, mode="x"))
g = globals()
print(g["THRESHOLD"], "outer" in g, g["__name__"], type(g).__name__, "g" in globals())


class Account:
    currency = "EUR"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account("kim", 10)
acct.deposit(5)
print(vars(acct), [n for n in dir(acct) if not n.startswith("__")])
print([n for n in dir(Account) if not n.startswith("__")], "currency" in vars(Account), "owner" in vars(Account))
print([n for n in dir("") if n.startswith("is")][:5], len([n for n in dir(b"") if not n.startswith("_")]) > 30)
print(sorted(n for n in dir() if not n.startswith("_")))


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return sorted(locals())

    return bump


print(counter()(), eval("THRESHOLD * 2"), eval("n + 1", {"n": 41}))
print(vars())["THRESHOLD"] if False else None
vars(42)
