# Counter: tallies, arithmetic, most_common, elements, total, subtract.
from collections import Counter

sales = ["apple", "pear", "apple", "fig", "pear", "apple", "kiwi"]
stock = Counter(apple=5, pear=2, fig=4, plum=1)
sold = Counter(sales)
print(sold)
print(sold.most_common(2), sold.most_common()[-1])
print(sold["banana"], "banana" in sold, len(sold), sold.total())

remaining = stock - sold
print("remaining:", remaining)
print("shortfall:", sold - stock)
print("union:", stock | sold)
print("intersection:", stock & sold)
print("sum:", stock + sold)

stock.subtract(sold)
print("after subtract:", stock)
print("positive only:", +stock)
print("negatives flipped:", -stock)

restock = Counter({"apple": 10, "kiwi": 3})
stock.update(restock)
print(sorted(stock.elements())[:8])
print(dict(stock), stock.total())

letters = Counter("mississippi")
print(letters, list(letters.keys()))
print("".join(sorted(letters.elements())))
del letters["m"]
del letters["zzz"]
print(letters, letters == Counter("ississippi"))

a, b = Counter(a=3, b=1), Counter(a=1, b=2)
a += b
print(a)
a -= Counter(a=10)
print(a, Counter() == Counter(x=0), Counter(a=1) <= Counter(a=2, b=1))

words = "the quick brown fox jumps over the lazy dog the end".split()
top = Counter(words).most_common(1)[0]
print(f"most frequent: {top[0]!r} x{top[1]}")
print(Counter(), repr(Counter(x=2)), str(Counter("aab")))
c = Counter(x=1)
c2 = c.copy()
c2["x"] += 5
print(c, c2, isinstance(c, dict), type(c2).__name__)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
