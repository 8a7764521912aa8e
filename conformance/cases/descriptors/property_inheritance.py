# Properties and inheritance: overriding a property, extending its getter with super(), adding a setter.
class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @property
    def status(self):
        return "overdrawn" if self._balance < 0 else "ok"


class SavingsAccount(Account):
    rate = 0.02

    @property
    def balance(self):
        return round(super().balance * (1 + self.rate), 2)


class AdjustableAccount(Account):
    @Account.balance.setter
    def balance(self, value):
        print(f"  setting balance to {value}")
        self._balance = value

    @property
    def status(self):
        base = super().status
        return base.upper()


a, s, adj = Account(100), SavingsAccount(100), AdjustableAccount(-5)
print(a.balance, s.balance, adj.balance, a.status, adj.status)
adj.balance = 50
print(adj.balance, adj.status, type(AdjustableAccount.balance).__name__)
print(Account.balance.fset, AdjustableAccount.balance.fset is not None)
print([cls.__name__ for cls in (Account, SavingsAccount, AdjustableAccount) if cls.balance.fset])
try:
    s.balance = 10
except AttributeError as exc:
    print("AttributeError:", exc)
