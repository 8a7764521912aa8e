# Building a receipt as text: loops, string concatenation, padding, and totals.
cart = [
    ("Coffee beans", 2, 12.5),
    ("Milk", 1, 1.99),
    ("Croissant", 6, 2.25),
    ("Tea", 3, 4.0),
]
TAX = 0.08
width = 36
lines = []
lines.append("=" * width)
lines.append("RECEIPT".center(width))
lines.append("=" * width)
subtotal = 0
for name, qty, price in cart:
    cost = qty * price
    subtotal += cost
    left = f"{qty} x {name}"
    right = f"{cost:.2f}"
    lines.append(left + " " * (width - len(left) - len(right)) + right)
lines.append("-" * width)
tax = subtotal * TAX
total = subtotal + tax
for label, amount in (("Subtotal", subtotal), ("Tax", tax), ("Total", total)):
    amount_text = "%.2f" % amount
    lines.append(label.ljust(width - len(amount_text)) + amount_text)
lines.append("=" * width)
print("\n".join(lines))
print(len(lines), "lines,", sum(len(line) for line in lines), "chars")
print(repr(subtotal), repr(round(total, 2)))
