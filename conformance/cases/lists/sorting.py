# Sorting with keys, stability, reverse and tuples.
people = [
    {"name": "Alice", "age": 30, "city": "Paris"},
    {"name": "Bob", "age": 25, "city": "Berlin"},
    {"name": "Carol", "age": 30, "city": "Austin"},
    {"name": "Dave", "age": 25, "city": "Zurich"},
]
by_age = sorted(people, key=lambda p: p["age"])
print([p["name"] for p in by_age])
by_age_then_city = sorted(people, key=lambda p: (p["age"], p["city"]))
print([p["name"] for p in by_age_then_city])
print([p["name"] for p in sorted(people, key=lambda p: p["age"], reverse=True)])

words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
words.sort(key=lambda w: (-len(w), w))
print(words)

pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
print(sorted("hello"), sorted({3: "x", 1: "y"}), sorted([3, 1, 2])[::-1])
print(sorted([1, "a"]))
