"""Sorting with key functions: lambdas, itemgetter-style tuples, str methods, stability."""

records = []
for i in range(6000):
    name = "user%04d" % ((i * 7919) % 6000)
    records.append({"name": name, "age": 18 + (i * 37) % 60, "score": (i * 131) % 1000 / 10})

by_age = sorted(records, key=lambda r: r["age"])
by_score_desc = sorted(records, key=lambda r: -r["score"])
by_pair = sorted(records, key=lambda r: (r["age"], r["name"]))
print(by_age[0]["age"], by_age[-1]["age"], by_score_desc[0]["score"], by_pair[1]["name"])

names = [r["name"] for r in records]
names.sort(key=str.upper)
print(names[:3], sorted(names, key=len, reverse=True)[0])

words = ("Delta alpha Charlie bravo echo Foxtrot golf Hotel india Juliet " * 400).split()
ci = sorted(words, key=str.lower)
print(ci[0], ci[-1], len(ci))
print(sorted(set(words), key=lambda w: (len(w), w.lower()))[:5])

pairs = [(i % 97, -i) for i in range(8000)]
pairs.sort()
print(pairs[:2], pairs[-1])
pairs.sort(key=lambda p: p[1])
print(pairs[0], max(pairs, key=lambda p: p[0] * 1000 + p[1]), min(pairs, key=lambda p: abs(p[1] - 4000)))
nums = [(i * 2654435761) % 100003 for i in range(10000)]
print(sorted(nums)[:3], sorted(nums, reverse=True)[:2], sorted(nums, key=lambda n: n % 10)[:4])
