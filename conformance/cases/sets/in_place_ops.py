# In-place set operators |=, &=, -=, ^= keep identity; binary operators build new sets.
primes = {2, 3, 5, 7}
alias = primes
primes |= {11, 13}
print(primes, alias is primes)
primes &= set(range(10))
print(primes, alias)
primes -= {2}
print(primes)
primes ^= {3, 4}
print(primes, alias is primes)
fresh = primes | {100}
print(fresh, primes, fresh is primes)
seen = set()
dupes = set()
for n in [4, 8, 15, 16, 23, 42, 8, 4, 4]:
    if n in seen:
        dupes |= {n}
    seen |= {n}
print(sorted(seen), sorted(dupes))
fs = frozenset({1, 2})
before = fs
fs |= {3}
print(fs, before, fs is before, type(fs).__name__)
s = {1, 2, 3}
try:
    s |= [4]
except TypeError as e:
    print("TypeError:", e)
s.update([4])
print(s, s | frozenset({9}), type(frozenset({9}) | s).__name__)
try:
    s -= [1]
except TypeError as exc:
    print("TypeError:", exc)
