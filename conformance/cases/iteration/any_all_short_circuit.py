# any() and all() stop at the first decisive element; empty iterables give False and True.
checked = []


def is_valid(x):
    checked.append(x)
    return x > 0


data = [3, 5, -1, 8, -2]
print(all(is_valid(x) for x in data), checked)
checked.clear()
print(any(not is_valid(x) for x in data), checked)
checked.clear()
print(any(is_valid(x) for x in [-5, -3, 7, 9]), checked)
print(all([]), any([]), all([[]]), any([[]]), all([0.0]), any([0.0, "", None, "x"]))
passwords = ["hunter2", "Tr0ub4dor&3", "password", "C0rrect-Horse"]


def strong(pw):
    return len(pw) >= 8 and any(c.isupper() for c in pw) and any(c.isdigit() for c in pw) and not pw.isalnum()


print([pw for pw in passwords if strong(pw)])
matrix = [[1, 2], [3, 0], [5, 6]]
print(all(all(row) for row in matrix), [i for i, row in enumerate(matrix) if not all(row)])
print(any(x > 4 for row in matrix for x in row), all(len(r) == 2 for r in matrix))
words = ["level", "radar", "kayak"]
print(all(w == w[::-1] for w in words), any(w.startswith("r") for w in words))
print(all(x < 10 for x in range(10**12)) if False else "skipped huge range")
print(any(x > 5 for x in range(10**12)))
try:
    print(all(1 / x for x in [1, 2, 0]))
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
