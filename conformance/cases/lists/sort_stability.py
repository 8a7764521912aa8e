# Stable sorting with keys: multi-key sorts by chaining, reverse stability and key call order.
employees = [
    ("Ann", "eng", 120),
    ("Bob", "ops", 95),
    ("Cid", "eng", 95),
    ("Dee", "ops", 120),
    ("Eve", "eng", 110),
    ("Fay", "hr", 95),
]
by_salary = sorted(employees, key=lambda e: e[2])
print([e[0] for e in by_salary])
by_salary_desc = sorted(employees, key=lambda e: e[2], reverse=True)
print([e[0] for e in by_salary_desc])
two_pass = sorted(employees, key=lambda e: e[0], reverse=True)
two_pass.sort(key=lambda e: e[1])
print([(e[1], e[0]) for e in two_pass])
print([e[0] for e in sorted(employees, key=lambda e: (e[1], -e[2], e[0]))])
calls = []


def key(word):
    calls.append(word)
    return len(word)


words = ["kiwi", "fig", "banana", "apple", "date", "plum"]
print(sorted(words, key=key), calls)
print(sorted(words, key=len, reverse=True))
words.sort()
print(words)
words.sort(key=str.upper, reverse=True)
print(words)
print(sorted("The quick Brown fox".split(), key=str.lower), sorted([3, -1, -3, 2], key=abs))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted({"b": 1, "a": 2}), sorted(range(5), reverse=True))
print(sorted([]), sorted("cab"), sorted((3, 1, 2)), [].sort())
mixed = [3, "three", 1]
try:
    mixed.sort()
except TypeError as exc:
    print("TypeError:", exc)
