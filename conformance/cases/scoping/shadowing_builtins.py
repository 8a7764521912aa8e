# Shadowing builtins by accident (list, str, max) and restoring them with del or builtins lookups.
list_ = [3, 1, 2]
print(sorted(list_), max(list_))


def stats(values):
    max = values[0]
    for v in values:
        if v > max:
            max = v
    sum = 0
    for v in values:
        sum += v
    return max, sum


print(stats([4, 9, 2]), max([4, 9, 2]), sum([4, 9, 2]))
str = "now a string"
print(str.upper())
del str
print(str(42), type(str).__name__)
input = lambda prompt="": "fake input"
print(input("name? "))
del input
id = 7
print(id + 1)
del id
print(callable(id))
list = ["shadowed"]
print(list)
try:
    print(list("abc"))
except TypeError as exc:
    print("TypeError:", exc)
