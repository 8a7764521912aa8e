# Mixed int/float/complex/bool arithmetic: result types, equality and hashing across the tower.
values = [True, 3, 2.5, 1 + 2j]
for a in values:
    row = []
    for b in values:
        row.append(type(a + b).__name__)
    print(f"{type(a).__name__:>7}: {row}")
print(1 == 1.0 == True == (1 + 0j), hash(1) == hash(1.0) == hash(True))
print(hash(2.5) == hash(2.5), hash(-1), hash(-2), hash(0.0), hash(10**20) == hash(float(10**20)))
d = {1: "one"}
d[1.0] = "float one"
d[True] = "true"
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(s, len(s))
print(3 / 2, 3 // 2, 3.0 // 2, 3 % 2.0, 2**-1, 2**0.5 == 2**(1 / 2))
print(int(7.9) + float(3), abs(-3), abs(-3.0), abs(3 - 4j), abs(False))
print(max(1, 2.0, True), min(1, 1.0), min(1.0, 1), max([3, 3.0]))
print(sorted([3, 1.5, True, 2, 0.5, False]))
print(0.1 + 0.2 > 0.3, 2**53 == 2**53 + 1.0, 2**53 + 1 == float(2**53 + 1))
print(10**16 + 1 == 1e16, 10**16 == 1e16, 1e16 < 10**16 + 1)
print(divmod(7.0, 2), (7).__truediv__(2), (7).__floordiv__(2.0))
print((3).__add__(1.5), (1.5).__radd__(3), (3).__add__(1.5) is NotImplemented)
print(complex(True, 2.5), float(True), int(False), bool(0.0), bool(0j), bool(-0.0))
print(1 + 2j == complex(1, 2), (1 + 2j) * 2.0, (1 + 2j) / 2)
