# Fast membership with sets: deduplicating emails, finding duplicates and checking a blocklist.
emails = [
    "ann@x.com", "BOB@x.com", "ann@x.com", "cy@y.org", "bob@x.com", "dee@z.net", "cy@y.org",
]
normalized = [e.lower() for e in emails]
unique = set(normalized)
print(len(emails), len(unique), sorted(unique))
seen = set()
first_seen = []
for e in normalized:
    if e not in seen:
        seen.add(e)
        first_seen.append(e)
print(first_seen)
dupes = sorted({e for e in normalized if normalized.count(e) > 1})
print(dupes)
blocked_domains = {"z.net", "spam.io"}
allowed = [e for e in first_seen if e.split("@")[1] not in blocked_domains]
print(allowed)
ids = [5, 3, 9, 3, 5, 5, 1]
print(sorted(set(ids)), len(set(ids)) != len(ids), {i for i in ids if ids.count(i) == 1})
vowels = set("aeiou")
word = "encyclopedia"
print(sorted(vowels & set(word)), sum(1 for ch in word if ch in vowels), sorted(set(word) - vowels))
print(2 in {1, 2, 3}, 2.0 in {1, 2, 3}, True in {1}, "a" in frozenset("abc"))
try:
    print([] in {1, 2})
except TypeError as exc:
    print("TypeError:", exc)
