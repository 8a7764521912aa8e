# Invoice totals with Decimal: exact cents, tax rounding, money formatting.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN

CENT = Decimal("0.01")

items = [
    ("Widget", Decimal("19.99"), 3),
    ("Gadget", Decimal("4.25"), 10),
    ("Cable", Decimal("0.10"), 7),
    ("Adapter", Decimal("12.005"), 2),
]

def money(d):
    return f"${d.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"

subtotal = Decimal("0")
for name, price, qty in items:
    line = price * qty
    subtotal += line
    print(f"{name:<10}{qty:>4} x {price:>8} = {line:>10}")

print("float sum:", 0.1 + 0.2, "decimal sum:", Decimal("0.1") + Decimal("0.2"))
print("subtotal", subtotal, repr(subtotal))
tax_rate = Decimal("0.0825")
tax = (subtotal * tax_rate).quantize(CENT, rounding=ROUND_HALF_UP)
print("tax", tax, "banker's:", (subtotal * tax_rate).quantize(CENT, rounding=ROUND_HALF_EVEN))
total = subtotal + tax
print("total", money(total))
print("split 3 ways:", [str((total / 3).quantize(CENT)) for _ in range(3)])
remainder = total - (total / 3).quantize(CENT) * 3
print("remainder", remainder)
print(Decimal("1.10") + Decimal("2.20"), Decimal("1.10") * 3, Decimal("10") / 4)
print(sum([Decimal("0.1")] * 10), sum([Decimal("0.1")] * 10) == 1)
big = Decimal("1234567.891")
print(f"{big:,.2f}", f"{big:.1f}", f"{big:>15.3f}|", f"{big:e}", f"{-big:+,.0f}")
print(f"{Decimal('0.5'):.0%}", f"{Decimal('12.5'):08.2f}", format(Decimal('-0.001'), '.2f'))
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("-2.5")))
