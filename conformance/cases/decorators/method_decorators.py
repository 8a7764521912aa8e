# Decorating methods: self passes through wrappers; access control and call counting per instance.
def requires_role(role):
    def decorator(method):
        def wrapper(self, *args, **kwargs):
            if role not in self.roles:
                raise PermissionError(f"{self.name} lacks role {role!r} for {method.__name__}")
            return method(self, *args, **kwargs)

        return wrapper

    return decorator


def counted(method):
    def wrapper(self, *args):
        self.counts[method.__name__] = self.counts.get(method.__name__, 0) + 1
        return method(self, *args)

    return wrapper


class Account:
    def __init__(self, name, roles):
        self.name = name
        self.roles = set(roles)
        self.counts = {}
        self.balance = 0

    @counted
    def view(self):
        return f"{self.name} balance {self.balance}"

    @counted
    @requires_role("teller")
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @requires_role("admin")
    def close(self):
        return f"{self.name} closed"


teller = Account("tina", ["teller"])
admin = Account("adam", ["admin", "teller"])
print(teller.deposit(50), teller.deposit(25), teller.view(), teller.counts)
print(admin.close(), admin.view(), admin.counts)
try:
    Account("guest", []).deposit(5)
except PermissionError as e:
    print("PermissionError:", e)
print(Account.deposit.__name__)
teller.close()
