# Loan amortization schedule with Decimal and banker's rounding.
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, localcontext

CENTS = Decimal("0.01")

def monthly_payment(principal, annual_rate, months):
    r = annual_rate / 12
    factor = (1 + r) ** months
    return (principal * r * factor / (factor - 1)).quantize(CENTS, rounding=ROUND_HALF_UP)

def schedule(principal, annual_rate, months):
    payment = monthly_payment(principal, annual_rate, months)
    balance = principal
    rows = []
    total_interest = Decimal(0)
    for month in range(1, months + 1):
        interest = (balance * annual_rate / 12).quantize(CENTS, rounding=ROUND_HALF_EVEN)
        principal_part = payment - interest
        if month == months:
            principal_part = balance
            payment = principal_part + interest
        balance -= principal_part
        total_interest += interest
        rows.append((month, payment, interest, principal_part, balance))
    return rows, total_interest

rows, interest = schedule(Decimal("15000.00"), Decimal("0.065"), 12)
print(f"{'month':>5} {'payment':>10} {'interest':>9} {'principal':>10} {'balance':>10}")
for month, pay, inter, princ, bal in rows:
    print(f"{month:>5} {pay:>10} {inter:>9} {princ:>10} {bal:>10}")
print("total interest:", interest)
print("sum of payments:", sum(r[1] for r in rows))

# Compound interest at several precisions.
for prec in (5, 10, 28):
    with localcontext() as ctx:
        ctx.prec = prec
        amount = Decimal(1000) * (1 + Decimal("0.05") / 365) ** 3650
        print(prec, amount)

rates = {"savings": Decimal("0.0125"), "cd": Decimal("0.0310"), "bond": Decimal("0.0475")}
for name, rate in sorted(rates.items(), key=lambda kv: kv[1], reverse=True):
    value = Decimal("2500") * (1 + rate) ** 5
    print(f"{name:<8} {rate:.2%} -> {value.quantize(CENTS):>10,}")
