# Counter/defaultdict/OrderedDict: comparisons, in-place ops and error paths.
from collections import Counter, OrderedDict, defaultdict

stock = Counter(apples=3, pears=0, plums=-2)
print(stock, +stock, -stock)
print(stock["apples"], stock.get("kiwis"), stock.get("kiwis", "none"))
c = Counter("aab")
c |= Counter("bbc")
print(c)
c &= Counter("abcc")
print(c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=2) >= Counter(a=2))
print(Counter("ab") == {"a": 1, "b": 1}, Counter(a=1) != Counter(a=2))
print(Counter("abc") + {"a": 1} if False else "skip")
try:
    Counter("a") + {"a": 1}
except TypeError as e:
    print("TypeError:", e)
try:
    Counter("a") < 3
except TypeError as e:
    print("TypeError:", e)
d = defaultdict(list, {"k": [1]})
d["k"].append(2)
print(d, d.pop("k"), d)
od = OrderedDict(a=1)
try:
    od.popitem(last=False)
    od.popitem()
except KeyError as e:
    print("KeyError:", e)
print(od, len(od))
print(sorted(Counter({"x": 3, "y": 1}).elements()), list(Counter(z=0).elements()))
print(Counter(["a", "b"]).most_common(0), Counter().most_common(), Counter("zzy").most_common(1))
