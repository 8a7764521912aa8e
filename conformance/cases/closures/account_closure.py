# A bank account implemented with closures instead of a class: a dict of operations over private state.
def open_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def statement():
        lines = [f"{owner}:"]
        lines += [f"  {kind:<8} {amount:>6}" for kind, amount in history]
        lines.append(f"  balance  {balance:>6}")
        return "\n".join(lines)

    return {"deposit": deposit, "withdraw": withdraw, "statement": statement, "balance": lambda: balance}


acct = open_account("Mia", 50)
acct["deposit"](25)
acct["withdraw"](30)
print(acct["balance"]())
print(acct["statement"]())
other = open_account("Raj")
other["deposit"](5)
print(other["balance"](), acct["balance"]())
try:
    other["deposit"](-1)
except ValueError as e:
    print("ValueError:", e)
acct["withdraw"](1000)
