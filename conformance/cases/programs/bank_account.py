# Bank accounts with transfers, a transaction log and validation; ends with an overdraft.
from datetime import date


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot pay {amount:.2f} (balance {account.balance:.2f})")


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.log = []

    def deposit(self, amount, when=date(2024, 1, 1)):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append((when.isoformat(), "deposit", amount))

    def withdraw(self, amount, when=date(2024, 1, 1)):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append((when.isoformat(), "withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, #{self.number}, {self.balance:.2f})"


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)


alice, bob = Account("alice", 100), Account("bob")
transfer(alice, bob, 40)
bob.deposit(15.5, date(2024, 2, 29))
print(alice, bob)
for entry in bob.log:
    print(*entry, sep=" | ")
try:
    bob.deposit(-5)
except ValueError as e:
    print("rejected:", e)
accounts = sorted([alice, bob], key=lambda a: a.balance, reverse=True)
print([a.owner for a in accounts], round(sum(a.balance for a in accounts), 2))
transfer(bob, alice, 1000)
