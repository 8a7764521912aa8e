# Fractions as dict keys and set members: equal numbers hash alike.
from fractions import Fraction

values = [Fraction(1, 2), 0.5, Fraction(2, 4), 1, Fraction(1), 1.0, True,
          Fraction(1, 3), Fraction(-3, 2), -1.5, Fraction(10**20, 3), 2**-3, Fraction(1, 8)]
for v in values:
    print(f"{v!r:28} hash={hash(v)}")

print(hash(Fraction(1, 3)) == hash(Fraction(2, 6)), hash(Fraction(-1)), hash(Fraction(-2)))
unique = set(values)
print(len(unique), sorted(unique))

counts = {}
for v in values:
    counts[v] = counts.get(v, 0) + 1
for k, n in counts.items():
    print(f"  {k!r}: {n}")

lookup = {0.5: "half (float)", 3: "three"}
print(lookup[Fraction(1, 2)], lookup[Fraction(6, 2)], Fraction(1, 4) in lookup)
table = {Fraction(1, 4): "quarter"}
print(table.get(0.25), table.get(0.2), 0.25 in table, [0.25, 1].index(Fraction(1, 4)))
print(Fraction(1, 2) in [0.5], Fraction(1, 2) in {0.5}, 0.5 in {Fraction(1, 2)})

# A ledger of shares, grouped by exact fraction of ownership.
owners = {"ann": Fraction(1, 3), "bob": Fraction(1, 6), "cy": Fraction(2, 6), "dee": Fraction(1, 6)}
by_share = {}
for name, share in sorted(owners.items()):
    by_share.setdefault(share, []).append(name)
for share, names in sorted(by_share.items(), reverse=True):
    print(f"{share!s:>4} {float(share):.4f} {names}")
print("total:", sum(owners.values()), sum(owners.values()) == 1)
