# min and max with iterables, multiple arguments, key functions, defaults, ties and errors.
temps = {"mon": 21.5, "tue": 25.1, "wed": 19.8, "thu": 25.1, "fri": 18.2}
print(max(temps.values()), min(temps.values()), max(temps, key=temps.get), min(temps, key=temps.get))
print(max(temps.items(), key=lambda kv: kv[1]), min(temps.items(), key=lambda kv: (kv[1], kv[0])))
print(max(3, 7, 5), min(3, 7, 5), max("apple", "pear", "fig"), max("apple", "pear", "fig", key=len))
print(max([], default=None), min((), default="empty"), max([5], default=0))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([[2, 1], [1, 9], [1, 2]]), max("hello"))
ties = [("a", 2), ("b", 5), ("c", 5), ("d", 1)]
print(max(ties, key=lambda t: t[1]), min(ties, key=lambda t: -t[1]))
print(max(range(10), key=lambda n: n % 4), min(range(10), key=lambda n: (n % 4, -n)))
print(max(b"abc"), min({5, 3, 9}), max({"x": 1, "y": 2}), max(True, 0.5))
words = ["kiwi", "banana", "fig", "cherry"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: (len(w), w)))
for bad in [lambda: max(), lambda: max(1), lambda: min([], key=len), lambda: max([1, "a"]), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    print(min([]))
except ValueError as exc:
    print("ValueError:", exc)
