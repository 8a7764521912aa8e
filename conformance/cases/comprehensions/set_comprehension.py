# Set comprehensions for unique derived values: remainders, word lengths, first letters (sorted).
nums = [12, 7, 3, 18, 25, 7, 12, 40]
print({n % 5 for n in nums}, {n // 10 for n in nums})
text = "the quick brown fox jumps over the lazy dog the end"
lengths = {len(w) for w in text.split()}
firsts = sorted({w[0] for w in text.split()})
print(lengths, firsts, len(firsts))
pangram = {ch for ch in text if ch.isalpha()}
print(len(pangram), len(pangram) == 26, sorted(set("abcdefghijklmnopqrstuvwxyz") - pangram))
squares = {x * x for x in range(-5, 6)}
print(squares, len(squares))
pairs = {(min(a, b), max(a, b)) for a in range(3) for b in range(3) if a != b}
print(sorted(pairs))
domains = sorted({e.split("@")[1] for e in ["a@x.org", "b@y.com", "c@x.org"]})
print(domains)
evens = {n for n in range(20) if not n % 2}
odds = {n for n in range(20) if n % 2}
print(evens & odds, (evens | odds) == set(range(20)))
print({x for x in []}, type({x for x in []}).__name__, type({}).__name__)
try:
    print({[x] for x in range(3)})
except TypeError as exc:
    print("TypeError:", exc)
