# Ranges whose bounds go past 64 bits behave like any other range.

huge = 10**20
r = range(huge, huge + 5)
print(r, r.start, r.stop, r.step)
print(list(r)[:2], len(r), r[2], r[-1], r[1:3], r[::-1])
print(huge + 3 in r, 5 in r, float(huge) in r, r.count(huge), r.index(huge + 4))
print(bool(r), bool(range(huge, 0)), sum(r), max(r), min(r))
print(list(reversed(r))[:2], type(iter(r)).__name__)

evens = range(0, 10**30, 2)
print(evens[10**25], 10**19 in evens, 10**19 + 1 in evens, evens[-1])
try:
    len(evens)
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(huge).index(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    evens[10**31]
except IndexError as e:
    print("IndexError:", e)

print(r == range(huge, huge + 5), r == range(huge, huge + 6))
print(hash(r) == hash(range(huge, huge + 5)))
print(slice(None, None, -1).indices(2**70))
print(slice(-3, None).indices(2**70))
print(slice(5, 2**80, 3).indices(2**70))

# Crossing 2**63 while iterating.
print([i - 2**63 for i in range(2**63 - 2, 2**63 + 2)])
print(list(range(0, 10)[2:8:3]), list(reversed(range(1, 10, 4))))
