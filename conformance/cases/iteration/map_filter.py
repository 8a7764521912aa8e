# map with one and several iterables, filter with a function and with None, both lazy.
prices = [19.99, 5.0, 120.5, 42.0]
qtys = [2, 10, 1, 3]
print(list(map(round, prices)), list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])))
print(list(map(lambda p, q: round(p * q, 2), prices, qtys)))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(max, [1, 9], [5, 2], [3, 3])))
print(list(filter(lambda p: p > 20, prices)), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, "a1b22c3")), "".join(filter(str.isalpha, "h3ll0 w0rld")))
trace = []


def noisy_square(x):
    trace.append(x)
    return x * x


lazy = map(noisy_square, range(5))
print(trace, type(lazy).__name__)
print(next(lazy), next(lazy), trace)
print(list(lazy), trace)
evens = filter(lambda n: n % 2 == 0, range(10))
print(next(evens), list(evens), list(evens))
words = ["apple", "Banana", "cherry", "date"]
capitalized = map(str.capitalize, filter(lambda w: len(w) > 4, words))
print(list(capitalized))
print(sum(map(int, "12345")), max(map(len, words)), sorted(map(str.lower, words)))
try:
    print(list(map(int, ["1", "2", "three"])))
except ValueError as exc:
    print("ValueError:", exc)
