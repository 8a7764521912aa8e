# Scale a recipe exactly with Fractions, then print mixed numbers.
from fractions import Fraction


def mixed(q):
    """Render a Fraction as a cook would: 1 1/2, 3/4, 2."""
    whole, rest = divmod(q.numerator, q.denominator)
    if rest == 0:
        return str(whole)
    part = Fraction(rest, q.denominator)
    return f"{whole} {part}" if whole else str(part)


RECIPE = {
    "flour (cups)": "2 1/4",
    "sugar (cups)": "3/4",
    "butter (tbsp)": "6",
    "milk (cups)": "1.5",
    "vanilla (tsp)": "1/2",
}


def parse_amount(text):
    total = Fraction(0)
    for piece in text.split():
        total += Fraction(piece)
    return total


amounts = {name: parse_amount(text) for name, text in RECIPE.items()}
for name, q in amounts.items():
    print(f"{name:15} {q!r:18} {mixed(q)}")

for factor in (Fraction(1, 2), Fraction(2, 3), 3, Fraction("1.25")):
    print(f"-- scaled by {factor} --")
    for name, q in amounts.items():
        scaled = q * factor
        print(f"  {name:15} {mixed(scaled):>8}  ({float(scaled):.3f})")

total_cups = sum(q for name, q in amounts.items() if "cups" in name)
print("total cups:", total_cups, mixed(total_cups), type(total_cups).__name__)
print("batches from 10 cups of flour:", Fraction(10) // amounts["flour (cups)"])
print("flour left over:", Fraction(10) % amounts["flour (cups)"])
print(sorted(amounts.values()))
print(max(amounts, key=amounts.get), min(amounts.values()))
